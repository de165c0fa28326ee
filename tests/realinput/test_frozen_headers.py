"""Frozen headers on a large map, through the X server: scrolled down, the stage names
stay along the top of the view; scrolled right, the lane labels stay along its left;
a click on a frozen header is a click on that stage or lane, and so is a right-click;
scrolling back leaves no trail of the frozen strips behind, nor does dragging either
scroll bar; a page never slides part of the map under the frozen row unseen, and the
keyboard never leaves the card it steps to under the frozen column."""

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


def _zoomed_in_both_ways(app: RealApp, viewport: Rect) -> dict:
    """Zoom in until the map scrolls both ways; the probe's scroll answer."""
    for _ in range(6):
        scroll = app.ask("scroll")
        if scroll["across"]["maximum"] > 600 and scroll["down"]["maximum"] > 600:
            return scroll
        app.input.wheel(*viewport.center, 2, modifier="ctrl")
        app.settle(0.2)
    raise AssertionError("the example map never grew larger than the view")


def _handle(bar: dict, vertical: bool) -> tuple[int, int]:
    """Roughly the middle of a scroll bar's handle on the screen (its arrows aside)."""
    rect = Rect.of(bar["rect"])
    length = (rect.h if vertical else rect.w) - 32
    span = bar["page"] / (bar["maximum"] + bar["page"]) * length
    along = 16 + span / 2 + bar["value"] / max(bar["maximum"], 1) * (length - span)
    if vertical:
        return rect.x + rect.w // 2, rect.y + round(along)
    return rect.x + round(along), rect.y + rect.h // 2


def test_dragging_the_scroll_bars_and_paging_keep_the_frozen_strips_clean(
    example_app: RealApp,
) -> None:
    # A hand on each scroll bar, held mid-drag and let go, then Page Down and Up: the
    # screen is always what a full repaint draws (no trail, no strip left behind), and
    # a page never slides a band of the map under the frozen header row unseen.
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    app.input.click(*viewport.center)
    app.input.key("Escape")
    for name, vertical in (("down", True), ("across", False)):
        scroll = _zoomed_in_both_ways(app, viewport)
        x, y = _handle(scroll[name], vertical)
        app.input.xdo("mousemove", x, y, "sleep", 0.2, "mousedown", 1)
        try:
            for step in range(1, 9):
                app.input.xdo(
                    "mousemove",
                    x + (0 if vertical else 12 * step),
                    y + (12 * step if vertical else 0),
                )
                app.settle(0.05)
            assert app.ask("stale_canvas")["rows"] == 0, f"dragging the {name} bar left a trail"
            for step in range(8, 2, -1):  # and back a little, still held
                app.input.xdo(
                    "mousemove",
                    x + (0 if vertical else 12 * step),
                    y + (12 * step if vertical else 0),
                )
                app.settle(0.05)
            assert app.ask("stale_canvas")["rows"] == 0, (
                f"dragging the {name} bar back left a trail"
            )
        finally:
            app.input.xdo("mouseup", 1)
        app.settle()
        assert app.ask("stale_canvas")["rows"] == 0
        frozen = app.ask("scroll")["frozen"]
        assert frozen["dy" if vertical else "dx"] > 0, (
            f"the {name} bar did not scroll past the headers"
        )
    header = Rect.of(next(iter(app.canvas()["stages"].values())))
    for key in ("Next", "Next", "Prior"):
        before = app.ask("scroll")["down"]["value"]
        app.input.key(key)
        app.settle(0.3)
        moved = abs(app.ask("scroll")["down"]["value"] - before)
        # (the probe's rectangles are rounded to whole pixels)
        assert 0 < moved <= viewport.h - header.h + 1, (key, moved, viewport.h, header.h)
        assert app.ask("stale_canvas")["rows"] == 0, f"{key} left a trail"


def test_stepping_left_with_the_keyboard_keeps_the_card_clear_of_the_label_column(
    example_app: RealApp,
) -> None:
    # Left brought each card to 40 px from the edge of the view: half under the frozen
    # label column, outline and title hidden.
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    _zoomed_in_both_ways(app, viewport)
    # Scroll right, past the labels: the column freezes at the left of the view.
    app.input.xdo("mousemove", *viewport.center, "click", "--repeat", 4, "--delay", 60, 7)
    app.settle()
    canvas = app.canvas()
    column = Rect.of(canvas["label_column"])
    assert column.x + column.w < viewport.x, "the label column did not scroll away"
    # The card nearest the middle of the view, then Left until the row's first card.
    card_id = min(
        canvas["cards"],
        key=lambda cid: (
            abs(Rect.of(canvas["cards"][cid]).center[0] - viewport.center[0])
            + abs(Rect.of(canvas["cards"][cid]).center[1] - viewport.center[1])
        ),
    )
    app.input.click(*Rect.of(canvas["cards"][card_id]).center)
    app.settle()
    assert app.state()["selection"]["cards"] == [card_id]
    for _ in range(6):
        app.input.key("Left")
        app.settle(0.3)
        selected = app.state()["selection"]["cards"]
        if not selected:
            break  # off the row's first card: a header or an empty cell
        card = Rect.of(app.canvas()["cards"][selected[0]])
        assert card.x >= viewport.x + column.w, (card, viewport, column.w)


def test_the_frozen_corner_offers_nothing_of_what_lies_under_it(example_app: RealApp) -> None:
    # Right-clicking the blank corner where the frozen row and column meet opened the
    # menu of the cell or card scrolled under it, which the designer cannot see.
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    _scroll_headers_away(app, viewport)
    app.input.xdo("mousemove", *viewport.center, "click", "--repeat", 4, "--delay", 60, 7)
    app.settle()
    scroll = app.ask("scroll")
    assert scroll["frozen"]["dx"] > 0 and scroll["frozen"]["dy"] > 0
    canvas = app.canvas()
    corner = (
        viewport.x + Rect.of(canvas["label_column"]).w // 2,
        viewport.y + Rect.of(next(iter(canvas["stages"].values()))).h // 2,
    )
    app.input.click(*corner, button=3)
    app.settle(0.5)
    menus = app.state()["menus"]
    if menus:
        app.input.key("Escape")
    assert not menus, menus
    app.input.double_click(*corner)
    app.settle(0.5)
    assert app.focus()["inline"] is None  # no card written on, none added
    selection = app.state()["selection"]
    assert not any(selection[kind] for kind in ("cards", "stages", "lanes"))
