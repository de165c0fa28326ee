"""Read-only questions about a project: lookups, cells and their cards, emotion curves.

These are the only places that know how cards map to cells, so the layout engine, the
commands and the file checks all agree on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple, TypeVar

from mapstudio.model.entities import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    Persona,
    Project,
    Stage,
)
from mapstudio.model.types import MERGED_REVISIONS_KEY, LaneKind, LaneScope


class CellKey(NamedTuple):
    """Where a card lives: persona band (None for shared lanes), lane and stage."""

    persona_id: str | None
    lane_id: str
    stage_id: str


def cell_of(card: Card) -> CellKey:
    """The cell a card sits in."""
    return CellKey(card.persona_id, card.lane_id, card.stage_id)


def index_cells(journey_map: JourneyMap) -> dict[CellKey, tuple[Card, ...]]:
    """Every non-empty cell with its cards in display order (one pass over the cards)."""
    grouped: dict[CellKey, list[Card]] = {}
    for card in journey_map.cards:
        grouped.setdefault(cell_of(card), []).append(card)
    # sorted() is stable, so cards with equal order keep their file order.
    return {key: tuple(sorted(cards, key=_by_order)) for key, cards in grouped.items()}


def cards_in_cell(
    journey_map: JourneyMap, lane_id: str, stage_id: str, persona_id: str | None
) -> tuple[Card, ...]:
    """The cards of one cell, top to bottom."""
    key = CellKey(persona_id, lane_id, stage_id)
    return tuple(sorted((c for c in journey_map.cards if cell_of(c) == key), key=_by_order))


def _by_order(card: Card) -> int:
    return card.order


def curve_points(journey_map: JourneyMap, persona_id: str) -> tuple[EmotionPoint, ...]:
    """The emotion points of one persona, left to right (stage order, then offset)."""
    stage_index = {stage.id: i for i, stage in enumerate(journey_map.stages)}
    points = [
        p
        for p in journey_map.emotion_points
        if p.persona_id == persona_id and p.stage_id in stage_index
    ]
    return tuple(sorted(points, key=lambda p: (stage_index[p.stage_id], p.offset)))


# -- lookups ---------------------------------------------------------------------------

_Item = TypeVar("_Item", Stage, Lane, Card, EmotionPoint, Persona, JourneyMap)


def _by_id(items: Iterable[_Item], item_id: str) -> _Item:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def find_map(project: Project, map_id: str) -> JourneyMap:
    """The map with this id; KeyError when there is none."""
    return _by_id(project.maps, map_id)


def find_persona(project: Project, persona_id: str) -> Persona:
    """The persona with this id; KeyError when there is none."""
    return _by_id(project.personas, persona_id)


def find_stage(journey_map: JourneyMap, stage_id: str) -> Stage:
    """The stage with this id; KeyError when there is none."""
    return _by_id(journey_map.stages, stage_id)


def find_lane(journey_map: JourneyMap, lane_id: str) -> Lane:
    """The lane with this id; KeyError when there is none."""
    return _by_id(journey_map.lanes, lane_id)


def find_card(journey_map: JourneyMap, card_id: str) -> Card:
    """The card with this id; KeyError when there is none."""
    return _by_id(journey_map.cards, card_id)


def find_emotion_point(journey_map: JourneyMap, point_id: str) -> EmotionPoint:
    """The emotion point with this id; KeyError when there is none."""
    return _by_id(journey_map.emotion_points, point_id)


def persona_lanes(journey_map: JourneyMap) -> tuple[Lane, ...]:
    """Lanes repeated in every persona band, in order."""
    return tuple(lane for lane in journey_map.lanes if lane.scope is LaneScope.PERSONA)


def shared_lanes(journey_map: JourneyMap) -> tuple[Lane, ...]:
    """Lanes shown once below the persona bands, in order."""
    return tuple(lane for lane in journey_map.lanes if lane.scope is LaneScope.SHARED)


def band_personas(project: Project, journey_map: JourneyMap) -> tuple[Persona, ...]:
    """The personas shown as bands of a map, in display order."""
    library = {persona.id: persona for persona in project.personas}
    return tuple(library[pid] for pid in journey_map.bands if pid in library)


def cell_accepts_cards(lane: Lane) -> bool:
    """Emotion lanes hold the curve, not cards; every other lane holds cards."""
    return lane.kind is not LaneKind.EMOTIONS


# -- lineage ---------------------------------------------------------------------------


def merged_revisions(project: Project) -> tuple[str, ...]:
    """The revisions of other copies merged into `project` since it was opened (in memory
    only; the next save records them as parents)."""
    extra = project.model_extra or {}
    value = extra.get(MERGED_REVISIONS_KEY, ())
    if not isinstance(value, tuple | list):
        return ()
    return tuple(item for item in value if isinstance(item, str))


def with_merged_revision(project: Project, revision: str) -> Project:
    """`project` remembering that the copy saved as `revision` was merged into it."""
    known = merged_revisions(project)
    if revision in known:
        return project
    return project.model_copy(update={MERGED_REVISIONS_KEY: (*known, revision)})


# -- integrity -------------------------------------------------------------------------


def integrity_problems(project: Project) -> list[str]:
    """Broken references and duplicate ids, in plain words; empty for a sound project."""
    problems: list[str] = []
    persona_ids = {p.id for p in project.personas}
    problems += _duplicates("persona", (p.id for p in project.personas))
    problems += _duplicates("map", (m.id for m in project.maps))
    for persona in project.personas:
        if persona.photo_asset_id and persona.photo_asset_id not in project.assets:
            problems.append(f"persona '{persona.name}': its photo is missing")
    for journey_map in project.maps:
        problems += _map_problems(project, journey_map, persona_ids)
    return problems


def _duplicates(what: str, ids: Iterator[str] | Iterable[str]) -> list[str]:
    counts = Counter(ids)
    return [f"{what} id {i} is used {n} times" for i, n in counts.items() if n > 1]


def _map_problems(project: Project, journey_map: JourneyMap, persona_ids: set[str]) -> list[str]:
    where = f"map '{journey_map.title}'"
    problems: list[str] = []
    problems += _duplicates(f"{where}: stage", (s.id for s in journey_map.stages))
    problems += _duplicates(f"{where}: lane", (ln.id for ln in journey_map.lanes))
    problems += _duplicates(f"{where}: card", (c.id for c in journey_map.cards))
    problems += _duplicates(f"{where}: emotion point", (p.id for p in journey_map.emotion_points))
    bands = set(journey_map.bands)
    problems += [f"{where}: band of unknown persona {pid}" for pid in bands - persona_ids]
    if len(bands) != len(journey_map.bands):
        problems.append(f"{where}: a persona is shown twice")
    stages = {s.id for s in journey_map.stages}
    lanes = {ln.id: ln for ln in journey_map.lanes}
    for number, card in enumerate(journey_map.cards, start=1):
        label = f"{where}, card {number}"
        lane = lanes.get(card.lane_id)
        if lane is None:
            problems.append(f"{label}: its lane does not exist")
        elif not cell_accepts_cards(lane):
            problems.append(f"{label}: an emotion lane cannot hold cards")
        elif lane.scope is LaneScope.SHARED and card.persona_id is not None:
            problems.append(f"{label}: a card in a shared lane belongs to no persona")
        elif lane.scope is LaneScope.PERSONA and card.persona_id not in bands:
            problems.append(f"{label}: its persona is not shown on the map")
        if card.stage_id not in stages:
            problems.append(f"{label}: its stage does not exist")
        if card.image_asset_id and card.image_asset_id not in project.assets:
            problems.append(f"{label}: its picture is missing")
    scale = journey_map.emotion_scale
    for number, point in enumerate(journey_map.emotion_points, start=1):
        label = f"{where}, emotion point {number}"
        if point.persona_id not in bands:
            problems.append(f"{label}: its persona is not shown on the map")
        if point.stage_id not in stages:
            problems.append(f"{label}: its stage does not exist")
        if not scale.min <= point.score <= scale.max:
            problems.append(f"{label}: score {point.score} is outside {scale.min}..{scale.max}")
    return problems
