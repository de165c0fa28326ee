"""Commands on the grid of a map: stages (columns), lanes (rows) and persona bands.

Deleting a column or a row also deletes what sits in it (cards, emotion points), in the
same command, so the project never holds a card that points nowhere and one undo brings
everything back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mapstudio.edit._ops import (
    check_limit,
    clamp_index,
    get_map,
    insert_item,
    lookup,
    move_item,
    move_plain,
    put_map,
    remove_ids,
    replace_item,
    require_new_id,
    revalidate,
    validated,
)
from mapstudio.edit.command import Changes, CommandError
from mapstudio.model import JourneyMap, Lane, Project, Stage, find_persona
from mapstudio.model.types import MAX_BANDS, MAX_LANES, MAX_STAGES

STAGE_FIELDS = frozenset({"name", "description"})
LANE_FIELDS = frozenset({"title"})


def _with(journey_map: JourneyMap, **update: Any) -> JourneyMap:
    return journey_map.model_copy(update=update)


def _moved(project: Project, journey_map: JourneyMap, name: str, moved: tuple[Any, ...]) -> Project:
    # move_item returns the very same tuple for a move in place: keep the project as is.
    if moved is getattr(journey_map, name):
        return project
    return put_map(project, _with(journey_map, **{name: moved}))


# -- stages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AddStage:
    """Insert a stage (column) at `index` (None = at the end)."""

    map_id: str
    stage: Stage
    index: int | None = None

    @property
    def label(self) -> str:
        return "Add Stage"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        stage = validated(Stage, self.stage, "stage")
        require_new_id(journey_map.stages, stage.id, "stage")
        check_limit(len(journey_map.stages) + 1, MAX_STAGES, "stages on a map")
        stages = insert_item(journey_map.stages, stage, self.index)
        return put_map(project, _with(journey_map, stages=stages))


@dataclass(frozen=True)
class UpdateStage:
    """Change a stage's name or description."""

    map_id: str
    stage_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return "Rename Stage" if set(self.changes) == {"name"} else "Edit Stage"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        stage = lookup(journey_map.stages, self.stage_id, "stage")
        updated = revalidate(stage, self.changes, STAGE_FIELDS, "stage")
        if updated is stage:
            return project
        return put_map(
            project, _with(journey_map, stages=replace_item(journey_map.stages, updated))
        )


@dataclass(frozen=True)
class MoveStage:
    """Move a stage so that it becomes column `new_index` (clamped)."""

    map_id: str
    stage_id: str
    new_index: int

    @property
    def label(self) -> str:
        return "Move Stage"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        moved = move_item(journey_map.stages, self.stage_id, self.new_index, "stage")
        return _moved(project, journey_map, "stages", moved)


@dataclass(frozen=True)
class DeleteStage:
    """Delete a stage with the cards and emotion points in it."""

    map_id: str
    stage_id: str

    @property
    def label(self) -> str:
        return "Delete Stage"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        lookup(journey_map.stages, self.stage_id, "stage")
        # Whole cells go, so the cells that stay keep their 0..n-1 numbering.
        updated = _with(
            journey_map,
            stages=remove_ids(journey_map.stages, {self.stage_id}),
            cards=tuple(c for c in journey_map.cards if c.stage_id != self.stage_id),
            emotion_points=tuple(
                p for p in journey_map.emotion_points if p.stage_id != self.stage_id
            ),
        )
        return put_map(project, updated)


# -- lanes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AddLane:
    """Insert a lane (row kind) at `index` among the map's lanes (None = at the end)."""

    map_id: str
    lane: Lane
    index: int | None = None

    @property
    def label(self) -> str:
        return "Add Lane"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        lane = validated(Lane, self.lane, "lane")
        require_new_id(journey_map.lanes, lane.id, "lane")
        check_limit(len(journey_map.lanes) + 1, MAX_LANES, "lanes on a map")
        lanes = insert_item(journey_map.lanes, lane, self.index)
        return put_map(project, _with(journey_map, lanes=lanes))


@dataclass(frozen=True)
class UpdateLane:
    """Change a lane's title. (Kind and scope are fixed: changing them would strand cards.)"""

    map_id: str
    lane_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return "Rename Lane"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        lane = lookup(journey_map.lanes, self.lane_id, "lane")
        updated = revalidate(lane, self.changes, LANE_FIELDS, "lane")
        if updated is lane:
            return project
        return put_map(project, _with(journey_map, lanes=replace_item(journey_map.lanes, updated)))


@dataclass(frozen=True)
class MoveLane:
    """Move a lane so that it becomes lane `new_index` of the map (clamped). Persona and
    shared lanes are drawn in separate groups, each in this relative order."""

    map_id: str
    lane_id: str
    new_index: int

    @property
    def label(self) -> str:
        return "Move Lane"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        moved = move_item(journey_map.lanes, self.lane_id, self.new_index, "lane")
        return _moved(project, journey_map, "lanes", moved)


@dataclass(frozen=True)
class DeleteLane:
    """Delete a lane with its cards (in every band)."""

    map_id: str
    lane_id: str

    @property
    def label(self) -> str:
        return "Delete Lane"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        lookup(journey_map.lanes, self.lane_id, "lane")
        updated = _with(
            journey_map,
            lanes=remove_ids(journey_map.lanes, {self.lane_id}),
            cards=tuple(c for c in journey_map.cards if c.lane_id != self.lane_id),
        )
        return put_map(project, updated)


# -- persona bands ---------------------------------------------------------------------


@dataclass(frozen=True)
class AddBand:
    """Show a persona of the library on a map, as band `index` (None = last)."""

    map_id: str
    persona_id: str
    index: int | None = None

    @property
    def label(self) -> str:
        return "Add Persona to Map"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        try:
            find_persona(project, self.persona_id)
        except KeyError:
            raise CommandError(f"There is no persona with id '{self.persona_id}'.") from None
        if self.persona_id in journey_map.bands:
            raise CommandError("This persona is already shown on the map.")
        check_limit(len(journey_map.bands) + 1, MAX_BANDS, "personas on a map")
        bands = journey_map.bands
        at = clamp_index(self.index, len(bands))
        return put_map(
            project, _with(journey_map, bands=(*bands[:at], self.persona_id, *bands[at:]))
        )


@dataclass(frozen=True)
class MoveBand:
    """Move a persona's band so that it becomes band `new_index` (clamped)."""

    map_id: str
    persona_id: str
    new_index: int

    @property
    def label(self) -> str:
        return "Move Persona Band"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        if self.persona_id not in journey_map.bands:
            raise CommandError("This persona is not shown on the map.")
        moved = move_plain(journey_map.bands, self.persona_id, self.new_index)
        return _moved(project, journey_map, "bands", moved)


def without_persona(journey_map: JourneyMap, persona_id: str) -> JourneyMap:
    """A map that no longer shows a persona: its band, cards and emotion points removed."""
    return _with(
        journey_map,
        bands=tuple(pid for pid in journey_map.bands if pid != persona_id),
        cards=tuple(c for c in journey_map.cards if c.persona_id != persona_id),
        emotion_points=tuple(p for p in journey_map.emotion_points if p.persona_id != persona_id),
    )


@dataclass(frozen=True)
class RemoveBand:
    """Stop showing a persona on a map, removing its cards and emotion points there (the
    persona stays in the library)."""

    map_id: str
    persona_id: str

    @property
    def label(self) -> str:
        return "Remove Persona from Map"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        if self.persona_id not in journey_map.bands:
            raise CommandError("This persona is not shown on the map.")
        return put_map(project, without_persona(journey_map, self.persona_id))
