"""The canvas and the PDF draw the same map: one layout, one display list, two
interpreters (mapstudio.ui.drawing and mapstudio.export.painter) that agree on paper.

For the bundled example and every template, the same layout is drawn by the Qt
interpreter into a QImage and by the PDF interpreter into a PDF page that poppler's
pdftoppm renders at the same scale; the two pictures are compared pixel by pixel.

The tolerance. Both pictures are SCALE pixels per point and are blurred by a Gaussian
of BLUR pixels (the two rasterisers cover an edge's pixels differently). The distance of
two pixels is the largest difference of their red, green and blue, 0..255.
- Outside text (the boxes of the laid-out lines, TEXT_PAD pixels wider): at most
  SHAPE_SHARE of the pixels may be further apart than SHAPE_LEVEL, and at most
  SPOT_PIXELS further apart than SPOT_LEVEL. Antialiasing of rules, borders, icons and
  curves stays under the first (a card shadow 1.5 pt lower, or card borders twice as
  wide, is over it: the faintest thing of the look); the second catches a change in one
  place, such as a dot filled that should not be.
- Inside text: Qt places each line's baseline on a whole pixel and poppler does not, so
  glyph edges move by up to half a pixel; at most TEXT_SHARE of text pixels may be
  further apart than TEXT_LEVEL (text set 5 % too large, as Qt's rounded font sizes
  did, is far over it).
On a failure the two renders and a picture of the differences (darker: further apart;
text boxes tinted) are saved next to the test's temporary files, and the message says
where.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter
from PySide6.QtGui import QColor, QImage
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export.fonts import FontRunner
from mapstudio.export.painter import Ink, PdfPainter
from mapstudio.fileformat import load_project
from mapstudio.layout import MapLayout, layout
from mapstudio.layout.display import (
    CircleShape,
    ImageShape,
    RoundedRectShape,
    Shapes,
    TextRun,
)
from mapstudio.model import Asset, Project
from mapstudio.templates import list_templates, load_template
from mapstudio.ui import drawing
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.drawing import paint_map_image

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler")

SCALE = 2.0  # pixels per point
BLUR = 1.0  # pixels
TEXT_PAD = 2.0  # pixels around each line's box
SHAPE_LEVEL, SHAPE_SHARE = 12, 0.003
SPOT_LEVEL, SPOT_PIXELS = 80, 20
TEXT_LEVEL, TEXT_SHARE = 64, 0.03


@dataclass(frozen=True)
class Parity:
    """How far the two pictures of one map are apart, against the tolerance."""

    shape_share: float  # of the pixels outside text, those over SHAPE_LEVEL
    spots: int  # pixels outside text over SPOT_LEVEL
    text_share: float  # of the pixels inside text, those over TEXT_LEVEL
    saved: Path

    @property
    def holds(self) -> bool:
        return (
            self.shape_share <= SHAPE_SHARE
            and self.spots <= SPOT_PIXELS
            and self.text_share <= TEXT_SHARE
        )

    def __str__(self) -> str:
        return (
            f"outside text {self.shape_share:.3%} over {SHAPE_LEVEL} (at most {SHAPE_SHARE:.1%})"
            f" and {self.spots} pixels over {SPOT_LEVEL} (at most {SPOT_PIXELS}); inside text"
            f" {self.text_share:.2%} over {TEXT_LEVEL} (at most {TEXT_SHARE:.0%}); renders"
            f" and differences in {self.saved}"
        )


def _pdf_render(project: Project, map_layout: MapLayout, folder: Path) -> np.ndarray:
    """The map drawn by the PDF interpreter, rendered by pdftoppm at SCALE."""
    pdf = folder / "map.pdf"
    canvas = Canvas(str(pdf), pagesize=(1, 1), bottomup=0)
    painter = PdfPainter(canvas, Ink(grayscale=False), FontRunner(), dict(project.assets))
    painter.define_glyphs()  # while the page is 1 x 1 pt, as the export does
    canvas.setPageSize((map_layout.width, map_layout.height))
    painter.draw_map(map_layout)
    canvas.showPage()
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-r", f"{72 * SCALE:g}", "-png", "-singlefile", str(pdf), str(folder / "pdf")],
        check=True,
        timeout=120,
    )
    return np.asarray(Image.open(folder / "pdf.png").convert("RGB"))


def _qt_render(project: Project, map_layout: MapLayout) -> np.ndarray:
    """The map drawn by the Qt interpreter into an image at SCALE."""
    width, height = round(map_layout.width * SCALE), round(map_layout.height * SCALE)
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor("#FFFFFF"))
    pictures = PictureCache()
    pictures.set_assets(project.assets)
    paint_map_image(image, map_layout, pictures=pictures)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    return rows[:, : width * 3].reshape(height, width, 3).copy()


def _text_mask(map_layout: MapLayout, height: int, width: int) -> np.ndarray:
    """Where laid-out text is drawn (from the display list), in pixels."""
    mask = np.zeros((height, width), bool)

    def runs(shapes: Shapes) -> list[TextRun]:
        found: list[TextRun] = []
        for shape in shapes:
            if isinstance(shape, TextRun):
                found.append(shape)
            elif isinstance(shape, ImageShape):
                found += runs(shape.fallback)
        return found

    for x, y, shapes in map_layout.drawing.layers():
        for run in runs(shapes):
            for line in run.lines:
                if not line.text:
                    continue
                left = (x + run.dx + line.x) * SCALE - TEXT_PAD
                right = (x + run.dx + line.x + line.width) * SCALE + TEXT_PAD
                baseline = y + run.dy + line.y_baseline
                top = (baseline - 1.1 * line.font.size) * SCALE - TEXT_PAD
                bottom = (baseline + 0.35 * line.font.size) * SCALE + TEXT_PAD
                mask[
                    max(0, int(top)) : max(0, int(bottom) + 1),
                    max(0, int(left)) : max(0, int(right) + 1),
                ] = True
    return mask


def parity(project: Project, map_id: str, folder: Path) -> Parity:
    """Draw the map both ways and measure how far the pictures are apart."""
    journey_map = next(m for m in project.maps if m.id == map_id)
    map_layout = layout(journey_map, project)
    folder.mkdir(parents=True, exist_ok=True)
    pdf = _pdf_render(project, map_layout, folder)
    qt = _qt_render(project, map_layout)
    # pdftoppm rounds the page's pixel size its own way: compare what both have.
    height, width = min(pdf.shape[0], qt.shape[0]), min(pdf.shape[1], qt.shape[1])
    pdf, qt = pdf[:height, :width], qt[:height, :width]
    blurred = [
        np.asarray(Image.fromarray(a).filter(ImageFilter.GaussianBlur(BLUR))).astype(np.int16)
        for a in (pdf, qt)
    ]
    distance = np.abs(blurred[0] - blurred[1]).max(axis=2)
    text = _text_mask(map_layout, height, width)
    outside, inside = distance[~text], distance[text]
    result = Parity(
        shape_share=float((outside > SHAPE_LEVEL).mean()) if outside.size else 0.0,
        spots=int((outside > SPOT_LEVEL).sum()),
        text_share=float((inside > TEXT_LEVEL).mean()) if inside.size else 0.0,
        saved=folder,
    )
    if not result.holds:
        Image.fromarray(pdf).save(folder / "pdf.png")
        Image.fromarray(qt).save(folder / "qt.png")
        shade = 255 - np.minimum(255, distance * 4).astype(np.uint8)
        picture = np.stack([shade, shade, shade], axis=2)
        picture[text, 2] = np.maximum(picture[text, 2], 96)  # text boxes tinted blue
        Image.fromarray(picture).save(folder / "differences.png")
    return result


def _cases() -> list[tuple[str, str, int]]:
    """(what, template name or "example", map index) for every map to compare."""
    cases = [("example", "example", 0), ("example", "example", 1)]
    cases += [(info.name, info.name, 0) for info in list_templates()]
    return cases


def _project(source: str, example_path: Path) -> Project:
    if source == "example":
        return load_project(example_path).project
    return load_template(source)


@pytest.mark.parametrize(("what", "source", "index"), _cases(), ids=lambda v: str(v))
def test_the_canvas_and_the_pdf_draw_the_same_map(
    qapp, example_path: Path, tmp_path: Path, what: str, source: str, index: int
) -> None:  # type: ignore[no-untyped-def]
    project = _project(source, example_path)
    if index >= len(project.maps):
        pytest.skip(f"{what} has one map")
    result = parity(project, project.maps[index].id, tmp_path / what)
    assert result.holds, f"{what}, map {index + 1}: {result}"


def _gradient_asset(width: int, height: int) -> Asset:
    """A picture whose every column has its own colour: a crop in the wrong place shows."""
    ramp = np.linspace(0, 255, width).astype(np.uint8)
    pixels = np.zeros((height, width, 3), np.uint8)
    pixels[:, :, 0] = ramp
    pixels[:, :, 2] = 255 - ramp
    pixels[:, :, 1] = np.linspace(40, 200, height).astype(np.uint8)[:, None]
    buffer = BytesIO()
    Image.fromarray(pixels).save(buffer, "PNG")
    return Asset.from_bytes(buffer.getvalue(), "image/png", width, height)


def test_pictures_are_cropped_and_placed_alike(qapp, example_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A very wide card picture (cropped to cover its frame), a persona photo in its
    circle, and a card picture that cannot be read (its placeholder)."""
    project = load_project(example_path).project
    wide, photo = _gradient_asset(900, 120), _gradient_asset(90, 160)
    damaged = Asset.from_bytes(b"\x89PNG\r\n\x1a\nnot really", "image/png", 200, 100)
    journey = project.maps[0]
    pictures = {journey.cards[0].id: wide.id, journey.cards[1].id: damaged.id}
    cards = tuple(
        c.model_copy(update={"image_asset_id": pictures[c.id]}) if c.id in pictures else c
        for c in journey.cards
    )
    personas = tuple(
        p.model_copy(update={"photo_asset_id": photo.id}) if p.id == journey.bands[0] else p
        for p in project.personas
    )
    project = project.model_copy(
        update={
            "maps": (journey.model_copy(update={"cards": cards}), *project.maps[1:]),
            "personas": personas,
            "assets": {**project.assets, wide.id: wide, photo.id: photo, damaged.id: damaged},
        }
    )
    result = parity(project, journey.id, tmp_path / "pictures")
    assert result.holds, str(result)


# -- the test can fail -------------------------------------------------------------------


def _first_map(example_path: Path) -> tuple[Project, str]:
    project = load_project(example_path).project
    return project, project.maps[0].id


def test_a_shadow_moved_in_one_interpreter_breaks_parity(
    qapp, example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The Qt interpreter drawing card shadows 1.5 pt lower than the list says (and the
    PDF prints) is caught, though a shadow is the faintest thing on the map."""
    real = drawing.draw_shapes

    def lower_shadows(painter, shapes, pictures=None, dx=0.0, dy=0.0):  # type: ignore[no-untyped-def]
        shapes = tuple(
            s._replace(shadow=s.shadow._replace(dy=s.shadow.dy + 1.5))
            if isinstance(s, RoundedRectShape) and s.shadow is not None
            else s
            for s in shapes
        )
        real(painter, shapes, pictures, dx, dy)

    monkeypatch.setattr(drawing, "draw_shapes", lower_shadows)
    project, map_id = _first_map(example_path)
    result = parity(project, map_id, tmp_path / "shadow")
    assert not result.holds
    assert result.shape_share > SHAPE_SHARE
    assert (tmp_path / "shadow" / "differences.png").exists()


def test_one_dot_drawn_differently_breaks_parity(
    qapp, example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Severity dots all filled on the canvas: a few small spots, caught as such."""
    real = drawing.draw_shapes

    def filled_dots(painter, shapes, pictures=None, dx=0.0, dy=0.0):  # type: ignore[no-untyped-def]
        shapes = tuple(
            s._replace(fill=s.stroke) if isinstance(s, CircleShape) and s.fill is None else s
            for s in shapes
        )
        real(painter, shapes, pictures, dx, dy)

    monkeypatch.setattr(drawing, "draw_shapes", filled_dots)
    project, map_id = _first_map(example_path)
    map_layout = layout(project.maps[0], project)
    assert any(0 < box.dots < 5 for box in map_layout.cards.values()), "no dots to draw"
    result = parity(project, map_id, tmp_path / "dots")
    assert not result.holds
    assert result.spots > SPOT_PIXELS
