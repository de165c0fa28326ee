"""Helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QMessageBox


class DialogRecorder:
    """Stands in for modal message boxes: a GUI test must never block on one."""

    def __init__(self) -> None:
        self.shown: list[QMessageBox] = []
        self.texts: list[str] = []
        self.answer = QMessageBox.StandardButton.Discard

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(box)
        self.texts.append(box.text())
        return int(self.answer.value)

    def question(self, parent: object, title: str, text: str, *args: object) -> object:
        self.texts.append(text)
        return self.answer


def send_mouse(
    view: QGraphicsView,
    kind: QEvent.Type,
    scene_pos: QPointF,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    buttons: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Send a real mouse event to the view's viewport at a scene position.

    QTest.mouseMove carries no pressed buttons, which QGraphicsView needs for a rubber
    band, so the tests build the events themselves.
    """
    viewport = view.viewport()
    local = QPointF(view.mapFromScene(scene_pos))
    global_pos = QPointF(viewport.mapToGlobal(local.toPoint()))
    event = QMouseEvent(kind, local, global_pos, button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(
    view: QGraphicsView,
    start: QPointF,
    end: QPointF,
    steps: int = 8,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press at `start`, move in steps to `end` with the button held, release there."""
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        send_mouse(view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left, modifiers)
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton, modifiers)


def double_click(view: QGraphicsView, at: QPointF) -> None:
    send_mouse(view, QEvent.Type.MouseButtonPress, at)
    send_mouse(view, QEvent.Type.MouseButtonRelease, at, buttons=Qt.MouseButton.NoButton)
    send_mouse(view, QEvent.Type.MouseButtonDblClick, at)
    send_mouse(view, QEvent.Type.MouseButtonRelease, at, buttons=Qt.MouseButton.NoButton)


def drop_mime(view: QGraphicsView, mime: QMimeData, scene_pos: QPointF) -> bool:
    """Drag `mime` over the view to `scene_pos` and drop it; True when it was accepted."""
    viewport = view.viewport()
    local = QPointF(view.mapFromScene(scene_pos))
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(local.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(local.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        QApplication.sendEvent(viewport, QDragLeaveEvent())
        return False
    drop = QDropEvent(local, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()
