"""Orders of lists: which items moved, and a three-way merge of two reorderings.

Items are ids, unique within a list. An item *moved* on one side when it is not part of
the longest run of items that kept their relative order (the longest common subsequence,
which for lists of unique items is a longest increasing subsequence: O(n log n), so a
map of thousands of cards stays fast). Items a side moved or added are *placed* by that
side: the merge puts each one right after the item that precedes it on that side. Items
nobody placed keep the base order. An item both sides placed after different items is a
conflict; the chosen side places it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass


def stable_items(before: Sequence[str], after: Sequence[str]) -> set[str]:
    """The items common to both lists that kept their relative order (a longest run)."""
    position = {item: i for i, item in enumerate(before)}
    common = [position[item] for item in after if item in position]
    return {before[i] for i in _longest_increasing(common)}


def moved_items(before: Sequence[str], after: Sequence[str]) -> set[str]:
    """Items in both lists whose place changed relative to the others."""
    position = {item: i for i, item in enumerate(before)}
    common = [item for item in after if item in position]
    return set(common) - stable_items(before, after)


def _longest_increasing(values: Sequence[int]) -> list[int]:
    """A longest strictly increasing subsequence of distinct integers (patience sort)."""
    tails: list[int] = []  # tails[k]: index into values of the smallest tail of length k+1
    tail_values: list[int] = []
    previous: list[int] = [-1] * len(values)
    for index, value in enumerate(values):
        at = bisect_left(tail_values, value)
        if at > 0:
            previous[index] = tails[at - 1]
        if at == len(tails):
            tails.append(index)
            tail_values.append(value)
        else:
            tails[at] = index
            tail_values[at] = value
    result: list[int] = []
    index = tails[-1] if tails else -1
    while index >= 0:
        result.append(values[index])
        index = previous[index]
    result.reverse()
    return result


def predecessor(items: Sequence[str], item: str) -> str | None:
    """The item just before `item` in `items` (None when it is first)."""
    at = items.index(item)
    return items[at - 1] if at else None


@dataclass(frozen=True)
class PlacementConflict:
    """An item both sides moved, to different places: after `ours_after` on our side and
    after `theirs_after` on theirs (None = first)."""

    item: str
    ours_after: str | None
    theirs_after: str | None


def merge_order(
    base: Sequence[str] | None,
    ours: Sequence[str],
    theirs: Sequence[str],
    members: Collection[str],
    choices: Mapping[str, str] | None = None,
) -> tuple[list[str], list[PlacementConflict], dict[str, str]]:
    """The merged order of `members` (the items the merged list holds).

    Without a base (a two-way merge) our order counts as the base, and every item both
    lists hold that theirs places elsewhere is a conflict. `choices` maps an item to
    "ours" or "theirs" for its conflict (default "ours"). Returns the order, the
    conflicts and, for each item placed by one side, that side ("ours" / "theirs").
    """
    choices = choices or {}
    members = set(members)
    shortcut = _unchanged_side(base, ours, theirs, members)
    if shortcut is not None:
        return shortcut
    two_way = base is None
    reference = list(ours) if base is None else list(base)
    in_reference = set(reference)
    ours_index = {item: i for i, item in enumerate(ours)}
    theirs_index = {item: i for i, item in enumerate(theirs)}
    by_ours = set() if two_way else _placed(reference, in_reference, ours)
    by_theirs = _placed(reference, in_reference, theirs)
    contested = (by_theirs & ours_index.keys()) if two_way else (by_ours & by_theirs)
    conflicts: list[PlacementConflict] = []
    for item in sorted(contested & members, key=ours_index.__getitem__):
        ours_after = _before(ours, ours_index, item)
        theirs_after = _before(theirs, theirs_index, item)
        if ours_after != theirs_after:
            conflicts.append(PlacementConflict(item, ours_after, theirs_after))
            if choices.get(item) == "theirs":
                by_ours.discard(item)
                continue
        # Ours places it (or, two-way, it keeps our place).
        by_theirs.discard(item)

    # A singly linked list, so that each insertion costs O(1).
    following: dict[object, str | None] = {}
    last: object = _HEAD
    present: set[str] = set()
    for item in reference:
        if item in members and item not in by_ours and item not in by_theirs:
            following[last] = item
            last = item
            present.add(item)
    following[last] = None

    origin: dict[str, str] = {}
    ours_new: set[str] = set()
    for side, items, placed in (("ours", ours, by_ours), ("theirs", theirs, by_theirs)):
        for at, item in enumerate(items):
            if item not in placed or item not in members or item in present:
                continue
            # The nearest item before it on this side whose place this side agrees
            # with: not one the other side moved.
            anchor: object = _HEAD
            for look in range(at - 1, -1, -1):
                candidate = items[look]
                if candidate in present and origin.get(candidate, side) == side:
                    anchor = candidate
                    break
            if side == "theirs":
                # Ours' additions at the same spot come first, so both stay together.
                while following[anchor] in ours_new:
                    anchor = following[anchor]
            following[item] = following[anchor]
            following[anchor] = item
            present.add(item)
            origin[item] = side
            if side == "ours":
                ours_new.add(item)

    result: list[str] = []
    cursor = following[_HEAD]
    while cursor is not None:
        result.append(cursor)
        cursor = following[cursor]
    # Members no list places (restored records whose neighbours are all gone) go last.
    missing = members - present
    if missing:
        result.extend(item for item in _stable_union(ours, theirs, reference) if item in missing)
    return result, conflicts, origin


_HEAD = object()  # the start of the linked list in merge_order


def _unchanged_side(
    base: Sequence[str] | None,
    ours: Sequence[str],
    theirs: Sequence[str],
    members: set[str],
) -> tuple[list[str], list[PlacementConflict], dict[str, str]] | None:
    """The common cases without work: a side that kept the base order takes the other
    side's order (when that holds exactly the members)."""
    ours, theirs = tuple(ours), tuple(theirs)
    if ours == theirs and len(ours) == len(members) and members.issuperset(ours):
        return list(ours), [], {}
    if base is None:
        return None
    base = tuple(base)
    for kept, other, side in ((ours, theirs, "theirs"), (theirs, ours, "ours")):
        if kept == base and len(other) == len(members) and members.issuperset(other):
            placed = _placed(base, set(base), other) if other != base else set()
            return list(other), [], dict.fromkeys(placed, side)
    return None


def _placed(reference: Sequence[str], in_reference: set[str], side: Sequence[str]) -> set[str]:
    """Items a side added or moved relative to the reference."""
    added = {item for item in side if item not in in_reference}
    return added | moved_items(reference, side)


def _before(items: Sequence[str], index: Mapping[str, int], item: str) -> str | None:
    at = index[item]
    return items[at - 1] if at else None


def _stable_union(*lists: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    union: list[str] = []
    for items in lists:
        for item in items:
            if item not in seen:
                seen.add(item)
                union.append(item)
    return union
