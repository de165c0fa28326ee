"""What a compare view shows: one map with the changes from another marked on it.

`compare_view(before, before_map_id, after, after_map_id)` compares two maps (a map and
its future state in one project, the same map in two files, two revisions) and returns
the plain data the canvas and the compare PDF draw, all in the ids of the map that is
shown - the *after* map:

- `project` / `map_id`: the after project, whose map also holds a *ghost* of every card
  the after map no longer has, in its old cell (so the layout makes room for it);
- `card_marks` / `point_marks`: card and emotion point id -> {"added", "removed",
  "changed", "moved"}; `ghosts` are the removed cards drawn faded;
- `other_points`: the before map's emotion points, placed in the after map's stages,
  for the curve drawn dashed over the after curve, and `stage_deltas`, the change of
  each persona's mean score per stage;
- `entries` (reading order) and `sections` (per stage): the changes in words, each
  naming the record to select on the canvas.

Pure: model values in, model values and plain data out (no geometry: that is the
layout engine's, see `mapstudio.layout.marks`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from mapstudio.compare.diff import RecordChange
from mapstudio.compare.maps import compare_maps
from mapstudio.compare.records import Kind
from mapstudio.model import Card, EmotionPoint, JourneyMap, Project

MarkKind = Literal["added", "removed", "changed", "moved"]
# The one mark a change is listed under, strongest first.
MARK_PRIORITY: tuple[MarkKind, ...] = ("removed", "added", "changed", "moved")
# Fields of the map record that always differ between a map and its future state.
_MAP_IDENTITY_FIELDS = frozenset({"title", "kind", "future_state_of"})
_WHOLE_MAP = "The whole map"


@dataclass(frozen=True)
class ChangeEntry:
    """One change in words, and what to select on the canvas for it."""

    mark: MarkKind  # the mark it is listed under (see MARK_PRIORITY)
    marks: frozenset[str]
    kind: str  # "card", "point", "stage", "lane", "band", "map", ...
    record_id: str | None  # the card or emotion point id in the shown map; else None
    stage_id: str | None  # the stage in the shown map (None: not in one of its stages)
    text: str  # "card 'Slow': title: 'Slow' → 'Checkout is slow'"


@dataclass(frozen=True)
class CompareView:
    """A comparison ready to draw: see the module docstring."""

    before_title: str
    after_title: str
    project: Project
    map_id: str
    card_marks: Mapping[str, frozenset[str]]
    point_marks: Mapping[str, frozenset[str]]
    ghosts: frozenset[str]
    other_points: tuple[EmotionPoint, ...]
    stage_deltas: Mapping[tuple[str, str], float]  # (persona id, stage id) -> after - before
    entries: tuple[ChangeEntry, ...]
    sections: tuple[tuple[str, tuple[ChangeEntry, ...]], ...] = field(default=())

    @property
    def journey_map(self) -> JourneyMap:
        """The shown map, ghosts included."""
        for journey_map in self.project.maps:
            if journey_map.id == self.map_id:
                return journey_map
        raise KeyError(self.map_id)

    def plain_sections(self) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
        """The sections as plain text for the compare PDF: (heading, ((mark, words), ...))."""
        return tuple(
            (heading, tuple((entry.mark, entry.text) for entry in entries))
            for heading, entries in self.sections
        )

    def counts(self) -> dict[MarkKind, int]:
        """How many changes each mark lists, zeros included, in MARK_PRIORITY order."""
        counts: dict[MarkKind, int] = dict.fromkeys(MARK_PRIORITY, 0)
        for entry in self.entries:
            for mark in MARK_PRIORITY:
                if mark in entry.marks:
                    counts[mark] += 1
        return counts


def primary_mark(marks: frozenset[str]) -> MarkKind:
    """The strongest of a record's marks (a changed card that also moved: "changed")."""
    for mark in MARK_PRIORITY:
        if mark in marks:
            return mark
    return "changed"


def compare_view(
    before: Project, before_map_id: str, after: Project, after_map_id: str
) -> CompareView:
    """The changes from map `before_map_id` of `before` to map `after_map_id` of `after`,
    marked on the after map (KeyError when either map is missing)."""
    comparison = compare_maps(before, before_map_id, after, after_map_id)
    before_map = _map(before, before_map_id)
    after_map = _map(after, after_map_id)
    # compare_maps speaks the before map's ids; the view speaks the after map's.
    to_after = {a_id: b_id for b_id, a_id in comparison.a_ids.items()}

    def shown(item_id: str) -> str:
        return to_after.get(item_id, item_id)

    stage_ids = {stage.id for stage in after_map.stages}
    card_marks: dict[str, frozenset[str]] = {}
    point_marks: dict[str, frozenset[str]] = {}
    removed_cards: list[Card] = []
    entries: list[ChangeEntry] = []
    for change in comparison.diff:
        kind = change.key.kind
        if kind is Kind.MAP:
            kept = _without_identity_fields(change, before_map_id != after_map_id)
            if kept is None:
                continue
            change = kept
        marks = change.marks
        record_id: str | None = None
        if kind is Kind.CARD:
            record_id = shown(change.key.id)
            card_marks[record_id] = marks
            if change.status == "removed":
                removed_cards.append(change.before)
        elif kind is Kind.POINT:
            record_id = shown(change.key.id)
            if change.status != "removed":
                point_marks[record_id] = marks
            else:
                record_id = None  # nothing of it left to select on the after curve
        stage_id = shown(change.stage_id) if change.stage_id is not None else None
        entries.append(
            ChangeEntry(
                mark=primary_mark(marks),
                marks=marks,
                kind=kind.value,
                record_id=record_id,
                stage_id=stage_id,
                text=_words(change),
            )
        )
    shown_map, ghosts = _with_ghosts(after_map, removed_cards, shown, after)
    assets = {**before.assets, **after.assets}  # a ghost may show a picture only before had
    project = after.model_copy(
        update={
            "maps": tuple(shown_map if m.id == after_map_id else m for m in after.maps),
            "assets": assets,
        }
    )
    for card_id in list(card_marks):
        if "removed" in card_marks[card_id] and card_id not in ghosts:
            del card_marks[card_id]  # its cell is gone: listed, but not drawn
    other_points = _other_points(before_map, after_map, shown)
    return CompareView(
        before_title=before_map.title,
        after_title=after_map.title,
        project=project,
        map_id=after_map_id,
        card_marks=card_marks,
        point_marks=point_marks,
        ghosts=frozenset(ghosts),
        other_points=other_points,
        stage_deltas=_deltas(after_map.emotion_points, other_points, stage_ids),
        entries=tuple(entries),
        sections=_sections(entries, before_map, after_map, shown),
    )


def _map(project: Project, map_id: str) -> JourneyMap:
    for journey_map in project.maps:
        if journey_map.id == map_id:
            return journey_map
    raise KeyError(map_id)


def _words(change: RecordChange) -> str:
    """The change in words without describe()'s one-character marker ("~ ", "+ ")."""
    text = change.describe()
    return text[2:] if len(text) > 2 and text[1] == " " else text


def _without_identity_fields(change: RecordChange, two_maps: bool) -> RecordChange | None:
    """A map record's change without title, kind and link when two different maps are
    compared (a future state always differs there); None when nothing else changed."""
    if not two_maps:
        return change
    fields = tuple(f for f in change.fields if f.field not in _MAP_IDENTITY_FIELDS)
    if not fields and not change.moved:
        return None
    status = change.status if fields or change.status != "changed" else "unchanged"
    return RecordChange(
        change.key,
        status,
        change.moved,
        fields,
        change.position,
        change.before,
        change.after,
        change.label,
        change.stage_id,
        change.position_words,
    )


def _with_ghosts(
    after_map: JourneyMap,
    removed: list[Card],
    to_after: Callable[[str], str],
    after: Project,
) -> tuple[JourneyMap, set[str]]:
    """The after map with each removed card back in its old cell at its old place in
    the stack (when that cell still exists), and the ids of those ghosts."""
    lanes = {lane.id for lane in after_map.lanes}
    stages = {stage.id for stage in after_map.stages}
    personas = {persona.id for persona in after.personas} & set(after_map.bands)
    cells: dict[tuple[str | None, str, str], list[Card]] = {}
    for card in sorted(after_map.cards, key=lambda c: c.order):
        cells.setdefault((card.persona_id, card.lane_id, card.stage_id), []).append(card)
    ghosts: set[str] = set()
    for card in sorted(removed, key=lambda c: c.order):
        lane_id, stage_id = to_after(card.lane_id), to_after(card.stage_id)
        if lane_id not in lanes or stage_id not in stages:
            continue
        if card.persona_id is not None and card.persona_id not in personas:
            continue
        ghost = card.model_copy(update={"lane_id": lane_id, "stage_id": stage_id})
        stack = cells.setdefault((card.persona_id, lane_id, stage_id), [])
        stack.insert(min(max(card.order, 0), len(stack)), ghost)
        ghosts.add(card.id)
    if not ghosts:
        return after_map, ghosts
    touched = {cell for cell, stack in cells.items() if any(c.id in ghosts for c in stack)}
    renumbered: dict[str, Card] = {}
    for cell in touched:
        for index, card in enumerate(cells[cell]):
            renumbered[card.id] = card.model_copy(update={"order": index})
    cards = [renumbered.get(card.id, card) for card in after_map.cards]
    cards += [renumbered[card_id] for card_id in sorted(ghosts, key=_ghost_rank(removed))]
    return after_map.model_copy(update={"cards": tuple(cards)}), ghosts


def _ghost_rank(removed: list[Card]) -> Callable[[str], int]:
    rank = {card.id: i for i, card in enumerate(removed)}
    return lambda card_id: rank[card_id]


def _other_points(
    before_map: JourneyMap, after_map: JourneyMap, shown: Callable[[str], str]
) -> tuple[EmotionPoint, ...]:
    """The before map's emotion points in the after map's stages (points of a stage or
    persona the after map lacks are left out: there is nowhere to draw them)."""
    stages = {stage.id for stage in after_map.stages}
    bands = set(after_map.bands)
    points = []
    for point in before_map.emotion_points:
        stage_id = shown(point.stage_id)
        if stage_id in stages and point.persona_id in bands:
            points.append(point.model_copy(update={"stage_id": stage_id}))
    return tuple(points)


def _deltas(
    after_points: tuple[EmotionPoint, ...],
    before_points: tuple[EmotionPoint, ...],
    stage_ids: set[str],
) -> dict[tuple[str, str], float]:
    """Per persona and stage where both maps have points: the mean score after minus
    the mean score before."""

    def means(points: tuple[EmotionPoint, ...]) -> dict[tuple[str, str], float]:
        sums: dict[tuple[str, str], list[int]] = {}
        for point in points:
            if point.stage_id in stage_ids:
                sums.setdefault((point.persona_id, point.stage_id), []).append(point.score)
        return {key: sum(scores) / len(scores) for key, scores in sums.items()}

    after, before = means(after_points), means(before_points)
    return {key: after[key] - before[key] for key in after if key in before}


def _sections(
    entries: list[ChangeEntry],
    before_map: JourneyMap,
    after_map: JourneyMap,
    shown: Callable[[str], str],
) -> tuple[tuple[str, tuple[ChangeEntry, ...]], ...]:
    """The entries grouped under a heading per stage, in the after map's stage order
    (the whole map first, stages only the before map has last)."""
    names = {stage.id: stage.name or "untitled stage" for stage in after_map.stages}
    gone = {
        shown(stage.id): f"{stage.name or 'untitled stage'} (removed)"
        for stage in before_map.stages
        if shown(stage.id) not in names
    }
    groups: dict[str | None, list[ChangeEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.stage_id, []).append(entry)
    order: list[str | None] = [None, *names, *gone]
    order += [stage_id for stage_id in groups if stage_id not in order]
    sections = []
    for stage_id in order:
        if stage_id in groups:
            if stage_id is None:
                heading = _WHOLE_MAP
            else:
                heading = names.get(stage_id) or gone.get(stage_id) or "another stage"
            sections.append((heading, tuple(groups[stage_id])))
    return tuple(sections)


__all__ = ["MARK_PRIORITY", "ChangeEntry", "CompareView", "MarkKind", "compare_view"]
