"""The QPainter interpreter of the display list (mapstudio.layout.display).

The canvas items, the export preview, PNG and SVG export and the clipboard picture all
draw maps through here, so they show what the PDF prints (mapstudio.export.painter reads
the same lists). This module decides nothing about the look: each primitive becomes
the QPainter calls that draw it, with Qt's own translucency for shadows. Pictures come
from a `PictureCache` at the size the device shows them; without one (or for a picture
that cannot be read) an image's fallback shapes are drawn.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from mapstudio.layout import MapLayout, Rect
from mapstudio.layout import display as dl
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.painting import (
    PEN_CAPS,
    PEN_JOINS,
    draw_glyph_in_square,
    draw_text_lines,
    qcolor,
)

_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
# Paths built from PathShapes, by the shape's identity (the shape is kept with its path,
# so the identity stays its own): a grid or a curve is built once, not once a paint.
_PATH_CACHE_SIZE = 512
_paths: OrderedDict[int, tuple[dl.PathShape, QPainterPath]] = OrderedDict()


@cache
def _pen(color: str, width: float) -> QPen:
    pen = QPen(qcolor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def _path_pen(
    color: str, width: float, cap: str, join: str, dash: tuple[float, ...] | None
) -> QPen:
    pen = QPen(qcolor(color), width)
    pen.setCapStyle(PEN_CAPS[cap])
    pen.setJoinStyle(PEN_JOINS[join])
    if dash:
        pen.setDashPattern(list(dash))  # in pen widths, as the display list gives them
    return pen


@cache
def _shadow_color(shadow: dl.Shadow) -> QColor:
    color = QColor(shadow.color)
    color.setAlphaF(shadow.alpha)
    return color


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def _painter_path(shape: dl.PathShape) -> QPainterPath:
    known = _paths.get(id(shape))
    if known is not None and known[0] is shape:
        _paths.move_to_end(id(shape))
        return known[1]
    path = QPainterPath()
    # Non-zero winding, as the PDF's `f` fills: overlapping subpaths drawn the same way
    # round (the runs of a photo marker) are one area, not holes where they overlap.
    path.setFillRule(Qt.FillRule.WindingFill)
    for op in shape.ops:
        if isinstance(op, dl.LineTo):
            path.lineTo(op.x, op.y)
        elif isinstance(op, dl.MoveTo):
            path.moveTo(op.x, op.y)
        elif isinstance(op, dl.CurveTo):
            path.cubicTo(op.x1, op.y1, op.x2, op.y2, op.x, op.y)
        elif isinstance(op, dl.Close):
            path.closeSubpath()
    _paths[id(shape)] = (shape, path)
    if len(_paths) > _PATH_CACHE_SIZE:
        _paths.popitem(last=False)
    return path


def _set_paint(painter: QPainter, fill: str | None, stroke: str | None, width: float) -> None:
    painter.setPen(_pen(stroke, width) if stroke is not None else _NO_PEN)
    painter.setBrush(qcolor(fill) if fill is not None else _NO_BRUSH)


def draw_shapes(
    painter: QPainter,
    shapes: dl.Shapes,
    pictures: PictureCache | None = None,
    dx: float = 0.0,
    dy: float = 0.0,
    min_width: float = 0.0,
) -> None:
    """Draw a display list with its (0, 0) at (dx, dy) of the painter's space. Lines
    thinner than `min_width` (the painter's units) are drawn that wide: a preview far
    smaller than the paper still shows a hairline mark."""
    moved = dx != 0.0 or dy != 0.0
    if moved:
        painter.save()
        painter.translate(dx, dy)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for shape in shapes:
        if isinstance(shape, dl.RoundedRectShape):
            rect, radius = _qrect(shape.rect), shape.radius
            shadow = shape.shadow
            if shadow is not None:
                painter.setPen(_NO_PEN)
                painter.setBrush(_shadow_color(shadow))
                painter.drawRoundedRect(rect.translated(shadow.dx, shadow.dy), radius, radius)
            _set_paint(painter, shape.fill, shape.stroke, max(shape.width, min_width))
            painter.drawRoundedRect(rect, radius, radius)
        elif isinstance(shape, dl.TextRun):
            clip = _qrect(shape.clip) if shape.clip is not None else None
            draw_text_lines(painter, shape.lines, shape.dx, shape.dy, clip)
        elif isinstance(shape, dl.GlyphShape):
            draw_glyph_in_square(painter, shape.glyph, _qrect(shape.rect), shape.color)
        elif isinstance(shape, dl.CircleShape):
            _set_paint(painter, shape.fill, shape.stroke, max(shape.width, min_width))
            painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
        elif isinstance(shape, dl.RectShape):
            if shape.stroke is None and shape.fill is not None:
                painter.fillRect(_qrect(shape.rect), qcolor(shape.fill))
            else:
                _set_paint(painter, shape.fill, shape.stroke, max(shape.width, min_width))
                painter.drawRect(_qrect(shape.rect))
        elif isinstance(shape, dl.PathShape):
            stroke = shape.stroke
            painter.setPen(
                _path_pen(stroke, max(shape.width, min_width), shape.cap, shape.join, shape.dash)
                if stroke is not None
                else _NO_PEN
            )
            painter.setBrush(qcolor(shape.fill) if shape.fill is not None else _NO_BRUSH)
            painter.drawPath(_painter_path(shape))
        elif isinstance(shape, dl.ImageShape):
            _draw_image(painter, shape, pictures)
        elif isinstance(shape, dl.UpwardText):
            painter.save()
            painter.translate(shape.x, shape.y)
            painter.rotate(-90.0)  # a quarter turn anticlockwise: the lines read upwards
            draw_text_lines(painter, shape.lines)
            painter.restore()
    if moved:
        painter.restore()


def _draw_image(painter: QPainter, shape: dl.ImageShape, pictures: PictureCache | None) -> None:
    asset = pictures.assets.get(shape.asset_id) if pictures is not None else None
    if pictures is None or asset is None:
        draw_shapes(painter, shape.fallback)
        return
    placed = _qrect(dl.cover(shape.rect, asset.width, asset.height))
    image = pictures.image_for(painter, shape.asset_id, placed)
    if image is None:  # damaged: the cache remembers it and tells the window once
        draw_shapes(painter, shape.fallback)
        return
    frame = _qrect(shape.rect)
    clip = QPainterPath()
    if shape.radius is None:
        side = min(frame.width(), frame.height())
        clip.addEllipse(frame.center(), side / 2, side / 2)
    else:
        clip.addRoundedRect(frame, shape.radius, shape.radius)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    painter.drawImage(placed, image)
    painter.restore()


def draw_placed(
    painter: QPainter, placed: Iterable[dl.Placed], pictures: PictureCache | None = None
) -> None:
    """Display lists in order, each with its (0, 0) at its (x, y)."""
    for x, y, shapes in placed:
        draw_shapes(painter, shapes, pictures, x, y)


def render_map(
    painter: QPainter,
    map_layout: MapLayout,
    target: QRectF,
    source: QRectF | None = None,
    pictures: PictureCache | None = None,
) -> None:
    """Draw the `source` part of the map (points; None: all of it) stretched onto
    `target` of the painter's space, clipped to it: the map as it prints, what a
    slide, a preview or a thumbnail shows, with no interaction decoration at all."""
    if source is None:
        source = QRectF(0.0, 0.0, map_layout.width, map_layout.height)
    if source.isEmpty() or target.isEmpty():
        return
    painter.save()
    painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
    painter.translate(target.x(), target.y())
    painter.scale(target.width() / source.width(), target.height() / source.height())
    painter.translate(-source.x(), -source.y())
    # Cards that cannot show in the source are left out (a selection of a large map).
    window = Rect(source.x(), source.y(), source.width(), source.height())
    draw_placed(painter, map_layout.drawing.layers(window), pictures)
    painter.restore()


def paint_map_image(
    image: QImage,
    map_layout: MapLayout,
    source: QRectF | None = None,
    pictures: PictureCache | None = None,
) -> None:
    """Draw the map (or its `source` part, in points) over the whole of `image`, with
    smooth edges, text and pictures."""
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(0, 0, image.width(), image.height())
        render_map(painter, map_layout, target, source, pictures)
    finally:
        painter.end()


__all__ = ["draw_placed", "draw_shapes", "paint_map_image", "render_map"]
