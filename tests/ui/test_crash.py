"""Unexpected exceptions: logged with the traceback, shown in one dialog, never recursing."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from mapstudio.ui import crash
from mapstudio.ui.crash import CrashDialog, current_crash_dialog, install_excepthook


def _raise(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ZeroDivisionError(message)
    except ZeroDivisionError as error:
        return type(error), error, error.__traceback__


def _flush_log() -> None:
    for handler in logging.getLogger("mapstudio").handlers:
        handler.flush()


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """The rotating log, set up afresh in a temporary folder (not the real home)."""
    logger = logging.getLogger("mapstudio")
    saved = list(logger.handlers)
    for handler in saved:
        logger.removeHandler(handler)
    folder = tmp_path / "log"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAPSTUDIO_LOG_DIR", str(folder))
        yield folder
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    for handler in saved:
        logger.addHandler(handler)


@pytest.fixture
def reporter(parent: QWidget, qapp: QApplication, log_dir: Path) -> Iterator[crash.CrashReporter]:
    hook, thread_hook = sys.excepthook, threading.excepthook
    installed = install_excepthook(lambda: parent)
    assert installed.log_path == log_dir / "mapstudio.log"
    yield installed
    crash.uninstall_excepthook()
    assert sys.excepthook is hook
    assert threading.excepthook is thread_hook


def test_an_exception_shows_the_dialog_and_is_logged(reporter: crash.CrashReporter) -> None:
    assert sys.excepthook == reporter.excepthook
    sys.excepthook(*_raise("crash-marker-1"))
    dialog = current_crash_dialog()
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible() and not dialog.isModal()
    text = dialog.text()
    assert "Something unexpected went wrong" in text
    assert "ZeroDivisionError: crash-marker-1" in text
    assert "autosave" in text and "next time it starts" in text
    assert reporter.log_path is not None
    assert str(reporter.log_path) in text
    _flush_log()
    log_text = reporter.log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log_text
    assert "ZeroDivisionError: crash-marker-1" in log_text
    assert "in _raise" in log_text  # the frame where it was raised


def test_copy_details_puts_the_traceback_and_log_path_on_the_clipboard(
    reporter: crash.CrashReporter,
) -> None:
    sys.excepthook(*_raise("crash-marker-2"))
    dialog = current_crash_dialog()
    assert dialog is not None
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "crash-marker-2" in copied
    assert str(reporter.log_path) in copied


def test_a_second_exception_while_the_dialog_is_open_does_not_recurse(
    reporter: crash.CrashReporter, parent: QWidget
) -> None:
    sys.excepthook(*_raise("first-error"))
    first = current_crash_dialog()
    sys.excepthook(*_raise("second-error"))
    assert current_crash_dialog() is first
    assert len(parent.findChildren(CrashDialog)) == 1
    assert first is not None and first.count == 2
    assert "second-error" in first.text()
    _flush_log()
    log_text = reporter.log_path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert "first-error" in log_text and "second-error" in log_text


def test_an_exception_raised_by_the_reporting_falls_back_to_the_default_hook(
    reporter: crash.CrashReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, v, tb: calls.append(str(v)))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the dialog itself is broken")

    monkeypatch.setattr(crash, "CrashDialog", broken)
    sys.excepthook(*_raise("still-reported"))
    assert calls == ["still-reported"]  # printed to the terminal instead, no recursion


def test_after_closing_the_dialog_a_new_error_opens_a_new_one(
    reporter: crash.CrashReporter, qtbot
) -> None:  # type: ignore[no-untyped-def]
    sys.excepthook(*_raise("one"))
    first = current_crash_dialog()
    assert first is not None
    first.close()  # WA_DeleteOnClose: deleted at the next event loop pass
    qtbot.waitUntil(lambda: current_crash_dialog() is None)
    sys.excepthook(*_raise("two"))
    second = current_crash_dialog()
    assert second is not None and "two" in second.text()


def test_an_exception_in_a_worker_thread_reaches_the_gui_thread(
    reporter: crash.CrashReporter, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def work() -> None:
        raise ValueError("thread-marker")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: current_crash_dialog() is not None)
    dialog = current_crash_dialog()
    assert dialog is not None and "ValueError: thread-marker" in dialog.text()


def test_keyboard_interrupt_is_not_a_crash(reporter: crash.CrashReporter) -> None:
    seen: list[type[BaseException]] = []
    previous = reporter._previous_hook
    reporter._previous_hook = lambda t, v, tb: seen.append(t)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        reporter._previous_hook = previous
    assert seen == [KeyboardInterrupt]
    assert current_crash_dialog() is None


def test_with_autosave_off_the_dialog_says_to_save_now(
    reporter: crash.CrashReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash, "_autosave_enabled", lambda: False)
    sys.excepthook(*_raise("no-autosave"))
    dialog = current_crash_dialog()
    assert dialog is not None and "Autosave is turned off" in dialog.text()


def test_a_slot_that_raises_shows_the_dialog(reporter: crash.CrashReporter, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The real path: Qt calls sys.excepthook for an exception escaping a slot."""
    from PySide6.QtCore import QTimer

    def slot() -> None:
        raise KeyError("slot-marker")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: current_crash_dialog() is not None)
    dialog = current_crash_dialog()
    assert dialog is not None and "slot-marker" in dialog.text()


def test_log_file_path_defaults_to_the_rotating_log(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MAPSTUDIO_LOG_DIR", str(tmp_path))
    assert crash.default_log_path() == tmp_path / "mapstudio.log"
