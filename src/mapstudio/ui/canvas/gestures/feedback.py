"""The marks a gesture draws while it runs: a target cell or area, an insertion line, a
floating label.

The geometry of every mark comes from the layout (`MapLayout.slot_line`,
`stage_gap_line`, ...); this class only puts it on the two overlay items of the scene.
Marks are view state: they never touch the document and go when the gesture ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from mapstudio.layout import MapLayout, Rect
from mapstudio.model import CellKey
from mapstudio.ui.canvas.items import qrect
from mapstudio.ui.canvas.overlay import DropIndicator, FloatingLabel, qline


class Feedback:
    """The drop indicator and floating label of one scene, and the marks drawn on them."""

    def __init__(self, scene: QGraphicsScene, layout: Callable[[], MapLayout]) -> None:
        self.scene = scene
        self.layout = layout
        self.indicator = DropIndicator()
        self.label = FloatingLabel()

    def ensure_shown(self) -> None:
        """Put the overlay items in the scene (a rebuilt scene lost them)."""
        for item in (self.indicator, self.label):
            if item.scene() is not self.scene:
                self.scene.addItem(item)

    def hide(self) -> None:
        """Take every mark away."""
        self.ensure_shown()
        self.indicator.hide()
        self.label.hide()

    def area(self, rect: Rect, line: tuple[QPointF, QPointF] | None = None) -> None:
        """Highlight an area of the map (a cell, a card, a band header), with a line."""
        self.indicator.show_target(qrect(rect), line)

    def card_slot(self, key: CellKey, slot: int) -> None:
        """The cell a card would land in and the line between the cards it goes between;
        nothing where the map has no such cell."""
        layout = self.layout()
        line = layout.slot_line(key, slot)
        if line is None:
            self.indicator.hide()
            return
        self.area(layout.cells[key].rect, qline(line))

    def no_target(self) -> None:
        """Nowhere to land: no mark."""
        self.indicator.hide()

    def stage_gap(self, index: int) -> None:
        """The line between two stage columns where a stage would go."""
        line = self.layout().stage_gap_line(index)
        if line is not None:
            self.indicator.show_target(QRectF(), qline(line))

    def band_gap(self, index: int) -> None:
        """The line between two persona bands where a band would go."""
        line = self.layout().band_gap_line(index)
        if line is not None:
            self.indicator.show_target(QRectF(), qline(line))

    def text(self, text: str, at: QPointF) -> None:
        """A small label beside the pointer (an emotion step's name, say)."""
        self.label.show_text(text, at)


__all__ = ["Feedback"]
