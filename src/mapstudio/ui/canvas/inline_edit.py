"""Editing text in place on the canvas: a text field over the card or header being edited.

The field is a real child widget of the view's viewport, not an item in the scene: it
takes the keyboard from the window system like any text field, so every key (Space,
arrows, Ctrl+A, Ctrl+Z) acts on its text and none reaches the canvas while it is open.
It follows the view when the map scrolls or zooms.

Keys, as in every canvas tool designers know: Enter commits (Shift+Enter starts a new
line in a card's text), Esc cancels, Tab commits and moves to the next card's title
(Shift+Tab: the previous one), Ctrl+Enter commits and adds a card below. A click inside
places the cursor; a click elsewhere commits.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QTextEdit, QWidget

from mapstudio.layout import FontSpec
from mapstudio.ui.fonts import scene_font


class After(Enum):
    """What the user asked for when committing, besides the text itself."""

    NOTHING = "nothing"
    NEXT = "next"  # Tab: edit the next card's title
    PREVIOUS = "previous"  # Shift+Tab: edit the previous card's title
    ADD_BELOW = "add_below"  # Ctrl+Enter: add a card below and edit it


# Focus leaving for these reasons is not the user moving on: a context menu of the
# field itself, the menu bar (Alt, or a menu opened from the keyboard), or another
# application's window for a moment.
_KEEP_OPEN_REASONS = (
    Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
    Qt.FocusReason.ActiveWindowFocusReason,
)


class _TextField(QTextEdit):
    """The field; its keys decide between typing, committing and cancelling. Plain
    text only: pasted markup arrives as its characters."""

    def __init__(self, parent: QWidget | None, multiline: bool) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.multiline = multiline
        self.on_commit: Callable[[After], None] = lambda after: None
        self.on_cancel: Callable[[], None] = lambda: None
        self.setTabChangesFocus(False)

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab would move the keyboard focus before keyPressEvent sees them.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab and not _ctrl(event):
                self.on_commit(After.NEXT)
                return True
            if event.key() == Qt.Key.Key_Backtab and not _ctrl(event):
                self.on_commit(After.PREVIOUS)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.on_cancel()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if _ctrl(event):
                self.on_commit(After.ADD_BELOW)
                return
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if not (self.multiline and shift):
                self.on_commit(After.NOTHING)
                return
            # A new line in a card's text: plain, never a rich-text line break.
            self.textCursor().insertText("\n")
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _KEEP_OPEN_REASONS:
            self.on_commit(After.NOTHING)


def _ctrl(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class InlineEditor(QObject):
    """One in-place text edit session over `scene_rect` of `view`.

    `commit(text, after)` is called once when the user commits; nothing is called on
    cancel, except `on_escape` when the person pressed Esc. `on_finished` is called in
    every case first.
    """

    def __init__(
        self,
        view: QGraphicsView,
        scene_rect: QRectF,
        text: str,
        font: FontSpec,
        commit: Callable[[str, After], None],
        multiline: bool = True,
        on_finished: Callable[[], None] | None = None,
        on_escape: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._on_escape = on_escape
        self._view = view
        self._scene_rect = QRectF(scene_rect)
        self._font = font
        self._commit = commit
        self._on_finished = on_finished
        self._done = False
        self._min_height = 0
        self.editor = _TextField(view.viewport(), multiline)
        self.editor.setPlainText(text)
        self.editor.selectAll()
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.document().setDocumentMargin(2)
        self.editor.setStyleSheet(
            "QTextEdit { background: #FFFFFF; color: #1F2937;"
            " border: 2px solid #2563EB; border-radius: 4px; }"
        )
        # The field grows with its text, so nothing scrolls out of sight inside it.
        self.editor.document().contentsChanged.connect(self._fit_height)
        self.editor.setAccessibleName("Edit text")
        self.editor.on_commit = self.commit
        self.editor.on_cancel = self._escape
        self._follow()
        view.horizontalScrollBar().valueChanged.connect(self._follow)
        view.verticalScrollBar().valueChanged.connect(self._follow)
        zoom_changed = getattr(view, "zoom_changed", None)
        if zoom_changed is not None:
            zoom_changed.connect(self._follow)
        self.editor.show()
        self.take_keyboard()

    def take_keyboard(self) -> None:
        """Give the field the keyboard, wherever it was (a palette after a drop)."""
        if self._done:
            return
        window = self._view.window()
        if not window.isActiveWindow():
            window.activateWindow()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow(self, *_: object) -> None:
        """Stay over the edited box, at the view's zoom."""
        if self._done:
            return
        view = self._view
        zoom = view.transform().m11()
        rect = view.mapFromScene(self._scene_rect).boundingRect()
        self._min_height = rect.height()
        self.editor.setGeometry(rect)
        dpi = float(self.editor.logicalDpiY())
        self.editor.setFont(scene_font(FontSpec(self._font.style, self._font.size * zoom), dpi))
        self._fit_height()

    def _fit_height(self) -> None:
        if self._done:
            return
        document = self.editor.document()
        document.setTextWidth(self.editor.viewport().width())
        needed = int(document.size().height()) + 6  # the 2 px border, top and bottom
        self.editor.resize(self.editor.width(), max(self._min_height, needed))

    @property
    def active(self) -> bool:
        return not self._done

    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def scene_rect(self) -> QRectF:
        return QRectF(self._scene_rect)

    def commit(self, after: After = After.NOTHING) -> None:
        if self._done:
            return
        text = self.editor.toPlainText()
        self._finish()
        self._commit(text, after)

    def cancel(self) -> None:
        if not self._done:
            self._finish()

    def _escape(self) -> None:
        """Esc: the person cancels (unlike a cancel because the card went away)."""
        if self._done:
            return
        self._finish()
        if self._on_escape is not None:
            self._on_escape()

    def _finish(self) -> None:
        self._done = True
        had_focus = self.editor.hasFocus()
        # Hide at once (no empty box left on screen); delete once back in the event loop,
        # since this may run inside the field's own key or focus handler.
        self.editor.on_commit = lambda after: None
        self.editor.on_cancel = lambda: None
        self.editor.hide()
        if had_focus:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.editor.deleteLater)
        if self._on_finished is not None:
            self._on_finished()
