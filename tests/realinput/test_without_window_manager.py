"""The same app on a bare X screen with no window manager, where nothing hands a new
window the keyboard: the first keys still reach the map, typing keeps its spaces and a
palette drag across the lane labels still lands."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from driver import RealApp, Rect, XServer
from test_palette_drags import drag_entry_to_cell


@pytest.fixture(scope="module")
def screen() -> Iterator[XServer]:
    server = XServer(window_manager=False)
    server.start()
    yield server
    server.stop()


def test_the_first_keys_after_start_reach_the_map(launch) -> None:
    app: RealApp = launch()
    assert app.focus()["widget"] == "MapView", app.focus()
    app.input.key("ctrl+n")
    app.settle(0.5)
    app.input.key("ctrl+Return")
    app.wait_for(lambda: app.focus()["inline"], "a new card's field")
    app.input.type("First card typed at once")
    app.input.key("Return")
    app.settle()
    titles = [c["title"] for c in app.current_map()["cards"]]
    assert titles == ["First card typed at once"]


def test_typing_keeps_spaces_and_a_drag_crosses_the_labels(launch, example_file: Path) -> None:
    app: RealApp = launch(example_file)
    known = {c["id"] for c in app.current_map()["cards"]}
    cell = drag_entry_to_cell(app, "card:thoughts", "thoughts", 2)
    app.wait_for(lambda: app.focus()["inline"], "the new card's field")
    app.input.type("Is shipping free here")
    app.input.key("Return")
    app.settle()
    added = [c for c in app.current_map()["cards"] if c["id"] not in known]
    assert [c["title"] for c in added] == ["Is shipping free here"]
    assert added[0]["stage_id"] == cell["stage_id"] and added[0]["lane_id"] == cell["lane_id"]
    rect = Rect.of(app.canvas()["cards"][added[0]["id"]])
    assert rect.w > 0
