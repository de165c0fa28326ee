"""The geometry of editing on the canvas (layout/editing.py), without a window.

Where possible each mark is checked against hit-testing, the other half of a gesture:
the insertion line drawn for a slot, a stage gap or a band gap lies where a drop
would land in exactly that slot or gap.
"""

from __future__ import annotations

import pytest

from mapstudio.layout import MapLayout, Point, card_field_at, card_text_field
from mapstudio.model import CellKey, EmotionPoint, LaneKind, Project


def test_a_slot_line_lies_where_a_drop_lands_in_that_slot(laid_out: MapLayout) -> None:
    pad = laid_out.style.cell_padding
    checked = 0
    for key, cell in laid_out.cells.items():
        if not cell.accepts_cards:
            continue
        for slot in range(len(cell.card_ids) + 1):
            line = laid_out.slot_line(key, slot)
            assert line is not None
            start, end = line
            assert start.y == end.y
            assert (start.x, end.x) == (cell.rect.x + pad, cell.rect.right - pad)
            assert cell.rect.y <= start.y < cell.rect.bottom
            hit = laid_out.hit_test(cell.rect.center.x, start.y)
            assert hit is not None and hit.kind == "cell"
            assert (hit.persona_id, hit.lane_id, hit.stage_id, hit.slot) == (*key, slot)
            checked += 1
    assert checked > len(laid_out.cards)  # full cells and empty ones were both seen


def test_a_slot_line_sits_halfway_between_two_cards(laid_out: MapLayout) -> None:
    key = laid_out.cards["a1"].cell
    ids = laid_out.cells[key].card_ids
    assert len(ids) >= 2
    above, below = laid_out.cards[ids[0]].rect, laid_out.cards[ids[1]].rect
    line = laid_out.slot_line(key, 1)
    assert line is not None
    assert line[0].y == below.y - laid_out.style.card_gap / 2
    assert above.bottom < line[0].y < below.y
    # Past the end is below the last card.
    last = laid_out.cards[ids[-1]].rect
    assert laid_out.slot_line(key, 99) == laid_out.slot_line(key, len(ids))
    assert laid_out.slot_line(key, len(ids))[0].y > last.bottom  # type: ignore[index]


def test_no_slot_line_for_a_cell_the_map_does_not_have(laid_out: MapLayout) -> None:
    assert laid_out.slot_line(CellKey("anna", "act", "no-such-stage"), 0) is None
    assert laid_out.slot_line(CellKey("nobody", "act", "s0"), 0) is None


def test_stage_gap_lines_lie_where_a_stage_drop_lands(laid_out: MapLayout) -> None:
    columns = laid_out.columns
    for index in range(len(columns) + 1):
        line = laid_out.stage_gap_line(index)
        assert line is not None
        start, end = line
        assert start.x == end.x and (start.y, end.y) == (0.0, laid_out.height)
        assert laid_out.stage_insert_index(start.x) == index
    assert laid_out.stage_gap_line(0)[0].x == columns[0].x  # type: ignore[index]
    assert laid_out.stage_gap_line(len(columns))[0].x == columns[-1].x + columns[-1].w  # type: ignore[index]


def test_band_gap_lines_lie_where_a_band_drop_lands(laid_out: MapLayout) -> None:
    persona_bands = [band for band in laid_out.bands if band.persona_id is not None]
    assert len(persona_bands) == 2
    for index in range(len(persona_bands) + 1):
        line = laid_out.band_gap_line(index)
        assert line is not None
        start, end = line
        assert start.y == end.y and (start.x, end.x) == (0.0, laid_out.width)
        assert laid_out.band_insert_index(start.y) == index
    # After the last persona band, not after the shared band below it.
    assert laid_out.band_gap_line(2)[0].y == persona_bands[-1].rect.bottom  # type: ignore[index]


def test_stage_at_clamps_to_the_first_and_last_stage(laid_out: MapLayout) -> None:
    for column in laid_out.columns:
        assert laid_out.stage_at(column.x) == column.stage_id
        assert laid_out.stage_at(column.x + column.w - 0.01) == column.stage_id
    assert laid_out.stage_at(-1000.0) == laid_out.columns[0].stage_id
    assert laid_out.stage_at(laid_out.width + 1000.0) == laid_out.columns[-1].stage_id


def test_point_centres_are_the_markers_of_the_layout(laid_out: MapLayout, project: Project) -> None:
    points = {p.id: p for p in project.maps[0].emotion_points}
    for persona_id, curve in laid_out.curves.items():
        for marker in curve.markers:
            point = points[marker.point_id]
            centre = laid_out.point_centre(persona_id, point.stage_id, point.offset, point.score)
            assert centre == Point(marker.x, marker.y)
            assert laid_out.emotion_cell_rect(persona_id, point.stage_id).contains(
                centre.x - 0.01 if point.offset == 1.0 else centre.x, centre.y
            )


def _point(project: Project, point_id: str) -> EmotionPoint:
    return next(p for p in project.maps[0].emotion_points if p.id == point_id)


def test_a_dragged_point_keeps_its_stage_and_offset_when_the_hand_wobbles(
    laid_out: MapLayout, project: Project
) -> None:
    point = _point(project, "e2")  # anna, s1, offset 0.5, score 2
    curve = laid_out.curves["anna"]
    one_step = curve.y_of(1) - curve.y_of(2)
    assert laid_out.dragged_point_place(point, 0.0, 0.0, 4.0) == ("s1", 0.5, 2)
    assert laid_out.dragged_point_place(point, 3.9, one_step, 4.0) == ("s1", 0.5, 1)
    assert laid_out.dragged_point_place(point, -4.0, 3 * one_step, 4.0) == ("s1", 0.5, -1)
    # Far below the lane: the lowest step, never past it.
    assert laid_out.dragged_point_place(point, 0.0, 10_000.0, 4.0) == ("s1", 0.5, -2)


def test_a_point_dragged_sideways_moves_along_and_across_stages(
    laid_out: MapLayout, project: Project
) -> None:
    point = _point(project, "e2")
    s1, s2 = laid_out.column("s1"), laid_out.column("s2")
    quarter = s1.w / 4
    stage, offset, score = laid_out.dragged_point_place(point, quarter, 0.0, 4.0)  # type: ignore[misc]
    assert (stage, score) == ("s1", 2) and offset == pytest.approx(0.75)
    travel = (s2.x + s2.w * 0.25) - (s1.x + s1.w * 0.5)
    stage, offset, score = laid_out.dragged_point_place(point, travel, 0.0, 4.0)  # type: ignore[misc]
    assert (stage, score) == ("s2", 2) and offset == pytest.approx(0.25)
    # Far right of the map: the end of the last stage.
    last = laid_out.columns[-1].stage_id
    assert laid_out.dragged_point_place(point, 1e6, 0.0, 4.0) == (last, 1.0, 2)


def test_a_point_whose_lane_or_stage_is_gone_has_no_place(
    laid_out: MapLayout, project: Project
) -> None:
    point = _point(project, "e2")
    assert (
        laid_out.dragged_point_place(point.model_copy(update={"stage_id": "gone"}), 0, 0, 4) is None
    )
    stranger = point.model_copy(update={"persona_id": "nobody"})
    assert laid_out.dragged_point_place(stranger, 0, 0, 4) is None


def test_card_lane_rows_are_the_rows_that_hold_cards(laid_out: MapLayout) -> None:
    rows = laid_out.card_lane_rows()
    lane_rows = [r for r in laid_out.rows if r.kind == "lane"]
    assert rows == tuple(
        (r.persona_id, r.lane_id) for r in lane_rows if r.lane_kind is not LaneKind.EMOTIONS
    )
    assert ("anna", "emo") not in rows and ("anna", "act") in rows
    assert (None, "back") in rows  # a shared lane
    assert len(rows) == len(lane_rows) - 2  # one emotion lane per persona


def test_reading_stops_are_every_card_and_every_empty_cell_in_order(
    laid_out: MapLayout,
) -> None:
    stops = laid_out.reading_stops()
    cards = [s for s in stops if isinstance(s, str)]
    assert tuple(cards) == laid_out.cards_in_reading_order()
    assert len(cards) == len(laid_out.cards)
    empty = [s for s in stops if not isinstance(s, str)]
    assert empty and all(not laid_out.cells[key].card_ids for key in empty)
    cells = laid_out.cells_in_reading_order()
    assert len(empty) == sum(1 for key in cells if not laid_out.cells[key].card_ids)
    # Each stop comes in the order of its cell.
    order = [cells.index(s if not isinstance(s, str) else laid_out.cards[s].cell) for s in stops]
    assert order == sorted(order)


def test_cell_of_kind_prefers_the_personas_own_lane(laid_out: MapLayout) -> None:
    own = laid_out.cell_of_kind(LaneKind.OPPORTUNITIES, "anna", "s2")
    assert own is not None and own.key == CellKey("anna", "opp", "s2")
    shared = laid_out.cell_of_kind(LaneKind.BACKSTAGE, "anna", "s2")
    assert shared is not None and shared.key == CellKey(None, "back", "s2")
    from_the_shared_band = laid_out.cell_of_kind(LaneKind.OPPORTUNITIES, None, "s1")
    assert from_the_shared_band is not None
    assert from_the_shared_band.key == CellKey(None, "sopp", "s1")
    assert laid_out.cell_of_kind(LaneKind.EMOTIONS, "anna", "s2") is None  # takes no cards
    assert laid_out.cell_of_kind(LaneKind.ACTIONS, "anna", "gone") is None


def test_card_field_at_is_the_body_only_below_the_title(laid_out: MapLayout) -> None:
    card = laid_out.cards["a1"]  # a title and a body
    assert card.title_lines and card.body_lines
    last_title = card.title_lines[-1].y_baseline
    assert card_field_at(card, card.rect.y + 1) == "title"
    assert card_field_at(card, card.rect.y + last_title + 3) == "title"
    assert card_field_at(card, card.rect.y + last_title + 5) == "body"
    no_body = next(c for c in laid_out.cards.values() if c.title_lines and not c.body_lines)
    assert card_field_at(no_body, no_body.rect.bottom - 1) == "title"


def test_card_text_fields_cover_the_lines_they_edit(laid_out: MapLayout) -> None:
    size = laid_out.style.card_title_font.size
    for card in laid_out.cards.values():
        for field, lines in (("title", card.title_lines), ("body", card.body_lines)):
            if not lines:
                continue
            rect = card_text_field(card, field, size)  # type: ignore[arg-type]
            assert rect.x < card.rect.x + lines[0].x
            assert rect.right <= card.rect.right + 2
            for line in lines:
                assert rect.y < card.rect.y + line.y_baseline < rect.bottom


def test_an_empty_body_is_typed_just_below_the_title(laid_out: MapLayout) -> None:
    card = next(c for c in laid_out.cards.values() if c.title_lines and not c.body_lines)
    size = laid_out.style.card_body_font.size
    rect = card_text_field(card, "body", size)
    last_title = card.title_lines[-1]
    assert rect.y == card.rect.y + last_title.y_baseline + size * 0.6
    assert rect.x == card.rect.x + last_title.x - 4
    assert rect.h == size * 1.5 + 6
