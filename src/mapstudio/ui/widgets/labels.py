"""Captions and read-only lines of the docks' forms.

Everything here shows project text as plain text (PlainLabel) and lets a long name be
cut at the dock's edge instead of widening the dock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from mapstudio.ui.plain import PlainLabel


class SectionHeader(PlainLabel):
    """A small bold caption with a rule above it, separating groups of a form."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text.upper(), parent)
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 108)
        self.setFont(font)
        self.setStyleSheet(
            "QLabel { color: #5B6675; border-top: 1px solid #E1E4E8;"
            " padding-top: 10px; margin-top: 6px; }"
        )
        self.setAccessibleName(text)
        # It may carry a persona's name of 200 characters: cut at the form's edge (one
        # line; a caption that wraps in a form row would take the height of its words).
        let_shrink(self, wrap=False)


def let_shrink(label: QLabel, *, wrap: bool = True) -> None:
    """Let a label of project text be cut at its layout's width (after wrapping, with
    `wrap`) rather than make its window or dock wider."""
    label.setWordWrap(wrap)
    label.setMinimumWidth(1)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


class MutedLabel(PlainLabel):
    """Read-only, secondary information (where a card is, a lane's kind)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel { color: #5B6675; }")
