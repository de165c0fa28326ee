"""`mapstudio import SHEET -o PROJECT [--into PROJECT --map NAME]`."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.cli.main import main
from mapstudio.export.sheets import export_sheet
from mapstudio.fileformat import load_project, save_project
from mapstudio.model import Project, blank_project, integrity_problems


@pytest.fixture
def example(example_path: Path) -> Project:
    return load_project(example_path).project


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """Notes typed back in after a workshop: one good row, one with a bad severity."""
    path = tmp_path / "workshop.csv"
    path.write_text(
        "persona,stage,lane,title,severity\n"
        "Maya Okafor,Decision,Pain points,Coupon field is hidden,3\n"
        "Maya Okafor,Decision,Pain points,Everything,11\n",
        encoding="utf-8",
    )
    return path


def test_import_makes_a_new_project(
    example: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "journey.xlsx"
    export_sheet(example, sheet)
    out_path = tmp_path / "copy.mapstudio"
    assert main(["import", str(sheet), "-o", str(out_path)]) == 0
    out = capsys.readouterr().out
    cards = sum(len(m.cards) for m in example.maps)
    assert f"{cards} cards" in out and "as a new project" in out
    project = load_project(out_path).project
    assert integrity_problems(project) == []
    assert sum(len(m.cards) for m in project.maps) == cards


def test_import_into_a_map_by_name_reports_bad_rows(
    example: Project, tmp_path: Path, workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_path = tmp_path / "shop.mapstudio"
    save_project(example, project_path)
    future = example.maps[1]
    args = ["import", str(workshop), "--into", str(project_path), "--map", "future STATE"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "into map 'Future state': 1 card" in out
    assert "row 3: severity must be a whole number from 1 to 5" in out
    merged = load_project(project_path).project
    assert len(merged.maps[1].cards) == len(future.cards) + 1
    assert merged.maps[0] == example.maps[0]
    assert project_path.with_name("shop.mapstudio.bak").exists(), "the old file is kept"


def test_import_into_writes_elsewhere_with_output(
    example: Project, tmp_path: Path, workshop: Path
) -> None:
    project_path = tmp_path / "shop.mapstudio"
    save_project(example, project_path)
    before = project_path.read_bytes()
    out_path = tmp_path / "shop-v2.mapstudio"
    assert main(["import", str(workshop), "--into", str(project_path), "-o", str(out_path)]) == 0
    assert project_path.read_bytes() == before
    assert len(load_project(out_path).project.maps[0].cards) == len(example.maps[0].cards) + 1


def test_strict_writes_nothing_when_a_row_is_bad(
    tmp_path: Path, workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "new.mapstudio"
    assert main(["import", str(workshop), "-o", str(out_path), "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err
    assert not out_path.exists()


def test_unknown_map_lists_the_maps(
    example: Project, tmp_path: Path, workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_path = tmp_path / "shop.mapstudio"
    save_project(example, project_path)
    assert main(["import", str(workshop), "--into", str(project_path), "--map", "Q3"]) == 1
    err = capsys.readouterr().err
    assert "no map called 'Q3'" in err and "'Current state'" in err


def test_existing_output_is_not_replaced_without_force(
    tmp_path: Path, workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "taken.mapstudio"
    save_project(blank_project(), out_path)
    before = out_path.read_bytes()
    assert main(["import", str(workshop), "-o", str(out_path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out_path.read_bytes() == before
    assert main(["import", str(workshop), "-o", str(out_path), "--force"]) == 0


def test_a_file_that_is_not_a_sheet_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "photo.csv"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert main(["import", str(bogus), "-o", str(tmp_path / "x.mapstudio")]) == 1
    assert "mapstudio import:" in capsys.readouterr().err
    assert not (tmp_path / "x.mapstudio").exists()


def test_usage_errors(tmp_path: Path, workshop: Path) -> None:
    assert main(["import", str(workshop)]) == 2, "no -o and no --into"
    assert main(["import", str(workshop), "-o", str(tmp_path / "a"), "--map", "x"]) == 2


def test_a_workbook_past_a_limit_is_refused_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workbook whose sheet says it has a million rows is refused before a row is read."""
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["stage", "lane", "title"])
    book.active.append(["Buy", "Notes", "Slow"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(hostile, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'ref="A1:C2"', b'ref="A1:C1048576"')
                assert b"C1048576" in data
            target.writestr(info, data)
    out_path = tmp_path / "out.mapstudio"
    assert main(["import", str(hostile), "-o", str(out_path)]) == 1
    err = capsys.readouterr().err
    assert "hostile.xlsx" in err and "200,000 rows" in err and "Traceback" not in err
    assert not out_path.exists()


def test_import_into_a_file_beyond_the_limits_does_not_write_over_it(
    beyond_the_map_limit: Path, workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file of a version that held more (more maps than this one keeps) is merged into
    only as a new file: written back in place it would lose what this version leaves out."""
    before = beyond_the_map_limit.read_bytes()
    assert main(["import", str(workshop), "--into", str(beyond_the_map_limit)]) == 1
    err = capsys.readouterr().err
    assert "holds more than this version of mapstudio keeps" in err
    assert "-o" in err  # what to do instead
    assert beyond_the_map_limit.read_bytes() == before
    assert not beyond_the_map_limit.with_name(beyond_the_map_limit.name + ".bak").exists()

    # Into a new file it goes, with the note of what was left out.
    out_path = tmp_path / "first part.mapstudio"
    args = ["import", str(workshop), "--into", str(beyond_the_map_limit), "-o", str(out_path)]
    assert main(args) == 0
    assert "more than the" in capsys.readouterr().err
    assert beyond_the_map_limit.read_bytes() == before
    assert load_project(out_path).beyond_limits == ()
