"""Qt drawing of the painter-neutral pieces of a MapLayout: glyphs and text lines (the
display list's interpreter, mapstudio.ui.drawing, and a few widgets use them)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTransform

from mapstudio.layout import FontSpec, FontStyle, Rect, TextLine
from mapstudio.layout.display import glyph_square
from mapstudio.layout.glyphs import (
    GLYPH_CAP,
    GLYPH_JOIN,
    GLYPH_STROKE,
    Circle,
    Close,
    CurveTo,
    Glyph,
    LineTo,
    MoveTo,
    RoundRect,
)
from mapstudio.ui.fonts import scene_font

# The display list's line ends and corners, as Qt's.
PEN_CAPS = {
    "flat": Qt.PenCapStyle.FlatCap,
    "round": Qt.PenCapStyle.RoundCap,
    "square": Qt.PenCapStyle.SquareCap,
}
PEN_JOINS = {
    "miter": Qt.PenJoinStyle.MiterJoin,
    "round": Qt.PenJoinStyle.RoundJoin,
    "bevel": Qt.PenJoinStyle.BevelJoin,
}

# The em of the fonts text is drawn with, in pixels of a scaled-down painter (see
# draw_text_lines): large enough that Qt's whole-pixel font sizes cost under 0.2 %.
TEXT_EM_PIXELS = 256


@cache
def qcolor(color: str) -> QColor:
    """The QColor of a "#RRGGBB" colour (the same few colours are asked for all the time)."""
    return QColor(color)


@cache
def em_font(style: FontStyle) -> QFont:
    """The bundled font in `style` at TEXT_EM_PIXELS pixels to the em."""
    font = scene_font(FontSpec(style, 1.0), 72.0)
    font.setPixelSize(TEXT_EM_PIXELS)
    return font


@cache
def glyph_paths(glyph: Glyph) -> tuple[QPainterPath, QPainterPath]:
    """Stroked and filled outlines of a glyph in its unit square."""
    stroke, fill = QPainterPath(), QPainterPath()
    for op in glyph:
        match op:
            case MoveTo(x, y):
                stroke.moveTo(x, y)
            case LineTo(x, y):
                stroke.lineTo(x, y)
            case CurveTo(x1, y1, x2, y2, x, y):
                stroke.cubicTo(x1, y1, x2, y2, x, y)
            case Close():
                stroke.closeSubpath()
            case Circle(cx, cy, r, filled):
                (fill if filled else stroke).addEllipse(QPointF(cx, cy), r, r)
            case RoundRect(x, y, w, h, r):
                stroke.addRoundedRect(QRectF(x, y, w, h), r, r)
    return stroke, fill


def draw_glyph(painter: QPainter, glyph: Glyph, rect: QRectF, color: QColor | str) -> None:
    """Draw a glyph in the square centred in `rect` (see layout.display.glyph_square)."""
    square = glyph_square(Rect(rect.x(), rect.y(), rect.width(), rect.height()))
    draw_glyph_in_square(
        painter, glyph, QRectF(square.x, square.y, square.w, square.h), QColor(color)
    )


@cache
def _glyph_pen(color: str) -> QPen:
    pen = QPen(QColor(color), GLYPH_STROKE)
    pen.setCapStyle(PEN_CAPS[GLYPH_CAP])
    pen.setJoinStyle(PEN_JOINS[GLYPH_JOIN])
    return pen


def draw_glyph_in_square(
    painter: QPainter, glyph: Glyph, square: QRectF, color: QColor | str
) -> None:
    """Draw a glyph's unit square scaled onto `square`, with a round pen in `color`."""
    stroke, fill = glyph_paths(glyph)
    name = color if isinstance(color, str) else color.name(QColor.NameFormat.HexArgb)
    painter.save()
    painter.translate(square.x(), square.y())
    size = square.width()
    painter.scale(size, size)
    painter.setPen(_glyph_pen(name))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(stroke)
    if not fill.isEmpty():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(name))
        painter.drawPath(fill)
    painter.restore()


def device_dpi(painter: QPainter) -> float:
    """The logical DPI of what the painter draws on (screens, images, printers differ)."""
    device = painter.device()
    return float(device.logicalDpiY()) if device is not None else 96.0


def draw_text_lines(
    painter: QPainter,
    lines: Iterable[TextLine],
    dx: float = 0.0,
    dy: float = 0.0,
    clip: QRectF | None = None,
) -> None:
    """Draw laid-out lines at their baselines, offset by (dx, dy), and with `clip` never
    outside that rect: the layout measures advances, but a glyph the system draws from a
    font of its own, or a stack of combining marks, may reach beyond them.

    Qt rounds a font's size to whole pixels before it places glyphs (a 10.5 pt title
    would be set at 11, 5 % wider than the layout measured it and the PDF prints it), so
    each line is drawn with a font of TEXT_EM_PIXELS to the em, scaled down to its size."""
    base = painter.transform()
    if clip is not None:
        painter.save()
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    size: float | None = None
    style: str | None = None
    scale = 1.0
    for line in lines:
        if not line.text or line.font.size <= 0:
            continue
        if line.font.size != size:
            size = line.font.size
            scale = size / TEXT_EM_PIXELS
            painter.setTransform(QTransform.fromScale(scale, scale) * base)
        if line.font.style != style:
            style = line.font.style
            painter.setFont(em_font(line.font.style))
        painter.setPen(qcolor(line.color))
        painter.drawText(QPointF((line.x + dx) / scale, (line.y_baseline + dy) / scale), line.text)
    if clip is not None:
        painter.restore()
    else:
        painter.setTransform(base)
