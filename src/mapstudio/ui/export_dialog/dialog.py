"""File > Export PDF…: the dialog that puts the option form, the live preview and the
reading notes side by side, re-plans the poster when a choice changes, and writes the
PDF.

The option form (form.py) turns widgets into `ExportOptions`; the dialog plans them
with mapstudio.export.poster, shows the first plan in the preview (preview.py) and what
the plans print and whether their text reads in the notes (notes.py). The choices are
remembered (remembered.py) after an export that worked.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.export import (
    ExportCancelled,
    ExportError,
    ExportOptions,
    ExportReport,
    PosterPlan,
    export_pdf,
    plan_export,
)
from mapstudio.export.poster import LayoutMemo
from mapstudio.model import Project
from mapstudio.ui.export_dialog.form import ExportOptionsForm
from mapstudio.ui.export_dialog.notes import ReadingNotes
from mapstudio.ui.export_dialog.preview import MapPictures, PagePreview
from mapstudio.ui.export_dialog.remembered import remember_choices, restore_choices, start_path
from mapstudio.ui.export_dialog.wording import DIALOG_WORDS, confirmation
from mapstudio.ui.plain import message_box

log = logging.getLogger(__name__)


class ExportPdfDialog(QDialog):
    """Options, preview and export of print-ready PDF posters."""

    def __init__(
        self,
        project: Project,
        current_map_id: str,
        suggested_path: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.project = project
        self.suggested_path = suggested_path
        self.report: ExportReport | None = None
        self._layouts: LayoutMemo = {}
        self._pictures = MapPictures(project.assets)
        self._plans: tuple[PosterPlan, ...] = ()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(120)  # coalesce spin-box steps into one re-plan
        self._refresh.timeout.connect(self._update_preview)
        self._build(current_map_id)
        restore_choices(self.form)
        self.form.changed.connect(self._refresh.start)
        self.form.update_enabled()
        self._update_preview()

    def _build(self, current_map_id: str) -> None:
        self.form = ExportOptionsForm(self.project, current_map_id)
        self.preview = PagePreview()
        self.preview.set_assets(self.project.assets)
        self.notes = ReadingNotes()
        self.notes.advice_button.clicked.connect(self.apply_advice)
        self.notes.titles_button.clicked.connect(self.print_titles_only)
        self.notes.table_button.clicked.connect(self.read_at_a_table)
        preview_box = QVBoxLayout()
        preview_box.addWidget(self.preview, 1)
        preview_box.addWidget(self.notes)

        columns = QHBoxLayout()
        columns.addWidget(self.form)
        columns.addLayout(preview_box, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton("&Export…")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)

        root = QVBoxLayout(self)
        root.addLayout(columns, 1)
        root.addWidget(self.buttons)
        self.resize(1100, 800)

    def options(self) -> ExportOptions:
        """The options the form describes; ExportError when they cannot work."""
        return self.form.options()

    # -- preview -----------------------------------------------------------------------

    def _update_preview(self) -> None:
        self.notes.clear_advice()
        try:
            options = self.options()
            self._plans = plan_export(self.project, options, layouts=self._layouts)
        except ExportError as exc:
            self._plans = ()
            self.preview.show_plan(None, None, str(exc))
            self.notes.show_error(str(exc))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        first = self._plans[0]
        self.preview.show_plan(first, self._pictures.picture(first.layout))
        self.notes.show_plans(self._plans, options.distance, self.form.titles_only())

    def print_titles_only(self) -> None:
        """Cards show their titles only (the advice for card text read from afar)."""
        self.form.choose_titles_only()
        self._update_preview()

    def read_at_a_table(self) -> None:
        """The workshop-table distance, where card text is read (the other advice)."""
        self.form.choose_table_distance()
        self._update_preview()

    def apply_advice(self) -> None:
        """Set the page, orientation and tiling that the advice names."""
        advice = self.notes.advice
        if advice is None:
            return
        self.form.choose_advice(advice)
        self._update_preview()

    # -- export ------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for the output file and write the PDF, with a progress dialog."""
        try:
            options = self.options()
        except ExportError as exc:
            self._error(str(exc))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, "Export PDF", str(start_path(self.suggested_path)), "PDF documents (*.pdf)"
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        progress = QProgressDialog("Drawing the poster…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Export PDF")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # quick exports finish before it shows

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(1, total))
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            result = export_pdf(
                self.project,
                path,
                options,
                progress=report,
                layouts=self._layouts,
                wording=DIALOG_WORDS,
            )
        except ExportCancelled:
            progress.close()
            return
        except (ExportError, OSError) as exc:
            progress.close()
            log.info("export to %s failed: %s", path, exc)
            self._error(str(exc) if isinstance(exc, ExportError) else f"Cannot write {path}: {exc}")
            return
        progress.close()
        self.report = result
        remember_choices(self.form, path.parent)
        # Every export says what it wrote and where, tiled or not, notes or none: a tile
        # set of fifty sheets must not vanish into a folder without a word.
        message_box(
            QMessageBox.Icon.Information,
            "PDF exported",
            confirmation(result),
            QMessageBox.StandardButton.Ok,
            self,
            informative="\n\n".join([f"File: {result.path}", *result.warnings]),
        ).exec()
        self.accept()

    def _error(self, text: str) -> None:
        message_box(
            QMessageBox.Icon.Warning,
            "Cannot export the PDF",
            text,
            QMessageBox.StandardButton.Ok,
            self,
        ).exec()


__all__ = ["ExportPdfDialog"]
