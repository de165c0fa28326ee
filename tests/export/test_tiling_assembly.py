"""Tiled sheets printed, cut as their marks say and taped together equal the poster.

Every sheet is rendered by poppler (pdftoppm, 150 dpi), and so is the single-sheet
poster, seen through a page the size of that sheet placed where the sheet's window
lies: the two pictures then share one pixel grid, so "equal" can be strict. On each
sheet the part that shows once the poster is assembled (the window less the strips its
right and lower neighbours cover; the gutter with the name and the cut lines is cut
off) must equal the poster within one pixel, from one pixel inside each cut edge: a cut
line, a glue mark or a label left there would differ by far more. The visible parts
must tile the grid without gaps, places left out must be white on the poster, and no
printed sheet may be blank. An assembled picture is kept for people to look at.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject

from mapstudio.export import build_options, export_pdf, plan_export
from mapstudio.export.poster import PosterPlan
from mapstudio.model import Project

DPI = 150
PX = DPI / 72  # pixels per point
LOW_DPI = 40  # enough to see that a place left out is white on the poster
TOLERANCE = 80  # of 255: glyph hinting measured up to 57; a mark left over is 150+
INSET = 1  # pixels left out at each cut edge (the edge pixel mixes both sides)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm (poppler-utils)"
)


def _render(
    pdf: Path, out: Path, first: int | None = None, last: int | None = None, dpi: int = DPI
) -> list[Path]:
    """Pages of `pdf` as PPM pictures, in page order."""
    args = ["pdftoppm", "-r", str(dpi)]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf), str(out)], check=True, timeout=300)
    return sorted(out.parent.glob(out.name + "-*.ppm"), key=lambda p: int(p.stem.split("-")[-1]))


def _windows_of_poster(single: Path, plan: PosterPlan, out: Path) -> Path:
    """A PDF whose page n shows the single-sheet poster through a page the size of
    printed sheet n, placed so that the poster lies on it as on that sheet."""
    tiles = plan.tiles
    assert tiles is not None
    content = tiles.content_rect
    writer = PdfWriter()
    for sheet in tiles.printed:
        page = writer.add_page(PdfReader(single).pages[0])
        # Poster x of the sheet's left edge; PDF boxes count y up from the bottom.
        left = sheet.window.x - content.x
        top = sheet.window.y - content.y
        box = RectangleObject(
            [left, plan.media_h - top - tiles.sheet_h, left + tiles.sheet_w, plan.media_h - top]
        )
        page.mediabox = box
        page.cropbox = box
        for name in ("/TrimBox", "/BleedBox"):
            if name in page:
                del page[name]
    writer.write(out)
    return out


def _beyond_one_pixel(a: Image.Image, b_around: Image.Image) -> Image.Image:
    """Per pixel, how far `a` lies outside the range of the poster's pixels within one
    pixel of it (largest channel, 0..255). `b_around` is the poster under `a` with one
    pixel more on every side, so the leeway reaches across the edge of the compared part
    as it does inside it. Poppler places a glyph at a quarter-pixel step, so the same
    text drawn through another transformation may move by a pixel: that stays inside the
    range; a mark does not."""
    a, b = a.convert("RGB"), b_around.convert("RGB")
    inner = (1, 1, b.width - 1, b.height - 1)
    low = b.filter(ImageFilter.MinFilter(3)).crop(inner)
    high = b.filter(ImageFilter.MaxFilter(3)).crop(inner)
    beyond = ImageChops.lighter(ImageChops.subtract(low, a), ImageChops.subtract(a, high))
    red, green, blue = beyond.split()
    return ImageChops.lighter(ImageChops.lighter(red, green), blue)


def _check_assembly(project: Project, tmp_path: Path, page: str, tile: str, map_id: str) -> None:
    options = build_options(page=page, tile=tile, map=map_id)
    plan = plan_export(project, options)[0]
    tiles = plan.tiles
    assert tiles is not None
    tiled, single = tmp_path / "tiled.pdf", tmp_path / "single.pdf"
    report = export_pdf(project, tiled, options)
    export_pdf(project, single, build_options(page=page, map=map_id))
    assert report.sheets == len(tiles.printed) == len(PdfReader(tiled).pages) - 1
    sheets = _render(tiled, tmp_path / "sheet", first=2)
    windows = _render(_windows_of_poster(single, plan, tmp_path / "w.pdf"), tmp_path / "poster")
    assert len(sheets) == len(windows) == len(tiles.printed)

    content = tiles.content_rect
    pieces: list[tuple[Image.Image, tuple[int, int]]] = []
    worst: list[tuple[int, str]] = []
    for sheet, sheet_png, window_png in zip(tiles.printed, sheets, windows, strict=True):
        with Image.open(sheet_png) as printed, Image.open(window_png) as poster:
            # Poppler rounds a page's pixel size: the boxes differ in the last digit.
            assert abs(printed.width - poster.width) <= 1
            assert abs(printed.height - poster.height) <= 1
            seen = tiles.visible_window(sheet)
            # The visible part of the window, on the sheet, less one pixel at each edge.
            left = content.x + (seen.x - sheet.window.x)
            top = content.y + (seen.y - sheet.window.y)
            box = (
                math.floor(left * PX) + INSET,
                math.floor(top * PX) + INSET,
                math.ceil((left + seen.w) * PX) - INSET,
                math.ceil((top + seen.h) * PX) - INSET,
            )
            part = printed.crop(box)
            darkest = part.convert("L").getextrema()[0]
            assert darkest < 235, f"{sheet.label} is printed but blank"
            same_place = poster.crop(box)
            # Where the pixels differ at all; only there is the one-pixel leeway needed.
            strict = ImageChops.difference(part.convert("RGB"), same_place.convert("RGB"))
            found = strict.convert("L").point(lambda v: 255 if v > 8 else 0).getbbox()
            value = 0
            if found is not None:
                # Text that crosses a cut edge may move by a pixel across it too: the
                # range comes from the poster on both sides of the edge.
                near = (
                    max(0, found[0] - 2),
                    max(0, found[1] - 2),
                    min(part.width, found[2] + 2),
                    min(part.height, found[3] + 2),
                )
                around = (
                    box[0] + near[0] - 1,
                    box[1] + near[1] - 1,
                    box[0] + near[2] + 1,
                    box[1] + near[3] + 1,
                )
                difference = _beyond_one_pixel(part.crop(near), poster.crop(around))
                value = difference.getextrema()[1]
            worst.append((value, sheet.label))
            # Taped together: each sheet pasted where its window lies on the poster.
            dx = round((sheet.window.x - content.x) * PX)
            dy = round((sheet.window.y - content.y) * PX)
            if value > TOLERANCE:
                pieces.append((part, (box[0] + dx, box[1] + dy)))
    bad = [(value, label) for value, label in worst if value > TOLERANCE]
    if bad:
        # For people to look at: the sheets that differ, taped where they belong.
        assembled = Image.new("RGB", (round(plan.media_w * PX), round(plan.media_h * PX)), "white")
        for part, where in pieces:
            assembled.paste(part, where)
        assembled.save(tmp_path / "assembled.png")
    assert not bad, f"sheets differ from the poster where it shows (max difference, sheet): {bad}"

    # The visible parts tile the grid: each ends where its right and lower neighbours begin.
    for sheet in tiles.printed:
        seen = tiles.visible_window(sheet)
        around = tiles.neighbours(sheet)
        if "right" in around:
            right = tiles.sheet(sheet.row, sheet.col + 1)
            assert seen.right == pytest.approx(right.window.x)
        if "down" in around:
            below = tiles.sheet(sheet.row + 1, sheet.col)
            assert seen.bottom == pytest.approx(below.window.y)
    # The places left out hold no poster: the single sheet is white there.
    (single_png,) = _render(single, tmp_path / "single", dpi=LOW_DPI)
    with Image.open(single_png) as opened:
        reference = opened.convert("L")
    low = LOW_DPI / 72
    for sheet in tiles.skipped:
        win = sheet.window
        box = (
            max(0, math.ceil(win.x * low)),
            max(0, math.ceil(win.y * low)),
            min(reference.width, math.floor(win.right * low)),
            min(reference.height, math.floor(win.bottom * low)),
        )
        if box[0] < box[2] and box[1] < box[3]:
            lightest = reference.crop(box).getextrema()[0]
            assert lightest >= 250, f"{sheet.label} was left out but the poster prints there"


@pytest.mark.parametrize(("page", "tile", "which"), [("A1", "A4", 0), ("A1", "A4", 1)])
def test_a1_on_a4_assembles_into_the_poster(
    example: Project, tmp_path: Path, page: str, tile: str, which: int
) -> None:
    _check_assembly(example, tmp_path, page, tile, example.maps[which].id)


@pytest.mark.parametrize(("page", "tile", "which"), [("A0", "Letter", 0), ("A0", "Letter", 1)])
def test_a0_on_letter_assembles_into_the_poster(
    example: Project, tmp_path: Path, page: str, tile: str, which: int
) -> None:
    _check_assembly(example, tmp_path, page, tile, example.maps[which].id)


def test_the_one_pixel_leeway_reaches_across_a_cut_edge_but_never_hides_a_mark() -> None:
    """Text crossing a cut edge, moved by a pixel on the sheet, is the same print; a cut
    line left one pixel inside the edge is not (the leeway once stopped at the edge of
    the compared part, and a glyph cut there failed an A0-on-Letter assembly)."""
    poster = Image.new("RGB", (12, 12), "white")
    # A glyph's dark edge on the poster just above the part's top edge (row 3; the part
    # starts at row 4), seen on the sheet one pixel lower: on the part's first row.
    for x in range(12):
        poster.putpixel((x, 3), (40, 40, 40))
    shifted = Image.new("RGB", (10, 6), "white")
    for x in range(10):
        shifted.putpixel((x, 0), (40, 40, 40))
    around = poster.crop((0, 3, 12, 11))  # the part (rows 4..9, columns 1..10) and a pixel more
    assert _beyond_one_pixel(shifted, around).getextrema()[1] == 0
    # A cut line left on the part's last row, where the poster is white all round.
    marked = Image.new("RGB", (10, 6), "white")
    for x in range(10):
        marked.putpixel((x, 5), (40, 40, 40))
    assert _beyond_one_pixel(marked, around).getextrema()[1] > TOLERANCE
