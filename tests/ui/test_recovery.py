"""RecoveryDialog and offer_recovery: unsaved work found after a crash is offered back."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from mapstudio.edit import Document
from mapstudio.fileformat.recovery import RecoveryEntry, RecoveryStore
from mapstudio.model import blank_project
from mapstudio.ui.recovery_dialog import (
    RecoveryDialog,
    RestoreRecovered,
    describe_when,
    offer_recovery,
)


def crashed_entries(folder: Path, *projects: tuple[str, str | None]) -> None:
    """Recovery files written by a process that has exited since (a crash, for us)."""
    script = (
        "import sys\n"
        "from mapstudio.fileformat.recovery import RecoveryStore, new_session_id\n"
        "from mapstudio.model import blank_project\n"
        "store = RecoveryStore(sys.argv[1])\n"
        "for title, path in zip(sys.argv[2::2], sys.argv[3::2]):\n"
        "    store.write(new_session_id(), blank_project(title), path or None)\n"
    )
    args = [a for title, path in projects for a in (title, path or "")]
    subprocess.run([sys.executable, "-c", script, str(folder), *args], check=True)


def entry(name: str | None, title: str = "Trip", minutes_ago: int = 5) -> RecoveryEntry:
    return RecoveryEntry(
        session_id=os.urandom(8).hex(),
        project_path=Path("/tmp/x.mapstudio"),
        original_path=Path(f"/home/ana/maps/{name}") if name else None,
        title=title,
        changed_at=datetime.now(UTC) - timedelta(minutes=minutes_ago),
        pid=1,
        hostname="here",
        app_version="0.1.0",
    )


def test_dialog_lists_each_entry_in_plain_words(qtbot) -> None:
    entries = [entry("Trip.mapstudio"), entry(None, "Workshop")]
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    texts = " | ".join(label.text() for label in dialog.findChildren(QLabel)).lower()
    assert "trip.mapstudio" in texts
    assert "in /home/ana/maps" in texts
    assert "untitled (workshop)" in texts
    assert "never saved" in texts
    assert "last changed today at" in texts or "last changed yesterday at" in texts


def test_dialog_returns_the_chosen_entries(qtbot) -> None:
    first, second, third = entries = [entry("A.mapstudio"), entry("B.mapstudio"), entry(None)]
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    assert dialog.restore_entries() == entries  # restoring is the safe default
    dialog.set_choice(second, "discard")
    assert dialog.restore_entries() == [first, third]
    assert dialog.discard_entries() == [second]
    dialog.discard_all_button.click()
    assert dialog.restore_entries() == []
    dialog.restore_all_button.click()
    assert dialog.discard_entries() == []
    assert dialog.choices() == {e.session_id: "restore" for e in entries}


def test_markup_in_a_name_is_shown_as_text(qtbot) -> None:
    dialog = RecoveryDialog([entry("<img src=x>.mapstudio")])
    qtbot.addWidget(dialog)
    shown = [label for label in dialog.findChildren(QLabel) if "<img src=x>" in label.text()]
    assert shown
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_describe_when() -> None:
    now = datetime(2026, 3, 5, 15, 0).astimezone()
    assert describe_when(now.replace(hour=9, minute=5), now) == "today at 9:05"
    assert describe_when(now - timedelta(days=1), now) == "yesterday at 15:00"
    assert describe_when(now - timedelta(days=3), now) == "on 2 March 2026 at 15:00"
    assert describe_when(None, now) == "at an unknown time"


def test_offer_recovery_shows_nothing_without_orphans(qtbot, tmp_path, monkeypatch) -> None:
    shown: list[RecoveryDialog] = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: shown.append(self) or 1)
    assert offer_recovery(RecoveryStore(tmp_path)) == []
    assert shown == []


def test_offer_recovery_restores_and_discards(qtbot, tmp_path, monkeypatch) -> None:
    crashed_entries(tmp_path, ("Kept", str(tmp_path / "Kept.mapstudio")), ("Dropped", None))
    store = RecoveryStore(tmp_path)
    assert len(store.orphans()) == 2

    def choose(dialog: RecoveryDialog) -> int:
        dropped = next(e for e in dialog.entries if e.title == "Dropped")
        dialog.set_choice(dropped, "discard")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RecoveryDialog, "exec", choose)
    (restored,) = offer_recovery(store)
    assert restored.result.project.title == "Kept"
    assert restored.original_path == tmp_path / "Kept.mapstudio"
    # The discarded one is gone; the restored one is now ours, so no longer an orphan.
    assert [e.title for e in store.entries()] == ["Kept"]
    assert store.orphans() == []

    # How the lead opens it: a dirty document (undoable), autosaved in the same session.
    document = Document(blank_project(), restored.original_path)
    document.execute(RestoreRecovered(restored.result.project))
    assert document.is_dirty and document.project.title == "Kept"
    store.close()


def test_decide_later_keeps_everything(qtbot, tmp_path, monkeypatch) -> None:
    crashed_entries(tmp_path, ("Later", None))
    store = RecoveryStore(tmp_path)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    assert offer_recovery(store) == []
    assert [e.title for e in store.orphans()] == ["Later"]


def test_an_unreadable_recovery_file_is_reported(qtbot, tmp_path, monkeypatch, dialogs) -> None:
    crashed_entries(tmp_path, ("Broken", None))
    store = RecoveryStore(tmp_path)
    (orphan,) = store.orphans()
    orphan.project_path.write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted.value))
    assert offer_recovery(store) == []
    assert dialogs.texts == ["The unsaved changes to Untitled (Broken) could not be restored."]
    assert orphan.project_path.exists()  # kept: maybe a later version can read it


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_live_session_is_not_an_orphan(qtbot, tmp_path) -> None:
    mine = RecoveryStore(tmp_path)
    mine.write("ab" * 8, blank_project("Open elsewhere"), None)
    other = RecoveryStore(tmp_path)  # another instance looking at the same folder
    assert other.orphans() == []
    mine.close()  # as if the first instance died: its OS lock is released
    assert [e.title for e in other.orphans()] == ["Open elsewhere"]
