"""The window and its files: export, autosave and crash recovery, locks, changes on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_support import DialogRecorder

from mapstudio.edit import UpdateCard
from mapstudio.fileformat import load_project, save_project
from mapstudio.fileformat.locks import lock_path_for
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.model.types import MAX_MAPS
from mapstudio.ui.app import open_windows
from mapstudio.ui.export_dialog import ExportPdfDialog
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.recovery_dialog import RecoveryDialog


def _window_on(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window (closed without questions at the end of the test) opened on `path`."""
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(path)
    return window


def _close(window: MainWindow) -> None:
    window.document.mark_clean()
    window.close()


def test_export_pdf_from_the_file_menu(
    example_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    target = tmp_path / "poster.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    # The designer presses Export in the dialog the menu opened.
    monkeypatch.setattr(ExportPdfDialog, "exec", lambda dialog: dialog.export() or 1)
    assert example_window.act_export_pdf.shortcut().toString()
    example_window.act_export_pdf.trigger()
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert example_window.current_map.title in text
    # The dialog said what it wrote and where.
    assert dialogs.texts and dialogs.texts[-1].startswith("The PDF was written")


def test_autosave_writes_a_recovery_file_that_a_restart_offers_back(
    qtbot, tmp_path: Path, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    project_file = tmp_path / "trip.mapstudio"
    shutil.copy(example_copy, project_file)
    store = RecoveryStore(tmp_path / "recovery")
    window = MainWindow(store=store)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(project_file)
    journey_map = window.current_map
    card = journey_map.cards[0]
    window.document.execute(UpdateCard(journey_map.id, card.id, {"title": "Edited before a crash"}))
    assert window.files.autosave is not None and window.files.autosave.flush()
    # The app dies here: its recovery files stay. A new start finds them as orphans.
    window.files.autosave.abandon()
    window.files.release_lock()  # a dead process's locks go with it
    for fd in list(store._lock_fds.values()):
        os.close(fd)
    store._lock_fds.clear()
    restarted = RecoveryStore(tmp_path / "recovery")
    monkeypatch.setattr(RecoveryDialog, "exec", lambda d: d.set_all("restore") or 1)
    windows = open_windows(None, restarted)
    try:
        restored = windows[0]
        assert restored.document.path == project_file
        assert restored.document.is_dirty
        titles = [c.title for c in restored.current_map.cards]
        assert "Edited before a crash" in titles
        # Undo goes back to the file as saved.
        restored.document.undo()
        assert restored.document.project == load_project(project_file).project
    finally:
        for w in windows:
            _close(w)


def test_a_file_open_in_another_window_opens_read_only(
    qtbot,
    tmp_path: Path,
    example_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    project_file = tmp_path / "shared.mapstudio"
    shutil.copy(example_copy, project_file)
    first = MainWindow()
    qtbot.addWidget(first, before_close_func=lambda w: w.document.mark_clean())
    assert first.open_path(project_file)
    assert lock_path_for(project_file.resolve()).exists()
    # Another instance (simulated by forging the lock's pid as a live foreign process).
    monkeypatch.setattr(
        "mapstudio.ui.file_controller.ask_open_locked", lambda parent, path, info: "read_only"
    )
    lock = lock_path_for(project_file.resolve())
    text = lock.read_text(encoding="utf-8").replace(str(os.getpid()), "1")
    lock.write_text(text, encoding="utf-8")
    second = MainWindow()
    qtbot.addWidget(second, before_close_func=lambda w: w.document.mark_clean())
    assert second.open_path(project_file)
    assert second.files.read_only and not second.act_save.isEnabled()
    assert "read-only" in second.windowTitle()


def test_a_colleagues_copy_replacing_the_file_can_be_reloaded(
    qtbot, tmp_path: Path, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    project_file = tmp_path / "mailed.mapstudio"
    shutil.copy(example_copy, project_file)
    window = _window_on(qtbot, project_file)
    monkeypatch.setattr("mapstudio.ui.file_controller.ask_reload", lambda parent, path, dirty: True)
    theirs = load_project(project_file).project
    changed = theirs.model_copy(update={"title": "Their version"})
    save_project(changed, tmp_path / "incoming.mapstudio")
    os.replace(tmp_path / "incoming.mapstudio", project_file)
    window.files.guard.check()
    qtbot.waitUntil(lambda: window.document.project.title == "Their version", timeout=5000)
    assert not window.document.is_dirty


# -- something that is not a lock file at the lock's name (issue 12, finding 3) ----------


def test_a_folder_at_the_lock_name_opens_the_project_without_a_lock(
    qtbot, tmp_path: Path, example_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    project_file = tmp_path / "shared.mapstudio"
    shutil.copy(example_copy, project_file)
    in_the_way = lock_path_for(project_file.resolve())
    in_the_way.mkdir()
    window = _window_on(qtbot, project_file)
    assert not window.files.read_only and window.act_save.isEnabled()
    message = window.statusBar().currentMessage()
    assert "without a lock" in message and in_the_way.name in message
    assert window.save()
    window.new_project()  # lets go of the file: nothing of someone else's is removed
    assert in_the_way.is_dir()


# The window opens a project whose lock name is a FIFO, saves it and closes, in a child
# process: reading the FIFO would block for ever, so a regression fails on the timeout.
OPEN_WITH_FIFO_LOCK = """
import sys
from pathlib import Path
from mapstudio.ui.app import create_application, release_offscreen_clipboard
from mapstudio.ui.main_window import MainWindow
app = create_application([])
window = MainWindow()
opened = window.open_path(Path(sys.argv[1]))
print("opened", opened, window.files.read_only, flush=True)
print("message", window.statusBar().currentMessage(), flush=True)
print("saved", window.save(), flush=True)
window.files.guard.check()
window.close()
release_offscreen_clipboard()
print("closed", flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_at_the_lock_name_does_not_hang_opening_the_project(
    tmp_path: Path, example_copy: Path
) -> None:
    project_file = tmp_path / "shared.mapstudio"
    shutil.copy(example_copy, project_file)
    os.mkfifo(lock_path_for(project_file.resolve()))
    try:
        done = subprocess.run(
            [sys.executable, "-c", OPEN_WITH_FIFO_LOCK, str(project_file)],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("opening a project whose lock name is a FIFO hung")
    lines = done.stdout.splitlines()
    assert "opened True False" in lines, done.stderr[-3000:]
    assert any(line.startswith("message") and "without a lock" in line for line in lines)
    assert "saved True" in lines and "closed" in lines
    assert lock_path_for(project_file.resolve()).is_fifo()


FINGERPRINT_OF_A_FIFO = """
import sys
from pathlib import Path
from mapstudio.ui.file_guard import FileGuard, Fingerprint
print("fingerprint", Fingerprint.of(Path(sys.argv[1])), flush=True)
guard = FileGuard()
guard.watch(sys.argv[2])
Path(sys.argv[2]).unlink()
Path(sys.argv[1]).rename(sys.argv[2])  # the watched file is now a FIFO
guard.check()
print("checked", flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_put_in_place_of_the_open_file_does_not_hang_the_watch(tmp_path: Path) -> None:
    fifo, watched = tmp_path / "fifo", tmp_path / "open.mapstudio"
    os.mkfifo(fifo)
    watched.write_text("{}", encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "-c", FINGERPRINT_OF_A_FIFO, str(fifo), str(watched)],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("fingerprinting a FIFO hung")
    assert done.stdout.splitlines() == ["fingerprint None", "checked"], done.stderr[-3000:]


def test_a_file_name_is_shown_as_written_in_the_window_title(
    qtbot, tmp_path: Path, example_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    # "[*]" is Qt's placeholder for the unsaved-changes mark: in a file's name it
    # made "R[*]D.mapstudio" show as "RD.mapstudio", or "R*D.mapstudio*" once edited.
    project_file = tmp_path / "R[*]D.mapstudio"
    shutil.copy(example_copy, project_file)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    window.show()
    assert window.open_path(project_file)
    handle = window.windowHandle()
    assert handle.title() == "R[*]D.mapstudio — mapstudio"
    journey_map = window.document.project.maps[0]
    card = journey_map.cards[0]
    window.document.execute(UpdateCard(journey_map.id, card.id, {"title": "edited"}))
    assert handle.title() == "R[*]D.mapstudio* — mapstudio"


# -- a file that holds more than the model's limits (a version that held more) ------------


def test_a_file_beyond_the_limits_opens_read_only_and_keeps_what_is_left_out(
    qtbot,
    tmp_path: Path,
    beyond_the_map_limit: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:  # type: ignore[no-untyped-def]
    project_file = beyond_the_map_limit
    count = MAX_MAPS + 3
    original = project_file.read_bytes()
    window = _window_on(qtbot, project_file)
    assert len(window.document.project.maps) == MAX_MAPS
    # Said plainly, with what was left out in the details; no Save over the file.
    box = dialogs.shown[-1]
    assert box.windowTitle() == "Opened read-only"
    assert "saving over it would lose what is left out" in box.text()
    assert f"had {count} maps, more than the {MAX_MAPS}" in box.detailedText()
    assert window.files.read_only and not window.act_save.isEnabled()
    assert "read-only" in window.windowTitle()
    # An edit, then Save As onto the same file (the dialog's default) writes nothing.
    journey_map = window.current_map
    card = journey_map.cards[0]
    window.document.execute(UpdateCard(journey_map.id, card.id, {"title": "Edited"}))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project_file), ""))
    )
    assert not window.files.save_as()
    assert project_file.read_bytes() == original
    assert "holds more than mapstudio shows" in window.statusBar().currentMessage()
    # Save As a new project: what is shown, edit included, and the window writes there.
    copy = tmp_path / "first part.mapstudio"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    assert window.files.save_as()
    saved = load_project(copy)
    assert len(saved.project.maps) == MAX_MAPS and not saved.beyond_limits
    assert saved.project.maps[0].cards[0].title == "Edited"
    assert not window.files.read_only and window.act_save.isEnabled()
    assert project_file.read_bytes() == original


def test_closing_a_read_only_file_with_changes_offers_save_as(
    qtbot,
    tmp_path: Path,
    beyond_the_map_limit: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:  # type: ignore[no-untyped-def]
    original = beyond_the_map_limit.read_bytes()
    window = _window_on(qtbot, beyond_the_map_limit)
    journey_map = window.current_map
    window.document.execute(
        UpdateCard(journey_map.id, journey_map.cards[0].id, {"title": "Edited"})
    )
    # "Save" in the unsaved-changes question asks where, and the work goes there.
    copy = tmp_path / "kept.mapstudio"
    asked: list[str] = []

    def save_file_name(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append("save as")
        return str(copy), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.files.confirm_discard()
    assert asked == ["save as"]
    assert load_project(copy).project.maps[0].cards[0].title == "Edited"
    assert beyond_the_map_limit.read_bytes() == original


def test_a_reload_follows_what_the_file_holds_now(
    qtbot,
    tmp_path: Path,
    example_copy: Path,
    beyond_the_map_limit: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:  # type: ignore[no-untyped-def]
    project_file = tmp_path / "shared.mapstudio"
    shutil.copy(example_copy, project_file)
    window = _window_on(qtbot, project_file)
    monkeypatch.setattr("mapstudio.ui.file_controller.ask_reload", lambda parent, path, dirty: True)
    # A version holding more than is shown replaces it: read-only, and said so.
    shutil.copy(beyond_the_map_limit, project_file)
    window.files.reload_changed(str(project_file))
    assert window.files.read_only and not window.act_save.isEnabled()
    assert dialogs.shown[-1].windowTitle() == "Opened read-only"
    # Then one within the limits again: writable again.
    shutil.copy(example_copy, project_file)
    window.files.reload_changed(str(project_file))
    assert not window.files.read_only and window.act_save.isEnabled()
    assert "read-only" not in window.windowTitle()


def test_a_file_beyond_the_limits_opened_by_a_relative_name_is_not_saved_over(
    qtbot,
    beyond_the_map_limit: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:  # type: ignore[no-untyped-def]
    """`mapstudio older.mapstudio` from a terminal opens the file by a relative name,
    and the Save As dialog answers with the absolute one: still the same file."""
    project_file = beyond_the_map_limit
    original = project_file.read_bytes()
    monkeypatch.chdir(project_file.parent)
    window = _window_on(qtbot, Path(project_file.name))
    assert window.files.read_only
    journey_map = window.current_map
    window.document.execute(
        UpdateCard(journey_map.id, journey_map.cards[0].id, {"title": "Edited"})
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(project_file.resolve()), "")),
    )
    assert not window.files.save_as()
    assert project_file.read_bytes() == original
    assert window.files.read_only
    assert "holds more than mapstudio shows" in window.statusBar().currentMessage()
