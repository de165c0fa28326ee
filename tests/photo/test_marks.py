"""The photo marks as printed: readable on the poster and on each tiled sheet, where
they stand exactly where the single sheet has them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from mapstudio.export import build_options, export_pdf, plan_export
from mapstudio.photo import vision

from .conftest import bundled
from .synth import pdftoppm_available

DPI = 100


def _render(pdf: Path, page: int, out: Path) -> np.ndarray:
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", "-gray",
         "-png", pdf, out],
        check=True,
        timeout=120,
    )  # fmt: skip
    image = cv2.imread(str(out.with_suffix(".png")), cv2.IMREAD_GRAYSCALE)
    assert image is not None
    return image


@pytest.mark.skipif(not pdftoppm_available(), reason="poppler's pdftoppm is not installed")
def test_tiled_sheets_carry_the_posters_markers_where_it_has_them(tmp_path: Path) -> None:
    project = bundled("templates", "blank.mapstudio")
    options = build_options(page="A2", template=True, tile="A4")
    plan = plan_export(project, options)[0]
    assert plan.tiles is not None and plan.marks
    pdf = tmp_path / "tiles.pdf"
    export_pdf(project, pdf, options)
    tiles = plan.tiles
    content = tiles.content_rect
    k = DPI / 72
    by_id = {m.id: m for m in plan.marks}
    seen: set[int] = set()
    # Page 1 is the assembly guide; the sheets follow in order.
    for number, sheet in enumerate(tiles.printed, start=2):
        image = _render(pdf, number, tmp_path / f"sheet{number}")
        found = vision.find_markers(image)
        # The strips along the right and bottom edges carry the glue lines and are
        # covered by the neighbouring sheets: a marker there is read from the neighbour.
        neighbours = tiles.neighbours(sheet)
        right = sheet.window.right - (tiles.overlap if "right" in neighbours else 0.0)
        bottom = sheet.window.bottom - (tiles.overlap if "down" in neighbours else 0.0)
        inside = {
            m.id
            for m in plan.marks
            if sheet.window.x <= m.rect.x
            and m.rect.right <= right
            and sheet.window.y <= m.rect.y
            and m.rect.bottom <= bottom
        }
        assert inside <= set(found), (sheet.label, inside - set(found))
        for marker_id, corners in found.items():
            mark = by_id[marker_id]
            expected_x = (mark.rect.center.x - sheet.window.x + content.x) * k
            expected_y = (mark.rect.center.y - sheet.window.y + content.y) * k
            centre = corners.mean(axis=0)
            assert abs(centre[0] - expected_x) < 2 * k and abs(centre[1] - expected_y) < 2 * k
        seen |= set(found)
    assert seen == set(by_id)  # every marker of the poster is on some sheet


@pytest.mark.skipif(not pdftoppm_available(), reason="poppler's pdftoppm is not installed")
def test_no_photo_marks_leaves_them_out(tmp_path: Path) -> None:
    project = bundled("templates", "blank.mapstudio")
    options = build_options(page="A3", template=True, photo_marks=False)
    assert not plan_export(project, options)[0].marks
    pdf = tmp_path / "plain.pdf"
    export_pdf(project, pdf, options)
    image = _render(pdf, 1, tmp_path / "plain")
    assert vision.find_markers(image) == {}
    assert vision.read_code(image) == ""
