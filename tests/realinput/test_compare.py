"""View ▸ Compare With… through the real menu, and stepping through the changes with
the keyboard (F8 / Shift+F8), with real input through the X server."""

from __future__ import annotations

from driver import RealApp, Rect


def test_compare_with_the_future_state_and_step_through_the_changes(
    example_app: RealApp,
) -> None:
    app = example_app
    app.input.key("alt+v")
    menus = app.wait_for(lambda: app.state()["menus"], "the View menu")
    assert "Compare With…" in menus[-1], menus
    app.input.click(*Rect.of(menus[-1]["Compare With…"]).center)
    dialog = app.wait_for(lambda: next(iter(app.state()["dialogs"]), None), "the compare dialog")
    assert dialog["class"] == "CompareDialog", dialog
    # The current-state map is open: its future state is offered first.
    app.input.click(*Rect.of(dialog["buttons"]["Compare"]).center)
    compare = app.wait_for(lambda: (c := app.ask("compare"))["active"] and c, "compare mode")
    assert compare["view_visible"] and len(compare["rows"]) > 100
    kinds = set(compare["marks"].values())
    assert {"added", "removed", "changed"} <= kinds
    # F8 steps from the whole map's change to the first card's change.
    app.input.key("F8")
    app.input.key("F8")
    second = app.wait_for(
        lambda: (c := app.ask("compare"))["current"] and c["current"]["id"] and c,
        "the second change selected",
    )
    assert second["selected"] == [second["current"]["id"]]
    assert second["current"]["id"] in second["marks"]
    app.input.key("F8")
    third = app.wait_for(
        lambda: (c := app.ask("compare"))["current"]["id"] != second["current"]["id"] and c,
        "the third change",
    )
    assert third["selected"] == [third["current"]["id"]]
    app.input.key("shift+F8")
    back = app.wait_for(
        lambda: (c := app.ask("compare"))["current"]["id"] == second["current"]["id"] and c,
        "back to the second change",
    )
    assert back["selected"] == [second["current"]["id"]]
    # Stop Comparing in the View menu brings the editing canvas back, without marks.
    app.input.key("alt+v")
    menus = app.wait_for(lambda: app.state()["menus"], "the View menu again")
    app.input.click(*Rect.of(menus[-1]["Stop Comparing"]).center)
    done = app.wait_for(lambda: not (c := app.ask("compare"))["active"] and c, "compare to end")
    assert done["marks"] == {} and done["rows"] == [] and not done["view_visible"]
    assert app.project()["maps"][1]["id"] == "future-map"  # nothing in the file changed
    assert app.state()["undo_label"] is None
