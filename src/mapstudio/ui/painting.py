"""Qt drawing of the painter-neutral pieces of a MapLayout: glyphs and text lines."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from mapstudio.layout import TextLine
from mapstudio.layout.glyphs import (
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
    """Draw a glyph scaled into `rect` with a round pen in `color`."""
    stroke, fill = glyph_paths(glyph)
    size = min(rect.width(), rect.height())
    painter.save()
    painter.translate(rect.x() + (rect.width() - size) / 2, rect.y() + (rect.height() - size) / 2)
    painter.scale(size, size)
    pen = QPen(QColor(color), GLYPH_STROKE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(stroke)
    if not fill.isEmpty():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
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
    font of its own, or a stack of combining marks, may reach beyond them."""
    if clip is not None:
        painter.save()
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    dpi = device_dpi(painter)
    current = None
    for line in lines:
        if line.font is not current:
            painter.setFont(scene_font(line.font, dpi))
            current = line.font
        painter.setPen(QColor(line.color))
        painter.drawText(QPointF(line.x + dx, line.y_baseline + dy), line.text)
    if clip is not None:
        painter.restore()
