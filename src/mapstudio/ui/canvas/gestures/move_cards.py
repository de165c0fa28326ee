"""Dragging cards: the selected cards travel with the pointer and land in one cell."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from mapstudio.edit import Command, MoveCards
from mapstudio.layout import Hit
from mapstudio.model import CellKey
from mapstudio.ui.canvas.gestures.base import Gesture, GestureCanvas
from mapstudio.ui.canvas.items import CardItem
from mapstudio.ui.i18n import translate


class MoveCardsGesture(Gesture):
    """Press on a card, drag, release in a cell: the selected cards move there, in
    their map order, at the slot under the pointer (one "Move Cards" step). Dropped
    outside a card lane they stay where they were, and the status bar says why."""

    @classmethod
    def press(cls, canvas: GestureCanvas, pos: QPointF, item: QGraphicsItem) -> MoveCardsGesture:
        """A press on a card carries every selected card (the pressed one is selected)."""
        scene = item.scene()
        carried = [each for each in scene.selectedItems() if isinstance(each, CardItem)]
        return cls(canvas, pos, item, carried)

    def target(self, pos: QPointF) -> Hit | None:
        """The cell (and slot) under `pos`, or None where cards cannot go."""
        hit = self.canvas.layout().hit_test(pos.x(), pos.y())
        if hit is None or hit.kind not in ("card", "cell"):
            return None
        return hit

    def follow(self, pos: QPointF, travel: QPointF) -> None:
        for item, origin in self.origins.items():
            item.setPos(origin + travel)
        hit = self.target(pos)
        if hit is None or hit.lane_id is None or hit.stage_id is None:
            self.canvas.feedback.no_target()
            return
        key = CellKey(hit.persona_id, hit.lane_id, hit.stage_id)
        self.canvas.feedback.card_slot(key, hit.slot or 0)

    def command_at(self, pos: QPointF) -> Command | None:
        target = self.target(pos)
        if target is None:
            self.canvas.say(
                translate("CanvasEditor", "Cards can only be dropped into a card lane.")
            )
            return None
        carried = {item.card_id for item in self.origins if isinstance(item, CardItem)}
        journey_map = self.canvas.journey_map()
        card_ids = tuple(card.id for card in journey_map.cards if card.id in carried)
        if not card_ids:
            return None  # gone while the mouse was down (undo, reload)
        return MoveCards(
            journey_map.id,
            card_ids,
            target.persona_id,
            target.lane_id or "",
            target.stage_id or "",
            target.slot,
        )


__all__ = ["MoveCardsGesture"]
