"""Three-way (and two-way) merge of two edited copies of a project, record by record.

`merge(base, ours, theirs)` keeps every change of both copies that does not conflict,
down to single fields, and lists the conflicts with a default choice that loses nothing;
`resolve(result, choices)` runs the same merge with other choices. Without a common
ancestor (`merge(None, ours, theirs)`, a two-way merge) every difference is a conflict.

How records merge (see `records` for what a record and its fields are):

1. A record both copies hold merges field by field: a field one side changed takes that
   side's value; a field both changed to different values is a `FieldConflict`.
2. A record one copy added is kept. A record one copy deleted is deleted - unless the
   other copy changed it: then it is a `DeletionConflict`, kept by default.
3. A record that is kept needs its containers (a card its map, stage, lane and band, a
   band its persona) and its pictures. A container that one copy deleted while the other
   added or changed something in it is a `DeletionConflict` of that container (reported
   once, at the outermost container deleted); kept by default, it comes back with
   everything the other copy has in it. Choosing "delete" deletes it with what is in it,
   except that records the deleting copy still has elsewhere go back to where that copy
   has them.
4. Orders (stages, lanes, bands, personas, maps, the cards of a cell) merge as sequences
   (see `sequence`): moves of both sides are kept; the same item moved two ways is an
   `OrderConflict`. Cards of a cell are numbered 0..n-1 again unless the merged cell is
   exactly one copy's.
5. The result must be a sound project: scores outside a merged emotion scale are moved
   onto it, links to deleted maps are cleared, and anything still unsound is repaired;
   every such adjustment is listed in the summary.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from mapstudio._runtime import collector_paused
from mapstudio.compare.conflicts import (
    MISSING,
    Conflict,
    DeletionConflict,
    FieldConflict,
    OrderConflict,
    PresenceConflict,
    Side,
)
from mapstudio.compare.records import (
    CELL,
    ENVELOPE_PREFIX,
    EXTRA_PREFIX,
    IMAGE,
    LIST_KINDS,
    MEANINGFUL_ORDER,
    PLACE,
    PROJECT_KEY,
    REFERENCE_FIELDS,
    CellId,
    Kind,
    ListKey,
    RecordKey,
    Snapshot,
    containers,
    dependencies,
    label_of,
    make_key,
    object_dependencies,
    same_record,
)
from mapstudio.compare.sequence import merge_order
from mapstudio.compare.words import value_words
from mapstudio.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    Project,
)
from mapstudio.model.types import (
    ENVELOPE_EXTRA_KEY,
    MAX_ASSETS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_MAPS,
    MAX_PERSONAS,
    RESERVED_KEYS,
)


class MergeError(Exception):
    """The two copies cannot be merged into a valid project (e.g. the result would hold
    more cards than a map can); the message is plain words."""


@dataclass(frozen=True)
class SideChanges:
    """What came into the merged project from one copy: keys of records it added,
    changed, deleted and moved."""

    added: tuple[RecordKey, ...] = ()
    changed: tuple[RecordKey, ...] = ()
    removed: tuple[RecordKey, ...] = ()
    moved: tuple[RecordKey, ...] = ()

    def counts(self) -> dict[str, dict[str, int]]:
        """{"added": {"card": 2, ...}, "changed": {...}, ...}, without zeros."""
        result: dict[str, dict[str, int]] = {}
        for name in ("added", "changed", "removed", "moved"):
            per_kind: dict[str, int] = {}
            for key in getattr(self, name):
                per_kind[key.kind.value] = per_kind.get(key.kind.value, 0) + 1
            if per_kind:
                result[name] = per_kind
        return result

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.removed or self.moved)


@dataclass(frozen=True)
class MergeSummary:
    """What the merged project took from which copy, what came back although one copy
    had deleted it, and what the merge had to adjust to keep the project sound."""

    ours: SideChanges
    theirs: SideChanges
    restored: tuple[RecordKey, ...] = ()
    adjustments: tuple[str, ...] = ()
    # What each conflict's choice did, in the order of the conflicts.
    decisions: tuple[str, ...] = ()
    # How many of your and of their changes the choices in conflicts left out.
    gave_way_ours: int = 0
    gave_way_theirs: int = 0

    def lines(self) -> list[str]:
        """The summary in plain sentences, e.g. "From their copy: 2 cards added."; then
        what each conflict's choice did."""
        lines = []
        for who, changes, gave_way, winner in (
            ("From your copy", self.ours, self.gave_way_ours, "theirs"),
            ("From their copy", self.theirs, self.gave_way_theirs, "yours"),
        ):
            parts = []
            for verb, per_kind in changes.counts().items():
                things = ", ".join(_count(n, kind) for kind, n in per_kind.items())
                parts.append(f"{things} {verb}")
            line = f"{who}: {'; '.join(parts) if parts else 'no changes'}"
            if gave_way:
                # Changes lost in conflicts are changes all the same: say where they went.
                line += (
                    f"; {gave_way} {'change' if gave_way == 1 else 'changes'} "
                    f"gave way to {winner} in conflicts"
                )
            lines.append(line + ".")
        if self.decisions:
            lines.append("In the conflicts:")
            lines.extend(f"- {decision}" for decision in self.decisions)
        if self.restored:
            lines.append(
                f"Kept although deleted in one copy: {len(self.restored)} "
                f"record{'s' if len(self.restored) != 1 else ''}."
            )
        lines.extend(self.adjustments)
        return lines


def _count(n: int, kind: str) -> str:
    noun = {"point": "emotion point", "asset": "image", "band": "persona band"}.get(kind, kind)
    return f"{n} {noun}{'s' if n != 1 else ''}"


@dataclass(frozen=True)
class MergeResult:
    """A merged project, its conflicts (each resolved by `choices`, defaults filled in),
    the summary, and the three inputs so that `resolve` can merge again."""

    project: Project
    conflicts: tuple[Conflict, ...]
    choices: Mapping[str, str]
    summary: MergeSummary
    base: Project | None
    ours: Project
    theirs: Project
    # The flattened inputs, reused when the merge runs again with other choices.
    snapshots: tuple[Snapshot | None, Snapshot, Snapshot] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def two_way(self) -> bool:
        """True when no common ancestor was known."""
        return self.base is None

    def conflict(self, conflict_id: str) -> Conflict:
        """The conflict with this id; KeyError when there is none."""
        for conflict in self.conflicts:
            if conflict.id == conflict_id:
                return conflict
        raise KeyError(conflict_id)

    def with_choices(self, choices: Mapping[str, str]) -> MergeResult:
        """The merge again, with these choices on top of the ones made so far."""
        choices = {**self.choices, **choices}
        with collector_paused():
            return _Merge(self.base, self.ours, self.theirs, choices, self.snapshots).run()


def merge(
    base: Project | None,
    ours: Project,
    theirs: Project,
    *,
    choices: Mapping[str, str] | None = None,
) -> MergeResult:
    """Merge `theirs` into `ours`, both edited from `base` (None: two-way, no ancestor).

    `choices` maps conflict ids to one of their options; conflicts without a choice take
    their default. Raises MergeError when no valid project can come out, and ValueError
    for a choice that is not one of its conflict's options.
    """
    with collector_paused():
        return _Merge(base, ours, theirs, dict(choices or {})).run()


def resolve(result: MergeResult, choices: Mapping[str, str]) -> Project:
    """The project of `result` merged again with `choices` (conflict id -> option)."""
    return result.with_choices(choices).project


# -- the engine ---------------------------------------------------------------------------


@dataclass
class _Record:
    """A merged record: the object it is built from (one side's) and the fields that
    differ from that object."""

    side: Side
    obj: Any
    updates: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Deletion:
    """A deleted record that the other copy still needs: who deleted it and what needs it."""

    deleted_in: Side
    changes: dict[RecordKey, None] = field(default_factory=dict)  # ordered set


class _Merge:
    def __init__(
        self,
        base: Project | None,
        ours: Project,
        theirs: Project,
        choices: dict[str, str],
        snapshots: tuple[Snapshot | None, Snapshot, Snapshot] | None = None,
    ) -> None:
        self.inputs = (base, ours, theirs)
        if snapshots is None:
            snapshots = (
                Snapshot(base) if base is not None else None,
                Snapshot(ours),
                Snapshot(theirs),
            )
        self.snapshots = snapshots
        self.base = snapshots[0]
        self.sides = {Side.OURS: snapshots[1], Side.THEIRS: snapshots[2]}
        self.choices = choices
        self.two_way = base is None
        self.merged: dict[RecordKey, _Record] = {}
        # Records one copy does not hold although the other (or the base) does: the copy
        # that lacks them. In a three-way merge these are deletions.
        self.absent: dict[RecordKey, Side] = {}
        self.deletions: dict[RecordKey, _Deletion] = {}
        self.field_conflicts: dict[str, FieldConflict] = {}
        self.order_conflicts: dict[str, OrderConflict] = {}
        self.used: dict[str, str] = {}
        self.restored: dict[RecordKey, None] = {}
        self.notes: list[str] = []
        self.contributions: dict[Side, dict[str, dict[RecordKey, None]]] = {
            side: {"added": {}, "changed": {}, "removed": {}, "moved": {}} for side in Side
        }
        self._roots_cache: dict[tuple[RecordKey, Side], frozenset[RecordKey]] = {}
        self._children: dict[Side, dict[RecordKey, list[RecordKey]]] = {}
        self._reverted: set[tuple[RecordKey, Side]] = set()
        self.grouped: dict[tuple[Kind, str], set[str]] = {}
        # Records both copies hold with the same values: whatever they need, both copies
        # hold too, so the closure can skip them.
        self.stable: set[RecordKey] = set()
        # Records dropped because something they need stays deleted.
        self.dropped: set[RecordKey] = set()

    # -- choices ------------------------------------------------------------------------

    def choose(self, conflict_id: str, options: tuple[str, str], default: str) -> str:
        choice = self.choices.get(conflict_id, default)
        if choice not in options:
            raise ValueError(f"'{choice}' is not a choice for conflict {conflict_id}")
        self.used[conflict_id] = choice
        return choice

    def keeps(self, root: RecordKey) -> bool:
        deletion = self.deletions.get(root)
        if deletion is None:
            return True
        if self.two_way:
            return self.choose(_presence_id(root), PresenceConflict.options, "keep") == "keep"
        return self.choose(_deletion_id(root), DeletionConflict.options, "keep") == "keep"

    # -- run ----------------------------------------------------------------------------

    def run(self) -> MergeResult:
        self.merge_records()
        self.settle_deletions()
        self.close()
        self.keep_a_map()
        project = self.build()
        project = self.adjust(project)
        conflicts = self.conflicts()
        base, ours, theirs = self.inputs
        choices = {c.id: self.used.get(c.id, c.default) for c in conflicts}
        return MergeResult(
            project=project,
            conflicts=conflicts,
            choices=choices,
            summary=self.summary(conflicts, choices),
            base=base,
            ours=ours,
            theirs=theirs,
            snapshots=self.snapshots,
        )

    # -- 1. records ---------------------------------------------------------------------

    def merge_records(self) -> None:
        ours, theirs, base = self.sides[Side.OURS], self.sides[Side.THEIRS], self.base
        keys = dict.fromkeys(ours.keys())
        keys.update(dict.fromkeys(theirs.keys()))
        if base is not None:
            keys.update(dict.fromkeys(base.keys()))
        for key in keys:
            in_ours, in_theirs = key in ours, key in theirs
            if in_ours and in_theirs:
                self.merged[key] = self.merge_fields(key)
                continue
            if not (in_ours or in_theirs):
                continue  # deleted in both
            holder = Side.OURS if in_ours else Side.THEIRS
            lacking = holder.other
            snapshot = self.sides[holder]
            if base is not None and key not in base:
                self.merged[key] = _Record(holder, snapshot.get(key))
                self.contributions[holder]["added"][key] = None
                continue
            self.absent[key] = lacking
            if base is None:
                # Two-way: nobody knows whether it was added or deleted; kept unless the
                # designer drops it (decided per outermost record in settle_deletions).
                self.merged[key] = _Record(holder, snapshot.get(key))
            elif not same_record(base, snapshot, key):
                # Deleted here, changed there: kept unless the designer deletes it.
                self.merged[key] = _Record(holder, snapshot.get(key))
            else:
                self.contributions[lacking]["removed"][key] = None

    def merge_fields(self, key: RecordKey) -> _Record:
        ours, theirs, base = self.sides[Side.OURS], self.sides[Side.THEIRS], self.base
        in_base = base is not None and key in base
        if in_base:
            assert base is not None
            ours_same = same_record(base, ours, key)
            theirs_same = same_record(base, theirs, key)
            if ours_same and theirs_same:
                self.stable.add(key)
                return _Record(Side.OURS, ours.get(key))
            if theirs_same:
                self.note_change(Side.OURS, key)
                return _Record(Side.OURS, ours.get(key))
            if ours_same:
                self.note_change(Side.THEIRS, key)
                return _Record(Side.THEIRS, theirs.get(key))
        elif same_record(ours, theirs, key):
            self.stable.add(key)
            return _Record(Side.OURS, ours.get(key))
        base_fields = base.fields(key) if in_base and base is not None else None
        ours_fields, theirs_fields = ours.fields(key), theirs.fields(key)
        names = dict.fromkeys(ours_fields)
        names.update(dict.fromkeys(theirs_fields))
        if base_fields is not None:
            names.update(dict.fromkeys(base_fields))
        updates: dict[str, Any] = {}
        for name in names:
            mine = ours_fields.get(name, MISSING)
            other = theirs_fields.get(name, MISSING)
            if _same(mine, other):
                continue
            old = base_fields.get(name, MISSING) if base_fields is not None else MISSING
            if base_fields is not None and _same(mine, old):
                value = other
                self.note_change(Side.THEIRS, key, name)
            elif base_fields is not None and _same(other, old):
                value = mine
                self.note_change(Side.OURS, key, name)
            else:
                value = self.field_conflict(key, name, old, mine, other)
            if value is not mine:
                updates[name] = value
        return _Record(Side.OURS, ours.get(key), updates)

    def field_conflict(self, key: RecordKey, name: str, old: Any, mine: Any, other: Any) -> Any:
        conflict_id = f"field:{_key_id(key)}:{name}"
        self.field_conflicts[conflict_id] = FieldConflict(
            id=conflict_id,
            key=key,
            label=self.label(key),
            map_id=_map_of(key),
            stage_id=self.stage_of(key),
            field=name,
            base=old,
            ours=mine,
            theirs=other,
            ours_words=self.value_words(Side.OURS, key, name, mine),
            theirs_words=self.value_words(Side.THEIRS, key, name, other),
        )
        choice = self.choose(conflict_id, FieldConflict.options, FieldConflict.default)
        if choice == "theirs":
            self.note_change(Side.THEIRS, key, name)
            return other
        self.note_change(Side.OURS, key, name)
        return mine

    def value_words(self, side: Side, key: RecordKey, name: str, value: Any) -> str:
        """A side's field value in words, names looked up in that copy first."""
        others = [self.sides[side.other]] + ([self.base] if self.base is not None else [])
        return value_words([self.sides[side], *others], key, name, value) or ""

    def note_change(self, side: Side, key: RecordKey, name: str | None = None) -> None:
        """Count a change a copy brought in: a move when only its place changed."""
        if name is None:
            assert self.base is not None
            before, after = self.base.fields(key), self.sides[side].fields(key)
            names = [n for n in before.keys() | after.keys() if before.get(n) != after.get(n)]
            moved_only = bool(names) and all(n in (CELL, PLACE) for n in names)
        else:
            moved_only = name in (CELL, PLACE)
        self.contributions[side]["moved" if moved_only else "changed"][key] = None

    # -- 2. deletions -------------------------------------------------------------------

    def roots(self, key: RecordKey, lacking: Side) -> frozenset[RecordKey]:
        """The outermost records whose absence in `lacking` explains `key`'s: a card of
        a deleted stage was deleted with the stage."""
        cached = self._roots_cache.get((key, lacking))
        if cached is not None:
            return cached
        source = (
            self.base if self.base is not None and key in self.base else (self.sides[lacking.other])
        )
        above = [c for c in containers(key, source.fields(key)) if self.absent.get(c) == lacking]
        if not above:
            found = frozenset({key})
        else:
            found = frozenset().union(*(self.roots(c, lacking) for c in above))
        self._roots_cache[(key, lacking)] = found
        return found

    def register(self, root: RecordKey, lacking: Side, needed_by: RecordKey) -> None:
        deletion = self.deletions.setdefault(root, _Deletion(lacking))
        deletion.changes[needed_by] = None

    def settle_deletions(self) -> None:
        """Records kept tentatively although one copy lacks them: report each at its
        outermost absent container, and keep or drop them as chosen."""
        tentative = [key for key in self.absent if key in self.merged]
        for key in tentative:
            lacking = self.absent[key]
            for root in self.roots(key, lacking):
                self.register(root, lacking, key)
        for key in tentative:
            lacking = self.absent[key]
            roots = self.roots(key, lacking)
            if all(self.keeps(root) for root in roots):
                for root in roots:
                    self.restore(root, lacking.other)
                if self.two_way:
                    self.contributions[lacking.other]["added"][key] = None
                else:
                    self.contributions[lacking.other]["changed"][key] = None
            elif key in self.merged:
                del self.merged[key]
                if not self.two_way:
                    self.contributions[lacking]["removed"][key] = None

    def restore(self, root: RecordKey, holder: Side, *, force: bool = False) -> None:
        """Bring back `root` and whatever `holder` has inside it that the other copy
        deleted with it (with `force` even what the choices delete)."""
        snapshot = self.sides[holder]
        stack = [root]
        seen: set[RecordKey] = set()
        while stack:
            key = stack.pop()
            if key in seen:
                continue
            seen.add(key)
            if key not in self.merged:
                if self.absent.get(key) != holder.other or key not in snapshot:
                    continue
                if key in self.dropped and not force:
                    continue
                if not force and key != root and key in self.deletions and not self.keeps(key):
                    continue
                self.merged[key] = _Record(holder, snapshot.get(key))
                if not self.two_way:
                    self.restored[key] = None
                    self.contributions[holder.other]["removed"].pop(key, None)
            stack.extend(self.children(holder).get(key, ()))

    def children(self, side: Side) -> dict[RecordKey, list[RecordKey]]:
        """What each record of one copy contains (built on first use)."""
        index = self._children.get(side)
        if index is None:
            index = {}
            snapshot = self.sides[side]
            for key in list(snapshot.keys()):
                for container in containers(key, snapshot.fields(key)):
                    index.setdefault(container, []).append(key)
            self._children[side] = index
        return index

    # -- 3. what kept records need --------------------------------------------------------

    def close(self) -> None:
        """Give every kept record what it needs.

        First the records the copies hold or changed, each with the change that causes
        it (a deleted container comes back for them when chosen so; a conflict names
        the change). Then the unchanged contents that came back with a container: one
        that needs something else still deleted goes again, it is no reason to bring
        more back.
        """
        # Contents that came back with a container chosen in settle_deletions are no
        # cause of anything; the records that made it come back are.
        required = {key for key in self.merged if key not in self.restored}
        queue: deque[tuple[RecordKey, RecordKey]] = deque(
            (key, key) for key in required if key not in self.stable
        )
        while queue:
            key, cause = queue.popleft()
            if key not in self.merged:
                continue
            for need in self.needs(key):
                lacking = self.absent.get(need)
                if lacking is not None and need in self.sides[lacking.other]:
                    # Deleted in one copy: the change that needs it is part of that
                    # deletion's conflict, whether or not it already came back.
                    roots = self.roots(need, lacking)
                    for root in roots:
                        self.register(root, lacking, cause)
                    if need not in self.merged and all(self.keeps(root) for root in roots):
                        for root in roots:
                            self.restore(root, lacking.other)
                        if need not in self.merged:
                            self.restore(need, lacking.other)
                if need not in self.merged:
                    self.detach(key, need, queue, cause)
                    break
                if need not in required:
                    required.add(need)
                    queue.append((need, cause))
        self.settle_contents(key for key in self.merged if key not in required)

    def settle_contents(self, keys: Iterable[RecordKey]) -> None:
        """Drop restored contents that need something still deleted (and what needs them)."""
        queue: deque[RecordKey] = deque(keys)
        while queue:
            key = queue.popleft()
            if key in self.merged and any(need not in self.merged for need in self.needs(key)):
                self.drop(key, queue)

    def keep_a_map(self) -> None:
        """A project needs a map: when the two copies (or the choices) between them delete
        every map, the deleted maps come back, with a note."""
        if any(key.kind is Kind.MAP for key in self.merged):
            return
        before = set(self.merged)
        gone = [
            key
            for key, lacking in self.absent.items()
            if key.kind is Kind.MAP and key in self.sides[lacking.other]
        ]
        for key in gone:
            self.restore(key, self.absent[key].other, force=True)
        if gone:
            titles = ", ".join(f"'{_short(self.label(key))}'" for key in gone)
            self.notes.append(
                f"Between them the two copies deleted every map, so {titles} "
                f"{'was' if len(gone) == 1 else 'were'} kept."
            )
        self.settle_contents(key for key in self.merged if key not in before)

    def detach(
        self,
        key: RecordKey,
        need: RecordKey,
        queue: deque[tuple[RecordKey, RecordKey]],
        cause: RecordKey,
    ) -> None:
        """`key` needs `need`, which stays deleted: take the references of a copy that
        has `key` without `need`, or drop `key`. A picture that stays deleted is only
        cleared from what showed it, as removing an image does."""
        references = {Kind.ASSET: ("image_asset_id", "photo_asset_id"),
                      Kind.MAP: ("future_state_of",)}  # fmt: skip
        if (
            need.kind in references
            and key.kind is not Kind.BAND
            and (need.kind is Kind.ASSET or key.kind is Kind.MAP)
        ):
            for name in references[need.kind]:
                if self.fields(key).get(name) == need.id:
                    self.set_field(key, name, None)
            queue.append((key, cause))
            return
        for side in (Side.OURS, Side.THEIRS):
            snapshot = self.sides[side]
            if key not in snapshot or (key, side) in self._reverted:
                continue
            side_fields = snapshot.fields(key)
            if need in dependencies(key, side_fields):
                continue
            self._reverted.add((key, side))
            current = self.fields(key)
            for name in REFERENCE_FIELDS:
                if name in side_fields and not _same(current.get(name, MISSING), side_fields[name]):
                    self.set_field(key, name, side_fields[name])
            queue.append((key, cause))
            return
        dependents: deque[RecordKey] = deque()
        self.drop(key, dependents)
        queue.extend((other, cause) for other in dependents)

    def drop(self, key: RecordKey, dependents: deque[RecordKey]) -> None:
        """Remove a merged record; what may have needed it goes onto `dependents`. It
        does not come back with a container restored later."""
        del self.merged[key]
        self.dropped.add(key)
        for side in Side:
            for name in ("added", "changed", "moved"):
                self.contributions[side][name].pop(key, None)
        if key.kind not in (Kind.CARD, Kind.POINT):
            everywhere = key.kind in (Kind.PERSONA, Kind.ASSET)
            map_id = key.id if key.kind is Kind.MAP else key.map_id
            dependents.extend(
                other for other in self.merged if everywhere or other.map_id == map_id
            )

    # -- fields of merged records ---------------------------------------------------------

    def needs(self, key: RecordKey) -> list[RecordKey]:
        """What a merged record needs, by its merged fields."""
        record = self.merged[key]
        if not record.updates and key.kind is not Kind.ASSET:
            return object_dependencies(key, record.obj)
        return dependencies(key, self.fields(key))

    def fields(self, key: RecordKey) -> dict[str, Any]:
        record = self.merged[key]
        fields = self.sides[record.side].fields(key)
        if record.updates:
            fields = {**fields, **record.updates}
        return fields

    def set_field(self, key: RecordKey, name: str, value: Any) -> None:
        record = self.merged[key]
        original = self.sides[record.side].fields(key).get(name, MISSING)
        if _same(original, value):
            record.updates.pop(name, None)
        else:
            record.updates[name] = value

    # -- 4. build -----------------------------------------------------------------------

    def build(self) -> Project:
        self.grouped = {}
        for key in self.merged:
            self.grouped.setdefault((key.kind, key.map_id), set()).add(key.id)
        merged = self.grouped
        maps_order = self.order(ListKey("maps", ""), _ids(merged, Kind.MAP, ""))
        maps = tuple(self.build_map(map_id) for map_id in maps_order)
        personas_order = self.order(ListKey("personas", ""), _ids(merged, Kind.PERSONA, ""))
        personas = tuple(
            self.build_record(make_key(Kind.PERSONA, "", pid)) for pid in personas_order
        )
        assets_order = self.order(ListKey("assets", ""), _ids(merged, Kind.ASSET, ""))
        assets = {aid: self.build_record(make_key(Kind.ASSET, "", aid)) for aid in assets_order}
        ours = self.inputs[1]
        fields = self.fields(PROJECT_KEY)
        data: dict[str, Any] = {
            name: value for name, value in fields.items() if not name.startswith("@")
        }
        data.update(
            {
                name.removeprefix(EXTRA_PREFIX): value
                for name, value in fields.items()
                if name.startswith(EXTRA_PREFIX) and value is not MISSING
            }
        )
        data = {name: value for name, value in data.items() if value is not MISSING}
        envelope = dict((ours.model_extra or {}).get(ENVELOPE_EXTRA_KEY) or {})
        for name, value in fields.items():
            if name.startswith(ENVELOPE_PREFIX):
                envelope[name.removeprefix(ENVELOPE_PREFIX)] = value
        for name in list(envelope):
            if envelope[name] is MISSING:
                del envelope[name]
        for name in RESERVED_KEYS:
            value = (ours.model_extra or {}).get(name)
            if value is not None and name != ENVELOPE_EXTRA_KEY:
                data[name] = value
        if envelope:
            data[ENVELOPE_EXTRA_KEY] = envelope
        data.update(personas=personas, maps=maps, assets=assets)
        if not maps:
            raise MergeError("The two copies together delete every map; nothing would be left.")
        too_many = _past_a_limit(maps, personas, assets)
        if too_many:
            raise MergeError(
                f"Together the two copies {too_many}. Nothing was merged: remove some in "
                "one copy first, or keep them in a project of their own."
            )
        try:
            project = Project.model_validate(data)
        except ValidationError as error:
            raise MergeError(f"The merged project is not valid: {_first_error(error)}.") from None
        if (
            _same_items(project.maps, ours.maps)
            and _same_items(project.personas, ours.personas)
            and project.assets == ours.assets
            and self.sides[Side.OURS].fields(PROJECT_KEY) == self.fields(PROJECT_KEY)
        ):
            return ours
        return project

    def order(self, list_key: ListKey, members: set[str]) -> list[str]:
        base = self.base.orders.get(list_key, ()) if self.base is not None else None
        ours = self.sides[Side.OURS].orders.get(list_key, ())
        theirs = self.sides[Side.THEIRS].orders.get(list_key, ())
        report = list_key.name in MEANINGFUL_ORDER
        kind = LIST_KINDS[list_key.name]
        prefix = f"order:{list_key.name}:{list_key.map_id}:"
        choices = {
            item: self.choices[prefix + item] for item in members if prefix + item in self.choices
        }
        result, conflicts, origin = merge_order(base, ours, theirs, members, choices)
        if report:
            for placement in conflicts:
                key = RecordKey(kind, list_key.map_id, placement.item)
                self.order_conflict(prefix + placement.item, key, list_key.name, placement)
            self.note_moves(kind, list_key.map_id, origin)
        return result

    def order_conflict(
        self, conflict_id: str, key: RecordKey, list_name: str, placement: Any
    ) -> None:
        def label(item: str | None) -> str:
            if item is None:
                return ""
            return self.label(RecordKey(key.kind, key.map_id, item))

        self.order_conflicts[conflict_id] = OrderConflict(
            id=conflict_id,
            key=key,
            label=self.label(key),
            map_id=_map_of(key),
            stage_id=self.stage_of(key),
            list_name=list_name,
            ours_after=placement.ours_after,
            theirs_after=placement.theirs_after,
            ours_after_label=label(placement.ours_after),
            theirs_after_label=label(placement.theirs_after),
        )
        self.choose(conflict_id, OrderConflict.options, OrderConflict.default)

    def note_moves(self, kind: Kind, map_id: str, origin: Mapping[str, str]) -> None:
        for item, side in origin.items():
            key = RecordKey(kind, map_id, item)
            holder = Side(side)
            if self.base is not None and key in self.base and key not in self.restored:
                self.contributions[holder]["moved"][key] = None

    def build_map(self, map_id: str) -> JourneyMap:
        key = make_key(Kind.MAP, "", map_id)
        template: JourneyMap = self.build_record(key)
        parts: dict[str, Any] = {}
        for name, kind in (("stages", Kind.STAGE), ("lanes", Kind.LANE)):
            ids = self.order(ListKey(name, map_id), _ids(self.grouped, kind, map_id))
            parts[name] = tuple(self.build_record(RecordKey(kind, map_id, i)) for i in ids)
        parts["bands"] = tuple(
            self.order(ListKey("bands", map_id), _ids(self.grouped, Kind.BAND, map_id))
        )
        card_ids = self.order(ListKey("cards", map_id), _ids(self.grouped, Kind.CARD, map_id))
        orders = self.card_orders(map_id, card_ids)
        cards = []
        for card_id in card_ids:
            card: Card = self.build_record(make_key(Kind.CARD, map_id, card_id))
            wanted = orders[card_id]
            cards.append(
                card if card.order == wanted else card.model_copy(update={"order": wanted})
            )
        parts["cards"] = tuple(cards)
        point_ids = self.order(
            ListKey("emotion_points", map_id), _ids(self.grouped, Kind.POINT, map_id)
        )
        parts["emotion_points"] = tuple(
            self.build_record(make_key(Kind.POINT, map_id, i)) for i in point_ids
        )
        if all(_same_items(getattr(template, name), value) for name, value in parts.items()):
            return template
        return template.model_copy(update=parts)

    def card_orders(self, map_id: str, card_ids: Iterable[str]) -> dict[str, int]:
        """Each card's `order`: its place in its merged cell."""
        cells: dict[CellId, list[str]] = {}
        merged = self.merged
        for card_id in card_ids:
            record = merged[make_key(Kind.CARD, map_id, card_id)]
            if CELL in record.updates:
                persona, lane, stage = record.updates[CELL]
            else:
                obj = record.obj
                persona, lane, stage = obj.persona_id, obj.lane_id, obj.stage_id
            cells.setdefault((map_id, persona, lane, stage), []).append(card_id)
        orders: dict[str, int] = {}
        ours, theirs = self.sides[Side.OURS], self.sides[Side.THEIRS]
        for cell, members in cells.items():
            base = self.base.cells.get(cell, ()) if self.base is not None else None
            mine, other = ours.cells.get(cell, ()), theirs.cells.get(cell, ())
            prefix = f"order:cell:{map_id}:"
            choices = {c: self.choices[prefix + c] for c in members if prefix + c in self.choices}
            result, conflicts, origin = merge_order(base, mine, other, members, choices)
            for placement in conflicts:
                key = make_key(Kind.CARD, map_id, placement.item)
                self.order_conflict(prefix + placement.item, key, "cell", placement)
            self.note_moves(Kind.CARD, map_id, origin)
            source = self.cell_numbering(map_id, result, base, mine, other)
            for number, card_id in enumerate(result):
                if source is None:
                    orders[card_id] = number
                else:
                    orders[card_id] = source.get(make_key(Kind.CARD, map_id, card_id)).order
        return orders

    def cell_numbering(
        self,
        map_id: str,
        result: list[str],
        base: tuple[str, ...] | None,
        mine: tuple[str, ...],
        other: tuple[str, ...],
    ) -> Snapshot | None:
        """The copy whose `order` numbers a merged cell keeps: one whose cell is exactly
        the merged one (the one that renumbered it, when both are), else None (0..n-1)."""
        as_tuple = tuple(result)
        candidates = [
            side for side, cards in ((Side.OURS, mine), (Side.THEIRS, other)) if cards == as_tuple
        ]
        if not candidates:
            return None
        if len(candidates) == 2 and self.base is not None and base == as_tuple:
            ours, theirs, older = self.sides[Side.OURS], self.sides[Side.THEIRS], self.base
            for card_id in result:
                key = make_key(Kind.CARD, map_id, card_id)
                mine_order = ours.objects[key].order
                if mine_order != theirs.objects[key].order:
                    # One copy renumbered the cell: keep the numbers that changed.
                    if mine_order == older.objects[key].order:
                        return theirs
                    break
        return self.sides[candidates[0]]

    def build_record(self, key: RecordKey) -> Any:
        record = self.merged[key]
        if not record.updates:
            return record.obj
        if key.kind is Kind.ASSET:
            return record.updates.get(IMAGE, record.obj)
        data = dict(record.obj)
        for name, value in record.updates.items():
            if name == CELL:
                data["persona_id"], data["lane_id"], data["stage_id"] = value
            elif name == PLACE:
                data["persona_id"], data["stage_id"], data["offset"] = value
            elif value is MISSING:
                data.pop(name.removeprefix(EXTRA_PREFIX), None)
            else:
                data[name.removeprefix(EXTRA_PREFIX)] = value
        try:
            return type(record.obj).model_validate(data)
        except ValidationError as error:
            # Fields from two copies that do not fit together (a lane's kind from one
            # and its scope from the other, in files edited by hand): keep one copy's.
            self.notes.append(
                f"{self.label(key)}: the two copies' changes did not fit together "
                f"({_first_error(error)}); the {record.side.value} version was kept."
            )
            return record.obj

    # -- 5. keep the project sound --------------------------------------------------------

    def adjust(self, project: Project) -> Project:
        map_ids = {m.id for m in project.maps}
        maps = []
        changed = False
        for journey_map in project.maps:
            fixed = journey_map
            link = fixed.future_state_of
            if link is not None and (link not in map_ids or link == fixed.id):
                fixed = fixed.model_copy(update={"future_state_of": None})
                self.notes.append(
                    f"Map '{_short(fixed.title)}': the map it was the future state of is "
                    "gone, so the link was removed."
                )
            fixed = self.sound_map(project, fixed)
            changed = changed or fixed is not journey_map
            maps.append(fixed)
        if not changed:
            return project
        return project.model_copy(update={"maps": tuple(maps)})

    def sound_map(self, project: Project, journey_map: JourneyMap) -> JourneyMap:
        """Scores onto the merged scale; cards and points whose place cannot exist
        (only possible with hand-edited files) dropped, each with a note."""
        scale = journey_map.emotion_scale
        stages = {s.id for s in journey_map.stages}
        lanes: dict[str, Lane] = {lane.id: lane for lane in journey_map.lanes}
        bands = set(journey_map.bands)
        points: list[EmotionPoint] = []
        for point in journey_map.emotion_points:
            if point.persona_id not in bands or point.stage_id not in stages:
                self.notes.append(f"Emotion point '{_short(point.feeling)}' had no place left.")
                continue
            if not scale.min <= point.score <= scale.max:
                score = scale.clamp(point.score)
                self.notes.append(
                    f"Emotion point '{_short(point.feeling) or point.id}': score {point.score} "
                    f"is outside the merged scale and was set to {score}."
                )
                point = point.model_copy(update={"score": score})
            points.append(point)
        cards: list[Card] = []
        for card in journey_map.cards:
            lane = lanes.get(card.lane_id)
            fits = (
                lane is not None
                and lane.kind is not LaneKind.EMOTIONS
                and card.stage_id in stages
                and (
                    card.persona_id is None
                    if lane.scope is LaneScope.SHARED
                    else card.persona_id in bands
                )
                and (card.image_asset_id is None or card.image_asset_id in project.assets)
            )
            if not fits:
                self.notes.append(f"Card '{_short(card.title)}' had no place left and was removed.")
                continue
            cards.append(card)
        if (
            len(points) == len(journey_map.emotion_points)
            and all(a is b for a, b in zip(points, journey_map.emotion_points, strict=True))
            and len(cards) == len(journey_map.cards)
        ):
            return journey_map
        return journey_map.model_copy(
            update={"emotion_points": tuple(points), "cards": tuple(cards)}
        )

    # -- report -------------------------------------------------------------------------

    def conflicts(self) -> tuple[Conflict, ...]:
        found: list[Conflict] = []
        for conflict in (*self.field_conflicts.values(), *self.order_conflicts.values()):
            if conflict.key in self.merged:
                found.append(conflict)
        for root, deletion in self.deletions.items():
            changes = tuple(deletion.changes)
            if self.two_way:
                found.append(
                    PresenceConflict(
                        id=_presence_id(root),
                        key=root,
                        label=self.label(root),
                        map_id=_map_of(root),
                        stage_id=self.stage_of(root),
                        only_in=deletion.deleted_in.other,
                    )
                )
                continue
            found.append(
                DeletionConflict(
                    id=_deletion_id(root),
                    key=root,
                    label=self.label(root),
                    map_id=_map_of(root),
                    stage_id=self.stage_of(root),
                    deleted_in=deletion.deleted_in,
                    changes=changes,
                    change_labels=tuple(self.label(key) for key in changes),
                    added=frozenset(
                        key for key in changes if self.base is not None and key not in self.base
                    ),
                )
            )
        found.sort(key=self.conflict_order)
        return tuple(found)

    def conflict_order(self, conflict: Conflict) -> tuple[Any, ...]:
        ours = self.sides[Side.OURS]
        maps = ours.orders.get(ListKey("maps", ""), ())
        map_rank = maps.index(conflict.map_id) if conflict.map_id in maps else len(maps)
        stages = ours.orders.get(ListKey("stages", conflict.map_id or ""), ())
        stage_rank = stages.index(conflict.stage_id) if conflict.stage_id in stages else -1
        return (map_rank, stage_rank, list(Kind).index(conflict.key.kind), conflict.id)

    def summary(self, conflicts: tuple[Conflict, ...], choices: Mapping[str, str]) -> MergeSummary:
        final = self.merged
        gave_way = [c.gave_way(choices[c.id]) for c in conflicts]

        def kept(side: Side, name: str) -> tuple[RecordKey, ...]:
            keys = self.contributions[side][name]
            if name == "removed":
                return tuple(key for key in keys if key not in final)
            return tuple(key for key in keys if key in final)

        return MergeSummary(
            ours=SideChanges(
                *(kept(Side.OURS, n) for n in ("added", "changed", "removed", "moved"))
            ),
            theirs=SideChanges(
                *(kept(Side.THEIRS, n) for n in ("added", "changed", "removed", "moved"))
            ),
            restored=tuple(key for key in self.restored if key in final),
            adjustments=tuple(dict.fromkeys(self.notes)),
            decisions=tuple(c.outcome(choices[c.id]) for c in conflicts),
            gave_way_ours=gave_way.count(Side.OURS),
            gave_way_theirs=gave_way.count(Side.THEIRS),
        )

    # -- labels -------------------------------------------------------------------------

    def obj(self, key: RecordKey) -> Any:
        for snapshot in (self.sides[Side.OURS], self.sides[Side.THEIRS], self.base):
            if snapshot is not None and key in snapshot:
                return snapshot.get(key)
        return None

    def label(self, key: RecordKey) -> str:
        if key.kind is Kind.BAND:
            persona = self.obj(make_key(Kind.PERSONA, "", key.id))
            return label_of(make_key(Kind.PERSONA, "", key.id), persona)
        return label_of(key, self.obj(key))

    def stage_of(self, key: RecordKey) -> str | None:
        if key.kind is Kind.STAGE:
            return key.id
        obj = self.obj(key)
        if key.kind in (Kind.CARD, Kind.POINT) and obj is not None:
            return obj.stage_id
        return None


# -- helpers ------------------------------------------------------------------------------


def _same(a: Any, b: Any) -> bool:
    if a is b:
        return True
    if a is MISSING or b is MISSING:
        return False
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    try:
        return bool(a == b)
    except Exception:  # pragma: no cover - comparable values only
        return False


def _same_items(a: Any, b: Any) -> bool:
    return len(a) == len(b) and all(x is y or x == y for x, y in zip(a, b, strict=True))


def _ids(grouped: Mapping[tuple[Kind, str], set[str]], kind: Kind, map_id: str) -> set[str]:
    return grouped.get((kind, map_id), set())


def _key_id(key: RecordKey) -> str:
    return f"{key.kind.value}:{key.map_id}:{key.id}"


def _deletion_id(key: RecordKey) -> str:
    return f"deleted:{_key_id(key)}"


def _presence_id(key: RecordKey) -> str:
    return f"presence:{_key_id(key)}"


def _map_of(key: RecordKey) -> str | None:
    if key.kind is Kind.MAP:
        return key.id
    return key.map_id or None


def _past_a_limit(maps: Any, personas: Any, assets: Any) -> str | None:
    """How the merged lists go past a project's limits, in words ("have 48 maps, and a
    project holds at most 25"), or None: both copies' additions may fit alone, not
    together."""
    for words, count, limit in (
        ("maps", len(maps), MAX_MAPS),
        ("personas", len(personas), MAX_PERSONAS),
        ("images", len(assets), MAX_ASSETS),
        ("cards", sum(len(m.cards) for m in maps), MAX_CARDS),
        ("emotion points", sum(len(m.emotion_points) for m in maps), MAX_EMOTION_POINTS),
    ):
        if count > limit:
            return f"have {count:,} {words}, and a project holds at most {limit:,}"
    return None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_error(error: ValidationError) -> str:
    errors = error.errors(include_url=False)
    if not errors:
        return "invalid values"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    message = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


__all__ = [
    "MergeError",
    "MergeResult",
    "MergeSummary",
    "SideChanges",
    "merge",
    "resolve",
]
