"""The docks' headers are whole on a laptop screen and on a desktop screen: the app,
started at its default window size, fits the screen, and every dock's title and every
section header inside a dock has the room its text needs, on screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from driver import RealApp, XServer

SCREENS = [(1280, 800), (1920, 1080)]


@pytest.fixture(scope="module", params=SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def screen(request: pytest.FixtureRequest) -> Iterator[XServer]:
    server = XServer(size=request.param)
    server.start()
    yield server
    server.stop()


def test_every_dock_header_fits_at_the_default_window_size(example_app: RealApp) -> None:
    app = example_app
    answer = app.ask("docks")
    sx, sy, sw, sh = answer["screen"]
    fx, fy, fw, fh = answer["frame"]
    assert sx <= fx and fx + fw <= sx + sw, f"the window {answer['frame']} is wider than the screen"
    assert sy <= fy and fy + fh <= sy + sh, (
        f"the window {answer['frame']} is taller than the screen"
    )
    names = {dock["name"] for dock in answer["docks"]}
    assert {"palette", "inspector", "personas"} <= names, names
    for dock in answer["docks"]:
        room = min(dock["title_right"], sx + sw) - dock["title_left"]
        assert dock["title_width"] <= room, (
            f"{dock['title']!r} needs {dock['title_width']} px, has {room}"
        )
        for header in dock["headers"]:
            room = min(header["right"], sx + sw) - header["left"]
            assert header["width"] <= room, (
                f"{dock['title']}: {header['text']!r} needs {header['width']} px, has {room}"
            )
