"""Commands on emotion points: the markers of a persona's emotion curve.

A point is (persona, stage, offset 0..1 within the stage, score). Dragging a marker gives
an offset and a score from the layout; the commands clamp them to the stage and to the
map's emotion scale, so a drag past the edge lands on the edge instead of failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mapstudio.edit._ops import (
    check_totals,
    clamp_offset,
    distinct_ids,
    edit_map,
    finite,
    get_map,
    lookup,
    lookup_many,
    plural,
    put_map,
    remove_ids,
    replace_item,
    require_new_id,
    revalidate,
    validated,
)
from mapstudio.edit.command import Changes, CommandError
from mapstudio.model import EmotionPoint, JourneyMap, Project

POINT_FIELDS = frozenset({"feeling", "note", "score"})


def _score(journey_map: JourneyMap, score: float) -> int:
    return journey_map.emotion_scale.clamp(finite(score, "score"))


def _check_place(journey_map: JourneyMap, persona_id: str, stage_id: str) -> None:
    lookup(journey_map.stages, stage_id, "stage")
    if persona_id not in journey_map.bands:
        raise CommandError(f"The persona with id '{persona_id}' is not shown on this map.")


@dataclass(frozen=True)
class AddEmotionPoint:
    """Add a point to a persona's curve (score and offset are clamped into range)."""

    map_id: str
    point: EmotionPoint

    @property
    def label(self) -> str:
        return "Add Emotion Point"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        point = validated(EmotionPoint, self.point, "emotion point")
        require_new_id(journey_map.emotion_points, point.id, "emotion point")
        check_totals(project, points=1)
        _check_place(journey_map, point.persona_id, point.stage_id)
        point = point.model_copy(update={"score": _score(journey_map, point.score)})
        points = (*journey_map.emotion_points, point)
        return put_map(project, journey_map.model_copy(update={"emotion_points": points}))


@dataclass(frozen=True)
class MoveEmotionPoint:
    """Drag a marker: a new stage, offset within it (clamped to 0..1) and score (clamped
    to the map's scale and rounded to a whole step)."""

    map_id: str
    point_id: str
    stage_id: str
    offset: float
    score: float

    @property
    def label(self) -> str:
        return "Move Emotion Point"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        point = lookup(journey_map.emotion_points, self.point_id, "emotion point")
        lookup(journey_map.stages, self.stage_id, "stage")
        wanted = {
            "stage_id": self.stage_id,
            "offset": clamp_offset(self.offset),
            "score": _score(journey_map, self.score),
        }
        diff = {name: value for name, value in wanted.items() if getattr(point, name) != value}
        if not diff:
            return project
        moved = point.model_copy(update=diff)
        points = replace_item(journey_map.emotion_points, moved)
        return put_map(project, journey_map.model_copy(update={"emotion_points": points}))


@dataclass(frozen=True)
class UpdateEmotionPoint:
    """Change a point's feeling word, note or score (the score is clamped to the scale)."""

    map_id: str
    point_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return "Edit Emotion Point"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        point = lookup(journey_map.emotion_points, self.point_id, "emotion point")
        changes = dict(self.changes)
        if "score" in changes:
            changes["score"] = _score(journey_map, changes["score"])
        updated = revalidate(point, changes, POINT_FIELDS, "emotion point")
        if updated is point:
            return project
        points = replace_item(journey_map.emotion_points, updated)
        return put_map(project, journey_map.model_copy(update={"emotion_points": points}))


@dataclass(frozen=True)
class DeleteEmotionPoints:
    """Delete points from the curves of a map."""

    map_id: str
    point_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "point_ids", tuple(self.point_ids))

    @property
    def label(self) -> str:
        return f"Delete {plural(len(self.point_ids), 'Emotion Point')}"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        ids = distinct_ids(self.point_ids, "emotion point")
        lookup_many(journey_map.emotion_points, ids, "emotion point")
        return edit_map(
            project,
            self.map_id,
            lambda m: m.model_copy(
                update={"emotion_points": remove_ids(m.emotion_points, set(ids))}
            ),
        )
