"""Limits and hygiene of the PDFs, read back from the files: page sides within PDF's
200 in, files readable as the user's umask says, warnings for hairlines and coarse
pictures, a distinct tag for every font subset, a title block that wraps."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_support import fonts
from PIL import Image
from pypdf import PdfReader

from mapstudio.export import ExportError, build_options, export_pdf, plan_export
from mapstudio.export.poster import MAX_PAGE_SIDE
from mapstudio.model import Asset, Project

TODAY = dt.date(2025, 3, 14)
TALL = "Current state"  # the example's taller map


def _tall_only(project: Project) -> Project:
    return project.model_copy(update={"maps": tuple(m for m in project.maps if m.title == TALL)})


# -- page size limit ----------------------------------------------------------------------


def _crowded(project: Project) -> Project:
    """The example with one cell holding 120 more cards: a map tall at any column width
    (a poster reflows its columns, so only a crowded cell makes fit-width pages long)."""
    journey_map = next(m for m in project.maps if m.title == TALL)
    first = journey_map.cards[0]
    extra = tuple(
        first.model_copy(update={"id": f"crowd-{n}", "title": f"Note {n}", "order": 100 + n})
        for n in range(120)
    )
    crowded = journey_map.model_copy(update={"cards": journey_map.cards + extra})
    return project.model_copy(
        update={"maps": tuple(crowded if m.id == crowded.id else m for m in project.maps)}
    )


def test_fit_width_never_makes_a_page_over_200_inches(example: Project, tmp_path: Path) -> None:
    options = build_options(page="4000x600mm", orientation="landscape", fit="width", map=TALL)
    out = tmp_path / "roll.pdf"
    with pytest.raises(ExportError, match=r"200 in.*Tile it"):
        export_pdf(_crowded(example), out, options)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_tiling_a_poster_longer_than_200_inches_keeps_every_page_small(
    example: Project, tmp_path: Path
) -> None:
    options = build_options(
        page="4000x600mm", orientation="landscape", fit="width", tile="A3", map=TALL
    )
    crowded = _crowded(example)
    plan = plan_export(crowded, options)[0]
    assert plan.media_h > MAX_PAGE_SIDE  # the poster itself is longer than a page may be
    out = tmp_path / "tiles.pdf"
    export_pdf(crowded, out, options)
    for page in PdfReader(out).pages:
        x0, y0, x1, y1 = (float(v) for v in page.mediabox)
        assert max(x1 - x0, y1 - y0) <= MAX_PAGE_SIDE


def test_crop_marks_cannot_push_a_page_over_200_inches(example: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="crop marks"):
        export_pdf(example, tmp_path / "x.pdf", build_options(page="200x100in", crop_marks=True))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"page": "A0", "fit": "width", "orientation": "landscape"},
        {"page": "200x50in", "fit": "width"},
        {"page": "200x200in", "bleed": "5mm"},
    ],
)
def test_no_mode_writes_a_page_side_over_200_inches(
    example: Project, tmp_path: Path, kwargs: dict[str, str]
) -> None:
    out = tmp_path / "p.pdf"
    try:
        export_pdf(example, out, build_options(**kwargs))  # type: ignore[arg-type]
    except ExportError:
        return
    for page in PdfReader(out).pages:
        for name in ("/MediaBox", "/TrimBox", "/BleedBox"):
            x0, y0, x1, y1 = (float(v) for v in page[name])
            assert max(x1 - x0, y1 - y0) <= MAX_PAGE_SIDE + 0.01


# -- file permissions ---------------------------------------------------------------------

_UMASK_SCRIPT = """
import os, sys
from pathlib import Path
os.umask(int(sys.argv[1], 8))
from mapstudio.export import build_options, export_pdf
from mapstudio.fileformat import load_project
project = load_project(sys.argv[2]).project
export_pdf(project, Path(sys.argv[3]), build_options(page="A4", map="Current state"))
"""


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX")
@pytest.mark.parametrize(("umask", "mode"), [("022", 0o644), ("002", 0o664), ("077", 0o600)])
def test_a_new_pdf_follows_the_umask(
    example_path: Path, tmp_path: Path, umask: str, mode: int
) -> None:
    out = tmp_path / "poster.pdf"
    # The umask is the whole process's: set it in a child, not in the test runner.
    subprocess.run(
        [sys.executable, "-c", _UMASK_SCRIPT, umask, str(example_path), str(out)],
        check=True,
        timeout=120,
    )
    assert stat.S_IMODE(out.stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_replaced_pdf_keeps_its_mode(example: Project, tmp_path: Path) -> None:
    out = tmp_path / "shared.pdf"
    out.write_bytes(b"old")
    out.chmod(0o664)
    export_pdf(example, out, build_options(page="A4", map=TALL))
    assert stat.S_IMODE(out.stat().st_mode) == 0o664
    assert out.read_bytes().startswith(b"%PDF")


# -- warnings -----------------------------------------------------------------------------


def test_hairlines_are_reported(example: Project, tmp_path: Path) -> None:
    # The tall map on A4: its cell borders print at 0.75 pt x about 0.22.
    report = export_pdf(example, tmp_path / "a4.pdf", build_options(page="A4", map=TALL))
    hairline = [w for w in report.warnings if "0.25 pt" in w]
    assert hairline and "cell borders" in hairline[0]
    widths = [float(v) for v in re.findall(r"only (\d\.\d\d) pt", hairline[0])]
    assert widths and widths[0] < 0.25
    # On A0 every line is thick enough.
    report = export_pdf(example, tmp_path / "a0.pdf", build_options(page="A0", map=TALL))
    assert not [w for w in report.warnings if "0.25 pt" in w]


def _with_photo(project: Project, pixels: int) -> Project:
    buffer = io.BytesIO()
    Image.new("RGB", (pixels, pixels), (180, 90, 60)).save(buffer, "PNG")
    data = buffer.getvalue()
    import hashlib

    asset = Asset(
        id="photo1",
        mime="image/png",
        width=pixels,
        height=pixels,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )
    personas = (project.personas[0].model_copy(update={"photo_asset_id": "photo1"}),)
    personas += project.personas[1:]
    return project.model_copy(update={"assets": {"photo1": asset}, "personas": personas})


def test_coarse_pictures_are_reported(example: Project, tmp_path: Path) -> None:
    name = example.personas[0].name
    coarse = _with_photo(example, 40)
    report = export_pdf(coarse, tmp_path / "a0.pdf", build_options(page="A0", map=TALL))
    found = [w for w in report.warnings if "pixels per inch" in w]
    assert found and name in found[0]
    ppi = float(re.search(r"\((\d+) ppi\)", found[0]).group(1))  # type: ignore[union-attr]
    assert ppi < 150
    sharp = _with_photo(example, 1200)
    report = export_pdf(sharp, tmp_path / "sharp.pdf", build_options(page="A0", map=TALL))
    assert not [w for w in report.warnings if "pixels per inch" in w]


def test_the_cli_prints_the_warnings(example_path: Path, tmp_path: Path) -> None:
    from mapstudio.cli.export import run

    out, err = io.StringIO(), io.StringIO()
    code = run([str(example_path), "-o", str(tmp_path / "a4.pdf"), "--page", "A4"], out, err)
    assert code == 0
    assert "0.25 pt" in err.getvalue()


# -- font subsets -------------------------------------------------------------------------


def test_every_font_subset_has_its_own_tag(example: Project, tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    export_pdf(example, out, build_options(page="A1", tile="A4"), today=TODAY)
    names = {str(font["/BaseFont"]).lstrip("/") for font in fonts(PdfReader(out))}
    tags = [name.split("+")[0] for name in names]
    assert len(names) >= 3
    assert all(re.fullmatch(r"[A-Z]{6}", tag) for tag in tags), names
    assert len(set(tags)) == len(tags), names
    # The same export gives the same file.
    again = tmp_path / "again.pdf"
    export_pdf(example, again, build_options(page="A1", tile="A4"), today=TODAY)
    assert {str(f["/BaseFont"]) for f in fonts(PdfReader(again))} == {f"/{n}" for n in names}


# -- title block --------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["A3", "A4", "Letter"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_the_title_block_wraps_the_scenario_instead_of_cutting_it(
    example: Project, page: str, orientation: str
) -> None:
    for plan in plan_export(example, build_options(page=page, orientation=orientation)):
        lines = [line.text for line in plan.title.lines]
        assert not any(text.endswith("…") for text in lines), lines
        printed = " ".join(lines)
        assert " ".join(plan.journey_map.scenario.split()) in printed
