"""`mapstudio export FILE -o OUT.pdf`: options, summary line, plain errors, exit status, no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mapstudio.cli.main import main
from mapstudio.model.types import MAX_MAPS

MM = 72 / 25.4


def export(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main(["export", *(str(a) for a in args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_exports_every_map_and_prints_a_summary(
    capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "poster.pdf"
    status, stdout, stderr = export(capsys, example_path, "-o", out, "--page", "A0")
    assert status == 0, stderr
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    line = stdout.strip()
    assert line.count("\n") == 0
    assert "2 pages" in line and "A0" in line and "scale" in line and "smallest text" in line


def test_all_options(
    capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tiles.pdf"
    status, stdout, stderr = export(
        capsys,
        example_path,
        "-o",
        out,
        "--map",
        "Current state",
        "--page",
        "A2",
        "--orientation",
        "portrait",
        "--fit",
        "page",
        "--tile",
        "A4",
        "--overlap",
        "12mm",
        "--margin",
        "5mm",
        "--bleed",
        "3mm",
        "--crop-marks",
        "--grayscale",
        "--format",
        "pdf",
    )
    assert status == 0, stderr
    assert "tiled on" in stdout
    reader = PdfReader(out)
    assert len(reader.pages) > 2
    assert "Assembly guide" in reader.pages[0].extract_text()


def test_template(capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "template.pdf"
    status, _stdout, _stderr = export(
        capsys, example_path, "-o", out, "--template", "--map", "Current state", "--page", "A0"
    )
    assert status == 0
    assert "template" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--page", "Q7"), "Unknown page size"),
        (("--tile", "A4", "--overlap", "300mm"), "overlap"),
        (("--bleed", "3furlongs"), "unit"),
        (("--map", "Nope"), "no map called"),
        (("--page", "A5", "--fit", "scale:500"), "most that fits"),
        (("--page", "A0", "--tile", "A0"), "nothing to tile"),
    ],
)
def test_errors_are_plain_and_exit_1(
    capsys: pytest.CaptureFixture[str],
    example_path: Path,
    tmp_path: Path,
    args: tuple[str, ...],
    words: str,
) -> None:
    out = tmp_path / "x.pdf"
    status, _stdout, stderr = export(capsys, example_path, "-o", out, *args)
    assert status == 1
    assert words in stderr
    assert "Traceback" not in stderr
    assert not out.exists()


def test_unloadable_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.mapstudio"
    bad.write_text("{not json", encoding="utf-8")
    status, _stdout, stderr = export(capsys, bad, "-o", tmp_path / "x.pdf")
    assert status == 1
    assert "cannot open" in stderr and "Traceback" not in stderr


def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], example_path: Path, tmp_path: Path
) -> None:
    assert export(capsys, example_path)[0] == 2  # no -o
    assert export(capsys, example_path, "-o", tmp_path / "x.docx")[0] == 2
    assert export(capsys, example_path, "-o", tmp_path / "x.pdf", "--orientation", "up")[0] == 2


def test_runs_without_qt(example_path: Path, tmp_path: Path, log_dir: Path) -> None:
    out = tmp_path / "noqt.pdf"
    script = (
        "import sys\n"
        "from mapstudio.cli.main import main\n"
        f"status = main(['export', {str(example_path)!r}, '-o', {str(out)!r}, '--page', 'A3'])\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print('QT', qt)\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "MAPSTUDIO_LOG_DIR": str(log_dir)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "QT []" in done.stdout
    assert out.exists()


def test_sheet_formats_write_every_card_and_point(
    capsys, example_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.fileformat import load_project
    from mapstudio.fileformat.sheet_import import import_sheet

    project = load_project(example_path).project
    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"cards.{suffix}"
        status, out, _err = export(capsys, example_path, "-o", target, "--map", "Current state")
        assert status == 0, _err
        current = project.maps[0]
        assert f"{len(current.cards) + len(current.emotion_points)} rows" in out
        back = import_sheet(target)
        titles = sorted(c.title for m in back.project.maps for c in m.cards)
        assert titles == sorted(c.title for c in current.cards)


def test_picture_formats_write_png_and_svg(capsys, example_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    png = tmp_path / "map.png"
    status, out, _err = export(
        capsys, example_path, "-o", png, "--map", "Future state", "--dpi", "72"
    )
    assert status == 0, _err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "px at 72 dpi" in out
    svg = tmp_path / "map.svg"
    status, out, _err = export(capsys, example_path, "-o", svg)
    assert status == 0
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "a picture shows one map" in _err


def test_unknown_map_and_unknown_suffix_are_explained(
    capsys, example_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    status, _out, err = export(capsys, example_path, "-o", tmp_path / "x.csv", "--map", "Nope")
    assert status == 1 and "no map called" in err


def _photo_marks(pdf: Path, folder: Path) -> tuple[int, str]:
    """How many poster markers a render of the first page shows, and its code's text."""
    import cv2

    from mapstudio.photo import vision

    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "-gray", "-png", pdf,
         folder / "page"],
        check=True,
        timeout=120,
    )  # fmt: skip
    image = cv2.imread(str(folder / "page.png"), cv2.IMREAD_GRAYSCALE)
    markers = vision.find_markers(image)
    return len(markers), vision.read_code(image, markers)


@pytest.mark.skipif(
    subprocess.run(["which", "pdftoppm"], capture_output=True).returncode != 0,
    reason="needs poppler's pdftoppm",
)
def test_photo_marks_are_printed_unless_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The blank template as a workshop prints it: markers and code by default (and with
    --photo-marks, which scripts written for the opt-in keep passing), none with
    --no-photo-marks."""
    from mapstudio.resources import as_file, resource

    with as_file(resource("templates", "blank.mapstudio")) as template:
        for flags, marked in (([], True), (["--photo-marks"], True), (["--no-photo-marks"], False)):
            out = tmp_path / f"template{len(flags)}{marked}.pdf"
            args = [template, "-o", out, "--page", "A3", "--template", *flags]
            status, _stdout, stderr = export(capsys, *args)
            assert status == 0, stderr
            folder = tmp_path / out.stem
            folder.mkdir()
            count, code = _photo_marks(out, folder)
            if marked:
                assert count >= 12 and code.startswith("MS2/"), (flags, count, code)
            else:
                assert (count, code) == (0, ""), flags
        status, _stdout, stderr = export(
            capsys, template, "-o", tmp_path / "x.pdf", "--photo-marks", "--no-photo-marks"
        )
    assert status == 2 and "not allowed with" in stderr


def test_maps_beyond_the_limit_are_not_left_out_quietly(
    capsys: pytest.CaptureFixture[str], beyond_the_map_limit: Path, tmp_path: Path
) -> None:
    out = tmp_path / "poster.pdf"
    status, _stdout, stderr = export(capsys, beyond_the_map_limit, "-o", out, "--page", "A3")
    assert status == 0, stderr
    assert len(PdfReader(out).pages) == MAX_MAPS
    assert f"warning: The project had {MAX_MAPS + 3} maps, more than the {MAX_MAPS}" in stderr


def test_a_sheet_export_says_what_it_left_out_beyond_the_limits(
    capsys: pytest.CaptureFixture[str], beyond_the_map_limit: Path, tmp_path: Path
) -> None:
    """Like the PDF: a CSV of a file that held more maps names the maps not in it."""
    status, stdout, stderr = export(capsys, beyond_the_map_limit, "-o", tmp_path / "all.csv")
    assert status == 0, stderr
    assert f"from {MAX_MAPS} map(s)" in stdout
    assert f"warning: The project had {MAX_MAPS + 3} maps, more than the {MAX_MAPS}" in stderr
