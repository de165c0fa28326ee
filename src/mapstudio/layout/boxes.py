"""The laid-out map: every box both painters draw, and hit-testing on it.

Conventions, so the Qt canvas and the PDF painter read the boxes the same way:
- All values are points, y grows downward; the PDF painter flips.
- A box's own `rect` is absolute (map coordinates). Everything inside a box (icon and
  avatar rects, text lines, severity dots) is relative to the top-left corner of the
  box that owns it, so a canvas item placed at that corner draws them as they are.
  For a band that box is its `header_rect`; for an emotion marker its `rect`; for the
  guides of an emotion curve, the curve's `rect`.
- Text is already broken into lines with baselines; painters never wrap or measure.
- Colours are "#RRGGBB" strings.

The layout is a value: treat it and its mappings as read-only.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from mapstudio.layout import editing, hittest
from mapstudio.layout.fonts import FontSpec
from mapstudio.layout.geometry import Point, Rect
from mapstudio.layout.style import MapStyle
from mapstudio.model import CellKey, Channel, EmotionPoint, LaneKind

if TYPE_CHECKING:
    from mapstudio.layout.display import MapDrawing

FaceKind = Literal["very_negative", "negative", "neutral", "positive", "very_positive"]
HitKind = Literal["card", "cell", "stage_header", "band_header", "lane_label", "emotion"]
RowKind = Literal["stage_header", "band_header", "lane"]


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text: its baseline-left position relative to the owning box."""

    text: str
    x: float
    y_baseline: float
    font: FontSpec
    color: str
    width: float  # measured advance, for painters that align or underline


@dataclass(frozen=True, slots=True)
class StageHeaderBox:
    """The header of a stage column."""

    stage_id: str
    rect: Rect
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class BandBox:
    """A persona band (or the shared band, persona_id None): header row and its lanes.

    `strip_rect`, `avatar_rect`, `avatar_lines` (the initials) and `lines` are relative
    to `header_rect`.
    """

    persona_id: str | None
    rect: Rect  # the header and every lane of the band
    header_rect: Rect
    color: str
    strip_rect: Rect
    avatar_rect: Rect | None  # a circle's bounding square; None for the shared band
    avatar_lines: tuple[TextLine, ...]
    photo_asset_id: str | None
    lines: tuple[TextLine, ...]
    collapsed: bool = False  # only the header shows; its lanes are folded away


@dataclass(frozen=True, slots=True)
class LaneLabelBox:
    """The label of one lane row in the left column."""

    lane_id: str
    persona_id: str | None
    kind: LaneKind
    rect: Rect
    icon_rect: Rect  # relative
    icon_color: str
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class CellBox:
    """One (band, lane, stage) cell, empty or not."""

    key: CellKey
    rect: Rect
    kind: LaneKind
    accepts_cards: bool
    card_ids: tuple[str, ...]  # top to bottom


class CellMap(Mapping[CellKey, CellBox]):
    """Every (band, lane, stage) cell of a layout, empty or not.

    Only cells that hold cards have stored boxes; an empty cell's box is made from its
    row and column when asked for. A map within the limits may have hundreds of
    thousands of empty cells, and what they cost should be what is drawn: the rows and
    columns. Iterating visits every cell, so painters draw the grid from rows and
    columns instead (see `filled`).
    """

    def __init__(
        self,
        filled: Mapping[CellKey, CellBox],
        rows: tuple[RowBox, ...],
        columns: tuple[ColumnBox, ...],
    ) -> None:
        self._filled = filled
        self._rows = rows
        self._columns = columns

    @property
    def filled(self) -> Mapping[CellKey, CellBox]:
        """The cells that hold cards."""
        return self._filled

    @cached_property
    def _lane_rows(self) -> dict[tuple[str | None, str], RowBox]:
        return {(r.persona_id, r.lane_id): r for r in self._rows if r.lane_id is not None}

    @cached_property
    def _column_of(self) -> dict[str, ColumnBox]:
        return {column.stage_id: column for column in self._columns}

    def __getitem__(self, key: CellKey | tuple[str | None, str, str]) -> CellBox:
        box = self._filled.get(key)  # type: ignore[arg-type]  # a CellKey is a tuple
        if box is not None:
            return box
        persona_id, lane_id, stage_id = key
        row = self._lane_rows.get((persona_id, lane_id))
        column = self._column_of.get(stage_id)
        if row is None or column is None:
            raise KeyError(key)
        kind = row.lane_kind
        assert kind is not None  # lane rows always have one
        rect = Rect(column.x, row.y, column.w, row.h)
        return CellBox(CellKey(*key), rect, kind, kind is not LaneKind.EMOTIONS, ())

    def __contains__(self, key: object) -> bool:
        if key in self._filled:
            return True
        if not isinstance(key, tuple) or len(key) != 3:
            return False
        persona_id, lane_id, stage_id = key
        return (persona_id, lane_id) in self._lane_rows and stage_id in self._column_of

    def __iter__(self) -> Iterator[CellKey]:
        for row in self._lane_rows.values():
            assert row.lane_id is not None
            for column in self._columns:
                yield CellKey(row.persona_id, row.lane_id, column.stage_id)

    def __len__(self) -> int:
        return len(self._lane_rows) * len(self._columns)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CellMap):
            return (
                dict(self._filled) == dict(other._filled)
                and self._rows == other._rows
                and self._columns == other._columns
            )
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CellMap({len(self._filled)} with cards of {len(self)})"


@dataclass(frozen=True, slots=True)
class CardBox:
    """A sticky note. `rect` is absolute; everything else is relative to it.

    `image_rect` (with `image_asset_id`) is where the card's picture goes, below the
    title. It has the picture's aspect ratio unless the picture is extremely wide, when
    painters crop it to fill the rect ("cover"); both painters round its corners at half
    the card's corner radius.
    """

    card_id: str
    cell: CellKey
    kind: LaneKind
    rect: Rect
    fill: str
    corner_radius: float
    icon_rect: Rect
    icon_color: str
    title_lines: tuple[TextLine, ...]
    body_lines: tuple[TextLine, ...]
    meta_lines: tuple[TextLine, ...]
    dots: int  # pain-point severity 1..5, 0 when the card has none
    dots_rect: Rect | None  # where the five severity dots go (filled: `dots`)
    channel: Channel | None
    image_rect: Rect | None = None  # None: no picture (or its asset is missing)
    image_asset_id: str | None = None  # set exactly when image_rect is


@dataclass(frozen=True, slots=True)
class EmotionGuide:
    """A horizontal line at one step of the emotion scale."""

    score: int
    y: float  # absolute
    label: TextLine  # relative to the curve's rect


@dataclass(frozen=True, slots=True)
class EmotionMarker:
    """A face marker on the curve. `rect` is the absolute bounding square of the circle."""

    point_id: str
    stage_id: str
    x: float
    y: float
    score: int
    feeling: str
    face: FaceKind
    rect: Rect
    lines: tuple[TextLine, ...]  # feeling word and score, relative to `rect`


@dataclass(frozen=True, slots=True)
class CurveSegment:
    """One cubic Bézier segment of the emotion curve (absolute points)."""

    start: Point
    c1: Point
    c2: Point
    end: Point


@dataclass(frozen=True, slots=True)
class EmotionCurveBox:
    """A persona's emotion lane: guides, markers and the smooth curve through them."""

    persona_id: str
    lane_id: str
    rect: Rect  # the lane across all stage columns
    plot_top: float  # y of the scale's maximum
    plot_bottom: float  # y of the scale's minimum
    scale_min: int
    scale_max: int
    color: str
    line_width: float
    guides: tuple[EmotionGuide, ...]
    markers: tuple[EmotionMarker, ...]
    segments: tuple[CurveSegment, ...]

    def y_of(self, score: float) -> float:
        """The y of a score (clamped to the scale)."""
        score = max(self.scale_min, min(self.scale_max, score))
        t = (score - self.scale_min) / (self.scale_max - self.scale_min)
        return self.plot_bottom - t * (self.plot_bottom - self.plot_top)


@dataclass(frozen=True, slots=True)
class ColumnBox:
    """A stage column, from the header to the bottom of the last lane."""

    stage_id: str
    x: float
    w: float


@dataclass(frozen=True, slots=True)
class RowBox:
    """A full-width row: the stage header row, a band header or a lane."""

    kind: RowKind
    y: float
    h: float
    persona_id: str | None = None
    lane_id: str | None = None
    lane_kind: LaneKind | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """What lies under a point; `slot` is where a card dropped there would go."""

    kind: HitKind
    persona_id: str | None = None
    lane_id: str | None = None
    stage_id: str | None = None
    card_id: str | None = None
    slot: int | None = None
    point_id: str | None = None  # an emotion marker under the point


@dataclass(frozen=True, slots=True)
class LayoutChanges:
    """What differs between this layout and `previous()`, the layout made just before
    it with the same cache (None once that one is gone).

    `moved_rows` holds the (persona id, lane id) of every lane row that is the same row
    at another top: its cards' boxes are new objects that differ from the old ones only
    in their vertical place (the row's move), and so do its cells and its label.
    `cards` holds the id of every other card whose box is not the very same object in
    both layouts: added, removed, moved to another place or changed. Every card in
    neither maps to the same box object in both, so a view that shows `previous()` can
    move the items of `moved_rows` and update only `cards`.
    """

    previous: weakref.ref[MapLayout]
    cards: frozenset[str]
    moved_rows: frozenset[tuple[str | None, str]] = frozenset()


@dataclass(frozen=True)
class MapLayout:
    """Every box of one journey map, ready to paint and to hit-test."""

    width: float
    height: float
    style: MapStyle
    template: bool
    columns: tuple[ColumnBox, ...]
    rows: tuple[RowBox, ...]
    label_column: Rect  # the lane-label column, header row included
    stage_headers: tuple[StageHeaderBox, ...]
    bands: tuple[BandBox, ...]
    lane_labels: tuple[LaneLabelBox, ...]
    cells: Mapping[CellKey, CellBox]
    cards: Mapping[str, CardBox]
    curves: Mapping[str, EmotionCurveBox]
    # Sorted edges for O(log n) hit-testing: x of the label column's left edge, then of
    # each stage column, then the right edge; y of each row's top, then the bottom.
    column_edges: tuple[float, ...] = field(repr=False)
    row_edges: tuple[float, ...] = field(repr=False)
    # Not part of the value: what changed since the previous layout from the same cache.
    changes: LayoutChanges | None = field(default=None, compare=False, repr=False)

    @cached_property
    def drawing(self) -> MapDrawing:
        """The display lists of this layout's boxes, built as they are first asked for."""
        from mapstudio.layout.display import MapDrawing

        return MapDrawing(self)

    @cached_property
    def _column_of_stage(self) -> dict[str, ColumnBox]:
        return {column.stage_id: column for column in self.columns}

    def cards_in_reading_order(self) -> tuple[str, ...]:
        """Card ids lane by lane (top to bottom), stage by stage within a lane (left to
        right), top to bottom within a cell: the order Tab steps through."""
        return self._reading_order[0]

    def cells_in_reading_order(self) -> tuple[CellKey, ...]:
        """The cells that take cards, in the same order as `cards_in_reading_order`."""
        return self._reading_order[1]

    @cached_property
    def _reading_order(self) -> tuple[tuple[str, ...], tuple[CellKey, ...]]:
        cards: list[str] = []
        cells: list[CellKey] = []
        for row in self.rows:
            if row.kind != "lane" or row.lane_id is None:
                continue
            for column in self.columns:
                cell = self.cells.get(CellKey(row.persona_id, row.lane_id, column.stage_id))
                if cell is None or not cell.accepts_cards:
                    continue
                cells.append(cell.key)
                cards.extend(cell.card_ids)
        return tuple(cards), tuple(cells)

    def column(self, stage_id: str) -> ColumnBox:
        """The column of a stage; KeyError for an unknown stage."""
        return self._column_of_stage[stage_id]

    def hit_test(self, x: float, y: float) -> Hit | None:
        """What lies at (x, y), or None outside the map's boxes."""
        return hittest.hit_test(self, x, y)

    def score_at(self, persona_id: str, y: float) -> int:
        """The scale step nearest to `y` in a persona's emotion lane (clamped)."""
        return hittest.score_at(self, persona_id, y)

    def offset_at(self, stage_id: str, x: float) -> float:
        """Where `x` lies within a stage column, 0..1 (clamped)."""
        return hittest.offset_at(self, stage_id, x)

    def stage_insert_index(self, x: float) -> int:
        """Where a stage dropped at `x` would go: 0..len(stages)."""
        return hittest.stage_insert_index(self, x)

    def band_insert_index(self, y: float) -> int:
        """Where a persona band dropped at `y` would go among the persona bands."""
        return hittest.band_insert_index(self, y)

    def stage_at(self, x: float) -> str | None:
        """The stage whose column holds `x`, clamped to the first and last stage."""
        return hittest.stage_at(self, x)

    # -- geometry of editing (see layout/editing.py) ---------------------------------

    def slot_line(self, key: CellKey, slot: int) -> editing.Segment | None:
        """The insertion line of a card dropped into cell `key` at `slot`."""
        return editing.slot_line(self, key, slot)

    def stage_gap_line(self, index: int) -> editing.Segment | None:
        """The line where a stage inserted at `index` would go."""
        return editing.stage_gap_line(self, index)

    def band_gap_line(self, index: int) -> editing.Segment | None:
        """The line where a persona band inserted at `index` would go."""
        return editing.band_gap_line(self, index)

    def point_centre(self, persona_id: str, stage_id: str, offset: float, score: int) -> Point:
        """The centre of a persona's emotion point at (stage, offset, score)."""
        return editing.point_centre(self, persona_id, stage_id, offset, score)

    def emotion_cell_rect(self, persona_id: str, stage_id: str) -> Rect:
        """A persona's emotion lane within one stage column."""
        return editing.emotion_cell_rect(self, persona_id, stage_id)

    def dragged_point_place(
        self, point: EmotionPoint, dx: float, dy: float, sideways_slack: float
    ) -> tuple[str, float, int] | None:
        """(stage, offset, score) of an emotion point dragged by (dx, dy)."""
        return editing.dragged_point_place(self, point, dx, dy, sideways_slack)

    def card_lane_rows(self) -> tuple[tuple[str | None, str], ...]:
        """(persona, lane) of every shown row that holds cards, top to bottom."""
        return editing.card_lane_rows(self)

    def reading_stops(self) -> list[str | CellKey]:
        """Every card and every cell without cards, in reading order (Tab's stops)."""
        return editing.reading_stops(self)

    def cell_of_kind(self, kind: LaneKind, persona_id: str | None, stage_id: str) -> CellBox | None:
        """The cell of a lane of `kind` in a stage: the persona's own, else a shared one."""
        return editing.cell_of_kind(self, kind, persona_id, stage_id)
