"""Sample tile grids and words for the tests of what a poster prints besides its map
(mapstudio.layout.sheets); the parity test in tests/ui draws the same samples."""

from __future__ import annotations

from mapstudio.layout import MM, Rect
from mapstudio.layout.sheets import GuideText, SheetText
from mapstudio.layout.tiles import Sheet, TilePlan

A4 = (595.28, 841.89)
WORDS = SheetText(
    facts="row 1 · column 1 · sheet 1 of 5 · ",
    title="Current state",
    cut_note="cut along the lines at the top and on the left",
    along_note="cut along this line",
    on_top="{sheet} goes on top",
)


def grid(rows: int = 2, cols: int = 3, skip: tuple[tuple[int, int], ...] = ((1, 2),)) -> TilePlan:
    """A grid of A4 sheets (5 mm printer margin, 10 mm overlap) from the poster's
    top-left corner, with the places in `skip` left out."""
    margin, overlap, gutter = 5 * MM, 10 * MM, 7 * MM
    content_w, content_h = A4[0] - 2 * margin - gutter, A4[1] - 2 * margin - gutter
    step_x, step_y = content_w - overlap, content_h - overlap
    sheets = tuple(
        Sheet(r, c, Rect(c * step_x, r * step_y, content_w, content_h), (r, c) not in skip)
        for r in range(rows)
        for c in range(cols)
    )
    return TilePlan("A4", *A4, margin, overlap, gutter, rows, cols, 0.0, 0.0, sheets)


GUIDE = GuideText(
    heading="Assembly guide — Current state",
    facts="5 A4 sheets in 2 rows and 3 columns · taped poster 540 × 1530 mm · map at 74 %",
    steps=("1  Print every sheet at 100 %.", "2  Lay the sheets out as in the grid above."),
    bar_note="100 mm — if this bar is shorter or longer, print again at 100 % (actual size)",
)
