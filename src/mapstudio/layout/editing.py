"""Geometry of editing on the canvas, in points: where a gesture's marks go and where
what it carries lands.

The canvas draws these as feedback while a gesture runs (the line between two cards a
drop would go between, the gap between two stages or bands, the step an emotion point
snaps to, the field a card's text is typed in). They are computed here, from the boxes
they refer to, so they need no window to test and cannot drift from the layout; the
canvas only turns them into Qt items. Tolerances of the hand (how far a drag may wobble)
stay with the gesture that has them and are passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from mapstudio.layout import hittest
from mapstudio.layout.geometry import Point, Rect
from mapstudio.model import CellKey, EmotionPoint, LaneKind

if TYPE_CHECKING:
    from mapstudio.layout.boxes import CardBox, CellBox, MapLayout

# A straight mark between two points (an insertion line).
Segment = tuple[Point, Point]
CardField = Literal["title", "body"]


def slot_line(layout: MapLayout, key: CellKey, slot: int) -> Segment | None:
    """The insertion line of a card dropped into the cell `key` at `slot` (0 = above
    the first card, len(cards) or more = below the last): across the cell inside its
    padding, halfway between two cards. None when the map has no such cell."""
    cell = layout.cells.get(key)
    if cell is None:
        return None
    style = layout.style
    ids = cell.card_ids
    if not ids:
        y = cell.rect.y + style.cell_padding / 2
    elif slot < len(ids):
        y = layout.cards[ids[slot]].rect.y - style.card_gap / 2
    else:
        y = layout.cards[ids[-1]].rect.bottom + style.card_gap / 2
    pad = style.cell_padding
    return Point(cell.rect.x + pad, y), Point(cell.rect.right - pad, y)


def stage_gap_line(layout: MapLayout, index: int) -> Segment | None:
    """The full-height line where a stage inserted at `index` would go (before column
    `index`; after the last column for `index` >= their number). None without stages."""
    columns = layout.columns
    if not columns:
        return None
    x = columns[index].x if index < len(columns) else columns[-1].x + columns[-1].w
    return Point(x, 0.0), Point(x, layout.height)


def band_gap_line(layout: MapLayout, index: int) -> Segment | None:
    """The full-width line where a persona band inserted at `index` would go among the
    persona bands (the shared band is not counted). None without persona bands."""
    bands = [band for band in layout.bands if band.persona_id is not None]
    if not bands:
        return None
    y = bands[index].rect.y if index < len(bands) else bands[-1].rect.bottom
    return Point(0.0, y), Point(layout.width, y)


def point_centre(
    layout: MapLayout, persona_id: str, stage_id: str, offset: float, score: int
) -> Point:
    """Where an emotion point of a persona at (stage, offset, score) has its centre.
    KeyError for a stage or an emotion lane the layout does not have."""
    column = layout.column(stage_id)
    curve = layout.curves[persona_id]
    return Point(column.x + offset * column.w, curve.y_of(score))


def emotion_cell_rect(layout: MapLayout, persona_id: str, stage_id: str) -> Rect:
    """The part of a persona's emotion lane inside one stage column."""
    column = layout.column(stage_id)
    curve = layout.curves[persona_id]
    return Rect(column.x, curve.rect.y, column.w, curve.rect.h)


def dragged_point_place(
    layout: MapLayout, point: EmotionPoint, dx: float, dy: float, sideways_slack: float
) -> tuple[str, float, int] | None:
    """(stage, offset, score) of an emotion point whose centre was dragged by (dx, dy).

    The place is read from the point's own centre moved by the travel, not from the
    pointer, which rarely grips a marker at its exact centre. Sideways travel up to
    `sideways_slack` keeps the stage and offset exactly (only the score follows), so an
    up-or-down drag by hand never nudges a point along its stage. None when the point's
    lane or stage is not in the layout (gone while the mouse was down).
    """
    if point.persona_id not in layout.curves:
        return None
    if all(column.stage_id != point.stage_id for column in layout.columns):
        return None
    curve = layout.curves[point.persona_id]
    score = hittest.score_at(layout, point.persona_id, curve.y_of(point.score) + dy)
    if abs(dx) <= sideways_slack:
        return point.stage_id, point.offset, score
    column = layout.column(point.stage_id)
    centre_x = column.x + point.offset * column.w + dx
    stage_id = hittest.stage_at(layout, centre_x)
    if stage_id is None:
        return None
    return stage_id, hittest.offset_at(layout, stage_id, centre_x), score


def card_lane_rows(layout: MapLayout) -> tuple[tuple[str | None, str], ...]:
    """(persona, lane) of every shown row that holds cards, top to bottom: the rows the
    arrow keys step through."""
    return tuple(
        (row.persona_id, row.lane_id)
        for row in layout.rows
        if row.kind == "lane" and row.lane_id is not None and row.lane_kind is not LaneKind.EMOTIONS
    )


def reading_stops(layout: MapLayout) -> list[str | CellKey]:
    """Where Tab stops: every card (its id), and every cell without cards (its key),
    in reading order."""
    stops: list[str | CellKey] = []
    for key in layout.cells_in_reading_order():
        ids = layout.cells[key].card_ids
        stops.extend(ids if ids else (key,))
    return stops


def cell_of_kind(
    layout: MapLayout, kind: LaneKind, persona_id: str | None, stage_id: str
) -> CellBox | None:
    """The cell of a lane of `kind` in a stage: the persona's own lane first, a shared
    lane of that kind otherwise; None when the map has neither."""
    found = [
        layout.cells[key]
        for key in layout.cells_in_reading_order()
        if key.stage_id == stage_id and layout.cells[key].kind is kind
    ]
    for wanted in (persona_id, None):
        for cell in found:
            if cell.key.persona_id == wanted:
                return cell
    return None


def card_field_at(box: CardBox, y: float) -> CardField:
    """Which text of a card lies at height `y` (absolute): its body below the title's
    last line, its title elsewhere (and always for a card without body text)."""
    below_title = bool(box.title_lines) and y - box.rect.y > box.title_lines[-1].y_baseline + 4
    return "body" if below_title and box.body_lines else "title"


def card_text_field(box: CardBox, field: CardField, size: float) -> Rect:
    """Where a card's title (or body) is typed in place: over the lines it is drawn in,
    a little larger, so the card's icon and the rest of it stay in view. `size` is the
    font size of that text; an empty text gets one line where it would start."""
    rect = box.rect
    lines = box.title_lines if field == "title" else box.body_lines
    if not lines:
        anchor = box.title_lines[-1] if box.title_lines else None
        left = anchor.x if anchor is not None else rect.w * 0.15
        top = (anchor.y_baseline + size * 0.6) if field == "body" and anchor else 4.0
        return Rect(rect.x + left - 4, rect.y + top, rect.w - left + 2, size * 1.5 + 6)
    left = lines[0].x
    top = lines[0].y_baseline - size * 1.1
    height = lines[-1].y_baseline - lines[0].y_baseline + size * 1.5
    return Rect(rect.x + left - 4, rect.y + top - 3, rect.w - left + 2, height + 6)


__all__ = [
    "CardField",
    "Segment",
    "band_gap_line",
    "card_field_at",
    "card_lane_rows",
    "card_text_field",
    "cell_of_kind",
    "dragged_point_place",
    "emotion_cell_rect",
    "point_centre",
    "reading_stops",
    "slot_line",
    "stage_gap_line",
]
