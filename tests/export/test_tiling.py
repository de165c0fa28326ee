"""Tiling geometry: sheet counts, steps, labels, and impossible combinations."""

from __future__ import annotations

import pytest

from mapstudio.export import PAGE_SIZES, ExportError, plan_tiles, sheet_label
from mapstudio.export.tiling import GUTTER
from mapstudio.layout import Rect

MM = 72 / 25.4
A3, A4 = PAGE_SIZES["A3"], PAGE_SIZES["A4"]


def test_labels_cannot_be_mistaken_for_paper_sizes() -> None:
    assert sheet_label(1, 2) == "R2-C3"
    paper = {name.lower() for name in PAGE_SIZES} | {f"{s}{n}" for s in "abc" for n in range(11)}
    for row in range(30):
        for col in range(30):
            label = sheet_label(row, col)
            assert label.lower() not in paper
            assert not any(label.lower().startswith(name) for name in paper), label


def test_a3_on_a4_is_two_by_two_with_centred_grid() -> None:
    plan = plan_tiles(A3.width, A3.height, A4, 10 * MM, 6 * MM)
    assert (plan.rows, plan.cols) == (2, 2)
    assert plan.content_w == pytest.approx(A4.width - 12 * MM - GUTTER)
    assert plan.content_h == pytest.approx(A4.height - 12 * MM - GUTTER)
    # The grid covers the poster and is centred on it.
    assert plan.origin_x <= 0 and plan.origin_y <= 0
    assert plan.origin_x + plan.assembled_w >= A3.width
    assert plan.origin_y + plan.assembled_h >= A3.height
    assert plan.origin_x == pytest.approx(-(plan.assembled_w - A3.width) / 2)


def test_windows_step_by_printable_size_minus_overlap() -> None:
    """Taped with the overlap, neighbouring windows continue each other exactly."""
    overlap = 12 * MM
    plan = plan_tiles(PAGE_SIZES["A1"].width, PAGE_SIZES["A1"].height, A4, overlap, 6 * MM)
    for sheet in plan.sheets:
        right = plan.neighbours(sheet).get("right")
        if right is not None:
            other = plan.sheet(sheet.row, sheet.col + 1)
            assert other.label == right
            assert other.window.x - sheet.window.x == pytest.approx(plan.content_w - overlap)
            # The overlap strip is printed on both sheets.
            assert sheet.window.right - other.window.x == pytest.approx(overlap)
        down = plan.neighbours(sheet).get("down")
        if down is not None:
            other = plan.sheet(sheet.row + 1, sheet.col)
            assert other.window.y - sheet.window.y == pytest.approx(plan.content_h - overlap)


def test_picks_the_sheet_orientation_that_needs_fewer_sheets() -> None:
    wide = plan_tiles(900 * MM, 180 * MM, A4, 10 * MM, 6 * MM)
    assert wide.sheet_w > wide.sheet_h  # landscape sheets: one row instead of two
    assert wide.rows == 1


@pytest.mark.parametrize(
    ("poster", "overlap", "margin", "words"),
    [
        ((150 * MM, 200 * MM), 10 * MM, 6 * MM, "fits on one"),
        ((A3.width, A3.height), 200 * MM, 6 * MM, "overlap"),
        ((A3.width, A3.height), 10 * MM, 100 * MM, "margin"),
    ],
)
def test_impossible_combinations(
    poster: tuple[float, float], overlap: float, margin: float, words: str
) -> None:
    with pytest.raises(ExportError, match=words):
        plan_tiles(*poster, A4, overlap, margin)


def test_the_grid_covers_the_content_and_leaves_out_sheets_without_any() -> None:
    """A tall map on a wide poster: the grid follows the title band and the map, and the
    places beside the map are not printed."""
    poster_w, poster_h = PAGE_SIZES["A1"].height, PAGE_SIZES["A1"].width  # landscape
    band = Rect(0, 0, poster_w, 120)
    tall_map = Rect(poster_w / 2 - 100, 140, 200, poster_h - 160)
    whole = plan_tiles(poster_w, poster_h, A4, 10 * MM, 6 * MM)
    plan = plan_tiles(poster_w, poster_h, A4, 10 * MM, 6 * MM, content=(band, tall_map))
    assert plan.skipped and len(plan.printed) < len(whole.printed)
    for sheet in plan.sheets:
        w = sheet.window
        meets = any(
            min(w.right, b.right) - max(w.x, b.x) > 0.5
            and min(w.bottom, b.bottom) - max(w.y, b.y) > 0.5
            for b in (band, tall_map)
        )
        assert sheet.printed == meets, sheet.label
    # Every point of the content lies in a printed window.
    for box in (band, tall_map):
        for fx in (0.0, 0.25, 0.5, 0.75, 1.0):
            for fy in (0.0, 0.5, 1.0):
                x, y = box.x + fx * box.w, box.y + fy * box.h
                assert any(
                    s.window.x <= x <= s.window.right and s.window.y <= y <= s.window.bottom
                    for s in plan.printed
                ), (x, y)
    # Neighbours are only printed sheets, and the guide numbers only those.
    for sheet in plan.printed:
        for label in plan.neighbours(sheet).values():
            assert label in {s.label for s in plan.printed}
    assert [plan.number(s) for s in plan.printed] == list(range(1, len(plan.printed) + 1))


def test_visible_windows_tile_the_grid_without_gaps() -> None:
    plan = plan_tiles(PAGE_SIZES["A1"].width, PAGE_SIZES["A1"].height, A4, 10 * MM, 6 * MM)
    area = sum(plan.visible_window(s).w * plan.visible_window(s).h for s in plan.printed)
    assert area == pytest.approx(plan.assembled_w * plan.assembled_h)
