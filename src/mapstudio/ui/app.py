"""Application start-up: the QApplication, its identity, fonts and the first window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mapstudio._version import __version__
from mapstudio.edit import Document
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.model import blank_project
from mapstudio.ui.fonts import register_bundled_fonts, ui_font
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.recovery_dialog import RestoreRecovered, offer_recovery

log = logging.getLogger(__name__)

ORGANIZATION = "mapstudio"
APPLICATION = "mapstudio"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with mapstudio's names (settings live under them) and fonts."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName("mapstudio")
    register_bundled_fonts()
    app.setFont(ui_font(app.font().pointSizeF() or 10.0))
    app.aboutToQuit.connect(release_offscreen_clipboard)
    return app


def release_offscreen_clipboard() -> None:
    """Empty the clipboard on Qt's offscreen platform, which crashes at exit while it
    holds mime data (headless runs only; real platforms keep what the user copied)."""
    if QGuiApplication.platformName() == "offscreen":
        QGuiApplication.clipboard().clear()


def open_windows(path: Path | None, store: RecoveryStore) -> list[MainWindow]:
    """The first windows: work restored after a crash, then the file asked for."""
    windows: list[MainWindow] = []
    for recovered in offer_recovery(store, None):
        original = recovered.original_path
        document = Document(blank_project(), original)
        window = MainWindow(document, store=store, session_id=recovered.entry.session_id)
        if original is not None and original.exists():
            window.open_path(original)  # the saved file, so undo goes back to it
        window.document.execute(RestoreRecovered(recovered.result.project))
        windows.append(window)
    if path is not None or not windows:
        window = MainWindow(store=store)
        if path is not None:
            window.open_path(path)
        windows.append(window)
    return windows


def run_app(path: Path | None = None) -> int:
    """Start the app (on `path` if given) and run until the last window closes."""
    app = create_application()
    store = RecoveryStore()
    windows = open_windows(path, store)
    for window in windows:
        window.show()
    log.info("%d window(s) shown", len(windows))
    return app.exec()
