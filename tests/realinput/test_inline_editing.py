"""In-place text editing under a real keyboard and mouse (X server input, xcb platform).

Each test opens the in-place field the way a person does, types through XTest and reads
the result back from the document: spaces arrive, keys act on the text and never on the
canvas, and only the card (stage, lane) that was opened changes.
"""

from __future__ import annotations

from typing import Any

from driver import RealApp, Rect


def _titled_cards(app: RealApp) -> list[dict[str, Any]]:
    return [c for c in app.current_map()["cards"] if c["title"]]


def _open_title(app: RealApp, card_id: str) -> None:
    """Double-click the top of a card (its title) and wait for the field."""
    rect = Rect.of(app.canvas()["cards"][card_id])
    app.input.double_click(rect.x + rect.w // 2, rect.y + 8)
    app.wait_for(lambda: app.focus()["inline"], "the in-place field")


def _titles(app: RealApp) -> dict[str, str]:
    return {c["id"]: c["title"] for c in app.current_map()["cards"]}


def test_typing_with_spaces_and_enter_changes_exactly_that_card(example_app: RealApp) -> None:
    app = example_app
    card = _titled_cards(app)[0]
    before = _titles(app)
    _open_title(app, card["id"])
    field = app.focus()
    assert field["inline"]["owner"] == card["id"]
    assert field["inline"]["has_focus"], field
    assert field["inline"]["selected"] == card["title"]  # the old title is selected
    app.input.type("Refund takes 3 weeks")
    app.input.key("Return")
    app.settle()
    after = _titles(app)
    assert after[card["id"]] == "Refund takes 3 weeks"
    assert {k: v for k, v in after.items() if k != card["id"]} == {
        k: v for k, v in before.items() if k != card["id"]
    }
    # Enter closed the field; it did not open another one with the old text.
    assert app.focus()["inline"] is None
    assert app.state()["undo_label"] == "Rename Card"


def test_arrows_home_end_and_shift_select_act_on_the_text(example_app: RealApp) -> None:
    app = example_app
    card = _titled_cards(app)[1]
    _open_title(app, card["id"])
    app.input.type("Compares sofas")
    # Home, then type at the start; End and Left to insert before the last letter.
    app.input.key("Home")
    app.input.type("She ")
    app.input.key("End", "Left")
    app.input.type("X")
    # Shift+Left twice selects two letters, which typing replaces.
    app.input.key("End", "shift+Left", "shift+Left")
    app.input.type("!!")
    app.settle()
    field = app.focus()["inline"]
    assert field is not None and field["owner"] == card["id"]
    assert field["text"] == "She Compares sofa!!"
    # The canvas selection did not move while the arrows were used in the text.
    assert app.state()["selection"]["cards"] == [card["id"]]
    app.input.key("Return")
    app.settle()
    assert app.card(card["id"])["title"] == "She Compares sofa!!"


def test_ctrl_a_and_ctrl_z_act_on_the_text_not_the_map(example_app: RealApp) -> None:
    app = example_app
    cards_before = len(app.current_map()["cards"])
    card = _titled_cards(app)[2]
    _open_title(app, card["id"])
    app.input.type("First words")
    app.input.key("ctrl+a")
    app.input.type("Second")
    app.settle()
    assert app.focus()["inline"]["text"] == "Second"
    app.input.key("ctrl+z")
    app.settle()
    # The field's own undo brought the text back; the document's history is untouched.
    assert app.focus()["inline"]["text"] == "First words"
    assert app.state()["undo_label"] is None
    app.input.key("Return")
    app.settle()
    assert app.card(card["id"])["title"] == "First words"
    assert len(app.current_map()["cards"]) == cards_before


def test_escape_cancels_and_leaves_no_box(example_app: RealApp) -> None:
    app = example_app
    card = _titled_cards(app)[0]
    _open_title(app, card["id"])
    app.input.key("ctrl+a", "BackSpace")
    app.input.key("Escape")
    app.settle()
    assert app.focus()["inline"] is None
    assert app.card(card["id"])["title"] == card["title"]
    assert app.state()["undo_label"] is None
    # No empty field is left drawn: the canvas has the keyboard again.
    assert app.focus()["widget"] == "MapView"


def test_shift_enter_in_a_title_never_edits_another_card(example_app: RealApp) -> None:
    app = example_app
    cards = _titled_cards(app)
    first = cards[0]
    before = _titles(app)
    _open_title(app, first["id"])
    app.input.type("Compares the sofa with two rivals")
    app.input.key("shift+Return")
    app.input.type("second")
    app.settle()
    after = _titles(app)
    assert after[first["id"]] == "Compares the sofa with two rivals"
    changed = {k for k in after if after[k] != before[k]}
    assert changed == {first["id"]}, "another card was changed"


def test_left_right_in_the_field_do_not_move_the_canvas_selection(example_app: RealApp) -> None:
    app = example_app
    card = _titled_cards(app)[0]
    _open_title(app, card["id"])
    app.input.key("Left", "Left", "Right", "Up", "Down")
    app.settle()
    assert app.state()["selection"]["cards"] == [card["id"]]
    assert app.focus()["inline"]["owner"] == card["id"]
    app.input.key("Escape")


def test_tab_commits_and_moves_to_the_next_card_shift_tab_back(example_app: RealApp) -> None:
    app = example_app
    card = _titled_cards(app)[0]
    _open_title(app, card["id"])
    app.input.type("Tabbed title")
    app.input.key("Tab")
    app.settle()
    field = app.focus()["inline"]
    assert field is not None and field["owner"] != card["id"]
    following = field["owner"]
    assert app.card(card["id"])["title"] == "Tabbed title"
    app.input.type("Next one")
    app.input.key("shift+Tab")
    app.settle()
    assert app.card(following)["title"] == "Next one"
    assert app.focus()["inline"]["owner"] == card["id"]
    app.input.key("Escape")


def test_click_inside_places_the_cursor_click_away_commits(example_app: RealApp) -> None:
    app = example_app
    card = _titled_cards(app)[0]
    _open_title(app, card["id"])
    app.input.type("abcdef")
    app.settle()
    field = Rect.of(app.focus()["inline"]["rect"])
    # A click at the left end of the text puts the cursor there; the field stays open.
    app.input.click(field.x + 4, field.y + 10)
    app.settle()
    inline = app.focus()["inline"]
    assert inline is not None and inline["owner"] == card["id"]
    assert inline["cursor"] == 0 and inline["selected"] == ""
    app.input.type("X")
    # A click on empty paper beside the map commits.
    viewport = Rect.of(app.canvas()["viewport"])
    app.input.click(viewport.x + viewport.w - 30, viewport.y + viewport.h - 30)
    app.settle()
    assert app.focus()["inline"] is None
    assert app.card(card["id"])["title"] == "Xabcdef"


def test_renaming_a_stage_in_place_keeps_spaces(example_app: RealApp) -> None:
    app = example_app
    stage_id, rect = next(iter(app.canvas()["stages"].items()))
    app.input.double_click(*Rect.of(rect).center)
    app.wait_for(lambda: app.focus()["inline"], "the stage name field")
    app.input.type("First look around")
    app.input.key("Return")
    app.settle()
    stage = next(s for s in app.current_map()["stages"] if s["id"] == stage_id)
    assert stage["name"] == "First look around"


def test_edit_commands_act_on_the_field_while_typing(example_app: RealApp) -> None:
    app = example_app
    cards_before = {c["id"] for c in app.current_map()["cards"]}
    card = _titled_cards(app)[0]
    _open_title(app, card["id"])
    app.input.type("Edited title")
    # Ctrl+D (Duplicate) finishes the text first, then duplicates that card: the field
    # never duplicates a card behind the person's back with the old title.
    app.input.key("ctrl+z")  # the field's own undo: the typing goes
    app.settle()
    assert app.focus()["inline"]["text"] == card["title"]
    app.input.key("ctrl+y")  # the field's redo, not the map's
    app.settle()
    assert app.focus()["inline"]["text"] == "Edited title"
    assert app.state()["undo_label"] is None
    # Edit > Delete from the menu deletes the selected text, not the card.
    app.input.key("ctrl+a")
    app.input.key("alt+e")
    choose = app.wait_for(lambda: app.state()["menus"], "the Edit menu")
    app.input.click(*Rect.of(choose[-1]["Delete"]).center)
    app.settle()
    assert app.focus()["inline"]["text"] == ""
    app.input.type("Kept")
    app.input.key("Return")
    app.settle()
    assert app.card(card["id"])["title"] == "Kept"
    assert {c["id"] for c in app.current_map()["cards"]} == cards_before


def test_escape_on_a_new_card_takes_it_away_and_one_undo_removes_a_titled_one(
    example_app: RealApp,
) -> None:
    app = example_app
    cell = app.cell(kind="actions", stage_index=1)
    rect = Rect.of(cell["rect"])
    before = {c["id"] for c in app.current_map()["cards"]}
    app.input.double_click(rect.x + rect.w // 2, rect.y + rect.h - 5)
    app.wait_for(lambda: app.focus()["inline"], "the new card's field")
    app.input.key("Escape")
    app.settle()
    assert {c["id"] for c in app.current_map()["cards"]} == before
    app.input.double_click(rect.x + rect.w // 2, rect.y + rect.h - 5)
    app.wait_for(lambda: app.focus()["inline"], "the new card's field")
    app.input.type("Checks the fabric")
    app.input.key("Return")
    app.settle()
    added = [c for c in app.current_map()["cards"] if c["id"] not in before]
    assert [c["title"] for c in added] == ["Checks the fabric"]
    app.input.key("ctrl+z")
    app.settle()
    assert {c["id"] for c in app.current_map()["cards"]} == before
