"""Application start-up: the QApplication, its identity, fonts and the first window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mapstudio._runtime import tune_garbage_collector
from mapstudio._version import __version__
from mapstudio.edit import Document
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.model import Project, blank_project, with_merged_revision
from mapstudio.ui.about import app_icon
from mapstudio.ui.crash import install_excepthook
from mapstudio.ui.first_run import is_first_run, show_first_run_hint
from mapstudio.ui.fonts import register_bundled_fonts, ui_font
from mapstudio.ui.i18n import install_translator
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.preferences import apply_theme, load_preferences
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
    tune_garbage_collector()
    app.setFont(ui_font(app.font().pointSizeF() or 10.0))
    install_translator(app)  # before any widget exists, so every string is translated
    apply_theme(app, load_preferences())
    app.setWindowIcon(app_icon())
    app.aboutToQuit.connect(release_offscreen_clipboard)
    return app


def release_offscreen_clipboard() -> None:
    """Empty the clipboard on Qt's offscreen platform, which crashes at exit while it
    holds mime data (headless runs only; real platforms keep what the user copied)."""
    if QGuiApplication.platformName() == "offscreen":
        QGuiApplication.clipboard().clear()


def open_windows(path: Path | None, store: RecoveryStore | None) -> list[MainWindow]:
    """The first windows: work restored after a crash, then the file asked for."""
    windows: list[MainWindow] = []
    restored: set[Path] = set()
    for recovered in offer_recovery(store, None) if store is not None else ():
        original = recovered.original_path
        document = Document(blank_project(), original)
        window = MainWindow(document, store=store, session_id=recovered.entry.session_id)
        if original is not None and original.exists():
            window.open_path(original)  # the saved file, so undo goes back to it
            restored.add(_same_file_key(original))
        restored_project = with_lineage(
            recovered.result.project,
            recovered.result.lineage.parents,
            window.document.parent_revisions,
        )
        window.document.execute(RestoreRecovered(restored_project))
        windows.append(window)
    if path is not None and _same_file_key(path) in restored:
        path = None  # the file asked for is open already, with its recovered work
    if path is not None or not windows:
        window = MainWindow(store=store)
        if path is not None:
            # Once the window is up, so a refusal or repair report sits over the app.
            QTimer.singleShot(0, lambda: window.open_path(path))
        elif is_first_run():
            window.new_from_example()  # a first look at a finished map, with a hint
        windows.append(window)
    return windows


def with_lineage(
    project: Project, recovered_parents: tuple[str, ...], known: tuple[str, ...]
) -> Project:
    """A restored project that still descends from what the unsaved work descended from.

    The recovery copy names the revisions its work came from (the file's revision and
    any copy merged in before the crash); those the reopened file does not already name
    are carried as merged revisions, so the next save records them as parents and a
    copy that comes back later still finds its common ancestor."""
    for revision in recovered_parents:
        if revision not in known:
            project = with_merged_revision(project, revision)
    return project


def show_windows(windows: list[MainWindow]) -> None:
    """Show the first windows; the last one shown takes the keyboard, with the map
    ready for keys (window systems without a window manager give no focus at all)."""
    for window in windows:
        window.show()
        if window.document.path is None and window.files.showing_example:
            show_first_run_hint(window)
    if windows:
        last = windows[-1]
        last.raise_()
        last.activateWindow()
        last.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def _same_file_key(path: Path) -> Path:
    """One key for every way of naming a file (relative, through links)."""
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def run_app(path: Path | None = None) -> int:
    """Start the app (on `path` if given) and run until the last window closes."""
    app = create_application()
    store = RecoveryStore() if load_preferences().autosave else None
    windows = open_windows(path, store)
    install_excepthook(lambda: QApplication.activeWindow() or windows[0])
    show_windows(windows)
    log.info("%d window(s) shown", len(windows))
    return app.exec()
