"""Dragging an emotion point: up and down its persona's scale, along the stages."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from mapstudio.edit import Command, MoveEmotionPoint
from mapstudio.model import EmotionPoint
from mapstudio.ui.canvas.gestures.base import Gesture
from mapstudio.ui.canvas.items import EmotionMarkerItem

# Sideways travel (scene units) a dragged emotion point ignores: an up-or-down drag by
# hand is never perfectly straight, and it must not move the point along the stage.
SIDEWAYS_SLACK = 4.0


class MovePointGesture(Gesture):
    """Press on an emotion marker, drag, release: the point moves to the scale step and
    the place along the stages its centre was dragged to (one "Move Emotion Point"
    step). While it travels the marker snaps to the step, with the step's name beside
    it."""

    def point(self) -> EmotionPoint | None:
        """The dragged point as the map has it now (None once it is gone)."""
        assert isinstance(self.item, EmotionMarkerItem)
        point_id = self.item.point_id
        return next((p for p in self.canvas.journey_map().emotion_points if p.id == point_id), None)

    def place(self, pos: QPointF) -> tuple[EmotionPoint, str, float, int] | None:
        """The point and its (stage, offset, score) with the pointer at `pos`."""
        point = self.point()
        if point is None:
            return None
        travel = pos - self.start
        placed = self.canvas.layout().dragged_point_place(
            point, travel.x(), travel.y(), SIDEWAYS_SLACK
        )
        return None if placed is None else (point, *placed)

    def follow(self, pos: QPointF, travel: QPointF) -> None:
        assert isinstance(self.item, EmotionMarkerItem)
        placed = self.place(pos)
        if placed is None:
            return
        point, stage_id, offset, score = placed
        x, y = self.canvas.layout().point_centre(point.persona_id, stage_id, offset, score)
        radius = self.item.marker.rect.w / 2
        self.item.setPos(x - radius, y - radius)  # snapped to the step under the pointer
        scale = self.canvas.journey_map().emotion_scale
        self.canvas.feedback.text(scale.step_text(score), QPointF(x + radius + 4, y))

    def command_at(self, pos: QPointF) -> Command | None:
        placed = self.place(pos)
        if placed is None:
            return None
        point, stage_id, offset, score = placed
        return MoveEmotionPoint(self.canvas.journey_map().id, point.id, stage_id, offset, score)


__all__ = ["SIDEWAYS_SLACK", "MovePointGesture"]
