"""AutosaveController: a recovery copy about a second after a change, gone when clean."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mapstudio.edit import Document, UpdateProject
from mapstudio.fileformat import load_project, save_project
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.model import blank_project
from mapstudio.ui.autosave import AutosaveController


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def document() -> Document:
    return Document(blank_project("Trip"))


@pytest.fixture
def controller(qtbot, document: Document, store: RecoveryStore):  # type: ignore[no-untyped-def]
    made = AutosaveController(document, store, delay_ms=200)
    yield made
    made.close()


def rename(document: Document, title: str) -> None:
    document.execute(UpdateProject({"title": title}))


def recovery_file(store: RecoveryStore, controller: AutosaveController) -> Path:
    return store.folder / f"{controller.session_id}.mapstudio"


def test_an_edit_is_written_to_a_recovery_file(qtbot, document, store, controller) -> None:
    rename(document, "Edited")
    assert not recovery_file(store, controller).exists()  # debounced, not at once
    with qtbot.waitSignal(controller.written, timeout=5000) as blocker:
        pass
    path = Path(blocker.args[0])
    assert path == recovery_file(store, controller)
    assert load_project(path).project.title == "Edited"
    (entry,) = store.entries()
    assert entry.original_path is None
    assert entry.title == "Edited"
    assert entry.display_name == "Untitled (Edited)"


def test_the_delay_is_short_and_grows_with_the_cost_of_a_write(qtbot, document, store) -> None:
    controller = AutosaveController(document, store)
    try:
        rename(document, "Edited")
        # A cheap write: the copy follows the edit within a fraction of a second.
        assert controller._timer.interval() <= 100
        qtbot.waitUntil(lambda: recovery_file(store, controller).exists(), timeout=5000)
        assert controller.flush()
        # A write that took 0.2 s (a large map): the next copy waits about four times that.
        controller._writer.last_write_s = 0.2
        rename(document, "Edited again")
        assert 700 <= controller._timer.interval() <= 800
    finally:
        controller.close()


def test_the_newest_snapshot_wins(qtbot, document, store, controller) -> None:
    for number in range(20):
        rename(document, f"Edit {number}")
    assert controller.flush()
    assert load_project(recovery_file(store, controller)).project.title == "Edit 19"


def test_the_file_is_removed_after_a_save(qtbot, tmp_path, document, store, controller) -> None:
    rename(document, "Edited")
    assert controller.flush()
    assert recovery_file(store, controller).exists()
    save_project(document.project, tmp_path / "Trip.mapstudio")
    document.mark_clean()
    qtbot.waitUntil(lambda: not recovery_file(store, controller).exists(), timeout=5000)
    assert store.entries() == []


def test_undo_back_to_the_saved_state_removes_it(qtbot, document, store, controller) -> None:
    rename(document, "Edited")
    assert controller.flush()
    document.undo()
    assert not document.is_dirty
    controller.flush()
    assert not recovery_file(store, controller).exists()


def test_a_clean_document_pending_write_is_dropped(qtbot, document, store, controller) -> None:
    rename(document, "Edited")
    document.mark_clean()  # saved before the timer fired
    controller.flush()
    assert not recovery_file(store, controller).exists()


def test_close_removes_the_recovery_file(qtbot, document, store) -> None:
    controller = AutosaveController(document, store, delay_ms=50)
    rename(document, "Edited")
    assert controller.flush()
    assert recovery_file(store, controller).exists()
    controller.close()
    assert not recovery_file(store, controller).exists()
    rename(document, "After close")  # no longer listening
    assert not recovery_file(store, controller).exists()


def test_original_path_is_recorded(qtbot, tmp_path, store) -> None:
    document = Document(blank_project("Trip"), tmp_path / "Trip.mapstudio")
    controller = AutosaveController(document, store, delay_ms=50)
    try:
        rename(document, "Edited")
        assert controller.flush()
        (entry,) = store.entries()
        assert entry.original_path == tmp_path / "Trip.mapstudio"
        assert entry.display_name == "Trip.mapstudio"
    finally:
        controller.close()


def test_writes_run_off_the_ui_thread(qtbot, document, store, controller, monkeypatch) -> None:
    threads: list[str] = []
    real_write = store.write

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(store, "write", spy)
    rename(document, "Edited")
    assert controller.flush()
    assert threads and threading.main_thread().name not in threads


def test_a_failed_write_is_reported_and_the_next_one_works(
    qtbot, document, store, controller, monkeypatch
) -> None:
    from mapstudio.fileformat import ProjectSaveError

    real_write = store.write
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise ProjectSaveError("Could not save 'x': the disk is full.")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(store, "write", flaky)
    with qtbot.waitSignal(controller.failed, timeout=5000) as blocker:
        rename(document, "First")
    assert blocker.args == ["Could not save 'x': the disk is full."]
    rename(document, "Second")
    assert controller.flush()
    assert load_project(recovery_file(store, controller)).project.title == "Second"


def test_abandon_keeps_the_recovery_file(qtbot, document, store) -> None:
    controller = AutosaveController(document, store, delay_ms=50)
    rename(document, "Edited")
    controller.abandon()
    assert recovery_file(store, controller).exists()
    store.remove(controller.session_id)
