"""Graphics items that draw the marks of a comparison (mapstudio.layout.marks) on a canvas.

The layout engine placed every outline, badge, curve and label; these items only paint
them, the way the compare PDF does (mapstudio.export.compare_pdf). They sit above the
cards, take no mouse buttons (a click goes to the card below) and hold no state but
their box.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.layout import CurveSegment, Rect
from mapstudio.layout.marks import (
    CardMark,
    DeltaLabel,
    LegendBox,
    MarkBadge,
    OtherCurve,
    PointMark,
)
from mapstudio.ui.canvas.items import Z_MARKER, qrect
from mapstudio.ui.i18n import translate
from mapstudio.ui.painting import draw_glyph, draw_text_lines

# Above the cards and markers, below the editor's overlays.
Z_MARKS = Z_MARKER + 1


def mark_words(kind: str) -> str:
    """The name of a mark, as the legend says it."""
    words = {
        "added": translate("CompareMarks", "Added"),
        "removed": translate("CompareMarks", "Removed: only the other side has this card"),
        "changed": translate("CompareMarks", "Changed"),
        "moved": translate("CompareMarks", "Moved"),
    }
    return words.get(kind, kind)


def draw_badge(painter: QPainter, badge: MarkBadge) -> None:
    """A round badge with its white icon."""
    painter.setPen(QPen(QColor(badge.icon_color), 1.0))
    painter.setBrush(QColor(badge.color))
    painter.drawEllipse(qrect(badge.rect))
    draw_glyph(painter, badge.glyph, qrect(badge.icon_rect), badge.icon_color)


def _dashed_pen(color: str, width: float, dash: tuple[float, float] | None) -> QPen:
    pen = QPen(QColor(color), width)
    if dash is not None:
        pen.setDashPattern(list(dash))  # in pen widths, as the PDF's dash array is scaled
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class _MarkItem(QGraphicsItem):
    """An overlay item drawn in scene coordinates (it stays at the origin)."""

    def __init__(self, bounds: Rect) -> None:
        super().__init__()
        self.setZValue(Z_MARKS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._bounds = qrect(bounds)

    def boundingRect(self) -> QRectF:
        return self._bounds


class CardMarkItem(_MarkItem):
    """The outline and badges of one marked card."""

    def __init__(self, mark: CardMark) -> None:
        super().__init__(mark.bounds)
        self.mark = mark
        self.setToolTip(", ".join(mark_words(kind) for kind in mark.kinds))

    @property
    def card_id(self) -> str:
        return self.mark.card_id

    @property
    def kind(self) -> str:
        """The strongest mark: "added", "removed", "changed" or "moved"."""
        return self.mark.kind

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        mark = self.mark
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_dashed_pen(mark.color, mark.width, mark.dash))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(qrect(mark.outline), mark.corner_radius, mark.corner_radius)
        for badge in mark.badges:
            draw_badge(painter, badge)


class PointMarkItem(_MarkItem):
    """The ring and badges of one marked emotion marker."""

    def __init__(self, mark: PointMark) -> None:
        super().__init__(mark.bounds)
        self.mark = mark

    @property
    def point_id(self) -> str:
        return self.mark.point_id

    @property
    def kind(self) -> str:
        return self.mark.kind

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.mark.color), self.mark.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(qrect(self.mark.ring))
        for badge in self.mark.badges:
            draw_badge(painter, badge)


def curve_path(segments: tuple[CurveSegment, ...]) -> QPainterPath:
    path = QPainterPath()
    if segments:
        path.moveTo(segments[0].start.x, segments[0].start.y)
        for s in segments:
            path.cubicTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.end.x, s.end.y)
    return path


class OtherCurveItem(QGraphicsItem):
    """The other side's emotion curve of one persona, dashed."""

    def __init__(self, curve: OtherCurve) -> None:
        super().__init__()
        self.setZValue(Z_MARKS - 0.5)  # under the badges, over the shown curve
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.curve = curve
        self._path = curve_path(curve.segments)

    @property
    def persona_id(self) -> str:
        return self.curve.persona_id

    def boundingRect(self) -> QRectF:
        w = self.curve.width
        return self._path.boundingRect().adjusted(-w, -w, w, w)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_dashed_pen(self.curve.color, self.curve.width, self.curve.dash))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


class DeltaItem(_MarkItem):
    """ "+1" under a stage's column of a persona's emotion lane."""

    def __init__(self, label: DeltaLabel) -> None:
        super().__init__(label.rect.inset(-1.0))
        self.label = label

    @property
    def text(self) -> str:
        return self.label.line.text

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        label = self.label
        rect = qrect(label.rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(label.border), 0.75))
        painter.setBrush(QColor(label.fill))
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        draw_text_lines(painter, (label.line,), label.rect.x, label.rect.y)


class LegendItem(_MarkItem):
    """The legend above the map."""

    def __init__(self, legend: LegendBox) -> None:
        super().__init__(legend.rect.inset(-2.0))
        self.legend = legend

    @property
    def words(self) -> list[str]:
        return [line.text for line in self.legend.lines]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        legend = self.legend
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(legend.border), 0.75))
        painter.setBrush(QColor(legend.fill))
        painter.drawRoundedRect(qrect(legend.rect), legend.corner_radius, legend.corner_radius)
        for badge in legend.badges:
            draw_badge(painter, badge)
        for sample in legend.samples:
            painter.setPen(_dashed_pen(sample.color, sample.width, sample.dash))
            painter.drawLine(
                QPointF(sample.start.x, sample.start.y), QPointF(sample.end.x, sample.end.y)
            )
        draw_text_lines(painter, legend.lines, legend.rect.x, legend.rect.y)


__all__ = [
    "Z_MARKS",
    "CardMarkItem",
    "DeltaItem",
    "LegendItem",
    "OtherCurveItem",
    "PointMarkItem",
    "draw_badge",
]
