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


def _path_text(ops: tuple, ox: float, oy: float) -> str:
    """Each point formatted on its own, as a path is written."""
    from mapstudio.layout.glyphs import CurveTo, LineTo, MoveTo

    parts = []
    for o in ops:
        if isinstance(o, CurveTo):
            points = ((o.x1, o.y1), (o.x2, o.y2), (o.x, o.y))
            parts.append(" ".join(f"{x + ox:.2f} {y + oy:.2f}" for x, y in points) + " c")
        elif isinstance(o, (MoveTo, LineTo)):
            parts.append(f"{o.x + ox:.2f} {o.y + oy:.2f} {'m' if isinstance(o, MoveTo) else 'l'}")
        else:
            parts.append("h")
    return " ".join(parts)


@pytest.mark.parametrize("offset", [(0.0, 0.0), (-0.0, -0.0), (5.0, -10.004)])
def test_a_path_writes_every_point_as_it_is_with_numbers_reused(
    tmp_path: Path, offset: tuple[float, float]
) -> None:
    """A path's numbers are formatted once each (a grid repeats a hundred column edges):
    the operators are still every point's own, -0.0 and 0.0 each as they print."""
    from mapstudio.layout.glyphs import Close, CurveTo

    ops = (
        MoveTo(10.004, -0.0),
        LineTo(10.004, 0.0),
        LineTo(-0.0, 10.004),
        MoveTo(0.0, -0.0),
        LineTo(1 / 3, 2 / 3),
        LineTo(1 / 3 + 1e-13, 2 / 3),
        LineTo(-0.004, 0.004),
        CurveTo(1.0, 2.0, 3.0, 4.0, 10.004, 5.0),
        Close(),
    )
    canvas = Canvas(str(tmp_path / "path.pdf"), pagesize=(100, 100), bottomup=0)
    painter = PdfPainter(canvas, Ink(grayscale=True), FontRunner())
    painter.draw(((*offset, (PathShape(ops, "#000000", 1.0),)),))
    written = next(line for line in painter.code if line.endswith(" S"))
    assert written == _path_text(ops, *offset) + " S"
    if str(offset) == "(-0.0, -0.0)":  # == would take (0.0, 0.0) too
        assert written.startswith("10.00 -0.00 m 10.00 0.00 l -0.00 10.00 l 0.00 -0.00 m")
