"""Frozen headers on a large map, through the X server: scrolled down, the stage names
stay along the top of the view; scrolled right, the lane labels stay along its left;
a click on a frozen header is a click on that stage or lane, and so is a right-click;
scrolling back leaves no trail of the frozen strips behind."""

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


def _scroll_headers_away(app: RealApp, viewport: Rect) -> None:
    """Zoom in and scroll down until the stage headers are far above the view."""
    app.input.wheel(*viewport.center, 2, modifier="ctrl")
    for _ in range(40):
        headers = app.canvas()["stages"]
        if all(Rect.of(r).y + Rect.of(r).h < viewport.y - 200 for r in headers.values()):
            return
        app.input.wheel(*viewport.center, -2)
        app.settle(0.1)
    raise AssertionError("the stage headers never scrolled out of view")


def test_scrolling_back_leaves_no_trail_of_the_frozen_strips(example_app: RealApp) -> None:
    # The view scrolls by moving the pixels already on the screen: the frozen row and
    # column move with them unless the view paints where they were moved to. Scrolling
    # back up (the picture moves down) and back left (it moves right) left copies of
    # the header row and label column all over the map.
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    _scroll_headers_away(app, viewport)
    app.input.xdo("mousemove", *viewport.center, "click", "--repeat", 4, "--delay", 60, 7)
    app.settle(0.3)
    assert app.ask("stale_canvas")["rows"] == 0  # scrolling down and right: no trail
    app.input.wheel(*viewport.center, 1)
    app.settle(0.3)
    assert app.ask("stale_canvas")["rows"] == 0, "scrolling up left a trail"
    app.input.xdo("mousemove", *viewport.center, "click", "--repeat", 1, 6)
    app.settle(0.3)
    assert app.ask("stale_canvas")["rows"] == 0, "scrolling left left a trail"


def test_a_right_click_on_the_frozen_stage_row_offers_that_stage(example_app: RealApp) -> None:
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    _scroll_headers_away(app, viewport)
    stage_id = app.current_map()["stages"][1]["id"]
    header = Rect.of(app.canvas()["stages"][stage_id])
    app.input.click(header.x + header.w // 2, viewport.y + 12, button=3)
    menus = app.wait_for(lambda: app.state()["menus"], "the context menu")
    app.input.key("Escape")
    assert "Rename Stage" in menus[0], menus
    assert app.state()["selection"]["stages"] == [stage_id]
