"""The export dialog's words: advice phrased as the dialog's own controls, and the
message that confirms what an export wrote.

No widgets here: the words are shared by the option form, the reading notes and the
export itself (which passes `DIALOG_WORDS` to the PDF writer for its warnings).
"""

from __future__ import annotations

from mapstudio.export import MM, ExportReport
from mapstudio.export.pages import is_custom
from mapstudio.export.poster import Advice
from mapstudio.export.reading import CARD_TEXT_NAMES, DISTANCE_PRESETS

CUSTOM = "Custom…"  # the paper size the user types in
# Up to this distance (the workshop-table preset) card text is what people read.
TABLE_DISTANCE = next(metres for word, _n, metres in DISTANCE_PRESETS if word == "table")


def confirmation(report: ExportReport) -> str:
    """What an export wrote, for the message after it: its pages, the poster size and,
    when tiled, the sheets to print and the assembly guides."""
    pages = f"{report.pages} page" + ("s" if report.pages != 1 else "")
    sizes = ", ".join(dict.fromkeys(report.sizes))
    scales = ", ".join(dict.fromkeys(f"{s * 100:.0f} %" for s in report.scales))
    if not report.sheet:
        return f"The PDF was written: {pages}, {sizes}, map at {scales}."
    guides = len(report.maps)
    guide = "an assembly guide" if guides == 1 else f"{guides} assembly guides"
    text = (
        f"The PDF was written: {pages}, {guide} and {report.sheets} {report.sheet} "
        f"sheets to print at 100 % (actual size). Taped together they make {sizes}, "
        f"map at {scales}."
    )
    if report.skipped == 1:
        text += " One blank place of the grid is left out."
    elif report.skipped:
        text += f" {report.skipped} blank places of the grid are left out."
    return text


class DialogWording:
    """Advice in the dialog's words: the controls that carry it out, by their labels
    ("choose A0 in Paper size"), never the command line's options (--page A0)."""

    def advice(self, advice: Advice) -> str:
        page = advice.page.name
        if is_custom(advice.page):
            page = f"{CUSTOM} ({advice.page.width / MM:.0f} × {advice.page.height / MM:.0f} mm)"
        choices = [f"{page} in Paper size", f"{advice.orientation.capitalize()} in Orientation"]
        if advice.tile is not None:
            choices.append(f"{advice.tile.name} in Sheet size under “Tile onto office paper”")
        else:
            choices.append("no tiling (“Tile onto office paper” unticked)")
        return "choose " + ", ".join(choices[:-1]) + " and " + choices[-1]

    def page(self, name: str) -> str:
        return f"choose {name} in Paper size"

    def titles_only(self) -> str:
        return f"choose {CARD_TEXT_NAMES['titles'].capitalize()} in Cards show"

    def full_scale(self) -> str:
        return "choose Scale and 100 % in Scale"


DIALOG_WORDS = DialogWording()

__all__ = ["CUSTOM", "DIALOG_WORDS", "TABLE_DISTANCE", "DialogWording", "confirmation"]
