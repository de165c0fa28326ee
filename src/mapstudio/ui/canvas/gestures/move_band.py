"""Dragging a persona band's header up or down: the persona's band moves on the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from mapstudio.edit import Command, MoveBand
from mapstudio.ui.canvas.gestures.base import Gesture
from mapstudio.ui.canvas.items import BandHeaderItem


class MoveBandGesture(Gesture):
    """Press on a persona band's header, drag up or down, release: the band (with its
    lanes and cards) moves to the gap under the pointer among the persona bands, one
    "Move Band" step. The shared band has no such gesture: it always stays last."""

    scroll_axes = (False, True)

    def follow(self, pos: QPointF, travel: QPointF) -> None:
        self.item.setPos(self.origins[self.item] + QPointF(0.0, travel.y()))
        self.canvas.feedback.band_gap(self.canvas.layout().band_insert_index(pos.y()))

    def command_at(self, pos: QPointF) -> Command | None:
        assert isinstance(self.item, BandHeaderItem)
        persona_id = self.item.box.persona_id
        assert persona_id is not None
        journey_map = self.canvas.journey_map()
        bands = list(journey_map.bands)
        if persona_id not in bands:
            return None  # removed while the mouse was down (undo, reload)
        old = bands.index(persona_id)
        gap = self.canvas.layout().band_insert_index(pos.y())
        new = gap - 1 if gap > old else gap  # the gaps below it count it too
        return None if new == old else MoveBand(journey_map.id, persona_id, new)


__all__ = ["MoveBandGesture"]
