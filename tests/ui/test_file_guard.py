"""FileGuard: another program replacing the open file is noticed; our own saves are not."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mapstudio.fileformat import save_project
from mapstudio.fileformat.locks import LockInfo
from mapstudio.model import blank_project
from mapstudio.ui.file_guard import FileGuard, ask_open_locked, ask_reload


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "Trip.mapstudio"
    save_project(blank_project("Mine"), path)
    return path


@pytest.fixture
def guard(qtbot, project_file: Path):  # type: ignore[no-untyped-def]
    made = FileGuard()
    made.watch(project_file)
    yield made
    made.watch(None)


def replace_from_another_process(path: Path, title: str) -> None:
    """A colleague's version saved over ours by another process (atomic replace)."""
    script = (
        "import sys\n"
        "from mapstudio.fileformat import save_project\n"
        "from mapstudio.model import blank_project\n"
        "save_project(blank_project(sys.argv[2]), sys.argv[1])\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path), title], check=True)


def test_a_replacement_by_another_process_is_noticed(qtbot, guard, project_file) -> None:
    with qtbot.waitSignal(guard.changed_on_disk, timeout=5000) as blocker:
        replace_from_another_process(project_file, "Theirs")
    assert blocker.args == [str(project_file)]
    # Still watched after the inode changed: a second replacement is noticed too.
    with qtbot.waitSignal(guard.changed_on_disk, timeout=5000):
        replace_from_another_process(project_file, "Theirs again")


def test_a_copy_over_the_file_is_noticed(qtbot, guard, project_file, tmp_path) -> None:
    theirs = tmp_path / "mail" / "Trip.mapstudio"
    theirs.parent.mkdir()
    save_project(blank_project("From mail"), theirs)
    with qtbot.waitSignal(guard.changed_on_disk, timeout=5000):
        shutil.copyfile(theirs, project_file)  # rewrites in place, same inode


def test_our_own_save_is_not_noticed(qtbot, guard, project_file) -> None:
    with qtbot.assertNotEmitted(guard.changed_on_disk, wait=1000):
        save_project(blank_project("Mine, later"), project_file)
        guard.note_saved()
    # And the watch survived our atomic replace.
    with qtbot.waitSignal(guard.changed_on_disk, timeout=5000):
        replace_from_another_process(project_file, "Theirs")


def test_same_content_is_not_a_change(qtbot, guard, project_file) -> None:
    data = project_file.read_bytes()
    with qtbot.assertNotEmitted(guard.changed_on_disk, wait=1000):
        project_file.write_bytes(data)  # touched: new mtime, same bytes
        os.utime(project_file)


def test_unwatched_is_silent(qtbot, guard, project_file) -> None:
    guard.watch(None)
    with qtbot.assertNotEmitted(guard.changed_on_disk, wait=600):
        replace_from_another_process(project_file, "Theirs")


def test_ask_reload(dialogs) -> None:
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert ask_reload(None, "/maps/Trip.mapstudio", dirty=True) is True
    assert dialogs.texts == ["'Trip.mapstudio' was changed by another program."]
    assert "unsaved changes here would be lost" in dialogs.shown[0].informativeText()
    dialogs.answer = QMessageBox.StandardButton.No
    assert ask_reload(None, "/maps/Trip.mapstudio", dirty=False) is False


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (QMessageBox.StandardButton.Open, "read_only"),
        (QMessageBox.StandardButton.Ignore, "anyway"),
        (QMessageBox.StandardButton.Cancel, "cancel"),
    ],
)
def test_ask_open_locked(dialogs, answer, expected) -> None:
    dialogs.answer = answer
    info = LockInfo(pid=42, hostname="studio-pc", user="ben", app_version="0.1.0", created_at=None)
    assert ask_open_locked(None, "/maps/Trip.mapstudio", info) == expected
    assert dialogs.texts == ["'Trip.mapstudio' is already open in mapstudio (ben on studio-pc)."]
