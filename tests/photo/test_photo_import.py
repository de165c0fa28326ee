"""Photo import end to end on single synthetic photos: the poster's code and markers,
the plain refusals (not a poster, another project, an older layout), cancelling, the
one-step edit command and the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mapstudio.edit import AddStage, Document
from mapstudio.export.photomarks import parse_poster_code, plan_from_code
from mapstudio.fileformat import load_project, save_project
from mapstudio.layout import Rect
from mapstudio.layout.registration import layout_revision
from mapstudio.model import Stage, blank_project
from mapstudio.photo import (
    COMMAND_LABEL,
    PhotoCancelled,
    PhotoError,
    PhotoInput,
    analyse_photos,
    decisions_from,
    import_command,
)

from .synth import Poster, Shot, card_cells, draw_note, photograph, stick_notes


@pytest.fixture(scope="module")
def shot(posters: dict[str, Poster]) -> tuple[Poster, tuple, bytes]:
    """One straight-ish photo of the blueprint template with notes."""
    poster = posters["blueprint template"]
    rng = np.random.default_rng(7)
    wall = stick_notes(poster, rng, 8)
    view = Shot(Rect(0, 0, poster.plan.trim_w, poster.plan.trim_h), 12, -8, 4, (2250, 3000))
    return poster, wall.notes, photograph(wall, view, rng, 85)


def test_the_code_plans_the_same_poster_again(posters: dict[str, Poster]) -> None:
    for poster in posters.values():
        plan = poster.plan
        code = parse_poster_code(plan.code_text)
        assert code is not None and code.names(poster.project, plan.journey_map)
        again = plan_from_code(poster.project, plan.journey_map, code)
        assert [m.rect for m in again.marks] == [m.rect for m in plan.marks]
        assert layout_revision(again.layout) == code.revision
        # Marks stand outside the map, so never over a cell.
        assert all(not m.rect.intersects(plan.map_rect) for m in plan.marks)
        assert len(plan.marks) >= 12


def test_a_photo_gives_cards_in_one_undo_step(shot: tuple[Poster, tuple, bytes]) -> None:
    poster, truth, data = shot
    steps: list[tuple[int, int]] = []
    found = analyse_photos(
        poster.project, [PhotoInput("wall.jpg", data)], progress=lambda d, t: steps.append((d, t))
    )
    assert steps and steps[-1][0] == steps[-1][1]
    assert {n.cell for n in found.notes} == {t.cell for t in truth}
    note = found.notes[0]
    assert note.picture.startswith(b"\x89PNG") and note.cell_label.count("·") == 2
    assert found.cell_at(note.poster_rect.center.x, note.poster_rect.center.y) == note.cell
    doc = Document(poster.project)
    before = len(doc.project.maps[0].cards)
    doc.execute(import_command(found.map_id, decisions_from(found)))
    cards = doc.project.maps[0].cards
    assert len(cards) == before + len(found.notes)
    pictured = [c for c in cards if c.image_asset_id is not None]
    assert len(pictured) == len(found.notes)
    assert all(doc.project.assets[c.image_asset_id].mime == "image/png" for c in pictured)
    assert doc.undo_label == COMMAND_LABEL
    doc.undo()
    assert len(doc.project.maps[0].cards) == before
    assert doc.project.assets == poster.project.assets


def test_a_note_across_two_cells_is_uncertain(posters: dict[str, Poster]) -> None:
    """A note stuck over the line between two cells is found, but left to the review."""
    poster = posters["blank template"]
    rng = np.random.default_rng(11)
    wall = stick_notes(poster, rng, 0)
    cells = sorted(card_cells(poster), key=lambda c: (c[1].y, c[1].x))
    first, second = cells[0][1], cells[1][1]
    assert first.y == second.y  # side by side
    side = 0.5 * min(first.h, first.w)
    across = Rect(first.right - side / 2, first.y + first.h / 3, side, side)
    draw_note(wall.pixels, across, poster.px_per_pt, "blue", rng)
    plan = poster.plan
    view = Shot(Rect(0, 0, plan.trim_w, plan.trim_h), -10, 6, 2, (2250, 3000))
    found = analyse_photos(
        poster.project, [PhotoInput("wall.jpg", photograph(wall, view, rng, 85))], ocr=False
    )
    assert len(found.notes) == 1
    assert found.notes[0].uncertain and found.notes[0].cell in (cells[0][0], cells[1][0])
    assert decisions_from(found, include_uncertain=False) == []
    assert decisions_from(found)[0].tags == ("check",)


def test_cancel_stops_the_analysis(shot: tuple[Poster, tuple, bytes]) -> None:
    poster, _truth, data = shot
    with pytest.raises(PhotoCancelled):
        analyse_photos(poster.project, [PhotoInput("wall.jpg", data)], cancelled=lambda: True)


def test_a_photo_that_is_not_a_poster_is_refused() -> None:
    import cv2

    rng = np.random.default_rng(3)
    noise = rng.integers(0, 255, (600, 800, 3), dtype=np.uint8)
    jpeg = cv2.imencode(".jpg", noise)[1].tobytes()
    with pytest.raises(PhotoError, match="no poster markers"):
        analyse_photos(blank_project(), [PhotoInput("holiday.jpg", jpeg)])
    with pytest.raises(PhotoError, match="not a photo mapstudio can read"):
        analyse_photos(blank_project(), [PhotoInput("notes.txt", b"hello")])


def test_a_photo_of_another_project_is_refused(shot: tuple[Poster, tuple, bytes]) -> None:
    poster, _truth, data = shot
    other = poster.project.model_copy(update={"id": "another-project"})
    with pytest.raises(PhotoError, match="another project"):
        analyse_photos(other, [PhotoInput("wall.jpg", data)])


def test_a_photo_of_an_older_layout_is_refused(shot: tuple[Poster, tuple, bytes]) -> None:
    poster, _truth, data = shot
    changed = AddStage(poster.plan.journey_map.id, Stage(name="Later"), None).apply(poster.project)
    with pytest.raises(PhotoError, match="older layout"):
        analyse_photos(changed, [PhotoInput("wall.jpg", data)])


def test_command_line_adds_the_cards_and_refuses_plainly(
    shot: tuple[Poster, tuple, bytes], tmp_path: Path
) -> None:
    from mapstudio.cli.main import main

    poster, truth, data = shot
    project_file = tmp_path / "workshop.mapstudio"
    save_project(poster.project, project_file)
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(data)
    out = tmp_path / "after.mapstudio"
    assert main(["photo-import", str(project_file), str(photo), "-o", str(out)]) == 0
    after = load_project(out).project
    added = len(after.maps[0].cards) - len(poster.project.maps[0].cards)
    assert added == len(truth)
    bogus = tmp_path / "bogus.jpg"
    bogus.write_bytes(b"not a picture")
    refused = tmp_path / "refused.mapstudio"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mapstudio",
            "photo-import",
            str(project_file),
            str(bogus),
            "-o",
            str(refused),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "not a photo mapstudio can read" in done.stderr and "Traceback" not in done.stderr
    assert not refused.exists()
