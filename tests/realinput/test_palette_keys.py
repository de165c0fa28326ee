"""The palette from the keyboard, through the X server: Enter (or the keypad's Enter) on a
palette entry adds that thing where a drop would have put it next to what is selected
(or in the part of the map on screen), through the same command as a drop, selects it,
and opens a card's title or a stage's name for typing."""

from __future__ import annotations

from typing import Any

from driver import RealApp, Rect
from test_palette_drags import reveal_cell, reveal_palette_entry


def _cards_of(app: RealApp, cell: dict[str, Any]) -> list[dict[str, Any]]:
    """The cards of a cell, in their order."""
    cards = [
        c
        for c in app.current_map()["cards"]
        if (c["persona_id"], c["lane_id"], c["stage_id"])
        == (cell["persona_id"], cell["lane_id"], cell["stage_id"])
    ]
    return sorted(cards, key=lambda c: c["order"])


def _click_card(app: RealApp, card_id: str) -> None:
    app.input.click(*Rect.of(app.canvas()["cards"][card_id]).center)
    app.settle()
    assert app.state()["selection"]["cards"] == [card_id]


def _press_enter_on_entry(app: RealApp, key: str, enter: str = "Return") -> None:
    """Choose a palette entry with a click (the palette then has the keyboard) and press
    Enter on it."""
    app.input.click(*reveal_palette_entry(app, key).center)
    app.settle()
    assert app.focus()["accessible_name"] == "Palette", app.focus()
    app.input.key(enter)
    app.settle()


def _type_title(app: RealApp, title: str) -> None:
    app.wait_for(lambda: app.focus()["inline"], "the in-place title field")
    focus = app.focus()
    assert focus["inline"]["has_focus"], f"the keyboard stayed in {focus['widget']}"
    app.input.type(title)
    app.input.key("Return")
    app.settle()


def test_enter_on_a_card_entry_adds_it_below_the_selected_card_with_its_title_open(
    example_app: RealApp,
) -> None:
    app = example_app
    cell = reveal_cell(app, "actions", 2)
    first, second = _cards_of(app, cell)[:2]
    _click_card(app, first["id"])
    known = {c["id"] for c in app.current_map()["cards"]}

    _press_enter_on_entry(app, "card:actions")
    _type_title(app, "Checks the delivery date")

    added = [c for c in app.current_map()["cards"] if c["id"] not in known]
    assert len(added) == 1
    ids = [c["id"] for c in _cards_of(app, cell)]
    # In the selected card's cell, right below it (the second card moves down one).
    assert ids[:3] == [first["id"], added[0]["id"], second["id"]]
    assert added[0]["title"] == "Checks the delivery date"
    assert app.state()["selection"]["cards"] == [added[0]["id"]]
    assert app.state()["undo_label"] == "Add Action"


def test_keypad_enter_on_another_kind_goes_to_that_kinds_lane_in_the_same_band_and_stage(
    example_app: RealApp,
) -> None:
    app = example_app
    cell = reveal_cell(app, "actions", 1)
    card = _cards_of(app, cell)[0]
    _click_card(app, card["id"])
    pains = app.cell(kind="pain_points", stage_index=1)
    before = [c["id"] for c in _cards_of(app, pains)]

    _press_enter_on_entry(app, "card:pain_points", enter="KP_Enter")
    _type_title(app, "Cannot find the delivery cost")

    after = _cards_of(app, pains)
    assert [c["id"] for c in after[:-1]] == before  # at the end of that cell
    assert after[-1]["title"] == "Cannot find the delivery cost"
    assert after[-1]["severity"] == 3  # the kind's defaults, as a drop gives them


def test_with_nothing_selected_a_card_goes_into_a_cell_on_screen(example_app: RealApp) -> None:
    app = example_app
    # Scroll down until the second persona's Thoughts lane is on screen and the first
    # persona's is above the view.
    for _ in range(60):
        viewport = Rect.of(app.canvas()["viewport"])
        upper = Rect.of(app.cell(kind="thoughts", stage_index=0, band_index=0)["rect"])
        lower = Rect.of(app.cell(kind="thoughts", stage_index=0, band_index=1)["rect"])
        if upper.y + upper.h < viewport.y and viewport.y <= lower.y < viewport.y + viewport.h:
            break
        app.input.wheel(*viewport.center, -1)
        app.settle(0.1)
    else:
        raise AssertionError("the second persona's thoughts never came on screen")
    assert not any(app.state()["selection"].values())
    lower_cell = app.cell(kind="thoughts", stage_index=0, band_index=1)
    known = {c["id"] for c in app.current_map()["cards"]}

    _press_enter_on_entry(app, "card:thoughts")
    _type_title(app, "Will it fit through the door?")

    added = [c for c in app.current_map()["cards"] if c["id"] not in known]
    assert len(added) == 1
    assert (added[0]["persona_id"], added[0]["lane_id"]) == (
        lower_cell["persona_id"],
        lower_cell["lane_id"],
    )


def test_enter_on_the_stage_entry_adds_a_stage_after_the_selected_one_named_at_once(
    example_app: RealApp,
) -> None:
    app = example_app
    stages = app.current_map()["stages"]
    app.input.click(*Rect.of(app.canvas()["stages"][stages[1]["id"]]).center)
    app.settle()
    assert app.state()["selection"]["stages"] == [stages[1]["id"]]

    _press_enter_on_entry(app, "stage")
    _type_title(app, "Compare offers")

    names = [s["name"] for s in app.current_map()["stages"]]
    assert names[:4] == [stages[0]["name"], stages[1]["name"], "Compare offers", stages[2]["name"]]


def test_enter_on_the_emotion_entry_adds_a_point_to_the_selected_cards_persona_and_stage(
    example_app: RealApp,
) -> None:
    app = example_app
    cell = reveal_cell(app, "actions", 3)
    _click_card(app, _cards_of(app, cell)[0]["id"])
    before = {p["id"] for p in app.current_map()["emotion_points"]}

    _press_enter_on_entry(app, "emotion")

    added = [p for p in app.current_map()["emotion_points"] if p["id"] not in before]
    assert len(added) == 1
    point = added[0]
    assert (point["persona_id"], point["stage_id"]) == (cell["persona_id"], cell["stage_id"])
    assert app.state()["selection"]["points"] == [point["id"]]
    assert app.focus()["widget"] == "MapView"  # Delete or Alt+arrows act on it next


def test_f6_reaches_the_palette_and_the_arrows_and_enter_add_without_the_mouse(
    example_app: RealApp,
) -> None:
    app = example_app
    cell = reveal_cell(app, "actions", 0)
    card = _cards_of(app, cell)[-1]
    _click_card(app, card["id"])
    for _ in range(4):
        if app.focus()["accessible_name"] == "Palette":
            break
        app.input.key("F6")
        app.settle(0.2)
    assert app.focus()["accessible_name"] == "Palette", app.focus()
    # The first entry is current (Stage); Down chooses Action.
    app.input.key("Down")
    app.input.key("Return")
    app.settle()
    _type_title(app, "Reads the reviews")

    cards = _cards_of(app, cell)
    assert [c["title"] for c in cards[-2:]] == [card["title"], "Reads the reviews"]
