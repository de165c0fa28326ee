"""Editing text in place on the canvas: a text box over the card or header being edited.

Enter commits (Shift+Enter adds a line where several lines make sense), Esc cancels, and
clicking elsewhere commits, as in every canvas tool designers know.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QGraphicsScene, QPlainTextEdit

from mapstudio.layout import FontSpec
from mapstudio.ui.canvas.items import Z_OVERLAY
from mapstudio.ui.fonts import scene_font


class _Editor(QPlainTextEdit):
    def __init__(self, multiline: bool) -> None:
        super().__init__()
        self.multiline = multiline
        self.on_commit: Callable[[], None] = lambda: None
        self.on_cancel: Callable[[], None] = lambda: None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.on_cancel()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if not (self.multiline and shift):
                self.on_commit()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A context menu or the editor's own scrollbar can take focus briefly.
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,):
            self.on_commit()


class InlineEditor(QObject):
    """One in-place text edit session; calls `commit(text)` or nothing when cancelled."""

    def __init__(
        self,
        scene: QGraphicsScene,
        rect: QRectF,
        text: str,
        font: FontSpec,
        commit: Callable[[str], None],
        multiline: bool = True,
        on_finished: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(scene)
        self._scene = scene
        self._commit = commit
        self._on_finished = on_finished
        self._done = False
        self.editor = _Editor(multiline)
        self.editor.setPlainText(text)
        self.editor.selectAll()
        self.editor.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.setFont(scene_font(font, float(self.editor.logicalDpiY())))
        self.editor.setStyleSheet(
            "QPlainTextEdit { background: #FFFFFF; border: 2px solid #2563EB;"
            " border-radius: 4px; padding: 2px; }"
        )
        self.editor.setAccessibleName("Edit text")
        self.editor.on_commit = self.commit
        self.editor.on_cancel = self.cancel
        self.proxy = QGraphicsProxyWidget()
        self.proxy.setWidget(self.editor)
        self.proxy.setZValue(Z_OVERLAY + 5)
        self.proxy.setGeometry(rect)
        scene.addItem(self.proxy)
        self.proxy.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def active(self) -> bool:
        return not self._done

    def text(self) -> str:
        return self.editor.toPlainText()

    def commit(self) -> None:
        if self._done:
            return
        text = self.editor.toPlainText()
        self._finish()
        self._commit(text)

    def cancel(self) -> None:
        if not self._done:
            self._finish()

    def _finish(self) -> None:
        self._done = True
        # Removing the proxy inside its own key or focus handler is unsafe: defer it.
        QTimer.singleShot(0, self._remove)
        if self._on_finished is not None:
            self._on_finished()

    def _remove(self) -> None:
        if self.proxy.scene() is not None:
            self._scene.removeItem(self.proxy)
        self.proxy.deleteLater()
