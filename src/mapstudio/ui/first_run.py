"""The first start: open the example map and show a short hint on how to begin.

`is_first_run()` is true until `mark_first_run_done()` (a flag in the settings file).
`show_first_run_hint(window)` lays a small, non-modal hint over the top of the window's
central area; it goes away with its close button or Esc, and "Don't show again" keeps it
away for good. It is an overlay child of the central widget, so it needs no place in the
main window's layout and never blocks the canvas behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.ui.settings import app_settings

FIRST_RUN_KEY = "app/first_run_done"
HINT_KEY = "hints/first_run_hint_hidden"
_MARGIN = 12


def _flag(key: str) -> bool:
    value = app_settings().value(key, False)
    return value.strip().lower() == "true" if isinstance(value, str) else bool(value)


def _set_flag(key: str, value: bool) -> None:
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()


def is_first_run() -> bool:
    """True until the app has started once (and shown the example)."""
    return not _flag(FIRST_RUN_KEY)


def mark_first_run_done() -> None:
    _set_flag(FIRST_RUN_KEY, True)


def hint_wanted() -> bool:
    """False once the user ticked "Don't show again"."""
    return not _flag(HINT_KEY)


class FirstRunHint(QFrame):
    """The hint balloon: a sentence on how to start, Don't show again, and a close button."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("FirstRunHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Getting started hint"))
        # A pale yellow note: it reads as a tip, and is the one light element on purpose
        # in both themes, so its text colour is fixed too.
        self.setStyleSheet(
            "#FirstRunHint { background: #FFF8D6; border: 1px solid #E2C96B; border-radius: 6px; }"
            "#FirstRunHint QLabel, #FirstRunHint QCheckBox { color: #33302A; }"
        )
        self.message = QLabel(
            self.tr(
                "This is an example map. Drag from the palette, double-click a cell to add "
                "a card; File ▸ New starts blank."
            )
        )
        self.message.setWordWrap(True)
        self.dont_show = QCheckBox(self.tr("Don't show again"))
        self.close_button = QPushButton(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Close the hint"))
        self.close_button.setDefault(False)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout()
        row.addWidget(self.dont_show)
        row.addStretch(1)
        row.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 10)
        box.addWidget(self.message)
        box.addLayout(row)
        host.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        width = min(520, max(260, host.width() - 2 * _MARGIN))
        self.setFixedWidth(width)
        self.adjustSize()
        # Top right, clear of the map's stage headers on the left.
        self.move(max(_MARGIN, host.width() - width - _MARGIN), _MARGIN)
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def dismiss(self) -> None:
        """Close the hint; remember "Don't show again" if it is ticked."""
        if self.dont_show.isChecked():
            _set_flag(HINT_KEY, True)
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


def show_first_run_hint(window: QWidget) -> FirstRunHint | None:
    """Show the hint over `window` (unless turned off) and mark the first run as done."""
    mark_first_run_done()
    if not hint_wanted():
        return None
    existing = window.findChild(FirstRunHint)
    if existing is not None and existing.isVisible():
        return existing
    host = window.centralWidget() if isinstance(window, QMainWindow) else None
    hint = FirstRunHint(host or window)
    hint.show()
    return hint


def close_first_run_hint(window: QWidget) -> None:
    """Close the hint, if shown: it speaks of the example map, which the window no
    longer shows once a file is opened or a project started."""
    for hint in window.findChildren(FirstRunHint):
        hint.dismiss()


__all__ = [
    "FirstRunHint",
    "close_first_run_hint",
    "hint_wanted",
    "is_first_run",
    "mark_first_run_done",
    "show_first_run_hint",
]
