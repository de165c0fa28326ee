"""Private building blocks of the commands: tuple surgery by id, cells and their order,
checked look-ups and validation of changed fields.

Kept in one place so every command stays a few lines long and all of them agree on the
details (how indexes are clamped, how a cell is renumbered, how errors are worded).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from mapstudio.edit.command import Changes, CommandError
from mapstudio.model import (
    Asset,
    Card,
    CellKey,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneScope,
    Persona,
    Project,
    Record,
    Stage,
    cell_accepts_cards,
    cell_of,
)
from mapstudio.model.swaps import note_card_swaps
from mapstudio.model.types import MAX_CARDS, MAX_EMOTION_POINTS
from mapstudio.model.unknown import MAX_UNKNOWN_VALUES, project_unknown_values


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)
# The model classes a command may rebuild. Constrained rather than bound to pydantic's
# BaseModel so this package imports nothing but mapstudio.model and the stdlib.
M = TypeVar("M", Asset, Card, EmotionPoint, EmotionScale, JourneyMap, Lane, Persona, Project, Stage)


# -- wording ---------------------------------------------------------------------------


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """ "Card" for one, "3 Cards" for several: the shape of Undo-menu labels."""
    if count == 1:
        return noun
    return f"{count} {plural_noun or noun + 's'}"


# -- tuples of items with ids ----------------------------------------------------------


def lookup(items: Iterable[T], item_id: str, what: str) -> T:
    """The item with this id, or CommandError naming what was looked for."""
    for item in items:
        if item.id == item_id:
            return item
    raise CommandError(f"There is no {what} with id '{item_id}'.")


def lookup_many(items: Iterable[T], ids: Sequence[str], what: str) -> list[T]:
    """The items with these ids, in the order of `ids` (one pass over `items`)."""
    by_id = {item.id: item for item in items}
    missing = [item_id for item_id in ids if item_id not in by_id]
    if missing:
        raise CommandError(f"There is no {what} with id '{missing[0]}'.")
    return [by_id[item_id] for item_id in ids]


def index_of(items: Sequence[T], item_id: str, what: str) -> int:
    """The position of the item with this id, or CommandError."""
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise CommandError(f"There is no {what} with id '{item_id}'.")


def require_new_id(items: Iterable[_HasId], item_id: str, what: str) -> None:
    """Refuse to add an item whose id is already taken (ids must stay unique)."""
    if any(item.id == item_id for item in items):
        raise CommandError(f"A {what} with id '{item_id}' already exists.")


def clamp_index(index: int | None, length: int) -> int:
    """An insertion index: None means the end; anything outside 0..length is clamped,
    because a drop past the last item means "at the end", not an error."""
    if index is None:
        return length
    return max(0, min(length, index))


def insert_item(items: tuple[T, ...], item: T, index: int | None) -> tuple[T, ...]:
    """`items` with `item` inserted at `index` (None = end)."""
    at = clamp_index(index, len(items))
    return (*items[:at], item, *items[at:])


def replace_item(items: tuple[T, ...], new: T) -> tuple[T, ...]:
    """`items` with the item of the same id swapped for `new` (structure is shared)."""
    return tuple(new if item.id == new.id else item for item in items)


def remove_ids(items: tuple[T, ...], ids: Collection[str]) -> tuple[T, ...]:
    """`items` without the ones whose id is in `ids`."""
    return tuple(item for item in items if item.id not in ids)


def move_item(items: tuple[T, ...], item_id: str, new_index: int, what: str) -> tuple[T, ...]:
    """`items` with one item moved so that it ends up at `new_index` (clamped)."""
    old = index_of(items, item_id, what)
    rest = items[:old] + items[old + 1 :]
    at = max(0, min(len(rest), new_index))
    if at == old:
        return items  # unchanged: the caller can tell a no-op by identity
    return (*rest[:at], items[old], *rest[at:])


def move_plain(values: tuple[str, ...], value: str, new_index: int) -> tuple[str, ...]:
    """Like move_item for a tuple of plain ids (map bands)."""
    old = values.index(value)
    rest = values[:old] + values[old + 1 :]
    at = max(0, min(len(rest), new_index))
    if at == old:
        return values
    return (*rest[:at], value, *rest[at:])


def distinct_ids(ids: Sequence[str], what: str) -> tuple[str, ...]:
    """The ids of a multi-item command: at least one, each once."""
    if not ids:
        raise CommandError(f"No {what} was given.")
    if len(set(ids)) != len(ids):
        raise CommandError(f"The same {what} was given twice.")
    return tuple(ids)


def check_limit(count: int, limit: int, what: str) -> None:
    """Refuse to grow a collection past the model's size limit."""
    if count > limit:
        raise CommandError(f"There can be at most {limit:,} {what}.")


def check_totals(project: Project, *, cards: int = 0, points: int = 0) -> None:
    """Refuse to add `cards` and `points` when the project as a whole would then hold
    more than the model allows (the limits count every map together)."""
    if cards:
        total = sum(len(m.cards) for m in project.maps) + cards
        check_limit(total, MAX_CARDS, "cards in a project")
    if points:
        total = sum(len(m.emotion_points) for m in project.maps) + points
        check_limit(total, MAX_EMOTION_POINTS, "emotion points in a project")


def check_unknown_fields(project: Project, added: Iterable[Record]) -> None:
    """Refuse a `project` whose unknown fields (kept for a newer mapstudio) grew past the
    model's limit because of the `added` records (pasted or copied). Records without
    unknown fields, nearly all of them, cost one look each."""
    grew = any(record.__pydantic_extra__ for record in added)
    if grew and project_unknown_values(project) > MAX_UNKNOWN_VALUES:
        raise CommandError(
            "The cards carry more data from a newer mapstudio than a project can keep "
            f"({MAX_UNKNOWN_VALUES:,} values in all)."
        )


# -- maps in a project -----------------------------------------------------------------


def get_map(project: Project, map_id: str) -> JourneyMap:
    """The map with this id, or CommandError."""
    return lookup(project.maps, map_id, "map")


def put_map(project: Project, new_map: JourneyMap) -> Project:
    """The project with one map replaced; the same project when the map did not change."""
    old = get_map(project, new_map.id)
    if old is new_map:
        return project
    return project.model_copy(update={"maps": replace_item(project.maps, new_map)})


def edit_map(project: Project, map_id: str, change: Callable[[JourneyMap], JourneyMap]) -> Project:
    """The project with `change` applied to one map."""
    return put_map(project, change(get_map(project, map_id)))


# -- validation of changed fields ------------------------------------------------------


def _describe(error: ValueError) -> str:
    # Pydantic's ValidationError is a ValueError with a structured errors() list; use it
    # to say which field is wrong, without pydantic's URLs and input echoes.
    errors = getattr(error, "errors", None)
    if not callable(errors):
        return str(error)
    parts = []
    for item in errors():
        where = ".".join(str(part) for part in item.get("loc", ()))
        message = str(item.get("msg", "invalid value"))
        # Pydantic starts with "Value error, " for errors raised by our own validators.
        message = message.removeprefix("Value error, ")
        message = message[:1].lower() + message[1:]
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def invalid(what: str, error: ValueError) -> CommandError:
    """A plain-words CommandError for a failed model validation."""
    return CommandError(f"The {what} cannot take these values ({_describe(error)}).")


def revalidate(model: M, changes: Mapping[str, Any], allowed: Collection[str], what: str) -> M:
    """`model` with `changes` applied and validated as a whole, so an invalid value raises
    CommandError instead of slipping into the project.

    The model is rebuilt from its own field values (nested models are passed through as
    instances, which pydantic does not re-validate), so this stays cheap.
    """
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise CommandError(f"A {what} has no editable field {', '.join(map(repr, unknown))}.")
    if not changes:
        return model
    plain = Changes(changes).to_dict()
    current = dict(model)
    if all(name in current and current[name] == value for name, value in plain.items()):
        return model  # nothing really changes: keep identity so the edit is a no-op
    try:
        checked = type(model).model_validate({**current, **plain})
    except ValueError as error:  # pydantic's ValidationError
        raise invalid(what, error) from None
    # Take only the changed fields from the checked copy, so every other field keeps its
    # identity (a map's 5,000 cards stay shared with the previous snapshot).
    return model.model_copy(update={name: getattr(checked, name) for name in plain})


def validated(model_type: type[M], value: M, what: str) -> M:
    """Re-validate a model handed in by a caller (it may have been built without checks)."""
    try:
        return model_type.model_validate(dict(value))
    except ValueError as error:  # pydantic's ValidationError
        raise invalid(what, error) from None


def check_asset(project: Project, asset_id: str | None) -> None:
    """An image reference must name an embedded asset."""
    if asset_id is not None and asset_id not in project.assets:
        raise CommandError(f"There is no image with id '{asset_id}' in this project.")


def finite(value: float, what: str) -> float:
    """Refuse NaN and infinities, which no clamp can turn into a place on the map."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CommandError(f"The {what} must be a finite number.")
    return float(value)


def clamp_offset(offset: float) -> float:
    """An offset within a stage: 0 is its left edge, 1 its right edge."""
    return max(0.0, min(1.0, finite(offset, "offset")))


# -- cells -----------------------------------------------------------------------------


def target_cell(
    journey_map: JourneyMap, persona_id: str | None, lane_id: str, stage_id: str
) -> CellKey:
    """The checked cell for a drop: the lane and stage exist and the lane holds cards; a
    shared lane belongs to no persona (whatever band the drop came from) and a persona lane
    needs a persona that is shown on the map."""
    lane: Lane = lookup(journey_map.lanes, lane_id, "lane")
    lookup(journey_map.stages, stage_id, "stage")
    if not cell_accepts_cards(lane):
        raise CommandError("The emotion lane holds the emotion curve, not cards.")
    if lane.scope is LaneScope.SHARED:
        return CellKey(None, lane_id, stage_id)
    if persona_id is None:
        raise CommandError(f"The lane '{lane.title or lane.kind.value}' needs a persona.")
    if persona_id not in journey_map.bands:
        raise CommandError(f"The persona with id '{persona_id}' is not shown on this map.")
    return CellKey(persona_id, lane_id, stage_id)


class CardIndex:
    """Where each card of one map's `cards` tuple sits: position by id, positions by cell.

    Built once per tuple (O(cards)) and derived in O(touched cells) for the tuple that
    `place_cards` makes from it, so a small edit of a large map does not scan every card.
    Positions per cell are in file order, as a scan would find them.
    """

    __slots__ = ("cards", "cells", "positions")

    def __init__(
        self,
        cards: tuple[Card, ...],
        positions: dict[str, int],
        cells: dict[CellKey, tuple[int, ...]],
    ) -> None:
        self.cards = cards
        self.positions = positions
        self.cells = cells

    @classmethod
    def build(cls, cards: tuple[Card, ...]) -> CardIndex:
        positions = {card.id: i for i, card in enumerate(cards)}
        grouped: dict[CellKey, list[int]] = {}
        for i, card in enumerate(cards):
            grouped.setdefault(cell_of(card), []).append(i)
        return cls(cards, positions, {key: tuple(slots) for key, slots in grouped.items()})

    @property
    def unique(self) -> bool:
        """Whether every id occurs once (a repaired file always; then lookups are exact)."""
        return len(self.positions) == len(self.cards)

    def cell_cards(self, key: CellKey) -> tuple[Card, ...]:
        """The cards of one cell, top to bottom (stable on equal `order`)."""
        cards = self.cards
        return tuple(sorted((cards[i] for i in self.cells.get(key, ())), key=_by_order))


# The indexes of the last few card tuples (undo and redo go back and forth between them).
_INDEXES: dict[int, CardIndex] = {}
_MAX_INDEXES = 4


def card_index(journey_map: JourneyMap) -> CardIndex:
    """The index of `journey_map.cards`, from the cache when that tuple was seen."""
    cards = journey_map.cards
    index = _INDEXES.get(id(cards))
    if index is None or index.cards is not cards:
        index = CardIndex.build(cards)
        _remember(index)
    return index


def _remember(index: CardIndex) -> None:
    _INDEXES.pop(id(index.cards), None)
    _INDEXES[id(index.cards)] = index
    while len(_INDEXES) > _MAX_INDEXES:
        del _INDEXES[next(iter(_INDEXES))]


def _by_order(card: Card) -> int:
    return card.order


def place_cards(
    journey_map: JourneyMap,
    cells: Mapping[CellKey, Sequence[Card]],
    removed: Collection[str] = (),
) -> JourneyMap:
    """The map with each listed cell holding exactly the given cards in the given order.

    Every card listed gets the cell's persona, lane and stage and its position as `order`
    (so each rewritten cell is numbered 0..n-1); cards not yet on the map are appended;
    cards whose id is in `removed` are dropped. Cards that end up unchanged keep their
    identity, and an unchanged map is returned as is, so a drop in place is a no-op.
    """
    updates: dict[str, Card] = {}
    for key, cards in cells.items():
        for order, card in enumerate(cards):
            wanted = {
                "persona_id": key.persona_id,
                "lane_id": key.lane_id,
                "stage_id": key.stage_id,
                "order": order,
            }
            diff = {name: value for name, value in wanted.items() if getattr(card, name) != value}
            updates[card.id] = card.model_copy(update=diff) if diff else card
    if not removed:
        index = card_index(journey_map)
        positions = index.positions
        if index.unique and all(card_id in positions for card_id in updates):
            return _replace_in_place(journey_map, index, updates)
    kept: list[Card] = []
    seen: set[str] = set()
    for card in journey_map.cards:
        if card.id in removed:
            continue
        seen.add(card.id)
        kept.append(updates.get(card.id, card))
    kept.extend(card for card_id, card in updates.items() if card_id not in seen)
    if len(kept) == len(journey_map.cards) and all(
        a is b for a, b in zip(kept, journey_map.cards, strict=True)
    ):
        return journey_map
    return journey_map.model_copy(update={"cards": tuple(kept)})


def replace_cards(journey_map: JourneyMap, updates: Mapping[str, Card]) -> JourneyMap:
    """The map with cards swapped by id for the given versions (positions kept)."""
    index = card_index(journey_map)
    if index.unique and all(card_id in index.positions for card_id in updates):
        return _replace_in_place(journey_map, index, updates)
    cards = tuple(updates.get(card.id, card) for card in journey_map.cards)
    return journey_map.model_copy(update={"cards": cards})


def _replace_in_place(
    journey_map: JourneyMap, index: CardIndex, updates: Mapping[str, Card]
) -> JourneyMap:
    """`place_cards` when every card is already on the map: swap them at their positions
    (O(changed) plus one tuple copy) and derive the new tuple's index from this one."""
    old = index.cards
    positions = index.positions
    changed = [(positions[card_id], card) for card_id, card in updates.items()]
    changed = [(i, card) for i, card in changed if old[i] is not card]
    if not changed:
        return journey_map
    kept = list(old)
    cells = dict(index.cells)
    moved: dict[CellKey, set[int]] = {}
    arrived: dict[CellKey, set[int]] = {}
    for i, card in changed:
        kept[i] = card
        before, after = cell_of(old[i]), cell_of(card)
        if before != after:
            moved.setdefault(before, set()).add(i)
            arrived.setdefault(after, set()).add(i)
    for key in moved.keys() | arrived.keys():
        slots = set(cells.get(key, ())) - moved.get(key, set()) | arrived.get(key, set())
        if slots:
            cells[key] = tuple(sorted(slots))
        else:
            cells.pop(key, None)
    cards = tuple(kept)
    # Ids keep their positions, so the position map is shared (it is never mutated).
    _remember(CardIndex(cards, positions, cells))
    # The layout finds the swapped cards from this instead of comparing the tuples.
    note_card_swaps(old, cards, tuple(sorted(i for i, _card in changed)))
    return journey_map.model_copy(update={"cards": cards})


def reading_order(journey_map: JourneyMap) -> Callable[[Card], tuple[int, int, int, int]]:
    """A sort key that lists cards as the canvas shows them: band by band (shared lanes
    last), lane by lane, then stage by stage, then top to bottom within a cell. Used to
    keep the relative order of a multi-card selection."""
    band = {pid: i for i, pid in enumerate(journey_map.bands)}
    lane = {ln.id: i for i, ln in enumerate(journey_map.lanes)}
    stage = {st.id: i for i, st in enumerate(journey_map.stages)}
    shared = len(band)

    def key(card: Card) -> tuple[int, int, int, int]:
        row = shared if card.persona_id is None else band.get(card.persona_id, shared + 1)
        return (row, lane.get(card.lane_id, -1), stage.get(card.stage_id, -1), card.order)

    return key


# -- fresh ids for copies --------------------------------------------------------------


def derived_id(seed: str, *parts: object) -> str:
    """A fresh id for a copy, derived from the command's random seed and the original, so
    that applying the same command twice to the same project gives the same result (apply
    stays a pure function) while ids still differ between two pastes."""
    text = ":".join([seed, *map(str, parts)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
