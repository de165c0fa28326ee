"""Several photos in one import, as a designer picks them from a phone's camera roll:
a photo of another poster among them is left out with a plain word, never read as
part of the wall; a note cut by one photo's edge is taken from the photo that shows
it whole."""

from __future__ import annotations

import numpy as np
import pytest

from mapstudio.layout import Rect
from mapstudio.photo import PhotoInput, analyse_photos

from .conftest import bundled
from .synth import (
    Poster,
    Shot,
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
