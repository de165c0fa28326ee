"""The reportlab interpreter (mapstudio.export.painter) draws primitives as they say,
whatever was drawn before them: rendered back with poppler."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export.fonts import FontRunner
from mapstudio.export.painter import Ink, PdfPainter
from mapstudio.layout import FontSpec, Rect, TextLine, default_measurer
from mapstudio.layout.display import PathShape, RoundedRectShape, Shapes, UpwardText
from mapstudio.layout.glyphs import LineTo, MoveTo

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler")

DPI = 144
SCALE = DPI / 72


def render(
    tmp_path: Path, *lists: Shapes, size: tuple[float, float] = (200.0, 200.0)
) -> Image.Image:
    """The lists drawn one after the other on a page, as a greyscale picture."""
    pdf = tmp_path / "shapes.pdf"
    canvas = Canvas(str(pdf), pagesize=size, bottomup=0)
    painter = PdfPainter(canvas, Ink(grayscale=True), FontRunner())
    for shapes in lists:
        painter.draw(((0.0, 0.0, shapes),))
    canvas.showPage()
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    (png,) = tmp_path.glob("page*.png")
    return Image.open(png).convert("L")


def test_an_outline_after_a_dashed_line_is_solid(tmp_path: Path) -> None:
    dashed = PathShape((MoveTo(10, 20), LineTo(190, 20)), "#000000", 1.0, dash=(4.0, 4.0))
    outline = RoundedRectShape(Rect(20, 60, 160, 100), 4.0, None, "#000000", 1.5)
    image = render(tmp_path, (dashed, outline))
    # Along the outline's straight top edge, every pixel is ink; along the dashed
    # line above it, some are not (the dash works at all).
    top = [image.getpixel((round(x * SCALE), round(60 * SCALE))) for x in range(30, 170)]
    dash = [image.getpixel((round(x * SCALE), round(20 * SCALE))) for x in range(30, 170)]
    assert max(top) < 128, "the outline took the dash of the line before it"
    assert max(dash) > 200


def test_upward_text_reads_up_the_page_from_its_origin(tmp_path: Path) -> None:
    font = FontSpec("bold", 12.0)
    words = "cut along this line"
    width = default_measurer().width(words, font)
    line = TextLine(words, 0.0, 0.0, font, "#000000", width)
    image = render(tmp_path, (UpwardText((line,), 100.0, 180.0),))
    ink = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert ink is not None
    left, top, right, bottom = (v / SCALE for v in ink)
    # Tall and narrow; from the origin up by the line's width; glyphs left of the
    # baseline (their tops point left).
    assert bottom - top > 4 * (right - left)
    assert bottom == pytest.approx(180.0, abs=2.0)
    assert top == pytest.approx(180.0 - width, abs=2.0)
    assert right <= 100.0 + 4.0 and left >= 100.0 - 12.0
