"""Context menus, band folding and hiding, tabs, persona drags and a picture dropped from
another program, with real input through the X server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from driver import RealApp, Rect
from PySide6.QtGui import QColor, QImage

HERE = Path(__file__).parent


def choose_from_menu(app: RealApp, entry: str) -> None:
    """Click an entry of the open popup menu."""
    menus = app.wait_for(lambda: app.state()["menus"], "a popup menu")
    assert entry in menus[-1], menus
    app.input.click(*Rect.of(menus[-1][entry]).center)
    app.settle()


def test_right_click_a_lane_label_moves_the_lane_down(example_app: RealApp) -> None:
    app = example_app
    lanes = [lane["id"] for lane in app.current_map()["lanes"]]
    label = next(lane for lane in app.canvas()["lanes"] if lane["lane_id"] == lanes[0])
    app.input.click(*Rect.of(label["rect"]).at(0.5, 0.3), button=3)
    choose_from_menu(app, "Move Lane Down")
    after = [lane["id"] for lane in app.current_map()["lanes"]]
    assert after[:2] == [lanes[1], lanes[0]], after


def test_the_fold_triangle_folds_a_band_and_hide_brings_it_back(example_app: RealApp) -> None:
    app = example_app
    bands = app.current_map()["bands"]
    header = Rect.of(app.canvas()["bands"][bands[0]])
    # The triangle sits at the right end of the band header.
    app.input.click(header.x + header.w - header.h // 2, header.y + header.h // 2)
    app.settle()
    assert app.canvas()["collapsed"] == [bands[0]]
    assert app.state()["undo_label"] is None  # folding is view state
    app.input.click(header.x + header.w - header.h // 2, header.y + header.h // 2)
    app.settle()
    assert app.canvas()["collapsed"] == []
    # Hide the band from its context menu; View > Show Hidden Bands brings it back.
    app.input.click(header.x + 80, header.y + header.h // 2, button=3)
    choose_from_menu(app, "Hide Band")
    assert bands[0] not in app.canvas()["bands"]
    assert app.current_map()["bands"] == bands  # hiding is view state, not the file
    app.input.key("alt+v")
    app.settle(0.3)
    choose_from_menu(app, "Show Hidden Bands")
    assert bands[0] in app.canvas()["bands"]


def test_double_click_a_tab_renames_the_map(example_app: RealApp) -> None:
    app = example_app
    tab = Rect.of(app.ask("personas")["tabs"][0])
    app.input.double_click(*tab.center)
    app.wait_for(lambda: app.state()["dialogs"], "the rename dialog")
    app.input.key("ctrl+a")
    app.input.type("Today, as it works")
    app.input.key("Return")
    app.settle()
    assert app.project()["maps"][0]["title"] == "Today, as it works"


def test_a_persona_dragged_from_the_panel_gets_a_band(example_app: RealApp) -> None:
    app = example_app
    before = {p["id"] for p in app.project()["personas"]}
    add = app.ask("widget", name="+ Add")
    assert add["found"], add
    app.input.click(*Rect.of(add["rect"]).center)
    app.settle()
    new_id = next(p["id"] for p in app.project()["personas"] if p["id"] not in before)
    assert new_id not in app.current_map()["bands"]
    row = Rect.of(app.ask("personas")["rows"][new_id])
    stage = Rect.of(next(iter(app.canvas()["stages"].values())))
    # Onto the first band's header region, between the stage headers and the band.
    target = (stage.x + stage.w, stage.y + stage.h + 6)
    app.input.drag(row.center, target)
    app.settle()
    assert new_id in app.current_map()["bands"]


def test_a_picture_dropped_from_another_program_lands_on_the_card(
    example_app: RealApp, tmp_path: Path
) -> None:
    app = example_app
    picture = tmp_path / "shelf.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E8B57"))
    assert image.save(str(picture))
    source = subprocess.Popen(
        [sys.executable, str(HERE / "file_source.py"), str(picture)],
        env={**os.environ, "DISPLAY": app.display, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert source.stdout is not None and source.stdout.readline().strip() == "ready"
        app.settle(1.0)
        card_id = next(c["id"] for c in app.current_map()["cards"] if c["title"])
        card = Rect.of(app.canvas()["cards"][card_id])
        app.input.drag((1350 + 110, 880 + 40), card.center, steps=20)
        app.settle(1.0)
        assert app.card(card_id)["image_asset_id"], "the picture did not reach the card"
        asset = app.project()["assets"][app.card(card_id)["image_asset_id"]]
        assert (asset["width"], asset["height"]) == (64, 48)  # re-encoded, same size
    finally:
        source.terminate()
        source.wait(timeout=10)
