"""An independent statement of what a merge must do, checked record by record.

Written from the rules in plain terms (a field one side changed takes that side's value;
both changed differently is a conflict; a deletion wins over no change and loses to a
change), not from the merge's own code paths, so the property tests would catch a merge
that quietly drops or invents a change.
"""

from __future__ import annotations

from typing import Any

from mapstudio.compare import (
    DeletionConflict,
    FieldConflict,
    MergeResult,
    OrderConflict,
    RecordKey,
)
from mapstudio.compare.records import LIST_KINDS, MEANINGFUL_ORDER, Kind, Snapshot, containers
from mapstudio.model import Project, integrity_problems

MISSING = object()


def fields(snapshot: Snapshot, key: RecordKey) -> dict[str, Any]:
    return snapshot.fields(key) if key in snapshot else {}


def ancestors(snapshot: Snapshot, key: RecordKey) -> set[RecordKey]:
    """Every container above `key` in one copy (its map, stage, band, persona...)."""
    found: set[RecordKey] = set()
    todo = [key]
    while todo:
        current = todo.pop()
        if current not in snapshot:
            continue
        for container in containers(current, snapshot.fields(current)):
            if container not in found:
                found.add(container)
                todo.append(container)
    return found


def check_sound(project: Project) -> None:
    """The merged project validates as a whole and has no broken references."""
    problems = integrity_problems(project)
    assert problems == [], problems
    assert Project.model_validate(project.model_dump()) == project
    for journey_map in project.maps:
        scale = journey_map.emotion_scale
        assert all(scale.min <= p.score <= scale.max for p in journey_map.emotion_points)


def check_merge(base: Project, ours: Project, theirs: Project, result: MergeResult) -> None:
    """Every change of either copy that does not conflict is in the result, nothing
    else changed, and conflicts are reported exactly where both copies changed the same
    thing (with the default choices applied)."""
    check_sound(result.project)
    b, o, t, m = Snapshot(base), Snapshot(ours), Snapshot(theirs), Snapshot(result.project)
    field_conflicts = {
        (c.key, c.field): c for c in result.conflicts if isinstance(c, FieldConflict)
    }
    deletions = [c for c in result.conflicts if isinstance(c, DeletionConflict)]
    deleted_roots = {(c.key, c.deleted_in.value) for c in deletions}
    sides = {"ours": o, "theirs": t}

    def covered(key: RecordKey, lacking: str) -> bool:
        holder = sides["theirs" if lacking == "ours" else "ours"]
        tops = {key} | ancestors(b, key) | ancestors(holder, key)
        return any((top, lacking) in deleted_roots for top in tops)

    keys = set(b.keys()) | set(o.keys()) | set(t.keys()) | set(m.keys())
    for key in keys:
        in_b, in_o, in_t, in_m = key in b, key in o, key in t, key in m
        if in_o and in_t:
            assert in_m, f"{key}: both copies have it, the merge lost it"
            fb, fo, ft, fm = fields(b, key), fields(o, key), fields(t, key), fields(m, key)
            for name in set(fo) | set(ft) | set(fb):
                vb = fb.get(name, MISSING) if in_b else MISSING
                vo, vt = fo.get(name, MISSING), ft.get(name, MISSING)
                vm = fm.get(name, MISSING)
                fit = _fitter(m, key, name)
                conflict = field_conflicts.get((key, name))
                if _eq(vo, vt):
                    assert _eq(vm, fit(vo)), f"{key}.{name}: both say {vo!r}, merge {vm!r}"
                    assert conflict is None
                elif in_b and _eq(vb, vo):
                    assert _eq(vm, fit(vt)), f"{key}.{name}: theirs made it {vt!r}, merge {vm!r}"
                    assert conflict is None
                elif in_b and _eq(vb, vt):
                    assert _eq(vm, fit(vo)), f"{key}.{name}: ours made it {vo!r}, merge {vm!r}"
                    assert conflict is None
                else:
                    assert conflict is not None, f"{key}.{name}: changed both ways, no conflict"
                    assert _eq(vm, fit(vo)), f"{key}.{name}: the default is ours"
        elif in_o or in_t:
            holder, lacking = (o, "theirs") if in_o else (t, "ours")
            if not in_b:
                assert in_m, f"{key}: added in {'ours' if in_o else 'theirs'}, merge lost it"
                assert _fitted(m, key, holder), f"{key}: added, then changed"
            elif fields(holder, key) != fields(b, key):
                assert in_m, f"{key}: changed in one copy, deleted in the other, not kept"
                assert covered(key, lacking), f"{key}: edited and deleted, no conflict"
                assert _fitted(m, key, holder), f"{key}: kept, then changed"
            elif in_m:
                every_map = any("deleted every map" in note for note in result.summary.adjustments)
                assert covered(key, lacking) or every_map, (
                    f"{key}: deleted, unchanged, yet it came back"
                )
        else:
            assert not in_m, f"{key}: neither copy has it, the merge does"

    for conflict in result.conflicts:
        key = conflict.key
        if isinstance(conflict, FieldConflict):
            name = conflict.field
            vb = fields(b, key).get(name, MISSING)
            vo, vt = fields(o, key).get(name, MISSING), fields(t, key).get(name, MISSING)
            assert not _eq(vo, vt) and not _eq(vb, vo) and not _eq(vb, vt), conflict
        elif isinstance(conflict, DeletionConflict):
            holder = t if conflict.deleted_in.value == "ours" else o
            lacking = o if conflict.deleted_in.value == "ours" else t
            assert key in b and key not in lacking and key in holder, conflict
            assert conflict.changes, conflict
            for change in conflict.changes:
                assert change in holder, (conflict, change)
                assert change not in b or fields(b, change) != fields(holder, change), (
                    f"{conflict.describe()}: {change} did not change in the other copy"
                )
        elif isinstance(conflict, OrderConflict):
            assert key in o and key in t, conflict
            assert conflict.ours_after != conflict.theirs_after, conflict
        else:  # pragma: no cover - three-way merges have no presence conflicts
            raise AssertionError(f"unexpected conflict {conflict}")

    _check_orders(b, o, t, m, result)


def _check_orders(b: Snapshot, o: Snapshot, t: Snapshot, m: Snapshot, result: MergeResult) -> None:
    """A list only one copy reordered follows that copy's order; with an order conflict
    it follows ours (the default)."""
    conflicted = {c.key for c in result.conflicts if isinstance(c, OrderConflict)}
    for list_key, merged in m.orders.items():
        if list_key.name not in MEANINGFUL_ORDER:
            continue
        kind = LIST_KINDS[list_key.name]
        base = b.orders.get(list_key, ())
        mine, other = o.orders.get(list_key, ()), t.orders.get(list_key, ())
        if any(RecordKey(kind, list_key.map_id, item) in conflicted for item in merged):
            continue
        if _kept_base_order(mine, base):
            assert _within(merged, other) == _within(other, merged), (list_key, base, other)
        if _kept_base_order(other, base):
            assert _within(merged, mine) == _within(mine, merged), (list_key, base, mine)


def _kept_base_order(side: tuple[str, ...], base: tuple[str, ...]) -> bool:
    return _within(side, base) == _within(base, side)


def _within(items: tuple[str, ...] | list[str], other: tuple[str, ...] | list[str]) -> list[str]:
    keep = set(other)
    return [item for item in items if item in keep]


def _fitted(m: Snapshot, key: RecordKey, holder: Snapshot) -> bool:
    """The merged record is the holder's, with its values fitted (see `_fitter`)."""
    merged, held = fields(m, key), fields(holder, key)
    return merged.keys() == held.keys() and all(
        _eq(merged[name], _fitter(m, key, name)(value)) for name, value in held.items()
    )


def _fitter(m: Snapshot, key: RecordKey, name: str) -> Any:
    """How the merge must adjust a value: an emotion score onto the merged map's scale."""
    if key.kind is Kind.POINT and name == "score" and key in m:
        scale = m.get(RecordKey(Kind.MAP, "", key.map_id)).emotion_scale
        return lambda value: scale.clamp(value) if isinstance(value, int) else value
    return lambda value: value


def _eq(a: Any, b: Any) -> bool:
    if a is MISSING or b is MISSING:
        return a is b
    return bool(a == b)
