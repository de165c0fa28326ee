"""Application start-up: the QApplication, its identity, fonts and the first window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mapstudio._version import __version__
from mapstudio.ui.fonts import register_bundled_fonts, ui_font
from mapstudio.ui.main_window import MainWindow

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


def run_app(path: Path | None = None) -> int:
    """Start the app (on `path` if given) and run until the last window closes."""
    app = create_application()
    window = MainWindow()
    if path is not None:
        window.open_path(path)
    window.show()
    log.info("window shown")
    return app.exec()
