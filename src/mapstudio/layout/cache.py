"""What successive layouts of one map share: per-cell card content, the card index,
emotion curves and wrapped header texts.

Models are frozen, so after an edit every unchanged card, persona and emotion point is
the very same object as before. The cache therefore checks identity (`is`), which costs
a pointer comparison, where equality of pydantic models would cost nearly as much as
laying the card out again.
"""

from __future__ import annotations

import weakref
from bisect import insort
from collections.abc import Mapping
from itertools import compress, count
from operator import is_, is_not
from types import MappingProxyType
from typing import TYPE_CHECKING

from mapstudio.model import (
    Asset,
    Card,
    CellKey,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    cell_of,
    index_cells,
)
from mapstudio.model.swaps import card_swaps

if TYPE_CHECKING:
    from mapstudio.layout.boxes import (
        BandBox,
        CardBox,
        CellBox,
        ColumnBox,
        EmotionCurveBox,
        LaneLabelBox,
        MapLayout,
        RowBox,
        StageHeaderBox,
    )
    from mapstudio.layout.cards import CardContent
    from mapstudio.layout.fonts import FontSpec, TextMeasurer
    from mapstudio.layout.geometry import Rect
    from mapstudio.layout.rows import PlacedRow
    from mapstudio.layout.style import MapStyle
    from mapstudio.model import EmotionScale, Persona, Stage

    StageRow = tuple[tuple[ColumnBox, ...], tuple[StageHeaderBox, ...], float]
    # What a band header's content depends on: persona, header width and height, folded.
    BandKey = tuple[Persona | None, float, float, bool]

WrapKey = tuple[str, "FontSpec", float, int | None]
MeasuredLines = tuple[tuple[str, float], ...]
# The pictures a cell's content was measured with: (asset id, its (width, height), or
# None when the asset was missing), one per card that names a picture.
Pictures = tuple[tuple[str, tuple[int, int] | None], ...]

# Past this many replaced cards an edit is no small edit: index from scratch.
_MAX_PATCHED_CARDS = 64


def _by_order(card: Card) -> int:
    return card.order


def picture_size(asset_id: str | None, assets: Mapping[str, Asset]) -> tuple[int, int] | None:
    """The pixel size of a card's picture, or None without a picture (or its asset)."""
    if asset_id is None:
        return None
    asset = assets.get(asset_id)
    return None if asset is None else (asset.width, asset.height)


def pictures_match(pictures: Pictures, assets: Mapping[str, Asset]) -> bool:
    """Whether content measured with `pictures` still fits `assets`.

    An asset id never changes its content, so card identity nearly decides a card's
    picture; this catches the rest (an asset that appeared or vanished under an id).
    Cells without pictures, nearly all of them, pass at once.
    """
    return all(picture_size(i, assets) == size for i, size in pictures)


class CellEntry:
    """One cell's cards laid out relative to the cell, and its boxes at the last origin."""

    __slots__ = (
        *("box_map", "boxes", "card_ids", "cards", "cell_box", "contents", "height"),
        *("kind", "origin", "pictures", "previous", "width"),
    )

    def __init__(
        self,
        cards: tuple[Card, ...],
        kind: LaneKind,
        width: float,
        contents: tuple[CardContent, ...],
        height: float,
        pictures: Pictures = (),
    ) -> None:
        self.cards = cards
        self.kind = kind
        self.width = width
        self.contents = contents
        self.height = height
        self.pictures = pictures
        self.origin: tuple[float, float] | None = None
        self.boxes: tuple[CardBox, ...] = ()
        self.box_map: dict[str, CardBox] = {}
        self.card_ids: tuple[str, ...] = tuple(c.card_id for c in contents)
        self.cell_box: CellBox | None = None
        # The entry this one was measured from, until it is placed (see cards.place).
        self.previous: CellEntry | None = None

    def matches(
        self,
        cards: tuple[Card, ...],
        kind: LaneKind,
        width: float,
        assets: Mapping[str, Asset],
    ) -> bool:
        """Whether this content is still right for `cards` at `width` with `assets`."""
        if self.kind is not kind or self.width != width:
            return False
        if self.pictures and not pictures_match(self.pictures, assets):
            return False
        if self.cards is cards:
            return True
        return len(self.cards) == len(cards) and all(
            a is b for a, b in zip(self.cards, cards, strict=True)
        )


# The cells of one lane row that hold cards: stage id -> the cell's cards, in order.
RowCells = Mapping[str, tuple[Card, ...]]
# The row of a lane without cards. One shared object, so that "still empty" is a
# pointer comparison like any other unchanged row.
NO_CARDS: RowCells = MappingProxyType({})


class RowEntry:
    """One lane row of a band as a layout built it: the entries, boxes and cards of its
    cells that hold cards (an empty cell costs nothing), at the top `y` it was built at.

    It is reused while the lane, the columns and the row's cards are the very same
    objects (a small edit then costs O(rows), not O(cells)); at another top it is the
    same row moved (see `rows.PlacedRow`), not built again.
    """

    __slots__ = (
        *("cards", "cell_boxes", "cells", "columns", "entries", "height", "keys"),
        *("label", "lane", "origins", "pictures", "row", "row_cells", "template", "y"),
    )

    def __init__(
        self,
        lane: Lane,
        columns: tuple[ColumnBox, ...],
        y: float,
        template: bool,
        row_cells: RowCells,
        keys: tuple[CellKey, ...],
        entries: tuple[CellEntry, ...],
        origins: tuple[float, ...],
        height: float,
        row: RowBox,
        label: LaneLabelBox,
    ) -> None:
        self.lane = lane
        self.columns = columns
        self.y = y
        self.template = template
        self.row_cells = row_cells
        self.keys = keys
        self.entries = entries
        self.origins = origins  # the x of each entry's cell
        self.height = height
        self.row = row
        self.label = label
        self.cells: dict[CellKey, CellEntry] = dict(zip(keys, entries, strict=True))
        self.pictures: Pictures = tuple(p for entry in entries for p in entry.pictures)
        # Snapshots: a cell entry is placed again when its row is rebuilt elsewhere.
        self.cell_boxes: dict[CellKey, CellBox] = {}
        self.cards: dict[str, CardBox] = {}
        for entry in entries:
            if entry.cell_box is not None:
                self.cell_boxes[entry.cell_box.key] = entry.cell_box
            if entry.box_map:
                self.cards.update(entry.box_map)

    def matches(
        self,
        lane: Lane,
        columns: tuple[ColumnBox, ...],
        template: bool,
        row_cells: RowCells,
        assets: Mapping[str, Asset],
    ) -> bool:
        """Whether the row can be reused as it is, wherever its top now is: same lane,
        columns, cards and picture sizes."""
        if (
            self.lane is not lane
            or self.columns is not columns
            or self.template != template
            # The card index gives a row a new mapping whenever one of its cells changes.
            or self.row_cells is not row_cells
        ):
            return False
        return not self.pictures or pictures_match(self.pictures, assets)


class CurveEntry:
    """An emotion curve, everything it was computed from, and the same curve laid out at
    the top of its lane's rect (`relative`, y measured from the lane's top): a lane that
    only moved up or down gets its curve by moving that one, not by computing it again."""

    __slots__ = (
        *("box", "columns", "lane_id", "persona", "points", "rect", "relative", "scale"),
        "template",
    )

    def __init__(
        self,
        persona: Persona,
        lane_id: str,
        rect: Rect,
        columns: tuple[ColumnBox, ...],
        scale: EmotionScale,
        points: tuple[EmotionPoint, ...],
        template: bool,
        relative: EmotionCurveBox,
        box: EmotionCurveBox,
    ) -> None:
        self.persona = persona
        self.lane_id = lane_id
        self.rect = rect
        self.columns = columns
        self.scale = scale
        self.points = points
        self.template = template
        self.relative = relative
        self.box = box

    def matches(
        self,
        persona: Persona,
        lane_id: str,
        rect: Rect,
        columns: tuple[ColumnBox, ...],
        scale: EmotionScale,
        points: tuple[EmotionPoint, ...],
        template: bool,
    ) -> bool:
        """Whether the cached curve is still right for these inputs, wherever the lane's
        top now is."""
        return (
            self.persona is persona
            and self.scale is scale
            and self.template == template
            and self.lane_id == lane_id
            and self.rect.x == rect.x
            and self.rect.w == rect.w
            and self.rect.h == rect.h
            and len(self.points) == len(points)
            and all(map(is_, self.points, points))
            and self.columns == columns
        )


class CardIndex:
    """`index_cells` of the latest map, patched rather than rebuilt after small edits.

    A patched index holds exactly what `index_cells` would return; cells an edit did
    not touch keep the very same tuple, which lets their cell entries match at once.
    """

    def __init__(self) -> None:
        self.cards: tuple[Card, ...] | None = None
        self.cells: dict[CellKey, tuple[Card, ...]] = {}
        # The same cells by lane row, (persona id, lane id) -> stage id -> cards. A row
        # whose cells an update changes gets a new mapping; the others keep theirs.
        self.rows: dict[tuple[str | None, str], RowCells] = {}
        self._positions: dict[CellKey, list[int]] = {}

    def update(self, journey_map: JourneyMap) -> dict[CellKey, tuple[Card, ...]]:
        """The cards of every non-empty cell of `journey_map`, in display order."""
        journey_cards = journey_map.cards
        old = self.cards
        if old is journey_cards:
            return self.cells
        if old is not None and len(old) == len(journey_cards):
            # Positions whose card is not the same object: as the edit that made the
            # tuple recorded them, else found by one pass in C (O(cards): 3-8 ms at
            # 20,000 cards, most of what an edit of such a map grew by).
            changed = card_swaps(old, journey_cards)
            if changed is None:
                changed = list(compress(count(), map(is_not, old, journey_cards)))
            if len(changed) <= _MAX_PATCHED_CARDS:
                self._patch(old, journey_cards, changed)
                self.cards = journey_cards
                return self.cells
        self._rebuild(journey_map)
        return self.cells

    def _rebuild(self, journey_map: JourneyMap) -> None:
        journey_cards = journey_map.cards
        cells = index_cells(journey_map)
        rows: dict[tuple[str | None, str], dict[str, tuple[Card, ...]]] = {}
        for key, cell_cards in cells.items():
            rows.setdefault((key.persona_id, key.lane_id), {})[key.stage_id] = cell_cards
        # A row whose cells hold the very same cards as before keeps its old mapping
        # (and cells their old tuples), so that the rows an added or deleted card did
        # not touch are reused by the layout as after any other edit.
        old_rows = self.rows
        kept: dict[tuple[str | None, str], RowCells] = {}
        for row_key, row in rows.items():
            before = old_rows.get(row_key)
            if before is not None and _same_cells(before, row):
                kept[row_key] = before
                for stage_id, cell_cards in before.items():
                    cells[CellKey(row_key[0], row_key[1], stage_id)] = cell_cards
            else:
                kept[row_key] = row
        self.cells = cells
        self.rows = kept
        positions: dict[CellKey, list[int]] = {}
        for i, card in enumerate(journey_cards):
            positions.setdefault(cell_of(card), []).append(i)
        self._positions = positions
        self.cards = journey_cards

    def _patch(self, old: tuple[Card, ...], new: tuple[Card, ...], changed: list[int]) -> None:
        positions = self._positions
        touched: set[CellKey] = set()
        for i in changed:
            before, after = cell_of(old[i]), cell_of(new[i])
            if before != after:
                slots = positions[before]
                slots.remove(i)
                if not slots:
                    del positions[before]
                insort(positions.setdefault(after, []), i)
            touched.add(before)
            touched.add(after)
        rows: dict[tuple[str | None, str], dict[str, tuple[Card, ...]]] = {}
        for key in touched:
            row_key = (key.persona_id, key.lane_id)
            row = rows.get(row_key)
            if row is None:
                row = rows[row_key] = dict(self.rows.get(row_key, NO_CARDS))
            found = positions.get(key)
            if found:
                # Positions are in file order and sorted() is stable: the same tie-break
                # on equal `order` as index_cells.
                cell_cards = tuple(sorted((new[i] for i in found), key=_by_order))
                self.cells[key] = row[key.stage_id] = cell_cards
            else:
                self.cells.pop(key, None)
                row.pop(key.stage_id, None)
        for row_key, row in rows.items():
            if row:
                self.rows[row_key] = row
            else:
                self.rows.pop(row_key, None)


def _same_cells(before: RowCells, after: Mapping[str, tuple[Card, ...]]) -> bool:
    """Whether two rows' cells hold the very same cards in the same order."""
    if before.keys() != after.keys():
        return False
    for stage_id, cards in after.items():
        old = before[stage_id]
        if len(old) != len(cards) or any(map(is_not, old, cards)):
            return False
    return True


class LayoutCache:
    """Results to reuse between successive `layout()` calls of the same map.

    Pass the same cache to every layout of one map (one cache per open map). Cell and
    curve entries the latest layout did not use are dropped, so the cache never outgrows
    one map (header texts are kept, up to a bound); a change of style or measurer
    empties it.

    Counters, for tests and benchmarks: `misses` counts cells whose card content was
    computed afresh (text wrapped), `hits` cells reused as they were; `wraps` counts
    text wrapping calls of any kind; `rows_reused` and `rows_built` count lane rows
    taken whole from the last layout or visited cell by cell.
    """

    def __init__(self) -> None:
        self.misses = 0
        self.hits = 0
        self.wraps = 0
        self.rows_reused = 0
        self.rows_built = 0
        # The lane rows of the last layout, by (persona id, lane id).
        self.rows: dict[tuple[str | None, str], PlacedRow] = {}
        # Card id -> the key of its row in the last layout; patched, not rebuilt, by each
        # layout and shared with the layouts' card mappings (see rows.CardMap).
        self.card_rows: dict[str, tuple[str | None, str]] = {}
        # The columns of the last layout: an equal tuple next time is replaced by this
        # very object, so row entries can compare columns by identity.
        self.columns: tuple[ColumnBox, ...] | None = None
        # The last layout made with this cache, which the next one's changes refer to.
        self.last_layout: weakref.ref[MapLayout] | None = None
        self.texts: dict[WrapKey, MeasuredLines] = {}
        self.curves: dict[str, CurveEntry] = {}
        # The stage row of the last layout: (the map's stages, minimum cell size, result).
        self.stage_row: tuple[tuple[Stage, ...], float, StageRow] | None = None
        # Band boxes by persona id (None: the shared band), with what their content
        # depends on: (persona, header width, header height, folded).
        self.bands: dict[str | None, tuple[BandKey, BandBox]] = {}
        # The map's emotion points and the same grouped by persona.
        self.points: tuple[tuple[EmotionPoint, ...] | None, Mapping[str, tuple[EmotionPoint, ...]]]
        self.points = (None, {})
        self.index = CardIndex()
        self._style: MapStyle | None = None
        self._measurer: TextMeasurer | None = None

    @property
    def cells(self) -> dict[CellKey, CellEntry]:
        """The measured cells of the last layout (those that hold cards), for tests."""
        return {key: cell for row in self.rows.values() for key, cell in row.entry.cells.items()}

    def begin(self, style: MapStyle, measurer: TextMeasurer) -> None:
        """Forget everything measured with another style or measurer."""
        if style is not self._style or measurer is not self._measurer:
            self.rows = {}
            self.card_rows = {}
            self.texts = {}
            self.curves = {}
            self.stage_row = None
            self.bands = {}
            self.columns = None
            self.last_layout = None
            self._style = style
            self._measurer = measurer
