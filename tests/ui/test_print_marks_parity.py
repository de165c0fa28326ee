"""What a poster prints besides its map, and the marks of a comparison, look the same
through both interpreters: the same display list drawn by Qt (the preview, the compare
view) and by reportlab (the PDF, rendered with poppler) puts ink in the same places.

The two renderers place text and anti-alias lines a pixel apart, so the test asks that
every inked pixel of one picture has ink within a pixel or two in the other, both ways;
a shape left out, turned the wrong way or moved is far more than that."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageFilter
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from mapstudio.compare import compare_view
from mapstudio.export.fonts import FontRunner
from mapstudio.export.painter import Ink, PdfPainter
from mapstudio.fileformat import load_project
from mapstudio.layout import Rect
from mapstudio.layout.display import Shapes
from mapstudio.layout.marks import compare_drawing, overlay_layers
from mapstudio.layout.sheets import Symbol, assembly_guide, crop_marks, photo_marks, sheet_marks
from mapstudio.layout.style import DEFAULT_SHEET_STYLE
from mapstudio.ui.drawing import draw_shapes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "layout"))
from sheet_samples import GUIDE, WORDS, grid

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler")

DPI = 100
INK = 128  # grey levels below this are ink
TRACE = 235  # and below this a trace of ink: renderers shade hairlines differently
REACH = 3  # pixels: how far apart the two renderers may put the same ink
STRAY = 0.01  # the share of one picture's ink that may lack ink near it in the other


# Lists and where their (0, 0) goes on the page.
Layers = tuple[tuple[float, float, Shapes], ...]


def through_reportlab(layers: Layers, size: tuple[float, float], out: Path) -> Image.Image:
    pdf = out / "layers.pdf"
    canvas = Canvas(str(pdf), pagesize=size, bottomup=0)
    painter = PdfPainter(canvas, Ink(False), FontRunner())
    for layer in layers:
        painter.draw((layer,))
    canvas.showPage()
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-singlefile", "-gray", "-png", str(pdf), str(out / "pdf")],
        check=True,
    )
    return Image.open(out / "pdf.png").convert("L")


def through_qt(layers: Layers, pixels: tuple[int, int], out: Path) -> Image.Image:
    image = QImage(*pixels, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.scale(DPI / 72, DPI / 72)
    for x, y, shapes in layers:
        draw_shapes(painter, shapes, dx=x, dy=y)
    painter.end()
    image.save(str(out / "qt.png"))
    return Image.open(out / "qt.png").convert("L")


def strays(a: Image.Image, b: Image.Image) -> float:
    """The share of `a`'s ink with no trace of ink of `b` within REACH pixels."""
    ink_a = a.point(lambda v: 255 if v < INK else 0)
    near_b = b.filter(ImageFilter.MinFilter(2 * REACH + 1)).point(lambda v: 255 if v < TRACE else 0)
    inked = ink_a.histogram()[255]
    assert inked > 500, "too little ink to compare"
    lonely = Image.composite(Image.new("L", a.size, 0), ink_a, near_b).histogram()[255]
    return lonely / inked


def assert_same_ink(layers: Layers, size: tuple[float, float], out: Path) -> None:
    printed = through_reportlab(layers, size, out)
    shown = through_qt(layers, printed.size, out)
    assert strays(printed, shown) < STRAY, "the PDF has ink the Qt drawing lacks"
    assert strays(shown, printed) < STRAY, "the Qt drawing has ink the PDF lacks"


def test_a_tiled_sheets_marks(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tiles = grid()
    marks = sheet_marks(tiles, tiles.sheet(0, 0), WORDS)  # both glue strips, turned text
    assert_same_ink(((0.0, 0.0, marks),), (tiles.sheet_w, tiles.sheet_h), tmp_path)


def test_the_assembly_guide_and_crop_marks(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = assembly_guide(grid(), 1500.0, 1400.0, GUIDE)
    marks = crop_marks(Rect(60.0, 60.0, 400.0, 300.0), 9.0, "Map — trim", page.height)
    layers = tuple((0.0, 0.0, shapes) for shapes in (page.shapes, page.grid, marks))
    assert_same_ink(layers, (page.width, page.height), tmp_path)


def test_the_marks_of_a_comparison(qapp, example_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    example = load_project(example_path).project
    view = compare_view(example, "current-map", example, "future-map")
    drawing = compare_drawing(
        view.journey_map,
        view.project,
        view.card_marks,
        view.point_marks,
        view.ghosts,
        view.other_points,
        view.stage_deltas,
        counts=view.counts(),
    )
    # The overlay is in map coordinates with the legend above y = 0: the page shows its
    # top-left, the legend and the first columns (badges, outlines, dashes, pills, text).
    bounds = drawing.bounds
    layers = tuple((-bounds.x, -bounds.y, layer) for layer in overlay_layers(drawing.overlay))
    assert_same_ink(layers, (900.0, 900.0), tmp_path)


def test_photo_marks_with_overlapping_runs(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The photo markers' runs are one filled path whose rows overlap (by a hair on a
    poster; here by 8 pt, so that it shows): both interpreters fill the overlaps, as
    PDF's non-zero winding does, where Qt's default even-odd rule left them white."""
    style = replace(DEFAULT_SHEET_STYLE, photo_mark_seam=8.0, photo_mark_seam_share=0.8)
    solid = tuple(tuple(True for _ in range(4)) for _ in range(4))
    checker = tuple(tuple((r + c) % 2 == 0 for c in range(4)) for r in range(4))
    symbols = (
        Symbol(solid, Rect(60.0, 60.0, 40.0, 40.0), Rect(50.0, 50.0, 60.0, 60.0)),
        Symbol(checker, Rect(160.0, 60.0, 40.0, 40.0), Rect(150.0, 50.0, 60.0, 60.0)),
    )
    marks = photo_marks(symbols, "#FFFFFF", style)
    assert_same_ink(((0.0, 0.0, marks),), (260.0, 160.0), tmp_path)
