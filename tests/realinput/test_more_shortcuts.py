"""More of the guide's keys, pressed for real: cut and paste, fit selection, find
previous, a new line in a card's text, copy as image, and a band header's double-click."""

from __future__ import annotations

from driver import RealApp, Rect


def _first_card(app: RealApp) -> dict:
    return next(c for c in app.current_map()["cards"] if c["title"] and c.get("body"))


def test_ctrl_x_then_ctrl_v_moves_a_card_to_the_clicked_cell(example_app: RealApp) -> None:
    app = example_app
    card = _first_card(app)
    app.input.click(*Rect.of(app.canvas()["cards"][card["id"]]).center)
    app.input.key("ctrl+x")
    app.settle()
    assert app.card(card["id"]) is None
    target = Rect.of(app.cell(kind="actions", stage_index=3)["rect"])
    app.input.click(target.x + target.w // 2, target.y + target.h - 4)
    app.input.key("ctrl+v")
    app.settle()
    pasted = [c for c in app.current_map()["cards"] if c["title"] == card["title"]]
    assert (
        len(pasted) == 1
        and pasted[0]["stage_id"] == app.cell(kind="actions", stage_index=3)["stage_id"]
    )


def test_ctrl_2_fits_the_selection_and_shift_f3_finds_backwards(example_app: RealApp) -> None:
    app = example_app
    card = _first_card(app)
    app.input.click(*Rect.of(app.canvas()["cards"][card["id"]]).center)
    before = app.canvas()["zoom"]
    app.input.key("ctrl+2")
    app.settle()
    assert app.canvas()["zoom"] > before * 1.5  # one card fills the view
    app.input.key("ctrl+0")
    app.input.key("ctrl+f")
    app.settle(0.3)
    app.input.type("sofa")
    app.input.key("Return")
    app.settle()
    first = app.state()["selection"]["cards"]
    app.input.key("F3")
    app.settle()
    app.input.key("shift+F3")
    app.settle()
    assert app.state()["selection"]["cards"] == first


def test_shift_enter_starts_a_new_line_in_a_cards_text(example_app: RealApp) -> None:
    app = example_app
    card = _first_card(app)
    rect = Rect.of(app.canvas()["cards"][card["id"]])
    # Below the title: the card's text.
    app.input.double_click(rect.x + rect.w // 2, rect.y + rect.h - 8)
    app.wait_for(lambda: app.focus()["inline"], "the text field")
    app.input.key("ctrl+a")
    app.input.type("First line")
    app.input.key("shift+Return")
    app.input.type("second line")
    app.input.key("Return")
    app.settle()
    assert app.card(card["id"])["body"] == "First line\nsecond line"
    assert app.card(card["id"])["title"] == card["title"]


def test_ctrl_shift_c_copies_the_map_as_a_picture(example_app: RealApp) -> None:
    app = example_app
    app.input.key("ctrl+shift+c")
    app.wait_for(lambda: app.ask("clipboard")["image"], "a picture on the clipboard")


def test_double_click_a_band_header_opens_its_persona(example_app: RealApp) -> None:
    app = example_app
    band = app.current_map()["bands"][0]  # the band whose header is in view
    header = Rect.of(app.canvas()["bands"][band])
    app.input.double_click(header.x + 60, header.y + header.h // 2)
    app.wait_for(lambda: app.focus()["widget"] == "CommitLineEdit", "the persona's name field")
    name = next(p["name"] for p in app.project()["personas"] if p["id"] == band)
    field = app.ask("widget", name="Name")
    assert field["found"] and field["text"] == name, field
