"""The app as a person starts it, on Qt's xcb platform, with a read-only probe for tests.

Run by the real-input tests in a child process on a virtual X screen:

    python harness.py [FILE] [--size WxH]

It starts mapstudio exactly as `mapstudio [FILE]` does (`mapstudio.ui.app`), then answers
questions on standard input, one JSON object a line, with one JSON line on the original
standard output: where things are on the screen, which widget has the keyboard, what the
document holds. It never injects input: the tests do that through the X server (XTest),
so focus, key and drag-and-drop routing are the window system's own.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

# Answers go to the real stdout; anything the app prints goes to stderr instead.
_ANSWERS = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
os.dup2(2, 1)

import numpy  # noqa: E402
from PySide6.QtCore import QObject, QPoint, QRectF, QSocketNotifier, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QWidget,
)

from mapstudio.ui import app as app_module  # noqa: E402
from mapstudio.ui.main_window import MainWindow  # noqa: E402
from mapstudio.ui.preferences import load_preferences  # noqa: E402


def _screen_rect(view: Any, rect: QRectF) -> list[int]:
    """A scene rectangle as [x, y, w, h] in screen pixels."""
    polygon = view.mapFromScene(rect)
    bounds = polygon.boundingRect()
    top_left = view.viewport().mapToGlobal(bounds.topLeft())
    return [top_left.x(), top_left.y(), bounds.width(), bounds.height()]


def _widget_rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def _window() -> MainWindow:
    active = QApplication.activeWindow()
    if isinstance(active, MainWindow):
        return active
    visible = [w for w in _windows() if w.isVisible()]
    return visible[0]


def _box(view: Any, rect: Any) -> list[int]:
    return _screen_rect(view, QRectF(rect.x, rect.y, rect.w, rect.h))


def canvas(_: dict[str, Any]) -> dict[str, Any]:
    """Screen rectangles of everything on the canvas, by id."""
    window = _window()
    view = window.view
    ml = window.current_layout()
    return {
        "viewport": _widget_rect(view.viewport()),
        "zoom": view.zoom,
        "map_id": window.current_map.id,
        "cards": {cid: _box(view, box.rect) for cid, box in ml.cards.items()},
        "cells": [
            {
                "persona_id": key.persona_id,
                "lane_id": key.lane_id,
                "stage_id": key.stage_id,
                "kind": str(cell.kind.value),
                "accepts_cards": cell.accepts_cards,
                "rect": _box(view, cell.rect),
            }
            for key, cell in ml.cells.items()
        ],
        "stages": {h.stage_id: _box(view, h.rect) for h in ml.stage_headers},
        "bands": {str(b.persona_id): _box(view, b.header_rect) for b in ml.bands},
        "lanes": [
            {
                "lane_id": label.lane_id,
                "persona_id": label.persona_id,
                "kind": str(label.kind.value),
                "rect": _box(view, label.rect),
            }
            for label in ml.lane_labels
        ],
        "curves": {pid: _box(view, c.rect) for pid, c in ml.curves.items()},
        "markers": {m.point_id: _box(view, m.rect) for c in ml.curves.values() for m in c.markers},
        "label_column": _box(view, ml.label_column),
        "collapsed": [str(b.persona_id) for b in ml.bands if b.collapsed],
    }


def personas(_: dict[str, Any]) -> dict[str, Any]:
    """Screen rectangles of the Personas panel's rows (by persona id) and the map tabs."""
    window = _window()
    lst = window.personas.list
    rows = {}
    for row in range(lst.count()):
        item = lst.item(row)
        rect = lst.visualItemRect(item)
        top_left = lst.viewport().mapToGlobal(rect.topLeft())
        rows[str(item.data(Qt.ItemDataRole.UserRole))] = [
            top_left.x(),
            top_left.y(),
            rect.width(),
            rect.height(),
        ]
    tabs = window.tabs
    tab_rects = []
    for index in range(tabs.count()):
        rect = tabs.tabRect(index)
        top_left = tabs.mapToGlobal(rect.topLeft())
        tab_rects.append([top_left.x(), top_left.y(), rect.width(), rect.height()])
    return {"rows": rows, "tabs": tab_rects}


def palette(_: dict[str, Any]) -> dict[str, Any]:
    """Screen rectangles of the palette's entries, by key."""
    window = _window()
    lst = window.palette_dock.list
    entries = {}
    for row, key in enumerate(window.palette_dock.entry_keys()):
        rect = lst.visualItemRect(lst.item(row))
        top_left = lst.viewport().mapToGlobal(rect.topLeft())
        entries[key] = [top_left.x(), top_left.y(), rect.width(), rect.height()]
    return {"entries": entries, "list": _widget_rect(lst)}


def focus(_: dict[str, Any]) -> dict[str, Any]:
    """Which widget has the keyboard, and the in-place editor if one is open."""
    widget = QApplication.focusWidget()
    window = _window()
    inline = window.editor.inline_editor
    answer: dict[str, Any] = {
        "widget": type(widget).__name__ if widget is not None else None,
        "accessible_name": widget.accessibleName() if widget is not None else None,
        "active_window": type(QApplication.activeWindow()).__name__,
        "inline": None,
    }
    if inline is not None and inline.active:
        # Only long-standing names: the probe also runs against older versions, to show
        # a test failing there.
        field = inline.editor
        cursor = field.textCursor()
        answer["inline"] = {
            "text": inline.text(),
            "owner": getattr(
                window.editor, "inline_owner", getattr(window.editor, "_inline_owner", None)
            ),
            "rect": _widget_rect(field),
            "has_focus": field.hasFocus(),
            "cursor": cursor.position(),
            "selected": cursor.selectedText(),
        }
    return answer


def document(_: dict[str, Any]) -> dict[str, Any]:
    """The open project, as the document holds it."""
    window = _window()
    return {
        # Every field, defaults included (the file leaves those out).
        "project": window.document.project.model_dump(mode="json"),
        "path": str(window.document.path) if window.document.path else None,
        "dirty": window.document.is_dirty,
    }


def _visible_dialogs() -> list[dict[str, Any]]:
    found = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            entry: dict[str, Any] = {
                "class": type(widget).__name__,
                "title": widget.windowTitle(),
                "rect": _widget_rect(widget),
            }
            if isinstance(widget, QMessageBox):
                entry["text"] = widget.text()
            if isinstance(widget, QFileDialog):
                entry["directory"] = widget.directory().absolutePath()
                selected = widget.selectedFiles()
                entry["file_name"] = Path(selected[0]).name if selected else ""
            entry["buttons"] = {
                b.text().replace("&", ""): _widget_rect(b)
                for b in widget.findChildren(QAbstractButton)
                if b.isVisible()
            }
            found.append(entry)
    return found


def _open_menus() -> list[dict[str, list[int]]]:
    """Each open popup menu: its enabled entries' screen rectangles by text."""
    menus = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMenu) and widget.isVisible():
            entries = {}
            for action in widget.actions():
                if action.isSeparator() or not action.isEnabled() or not action.isVisible():
                    continue
                rect = widget.actionGeometry(action)
                top_left = widget.mapToGlobal(rect.topLeft())
                entries[action.text().replace("&", "")] = [
                    top_left.x(),
                    top_left.y(),
                    rect.width(),
                    rect.height(),
                ]
            menus.append(entries)
    return menus


def state(_: dict[str, Any]) -> dict[str, Any]:
    """Window-level facts: titles, undo labels, which actions can act, dialogs."""
    windows = [w for w in _windows() if w.isVisible()]
    if not windows:
        return {"windows": [], "dialogs": _visible_dialogs()}
    window = _window()
    actions = {
        name: getattr(window, name).isEnabled()
        for name in dir(window)
        if name.startswith("act_") and hasattr(getattr(window, name), "isEnabled")
    }
    selection = window.selection.state
    return {
        "windows": [{"title": w.windowTitle(), "rect": _widget_rect(w)} for w in windows],
        "actions": actions,
        "undo_label": window.document.undo_label,
        "redo_label": window.document.redo_label,
        "selection": {
            "cards": list(selection.card_ids),
            "stages": list(selection.stage_ids),
            "points": list(selection.point_ids),
            "lanes": list(selection.lane_ids),
        },
        "status": window.statusBar().currentMessage(),
        "dialogs": _visible_dialogs(),
        "menus": _open_menus(),
        "zoom": window.view.zoom,
        "cursor_cell": (
            window.editor.cursor_cell_key() if hasattr(window.editor, "cursor_cell_key") else None
        ),
    }


def widget(query: dict[str, Any]) -> dict[str, Any]:
    """Screen rectangle, text and enabled state of a child of the window, found by its
    object name or its accessible name."""
    window = _window()
    name = query["name"]
    found = next(
        (
            child
            for child in window.findChildren(QWidget)
            if child.isVisible() and name in (child.objectName(), child.accessibleName())
        ),
        None,
    )
    if found is None:
        return {"found": False}
    text = None
    if isinstance(found, QLineEdit):
        text = found.text()
    elif isinstance(found, QPlainTextEdit | QTextEdit):
        text = found.toPlainText()
    return {
        "found": True,
        "rect": _widget_rect(found),
        "visible": found.isVisible(),
        "visible_region_empty": found.visibleRegion().isEmpty(),
        "text": text,
        "enabled": found.isEnabled(),
    }


def docks(_: dict[str, Any]) -> dict[str, Any]:
    """The screen, and for each open dock: how wide its title is and between which
    screen x its title bar has room for it (left of its float and close buttons); the
    same for each one-line caption and each button inside it."""
    window = _window()
    screen = window.screen().geometry()
    found = []
    for dock in window.findChildren(QDockWidget):
        if not dock.isVisible():
            continue
        left = dock.mapToGlobal(QPoint(0, 0)).x()
        margin = dock.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetTitleMargin, None, dock)
        buttons = [
            b.mapToGlobal(QPoint(0, 0)).x()
            for b in dock.findChildren(QAbstractButton)
            if b.parent() is dock and b.isVisible()
        ]
        headers = []
        for label in dock.findChildren(QLabel):
            # One-line captions: section headers, the Inspector's title, field labels.
            if not label.isVisible() or not label.text() or label.wordWrap():
                continue
            box = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
            headers.append(
                {
                    "text": label.text(),
                    "width": label.fontMetrics().horizontalAdvance(label.text()),
                    "left": label.mapToGlobal(box.topLeft()).x(),
                    "right": label.mapToGlobal(box.topLeft()).x() + box.width(),
                }
            )
        for button in dock.findChildren(QAbstractButton):
            # The panel's own tool buttons (+ Add, Edit, ...): as wide as their text needs.
            if button.parent() is dock or not button.isVisible() or not button.text():
                continue
            left = button.mapToGlobal(QPoint(0, 0)).x()
            headers.append(
                {
                    "text": button.text(),
                    "width": button.sizeHint().width(),
                    "left": left,
                    "right": left + button.width(),
                }
            )
        found.append(
            {
                "name": dock.objectName(),
                "title": dock.windowTitle(),
                "title_width": dock.fontMetrics().horizontalAdvance(dock.windowTitle()),
                "title_left": left + margin,
                "title_right": min(buttons) if buttons else left + dock.width() - margin,
                "rect": _widget_rect(dock),
                "headers": headers,
            }
        )
    return {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": [
            window.frameGeometry().x(),
            window.frameGeometry().y(),
            window.frameGeometry().width(),
            window.frameGeometry().height(),
        ],
        "docks": found,
    }


def compare(_: dict[str, Any]) -> dict[str, Any]:
    """Compare mode: whether it is on, the Changes dock's rows and current change, the
    cards selected on the compare canvas, and the mark of each marked card."""
    controller = _window().compare
    current = controller.dock.current_entry()
    return {
        "active": controller.active,
        "view_visible": controller.view.isVisible(),
        "rows": controller.dock.rows(),
        "current": None if current is None else {"id": current.record_id, "text": current.text},
        "selected": controller.selected_card_ids(),
        "marks": {card_id: item.kind for card_id, item in controller.mark_items.items()},
    }


def inspector(_: dict[str, Any]) -> dict[str, Any]:
    """The inspector's current page and how much of each of its fields is on screen."""
    dock = _window().inspector
    page = dock.stack.currentWidget()
    fields = []
    for child in page.findChildren(QWidget):
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit) and child.isVisible():
            region = child.visibleRegion().boundingRect()
            fields.append(
                {
                    "name": child.accessibleName(),
                    "height": child.height(),
                    "visible_height": region.height(),
                    "rect": _widget_rect(child),
                }
            )
    first = page.first_field()
    return {
        "page": type(page).__name__,
        "first_field": first.accessibleName() if first is not None else None,
        "fields": fields,
    }


def item_positions_match(_: dict[str, Any]) -> dict[str, Any]:
    """Cards and emotion markers whose drawn position differs from the layout's."""
    window = _window()
    scene, ml = window.scene, window.current_layout()
    mismatched = []
    placed = [(card_id, box.rect) for card_id, box in ml.cards.items()]
    placed += [(m.point_id, m.rect) for curve in ml.curves.values() for m in curve.markers]
    items = {**scene.card_items, **scene.marker_items}
    for item_id, rect in placed:
        item = items.get(item_id)
        if (
            item is None
            or abs(item.scenePos().x() - rect.x) > 1
            or abs(item.scenePos().y() - rect.y) > 1
        ):
            mismatched.append(item_id)
    return {"mismatched": mismatched}


def conflict_dialog(_: dict[str, Any]) -> dict[str, Any]:
    """The open conflict dialog of a merge: its conflicts with the side each keeps, the
    one shown, which choice is checked and which widget has the keyboard."""
    from mapstudio.ui.merge_dialog import ConflictDialog, option_side

    dialog = next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConflictDialog) and w.isVisible()
        ),
        None,
    )
    if dialog is None:
        return {"open": False}
    choices = dialog.choices()
    focus = QApplication.focusWidget()
    return {
        "open": True,
        "rect": _widget_rect(dialog),
        "conflicts": [
            {
                "kind": type(c).__name__,
                "record": c.key.id,
                "keeps": option_side(c, choices[c.id]).value,
            }
            for c in dialog.conflicts
        ],
        "current": dialog.list.currentRow(),
        "mine": {"checked": dialog.mine.isChecked(), "rect": _widget_rect(dialog.mine)},
        "theirs": {"checked": dialog.theirs.isChecked(), "rect": _widget_rect(dialog.theirs)},
        "focus": focus.objectName() if focus is not None else None,
    }


def clipboard(_: dict[str, Any]) -> dict[str, Any]:
    """What the clipboard holds: its formats and whether it has a picture."""
    mime = QGuiApplication.clipboard().mimeData()
    return {
        "formats": list(mime.formats()) if mime else [],
        "image": bool(mime and mime.hasImage()),
    }


def photo_review(_: dict[str, Any]) -> dict[str, Any]:
    """The open photo review: where each note and each cell of the shown photo is on
    the screen, and each note's cell (read only; found by class name, so the probe
    still runs against versions without it)."""
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "PhotoReviewDialog" and widget.isVisible():
            return {"open": True, **widget.probe()}
    return {"open": False}


def stale_canvas(_: dict[str, Any]) -> dict[str, Any]:
    """How many of the canvas's pixels on the screen differ from a full repaint of it:
    a part of the picture the view moved when it scrolled but never painted again (a
    trail) shows up here, and nowhere in a widget's own rendering."""
    view = _window().view
    viewport = view.viewport()
    QApplication.processEvents()
    origin = viewport.mapToGlobal(QPoint(0, 0))
    screen = QGuiApplication.screenAt(origin) or QGuiApplication.primaryScreen()

    def shot() -> Any:
        return screen.grabWindow(0, origin.x(), origin.y(), viewport.width(), viewport.height())

    def pixels() -> Any:
        image = shot().toImage().convertToFormat(QImage.Format.Format_RGB32)
        line = image.bytesPerLine()
        data = numpy.frombuffer(bytes(image.constBits()), numpy.uint8)
        return data.reshape(image.height(), line // 4, 4)[:, : image.width(), :3].astype(int)

    before = pixels()
    viewport.repaint()
    QGuiApplication.sync()
    QApplication.processEvents()
    after = pixels()
    # A trail is a copy of something drawn where it no longer is: pixels far from what
    # a repaint draws there, not a shade of antialiasing at the edge of a repainted part.
    wrong = (numpy.abs(before - after).max(axis=2) > 64).sum(axis=1)
    rows = [int(y) for y in numpy.nonzero(wrong > 2)[0]]
    return {"rows": len(rows), "first": rows[:5]}


def sync(_: dict[str, Any]) -> dict[str, Any]:
    """Let Qt read what the X server has queued, then answer."""
    QGuiApplication.sync()
    QApplication.processEvents()
    return {}


def scroll(_: dict[str, Any]) -> dict[str, Any]:
    """Where the canvas is scrolled to, its scroll bars on the screen, and how far its
    frozen header row and label column are drawn from where they are (scene units)."""
    view = _window().view
    bars = {"across": view.horizontalScrollBar(), "down": view.verticalScrollBar()}
    state = view.frozen_headers()
    return {
        **{
            name: {
                "value": bar.value(),
                "maximum": bar.maximum(),
                "page": bar.pageStep(),
                "visible": bar.isVisible(),
                "rect": _widget_rect(bar),
            }
            for name, bar in bars.items()
        },
        "frozen": None if state is None else {"dx": state.dx, "dy": state.dy},
        "has_focus": view.hasFocus(),
    }


def quit_app(_: dict[str, Any]) -> dict[str, Any]:
    for w in _windows():
        w.document.mark_clean()
        w.close()
    QApplication.quit()
    return {}


QUERIES = {
    "canvas": canvas,
    "palette": palette,
    "focus": focus,
    "document": document,
    "state": state,
    "widget": widget,
    "inspector": inspector,
    "compare": compare,
    "docks": docks,
    "personas": personas,
    "clipboard": clipboard,
    "conflict_dialog": conflict_dialog,
    "item_positions_match": item_positions_match,
    "photo_review": photo_review,
    "stale_canvas": stale_canvas,
    "scroll": scroll,
    "sync": sync,
    "quit": quit_app,
}


class Probe(QObject):
    """Answers one JSON query per line of standard input."""

    def __init__(self) -> None:
        super().__init__()
        self._buffer = b""
        self.notifier = QSocketNotifier(0, QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._read)

    def _read(self) -> None:
        chunk = os.read(0, 65536)
        if not chunk:
            self.notifier.setEnabled(False)
            QApplication.quit()
            return
        self._buffer += chunk
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._answer(json.loads(line))

    def _answer(self, query: dict[str, Any]) -> None:
        try:
            result = {"ok": True, "result": QUERIES[query["q"]](query)}
        except Exception:
            result = {"ok": False, "error": traceback.format_exc()}
        _ANSWERS.write(json.dumps(result) + "\n")
        _ANSWERS.flush()


def main() -> int:
    args = sys.argv[1:]
    size: tuple[int, int] | None = None  # the app's own default window size
    if "--size" in args:
        i = args.index("--size")
        w, h = args[i + 1].split("x")
        size = (int(w), int(h))
        del args[i : i + 2]
    path = Path(args[0]) if args else None
    app = app_module.create_application()
    # The probe answers from the start, also while a start-up dialog (recovery) waits.
    probe = Probe()
    _ANSWERS.write(json.dumps({"ok": True, "result": "ready"}) + "\n")
    store = app_module.RecoveryStore() if load_preferences().autosave else None
    windows = app_module.open_windows(path, store)
    for window in windows:
        if size is not None:
            window.resize(*size)
        window.move(0, 0)
    show = getattr(app_module, "show_windows", None)
    if show is not None:
        show(windows)
    else:  # an older version, run to show a test failing there
        for window in windows:
            window.show()
    code = app.exec()
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main())
