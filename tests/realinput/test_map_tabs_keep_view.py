"""Each map tab keeps its zoom, scroll position and selection for the session: switching
to another map and back (with real clicks on the tabs) shows the map as it was left."""

from __future__ import annotations

from typing import Any

from driver import RealApp, Rect


def _click_tab(app: RealApp, index: int) -> None:
    app.input.click(*Rect.of(app.ask("personas")["tabs"][index]).center)
    app.settle(0.5)


def _view(app: RealApp) -> dict[str, Any]:
    """What the map on screen looks like: its zoom, where its stage headers are on the
    screen (which moves with the scroll position) and what is selected."""
    canvas = app.canvas()
    return {
        "map": canvas["map_id"],
        "zoom": round(canvas["zoom"], 4),
        "stages": canvas["stages"],
        "selection": app.state()["selection"],
    }


def test_each_map_tab_keeps_its_zoom_scroll_and_selection(example_app: RealApp) -> None:
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    # Zoom in twice with Ctrl+wheel, scroll down, select a card.
    app.input.wheel(*viewport.center, 2, modifier="ctrl")
    app.input.wheel(*viewport.center, -4)
    app.settle(0.5)
    cards = app.canvas()["cards"]
    # Clear of the frozen stage row along the top and lane labels along the left.
    on_screen = next(
        card_id
        for card_id, rect in cards.items()
        if viewport.x + 250 < Rect.of(rect).center[0] < viewport.x + viewport.w - 40
        and viewport.y + 150 < Rect.of(rect).center[1] < viewport.y + viewport.h - 40
    )
    app.input.click(*Rect.of(cards[on_screen]).center)
    app.settle()
    current = _view(app)
    assert current["selection"]["cards"] == [on_screen]

    _click_tab(app, 1)
    future = _view(app)
    assert future["map"] != current["map"]
    # The other map has a view of its own: zoom it out.
    app.input.wheel(*viewport.center, -2, modifier="ctrl")
    app.settle(0.5)
    future = _view(app)

    _click_tab(app, 0)
    assert _view(app) == current

    _click_tab(app, 1)
    assert _view(app) == future
