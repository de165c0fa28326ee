"""Commands on the project as a whole: the persona library, the list of maps, the title
and the embedded images.

Removing something that others refer to also removes or clears those references in the
same command (a deleted persona leaves every map; a removed image leaves the cards and
personas that showed it), so the project stays free of dangling ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from mapstudio.edit._ops import (
    check_asset,
    check_limit,
    check_totals,
    check_unknown_fields,
    derived_id,
    get_map,
    index_of,
    insert_item,
    lookup,
    move_item,
    put_map,
    remove_ids,
    replace_item,
    require_new_id,
    revalidate,
    validated,
)
from mapstudio.edit.command import Changes, CommandError
from mapstudio.edit.structure import without_persona
from mapstudio.model import (
    Asset,
    EmotionPoint,
    JourneyMap,
    MapKind,
    Persona,
    Project,
    Record,
    integrity_problems,
    new_id,
)
from mapstudio.model.types import MAX_ASSETS, MAX_MAPS, MAX_NAME, MAX_PERSONAS

PERSONA_FIELDS = frozenset(
    {
        "name",
        "role",
        "description",
        "goals",
        "needs",
        "frustrations",
        "quote",
        "color",
        "photo_asset_id",
    }
)
MAP_FIELDS = frozenset({"title", "scenario", "kind", "future_state_of", "emotion_scale"})
PROJECT_FIELDS = frozenset({"title"})


# -- personas --------------------------------------------------------------------------


@dataclass(frozen=True)
class AddPersona:
    """Add a persona to the library at `index` (None = last). Showing it on a map is a
    separate AddBand; the UI combines both in a Composite or a transaction."""

    persona: Persona
    index: int | None = None

    @property
    def label(self) -> str:
        return "Add Persona"

    def apply(self, project: Project) -> Project:
        persona = validated(Persona, self.persona, "persona")
        require_new_id(project.personas, persona.id, "persona")
        check_limit(len(project.personas) + 1, MAX_PERSONAS, "personas")
        check_asset(project, persona.photo_asset_id)
        personas = insert_item(project.personas, persona, self.index)
        return project.model_copy(update={"personas": personas})


@dataclass(frozen=True)
class UpdatePersona:
    """Change fields of a persona (see PERSONA_FIELDS); every map showing it follows."""

    persona_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return "Rename Persona" if set(self.changes) == {"name"} else "Edit Persona"

    def apply(self, project: Project) -> Project:
        persona = lookup(project.personas, self.persona_id, "persona")
        if "photo_asset_id" in self.changes:
            check_asset(project, self.changes["photo_asset_id"])
        updated = revalidate(persona, self.changes, PERSONA_FIELDS, "persona")
        if updated is persona:
            return project
        return project.model_copy(update={"personas": replace_item(project.personas, updated)})


@dataclass(frozen=True)
class DeletePersona:
    """Delete a persona from the library and from every map, with its cards and points."""

    persona_id: str

    @property
    def label(self) -> str:
        return "Delete Persona"

    def apply(self, project: Project) -> Project:
        lookup(project.personas, self.persona_id, "persona")
        maps = tuple(
            without_persona(m, self.persona_id) if self.persona_id in m.bands else m
            for m in project.maps
        )
        personas = remove_ids(project.personas, {self.persona_id})
        return project.model_copy(update={"personas": personas, "maps": maps})


# -- maps ------------------------------------------------------------------------------


def _check_future_state_of(project: Project, map_id: str, target: str | None) -> None:
    if target is None:
        return
    if target == map_id:
        raise CommandError("A map cannot be the future state of itself.")
    lookup(project.maps, target, "map")


@dataclass(frozen=True)
class AddMap:
    """Add a map at `index` in the project's list of maps (None = last). Its bands must
    name personas of the library and its cards must sit in its own lanes and stages."""

    journey_map: JourneyMap
    index: int | None = None

    @property
    def label(self) -> str:
        return "Add Map"

    def apply(self, project: Project) -> Project:
        journey_map = validated(JourneyMap, self.journey_map, "map")
        require_new_id(project.maps, journey_map.id, "map")
        check_limit(len(project.maps) + 1, MAX_MAPS, "maps")
        check_totals(project, cards=len(journey_map.cards), points=len(journey_map.emotion_points))
        _check_future_state_of(project, journey_map.id, journey_map.future_state_of)
        # Compare with the project minus its maps so that only this map's problems count.
        baseline = set(integrity_problems(project.model_copy(update={"maps": ()})))
        alone = project.model_copy(update={"maps": (journey_map,)})
        problems = [p for p in integrity_problems(alone) if p not in baseline]
        if problems:
            raise CommandError(f"The map cannot be added: {problems[0]}.")
        maps = insert_item(project.maps, journey_map, self.index)
        result = project.model_copy(update={"maps": maps})
        check_unknown_fields(result, _map_records(journey_map))
        return result


@dataclass(frozen=True)
class UpdateMap:
    """Change a map's title, scenario, kind, future_state_of or emotion_scale.

    A new emotion scale also moves every point of the map onto it (nearest step), so no
    score is left outside the scale.
    """

    map_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return "Rename Map" if set(self.changes) == {"title"} else "Edit Map"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        if "future_state_of" in self.changes:
            _check_future_state_of(project, self.map_id, self.changes["future_state_of"])
        updated = revalidate(journey_map, self.changes, MAP_FIELDS, "map")
        if updated is journey_map:
            return project
        scale = updated.emotion_scale
        if scale != journey_map.emotion_scale:
            points = tuple(_clamped(p, scale.clamp(p.score)) for p in updated.emotion_points)
            updated = updated.model_copy(update={"emotion_points": points})
        return put_map(project, updated)


def _clamped(point: EmotionPoint, score: int) -> EmotionPoint:
    return point if point.score == score else point.model_copy(update={"score": score})


@dataclass(frozen=True)
class MoveMap:
    """Move a map to position `new_index` in the project's list of maps (clamped)."""

    map_id: str
    new_index: int

    @property
    def label(self) -> str:
        return "Move Map"

    def apply(self, project: Project) -> Project:
        maps = move_item(project.maps, self.map_id, self.new_index, "map")
        if maps is project.maps:
            return project
        return project.model_copy(update={"maps": maps})


@dataclass(frozen=True)
class DeleteMap:
    """Delete a map (never the last one); maps that were its future state forget it."""

    map_id: str

    @property
    def label(self) -> str:
        return "Delete Map"

    def apply(self, project: Project) -> Project:
        get_map(project, self.map_id)
        if len(project.maps) == 1:
            raise CommandError("A project needs at least one map; the last one cannot go.")
        maps = tuple(
            m.model_copy(update={"future_state_of": None})
            if m.future_state_of == self.map_id
            else m
            for m in project.maps
            if m.id != self.map_id
        )
        return project.model_copy(update={"maps": maps})


@dataclass(frozen=True)
class DuplicateMapAsFutureState:
    """Copy a map as its future-state version, placed right after it.

    The copy gets fresh ids for itself, its stages, lanes, cards and emotion points (all
    references remapped; derived from `seed`, see `new_map_id`), kind future_state and
    future_state_of = the source map. It shows the same personas.
    """

    map_id: str
    new_title: str | None = None  # None: "<source title> (future state)"
    seed: str = field(default_factory=new_id)

    @property
    def label(self) -> str:
        return "Create Future-State Map"

    @property
    def new_map_id(self) -> str:
        """The id the copy will have."""
        return derived_id(self.seed, "map", self.map_id)

    def apply(self, project: Project) -> Project:
        source = get_map(project, self.map_id)
        check_limit(len(project.maps) + 1, MAX_MAPS, "maps")
        check_totals(project, cards=len(source.cards), points=len(source.emotion_points))
        require_new_id(project.maps, self.new_map_id, "map")
        title = self.new_title
        if title is None:
            title = f"{source.title} (future state)"[:MAX_NAME]

        def fresh(kind: str, old: str) -> str:
            return derived_id(self.seed, kind, old)

        stages = tuple(s.model_copy(update={"id": fresh("stage", s.id)}) for s in source.stages)
        lanes = tuple(ln.model_copy(update={"id": fresh("lane", ln.id)}) for ln in source.lanes)
        cards = tuple(
            c.model_copy(
                update={
                    "id": fresh("card", c.id),
                    "lane_id": fresh("lane", c.lane_id),
                    "stage_id": fresh("stage", c.stage_id),
                }
            )
            for c in source.cards
        )
        points = tuple(
            p.model_copy(
                update={"id": fresh("point", p.id), "stage_id": fresh("stage", p.stage_id)}
            )
            for p in source.emotion_points
        )
        copy = source.model_copy(
            update={
                "id": self.new_map_id,
                "kind": MapKind.FUTURE_STATE,
                "future_state_of": source.id,
                "stages": stages,
                "lanes": lanes,
                "cards": cards,
                "emotion_points": points,
            }
        )
        copy = revalidate(copy, {"title": title}, {"title"}, "map")
        maps = insert_item(project.maps, copy, index_of(project.maps, source.id, "map") + 1)
        result = project.model_copy(update={"maps": maps})
        check_unknown_fields(result, _map_records(copy))
        return result


def _map_records(journey_map: JourneyMap) -> Iterator[Record]:
    """A map and every record in it: what a copy of the map copies."""
    yield journey_map
    yield journey_map.emotion_scale
    yield from journey_map.stages
    yield from journey_map.lanes
    yield from journey_map.cards
    yield from journey_map.emotion_points


# -- project and images ----------------------------------------------------------------


@dataclass(frozen=True)
class UpdateProject:
    """Change the project's own fields (its title)."""

    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return "Rename Project"

    def apply(self, project: Project) -> Project:
        return revalidate(project, self.changes, PROJECT_FIELDS, "project")


@dataclass(frozen=True)
class AddAsset:
    """Embed an image (persona photo or card picture) in the project."""

    asset: Asset

    @property
    def label(self) -> str:
        return "Add Image"

    def apply(self, project: Project) -> Project:
        asset = validated(Asset, self.asset, "image")
        if asset.id in project.assets:
            raise CommandError(f"An image with id '{asset.id}' already exists.")
        check_limit(len(project.assets) + 1, MAX_ASSETS, "images")
        if hashlib.sha256(asset.data).hexdigest() != asset.sha256:
            raise CommandError("The image data does not match its checksum.")
        return project.model_copy(update={"assets": {**project.assets, asset.id: asset}})


@dataclass(frozen=True)
class RemoveAsset:
    """Remove an embedded image; personas and cards that showed it show none."""

    asset_id: str

    @property
    def label(self) -> str:
        return "Remove Image"

    def apply(self, project: Project) -> Project:
        if self.asset_id not in project.assets:
            raise CommandError(f"There is no image with id '{self.asset_id}' in this project.")
        gone = self.asset_id
        personas = tuple(
            p.model_copy(update={"photo_asset_id": None}) if p.photo_asset_id == gone else p
            for p in project.personas
        )
        maps = tuple(_without_image(m, gone) for m in project.maps)
        assets = {key: value for key, value in project.assets.items() if key != gone}
        return project.model_copy(update={"personas": personas, "maps": maps, "assets": assets})


def _without_image(journey_map: JourneyMap, asset_id: str) -> JourneyMap:
    if not any(c.image_asset_id == asset_id for c in journey_map.cards):
        return journey_map
    cards = tuple(
        c.model_copy(update={"image_asset_id": None}) if c.image_asset_id == asset_id else c
        for c in journey_map.cards
    )
    return journey_map.model_copy(update={"cards": cards})
