"""Frozen headers on a large map, through the X server: scrolled down, the stage names
stay along the top of the view; scrolled right, the lane labels stay along its left;
and a click on a frozen header is a click on that stage or lane."""

from __future__ import annotations

from driver import RealApp, Rect


def test_a_click_on_the_frozen_stage_row_selects_that_stage(example_app: RealApp) -> None:
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    app.input.wheel(*viewport.center, 2, modifier="ctrl")
    for _ in range(40):
        headers = app.canvas()["stages"]
        if all(Rect.of(r).y + Rect.of(r).h < viewport.y - 200 for r in headers.values()):
            break
        app.input.wheel(*viewport.center, -2)
        app.settle(0.1)
    else:
        raise AssertionError("the stage headers never scrolled out of view")
    stage_id = app.current_map()["stages"][1]["id"]
    header = Rect.of(app.canvas()["stages"][stage_id])
    # The real header is far above the view; its frozen copy is at the top of the view,
    # at the same x (a card or a cell is what lies there on the map itself).
    app.input.click(header.x + header.w // 2, viewport.y + 12)
    app.settle()
    assert app.state()["selection"]["stages"] == [stage_id]
    assert not app.state()["selection"]["cards"]


def test_a_click_on_the_frozen_label_column_selects_that_lane(example_app: RealApp) -> None:
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    app.input.wheel(*viewport.center, 4, modifier="ctrl")
    for _ in range(40):
        column = Rect.of(app.canvas()["label_column"])
        if column.x + column.w < viewport.x - 100:
            break
        # Buttons 6 and 7 turn a horizontal wheel (a touchpad's sideways swipe).
        app.input.xdo("mousemove", *viewport.center, "click", "--repeat", 3, "--delay", 60, 7)
        app.settle(0.1)
    else:
        raise AssertionError("the lane labels never scrolled out of view")
    lane = next(
        label
        for label in app.canvas()["lanes"]
        if viewport.y + 80 < Rect.of(label["rect"]).center[1] < viewport.y + viewport.h - 20
        and label["kind"] != "emotions"
    )
    app.input.click(viewport.x + 20, Rect.of(lane["rect"]).center[1])
    app.settle()
    assert app.state()["selection"]["lanes"] == [lane["lane_id"]]
    assert not app.state()["selection"]["cards"]
