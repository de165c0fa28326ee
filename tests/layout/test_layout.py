"""The arrangement of a laid-out map: rows, columns, cells, cards and their text."""

from __future__ import annotations

from itertools import combinations, pairwise

import pytest
from layout_maps import sample_project

from mapstudio.layout import (
    DEFAULT_STYLE,
    BundledFontMeasurer,
    MapLayout,
    TextLine,
    layout,
)
from mapstudio.layout.text import EPSILON
from mapstudio.model import Card, LaneKind, Project, index_cells

TOL = 1e-6


def _lines_fit(lines: tuple[TextLine, ...], width: float, measurer: BundledFontMeasurer) -> None:
    for line in lines:
        assert line.width == pytest.approx(measurer.width(line.text, line.font))
        assert line.x >= -TOL, line
        assert line.x + line.width <= width + EPSILON, (line, width)


def test_layout_is_deterministic(project: Project) -> None:
    journey = project.maps[0]
    first = layout(journey, project, measurer=BundledFontMeasurer())
    second = layout(journey, project, measurer=BundledFontMeasurer())
    assert first == second
    assert layout(sample_project().maps[0], sample_project()) == first


def test_bands_follow_the_map_and_skip_unknown_personas(laid_out: MapLayout) -> None:
    assert [band.persona_id for band in laid_out.bands] == ["anna", "ben", None]
    shared = laid_out.bands[-1]
    assert shared.avatar_rect is None
    assert [line.text for line in shared.lines] == ["Shared"]
    anna = laid_out.bands[0]
    assert anna.color == "#3A6EA5"
    assert [line.text for line in anna.lines] == ["Anna Berg", "First-time buyer"]
    assert [line.text for line in anna.avatar_lines] == ["AB"]


def test_lane_labels_cover_every_lane_of_every_band(laid_out: MapLayout) -> None:
    labels = [(label.persona_id, label.lane_id) for label in laid_out.lane_labels]
    persona_lanes = ["act", "tp", "th", "emo", "pain", "opp", "notes"]
    expected = [(p, lane) for p in ("anna", "ben") for lane in persona_lanes]
    expected += [(None, lane) for lane in ("back", "kpi", "sopp")]
    assert labels == expected
    thoughts = next(label for label in laid_out.lane_labels if label.lane_id == "th")
    assert [line.text for line in thoughts.lines] == ["Thoughts"]  # kind title by default


def test_every_cell_exists_including_empty_ones(laid_out: MapLayout) -> None:
    assert len(laid_out.cells) == (2 * 7 + 3) * 5
    for key, cell in laid_out.cells.items():
        assert cell.key == key
        assert cell.accepts_cards == (cell.kind is not LaneKind.EMOTIONS)


def test_cells_do_not_overlap(laid_out: MapLayout) -> None:
    for a, b in combinations(laid_out.cells.values(), 2):
        assert not a.rect.intersects(b.rect), (a.key, b.key)


def test_cells_tile_their_rows_and_rows_tile_the_map(laid_out: MapLayout) -> None:
    columns = laid_out.columns
    for row in laid_out.rows:
        if row.kind != "lane":
            continue
        row_cells = sorted(
            (
                c
                for c in laid_out.cells.values()
                if (c.key.persona_id, c.key.lane_id) == (row.persona_id, row.lane_id)
            ),
            key=lambda c: c.rect.x,
        )
        assert len(row_cells) == len(columns)
        assert row_cells[0].rect.x == columns[0].x
        for left, right in pairwise(row_cells):
            assert right.rect.x == pytest.approx(left.rect.right)
        assert row_cells[-1].rect.right == pytest.approx(laid_out.column_edges[-1])
        for cell in row_cells:
            assert (cell.rect.y, cell.rect.h) == (row.y, row.h)
    for upper, lower in zip(laid_out.rows, laid_out.rows[1:], strict=False):
        assert lower.y == pytest.approx(upper.y + upper.h)
    for band in laid_out.bands:
        assert band.rect.y == band.header_rect.y
    assert laid_out.bands[-1].rect.bottom == pytest.approx(laid_out.row_edges[-1])
    assert laid_out.height == pytest.approx(laid_out.row_edges[-1] + DEFAULT_STYLE.margin)
    assert laid_out.width == pytest.approx(laid_out.column_edges[-1] + DEFAULT_STYLE.margin)


def test_every_card_lies_inside_its_cell_in_order(project: Project, laid_out: MapLayout) -> None:
    journey = project.maps[0]
    assert set(laid_out.cards) == {card.id for card in journey.cards}
    for key, cards in index_cells(journey).items():
        cell = laid_out.cells[key]
        assert cell.card_ids == tuple(card.id for card in cards)
        boxes = [laid_out.cards[card_id] for card_id in cell.card_ids]
        for box in boxes:
            assert box.cell == key
            assert cell.rect.x <= box.rect.x and box.rect.right <= cell.rect.right + TOL
            assert cell.rect.y <= box.rect.y and box.rect.bottom <= cell.rect.bottom + TOL
            assert box.rect.w == pytest.approx(cell.rect.w - 2 * DEFAULT_STYLE.cell_padding)
        for upper, lower in pairwise(boxes):
            assert not upper.rect.intersects(lower.rect)
            assert upper.rect.bottom <= lower.rect.y


def test_every_text_line_fits_its_box(laid_out: MapLayout, measurer: BundledFontMeasurer) -> None:
    pad = DEFAULT_STYLE.card_padding
    for card in laid_out.cards.values():
        for lines in (card.title_lines, card.body_lines, card.meta_lines):
            _lines_fit(lines, card.rect.w - pad, measurer)
            for line in lines:
                assert line.x >= pad - TOL
                assert line.y_baseline < card.rect.h
    for header in laid_out.stage_headers:
        _lines_fit(header.lines, header.rect.w, measurer)
    for label in laid_out.lane_labels:
        _lines_fit(label.lines, label.rect.w, measurer)
        assert label.lines[-1].y_baseline < label.rect.h
    for band in laid_out.bands:
        _lines_fit(band.lines, band.header_rect.w, measurer)


def test_card_content(laid_out: MapLayout) -> None:
    cards = laid_out.cards

    def meta(card_id: str) -> list[str]:
        return [line.text for line in cards[card_id].meta_lines]

    assert meta("t1") == ["Website"]
    assert cards["t1"].channel is not None
    assert meta("p1") == ["Severity 4/5", "#checkout #drop-off"]
    assert cards["p1"].dots == 4 and cards["p1"].dots_rect is not None
    assert cards["p2"].dots == 2
    assert meta("o1") == ["Impact 4 · Effort 2"]
    assert meta("k1") == ["38 % · target 25 %"]
    assert meta("k2") == ["41.5"]
    assert meta("so1") == ["Impact 3"]
    assert meta("a1") == []
    assert cards["a1"].fill == DEFAULT_STYLE.kind_fill(LaneKind.ACTIONS)
    assert cards["n1"].fill == "#FFDDEE"  # the card's own colour wins
    assert cards["q1"].body_lines[0].font.style == "italic"  # thoughts are quotes
    assert len(cards["a2"].body_lines) == DEFAULT_STYLE.card_body_max_lines
    assert cards["a2"].body_lines[-1].text.endswith("…")
    assert len(cards["a3"].title_lines) > 1  # an unbreakable title breaks inside the word
    assert cards["a1"].image_rect is None


def test_a_long_stage_name_widens_its_column(project: Project) -> None:
    journey = project.maps[0]
    long_name = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    stages = (journey.stages[0].model_copy(update={"name": long_name}), *journey.stages[1:])
    changed = journey.model_copy(update={"stages": stages})
    result = layout(changed, project)
    header = result.stage_headers[0]
    assert header.rect.w > DEFAULT_STYLE.column_width
    assert [line.text for line in header.lines] == [long_name]
    assert result.columns[1].w == DEFAULT_STYLE.column_width
    # Cards in the wide column get wider too.
    assert result.cards["a1"].rect.w == pytest.approx(
        header.rect.w - 2 * DEFAULT_STYLE.cell_padding
    )


def test_a_cell_grows_with_its_cards(project: Project, laid_out: MapLayout) -> None:
    journey = project.maps[0]
    extra = tuple(
        Card(lane_id="act", stage_id="s4", persona_id="ben", order=i, title=f"Step {i}")
        for i in range(12)
    )
    grown = layout(journey.model_copy(update={"cards": journey.cards + extra}), project)
    key = next(k for k in grown.cells if k == ("ben", "act", "s4"))
    before, after = laid_out.cells[key], grown.cells[key]
    assert before.rect.h == DEFAULT_STYLE.min_cell_height
    assert after.rect.h > before.rect.h
    last = grown.cards[after.card_ids[-1]]
    assert last.rect.bottom + DEFAULT_STYLE.cell_padding == pytest.approx(after.rect.bottom)
    # The whole row grows with it, and the rows below move down.
    neighbour = grown.cells[next(k for k in grown.cells if k == ("ben", "act", "s0"))]
    assert neighbour.rect.h == after.rect.h
    assert grown.height == pytest.approx(laid_out.height + after.rect.h - before.rect.h)


def test_empty_map_and_map_without_bands(project: Project) -> None:
    journey = project.maps[0].model_copy(update={"bands": (), "stages": (), "cards": ()})
    result = layout(journey, project)
    assert [band.persona_id for band in result.bands] == [None]
    assert result.cells == {}
    assert result.columns == ()
    label = result.lane_labels[0]
    hit = result.hit_test(label.rect.center.x, label.rect.center.y)
    assert hit is not None and hit.kind == "lane_label" and hit.lane_id == "back"


def test_misfiled_cards_are_not_drawn(project: Project) -> None:
    journey = project.maps[0]
    strays = (
        Card(id="in-emotions", lane_id="emo", stage_id="s0", persona_id="anna"),
        Card(id="no-lane", lane_id="gone", stage_id="s0", persona_id="anna"),
        Card(id="no-band", lane_id="act", stage_id="s0", persona_id="ghost"),
    )
    result = layout(journey.model_copy(update={"cards": journey.cards + strays}), project)
    assert not {"in-emotions", "no-lane", "no-band"} & set(result.cards)
    assert result.cells[("anna", "emo", "s0")].card_ids == ()
