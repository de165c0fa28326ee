"""Hit-testing on a `MapLayout`: from a point to the band, lane, stage, card and slot.

Rows and columns are found by bisecting their sorted edges, so a lookup costs
O(log rows + log columns + cards in one cell), never a scan over every card.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from mapstudio.model import CellKey

if TYPE_CHECKING:
    from mapstudio.layout.boxes import Hit, MapLayout


def hit_test(layout: MapLayout, x: float, y: float) -> Hit | None:
    """What lies at (x, y), or None outside the map's rows and columns."""
    from mapstudio.layout.boxes import Hit

    row_index = bisect_right(layout.row_edges, y) - 1
    column_index = bisect_right(layout.column_edges, x) - 1
    if not 0 <= row_index < len(layout.rows):
        return None
    if not 0 <= column_index < len(layout.column_edges) - 1:
        return None
    row = layout.rows[row_index]
    if row.kind == "band_header":
        return Hit("band_header", persona_id=row.persona_id)
    if column_index == 0:
        if row.kind == "lane":
            return Hit("lane_label", persona_id=row.persona_id, lane_id=row.lane_id)
        return None  # the empty corner above the lane labels
    stage_id = layout.columns[column_index - 1].stage_id
    if row.kind == "stage_header":
        return Hit("stage_header", stage_id=stage_id)
    assert row.lane_id is not None
    key = CellKey(row.persona_id, row.lane_id, stage_id)
    cell = layout.cells.get(key)
    if cell is None:
        return None
    if not cell.accepts_cards:
        return Hit(
            "emotion",
            persona_id=row.persona_id,
            lane_id=row.lane_id,
            stage_id=stage_id,
            point_id=_marker_at(layout, row.persona_id, row.lane_id, x, y),
        )
    # A drop goes before the first card whose middle lies below the pointer.
    slot = 0
    for index, card_id in enumerate(cell.card_ids):
        rect = layout.cards[card_id].rect
        middle = rect.y + rect.h / 2
        if rect.contains(x, y):
            return Hit(
                "card",
                persona_id=row.persona_id,
                lane_id=row.lane_id,
                stage_id=stage_id,
                card_id=card_id,
                slot=index if y < middle else index + 1,
            )
        if middle < y:
            slot = index + 1
    return Hit("cell", persona_id=row.persona_id, lane_id=row.lane_id, stage_id=stage_id, slot=slot)


def _marker_at(
    layout: MapLayout, persona_id: str | None, lane_id: str, x: float, y: float
) -> str | None:
    curve = layout.curves.get(persona_id) if persona_id is not None else None
    if curve is None or curve.lane_id != lane_id:
        return None
    radius = layout.style.marker_radius
    best: tuple[float, str] | None = None
    for marker in curve.markers:
        distance = (marker.x - x) ** 2 + (marker.y - y) ** 2
        if distance <= radius * radius and (best is None or distance < best[0]):
            best = (distance, marker.point_id)
    return best[1] if best else None


def score_at(layout: MapLayout, persona_id: str, y: float) -> int:
    """The scale step nearest to `y` in a persona's emotion lane (clamped)."""
    curve = layout.curves[persona_id]
    span = curve.plot_bottom - curve.plot_top
    t = (curve.plot_bottom - y) / span if span > 0 else 0.0
    score = curve.scale_min + round(t * (curve.scale_max - curve.scale_min))
    return max(curve.scale_min, min(curve.scale_max, score))


def offset_at(layout: MapLayout, stage_id: str, x: float) -> float:
    """Where `x` lies within a stage column, 0..1 (clamped)."""
    column = layout.column(stage_id)
    if column.w <= 0:
        return 0.0
    return max(0.0, min(1.0, (x - column.x) / column.w))


def stage_at(layout: MapLayout, x: float) -> str | None:
    """The stage whose column holds `x`, clamped to the first and last stage (a point
    left or right of the map belongs to the nearest column); None without stages."""
    columns = layout.columns
    if not columns:
        return None
    edges = [column.x for column in columns]
    index = max(0, min(len(columns) - 1, bisect_right(edges, x) - 1))
    return columns[index].stage_id


def stage_insert_index(layout: MapLayout, x: float) -> int:
    """Where a stage dropped at `x` goes: before the first column whose middle is right
    of `x`."""
    middles = [column.x + column.w / 2 for column in layout.columns]
    return bisect_left(middles, x)


def band_insert_index(layout: MapLayout, y: float) -> int:
    """Where a persona band dropped at `y` goes among the persona bands (the shared band
    always stays last, so it is not counted)."""
    middles = [band.rect.y + band.rect.h / 2 for band in layout.bands if band.persona_id]
    return bisect_left(middles, y)
