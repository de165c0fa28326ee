"""Lineage in the window and File ▸ Merge a Copy…: saves record where they came from, the
store finds the common ancestor of a copy that comes back, the conflict dialog's choices
land in the project as one undo step, and conflicts left in a file can be resolved."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from ui_support import DialogRecorder

from mapstudio.compare import Side, merge, with_pending_conflicts
from mapstudio.edit import DeleteCards, UpdateCard
from mapstudio.fileformat import load_project, save_project
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.fileformat.revisions import RevisionStore
from mapstudio.model import Project
from mapstudio.ui import merge_actions
from mapstudio.ui.app import open_windows
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.merge_dialog import ConflictDialog
from mapstudio.ui.recovery_dialog import RecoveryDialog


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own revision store (the window's store reads the variable)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MAPSTUDIO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.mark_clean())
    yield win


def _envelope(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _retitle(project: Project, card_index: int, title: str) -> tuple[Project, str]:
    journey_map = project.maps[0]
    card = journey_map.cards[card_index]
    return UpdateCard(journey_map.id, card.id, {"title": title}).apply(project), card.id


def _card_title(project: Project, card_id: str) -> str | None:
    return next((c.title for c in project.maps[0].cards if c.id == card_id), None)


def _save_as(window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.save_as()


def _colleague_copy(base_file: Path, target: Path, card_index: int, title: str) -> tuple[Path, str]:
    """The colleague opens the mailed file in their own mapstudio, retitles a card and
    saves: the copy descends from the mailed revision."""
    loaded = load_project(base_file)
    project, card_id = _retitle(loaded.project, card_index, title)
    save_project(project, target, parents=loaded.lineage.heads)
    return target, card_id


def test_each_save_descends_from_the_one_before(
    window: MainWindow, example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = load_project(example_copy).lineage.revision
    assert window.open_path(example_copy)
    window.document.execute(
        UpdateCard(window.current_map.id, window.current_map.cards[0].id, {"title": "First save"})
    )
    first = tmp_path / "first.mapstudio"
    _save_as(window, first, monkeypatch)
    first_envelope = _envelope(first)
    assert first_envelope["parents"] == [opened]
    window.document.execute(
        UpdateCard(window.current_map.id, window.current_map.cards[0].id, {"title": "Second save"})
    )
    second = tmp_path / "second.mapstudio"
    _save_as(window, second, monkeypatch)
    second_envelope = _envelope(second)
    assert second_envelope["parents"] == [first_envelope["revision"]]
    # Both saves and the opened file are in the store, with their parents.
    assert window.files.revisions.flush(timeout=30)
    store = RevisionStore()
    assert {opened, first_envelope["revision"], second_envelope["revision"]} <= set(
        store.revisions()
    )
    assert store.parents(second_envelope["revision"]) == (first_envelope["revision"],)


def test_a_copy_saved_elsewhere_merges_three_way_as_one_undo_step(
    window: MainWindow,
    example_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    mailed = tmp_path / "mailed.mapstudio"
    shutil.copy(example_copy, mailed)
    assert window.open_path(mailed)  # the designer has the file open: it is in the store
    theirs_file, their_card = _colleague_copy(mailed, tmp_path / "anna.mapstudio", 1, "Anna's")
    # Meanwhile the designer edits another card.
    journey_map = window.current_map
    my_card = journey_map.cards[0].id
    window.document.execute(UpdateCard(journey_map.id, my_card, {"title": "Mine"}))
    ours = window.document.project
    base = window.files.revisions.find_base(
        window.document.parent_revisions, load_project(theirs_file).lineage
    )
    assert base is not None and base.revision == _envelope(mailed)["revision"]

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(theirs_file), ""))
    )
    shown: list[ConflictDialog] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: shown.append(d) or 1)
    window.act_merge_copy.trigger()
    assert shown == []  # different cards: nothing to ask
    merged = window.document.project
    assert _card_title(merged, my_card) == "Mine"
    assert _card_title(merged, their_card) == "Anna's"
    assert dialogs.texts[-1] == "1 change came in from 'anna.mapstudio': 1 card changed."
    assert window.document.undo_label == "Merge Copy"
    window.act_undo.trigger()
    assert window.document.project == ours
    window.act_redo.trigger()
    assert window.document.project == merged
    saved = tmp_path / "merged.mapstudio"
    _save_as(window, saved, monkeypatch)
    parents = _envelope(saved)["parents"]
    assert parents == [_envelope(mailed)["revision"], _envelope(theirs_file)["revision"]]


def test_the_dialog_choice_decides_a_conflict_and_a_deleted_but_edited_card_comes_back(
    window: MainWindow,
    example_copy: Path,
    tmp_path: Path,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_path(example_copy)
    mailed = load_project(example_copy)
    project, same_card = _retitle(mailed.project, 0, "Theirs <b>&amp;</b>")
    project, deleted_card = _retitle(project, 2, "Edited by them")
    theirs_file = tmp_path / "theirs.mapstudio"
    save_project(project, theirs_file, parents=mailed.lineage.heads)
    map_id = window.current_map.id
    window.document.execute(UpdateCard(map_id, same_card, {"title": "Mine"}))
    window.document.execute(DeleteCards(map_id, (deleted_card,)))

    seen: dict[str, object] = {}

    def choose_theirs_for_the_title(dialog: ConflictDialog) -> int:
        seen["titles"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        kinds = [type(c).__name__ for c in dialog.conflicts]
        seen["kinds"] = kinds
        row = kinds.index("FieldConflict")
        dialog.list.setCurrentRow(row)
        seen["mine"] = dialog.mine.text()
        seen["theirs"] = dialog.theirs.text()
        seen["description"] = dialog.description.text()
        assert dialog.mine.isChecked()  # the default: your value
        dialog.theirs.click()
        deletion = kinds.index("DeletionConflict")
        dialog.list.setCurrentRow(deletion)
        # The lossless default is preselected: the card comes back.
        seen["deletion_checked"] = dialog.theirs.isChecked()
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose_theirs_for_the_title)
    assert merge_actions.merge_copy(window, theirs_file)
    assert sorted(seen["kinds"]) == ["DeletionConflict", "FieldConflict"]  # type: ignore[arg-type]
    # Text from the file is shown literally, its "&" never a shortcut.
    assert "'Theirs <b>&&amp;</b>'" in str(seen["theirs"])
    assert str(seen["theirs"]).startswith("Keep &theirs")
    assert "'Mine'" in str(seen["mine"])
    assert "Theirs <b>&amp;</b>" in str(seen["description"])
    assert seen["deletion_checked"] is True
    merged = window.document.project
    assert _card_title(merged, same_card) == "Theirs <b>&amp;</b>"
    assert _card_title(merged, deleted_card) == "Edited by them"
    assert dialogs.texts[-1].endswith("; 2 conflicts resolved.")


def test_without_a_common_ancestor_every_difference_is_a_choice(
    window: MainWindow,
    example_copy: Path,
    tmp_path: Path,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_path(example_copy)
    # A copy that never came from here: its lineage is unknown to this store.
    loaded = load_project(example_copy)
    project, _ = _retitle(loaded.project, 0, "Only theirs")
    other = tmp_path / "stranger.mapstudio"
    save_project(project, other, parents=("unknownrevision1",))
    # The store lost the mailed version (after the window's own writes, which run on a
    # worker thread and would otherwise put it back).
    assert window.files.revisions.flush(timeout=30)
    shutil.rmtree(os.environ["MAPSTUDIO_DATA_DIR"])
    captured: list[ConflictDialog] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: captured.append(d) or 1)
    assert merge_actions.merge_copy(window, other)
    dialog = captured[0]
    assert dialog.windowTitle() == "Merge 'stranger.mapstudio'"
    assert len(dialog.conflicts) == 1  # the only difference, as a choice
    assert dialog.mine.isChecked()
    # One wording throughout: nobody knows which copy changed it, so no "conflict" and
    # no "changed in both copies".
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "1 difference to choose from" in texts
    assert dialog.position.text() == "Difference 1 of 1"
    assert "title differs between the copies" in dialog.list.item(0).text()
    assert not [t for t in texts if "both copies" in t or "onflict" in t]
    assert _card_title(window.document.project, project.maps[0].cards[0].id) != "Only theirs"


def test_all_theirs_and_cancel(
    window: MainWindow,
    example_copy: Path,
    tmp_path: Path,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_path(example_copy)
    mailed = load_project(example_copy)
    project, card_id = _retitle(mailed.project, 0, "Theirs")
    other = tmp_path / "theirs.mapstudio"
    save_project(project, other, parents=mailed.lineage.heads)
    window.document.execute(UpdateCard(window.current_map.id, card_id, {"title": "Mine"}))
    before = window.document.project
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: 0)  # Cancel
    assert not merge_actions.merge_copy(window, other)
    assert window.document.project is before
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: d.set_all(Side.THEIRS) or 1)
    assert merge_actions.merge_copy(window, other)
    assert _card_title(window.document.project, card_id) == "Theirs"


def test_a_copy_that_cannot_be_read_says_why_and_changes_nothing(
    window: MainWindow, example_copy: Path, tmp_path: Path, dialogs: DialogRecorder
) -> None:
    assert window.open_path(example_copy)
    before = window.document.project
    broken = tmp_path / "broken.mapstudio"
    broken.write_text("{ not json", encoding="utf-8")
    assert not merge_actions.merge_copy(window, broken)
    assert window.document.project is before
    assert dialogs.shown[-1].windowTitle() == "Cannot merge this copy"
    assert "Traceback" not in dialogs.texts[-1]


def test_a_merge_survives_a_crash_as_a_parent_of_the_next_save(
    qtbot,
    example_copy: Path,
    tmp_path: Path,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    store = RecoveryStore(tmp_path / "recovery")
    window = MainWindow(store=store)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(example_copy)
    theirs_file, their_card = _colleague_copy(example_copy, tmp_path / "anna.mapstudio", 1, "A")
    assert merge_actions.merge_copy(window, theirs_file)
    assert window.files.autosave is not None and window.files.autosave.flush()
    # The app dies: the recovery copy stays and is offered back at the next start.
    window.files.autosave.abandon()
    window.files.release_lock()
    for fd in list(store._lock_fds.values()):
        os.close(fd)
    store._lock_fds.clear()
    # The file itself went away with the crash (a synced folder, a lost stick): the
    # lineage must come from the recovery copy alone.
    mailed_revision = _envelope(example_copy)["revision"]
    example_copy.unlink()
    monkeypatch.setattr(RecoveryDialog, "exec", lambda d: d.set_all("restore") or 1)
    windows = open_windows(None, RecoveryStore(tmp_path / "recovery"))
    try:
        restored = windows[0]
        assert _card_title(restored.document.project, their_card) == "A"
        assert restored.save()
        parents = _envelope(example_copy)["parents"]
        assert parents == [mailed_revision, _envelope(theirs_file)["revision"]]
    finally:
        for w in windows:
            w.document.mark_clean()
            w.close()


def test_conflicts_left_by_mapstudio_merge_show_a_bar_and_resolve(
    window: MainWindow, example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = load_project(example_copy).project
    ours, card_id = _retitle(base, 0, "Ours")
    theirs, _ = _retitle(base, 0, "Theirs")
    result = merge(base, ours, theirs)
    assert len(result.conflicts) == 1
    written = tmp_path / "merged.mapstudio"
    save_project(with_pending_conflicts(result.project, result.conflicts, result.choices), written)
    assert window.open_path(written)
    window.show()
    bar = window.conflicts_bar
    assert bar.isVisible()
    assert bar.label.text() == "This file has 1 merge conflict to resolve."
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: d.set_all(Side.THEIRS) or 1)
    bar.resolve_button.click()
    assert _card_title(window.document.project, card_id) == "Theirs"
    assert not bar.isVisible()
    window.act_undo.trigger()  # the conflict is back, and so is the bar
    assert bar.isVisible()


def test_a_project_dropped_on_an_open_one_offers_to_merge_it(
    window: MainWindow, example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(example_copy)
    theirs_file, their_card = _colleague_copy(example_copy, tmp_path / "anna.mapstudio", 1, "A")
    offered: list[list[str]] = []

    def answer(box: QMessageBox) -> int:
        if box.objectName() == "mergeSummary":
            return 0
        offered.append([b.text() for b in box.buttons()])
        merge_button = next(b for b in box.buttons() if b.text() == "Merge into This Map")
        merge_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(theirs_file))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    QApplication.processEvents()
    assert offered and "Open in a New Window" in offered[0]
    assert _card_title(window.document.project, their_card) == "A"
    assert window.document.path == example_copy  # merged into, not replaced


def test_decide_later_keeps_the_conflicts_in_the_saved_file(
    window: MainWindow,
    example_copy: Path,
    tmp_path: Path,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_path(example_copy)
    window.show()
    mailed = load_project(example_copy)
    project, card_id = _retitle(mailed.project, 0, "Theirs")
    other = tmp_path / "theirs.mapstudio"
    save_project(project, other, parents=mailed.lineage.heads)
    window.document.execute(UpdateCard(window.current_map.id, card_id, {"title": "Mine"}))
    assert not window.conflicts_bar.isVisible()
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: d.later_button.click() or 1)
    assert merge_actions.merge_copy(window, other)
    assert window.conflicts_bar.isVisible()
    assert window.conflicts_bar.label.text() == "This file has 1 merge conflict to resolve."
    assert _card_title(window.document.project, card_id) == "Mine"
    assert window.save()
    reopened = load_project(example_copy)
    stored = _envelope(example_copy)["merge_conflicts"]
    assert [entry["record"]["id"] for entry in stored] == [card_id]
    assert _envelope(other)["revision"] in _envelope(example_copy)["parents"]
    assert _card_title(reopened.project, card_id) == "Mine"


def test_open_in_a_new_window_leaves_this_one_as_it_was(
    window: MainWindow, example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(example_copy)
    before = window.document.project
    other_file, _ = _colleague_copy(example_copy, tmp_path / "anna.mapstudio", 1, "A")

    def answer(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Open in a New Window").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    merge_actions.dropped_project(window, other_file)
    opened = [w for w in merge_actions._extra_windows if w.document.path == other_file]
    try:
        assert len(opened) == 1 and opened[0].isVisible()
        assert window.document.project is before
    finally:
        for other in opened:
            other.close()


def test_a_store_that_cannot_be_written_never_stops_a_save(
    qtbot, example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("MAPSTUDIO_DATA_DIR", str(blocker))
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.document.mark_clean())
    assert win.open_path(example_copy)
    win.document.execute(
        UpdateCard(win.current_map.id, win.current_map.cards[0].id, {"title": "Saved anyway"})
    )
    assert win.save()
    assert win.files.revisions.flush(timeout=30)
    assert load_project(example_copy).project.maps[0].cards[0].title == "Saved anyway"
    # The worker is still alive for the next save.
    win.document.execute(
        UpdateCard(win.current_map.id, win.current_map.cards[0].id, {"title": "Again"})
    )
    assert win.save()
    assert win.files.revisions.flush(timeout=30)


def test_find_base_waits_for_the_revisions_still_being_written(
    tmp_path: Path, example_path: Path
) -> None:
    from mapstudio.fileformat.envelope import Lineage
    from mapstudio.ui.lineage import BackgroundRevisions

    project = load_project(example_path)
    keeper = BackgroundRevisions(RevisionStore(tmp_path / "revisions"))
    keeper.remember(Lineage("basebasebase1", ()), project.project)
    # Asked right away: the write queued a moment ago is found.
    found = keeper.find_base(("basebasebase1",), Lineage("theirs000001", ("basebasebase1",)))
    assert found is not None and found.revision == "basebasebase1"


def test_a_copy_beyond_the_limits_is_not_merged_in_part(
    window: MainWindow, beyond_the_map_limit: Path, dialogs: DialogRecorder
) -> None:
    before = window.document.project
    # Their maps past the limit would look like nothing: merging the rest would lose them.
    assert not merge_actions.merge_copy(window, beyond_the_map_limit)
    assert window.document.project is before and not window.document.is_dirty
    box = dialogs.shown[-1]
    assert box.windowTitle() == "Cannot merge this copy"
    assert "maps, more than the 25 this version of mapstudio holds" in box.text()
