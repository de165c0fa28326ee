"""The notes under the export preview: what the export will print (pages, size, scale,
sheets), whether every text reads from the chosen distance, what does not and by how
much, and buttons that carry out the advice in one click.

The notes only show: the dialog connects the buttons to the option form and re-plans.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mapstudio.export import PosterPlan
from mapstudio.export.poster import Advice, a0_alternative
from mapstudio.export.reading import describe_failures
from mapstudio.ui.export_dialog.wording import DIALOG_WORDS, TABLE_DISTANCE
from mapstudio.ui.plain import PlainLabel

GOOD, BAD = "#2F8A55", "#C0392B"  # the verdict's colours: every text reads, or not


class ReadingNotes(QWidget):
    """The summary line, the reading verdict and the advice buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice: Advice | None = None  # the size that passes, when one does
        # Both name maps and files: plain text, coloured by a style sheet.
        self.summary_label = PlainLabel()
        self.summary_label.setWordWrap(True)
        self.text_label = PlainLabel()
        self.text_label.setWordWrap(True)
        # The size (or tiling) that passes, in one click, when something does not.
        self.advice_button = QPushButton()
        self.advice_button.setVisible(False)
        # Card text read from further than a table: what a designer can really do,
        # besides a poster twice as large, is print titles only or read it up close.
        self.titles_button = QPushButton("Print titles only")
        self.titles_button.setToolTip(
            "Cards show their titles: what people read from where they stand"
        )
        self.titles_button.setVisible(False)
        self.table_button = QPushButton(f"Read at a table ({TABLE_DISTANCE:g} m)")
        self.table_button.setToolTip(
            "Keep the card text and size it for reading up close, at a workshop table"
        )
        self.table_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.advice_button)
        buttons.addWidget(self.titles_button)
        buttons.addWidget(self.table_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)

    def clear_advice(self) -> None:
        """No advice until the next plan says otherwise."""
        self.advice = None
        for button in (self.advice_button, self.titles_button, self.table_button):
            button.setVisible(False)

    def show_error(self, text: str) -> None:
        """Options that cannot be exported: why, in the verdict's place."""
        self.summary_label.setText("")
        self._show_verdict(text, BAD)

    def show_plans(self, plans: Sequence[PosterPlan], distance: float, titles_only: bool) -> None:
        """What the plans print, and whether their text reads from `distance`."""
        self._show_summary(plans)
        self._show_reading(plans, distance, titles_only)

    def _show_summary(self, plans: Sequence[PosterPlan]) -> None:
        first = plans[0]
        pages = sum(len(p.tiles.printed) + 1 if p.tiles else 1 for p in plans)
        parts = [f"{pages} page" + ("s" if pages != 1 else ""), first.size_label]
        parts.append(f"map at {first.scale * 100:.0f} %")
        if first.tiles is not None:
            t = first.tiles
            sheets = f"{len(t.printed)} {t.sheet_name} sheets plus an assembly guide"
            if t.skipped:
                sheets += f" ({len(t.skipped)} blank left out)"
            parts.append(sheets)
        if len(plans) > 1:
            parts.append(f"preview shows “{first.journey_map.title}”")
        self.summary_label.setText(" · ".join(parts))

    def _show_reading(
        self, plans: Sequence[PosterPlan], distance: float, titles_only: bool
    ) -> None:
        """Whether every text reads from the distance; if not, what fails and by how
        much, and the size that passes as a button."""
        lines = []
        for plan in plans:
            prefix = f"“{plan.journey_map.title}”: " if len(plans) > 1 else ""
            if plan.auto_chosen:
                printed = f"printed on {plan.size_label}"
                line = (
                    f"{prefix}{printed if prefix else 'P' + printed[1:]}, as on A1 its "
                    f"text would not read from {distance:g} m."
                )
                alternative = a0_alternative(plan, DIALOG_WORDS)
                if alternative:
                    line += f" {alternative}."
                lines.append(line)
            failures = describe_failures(plan.text_checks, distance)
            if failures:
                lines.append(prefix + failures[0].upper() + failures[1:] + ".")
        failing = [p for p in plans if not p.passes]
        # Whether Automatic had to choose a page larger than A1 for the text.
        beyond_a1 = any(plan.auto_chosen for plan in plans)
        if not titles_only and distance > TABLE_DISTANCE and (failing or beyond_a1):
            # Card text from the wall takes a poster about twice as large: offer what a
            # designer can really do instead (docs/printing.md, "What of each card").
            lines.append(
                "Card text is for reading up close: print titles only to read the poster "
                f"from {distance:g} m, or keep the card text and read it at a table "
                f"({TABLE_DISTANCE:g} m)."
            )
            self.titles_button.setVisible(True)
            self.table_button.setVisible(True)
        if not failing:
            smallest = min(
                (c for p in plans for c in p.text_checks), key=lambda c: c.cap, default=None
            )
            head = f"Every text reads from {distance:g} m"
            if smallest is not None:
                head += f": the smallest capitals ({smallest.what}) are {smallest.cap:.1f} mm high."
            self._show_verdict("\n".join([head + ("" if smallest else "."), *lines]), GOOD)
            return
        advised = [p.advice for p in failing if p.advice is not None]
        if len(advised) == len(failing):
            # One size for every map: the largest that any of them needs.
            self.advice = max(advised, key=lambda a: a.page.width * a.page.height)
            self.advice_button.setText(f"Use {self.advice.label}")
            self.advice_button.setToolTip(
                f"Every text reads from {distance:g} m on {self.advice.label}"
            )
            self.advice_button.setVisible(True)
        else:
            titles = "" if titles_only else "print titles only, "
            lines.append(
                "No size up to 4A0 makes every text readable from there: "
                f"{titles}choose a shorter distance, or split the map."
            )
        self._show_verdict("\n".join(lines), BAD)

    def _show_verdict(self, text: str, color: str) -> None:
        self.text_label.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.text_label.setText(text)


__all__ = ["ReadingNotes"]
