"""The review of File ▸ Import Workshop Photos… with the keyboard alone, through the X
server: the notes list has the keyboard when the review opens, Tab reaches the title
and the cell, arrow keys choose another cell, Ctrl+Enter adds the cards; Escape after
changes asks before throwing the review away."""

from __future__ import annotations

from pathlib import Path

from driver import RealApp
from test_workshop_photos import _wall


def _open_review(app: RealApp, folder: Path, names: str) -> dict:
    app.input.key("alt+f")
    app.settle(0.3)
    app.input.key("w")
    app.wait_for(lambda: app.state()["dialogs"], "the file dialog")
    app.settle(0.5)
    app.input.key("ctrl+a")
    app.input.type(str(folder))
    app.input.key("Return")
    app.settle(0.5)
    app.input.key("ctrl+a")
    app.input.type(names)
    app.input.key("Return")
    review = app.wait_for(
        lambda: (r := app.ask("photo_review"))["open"] and r, "the review dialog", timeout=60
    )
    app.settle(0.5)
    return review


def _note(app: RealApp, number: int) -> dict:
    notes = app.ask("photo_review")["notes"]
    return next(n for n in notes.values() if n["number"] == number)


def test_the_review_with_the_keyboard_alone_and_escape_that_keeps_the_work(
    launch, real_home: Path
) -> None:
    folder = real_home / "Documents"
    project_file, _cells = _wall(folder)
    app: RealApp = launch(project_file)
    _open_review(app, folder, '"wall-2.jpg"')

    # The notes have the keyboard: Down goes to the next note at once.
    focus = app.focus()
    assert (focus["widget"], focus["accessible_name"]) == ("QListWidget", "Notes"), focus
    app.input.key("Down")
    app.settle()
    # Tab to the title, type; Tab to the cell, an arrow key chooses the next cell.
    app.input.key("Tab")
    app.settle()
    assert app.focus()["accessible_name"] == "Card title", app.focus()
    app.input.type("Too slow")
    before = _note(app, 2)["cell"]
    app.input.key("Tab")
    app.settle()
    assert app.focus()["accessible_name"] == "Cell", app.focus()
    app.input.key("Down")
    app.settle()
    moved = _note(app, 2)
    assert moved["title"] == "Too slow" and moved["cell"] not in (None, before), moved

    # Escape after that work asks first; Escape again keeps reviewing, nothing lost.
    app.input.key("Escape")
    question = app.wait_for(
        lambda: [d for d in app.state()["dialogs"] if d["class"] == "QMessageBox"],
        "the question whether to discard the review",
    )[0]
    assert "Discard" in question["buttons"], question
    app.input.key("Escape")
    app.settle(0.5)
    assert app.ask("photo_review")["open"]
    assert _note(app, 2)["title"] == "Too slow"
    assert [d["class"] for d in app.state()["dialogs"]] == ["PhotoReviewDialog"]

    # Ctrl+Enter adds the cards, the typed title among them.
    cards_before = len(app.current_map()["cards"])
    app.input.key("ctrl+Return")
    app.wait_for(lambda: not app.ask("photo_review")["open"], "the review to close")
    app.settle()
    cards = app.current_map()["cards"]
    assert len(cards) > cards_before
    titled = [c for c in cards if c["title"] == "Too slow"]
    assert len(titled) == 1
    assert [titled[0]["lane_id"], titled[0]["stage_id"]] == moved["cell"][1:], (titled, moved)


def test_escape_right_away_closes_the_review_and_adds_nothing(launch, real_home: Path) -> None:
    folder = real_home / "Documents"
    project_file, _cells = _wall(folder)
    app: RealApp = launch(project_file)
    cards_before = len(app.current_map()["cards"])
    _open_review(app, folder, '"wall-2.jpg"')
    app.input.key("Escape")  # nothing changed yet: nothing to ask about
    app.wait_for(lambda: not app.ask("photo_review")["open"], "the review to close")
    app.settle()
    assert app.state()["dialogs"] == []
    assert len(app.current_map()["cards"]) == cards_before
