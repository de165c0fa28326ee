"""Hit-testing round trips: from the boxes of a layout back to what they stand for."""

from __future__ import annotations

from mapstudio.layout import Hit, MapLayout


def test_the_centre_of_each_card_hits_that_card(laid_out: MapLayout) -> None:
    for card in laid_out.cards.values():
        x, y = card.rect.center
        hit = laid_out.hit_test(x, y)
        assert hit is not None and hit.kind == "card"
        assert hit.card_id == card.card_id
        assert (hit.persona_id, hit.lane_id, hit.stage_id) == card.cell
        index = laid_out.cells[card.cell].card_ids.index(card.card_id)
        assert laid_out.hit_test(x, card.rect.y + 1) == Hit(
            "card", *card.cell, card_id=card.card_id, slot=index
        )
        assert laid_out.hit_test(x, card.rect.bottom - 1).slot == index + 1  # type: ignore[union-attr]


def test_empty_cells_give_slot_zero_and_below_the_last_card_slot_n(laid_out: MapLayout) -> None:
    for key, cell in laid_out.cells.items():
        if not cell.accepts_cards:
            continue
        if not cell.card_ids:
            x, y = cell.rect.center
            assert laid_out.hit_test(x, y) == Hit("cell", *key, slot=0)
        else:
            last = laid_out.cards[cell.card_ids[-1]]
            x, y = cell.rect.center.x, last.rect.bottom + 1
            assert laid_out.hit_test(x, y) == Hit("cell", *key, slot=len(cell.card_ids))
            gap_before = laid_out.cards[cell.card_ids[0]].rect.y - 1
            assert laid_out.hit_test(x, gap_before) == Hit("cell", *key, slot=0)


def test_headers_labels_and_outside(laid_out: MapLayout) -> None:
    for header in laid_out.stage_headers:
        x, y = header.rect.center
        assert laid_out.hit_test(x, y) == Hit("stage_header", stage_id=header.stage_id)
    for band in laid_out.bands:
        x, y = band.header_rect.center
        assert laid_out.hit_test(x, y) == Hit("band_header", persona_id=band.persona_id)
    for label in laid_out.lane_labels:
        x, y = label.rect.center
        assert laid_out.hit_test(x, y) == Hit(
            "lane_label", persona_id=label.persona_id, lane_id=label.lane_id
        )
    assert laid_out.hit_test(1, 1) is None
    assert laid_out.hit_test(laid_out.width - 1, laid_out.height - 1) is None
    corner = laid_out.label_column
    assert laid_out.hit_test(corner.x + 5, corner.y + 5) is None  # above the lane labels


def test_emotion_lane_hits_and_markers(laid_out: MapLayout) -> None:
    curve = laid_out.curves["anna"]
    for marker in curve.markers:
        if marker.x >= laid_out.column_edges[-1]:
            continue  # a marker on the right edge of the map lies outside every column
        hit = laid_out.hit_test(marker.x, marker.y)
        assert hit is not None and hit.kind == "emotion"
        assert (hit.persona_id, hit.lane_id, hit.point_id) == ("anna", "emo", marker.point_id)
    quiet = laid_out.hit_test(curve.rect.x + 30, curve.rect.y + 2)
    assert quiet is not None and quiet.kind == "emotion" and quiet.point_id is None


def test_score_at_each_guide_is_that_step(laid_out: MapLayout) -> None:
    for persona_id, curve in laid_out.curves.items():
        for guide in curve.guides:
            assert laid_out.score_at(persona_id, guide.y) == guide.score
        assert laid_out.score_at(persona_id, curve.rect.y - 500) == curve.scale_max
        assert laid_out.score_at(persona_id, curve.rect.bottom + 500) == curve.scale_min


def test_offset_and_insert_indexes(laid_out: MapLayout) -> None:
    columns = laid_out.columns
    first = columns[0]
    assert laid_out.offset_at(first.stage_id, first.x) == 0.0
    assert laid_out.offset_at(first.stage_id, first.x + first.w / 4) == 0.25
    assert laid_out.offset_at(first.stage_id, first.x - 100) == 0.0
    assert laid_out.offset_at(first.stage_id, first.x + 10 * first.w) == 1.0
    assert laid_out.stage_insert_index(0) == 0
    assert laid_out.stage_insert_index(first.x + first.w * 0.6) == 1
    assert laid_out.stage_insert_index(columns[2].x + 1) == 2
    assert laid_out.stage_insert_index(laid_out.width) == len(columns)
    anna, ben = laid_out.bands[0], laid_out.bands[1]
    assert laid_out.band_insert_index(anna.rect.y + 1) == 0
    assert laid_out.band_insert_index(anna.rect.bottom - 1) == 1
    assert laid_out.band_insert_index(ben.rect.bottom - 1) == 2
    assert laid_out.band_insert_index(laid_out.height) == 2  # the shared band stays last


def test_marker_offsets_round_trip(laid_out: MapLayout) -> None:
    for curve in laid_out.curves.values():
        for marker in curve.markers:
            offset = laid_out.offset_at(marker.stage_id, marker.x)
            column = laid_out.column(marker.stage_id)
            assert column.x + offset * column.w == marker.x
            assert laid_out.score_at(curve.persona_id, marker.y) == marker.score
