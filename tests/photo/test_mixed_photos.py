"""Several photos in one import, as a designer picks them from a phone's camera roll:
a photo of another poster among them is left out with a plain word, never read as
part of the wall; a note cut by one photo's edge is taken from the photo that shows
it whole."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from mapstudio.layout import Rect
from mapstudio.model import CellKey
from mapstudio.photo import PhotoInput, analyse_photos

from .conftest import bundled
from .synth import (
    Poster,
    Shot,
    camera,
    card_cells,
    draw_note,
    pdftoppm_available,
    photograph,
    render_poster,
    stick_notes,
)


def _photo(poster: Poster, seed: int, view: Rect | None = None, notes: int = 6) -> bytes:
    rng = np.random.default_rng(seed)
    wall = stick_notes(poster, rng, notes)
    plan = poster.plan
    shot = Shot(view or Rect(0, 0, plan.trim_w, plan.trim_h), 8, 5, 2, (3000, 2250))
    return photograph(wall, shot, rng, 85)


@pytest.fixture(scope="module")
def another_poster() -> Poster:
    """The service blueprint, another project, printed on A2 landscape: its markers
    have the same ids as those of an A1 portrait poster, in other places."""
    if not pdftoppm_available():
        pytest.skip("poppler's pdftoppm is not installed")
    project = bundled("templates", "service-blueprint.mapstudio")
    return render_poster(
        project, "blueprint A2", 100, page="A2", orientation="landscape", template=True
    )


@pytest.mark.parametrize("framing", ["whole", "without its code"])
def test_a_photo_of_another_projects_poster_among_good_ones_is_left_out(
    posters: dict[str, Poster], another_poster: Poster, framing: str
) -> None:
    ours, theirs = posters["blank template"], another_poster
    good = PhotoInput("wall.jpg", _photo(ours, 3))
    alone = analyse_photos(ours.project, None, [good], ocr=False)
    plan = theirs.plan
    # The whole other poster, or its lower part: its markers, but not its code.
    view = (
        None if framing == "whole" else Rect(0, 0.45 * plan.trim_h, plan.trim_w, 0.55 * plan.trim_h)
    )
    stray = PhotoInput("other-wall.jpg", _photo(theirs, 4, view))
    found = analyse_photos(ours.project, None, [good, stray], ocr=False)
    # Not one note of the other poster is offered as a card of ours.
    assert found.photos[1].homography is None
    assert all(n.photo == 0 and 1 not in n.seen_in for n in found.notes)
    assert len(found.notes) == len(alone.notes)
    problem = found.photos[1].problem or ""
    assert problem.startswith("other-wall.jpg: ") and problem in found.problems
    # Its code, where the photo shows it, names the other project; else its markers
    # do not fit this poster.
    assert "a poster of another project" in problem or "not where the poster of" in problem


def test_a_note_cut_by_one_photos_edge_is_taken_from_the_photo_that_shows_it_whole(
    posters: dict[str, Poster],
) -> None:
    """Two overlapping photos: a close one whose bottom edge cuts a note, and one of the
    whole wall. The close photo shows the note larger, yet its picture and place come
    from the photo that shows it whole."""
    poster = posters["blank template"]
    plan = poster.plan
    rng = np.random.default_rng(21)
    wall = stick_notes(poster, rng, 0)
    cells = card_cells(poster)

    def cut_across(share: float) -> tuple[Shot, CellKey, Rect] | None:
        """A close photo of the poster's top `share`, and a note across its bottom edge
        (the photo frames its view with a small border: the edge lies a little lower),
        three quarters of the note in the photo, in a cell that holds it whole."""
        shot = Shot(Rect(0, 0, plan.trim_w, share * plan.trim_h), 0, 0, 0, (3000, 2250))
        corner = np.linalg.inv(camera(shot)) @ np.array([1500.0, 2250.0, 1.0])
        edge = corner[1] / corner[2]
        for key, cell in cells:
            side = 0.62 * min(cell.w, cell.h)
            if cell.y + 0.75 * side + 6 < edge < cell.bottom - 0.25 * side - 6:
                x = cell.x + (cell.w - side) / 2
                return shot, key, Rect(x, edge - 0.75 * side, side, side)
        return None

    close, key, note = next(
        found for share in np.linspace(0.35, 0.65, 31) if (found := cut_across(share))
    )
    draw_note(wall.pixels, note, poster.px_per_pt, "yellow", rng, text="Cut off")
    whole = Shot(Rect(0, 0, plan.trim_w, plan.trim_h), 6, 4, 2, (2250, 3000))
    photos = [
        PhotoInput("close.jpg", photograph(wall, close, rng, 90)),
        PhotoInput("wall.jpg", photograph(wall, whole, rng, 90)),
    ]
    found = analyse_photos(poster.project, None, photos, ocr=False)
    assert len(found.notes) == 1
    seen = found.notes[0]
    assert seen.cell == key and not seen.uncertain
    assert seen.photo == 1, "the picture is cut from the photo that shows the note whole"
    w, h = seen.picture_size
    assert 0.85 < w / h < 1.18


def test_the_command_line_counts_the_photos_read_not_those_left_out(
    posters: dict[str, Poster], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mapstudio.cli.main import main
    from mapstudio.fileformat import save_project

    poster = posters["blank template"]
    project_file = tmp_path / "workshop.mapstudio"
    save_project(poster.project, project_file)
    wall = tmp_path / "wall.jpg"
    wall.write_bytes(_photo(poster, 3))
    holiday = tmp_path / "holiday.jpg"
    noise = np.random.default_rng(2).integers(0, 255, (600, 800, 3), dtype=np.uint8)
    holiday.write_bytes(cv2.imencode(".jpg", noise)[1].tobytes())
    out = tmp_path / "after.mapstudio"
    assert main(["photo-import", str(project_file), str(wall), str(holiday), "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert "in 1 photo(s); 1 photo(s) left out" in said.out
    assert "holiday.jpg: no poster markers found" in said.err
