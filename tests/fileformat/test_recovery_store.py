"""RecoveryStore: recovery files are normal project files with a small description."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapstudio.fileformat import recovery
from mapstudio.fileformat.recovery import RecoveryStore, default_recovery_dir, new_session_id
from mapstudio.model import blank_project

SESSION = "0123456789abcdef"


def test_folder_follows_the_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(recovery.STATE_DIR_ENV, str(tmp_path))
    assert default_recovery_dir() == tmp_path / "recovery"
    assert RecoveryStore().folder == tmp_path / "recovery"
    monkeypatch.delenv(recovery.STATE_DIR_ENV)
    assert default_recovery_dir().name == "recovery"
    assert "mapstudio" in str(default_recovery_dir())


def test_write_then_list_and_load(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    project = blank_project("Trip")
    path = store.write(SESSION, project, tmp_path / "Trip.mapstudio")
    assert path == tmp_path / f"{SESSION}.mapstudio"
    (entry,) = store.entries()
    assert entry.original_path == tmp_path / "Trip.mapstudio"
    assert entry.title == "Trip"
    assert entry.changed_at is not None
    assert store.load(entry).project == project
    info = json.loads((tmp_path / f"{SESSION}.json").read_text("utf-8"))
    assert set(info) == {
        "session_id",
        "original_path",
        "title",
        "changed_at",
        "pid",
        "hostname",
        "app_version",
    }
    # Written atomically, without backups or temporary files.
    store.write(SESSION, blank_project("Again"), None)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"{SESSION}.json", f"{SESSION}.lock", f"{SESSION}.mapstudio"]
    store.remove(SESSION)
    assert list(tmp_path.iterdir()) == []


def test_own_sessions_are_never_orphans(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    store.write(SESSION, blank_project(), None)
    assert store.orphans() == []
    store.remove(SESSION)


def test_sessions_of_a_dead_process_are_orphans(tmp_path) -> None:
    script = (
        "import sys\n"
        "from mapstudio.fileformat.recovery import RecoveryStore\n"
        "from mapstudio.model import blank_project\n"
        "RecoveryStore(sys.argv[1]).write('feedfacefeedface', blank_project('Lost'), None)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True)
    store = RecoveryStore(tmp_path)
    (orphan,) = store.orphans()
    assert orphan.title == "Lost"
    store.discard(orphan)
    assert store.entries() == [] and list(tmp_path.iterdir()) == []


def test_without_a_lock_file_the_pid_decides(tmp_path) -> None:
    writer = RecoveryStore(tmp_path)
    writer.write(SESSION, blank_project(), None)
    writer.close()
    (tmp_path / f"{SESSION}.lock").unlink()
    info_path = tmp_path / f"{SESSION}.json"
    info = json.loads(info_path.read_text("utf-8"))
    assert RecoveryStore(tmp_path).orphans() == []  # our own pid: alive
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    info_path.write_text(json.dumps({**info, "pid": child.pid}), "utf-8")
    assert len(RecoveryStore(tmp_path).orphans()) == 1


def test_odd_files_in_the_folder_are_ignored(tmp_path) -> None:
    (tmp_path / "notes.json").write_text("{}", "utf-8")  # not a session id
    (tmp_path / f"{SESSION}.json").write_text("{}", "utf-8")  # no project next to it
    (tmp_path / "0000000000000000.json").write_bytes(b"\xff garbage")
    (tmp_path / "0000000000000000.mapstudio").write_text("{}", "utf-8")
    (entry,) = RecoveryStore(tmp_path).entries()  # unreadable info: still offered
    assert entry.session_id == "0000000000000000" and entry.display_name == "Untitled"


def test_missing_folder_has_no_entries(tmp_path) -> None:
    assert RecoveryStore(tmp_path / "nowhere").orphans() == []


@pytest.mark.parametrize("bad", ["../evil", "x", "ABCDEF0123456789", "a/b"])
def test_session_ids_cannot_name_paths(tmp_path, bad) -> None:
    with pytest.raises(ValueError):
        RecoveryStore(tmp_path).write(bad, blank_project(), None)


def test_new_session_ids_are_valid_and_distinct() -> None:
    ids = {new_session_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(recovery._SESSION_ID.match(i) for i in ids)


def test_write_failure_is_a_save_error(tmp_path) -> None:
    from mapstudio.fileformat import ProjectSaveError

    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with pytest.raises(ProjectSaveError):
        RecoveryStore(blocker / "recovery").write(SESSION, blank_project(), None)


def test_recovery_files_load_like_any_project(tmp_path: Path) -> None:
    from mapstudio.fileformat import load_project

    store = RecoveryStore(tmp_path)
    store.write(SESSION, blank_project("Plain"), None)
    assert load_project(tmp_path / f"{SESSION}.mapstudio").project.title == "Plain"
    store.remove(SESSION)
