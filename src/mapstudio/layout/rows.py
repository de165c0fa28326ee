"""Lane rows as one layout places them, and the card and cell mappings built on them.

A layout is made of lane rows. A row whose lane, columns and cards did not change since
the last layout is not built again: it is the very same row, at the same top or moved up
or down by the rows above it. A moved row makes its card and cell boxes at its new top
only when someone asks for them (a painter, a hit test), so an edit that changes one
row's height costs the rows below it nothing but their new top.

`CardMap` and `FilledCells` present the rows' boxes as the `MapLayout.cards` and
`CellMap.filled` mappings. Building them costs O(rows), not O(cards): the card -> row
index they look cards up in is kept up to date by the layout cache (patched for the rows
an edit rebuilds) and shared by successive layouts; an older layout whose cards moved
since falls back to asking its rows.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, Mapping, ValuesView
from dataclasses import replace
from typing import TYPE_CHECKING

from mapstudio.layout.boxes import CardBox, CellBox
from mapstudio.layout.cards import make_box
from mapstudio.layout.geometry import Rect
from mapstudio.model import CellKey

if TYPE_CHECKING:
    from mapstudio.layout.boxes import LaneLabelBox, RowBox
    from mapstudio.layout.cache import RowEntry

RowKey = tuple[str | None, str]  # (persona id or None for a shared lane, lane id)


class PlacedRow:
    """One lane row of one layout: a built row (`RowEntry`) at its top in that layout.

    At the top it was built at, the row's boxes are the entry's own. A row that only
    moved makes its card and cell boxes from the entry's contents at the new top when
    first asked, exactly as building the row there would make them (so a moved row
    equals a row built afresh at that top).
    """

    __slots__ = ("_cards", "_cells", "entry", "label", "moved", "row", "y")

    def __init__(self, entry: RowEntry, y: float) -> None:
        self.entry = entry
        self.y = y
        self.moved = y != entry.y
        self._cards: dict[str, CardBox] | None = None
        self._cells: dict[CellKey, CellBox] | None = None
        self.row: RowBox
        self.label: LaneLabelBox
        if not self.moved:
            self.row, self.label = entry.row, entry.label
            self._cards, self._cells = entry.cards, entry.cell_boxes
        else:
            self.row = replace(entry.row, y=y)
            rect = entry.label.rect
            self.label = replace(entry.label, rect=Rect(rect.x, y, rect.w, rect.h))

    @property
    def cards(self) -> dict[str, CardBox]:
        """Card id -> box, top to bottom within each cell, cells left to right."""
        if self._cards is None:
            y = self.y
            self._cards = {
                content.card_id: make_box(content, x, y)
                for cell, x in zip(self.entry.entries, self.entry.origins, strict=True)
                for content in cell.contents
            }
        return self._cards

    @property
    def cell_boxes(self) -> dict[CellKey, CellBox]:
        """The row's cells that hold cards, left to right."""
        if self._cells is None:
            y = self.y
            self._cells = {
                key: CellBox(
                    key, Rect(b.rect.x, y, b.rect.w, b.rect.h), b.kind, b.accepts_cards, b.card_ids
                )
                for key, b in self.entry.cell_boxes.items()
            }
        return self._cells

    def holds(self, card_id: str) -> bool:
        """Whether the card is in this row (no box is made to tell)."""
        return card_id in self.entry.cards


class CardMap(Mapping[str, CardBox]):
    """Every card box of a layout, row by row: `MapLayout.cards`.

    `where` maps card ids to their row's key. It is the layout cache's index, shared by
    successive layouts and patched by each; a layout made before the last patch may find
    a card's row there wrong (the card moved since), checks, and then asks its rows.
    """

    __slots__ = ("_by_key", "_count", "_rows", "_where")

    def __init__(
        self,
        rows: tuple[PlacedRow, ...],
        by_key: Mapping[RowKey, PlacedRow],
        where: Mapping[str, RowKey],
    ) -> None:
        self._rows = rows
        self._by_key = by_key
        self._where = where
        self._count = sum(len(row.entry.cards) for row in rows)

    def _row_of(self, card_id: str) -> PlacedRow | None:
        key = self._where.get(card_id)
        row = self._by_key.get(key) if key is not None else None
        if row is not None and row.holds(card_id):
            return row
        for row in self._rows:  # an index newer than this layout: ask the rows
            if row.holds(card_id):
                return row
        return None

    def __getitem__(self, card_id: str) -> CardBox:
        row = self._row_of(card_id)
        if row is None:
            raise KeyError(card_id)
        return row.cards[card_id]

    def get(self, card_id: str, default: CardBox | None = None) -> CardBox | None:  # type: ignore[override]
        row = self._row_of(card_id)
        return default if row is None else row.cards[card_id]

    def __contains__(self, card_id: object) -> bool:
        return isinstance(card_id, str) and self._row_of(card_id) is not None

    def __iter__(self) -> Iterator[str]:
        for row in self._rows:
            yield from row.entry.cards

    def __len__(self) -> int:
        return self._count

    def values(self) -> ValuesView[CardBox]:
        return _RowValues(self)

    def items(self) -> ItemsView[str, CardBox]:
        return _RowItems(self)

    def rows(self) -> tuple[PlacedRow, ...]:
        """The rows, top to bottom."""
        return self._rows

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CardMap({self._count} cards in {len(self._rows)} rows)"


class _RowValues(ValuesView[CardBox]):
    _mapping: CardMap

    def __iter__(self) -> Iterator[CardBox]:
        for row in self._mapping.rows():
            yield from row.cards.values()


class _RowItems(ItemsView[str, CardBox]):
    _mapping: CardMap

    def __iter__(self) -> Iterator[tuple[str, CardBox]]:
        for row in self._mapping.rows():
            yield from row.cards.items()


class FilledCells(Mapping[CellKey, CellBox]):
    """The cells of a layout that hold cards, row by row: `CellMap.filled`."""

    __slots__ = ("_by_key", "_count", "_rows")

    def __init__(self, rows: tuple[PlacedRow, ...], by_key: Mapping[RowKey, PlacedRow]) -> None:
        self._rows = rows
        self._by_key = by_key
        self._count = sum(len(row.entry.cell_boxes) for row in rows)

    def get(self, key: CellKey, default: CellBox | None = None) -> CellBox | None:  # type: ignore[override]
        row = self._by_key.get((key[0], key[1]))
        if row is None or key not in row.entry.cell_boxes:
            return default
        return row.cell_boxes[key]

    def __getitem__(self, key: CellKey) -> CellBox:
        box = self.get(key)
        if box is None:
            raise KeyError(key)
        return box

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) != 3:
            return False
        row = self._by_key.get((key[0], key[1]))
        return row is not None and key in row.entry.cell_boxes

    def __iter__(self) -> Iterator[CellKey]:
        for row in self._rows:
            yield from row.entry.cell_boxes

    def __len__(self) -> int:
        return self._count

    __hash__ = None  # type: ignore[assignment]
