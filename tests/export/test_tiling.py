"""Tiling geometry: sheet counts, steps, labels, and impossible combinations."""

from __future__ import annotations

import pytest

from mapstudio.export import PAGE_SIZES, ExportError, plan_tiles, sheet_label
from mapstudio.export.tiling import FOOTER, row_letters

MM = 72 / 25.4
A3, A4 = PAGE_SIZES["A3"], PAGE_SIZES["A4"]


def test_labels() -> None:
    assert sheet_label(1, 2) == "B3"
    assert row_letters(0) == "A"
    assert row_letters(25) == "Z"
    assert row_letters(26) == "AA"


def test_a3_on_a4_is_two_by_two_with_centred_grid() -> None:
    plan = plan_tiles(A3.width, A3.height, A4, 10 * MM, 6 * MM)
    assert (plan.rows, plan.cols) == (2, 2)
    assert plan.content_w == pytest.approx(A4.width - 12 * MM)
    assert plan.content_h == pytest.approx(A4.height - 12 * MM - FOOTER)
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
