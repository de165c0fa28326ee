"""Unexpected exceptions: log them with their traceback and tell the user, never exit silently.

`install_excepthook(window_getter)` replaces sys.excepthook and threading.excepthook.
An exception that nothing caught (in a slot, a timer, a worker thread) is written to the
rotating log file (mapstudio.logsetup) and a non-modal `CrashDialog` says in plain
words what happened, where the log is, and that autosave kept the unsaved work; the app
keeps running. While that dialog is open, further exceptions are logged and listed in it
instead of opening more dialogs, so an error that repeats on every repaint cannot bury the
user under windows or recurse.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mapstudio._version import __version__
from mapstudio.logsetup import LOG_FILE_NAME, log_dir, setup_logging
from mapstudio.ui.plain import PlainLabel

log = logging.getLogger("mapstudio.crash")

WindowGetter = Callable[[], QWidget | None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def format_exception(
    exc_type: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(exc_type, value, tb))


def summary(exc_type: type[BaseException], value: BaseException) -> str:
    """`ZeroDivisionError: division by zero`, shortened for one line."""
    text = f"{exc_type.__name__}: {value}" if str(value) else exc_type.__name__
    first = text.splitlines()[0] if text else exc_type.__name__
    return first if len(first) <= 160 else first[:157] + "…"


def _autosave_enabled() -> bool:
    try:
        from mapstudio.ui.preferences import load_preferences

        return load_preferences().autosave
    except Exception:  # the crash path must not fail on a broken settings file
        return True


class CrashDialog(QDialog):
    """What happened, where the log is, and that the work is safe; Copy details; Close."""

    def __init__(
        self,
        exc_type: type[BaseException],
        value: BaseException,
        details: str,
        log_path: Path | None,
        autosave: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("mapstudio ran into a problem"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.log_path = log_path
        self.count = 1
        self._details = [details]

        icon = PlainLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        # The error's own words may quote a file's text: shown plain, as every label.
        self.headline = PlainLabel(
            self.tr(
                "Something unexpected went wrong inside mapstudio ({error}), so the last "
                "thing you did may not have finished."
            ).format(error=summary(exc_type, value))
        )
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if autosave:
            safe = self.tr(
                "Your work is safe: autosave keeps a copy of your unsaved changes, and "
                "mapstudio offers to recover it the next time it starts. You can keep "
                "working; if something looks wrong, save under a new name and restart."
            )
        else:
            safe = self.tr(
                "Autosave is turned off in Preferences, so save your work now "
                "(File ▸ Save As…, under a new name) before you carry on."
            )
        self.reassurance = PlainLabel(safe)
        self.reassurance.setWordWrap(True)
        where = (
            self.tr("The details were written to the log file:\n{path}").format(path=log_path)
            if log_path is not None
            else self.tr("The log file could not be written; use Copy details to keep them.")
        )
        self.log_label = PlainLabel(where)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_label = PlainLabel()
        self.more_label.setVisible(False)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.details_button = QPushButton(self.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.open_log_button = QPushButton(self.tr("Open &log folder"))
        self.open_log_button.setEnabled(log_path is not None)
        for button in (self.copy_button, self.details_button, self.open_log_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.details_button.toggled.connect(self.details_view.setVisible)
        self.open_log_button.clicked.connect(self.open_log_folder)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        top = QVBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignLeft)
        box.addLayout(top)
        for widget in (
            self.headline,
            self.reassurance,
            self.log_label,
            self.more_label,
            self.details_view,
            self.buttons,
        ):
            box.addWidget(widget)
        self.resize(560, 0)

    def text(self) -> str:
        """Everything the dialog says, for tests and screen readers."""
        parts = [self.headline.text(), self.reassurance.text(), self.log_label.text()]
        if self.more_label.isVisible() or self.count > 1:
            parts.append(self.more_label.text())
        return "\n".join(parts)

    def add_exception(
        self, exc_type: type[BaseException], value: BaseException, details: str
    ) -> None:
        """Another error arrived while this dialog is open: list it here, no new window."""
        self.count += 1
        self._details.append(details)
        self.more_label.setText(
            self.tr("{count} more errors followed; the latest: {error}").format(
                count=self.count - 1, error=summary(exc_type, value)
            )
        )
        self.more_label.setVisible(True)
        self.details_view.setPlainText("\n\n".join(self._details))

    def details(self) -> str:
        """The text Copy details puts on the clipboard: versions, log path, tracebacks."""
        head = (
            f"mapstudio {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\nlog: {self.log_path}\n"
        )
        return head + "\n" + "\n\n".join(self._details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


class _Bridge(QObject):
    """Carries an exception from any thread to the GUI thread (queued signal)."""

    raised = Signal(object, object, str)


class CrashReporter:
    """The installed hooks and the state they share (the one open dialog)."""

    def __init__(self, window_getter: WindowGetter, log_path: Path | None) -> None:
        self.window_getter = window_getter
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._reporting = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._bridge = _Bridge()
        self._bridge.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def excepthook(
        self, exc_type: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            # Ctrl+C in the terminal and deliberate exits are not crashes.
            self._previous_hook(exc_type, value, tb)
            return
        details = format_exception(exc_type, value, tb)
        log.error("unexpected error\n%s", details.rstrip())
        if self._reporting:
            # The reporting itself failed (or re-entered): never recurse, use the default.
            sys.__excepthook__(exc_type, value, tb)
            return
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            # No window can be shown (a crash before or after the app): the terminal.
            sys.__excepthook__(exc_type, value, tb)
            return
        if QThread.currentThread() is not app.thread():
            self._bridge.raised.emit(exc_type, value, details)
            return
        self._show(exc_type, value, details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, exc_type: type[BaseException], value: BaseException, details: str) -> None:
        self._reporting = True
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_exception(exc_type, value, details)
                return
            parent = None
            try:
                parent = self.window_getter()
            except Exception:  # the window may be what broke; show the dialog on its own
                log.exception("could not find the window for the crash dialog")
            self.dialog = CrashDialog(
                exc_type, value, details, self.log_path, _autosave_enabled(), parent
            )
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget_dialog)
            # Non-modal: the window behind it stays usable so the user can save.
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
        except Exception:
            log.exception("could not show the crash dialog")
            sys.__excepthook__(exc_type, value, value.__traceback__)
        finally:
            self._reporting = False

    def _forget_dialog(self) -> None:
        self.dialog = None


_reporter: CrashReporter | None = None


def install_excepthook(window_getter: WindowGetter, log_path: Path | None = None) -> CrashReporter:
    """Report unexpected exceptions with a dialog over the window `window_getter` returns.

    `log_path` defaults to the file of the rotating log (set up here if it is not yet).
    Installing again replaces the previous reporter.
    """
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
    if log_path is None:
        log_path = setup_logging()
    _reporter = CrashReporter(window_getter, log_path)
    _reporter.install()
    return _reporter


def uninstall_excepthook() -> None:
    """Put back the hooks that were there before `install_excepthook`."""
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
        _reporter = None


def current_crash_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if any."""
    return _reporter.dialog if _reporter is not None else None


def default_log_path() -> Path:
    """Where the log file is expected, whether or not logging could be set up."""
    return log_dir() / LOG_FILE_NAME


__all__ = [
    "CrashDialog",
    "CrashReporter",
    "current_crash_dialog",
    "default_log_path",
    "install_excepthook",
    "uninstall_excepthook",
]
