"""What changed from one project to another, record by record and field by field.

`diff(a, b)` matches records by id (see `records`) and reports each record that was
added, removed or changed (with its changed fields, before and after) or moved: a card to
another cell or to another place in its cell, an emotion point to another place on the
curve, a stage, lane, band, persona or map to another place in its list. Moves are found
as in the merge (items outside the longest run that kept its order), so a card added at
the top of a cell does not count as moving the cards below it.

The result groups by map and by stage, which is what the compare view and the PDF page
of changes show: `Diff.for_map(map_id)` and `Diff.by_stage(map_id)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from mapstudio._runtime import collector_paused
from mapstudio.compare.conflicts import MISSING, field_words, json_value, show_value
from mapstudio.compare.records import (
    CELL,
    KIND_ORDER,
    LIST_KINDS,
    MEANINGFUL_ORDER,
    PLACE,
    Kind,
    ListKey,
    RecordKey,
    Snapshot,
    label_of,
    make_key,
)
from mapstudio.compare.sequence import moved_items
from mapstudio.compare.words import value_words
from mapstudio.model import Project

Status = Literal["added", "removed", "changed", "unchanged"]
POSITION_FIELDS = frozenset({CELL, PLACE})


@dataclass(frozen=True)
class FieldChange:
    """One field of a record, before and after (MISSING where a side lacks it)."""

    field: str
    before: Any
    after: Any
    words: tuple[str, str] | None = None  # both values in words, for a bare score

    def describe(self) -> str:
        """ "title: 'Search' → 'Find'"."""
        before, after = self.words or (show_value(self.before), show_value(self.after))
        return f"{field_words(self.field)}: {before} → {after}"

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "before": json_value(self.before),
            "after": json_value(self.after),
        }


@dataclass(frozen=True)
class RecordChange:
    """How one record differs: `status` (added, removed, changed or unchanged: then it
    only moved), `moved`, the changed `fields`, its `position` change for a card or an
    emotion point (the "@cell" or "@place" field), and both versions of the object."""

    key: RecordKey
    status: Status
    moved: bool
    fields: tuple[FieldChange, ...]
    position: FieldChange | None
    before: Any
    after: Any
    label: str
    stage_id: str | None
    position_words: tuple[str, str] | None = None  # where it was and is, in words

    @property
    def map_id(self) -> str | None:
        """The map the record belongs to (the map's own id for a map record)."""
        if self.key.kind is Kind.MAP:
            return self.key.id
        return self.key.map_id or None

    @property
    def marks(self) -> frozenset[str]:
        """What a canvas mark shows: some of "added", "removed", "changed", "moved"."""
        marks: set[str] = set()
        if self.status != "unchanged":
            marks.add(self.status)
        if self.moved:
            marks.add("moved")
        return frozenset(marks)

    def describe(self) -> str:
        """One line: what happened to the record, in words."""
        words = {
            Kind.PROJECT: "project",
            Kind.PERSONA: "persona",
            Kind.ASSET: "image",
            Kind.MAP: "map",
            Kind.STAGE: "stage",
            Kind.LANE: "lane",
            Kind.BAND: "band of persona",
            Kind.CARD: "card",
            Kind.POINT: "emotion point",
        }[self.key.kind]
        name = show_value(self.label)
        if self.status == "added":
            return f"+ {words} {name} added"
        if self.status == "removed":
            return f"- {words} {name} removed"
        parts = [change.describe() for change in self.fields]
        if self.moved and self.position_words is not None:
            before, after = self.position_words
            parts.append(f"moved from {before} to {after}" if before != after else "moved")
        elif self.moved:
            parts.append("moved")
        marker = "~" if self.status == "changed" else ">"
        return f"{marker} {words} {name}: " + "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "record": self.key.to_json(),
            "label": self.label,
            "status": self.status,
            "moved": self.moved,
            "stage": self.stage_id,
            "fields": [change.to_json() for change in self.fields],
        }
        if self.position is not None:
            data["position"] = self.position.to_json()
        return data


@dataclass(frozen=True)
class Diff:
    """Every record that differs between two projects, in reading order: by map (in the
    newer project's order), stage, kind, then place in its list."""

    changes: tuple[RecordChange, ...]

    def __iter__(self) -> Iterator[RecordChange]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def find(self, key: RecordKey) -> RecordChange | None:
        """The change of one record, or None when it did not change."""
        for change in self.changes:
            if change.key == key:
                return change
        return None

    def for_map(self, map_id: str) -> tuple[RecordChange, ...]:
        """The changes of one map: the map itself and everything in it."""
        return tuple(change for change in self.changes if change.map_id == map_id)

    def by_stage(self, map_id: str) -> dict[str | None, tuple[RecordChange, ...]]:
        """A map's changes per stage id (None: not in a stage - the map, lanes, bands)."""
        grouped: dict[str | None, list[RecordChange]] = {}
        for change in self.for_map(map_id):
            grouped.setdefault(change.stage_id, []).append(change)
        return {stage: tuple(changes) for stage, changes in grouped.items()}

    def counts(self) -> dict[str, dict[str, int]]:
        """{"added": {"card": 3}, "moved": {"stage": 1}, ...}, without zeros."""
        result: dict[str, dict[str, int]] = {}
        for change in self.changes:
            for mark in sorted(change.marks):
                per_kind = result.setdefault(mark, {})
                per_kind[change.key.kind.value] = per_kind.get(change.key.kind.value, 0) + 1
        return result

    def to_json(self) -> dict[str, Any]:
        """The diff as plain JSON: counts and the list of changes."""
        return {"counts": self.counts(), "changes": [c.to_json() for c in self.changes]}


def diff(a: Project, b: Project) -> Diff:
    """What changed from `a` (the older or other copy) to `b`."""
    with collector_paused():
        return _diff(Snapshot(a), Snapshot(b))


def _diff(old: Snapshot, new: Snapshot) -> Diff:
    moved = _moved_keys(old, new)
    changes: list[RecordChange] = []
    keys = dict.fromkeys(old.keys())
    keys.update(dict.fromkeys(new.keys()))
    for key in keys:
        before, after = old.get(key), new.get(key)
        if key not in new:
            changes.append(_change(key, "removed", False, (), None, before, None, old))
            continue
        if key not in old:
            changes.append(_change(key, "added", False, (), None, None, after, new))
            continue
        if before is after or (key.kind not in (Kind.PROJECT, Kind.MAP) and before == after):
            if key in moved:
                changes.append(_change(key, "unchanged", True, (), None, before, after, new))
            continue
        old_fields, new_fields = old.fields(key), new.fields(key)
        names = dict.fromkeys(old_fields)
        names.update(dict.fromkeys(new_fields))
        fields: list[FieldChange] = []
        position: FieldChange | None = None
        for name in names:
            first = old_fields.get(name, MISSING)
            second = new_fields.get(name, MISSING)
            if first is second or (
                first is not MISSING and second is not MISSING and first == second
            ):
                continue
            words = None
            if name == "score" and key.kind is Kind.POINT:
                words = (
                    value_words([old, new], key, name, first) or show_value(first),
                    value_words([new, old], key, name, second) or show_value(second),
                )
            change = FieldChange(name, first, second, words)
            if name in POSITION_FIELDS:
                position = change
            else:
                fields.append(change)
        is_moved = position is not None or key in moved
        if fields or is_moved:
            status: Status = "changed" if fields else "unchanged"
            changes.append(
                _change(key, status, is_moved, tuple(fields), position, before, after, new, old)
            )
    return Diff(tuple(sorted(changes, key=_reading_order(old, new))))


def _change(
    key: RecordKey,
    status: Status,
    moved: bool,
    fields: tuple[FieldChange, ...],
    position: FieldChange | None,
    before: Any,
    after: Any,
    snapshot: Snapshot,
    old: Snapshot | None = None,
) -> RecordChange:
    shown = after if after is not None else before
    if key.kind is Kind.BAND:
        label = label_of(make_key(Kind.PERSONA, "", key.id), _persona(snapshot, key.id))
    else:
        label = label_of(key, shown)
    stage_id: str | None = None
    if key.kind is Kind.STAGE:
        stage_id = key.id
    elif key.kind in (Kind.CARD, Kind.POINT):
        stage_id = shown.stage_id
    words = None
    if position is not None and old is not None:
        words = (
            _place_words(old, key, position.before),
            _place_words(snapshot, key, position.after),
        )
    return RecordChange(key, status, moved, fields, position, before, after, label, stage_id, words)


def _place_words(snapshot: Snapshot, key: RecordKey, value: Any) -> str:
    """A card's cell or a point's place in words: "lane 'Actions', stage 'Awareness',
    band 'Ana'"."""
    return value_words([snapshot], key, CELL if key.kind is Kind.CARD else PLACE, value) or ""


def _persona(snapshot: Snapshot, persona_id: str) -> Any:
    return snapshot.get(make_key(Kind.PERSONA, "", persona_id))


def _moved_keys(old: Snapshot, new: Snapshot) -> set[RecordKey]:
    """Records whose place in a list the designer sees changed (not counting cards that
    changed cell: their "@cell" field says so)."""
    moved: set[RecordKey] = set()
    for list_key, items in new.orders.items():
        if list_key.name not in MEANINGFUL_ORDER or list_key not in old.orders:
            continue
        kind = LIST_KINDS[list_key.name]
        for item in moved_items(old.orders[list_key], items):
            moved.add(RecordKey(kind, list_key.map_id, item))
    for cell, cards in new.cells.items():
        before = old.cells.get(cell)
        if before:
            for item in moved_items(before, cards):
                moved.add(make_key(Kind.CARD, cell[0], item))
    return moved


_LIST_OF_KIND = {kind: name for name, kind in LIST_KINDS.items()}


def _reading_order(old: Snapshot, new: Snapshot) -> Any:
    def rank(snapshot: Snapshot, list_key: ListKey) -> dict[str, int]:
        return {item: i for i, item in enumerate(snapshot.orders.get(list_key, ()))}

    maps = rank(old, ListKey("maps", "")) | rank(new, ListKey("maps", ""))
    stage_ranks: dict[str, dict[str, int]] = {}

    def stages(map_id: str) -> dict[str, int]:
        found = stage_ranks.get(map_id)
        if found is None:
            key = ListKey("stages", map_id)
            found = rank(old, key) | rank(new, key)
            stage_ranks[map_id] = found
        return found

    item_ranks: dict[ListKey, dict[str, int]] = {}

    def item(key: RecordKey) -> int:
        name = _LIST_OF_KIND.get(key.kind)
        if name is None:
            return 0
        list_key = ListKey(
            name, "" if key.kind in (Kind.PERSONA, Kind.MAP, Kind.ASSET) else key.map_id
        )
        found = item_ranks.get(list_key)
        if found is None:
            found = rank(old, list_key) | rank(new, list_key)
            item_ranks[list_key] = found
        return found.get(key.id, len(found))

    def order(change: RecordChange) -> tuple[int, int, int, int]:
        map_id = change.map_id
        map_rank = -1 if map_id is None else maps.get(map_id, len(maps))
        stage_rank = -1
        if map_id is not None and change.stage_id is not None:
            stage_rank = stages(map_id).get(change.stage_id, len(stages(map_id)))
        return (map_rank, stage_rank, KIND_ORDER[change.key.kind], item(change.key))

    return order
