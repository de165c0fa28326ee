"""What a poster prints besides its map, as display lists: crop marks, the marks of a
tiled sheet, the assembly guide and its grid (mapstudio.layout.sheets)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sheet_samples import A4, GUIDE, WORDS, grid

from mapstudio.layout import MM, BundledFontMeasurer, FontSpec, Rect, TextLine
from mapstudio.layout.display import (
    PathShape,
    RectShape,
    RoundedRectShape,
    Shape,
    Shapes,
    TextRun,
    UpwardText,
)
from mapstudio.layout.glyphs import Close, LineTo, MoveTo
from mapstudio.layout.sheets import (
    Symbol,
    assembly_guide,
    crop_marks,
    fit_text,
    photo_marks,
    poster_ground,
    sheet_marks,
    tile_grid,
)
from mapstudio.layout.style import DEFAULT_SHEET_STYLE

STYLE = DEFAULT_SHEET_STYLE


def lines_of(shapes: Shapes) -> Iterator[TextLine]:
    for shape in shapes:
        if isinstance(shape, TextRun | UpwardText):
            yield from shape.lines


def extent(shape: Shape, measurer: BundledFontMeasurer) -> Rect:
    """Where a shape draws ink (strokes and text boxes included), in its list's space."""
    if isinstance(shape, RectShape | RoundedRectShape):
        return shape.rect.inset(-shape.width / 2)
    if isinstance(shape, PathShape):
        return union(list(_segments(shape)))
    if isinstance(shape, TextRun):
        boxes = [
            Rect(
                line.x + shape.dx,
                line.y_baseline + shape.dy - measurer.ascent(line.font),
                line.width,
                measurer.ascent(line.font) + measurer.descent(line.font),
            )
            for line in shape.lines
        ]
        return union(boxes)
    if isinstance(shape, UpwardText):
        # Turned: a line's baseline runs up the page from (x + baseline, y - line.x).
        boxes = []
        for line in shape.lines:
            up, down = measurer.ascent(line.font), measurer.descent(line.font)
            bx, by = shape.x + line.y_baseline, shape.y - line.x
            boxes.append(Rect(bx - up, by - line.width, up + down, line.width))
        return union(boxes)
    raise AssertionError(f"no extent for {shape!r}")


def _segments(shape: PathShape) -> Iterator[Rect]:
    """The ink of each straight piece of a path: a flat cap ends where the line does,
    so a level or upright line only grows across itself."""
    half = shape.width / 2
    last = None
    for op in shape.ops:
        if isinstance(op, Close):
            continue
        assert isinstance(op, MoveTo | LineTo), "straight paths only"
        if isinstance(op, LineTo) and last is not None:
            x0, y0 = min(last[0], op.x), min(last[1], op.y)
            x1, y1 = max(last[0], op.x), max(last[1], op.y)
            grow_x = half if (x0 == x1 or shape.cap != "flat") else 0.0
            grow_y = half if (y0 == y1 or shape.cap != "flat") else 0.0
            if x0 != x1 and y0 != y1:
                grow_x = grow_y = half
            yield Rect(x0 - grow_x, y0 - grow_y, x1 - x0 + 2 * grow_x, y1 - y0 + 2 * grow_y)
        last = (op.x, op.y)


def union(rects: list[Rect]) -> Rect:
    left, top = min(r.x for r in rects), min(r.y for r in rects)
    right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
    return Rect(left, top, right - left, bottom - top)


def inside(outer: Rect, inner: Rect, slack: float = 1e-6) -> bool:
    return (
        inner.x >= outer.x - slack
        and inner.y >= outer.y - slack
        and inner.right <= outer.right + slack
        and inner.bottom <= outer.bottom + slack
    )


# -- the poster ------------------------------------------------------------------------


def test_crop_marks_stand_clear_of_the_trim_at_every_corner(measurer: BundledFontMeasurer) -> None:
    trim = Rect(40.0, 40.0, 500.0, 700.0)
    offset = 9.0
    marks, slug = crop_marks(trim, offset, "Map — trim 176 × 247 mm", 780.0, measurer=measurer)
    assert isinstance(marks, PathShape) and isinstance(slug, TextRun)
    assert marks.stroke == STYLE.crop_mark_color and marks.width == STYLE.crop_mark_width
    pairs = list(zip(marks.ops[::2], marks.ops[1::2], strict=True))
    assert len(pairs) == 8  # two a corner
    for start, end in pairs:
        assert isinstance(start, MoveTo) and isinstance(end, LineTo)
        length = abs(end.x - start.x) + abs(end.y - start.y)
        assert length == pytest.approx(STYLE.crop_mark_length)
        # On the line of a trim edge, and outside the trim by the offset at least.
        assert start.x in (trim.x, trim.right) or start.y in (trim.y, trim.bottom)
        for point in (start, end):
            outside = max(trim.x - point.x, point.x - trim.right, trim.y - point.y,
                          point.y - trim.bottom)  # fmt: skip
            assert outside >= offset - 1e-9
    (line,) = slug.lines
    assert line.y_baseline == 780.0 - STYLE.slug_baseline
    assert line.font == FontSpec("regular", STYLE.slug_size) and line.x == trim.x


def test_the_poster_ground_is_paper_band_and_a_rule_as_wide_as_the_band() -> None:
    bleed = Rect(30.0, 30.0, 600.0, 800.0)
    band = Rect(30.0, 30.0, 600.0, 120.0)
    paper, tint, rule = poster_ground(bleed, band, "#FFFFFF", "#D5D9DE", unit=2.0)
    assert paper == RectShape(bleed, "#FFFFFF")
    assert tint == RectShape(band, STYLE.title_band)
    assert isinstance(rule, PathShape) and rule.width == STYLE.title_rule_width * 2.0
    assert rule.ops == (MoveTo(band.x, band.bottom), LineTo(band.right, band.bottom))


# -- a tiled sheet ---------------------------------------------------------------------


def test_cut_lines_and_words_stay_on_the_strips_that_are_cut_off(
    measurer: BundledFontMeasurer,
) -> None:
    tiles = grid()
    sheet = tiles.sheet(0, 1)
    shapes = sheet_marks(tiles, sheet, WORDS, measurer=measurer)
    content = tiles.content_rect
    cut, words, along = shapes[:3]
    assert isinstance(cut, PathShape) and cut.stroke == STYLE.ink
    top_strip = Rect(tiles.margin, tiles.margin, content.right - tiles.margin, tiles.gutter)
    left_strip = Rect(tiles.margin, tiles.margin, tiles.gutter, content.bottom - tiles.margin)
    # Each line wholly outside the window, its edge on the window's: nothing of it is
    # left on the poster once cut, and the cut is where the poster's window begins.
    top_line = PathShape(cut.ops[:2], cut.stroke, cut.width)
    left_line = PathShape(cut.ops[2:], cut.stroke, cut.width)
    assert extent(top_line, measurer).bottom == pytest.approx(content.y)
    assert extent(left_line, measurer).right == pytest.approx(content.x)
    assert inside(top_strip, extent(words, measurer))
    assert inside(left_strip, extent(along, measurer))
    name, tail, note = lines_of((words,))
    assert (name.text, name.color, name.font.style) == ("R1-C2", STYLE.accent, "bold")
    assert tail.text == WORDS.facts + WORDS.title
    assert note.x + note.width == pytest.approx(content.right)
    assert tail.x + tail.width <= note.x - STYLE.cut_note_gap + 1e-6


def test_a_title_too_long_for_the_strip_is_shortened(measurer: BundledFontMeasurer) -> None:
    tiles = grid()
    words = WORDS._replace(title="A very long map title " * 20)
    shapes = sheet_marks(tiles, tiles.sheet(0, 0), words, measurer=measurer)
    _name, tail, note = lines_of(shapes[1:2])
    assert tail.text.endswith("…") and tail.text.startswith(WORDS.facts + "A very long")
    assert tail.x + tail.width <= note.x - STYLE.cut_note_gap + 1e-6


def test_fit_text_keeps_what_fits_and_gives_up_when_nothing_does(
    measurer: BundledFontMeasurer,
) -> None:
    font = FontSpec("regular", 7.0)
    assert fit_text("Short", font, 500.0, "facts · ", measurer) == "Short"
    room = measurer.width("facts · Journey…", font) + 0.01
    assert fit_text("Journey map", font, room, "facts · ", measurer) == "Journey…"
    assert fit_text("Journey map", font, 1.0, "facts · ", measurer) == ""


@pytest.mark.parametrize(
    ("row", "col", "sides"), [(0, 0, {"right", "down"}), (1, 0, {"right"}), (0, 2, set())]
)
def test_glue_marks_lie_inside_the_strip_the_neighbour_covers(
    measurer: BundledFontMeasurer, row: int, col: int, sides: set[str]
) -> None:
    # R1-C3 has no neighbour on its right, and the place below it is left out.
    tiles = grid()
    sheet = tiles.sheet(row, col)
    shapes = sheet_marks(tiles, sheet, WORDS, measurer=measurer)[3:]
    content, overlap = tiles.content_rect, tiles.overlap
    strips = {
        "right": Rect(content.right - overlap, content.y, overlap, content.h),
        "down": Rect(content.x, content.bottom - overlap, content.w, overlap),
    }
    found = set()
    for shape in shapes:
        ink = extent(shape, measurer)
        side = next(s for s, strip in strips.items() if inside(strip, ink))
        found.add(side)
    assert found == sides
    labels = [line.text for line in lines_of(shapes)]
    neighbours = tiles.neighbours(sheet)
    assert sorted(labels) == sorted(f"{neighbours[s]} goes on top" for s in sides)


def test_the_right_glue_label_reads_upwards(measurer: BundledFontMeasurer) -> None:
    tiles = grid()
    shapes = sheet_marks(tiles, tiles.sheet(0, 0), WORDS, measurer=measurer)
    turned = [s for s in shapes if isinstance(s, UpwardText)]
    # The left strip's note and the right glue label; the label below reads across.
    assert [s.lines[0].text for s in turned] == [WORDS.along_note, "R1-C2 goes on top"]
    across = [s for s in shapes[3:] if isinstance(s, TextRun)]
    assert [s.lines[0].text for s in across] == ["R2-C1 goes on top"]
    arrows = [s for s in shapes if isinstance(s, PathShape) and s.fill is not None]
    assert len(arrows) == 2 and all(isinstance(a.ops[-1], Close) for a in arrows)
    assert all(a.fill == STYLE.accent and a.stroke is None for a in arrows)


def test_a_narrow_strip_leaves_the_label_off_but_keeps_the_arrow(
    measurer: BundledFontMeasurer,
) -> None:
    tiles = replace(grid(), overlap=3 * MM)
    shapes = sheet_marks(tiles, tiles.sheet(0, 0), WORDS, measurer=measurer)
    assert [line.text for line in lines_of(shapes[3:])] == []
    assert sum(1 for s in shapes if isinstance(s, PathShape) and s.fill) == 2


# -- the assembly guide -----------------------------------------------------------------


def test_the_guide_fits_the_poster_between_the_facts_and_the_steps(
    measurer: BundledFontMeasurer,
) -> None:
    tiles = grid()
    media_w, media_h = 1500.0, 1400.0  # wider than tall: the guide is landscape
    page = assembly_guide(tiles, media_w, media_h, GUIDE, measurer=measurer)
    assert (page.width, page.height) == (A4[1], A4[0])
    # Everything within what the printer prints (a font's ascender reaches a little
    # above the guide's own margin).
    margin = tiles.margin
    paper = Rect(margin, margin, page.width - 2 * margin, page.height - 2 * margin)
    text = [s for s in page.shapes if isinstance(s, TextRun)]
    lines = [line for run in text for line in run.lines]
    heading = next(line for line in lines if line.text == GUIDE.heading)
    assert heading.font == FontSpec("bold", STYLE.guide_title_size)
    facts = [line for line in lines if line.color == STYLE.muted]
    steps = [line for line in lines if line.text.startswith(("1 ", "2 "))]
    poster = Rect(page.poster_x, page.poster_y, media_w * page.poster_scale,
                  media_h * page.poster_scale)  # fmt: skip
    grid_ink = union([extent(s, measurer) for s in page.grid if not isinstance(s, TextRun)])
    assert poster.y > max(line.y_baseline for line in facts)
    assert grid_ink.bottom < min(line.y_baseline for line in steps) - STYLE.guide_step_size
    for shape in (*page.shapes, *page.grid):
        assert inside(paper, extent(shape, measurer)), shape


def test_the_scale_bar_is_exactly_100_mm(measurer: BundledFontMeasurer) -> None:
    page = assembly_guide(grid(), 800.0, 1200.0, GUIDE, measurer=measurer)
    outline = next(
        s
        for s in page.shapes
        if isinstance(s, RectShape) and s.fill is None and s.stroke == STYLE.ink
    )
    assert outline.rect.w == pytest.approx(100 * MM)
    filled = [s for s in page.shapes if isinstance(s, RectShape) and s.fill == STYLE.ink]
    assert len(filled) == 5 and all(s.rect.w == pytest.approx(10 * MM) for s in filled)
    ticks = next(s for s in page.shapes if isinstance(s, PathShape) and s.stroke == STYLE.ink)
    xs = sorted({op.x for op in ticks.ops if isinstance(op, MoveTo)})
    assert len(xs) == 11 and xs[-1] - xs[0] == pytest.approx(100 * MM)


def test_the_grid_names_every_place_and_pills_only_the_printed_ones(
    measurer: BundledFontMeasurer,
) -> None:
    tiles = grid()
    shapes = tile_grid(tiles, 1400.0, 1500.0, 10.0, 20.0, 0.25, measurer=measurer)
    windows = [s for s in shapes if isinstance(s, RectShape)]
    assert len(windows) == len(tiles.printed)
    assert windows[0].rect == Rect(10.0 + 0.25 * tiles.sheets[0].window.x, 20.0,
                                   0.25 * tiles.content_w, 0.25 * tiles.content_h)  # fmt: skip
    dashed = [s for s in shapes if isinstance(s, PathShape)]
    assert len(dashed) == 1 and dashed[0].dash == STYLE.skipped_dash
    pills = [s for s in shapes if isinstance(s, RoundedRectShape)]
    labels = list(lines_of(shapes))
    assert [line.text for line in labels] == [s.label for s in tiles.sheets]
    assert len(pills) == len(tiles.printed)
    for pill, line in zip(pills, (x for x in labels if x.color == STYLE.accent), strict=True):
        # The name sits in its pill, both centred on the same point.
        assert pill.rect.center.x == pytest.approx(line.x + line.width / 2)
        assert pill.rect.x < line.x and line.x + line.width < pill.rect.right
    skipped = next(line for line in labels if line.color == STYLE.muted)
    assert skipped.text == "R2-C3" and skipped.font.style == "regular"


def test_grid_names_follow_the_drawn_size_within_bounds(measurer: BundledFontMeasurer) -> None:
    tiles = grid()
    tiny = tile_grid(tiles, 1400.0, 1500.0, 0.0, 0.0, 0.01, measurer=measurer)
    huge = tile_grid(tiles, 1400.0, 1500.0, 0.0, 0.0, 10.0, measurer=measurer)
    assert {line.font.size for line in lines_of(tiny)} == {STYLE.grid_label_min}
    assert {line.font.size for line in lines_of(huge)} == {STYLE.grid_label_max}


def test_the_look_follows_the_style(measurer: BundledFontMeasurer) -> None:
    style = replace(STYLE, accent="#FF0000", cut_line_width=1.0, crop_mark_width=0.5)
    tiles = grid()
    shapes = sheet_marks(tiles, tiles.sheet(0, 0), WORDS, style, measurer)
    cut = shapes[0]
    assert isinstance(cut, PathShape) and cut.width == 1.0
    assert next(lines_of(shapes)).color == "#FF0000"
    marks = crop_marks(Rect(0, 0, 10, 10), 3.0, "", 20.0, style, measurer)[0]
    assert isinstance(marks, PathShape) and marks.width == 0.5


# -- photo marks -----------------------------------------------------------------------


def test_photo_marks_are_dark_runs_on_white_quiet_zones() -> None:
    cells = (
        (True, True, False, True),
        (False, False, False, False),
        (True, False, True, True),
        (True, True, True, True),
    )
    rect = Rect(100.0, 50.0, 40.0, 40.0)  # a 10 pt cell
    quiet = rect.inset(-20.0)
    other = Symbol(((True,),), Rect(0.0, 0.0, 1.0, 1.0), Rect(-1.0, -1.0, 3.0, 3.0))
    shapes = photo_marks((Symbol(cells, rect, quiet), other), "#FFFFFF")
    # Both quiet zones first, so neither can cover the other's cells.
    assert shapes[:2] == (RectShape(quiet, "#FFFFFF"), RectShape(other.quiet, "#FFFFFF"))
    # Then the dark runs of both, as one filled path (one dark area on paper: no light
    # line where two runs meet), one closed rectangle a run.
    assert len(shapes) == 3
    path = shapes[2]
    assert isinstance(path, PathShape)
    assert path.fill == STYLE.photo_mark_ink and path.stroke is None
    rects = _closed_rects(path)
    seam = STYLE.photo_mark_seam
    # Row 0: two runs; row 2: two; row 3: one; then the other symbol's single cell.
    expected = [
        (100.0, 50.0, 20.0 + seam, 10.0 + seam),
        (130.0, 50.0, 10.0 + seam, 10.0 + seam),
        (100.0, 70.0, 10.0 + seam, 10.0 + seam),
        (120.0, 70.0, 20.0 + seam, 10.0 + seam),
        (100.0, 80.0, 40.0 + seam, 10.0 + seam),
    ]
    assert len(rects) == 6
    for got, want in zip(rects[:5], expected, strict=True):
        assert (got.x, got.y, got.w, got.h) == pytest.approx(want)
    # A small cell overlaps its neighbours by a share of itself, not by a fixed hair.
    assert rects[5].w == pytest.approx(1.0 + STYLE.photo_mark_seam_share)


def _closed_rects(path: PathShape) -> list[Rect]:
    """The rectangles of a path of closed four-corner subpaths, each drawn clockwise
    from its top-left corner (the same way round, so non-zero winding unites them)."""
    rects = []
    ops = list(path.ops)
    for i in range(0, len(ops), 5):
        start, right, bottom, left, close = ops[i : i + 5]
        assert isinstance(start, MoveTo) and isinstance(close, Close)
        assert isinstance(right, LineTo) and isinstance(bottom, LineTo)
        assert isinstance(left, LineTo)
        assert (right.y, bottom.x, left.x, left.y) == (start.y, right.x, start.x, bottom.y)
        assert right.x > start.x and bottom.y > start.y  # clockwise on a y-down page
        rects.append(Rect(start.x, start.y, right.x - start.x, bottom.y - start.y))
    return rects
