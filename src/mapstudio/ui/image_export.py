"""Pictures for slides: a map, or the part around some of its cards, as PNG or SVG, or
as an image on the clipboard.

The map is laid out as for the canvas and its display list drawn by the canvas's
interpreter (mapstudio.ui.drawing) on white paper, offscreen, without the canvas's
interaction decoration (selection, collapse triangles): what the designer sees, and what
the PDF prints, is what the slide shows. A QApplication
must exist (`ensure_application` makes an offscreen one for the command line). Sizes are
in points, like the layout: a PNG is (points × dpi / 72) pixels and carries its dpi, an
SVG is sized in points with a matching viewBox, its text kept as text. Pictures beyond
MAX_SIDE_PX pixels on a side or MAX_PIXELS in all are refused with the dpi that would fit.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from mapstudio.export.errors import ExportError
from mapstudio.export.pictures import damaged_picture_warnings
from mapstudio.fileformat import ProjectFileError
from mapstudio.fileformat.save import atomic_write
from mapstudio.layout import MapLayout, layout
from mapstudio.model import Asset, Project, find_map
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.drawing import paint_map_image, render_map
from mapstudio.ui.fonts import register_bundled_fonts

log = logging.getLogger(__name__)

DEFAULT_DPI = 150
MIN_DPI = 10
MAX_DPI = 1_200
MAX_SIDE_PX = 20_000
MAX_PIXELS = 150_000_000  # 600 MB as 32-bit pixels: beyond this the machine may not cope
SELECTION_MARGIN = 12.0  # points of map around the selected cards
PAPER = QColor("#FFFFFF")


@dataclass(frozen=True)
class ImageReport:
    """What was made: the file (None for the clipboard) and its size."""

    path: Path | None
    width: int  # pixels for PNG and clipboard, points for SVG
    height: int
    dpi: float | None  # None for SVG
    # Plain sentences: pictures that could not be read and show as placeholders.
    warnings: tuple[str, ...] = ()


def ensure_application() -> QApplication:
    """The running QApplication, or a new one that needs no display (for the command
    line); the bundled fonts registered either way."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    register_bundled_fonts()
    assert isinstance(app, QApplication)
    return app


# -- what to draw -----------------------------------------------------------------------


def _map_layout(
    project: Project,
    map_id: str,
    collapsed: frozenset[str],
    hidden: frozenset[str],
) -> MapLayout:
    try:
        journey_map = find_map(project, map_id)
    except KeyError:
        raise ExportError("The map to export is not in the project.") from None
    return layout(journey_map, project, collapsed=collapsed, hidden=hidden)


def source_rect(map_layout: MapLayout, selection: Collection[str] | None) -> QRectF:
    """The part of the map to draw, in points: all of it, or the cards (and emotion
    markers) in `selection` with a margin, kept within the map."""
    whole = QRectF(0.0, 0.0, map_layout.width, map_layout.height)
    if selection is None:
        return whole
    rects = [map_layout.cards[i].rect for i in selection if i in map_layout.cards]
    wanted = set(selection)
    rects += [
        marker.rect
        for curve in map_layout.curves.values()
        for marker in curve.markers
        if marker.point_id in wanted
    ]
    if not rects:
        raise ExportError("None of the selected cards is on this map; nothing to export.")
    left = min(r.x for r in rects) - SELECTION_MARGIN
    top = min(r.y for r in rects) - SELECTION_MARGIN
    right = max(r.x + r.w for r in rects) + SELECTION_MARGIN
    bottom = max(r.y + r.h for r in rects) + SELECTION_MARGIN
    return QRectF(left, top, right - left, bottom - top).intersected(whole)


def _pictures(assets: Mapping[str, Asset]) -> PictureCache:
    """Card pictures and persona photos, decoded as they are drawn."""
    pictures = PictureCache()
    pictures.set_assets(assets)
    return pictures


def pixel_size(source: QRectF, dpi: float) -> tuple[int, int]:
    """The pixel size of `source` (points) at `dpi`."""
    scale = dpi / 72.0
    return max(1, round(source.width() * scale)), max(1, round(source.height() * scale))


def largest_dpi(source: QRectF) -> int:
    """The highest whole dpi at which `source` stays within the pixel limits."""
    side = max(source.width(), source.height(), 1.0)
    by_side = MAX_SIDE_PX * 72.0 / side
    by_area = math.sqrt(MAX_PIXELS / max(source.width() * source.height(), 1.0)) * 72.0
    return max(1, math.floor(min(by_side, by_area)))


def _check_size(source: QRectF, dpi: float) -> tuple[int, int]:
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"Choose a resolution from {MIN_DPI} to {MAX_DPI} dpi.")
    width, height = pixel_size(source, dpi)
    if max(width, height) > MAX_SIDE_PX or width * height > MAX_PIXELS:
        fits = largest_dpi(source)
        raise ExportError(
            f"At {dpi:g} dpi the picture would be {width:,} × {height:,} pixels, more than "
            f"mapstudio makes ({MAX_SIDE_PX:,} pixels on a side, "
            f"{MAX_PIXELS // 1_000_000} megapixels in all). Choose {fits} dpi or less, or "
            "export a selection of cards."
        )
    return width, height


# -- rendering --------------------------------------------------------------------------


def render_image(
    project: Project,
    map_id: str,
    dpi: float = DEFAULT_DPI,
    selection: Collection[str] | None = None,
    *,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> QImage:
    """The map (or the selection) as an image at `dpi` on white paper.

    `collapsed` and `hidden` persona bands are drawn as the window shows them (view
    state); by default every band is drawn in full. Raises ExportError for an unknown map,
    an empty selection or a picture over the size limits.
    """
    image, _warnings = render_image_with_warnings(
        project, map_id, dpi, selection, collapsed=collapsed, hidden=hidden
    )
    return image


def _picture_warnings(project: Project, map_id: str, pictures: PictureCache) -> tuple[str, ...]:
    """Cards whose picture could not be read (drawn as the placeholder), in words."""
    return tuple(damaged_picture_warnings(project, (find_map(project, map_id),), pictures.damaged))


def render_image_with_warnings(
    project: Project,
    map_id: str,
    dpi: float = DEFAULT_DPI,
    selection: Collection[str] | None = None,
    *,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> tuple[QImage, tuple[str, ...]]:
    """`render_image`, and the warnings about pictures drawn as placeholders."""
    ensure_application()
    map_layout = _map_layout(project, map_id, collapsed, hidden)
    source = source_rect(map_layout, selection)
    width, height = _check_size(source, dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    if image.isNull():  # the allocation failed
        raise ExportError(f"There is not enough memory for a {width:,} × {height:,} picture.")
    # The dpi travels with the PNG, so a slide places it at its true size; the painter
    # also reads it to size the text (see mapstudio.ui.painting.device_dpi).
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(PAPER)
    pictures = _pictures(project.assets)
    paint_map_image(image, map_layout, source, pictures)
    journey_map = find_map(project, map_id)
    image.setText("Title", journey_map.title)
    image.setText("Software", "mapstudio")
    return image, _picture_warnings(project, map_id, pictures)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub wants the format as bytes; at run time it takes (only) a str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportError("The picture could not be encoded as PNG.")
    buffer.close()
    return bytes(data.data())


def _write(path: str | os.PathLike[str], data: bytes) -> Path:
    try:
        atomic_write(path, data)
    except ProjectFileError as exc:  # says which file and why, in plain words
        raise ExportError(str(exc)) from exc
    return Path(path)


def export_png(
    project: Project,
    map_id: str,
    path: str | os.PathLike[str],
    dpi: float = DEFAULT_DPI,
    selection: Collection[str] | None = None,
    *,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> ImageReport:
    """Write the map (or the part around the `selection` of card ids) as a PNG at `dpi`.
    Atomic; raises ExportError with a plain message."""
    image, warnings = render_image_with_warnings(
        project, map_id, dpi, selection, collapsed=collapsed, hidden=hidden
    )
    written = _write(path, _png_bytes(image))
    log.info("exported PNG %s (%dx%d px at %g dpi)", written, image.width(), image.height(), dpi)
    return ImageReport(written, image.width(), image.height(), dpi, warnings)


_SVG_SIZE = re.compile(r'<svg width="[^"]*" height="[^"]*"')
_SVG_VIEWBOX = re.compile(r'viewBox="[^"]*"')


def svg_bytes(
    project: Project,
    map_id: str,
    selection: Collection[str] | None = None,
    *,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> tuple[bytes, QRectF]:
    """The map (or the selection) as SVG text, and the part of the map it shows."""
    data, source, _warnings = svg_bytes_with_warnings(
        project, map_id, selection, collapsed=collapsed, hidden=hidden
    )
    return data, source


def svg_bytes_with_warnings(
    project: Project,
    map_id: str,
    selection: Collection[str] | None = None,
    *,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> tuple[bytes, QRectF, tuple[str, ...]]:
    """`svg_bytes`, and the warnings about pictures drawn as placeholders."""
    ensure_application()
    map_layout = _map_layout(project, map_id, collapsed, hidden)
    source = source_rect(map_layout, selection)
    journey_map = find_map(project, map_id)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    # 72 units per inch: one SVG unit is one point, the layout's unit.
    generator.setResolution(72)
    generator.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(journey_map.title)
    generator.setDescription(
        f"{journey_map.title} — {project.title}. Journey map made with mapstudio."
    )
    pictures = _pictures(project.assets)
    painter = QPainter(generator)
    try:
        # The paper under all of it, as a slide's background (the map's own paper
        # covers only the map).
        target = QRectF(0, 0, source.width(), source.height())
        painter.fillRect(target, PAPER)
        render_map(painter, map_layout, target, source, pictures)
    finally:
        painter.end()
    buffer.close()
    text = bytes(data.data()).decode("utf-8")
    # Qt writes the size in millimetres rounded to six digits; slides and the viewBox
    # speak points, so state the exact size in points.
    width, height = _pt(source.width()), _pt(source.height())
    text = _SVG_SIZE.sub(f'<svg width="{width}pt" height="{height}pt"', text, count=1)
    text = _SVG_VIEWBOX.sub(f'viewBox="0 0 {width} {height}"', text, count=1)
    return text.encode("utf-8"), source, _picture_warnings(project, map_id, pictures)


def _pt(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def export_svg(
    project: Project,
    map_id: str,
    path: str | os.PathLike[str],
    selection: Collection[str] | None = None,
    *,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> ImageReport:
    """Write the map (or the part around the `selection` of card ids) as an SVG sized in
    points, text as text. Atomic; raises ExportError with a plain message."""
    data, source, warnings = svg_bytes_with_warnings(
        project, map_id, selection, collapsed=collapsed, hidden=hidden
    )
    written = _write(path, data)
    width, height = math.ceil(source.width()), math.ceil(source.height())
    log.info("exported SVG %s (%dx%d pt)", written, width, height)
    return ImageReport(written, width, height, None, warnings)


def copy_image_to_clipboard(
    project: Project,
    map_id: str,
    selection: Collection[str] | None = None,
    dpi: float = DEFAULT_DPI,
    *,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> ImageReport:
    """Put the map (or the selection) on the clipboard as an image for pasting into
    slides; Qt offers it as PNG (and the platform's bitmap types)."""
    image, warnings = render_image_with_warnings(
        project, map_id, dpi, selection, collapsed=collapsed, hidden=hidden
    )
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(image)
    log.info("copied a %dx%d picture of map %s", image.width(), image.height(), map_id)
    return ImageReport(None, image.width(), image.height(), dpi, warnings)


__all__ = [
    "DEFAULT_DPI",
    "MAX_PIXELS",
    "MAX_SIDE_PX",
    "ImageReport",
    "copy_image_to_clipboard",
    "ensure_application",
    "export_png",
    "export_svg",
    "largest_dpi",
    "pixel_size",
    "render_image",
    "render_image_with_warnings",
    "source_rect",
    "svg_bytes",
    "svg_bytes_with_warnings",
]
