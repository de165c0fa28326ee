"""File > Export PDF…: every option of a poster export, a live preview, and the export.

One module a part of the dialog:
- dialog: `ExportPdfDialog`, which puts the parts together, re-plans and exports;
- form: the option widgets and the `ExportOptions` they describe;
- preview: `PagePreview`, the poster's page as the PDF prints it, drawn from the same
  plan and display lists as the PDF;
- notes: what the export prints, whether every text reads from the chosen distance,
  and the advice that makes it read, in one click;
- remembered: the last choices, in the settings group "export";
- wording: the dialog's words for advice and for the confirmation after an export.
"""

from mapstudio.ui.export_dialog.dialog import ExportPdfDialog
from mapstudio.ui.export_dialog.preview import PagePreview, render_map_image
from mapstudio.ui.export_dialog.wording import CUSTOM, DIALOG_WORDS, DialogWording, confirmation

__all__ = [
    "CUSTOM",
    "DIALOG_WORDS",
    "DialogWording",
    "ExportPdfDialog",
    "PagePreview",
    "confirmation",
    "render_map_image",
]
