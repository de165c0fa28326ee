"""Commands on cards: add, move (one or several, between or within cells), edit, delete,
duplicate and paste.

A card's place is its cell (persona band, lane, stage) and its `order` in that cell. Every
command here that changes a cell rewrites it whole through `place_cards`, so each touched
cell is numbered 0..n-1 afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mapstudio.edit._ops import (
    card_index,
    check_asset,
    check_totals,
    check_unknown_fields,
    clamp_index,
    derived_id,
    distinct_ids,
    get_map,
    lookup_many,
    place_cards,
    plural,
    put_map,
    reading_order,
    replace_cards,
    require_new_id,
    revalidate,
    target_cell,
    validated,
)
from mapstudio.edit.command import Changes, CommandError
from mapstudio.model import (
    Card,
    CellKey,
    JourneyMap,
    Project,
    cell_of,
    new_id,
)

# What the inspector may change on a card. The cell and order are not here: they change
# only through MoveCards, which keeps the cells numbered.
CARD_FIELDS = frozenset(
    {
        "title",
        "body",
        "channel",
        "severity",
        "impact",
        "effort",
        "value",
        "target",
        "unit",
        "tags",
        "color",
        "image_asset_id",
        "evidence",
    }
)


def _require_new_ids(journey_map: JourneyMap, ids: tuple[str, ...]) -> None:
    # Only a command applied twice to its own result can collide with its derived ids.
    taken = {card.id for card in journey_map.cards}
    for card_id in ids:
        if card_id in taken:
            raise CommandError(f"A card with id '{card_id}' already exists.")


def _cell_cards(journey_map: JourneyMap, key: CellKey) -> tuple[Card, ...]:
    return _cells(journey_map, {key})[key]


def _cells(journey_map: JourneyMap, keys: set[CellKey]) -> dict[CellKey, tuple[Card, ...]]:
    """The cards of several cells, top to bottom, from the map's card index (built once
    per cards tuple, then kept up to date by the commands), so a move or delete does not
    scan every card of a large map."""
    index = card_index(journey_map)
    return {key: index.cell_cards(key) for key in keys}


def _find_cards(journey_map: JourneyMap, ids: tuple[str, ...]) -> list[Card]:
    """The cards with these ids in the order of `ids`, or CommandError (see lookup_many)."""
    index = card_index(journey_map)
    if not index.unique:
        return lookup_many(journey_map.cards, ids, "card")
    positions = index.positions
    missing = [card_id for card_id in ids if card_id not in positions]
    if missing:
        raise CommandError(f"There is no card with id '{missing[0]}'.")
    return [index.cards[positions[card_id]] for card_id in ids]


def cards_in_map_order(journey_map: JourneyMap, ids: Iterable[str]) -> list[Card]:
    """The cards of `journey_map` whose ids are in `ids`, in the map's file order; ids of
    no card are skipped. Through the card index, so the window's selection costs what is
    selected rather than what the map holds (a scan took ~20 ms at 20,000 cards, on every
    edit)."""
    index = card_index(journey_map)
    wanted = set(ids)
    if not index.unique:
        return [card for card in journey_map.cards if card.id in wanted]
    positions = index.positions
    found = sorted(positions[card_id] for card_id in wanted if card_id in positions)
    return [index.cards[i] for i in found]


@dataclass(frozen=True)
class AddCard:
    """Put a new card into its cell (from the card's persona, lane and stage) at `slot`
    (None = at the bottom)."""

    map_id: str
    card: Card
    slot: int | None = None

    @property
    def label(self) -> str:
        return "Add Card"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        card = validated(Card, self.card, "card")
        require_new_id(journey_map.cards, card.id, "card")
        check_totals(project, cards=1)
        check_asset(project, card.image_asset_id)
        key = target_cell(journey_map, card.persona_id, card.lane_id, card.stage_id)
        current = _cell_cards(journey_map, key)
        at = clamp_index(self.slot, len(current))
        cell = [*current[:at], card, *current[at:]]
        return put_map(project, place_cards(journey_map, {key: cell}))


@dataclass(frozen=True)
class MoveCards:
    """Move one or several cards, keeping their relative order (as the canvas lists them),
    into one cell at `slot`.

    `slot` is a gap in the target cell as it is shown before the move (0 = above the first
    card, None = below the last), i.e. what hit-testing the current layout returns; when the
    moved cards come from that same cell, the command accounts for them. A card moved into a
    shared lane belongs to no persona; into a persona lane, to `persona_id`.
    """

    map_id: str
    card_ids: tuple[str, ...]
    persona_id: str | None
    lane_id: str
    stage_id: str
    slot: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", tuple(self.card_ids))

    @property
    def label(self) -> str:
        return f"Move {plural(len(self.card_ids), 'Card')}"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        ids = distinct_ids(self.card_ids, "card")
        moving = _find_cards(journey_map, ids)
        moving.sort(key=reading_order(journey_map))
        target = target_cell(journey_map, self.persona_id, self.lane_id, self.stage_id)
        moving_ids = set(ids)
        cells_now = _cells(journey_map, {target, *(cell_of(card) for card in moving)})
        current = cells_now[target]
        at = clamp_index(self.slot, len(current))
        # Cards that leave from above the gap shift it up by one each.
        at -= sum(1 for card in current[:at] if card.id in moving_ids)
        staying = [card for card in current if card.id not in moving_ids]
        cells: dict[CellKey, list[Card]] = {target: [*staying[:at], *moving, *staying[at:]]}
        for source, cards in cells_now.items():
            if source != target:
                cells[source] = [card for card in cards if card.id not in moving_ids]
        return put_map(project, place_cards(journey_map, cells))


@dataclass(frozen=True)
class UpdateCard:
    """Change fields of one card (see CARD_FIELDS), e.g. {"title": "Checkout", "severity": 4}."""

    map_id: str
    card_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return "Rename Card" if set(self.changes) == {"title"} else "Edit Card"

    def apply(self, project: Project) -> Project:
        return UpdateCards(self.map_id, (self.card_id,), self.changes).apply(project)


@dataclass(frozen=True)
class UpdateCards:
    """Give several cards the same changes (e.g. a colour or a tag set for a selection)."""

    map_id: str
    card_ids: tuple[str, ...]
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", tuple(self.card_ids))
        object.__setattr__(self, "changes", Changes(self.changes))

    @property
    def label(self) -> str:
        return f"Edit {plural(len(self.card_ids), 'Card')}"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        ids = distinct_ids(self.card_ids, "card")
        if "image_asset_id" in self.changes:
            check_asset(project, self.changes["image_asset_id"])
        originals = _find_cards(journey_map, ids)
        updated = {
            card.id: revalidate(card, self.changes, CARD_FIELDS, "card") for card in originals
        }
        if all(updated[card.id] is card for card in originals):
            return project
        return put_map(project, replace_cards(journey_map, updated))


@dataclass(frozen=True)
class DeleteCards:
    """Delete cards; the cards left in each cell close the gap."""

    map_id: str
    card_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", tuple(self.card_ids))

    @property
    def label(self) -> str:
        return f"Delete {plural(len(self.card_ids), 'Card')}"

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        doomed = lookup_many(journey_map.cards, distinct_ids(self.card_ids, "card"), "card")
        ids = {card.id for card in doomed}
        affected = _cells(journey_map, {cell_of(card) for card in doomed})
        cells = {key: [c for c in cards if c.id not in ids] for key, cards in affected.items()}
        return put_map(project, place_cards(journey_map, cells, removed=ids))


@dataclass(frozen=True)
class DuplicateCards:
    """Copy cards in place: each copy goes right below the last selected card of its cell.

    The copies' ids are derived from `seed`, so `new_card_ids` tells the UI what to select.
    """

    map_id: str
    card_ids: tuple[str, ...]
    seed: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", tuple(self.card_ids))

    @property
    def label(self) -> str:
        return f"Duplicate {plural(len(self.card_ids), 'Card')}"

    @property
    def new_card_ids(self) -> tuple[str, ...]:
        """The ids of the copies, in the order of `card_ids`."""
        return tuple(derived_id(self.seed, i, card_id) for i, card_id in enumerate(self.card_ids))

    def apply(self, project: Project) -> Project:
        journey_map = get_map(project, self.map_id)
        ids = distinct_ids(self.card_ids, "card")
        check_totals(project, cards=len(ids))
        originals = lookup_many(journey_map.cards, ids, "card")
        _require_new_ids(journey_map, self.new_card_ids)
        copies = {
            original.id: original.model_copy(update={"id": copy_id})
            for original, copy_id in zip(originals, self.new_card_ids, strict=True)
        }
        cells: dict[CellKey, list[Card]] = {}
        for key, cards in _cells(journey_map, {cell_of(card) for card in originals}).items():
            current = list(cards)
            chosen = [card for card in current if card.id in copies]
            last = current.index(chosen[-1])
            cells[key] = [
                *current[: last + 1],
                *(copies[card.id] for card in chosen),
                *current[last + 1 :],
            ]
        result = put_map(project, place_cards(journey_map, cells))
        check_unknown_fields(result, copies.values())
        return result


@dataclass(frozen=True)
class PasteCards:
    """Paste copies of `cards` (e.g. from the clipboard, possibly from another map) into one
    cell at `slot`, in the given order, with fresh ids (see `new_card_ids`).

    A pasted card's picture is dropped when this project does not hold that image.
    """

    map_id: str
    cards: tuple[Card, ...]
    persona_id: str | None
    lane_id: str
    stage_id: str
    slot: int | None = None
    seed: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cards", tuple(self.cards))

    @property
    def label(self) -> str:
        return f"Paste {plural(len(self.cards), 'Card')}"

    @property
    def new_card_ids(self) -> tuple[str, ...]:
        """The ids of the pasted cards, in the order of `cards`."""
        return tuple(derived_id(self.seed, i, card.id) for i, card in enumerate(self.cards))

    def apply(self, project: Project) -> Project:
        if not self.cards:
            raise CommandError("There is nothing to paste.")
        journey_map = get_map(project, self.map_id)
        check_totals(project, cards=len(self.cards))
        target = target_cell(journey_map, self.persona_id, self.lane_id, self.stage_id)
        _require_new_ids(journey_map, self.new_card_ids)
        pasted = []
        for card, copy_id in zip(self.cards, self.new_card_ids, strict=True):
            update: dict[str, Any] = {"id": copy_id}
            if card.image_asset_id is not None and card.image_asset_id not in project.assets:
                update["image_asset_id"] = None
            pasted.append(validated(Card, card.model_copy(update=update), "card"))
        current = _cell_cards(journey_map, target)
        at = clamp_index(self.slot, len(current))
        cells = {target: [*current[:at], *pasted, *current[at:]]}
        result = put_map(project, place_cards(journey_map, cells))
        check_unknown_fields(result, pasted)
        return result
