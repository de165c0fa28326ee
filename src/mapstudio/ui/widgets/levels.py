"""A level from 1 to 5 (severity, impact, effort) as five dots: LevelPicker.

The dock shows the document's level with `set_level`; the picker emits `level_chosen`
once when the user picks one (by mouse, or keys 1-5 and the arrows) or clears it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from mapstudio.ui.i18n import QT_TRANSLATE_NOOP, translate
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.widgets.fields import mixed_text

LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("Widgets", "Very low"),
    QT_TRANSLATE_NOOP("Widgets", "Low"),
    QT_TRANSLATE_NOOP("Widgets", "Medium"),
    QT_TRANSLATE_NOOP("Widgets", "High"),
    QT_TRANSLATE_NOOP("Widgets", "Very high"),
)


class _Dots(QWidget):
    """Five clickable dots; the painted part of LevelPicker."""

    picked = Signal(int)
    cleared = Signal()

    DIAMETER = 13.0
    GAP = 5.0

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)
        self.level: int | None = None
        self.mixed = False
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        width = 5 * self.DIAMETER + 4 * self.GAP + 4
        self.setFixedSize(QSize(round(width), round(self.DIAMETER + 8)))

    def _dot_at(self, x: float) -> int | None:
        step = self.DIAMETER + self.GAP
        index = int((x - 2 + self.GAP / 2) // step)
        return index + 1 if 0 <= index < 5 else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = self._hover or (None if self.mixed else self.level) or 0
        y = (self.height() - self.DIAMETER) / 2
        for i in range(5):
            x = 2 + i * (self.DIAMETER + self.GAP)
            rect = QRectF(x, y, self.DIAMETER, self.DIAMETER).adjusted(0.75, 0.75, -0.75, -0.75)
            filled = i < shown
            color = QColor(self.color)
            if self._hover is not None:
                color.setAlphaF(0.55)  # a preview, not the value
            painter.setPen(QPen(color if filled else QColor("#9AA3AE"), 1.4))
            painter.setBrush(color if filled else QColor("#FFFFFF"))
            painter.drawEllipse(rect)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._dot_at(event.position().x())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            level = self._dot_at(event.position().x())
            if level is not None:
                self.picked.emit(level)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.level or 0
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.picked.emit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.picked.emit(min(5, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus) and current > 1:
            self.picked.emit(current - 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
            self.cleared.emit()
        else:
            super().keyPressEvent(event)


class LevelPicker(QWidget):
    """A 1..5 level (severity, impact, effort) as five dots and its name.

    Emits `level_chosen(level)` with 1..5, or None when the user clears it.
    """

    level_chosen = Signal(object)

    def __init__(
        self,
        color: str = "#C0392B",
        names: Sequence[str] = LEVEL_NAMES,
        *,
        allow_clear: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = tuple(names)
        self.dots = _Dots(color, self)
        self.label = PlainLabel(parent=self)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("Very high 5/5"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(translate("Widgets", "Clear"))
        self.clear_button.setAccessibleName(translate("Widgets", "Clear"))
        self.clear_button.setVisible(allow_clear)
        self._allow_clear = allow_clear
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.dots)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.dots.picked.connect(self._pick)
        self.dots.cleared.connect(self._clear)
        self.clear_button.clicked.connect(self._clear)
        self.setFocusProxy(self.dots)
        self.set_level(None)

    def level(self) -> int | None:
        return self.dots.level

    def set_level(self, level: int | None, *, mixed: bool = False) -> None:
        """Show the document's level (mixed: the selected items disagree)."""
        self.dots.level = level
        self.dots.mixed = mixed
        if mixed:
            text = mixed_text()
        elif level is None:
            text = translate("Widgets", "Not set")
        else:
            text = f"{level} · {translate('Widgets', self._names[level - 1])}"
        self.label.setText(text)
        self.label.setStyleSheet(
            "QLabel { color: #5B6675; }" if mixed or level is None else "QLabel { color: #1F2933; }"
        )
        self.dots.setAccessibleDescription(text)
        self.clear_button.setEnabled(self._allow_clear and (mixed or level is not None))
        self.dots.update()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.dots.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.dots.setToolTip(text)

    def pick(self, level: int | None) -> None:
        """Choose a level as the user would."""
        if level is None:
            self._clear()
        else:
            self._pick(level)

    def _pick(self, level: int) -> None:
        if level == self.dots.level and not self.dots.mixed:
            return
        self.set_level(level)
        self.level_chosen.emit(level)

    def _clear(self) -> None:
        if self.dots.level is None and not self.dots.mixed:
            return
        self.set_level(None)
        self.level_chosen.emit(None)
