"""Which positions of a cards tuple an edit swapped, told by the edit layer to whoever
derives something from the tuples (the layout's cell index).

A card edit of a large map swaps a few cards in place and keeps every other position.
Comparing the old and new tuples position by position to find them costs the whole map
(3-8 ms at 20,000 cards, on every edit); the command that swapped them knows. Only the
last few pairs are kept: undo and redo go back and forth between them, and any other
pair is compared as before.
"""

from __future__ import annotations

from mapstudio.model.entities import Card

# after-tuple id -> (after, before, positions); the tuples are kept so ids stay theirs.
_SWAPS: dict[int, tuple[tuple[Card, ...], tuple[Card, ...], tuple[int, ...]]] = {}
_MAX_KEPT = 4


def note_card_swaps(
    before: tuple[Card, ...], after: tuple[Card, ...], positions: tuple[int, ...]
) -> None:
    """Record that `after` is `before` with other cards at `positions` (ascending) only."""
    _SWAPS.pop(id(after), None)
    _SWAPS[id(after)] = (after, before, positions)
    while len(_SWAPS) > _MAX_KEPT:
        del _SWAPS[next(iter(_SWAPS))]


def card_swaps(before: tuple[Card, ...], after: tuple[Card, ...]) -> list[int] | None:
    """The positions where `after` holds another card than `before`, ascending, when an
    edit recorded them; None when unknown (then compare the tuples)."""
    found = _SWAPS.get(id(after))
    if found is None or found[0] is not after or found[1] is not before:
        return None
    return list(found[2])
