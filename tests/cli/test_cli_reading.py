"""`mapstudio export`: reading distance, the text that does not pass, and the advice."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

from mapstudio.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pdf_support import MM, box, text_runs
from pypdf import PdfReader

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
BLUEPRINT = TEMPLATES / "service-blueprint.mapstudio"


def export(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main(["export", *(str(a) for a in args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def smallest_card_title(path: Path, titles: set[str]) -> float:
    """The cap height (mm) of the smallest card title line, read from the PDF."""
    caps = [r.cap_mm for r in text_runs(path) if "Bold" in r.font and r.text in titles]
    assert caps
    return min(caps)


def _titles() -> set[str]:
    from mapstudio.fileformat import load_project

    return {c.title for m in load_project(BLUEPRINT).project.maps for c in m.cards}


def test_a_page_too_small_names_the_text_that_fails_and_the_tiling_that_passes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "a3.pdf"
    status, stdout, stderr = export(capsys, BLUEPRINT, "-o", out, "--page", "A3")
    assert status == 0, stderr
    assert "not 1.5 m" in stdout
    # What fails and by how much, in the words of the rule.
    assert "too small to read from 1.5 m (capitals need 6.0 mm)" in stderr
    assert "card titles" in stderr and "% too small" in stderr
    # A3 is office paper: the advice is a larger poster tiled onto it, or one sheet.
    advice = next(line for line in stderr.splitlines() if "every text reads from" in line)
    assert re.search(r"A0 (portrait|landscape) on \d+ A3 sheets", advice)
    # Following the advice gives a PDF whose card titles pass, read from the file.
    arguments = advice.split("(", 1)[1].split(")", 1)[0]
    followed = tmp_path / "advised.pdf"
    status, stdout, stderr = export(capsys, BLUEPRINT, "-o", followed, *shlex.split(arguments))
    assert status == 0, stderr
    assert "too small" not in stderr
    reader = PdfReader(followed)
    assert len(reader.pages) > 2  # the guide and the sheets
    single = tmp_path / "single.pdf"
    one_sheet = advice.rsplit("(", 1)[1].rstrip(").")
    status, _out, stderr = export(capsys, BLUEPRINT, "-o", single, *shlex.split(one_sheet))
    assert status == 0 and "too small" not in stderr
    assert smallest_card_title(single, _titles()) >= 6.0 * 0.998


def test_without_a_page_the_export_takes_the_size_that_passes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "auto.pdf"
    status, _stdout, stderr = export(capsys, BLUEPRINT, "-o", out)
    assert status == 0, stderr
    x0, y0, x1, y1 = box(PdfReader(out).pages[0], "TrimBox")
    assert sorted((round((x1 - x0) / MM), round((y1 - y0) / MM))) == [841, 1189]  # A0
    assert "on A1 its text would not read from 1.5 m" in stderr
    assert "too small" not in stderr
    assert smallest_card_title(out, _titles()) >= 6.0 * 0.998


def test_distance_presets_and_metres(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    near = tmp_path / "near.pdf"
    far = tmp_path / "far.pdf"
    assert export(capsys, BLUEPRINT, "-o", near, "--page", "A0", "--distance", "table")[0] == 0
    status, _out, stderr = export(capsys, BLUEPRINT, "-o", far, "--page", "A0", "--distance", "3m")
    assert status == 0
    # From 3 m capitals need 12 mm: A0 cannot do it, and the export says which size can.
    assert "capitals need 12.0 mm" in stderr
    assert "every text reads from 3 m on" in stderr
    assert smallest_card_title(near, _titles()) < smallest_card_title(far, _titles())


@pytest.mark.parametrize("distance", ["0.1", "50m", "close", "-2"])
def test_a_distance_that_makes_no_sense_is_a_plain_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, distance: str
) -> None:
    out = tmp_path / "x.pdf"
    status, _out, stderr = export(capsys, BLUEPRINT, "-o", out, "--distance", distance)
    assert status == 1
    assert "reading distance" in stderr and "Traceback" not in stderr
    assert not out.exists()
