"""No path or address named in a project is ever opened: the real window, under xcb.

A file from a stranger holds markup in every text (map title, persona name and role,
stage name, lane title, card title, body and tags, emotion feeling, scale labels) that
would make Qt read a FIFO, a Unix socket and an address on a listening TCP port if any
widget rendered it as rich text, and its pictures refer to a socket beside the app.
The app opens it; a person selects each kind of item, rests the pointer on them for
their tooltips, goes through the inspector's pages, opens the remove-band question,
and exports a PDF and a PNG. Meanwhile a watcher notes any reader of the FIFO and any
connection to the sockets. A FIFO opened for reading would block the app; the watcher
then opens its writing end, which lets the app go on, so a regression fails here
rather than hanging the run. At the end the probe still answers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from driver import RealApp, Rect

from content_traps import Traps, hostile_file, watched_traps

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@pytest.fixture
def traps(real_home: Path) -> Iterator[Traps]:
    with watched_traps(real_home) as found:  # the app runs in real_home
        yield found


def _inside(rect: Rect, viewport: Rect) -> tuple[int, int] | None:
    """A point of `rect` that is on screen in the viewport (the middle of what shows)."""
    left, right = max(rect.x, viewport.x + 2), min(rect.x + rect.w, viewport.x + viewport.w - 2)
    top, bottom = max(rect.y, viewport.y + 2), min(rect.y + rect.h, viewport.y + viewport.h - 2)
    if right - left < 4 or bottom - top < 4:
        return None
    return (left + right) // 2, (top + bottom) // 2


def _first_on_screen(rects: list[list[int]], viewport: Rect) -> tuple[int, int]:
    points = [_inside(Rect.of(r), viewport) for r in rects]
    found = [p for p in points if p is not None]
    assert found, "nothing of this kind is on screen"
    return found[0]


def _point_and_rest(app: RealApp, x: int, y: int, click: bool = True) -> None:
    """Click (or only point) and rest there long enough for the tooltip to show."""
    if click:
        app.input.click(x, y)
    else:
        app.input.move(x, y)
    time.sleep(1.3)  # tooltips show after about 0.7 s
    app.settle()


def _close_dialogs(app: RealApp) -> None:
    for _ in range(6):
        if not app.state()["dialogs"]:
            return
        app.input.key("Escape")
        app.settle(0.4)
    assert not app.state()["dialogs"], app.state()["dialogs"]


def _save_through_dialog(app: RealApp, path: Path) -> None:
    """Type `path` into the file dialog that is open and accept it."""
    app.wait_for(
        lambda: any(d["class"] == "QFileDialog" for d in app.state()["dialogs"]),
        "the file dialog",
    )
    app.input.key("ctrl+a")
    app.input.type(str(path))
    app.input.key("Return")
    app.wait_for(lambda: path.exists() and path.stat().st_size > 0, f"{path.name}", timeout=90)
    app.settle(0.5)


def test_nothing_named_in_a_file_is_opened_in_the_real_window(
    launch, example_path: Path, traps: Traps, real_home: Path
) -> None:
    path = hostile_file(example_path, traps, real_home / "Documents")
    app: RealApp = launch(path)
    # The file's dangling picture references were repaired: the message names the file.
    notice = app.wait_for(lambda: app.state()["dialogs"], "the repair notice")
    assert traps.touched == [], traps.touched
    if "Show Details…" in notice[0]["buttons"]:
        app.input.click(*Rect.of(notice[0]["buttons"]["Show Details…"]).center)
        app.settle(0.5)
    _close_dialogs(app)
    # Long names make the docks wide: bring the map's top left corner into view.
    viewport = Rect.of(app.canvas()["viewport"])
    app.input.wheel(*viewport.center, 15, modifier="shift")
    app.input.wheel(*viewport.center, 15)
    app.settle()
    view = app.canvas()
    viewport = Rect.of(view["viewport"])
    pages: set[str] = set()

    # Each kind of item: selected (the inspector shows its page) and pointed at.
    targets = [
        _first_on_screen(list(view["cards"].values()), viewport),
        _first_on_screen(list(view["stages"].values()), viewport),
        _first_on_screen([lane["rect"] for lane in view["lanes"]], viewport),
        _first_on_screen(list(view["markers"].values()), viewport),
        _first_on_screen(list(view["bands"].values()), viewport),
    ]
    for target in targets:
        _point_and_rest(app, *target)
        pages.add(app.ask("inspector")["page"])
    assert {"CardPage", "StagePage", "LanePage", "PointPage", "BandPage"} <= pages, pages
    assert traps.touched == [], traps.touched

    # The persona list, the map tab: pointed at for their tooltips.
    rows = app.ask("personas")
    row = Rect.of(next(iter(rows["rows"].values())))
    _point_and_rest(app, *row.center)
    _point_and_rest(app, *Rect.of(rows["tabs"][0]).center, click=False)

    # The remove-band question names the persona and the map.
    app.input.click(*row.center, button=3)
    menus = app.wait_for(lambda: app.state()["menus"], "the persona's menu")
    app.input.click(*Rect.of(menus[-1]["Remove from map"]).center)
    question = app.wait_for(lambda: app.state()["dialogs"], "the remove-band question")
    assert "Remove" in question[0]["title"], question
    time.sleep(0.5)
    _close_dialogs(app)
    assert traps.touched == [], traps.touched

    # A PDF through the export dialog (its preview draws the poster), and a PNG.
    pdf = real_home / "Documents" / "poster.pdf"
    app.input.key("ctrl+p")
    dialog = app.wait_for(
        lambda: next((d for d in app.state()["dialogs"] if d["class"] == "ExportPdfDialog"), None),
        "the export dialog",
        timeout=30,
    )
    time.sleep(1.0)  # the preview is drawn
    app.input.click(*Rect.of(dialog["buttons"]["Export…"]).center)
    _save_through_dialog(app, pdf)
    _close_dialogs(app)
    assert traps.touched == [], traps.touched

    png = real_home / "Documents" / "picture.png"
    window = Rect.of(app.state()["windows"][0]["rect"])
    app.input.click(window.x + 20, window.y + 10)  # File, first on the menu bar
    menus = app.wait_for(lambda: app.state()["menus"], "the File menu")
    app.input.click(*Rect.of(menus[-1]["Export"]).center)
    picture = "Picture (PNG, SVG)…"
    entry = app.wait_for(
        lambda: next((m[picture] for m in app.state()["menus"] if picture in m), None),
        "the Export menu",
    )
    app.input.click(*Rect.of(entry).center)
    _save_through_dialog(app, png)
    _close_dialogs(app)

    # The app is still there and answers; nothing was read or connected to.
    assert app.state()["windows"]
    time.sleep(0.3)  # one more round of the watcher
    assert traps.touched == [], traps.touched
    assert pdf.read_bytes().startswith(b"%PDF") and png.read_bytes().startswith(b"\x89PNG")
