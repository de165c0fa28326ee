"""Photo import end to end on single synthetic photos: the poster's code and markers,
the plain refusals (not a poster, another project, an older layout), cancelling, the
one-step edit command and the command line."""

from __future__ import annotations

import os
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
    add_box,
    analyse_photos,
    decisions_from,
    drop_note,
    import_command,
    move_note,
    retitle_note,
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
        poster.project,
        None,
        [PhotoInput("wall.jpg", data)],
        progress=lambda d, t: steps.append((d, t)),
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
        poster.project, None, [PhotoInput("wall.jpg", photograph(wall, view, rng, 85))], ocr=False
    )
    assert len(found.notes) == 1
    assert found.notes[0].uncertain and found.notes[0].cell in (cells[0][0], cells[1][0])
    assert decisions_from(found, include_uncertain=False) == []
    assert decisions_from(found)[0].tags == ("check",)


def test_cancel_stops_the_analysis(shot: tuple[Poster, tuple, bytes]) -> None:
    poster, _truth, data = shot
    with pytest.raises(PhotoCancelled):
        analyse_photos(poster.project, None, [PhotoInput("wall.jpg", data)], cancelled=lambda: True)


def test_a_photo_that_is_not_a_poster_is_refused() -> None:
    import cv2

    rng = np.random.default_rng(3)
    noise = rng.integers(0, 255, (600, 800, 3), dtype=np.uint8)
    jpeg = cv2.imencode(".jpg", noise)[1].tobytes()
    with pytest.raises(PhotoError, match="no poster markers"):
        analyse_photos(blank_project(), None, [PhotoInput("holiday.jpg", jpeg)])
    with pytest.raises(PhotoError, match="not a photo mapstudio can read"):
        analyse_photos(blank_project(), None, [PhotoInput("notes.txt", b"hello")])


def test_a_photo_of_another_project_is_refused(shot: tuple[Poster, tuple, bytes]) -> None:
    poster, _truth, data = shot
    other = poster.project.model_copy(update={"id": "another-project"})
    with pytest.raises(PhotoError, match="another project"):
        analyse_photos(other, None, [PhotoInput("wall.jpg", data)])


def test_a_photo_of_an_older_layout_is_refused(shot: tuple[Poster, tuple, bytes]) -> None:
    poster, _truth, data = shot
    changed = AddStage(poster.plan.journey_map.id, Stage(name="Later"), None).apply(poster.project)
    with pytest.raises(PhotoError, match="older layout"):
        analyse_photos(changed, None, [PhotoInput("wall.jpg", data)])


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


def test_a_review_moves_drops_adds_and_titles_notes(shot: tuple[Poster, tuple, bytes]) -> None:
    """What the review dialog will do, through the plain functions it calls."""
    poster, _truth, data = shot
    photo = PhotoInput("wall.jpg", data)
    found = analyse_photos(poster.project, None, [photo], ocr=False)
    first, second = found.notes[0], found.notes[1]
    other = next(key for key, _rect, _label in found.cells if key != first.cell)
    found = move_note(found, first.id, other)
    found = retitle_note(found, first.id, "Moved <b>by hand</b>")
    found = drop_note(found, second.id)
    # The dropped note drawn back by hand, as a box round where it was.
    found = add_box(found, photo, second.photo, second.outline)
    added = found.notes[-1]
    assert added.id.startswith("box-") and added.cell == second.cell
    assert added.picture.startswith(b"\x89PNG")
    decisions = decisions_from(found)
    moved = [d for d in decisions if d.title == "Moved <b>by hand</b>"]
    assert len(moved) == 1 and moved[0].cell == other
    doc = Document(poster.project)
    doc.execute(import_command(found.map_id, decisions))
    titled = [c for c in doc.project.maps[0].cards if c.title == "Moved <b>by hand</b>"]
    assert [(c.persona_id, c.lane_id, c.stage_id) for c in titled] == [tuple(other)]


def test_a_fifo_as_a_photo_gets_a_message_not_a_hang(
    shot: tuple[Poster, tuple, bytes], tmp_path: Path
) -> None:
    poster, _truth, _data = shot
    project_file = tmp_path / "workshop.mapstudio"
    save_project(poster.project, project_file)
    fifo = tmp_path / "wall.jpg"
    os.mkfifo(fifo)
    out = tmp_path / "after.mapstudio"
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", "photo-import", str(project_file), str(fifo),
         "-o", str(out)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "wall.jpg: cannot be read" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_recognised_text_is_offered_as_the_title(
    shot: tuple[Poster, tuple, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With an OCR engine on the PATH (here a stand-in for tesseract that reads the PNG
    from its standard input), each note's text becomes its card's title."""
    poster, _truth, data = shot
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    fake.write_text(
        '#!/bin/sh\n[ "$1" = stdin ] && [ "$2" = stdout ] || exit 2\n'
        'head -c 4 | grep -q PNG && printf "Slow\\n checkout\\f\\n"\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    found = analyse_photos(poster.project, None, [PhotoInput("wall.jpg", data)])
    assert found.notes and all(n.text == "Slow checkout" for n in found.notes)
    assert {d.title for d in decisions_from(found)} == {"Slow checkout"}


def test_a_photo_of_another_map_is_refused(posters: dict[str, Poster]) -> None:
    poster = posters["filled example"]
    rng = np.random.default_rng(5)
    wall = stick_notes(poster, rng, 4)
    plan = poster.plan
    view = Shot(Rect(0, 0, plan.trim_w, plan.trim_h), 8, 5, -3, (2250, 3000))
    photo = PhotoInput("wall.jpg", photograph(wall, view, rng, 85))
    printed, other = poster.project.maps[0], poster.project.maps[1]
    with pytest.raises(PhotoError, match=f"poster of “{printed.title}”, not of “{other.title}”"):
        analyse_photos(poster.project, other.id, [photo], ocr=False)
    assert analyse_photos(poster.project, printed.id, [photo], ocr=False).notes


def test_command_line_does_not_write_over_a_file_beyond_the_limits(
    shot: tuple[Poster, tuple, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o naming the project itself, when it holds more maps than this version keeps (a
    file of a version that held more): the cut project would replace it, so nothing is
    written; into a new file the photo's cards still go."""
    import json

    from mapstudio.cli.main import main
    from mapstudio.model.types import MAX_MAPS

    poster, truth, data = shot
    project_file = tmp_path / "older.mapstudio"
    save_project(poster.project, project_file)
    document = json.loads(project_file.read_text(encoding="utf-8"))
    maps = document["project"]["maps"]
    while len(maps) < MAX_MAPS + 3:
        copy = json.loads(json.dumps(maps[0]))
        copy.update(id=f"copied-map-{len(maps)}", cards=[], emotion_points=[])
        maps.append(copy)
    project_file.write_text(json.dumps(document), encoding="utf-8")
    before = project_file.read_bytes()
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(data)
    args = ["photo-import", str(project_file), str(photo), "-o", str(project_file)]
    assert main(args) == 1
    assert "holds more than this version of mapstudio keeps" in capsys.readouterr().err
    assert project_file.read_bytes() == before

    out = tmp_path / "after.mapstudio"
    assert main(["photo-import", str(project_file), str(photo), "-o", str(out)]) == 0
    assert "more than the" in capsys.readouterr().err  # what was left out, said
    after = load_project(out).project
    assert len(after.maps) == MAX_MAPS
    assert len(after.maps[0].cards) - len(poster.project.maps[0].cards) == len(truth)
