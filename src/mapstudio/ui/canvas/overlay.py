"""Transient canvas feedback while a gesture runs: drop targets, insertion marks, labels.

Overlays are view state only; they never change the document and vanish when the
gesture ends.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.layout import FontSpec, Segment
from mapstudio.ui.canvas.items import SELECTION_COLOR, Z_OVERLAY
from mapstudio.ui.fonts import scene_font
from mapstudio.ui.painting import device_dpi

TARGET_FILL = QColor(37, 99, 235, 28)
LABEL_FONT = FontSpec("bold", 10.0)


def qline(segment: Segment) -> tuple[QPointF, QPointF]:
    """A layout's line (in points) as the two scene points an indicator draws."""
    start, end = segment
    return QPointF(start.x, start.y), QPointF(end.x, end.y)


class DropIndicator(QGraphicsItem):
    """Highlights the cell a drop would land in and the slot between its cards."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_OVERLAY)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._target = QRectF()
        self._line: tuple[QPointF, QPointF] | None = None
        self.hide()

    def show_target(self, cell: QRectF, line: tuple[QPointF, QPointF] | None) -> None:
        self.prepareGeometryChange()
        self._target = QRectF(cell)
        self._line = line
        self.show()

    def boundingRect(self) -> QRectF:
        rect = QRectF(self._target)
        if self._line is not None:
            rect = rect.united(QRectF(self._line[0], self._line[1]).normalized())
        return rect.adjusted(-4.0, -4.0, 4.0, 4.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._target.isEmpty():
            painter.setPen(QPen(SELECTION_COLOR, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(TARGET_FILL))
            painter.drawRoundedRect(self._target.adjusted(1, 1, -1, -1), 4, 4)
        if self._line is not None:
            start, end = self._line
            pen = QPen(SELECTION_COLOR, 3.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(start, end)
            painter.setBrush(SELECTION_COLOR)
            painter.drawEllipse(start, 3.5, 3.5)
            painter.drawEllipse(end, 3.5, 3.5)


class FloatingLabel(QGraphicsItem):
    """A small rounded label that follows a drag (e.g. "−1 · Negative")."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_OVERLAY + 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._text = ""
        self.hide()

    def show_text(self, text: str, at: QPointF) -> None:
        self.prepareGeometryChange()
        self._text = text
        self.setPos(at)
        self.show()

    def _size(self) -> QRectF:
        width = 10.0 + 6.2 * len(self._text)
        return QRectF(0.0, -22.0, width, 18.0)

    def boundingRect(self) -> QRectF:
        return self._size().adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self._size()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 5, 5)
        painter.fillPath(path, QColor("#1F2933"))
        painter.setFont(scene_font(LABEL_FONT, device_dpi(painter)))
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
