"""File ▸ Merge a Copy… under the real window system: the menu, the file dialog, the
conflict dialog by keyboard, the summary, undo and redo of the whole merge, and a save
that holds both copies' work and names both copies as its parents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from driver import RealApp, Rect
from test_menus_bands_and_drops import choose_from_menu

from mapstudio.edit import AddCard, MoveEmotionPoint, UpdateCard
from mapstudio.fileformat import load_project, save_project
from mapstudio.model import Card, LaneKind

HERE = Path(__file__).parent


def _envelope(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _cards(project: dict) -> dict[str, dict]:
    return {card["id"]: card for card in project["maps"][0]["cards"]}


def _points(project: dict) -> dict[str, dict]:
    return {point["id"]: point for point in project["maps"][0]["emotion_points"]}


def _visible_card(app: RealApp, skip: set[str]) -> str:
    """A titled card whose middle is on the screen, not one of `skip`."""
    window = Rect.of(app.state()["windows"][0]["rect"])
    rects = app.canvas()["cards"]
    for card in app.current_map()["cards"]:
        if card["id"] in skip or not card["title"] or card["id"] not in rects:
            continue
        x, y = Rect.of(rects[card["id"]]).center
        if window.x + 300 < x < window.x + window.w - 400 and window.y + 120 < y < (
            window.y + window.h - 80
        ):
            return card["id"]
    raise AssertionError("no card on screen")


def test_merge_a_copy_through_the_menu_and_the_conflict_dialog(
    launch, example_file: Path, tmp_path: Path
) -> None:
    # The version mailed to Anna, saved by mapstudio (a revision with no parents yet).
    mailed = tmp_path / "journey.mapstudio"
    save_project(load_project(example_file).project, mailed)
    mailed_revision = _envelope(mailed)["revision"]

    app: RealApp = launch(mailed)  # opening it puts it in this computer's store
    conflicted = next(c for c in app.current_map()["cards"] if c["title"])["id"]
    deleted = _visible_card(app, {conflicted})
    map_id = app.current_map()["id"]

    # Anna's copy, made on her computer from the mailed file: she retitles a card,
    # retitles the card the designer will retitle too, adds a pain point and moves an
    # emotion point.
    theirs = load_project(mailed)
    project = theirs.project
    journey_map = project.maps[0]
    retitled = next(
        c.id for c in journey_map.cards if c.title and c.id not in (conflicted, deleted)
    )
    project = UpdateCard(map_id, retitled, {"title": "Retitled by Anna"}).apply(project)
    project = UpdateCard(map_id, conflicted, {"title": "Anna's title"}).apply(project)
    pain_lane = next(lane for lane in journey_map.lanes if lane.kind is LaneKind.PAIN_POINTS)
    new_pain = Card(
        lane_id=pain_lane.id,
        stage_id=journey_map.stages[2].id,
        persona_id=journey_map.bands[0],
        title="Voucher code rejected at checkout",
        severity=4,
    )
    project = AddCard(map_id, new_pain).apply(project)
    point = journey_map.emotion_points[0]
    moved_score = -2.0 if point.score != -2 else 2.0
    project = MoveEmotionPoint(map_id, point.id, point.stage_id, point.offset, moved_score).apply(
        project
    )
    anna = tmp_path / "journey-anna.mapstudio"
    save_project(project, anna, parents=theirs.lineage.heads)
    anna_revision = _envelope(anna)["revision"]

    # Meanwhile the designer retitles the same card and deletes another, and saves.
    rect = Rect.of(app.canvas()["cards"][conflicted])
    app.input.double_click(rect.x + rect.w // 2, rect.y + 8)
    app.wait_for(lambda: app.focus()["inline"], "the title field")
    app.input.type("My title")
    app.input.key("Return")
    app.wait_for(lambda: app.card(conflicted)["title"] == "My title", "my title")
    app.input.click(*Rect.of(app.canvas()["cards"][deleted]).center)
    app.wait_for(lambda: app.state()["selection"]["cards"] == [deleted], "the card selected")
    app.input.key("Delete")
    app.wait_for(lambda: app.card(deleted) is None, "the card deleted")
    app.input.key("ctrl+s")
    app.wait_for(lambda: not app.ask("document")["dirty"], "the save")
    ours_revision = _envelope(mailed)["revision"]
    assert _envelope(mailed)["parents"] == [mailed_revision]
    ours = app.project()

    # File ▸ Merge a Copy…, then the file dialog: type the copy's path, Enter.
    app.input.key("alt+f")
    choose_from_menu(app, "Merge a Copy…")
    dialog = app.wait_for(
        lambda: next((d for d in app.state()["dialogs"] if d["class"] == "QFileDialog"), None),
        "the file dialog",
    )
    assert dialog["directory"] == str(tmp_path), dialog
    app.input.key("ctrl+a")
    app.input.type(str(anna))
    app.input.key("Return")

    # One conflict: the title both changed. Mine is preselected; Alt+T keeps theirs.
    shown = app.wait_for(lambda: app.ask("conflict_dialog")["open"] or None, "the dialog")
    shown = app.ask("conflict_dialog")
    assert [c["kind"] for c in shown["conflicts"]] == ["FieldConflict"], shown
    assert shown["conflicts"][0]["record"] == conflicted
    assert shown["mine"]["checked"] and not shown["theirs"]["checked"]
    app.input.key("alt+t")
    app.wait_for(
        lambda: app.ask("conflict_dialog")["conflicts"][0]["keeps"] == "theirs", "theirs chosen"
    )
    # The mouse can change it back and forth too.
    app.input.click(*Rect.of(app.ask("conflict_dialog")["mine"]["rect"]).at(0.1, 0.5))
    app.wait_for(lambda: app.ask("conflict_dialog")["conflicts"][0]["keeps"] == "ours", "mine")
    app.input.click(*Rect.of(app.ask("conflict_dialog")["theirs"]["rect"]).at(0.1, 0.5))
    app.wait_for(lambda: app.ask("conflict_dialog")["conflicts"][0]["keeps"] == "theirs", "t")
    app.input.key("Return")  # Merge, the default button

    summary = app.wait_for(
        lambda: next((d for d in app.state()["dialogs"] if d["title"] == "Copy merged"), None),
        "the summary",
    )
    assert summary["text"] == (
        "4 changes came in from 'journey-anna.mapstudio': 1 card added, 2 cards changed, "
        "1 emotion point changed; 1 conflict resolved."
    ), summary["text"]
    app.input.key("Return")
    app.wait_for(lambda: not app.state()["dialogs"], "the summary closed")

    merged = app.project()
    cards = _cards(merged)
    assert cards[conflicted]["title"] == "Anna's title"
    assert cards[retitled]["title"] == "Retitled by Anna"
    assert deleted not in cards
    assert cards[new_pain.id]["title"] == "Voucher code rejected at checkout"
    assert _points(merged)[point.id]["score"] == moved_score

    # The whole merge is one step: undo gives the designer's copy back, redo the merge.
    assert app.state()["undo_label"] == "Merge Copy"
    app.input.key("ctrl+z")
    app.wait_for(lambda: app.project() == ours, "the merge undone")
    app.input.key("ctrl+shift+z")
    app.wait_for(lambda: app.project() == merged, "the merge redone")

    app.input.key("ctrl+s")
    app.wait_for(lambda: not app.ask("document")["dirty"], "the save")
    saved = _envelope(mailed)
    assert saved["parents"] == [ours_revision, anna_revision]
    cards = _cards(saved["project"])
    assert cards[conflicted]["title"] == "Anna's title"
    assert cards[retitled]["title"] == "Retitled by Anna"
    assert deleted not in cards
    assert new_pain.id in cards
    assert _points(saved["project"])[point.id]["score"] == moved_score


def test_a_copy_dropped_from_a_file_manager_offers_to_merge(
    launch, example_file: Path, tmp_path: Path
) -> None:
    mailed = tmp_path / "journey.mapstudio"
    save_project(load_project(example_file).project, mailed)
    app: RealApp = launch(mailed)
    loaded = load_project(mailed)
    map_id = loaded.project.maps[0].id
    card = next(c for c in loaded.project.maps[0].cards if c.title)
    project = UpdateCard(map_id, card.id, {"title": "Changed in the dropped copy"}).apply(
        loaded.project
    )
    copy = tmp_path / "copy-from-anna.mapstudio"
    save_project(project, copy, parents=loaded.lineage.heads)
    source = subprocess.Popen(
        [sys.executable, str(HERE / "file_source.py"), str(copy)],
        env={**os.environ, "DISPLAY": app.display, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert source.stdout is not None and source.stdout.readline().strip() == "ready"
        app.settle(1.0)
        view = Rect.of(app.canvas()["viewport"])
        app.input.drag((1350 + 110, 880 + 40), view.center, steps=20)
        question = app.wait_for(
            lambda: next(
                (d for d in app.state()["dialogs"] if d["title"] == "Another project file"), None
            ),
            "the question what to do with the file",
        )
        assert question["text"] == "What should happen with 'copy-from-anna.mapstudio'?"
        assert {"Merge into This Map", "Open in a New Window", "Cancel"} <= set(question["buttons"])
        app.input.click(*Rect.of(question["buttons"]["Merge into This Map"]).center)
        summary = app.wait_for(
            lambda: next((d for d in app.state()["dialogs"] if d["title"] == "Copy merged"), None),
            "the summary",
        )
        assert summary["text"] == (
            "1 change came in from 'copy-from-anna.mapstudio': 1 card changed."
        )
        app.input.key("Return")
        assert app.card(card.id)["title"] == "Changed in the dropped copy"
        document = app.ask("document")
        assert document["path"] == str(mailed) and document["dirty"]
    finally:
        source.terminate()
        source.wait(timeout=10)


def test_the_conflict_dialog_works_from_the_keyboard_alone(
    launch, example_file: Path, tmp_path: Path
) -> None:
    mailed = tmp_path / "journey.mapstudio"
    save_project(load_project(example_file).project, mailed)
    # This computer opened the mailed version once: the store knows it.
    launch(mailed).stop()
    loaded = load_project(mailed)
    map_id = loaded.project.maps[0].id
    first, second = [c.id for c in loaded.project.maps[0].cards if c.title][:2]
    ours = UpdateCard(map_id, first, {"title": "Mine 1"}).apply(loaded.project)
    ours = UpdateCard(map_id, second, {"title": "Mine 2"}).apply(ours)
    mine = tmp_path / "mine.mapstudio"
    save_project(ours, mine, parents=loaded.lineage.heads)
    theirs = UpdateCard(map_id, first, {"title": "Theirs 1"}).apply(loaded.project)
    theirs = UpdateCard(map_id, second, {"title": "Theirs 2"}).apply(theirs)
    copy = tmp_path / "theirs.mapstudio"
    save_project(theirs, copy, parents=loaded.lineage.heads)

    app: RealApp = launch(mine)
    before = app.project()

    def open_dialog() -> dict:
        app.wait_for(
            lambda: app.focus()["active_window"] == "MainWindow", "the window to be active"
        )
        # The pointer comes from elsewhere, as a hand does: a menu entry clicked where
        # the pointer already rests (the same entry as last time) gets no hover first.
        window = Rect.of(app.state()["windows"][0]["rect"])
        app.input.move(window.x + window.w // 2, window.y + window.h - 10)
        app.settle(0.3)
        app.input.key("alt+f")
        choose_from_menu(app, "Merge a Copy…")
        app.wait_for(lambda: app.state()["dialogs"], "the file dialog")
        app.wait_for(lambda: app.focus()["active_window"] == "QFileDialog", "its keyboard")
        app.input.key("ctrl+a")
        app.input.type(str(copy))
        app.input.key("Return")
        app.wait_for(lambda: app.ask("conflict_dialog")["open"], "the conflict dialog")
        return app.ask("conflict_dialog")

    shown = open_dialog()
    assert len(shown["conflicts"]) == 2, shown
    assert shown["current"] == 0
    app.wait_for(lambda: app.ask("conflict_dialog")["focus"] == "conflictList", "list focus")
    # Escape: nothing changes.
    app.input.key("Escape")
    app.wait_for(lambda: not app.ask("conflict_dialog")["open"], "the dialog closed")
    assert app.project() == before

    open_dialog()
    app.wait_for(lambda: app.ask("conflict_dialog")["focus"] == "conflictList", "list focus")
    app.input.key("Down")  # the second conflict
    app.wait_for(lambda: app.ask("conflict_dialog")["current"] == 1, "the second conflict")
    app.input.key("alt+t")  # theirs for the second
    app.input.key("alt+p")  # back to the first: mine stays
    app.wait_for(lambda: app.ask("conflict_dialog")["current"] == 0, "the first conflict")
    app.input.key("alt+n")
    app.wait_for(lambda: app.ask("conflict_dialog")["current"] == 1, "the second again")
    keeps = [c["keeps"] for c in app.ask("conflict_dialog")["conflicts"]]
    assert keeps == ["ours", "theirs"], keeps
    app.input.key("Return")
    summary = app.wait_for(
        lambda: next((d for d in app.state()["dialogs"] if d["title"] == "Copy merged"), None),
        "the summary",
    )
    assert summary["text"].endswith("; 2 conflicts resolved."), summary["text"]
    app.input.key("Return")
    titles = {c["id"]: c["title"] for c in app.current_map()["cards"]}
    assert (titles[first], titles[second]) == ("Mine 1", "Theirs 2")
