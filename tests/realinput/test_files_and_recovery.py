"""Start-up with recovered work, and where Save As starts, under the real window system."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from driver import RealApp, Rect


def _rename_first_card(app: RealApp, title: str) -> str:
    card = next(c for c in app.current_map()["cards"] if c["title"])
    rect = Rect.of(app.canvas()["cards"][card["id"]])
    app.input.double_click(rect.x + rect.w // 2, rect.y + 8)
    app.wait_for(lambda: app.focus()["inline"], "the title field")
    app.input.type(title)
    app.input.key("Return")
    return card["id"]


def test_recovered_work_opens_once_in_one_window(launch, example_file: Path) -> None:
    first: RealApp = launch(example_file)
    card_id = _rename_first_card(first, "Typed just before the crash")
    first.wait_for(lambda: first.card(card_id)["title"] == "Typed just before the crash", "edit")
    time.sleep(0.3)  # well inside any autosave budget a person would accept
    assert first.process is not None
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=10)

    again: RealApp = launch(example_file, expect_windows=False)
    dialog = again.wait_for(
        lambda: next(iter(again.state()["dialogs"]), None), "the recovery dialog"
    )
    assert "Restore all" in dialog["buttons"], dialog
    again.input.click(*Rect.of(dialog["buttons"]["Restore all"]).center)
    again.input.click(*Rect.of(dialog["buttons"]["Continue"]).center)
    again.wait_for(lambda: again.state()["windows"], "the restored window")
    again.settle(1.0)
    state = again.state()
    assert len(state["windows"]) == 1, state["windows"]
    assert state["dialogs"] == [], state["dialogs"]  # no "File already open" box
    assert again.card(card_id)["title"] == "Typed just before the crash"
    assert again.ask("document")["path"] == str(example_file)


def test_save_as_of_the_bundled_example_starts_in_documents(
    launch, example_path: Path, real_home: Path
) -> None:
    app: RealApp = launch(example_path)
    app.input.key("ctrl+shift+s")
    dialog = app.wait_for(lambda: next(iter(app.state()["dialogs"]), None), "the Save As dialog")
    assert dialog["directory"] == str(real_home / "Documents"), dialog
    assert dialog["file_name"].endswith(".mapstudio")
    app.input.key("Escape")
    # Ctrl+S must not write over the app's own example either: it asks where, too.
    app.input.key("ctrl+s")
    dialog = app.wait_for(lambda: next(iter(app.state()["dialogs"]), None), "the Save dialog")
    assert dialog["directory"] == str(real_home / "Documents"), dialog
    app.input.key("Escape")


def test_a_fifo_chosen_in_the_open_dialog_costs_a_message_not_the_window(
    launch, example_file: Path, real_home: Path
) -> None:
    # A pipe with a project's name (nobody ever writes to it): reading it blocked the
    # window for good. A hang fails here through the probe's time limit.
    fifo = real_home / "Documents" / "from-a-stranger.mapstudio"
    os.mkfifo(fifo)
    app: RealApp = launch(example_file)
    app.input.key("ctrl+o")
    app.wait_for(
        lambda: any(d["class"] == "QFileDialog" for d in app.state()["dialogs"]),
        "the Open dialog",
    )
    app.input.key("ctrl+a")
    app.input.type(str(fifo))
    app.input.key("Return")
    box = app.wait_for(
        lambda: next((d for d in app.state()["dialogs"] if d["class"] == "QMessageBox"), None),
        "the message",
        timeout=20,
    )
    assert box["text"] == (
        "'from-a-stranger.mapstudio' is not a project file: it is a pipe, a device or a socket."
    )
    app.input.key("Return")
    app.settle(0.5)
    assert app.state()["dialogs"] == []
    assert app.ask("document")["path"] == str(example_file)  # the open project stays
