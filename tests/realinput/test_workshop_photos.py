"""File ▸ Import Workshop Photos… with real input through the X server: two overlapping
photos of a printed template chosen in the file dialog, one note dragged onto another
cell in the review, confirmed, undone, redone and saved: the file holds a card with its
note's picture in each note's cell."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from driver import RealApp, Rect

from mapstudio.fileformat import load_project, save_project
from mapstudio.layout import Rect as PosterRect
from mapstudio.model import CellKey
from mapstudio.resources import as_file, resource

synth = pytest.importorskip("photo.synth")  # tests/photo: the synthetic wall photos


def _wall(folder: Path) -> tuple[Path, list[CellKey]]:
    """The service-blueprint template saved as a project, and two overlapping photos
    of its printed poster with notes stuck in it; the notes' true cells."""
    if not synth.pdftoppm_available():
        pytest.skip("poppler's pdftoppm is not installed")
    with as_file(resource("templates", "service-blueprint.mapstudio")) as path:
        project = load_project(path).project
    project_file = folder / "workshop.mapstudio"
    save_project(project, project_file)
    poster = synth.render_poster(project, "blueprint", 75, page="A1", template=True)
    rng = np.random.default_rng(11)
    wall = synth.stick_notes(poster, rng, 10)
    w, h = poster.plan.trim_w, poster.plan.trim_h
    halves = (PosterRect(0, 0, 0.62 * w, h), PosterRect(0.38 * w, 0, 0.62 * w, h))
    for number, view in enumerate(halves):
        shot = synth.Shot(view, 10 if number else -10, 5, 3, (2250, 3000))
        (folder / f"wall-{number + 1}.jpg").write_bytes(synth.photograph(wall, shot, rng, 85))
    return project_file, [note.cell for note in wall.notes]


def _choose(app: RealApp, entry: str) -> None:
    menus = app.wait_for(lambda: app.state()["menus"], "the File menu")
    assert entry in menus[-1], menus
    app.input.click(*Rect.of(menus[-1][entry]).center)
    app.settle()


def _cards(app: RealApp) -> list[dict]:
    return app.current_map()["cards"]


def _new(app: RealApp, before: set[str]) -> list[dict]:
    return [c for c in _cards(app) if c["id"] not in before]


def test_two_photos_reviewed_with_a_moved_note_become_cards_in_their_cells(
    launch, real_home: Path
) -> None:
    folder = real_home / "Documents"
    project_file, true_cells = _wall(folder)
    app: RealApp = launch(project_file)
    before = {c["id"] for c in _cards(app)}  # the template's own example cards

    # File ▸ Import Workshop Photos…, then both photos typed into the file dialog.
    app.input.key("alt+f")
    app.settle(0.3)
    _choose(app, "Import Workshop Photos…")
    app.wait_for(lambda: app.state()["dialogs"], "the file dialog")
    app.settle(0.5)
    app.input.key("ctrl+a")
    app.input.type(str(folder))
    app.input.key("Return")
    app.settle(0.5)
    app.input.key("ctrl+a")
    app.input.type('"wall-1.jpg" "wall-2.jpg"')
    app.input.key("Return")

    review = app.wait_for(
        lambda: (r := app.ask("photo_review"))["open"] and r, "the review dialog", timeout=60
    )
    assert len(review["notes"]) == len(true_cells)
    app.settle(0.5)
    review = app.ask("photo_review")

    # Drag one note's outline onto another cell of the photo.
    shown = [(nid, n) for nid, n in review["notes"].items() if "screen_centre" in n]
    note_id, note = shown[0]
    old_cell = note["cell"]
    others = [c for c in review["cells"].values() if c["key"] != old_cell]
    start = tuple(note["screen_centre"])
    # The nearest other cell: a short drag that stays on the photo.
    target = min(
        others,
        key=lambda c: (
            (c["screen_centre"][0] - start[0]) ** 2 + (c["screen_centre"][1] - start[1]) ** 2
        ),
    )
    app.input.drag(start, tuple(target["screen_centre"]), steps=16)
    app.settle(0.5)
    after = app.ask("photo_review")["notes"][note_id]
    assert after["cell"] == target["key"], (after, target)

    # Confirm with the dialog's button.
    confirm = app.ask("widget", name="confirmPhotoImport")
    assert confirm["found"] and confirm["enabled"], confirm
    app.input.click(*Rect.of(confirm["rect"]).center)
    app.wait_for(lambda: not app.ask("photo_review")["open"], "the review to close")
    app.settle()
    state = app.state()
    assert state["undo_label"] == "Import Workshop Photos"
    assert state["status"] == f"Added {len(true_cells)} cards from 2 photos"
    assert len(_new(app, before)) == len(true_cells)

    # One undo step takes every card away; redo brings them back.
    app.input.key("ctrl+z")
    app.settle()
    assert _new(app, before) == []
    app.input.key("ctrl+shift+z")
    app.settle()
    assert len(_new(app, before)) == len(true_cells)

    app.input.key("ctrl+s")
    app.wait_for(lambda: not app.ask("document")["dirty"], "the save", timeout=15)

    saved = load_project(project_file).project
    cards = [c for c in saved.maps[0].cards if c.id not in before]
    expected = Counter(true_cells)
    expected[CellKey(*old_cell)] -= 1
    expected[CellKey(*target["key"])] += 1
    got = Counter(CellKey(c.persona_id, c.lane_id, c.stage_id) for c in cards)
    assert got == +expected
    for card in cards:
        asset = saved.assets[card.image_asset_id]
        assert asset.mime == "image/png" and asset.width > 20 and asset.height > 20
