"""Dragging a stage header sideways: the stage moves to another place in the journey."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from mapstudio.edit import Command, MoveStage
from mapstudio.ui.canvas.gestures.base import Gesture
from mapstudio.ui.canvas.items import StageHeaderItem


class MoveStageGesture(Gesture):
    """Press on a stage header, drag left or right, release: the stage (its column
    with every card in it) moves to the gap under the pointer, one "Move Stage" step.
    The header follows the pointer sideways only; a line marks the gap."""

    scroll_axes = (True, False)

    def follow(self, pos: QPointF, travel: QPointF) -> None:
        self.item.setPos(self.origins[self.item] + QPointF(travel.x(), 0.0))
        self.canvas.feedback.stage_gap(self.canvas.layout().stage_insert_index(pos.x()))

    def command_at(self, pos: QPointF) -> Command | None:
        assert isinstance(self.item, StageHeaderItem)
        stage_id = self.item.box.stage_id
        journey_map = self.canvas.journey_map()
        stages = [stage.id for stage in journey_map.stages]
        if stage_id not in stages:
            return None  # removed while the mouse was down (undo, reload)
        old = stages.index(stage_id)
        gap = self.canvas.layout().stage_insert_index(pos.x())
        new = gap - 1 if gap > old else gap  # the gaps right of it count it too
        return None if new == old else MoveStage(journey_map.id, stage_id, new)


__all__ = ["MoveStageGesture"]
