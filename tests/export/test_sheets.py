"""Spreadsheet round trip: export to CSV/XLSX and import back, merge by name, row problems
with row numbers, formula safety and the limits on untrusted sheets."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from mapstudio.export import ExportError
from mapstudio.export.sheets import csv_bytes, export_sheet, sheet_rows
from mapstudio.fileformat import sheets
from mapstudio.fileformat.sheet_common import SheetError
from mapstudio.fileformat.sheet_import import import_sheet, merge_sheet
from mapstudio.fileformat.sheets import (
    COLUMNS,
    RowProblem,
    escape_formula,
    lane_name,
    unescape_formula,
)
from mapstudio.fileformat.xlsx_reader import XlsxLimits
from mapstudio.model import (
    PERSONA_COLORS,
    Card,
    JourneyMap,
    LaneKind,
    Project,
    band_personas,
    blank_project,
    find_map,
    index_cells,
    integrity_problems,
)

ROOT = Path(__file__).resolve().parent.parent.parent
FORMATS = ("csv", "xlsx")
CARD_FIELDS = (
    "title",
    "body",
    "channel",
    "severity",
    "impact",
    "effort",
    "value",
    "target",
    "unit",
    "tags",
    "color",
    "evidence",
)


def _cards_by_cell(project: Project, journey_map: JourneyMap) -> dict[tuple[str, str, str], list]:
    """Each cell by names (persona, lane, stage) with its cards' fields in order."""
    personas = {p.id: p.name for p in project.personas}
    lanes = {ln.id: lane_name(ln) for ln in journey_map.lanes}
    stages = {s.id: s.name for s in journey_map.stages}
    return {
        (personas.get(key.persona_id or "", ""), lanes[key.lane_id], stages[key.stage_id]): [
            (card.order, *(getattr(card, f) for f in CARD_FIELDS)) for card in cards
        ]
        for key, cards in index_cells(journey_map).items()
    }


def _points(project: Project, journey_map: JourneyMap) -> list[tuple]:
    personas = {p.id: p.name for p in project.personas}
    stages = {s.id: s.name for s in journey_map.stages}
    return sorted(
        (personas[p.persona_id], stages[p.stage_id], p.offset, p.score, p.feeling, p.note)
        for p in journey_map.emotion_points
    )


def _write_csv(path: Path, header: list[str], rows: list[list[Any]], **kw: Any) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, **kw)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path


# -- round trip -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_then_import_gives_the_same_cards(
    fmt: str, example: Project, tmp_path: Path
) -> None:
    path = tmp_path / f"journey.{fmt}"
    rows = export_sheet(example, path)
    total = sum(len(m.cards) + len(m.emotion_points) for m in example.maps)
    assert rows == total

    result = import_sheet(path)
    assert result.problems == ()
    assert result.warnings == ()
    imported = result.project
    assert integrity_problems(imported) == []
    assert result.cards == sum(len(m.cards) for m in example.maps)
    assert result.emotion_points == sum(len(m.emotion_points) for m in example.maps)
    assert imported.title == "journey"
    assert [p.name for p in imported.personas] == [p.name for p in example.personas]
    assert [m.title for m in imported.maps] == [m.title for m in example.maps]
    for before, after in zip(example.maps, imported.maps, strict=True):
        assert [s.name for s in after.stages] == [s.name for s in before.stages]
        assert [(lane_name(ln), ln.kind, ln.scope) for ln in after.lanes] == [
            (lane_name(ln), ln.kind, ln.scope) for ln in before.lanes
        ]
        assert [p.name for p in band_personas(imported, after)] == [
            p.name for p in band_personas(example, before)
        ]
        assert _cards_by_cell(imported, after) == _cards_by_cell(example, before)
        assert _points(imported, after) == _points(example, before)
        assert after.emotion_scale == before.emotion_scale
    # And the sheet of the copy is the sheet of the original, row for row.
    assert sheet_rows(imported) == sheet_rows(example)


def test_one_map_can_be_exported_alone(example: Project, tmp_path: Path) -> None:
    future = example.maps[1]
    path = tmp_path / "future.csv"
    rows = export_sheet(example, path, [future.id])
    assert rows == len(future.cards) + len(future.emotion_points)
    result = import_sheet(path)
    assert [m.title for m in result.project.maps] == [future.title]


def test_csv_layout(example: Project) -> None:
    data = csv_bytes(sheet_rows(example))
    assert data.startswith(b"\xef\xbb\xbf"), "a BOM so Excel reads UTF-8"
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert "\r\n" in text
    first = next(csv.DictReader(io.StringIO(text)))
    assert first["map"] == example.maps[0].title
    assert first["kind"] == "card" and first["order"] == "0"


def test_xlsx_layout(example: Project, tmp_path: Path) -> None:
    path = tmp_path / "journey.xlsx"
    export_sheet(example, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert sheet.title == "Journey map"
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    numbers = {c.value for c in sheet["I"][1:] if c.value is not None}  # severity
    assert numbers and all(isinstance(v, int) for v in numbers), "numbers stay numbers"


def test_unknown_suffix_and_unknown_map_are_refused(example: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="csv"):
        export_sheet(example, tmp_path / "journey.ods")
    with pytest.raises(ExportError, match="no map"):
        export_sheet(example, tmp_path / "journey.csv", ["nope"])


def test_docs_example_sheets_match_the_example(example: Project) -> None:
    """docs/examples/journey.* come from scripts/make_templates.py; run it after changes."""
    csv_path = ROOT / "docs" / "examples" / "journey.csv"
    xlsx_path = ROOT / "docs" / "examples" / "journey.xlsx"
    if not csv_path.exists():
        pytest.skip("not run from a source checkout")
    assert csv_path.read_bytes() == csv_bytes(sheet_rows(example))
    assert sheet_rows(import_sheet(xlsx_path).project) == sheet_rows(example)


def test_docs_describe_every_column() -> None:
    doc = ROOT / "docs" / "spreadsheets.md"
    if not doc.exists():
        pytest.skip("not run from a source checkout")
    text = doc.read_text(encoding="utf-8")
    for column in COLUMNS:
        assert re.search(rf"^\| `{column}` \|", text, re.MULTILINE), column


# -- merge ------------------------------------------------------------------------------------

HEADER = ["persona", "stage", "lane", "title", "severity"]


def test_merge_matches_names_and_creates_missing_ones(example: Project, tmp_path: Path) -> None:
    current = example.maps[0]
    maya = example.personas[0]
    decision = next(s for s in current.stages if s.name == "Decision")
    pains = next(ln for ln in current.lanes if ln.kind is LaneKind.PAIN_POINTS)
    before = [
        c
        for c in current.cards
        if (c.persona_id, c.lane_id, c.stage_id) == (maya.id, pains.id, decision.id)
    ]
    sheet = _write_csv(
        tmp_path / "workshop.csv",
        HEADER,
        [
            # Names in another case and with extra spaces still match.
            [f"  {maya.name.upper()} ", " decision", "PAIN POINTS", "Coupon field hidden", 3],
            [maya.name, "Decision", "Pain points", "Totals jump at the last step", 4],
            ["Priya Shah", "Repair", "Workarounds", "Calls a friend to assemble it", ""],
        ],
    )
    result = merge_sheet(example, current.id, sheet)
    assert result.problems == ()
    assert result.cards == 3
    assert set(result.created) == {"persona 'Priya Shah'", "stage 'Repair'", "lane 'Workarounds'"}
    merged = find_map(result.project, current.id)
    assert integrity_problems(result.project) == []
    # Nothing else changed: the other map, the old cards and the old structure stay.
    assert result.project.maps[1] == example.maps[1]
    assert merged.cards[: len(current.cards)] == current.cards
    assert merged.stages[: len(current.stages)] == current.stages
    assert [s.name for s in merged.stages][-1] == "Repair"
    cell = [
        c
        for c in merged.cards
        if (c.persona_id, c.lane_id, c.stage_id) == (maya.id, pains.id, decision.id)
    ]
    cell.sort(key=lambda c: c.order)
    assert [c.title for c in cell] == [c.title for c in before] + [
        "Coupon field hidden",
        "Totals jump at the last step",
    ], "new cards go below the cell's cards"
    assert [c.order for c in cell] == list(range(len(cell)))
    assert [c.severity for c in cell[-2:]] == [3, 4]
    priya = next(p for p in result.project.personas if p.name == "Priya Shah")
    assert merged.bands == (*current.bands, priya.id)
    lane = next(ln for ln in merged.lanes if ln.title == "Workarounds")
    assert lane.kind is LaneKind.NOTES
    assert any("Workarounds" in w and "Notes" in w for w in result.warnings)


def test_merge_guesses_the_kind_of_a_new_lane(tmp_path: Path) -> None:
    project = blank_project()
    map_id = project.maps[0].id
    sheet = _write_csv(
        tmp_path / "more.csv",
        ["persona", "stage", "lane", "title", "impact", "effort", "value", "target"],
        [
            ["Persona 1", "Awareness", "Ideas", "Referral bonus", 4, 2, "", ""],
            ["", "Awareness", "Metrics", "Reach", "", "", "12000", "15000"],
        ],
    )
    result = merge_sheet(project, map_id, sheet)
    assert result.problems == ()
    lanes = {ln.title: ln for ln in find_map(result.project, map_id).lanes}
    assert lanes["Ideas"].kind is LaneKind.OPPORTUNITIES
    assert lanes["Metrics"].kind is LaneKind.KPIS
    assert lanes["Metrics"].scope.value == "shared"


def test_merge_into_one_persona_map_needs_no_persona_column(tmp_path: Path) -> None:
    project = blank_project()
    map_id = project.maps[0].id
    sheet = _write_csv(
        tmp_path / "s.csv", ["stage", "lane", "title"], [["Decision", "Actions", "Pays"]]
    )
    result = merge_sheet(project, map_id, sheet)
    (card,) = find_map(result.project, map_id).cards
    assert card.persona_id == project.personas[0].id


def test_merge_into_a_missing_map_is_refused(example: Project, tmp_path: Path) -> None:
    sheet = _write_csv(tmp_path / "s.csv", ["stage", "title"], [["Decision", "x"]])
    with pytest.raises(SheetError):
        merge_sheet(example, "nope", sheet)


# -- row problems ---------------------------------------------------------------------------------


def test_bad_rows_are_reported_with_row_numbers_and_the_rest_imported(tmp_path: Path) -> None:
    header = ["persona", "stage", "lane", "title", "severity", "channel", "score", "kind", "value"]
    rows = [
        ["Maya", "Search", "Pain points", "Slow filters", "3", "", "", "", ""],  # row 2: fine
        ["Maya", "Search", "Pain points", "Too slow", "7", "", "", "", ""],  # row 3
        ["Maya", "Search", "Touchpoints", "Fax", "", "fax", "", "", ""],  # row 4
        ["Maya", "", "Actions", "No stage", "", "", "", "", ""],  # row 5
        ["Maya", "Search", "", "", "", "", "-2", "emotion", ""],  # row 6: fine
        ["Maya", "Search", "", "", "", "", "9", "emotion", ""],  # row 7
        ["", "", "", "", "", "", "", "", ""],  # row 8: empty, skipped silently
        ["Maya", "Search", "KPIs", "Conversion", "", "", "", "", "lots"],  # row 9
        ["Maya", "Search", "Pain points", "Half", "2.5", "", "", "", ""],  # row 10
        ["Maya", "Search", "Actions", "Filters by price", "", "", "", "", ""],  # row 11: fine
        ["Maya", "Search", "Emotions", "A card in the curve", "", "", "", "card", ""],  # row 12
    ]
    result = import_sheet(_write_csv(tmp_path / "research.csv", header, rows))
    problems = {p.row_number: p.message for p in result.problems}
    assert set(problems) == {3, 4, 5, 7, 9, 10, 12}
    assert problems[3] == "severity must be a whole number from 1 to 5"
    assert problems[4].startswith("channel 'fax' is not one of: web, app, email")
    assert problems[5] == "the stage is empty"
    assert problems[7] == "score must be a whole number from -2 to 2"
    assert problems[9] == "value must be a number, like 41 or 4.5"
    assert problems[10] == "severity must be a whole number from 1 to 5"
    assert "holds the emotion curve, not cards" in problems[12]
    assert str(result.problems[0]) == "row 3: severity must be a whole number from 1 to 5"
    assert result.cards == 2 and result.emotion_points == 1
    (journey_map,) = result.project.maps
    assert sorted(c.title for c in journey_map.cards) == ["Filters by price", "Slow filters"]
    assert journey_map.emotion_points[0].score == -2
    assert integrity_problems(result.project) == []


def test_several_reasons_of_one_row_are_all_given(tmp_path: Path) -> None:
    sheet = _write_csv(
        tmp_path / "s.csv",
        ["stage", "lane", "impact", "effort", "color"],
        [["Buy", "Opportunities", "high", "0", "red"]],
    )
    (problem,) = import_sheet(sheet).problems
    assert problem.row_number == 2
    assert "impact must be a whole number from 1 to 5" in problem.message
    assert "effort must be a whole number from 1 to 5" in problem.message
    assert "color must look like #4C78A8" in problem.message


def test_a_persona_lane_needs_a_persona_when_there_are_several(tmp_path: Path) -> None:
    sheet = _write_csv(
        tmp_path / "s.csv",
        ["persona", "stage", "lane", "title"],
        [
            ["Ann", "Buy", "Actions", "a"],
            ["Bob", "Buy", "Actions", "b"],
            ["", "Buy", "Actions", "c"],
        ],
    )
    result = import_sheet(sheet)
    assert [(p.row_number, p.message) for p in result.problems] == [
        (4, "a card in the 'Actions' lane belongs to a persona; fill in the persona column")
    ]


def test_too_long_cells_are_row_problems(tmp_path: Path) -> None:
    sheet = _write_csv(
        tmp_path / "s.csv",
        ["stage", "lane", "title", "body"],
        [
            ["Buy", "Notes", "x" * 201, ""],
            ["Buy", "Notes", "ok", "y" * 5001],
            ["Buy", "Notes", "fine", ""],
        ],
    )
    result = import_sheet(sheet)
    messages = [str(p) for p in result.problems]
    assert messages == [
        "row 2: title is longer than 200 characters (201)",
        "row 3: body is longer than 5,000 characters (5,001)",
    ]
    assert result.cards == 1


def test_rows_beyond_the_cap_are_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "MAX_ROWS", 5)
    sheet = _write_csv(
        tmp_path / "s.csv",
        ["stage", "lane", "title"],
        [["Buy", "Notes", f"n{i}"] for i in range(9)],
    )
    result = import_sheet(sheet)
    assert result.cards == 5
    (problem,) = result.problems
    assert problem.row_number == 7
    assert "at most 5 rows" in problem.message


# -- untrusted input ------------------------------------------------------------------------


def test_semicolons_bom_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "excel-de.csv"
    text = "\ufeffStage;Lane;Title;Value;Target;Unit\r\nKauf;KPIs;Conversion;4,5;6,25;%\r\n"
    path.write_bytes(text.encode("utf-8"))
    result = import_sheet(path)
    assert result.problems == ()
    (card,) = result.project.maps[0].cards
    assert (card.title, card.value, card.target, card.unit) == ("Conversion", 4.5, 6.25, "%")


def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes("stage,lane,title\r\nDécision,Notes,Café\r\n".encode("cp1252"))
    result = import_sheet(path)
    assert result.project.maps[0].cards[0].title == "Café"
    assert any("Windows-1252" in w for w in result.warnings)


def test_tab_separated_and_unknown_columns(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    path.write_text(
        "Stage\tLane kind\tTitle\tOwner\nBuy\tpain points\tSlow\tAnna\n", encoding="utf-8"
    )
    result = import_sheet(path)
    (card,) = result.project.maps[0].cards
    assert card.title == "Slow"
    assert result.project.maps[0].lanes[0].kind is LaneKind.PAIN_POINTS
    assert [p.name for p in result.project.personas] == ["Persona 1"]
    assert any("new persona 'Persona 1'" in w for w in result.warnings)
    assert any("'Owner'" in w and "ignored" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"name,age\nann,3\n", "must name the columns"),
        (b"title,lane\nx,Notes\n", "no 'stage' column"),
        (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "Excel 97"),
        (b"PK\x03\x04 not really a zip", "not an Excel workbook"),
    ],
)
def test_sheets_that_cannot_be_read_say_why(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(SheetError, match=message):
        import_sheet(path)


def test_too_large_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "MAX_SHEET_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text("stage,title\n" + "Buy,x\n" * 50, encoding="utf-8")
    with pytest.raises(SheetError, match="MB"):
        import_sheet(path)


def test_a_zip_bomb_is_refused_before_openpyxl_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, example: Project
) -> None:
    path = tmp_path / "journey.xlsx"
    export_sheet(example, path)
    monkeypatch.setattr(sheets, "XLSX_LIMITS", XlsxLimits(unpacked_bytes=1000))
    with pytest.raises(SheetError, match="unpacks to"):
        import_sheet(path)


# -- formulas --------------------------------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://example.com","click")',
    "+1+2",
    "-3 days of delay",
    "@SUM(A1:A9)",
    "'=already quoted",
    "'plain apostrophe",
    "'",
]


def test_escape_and_unescape_are_exact() -> None:
    for text in [*FORMULAS, "", "ok", "==", "''=x", "a=b"]:
        assert unescape_formula(escape_formula(text)) == text, text
    assert escape_formula("=1+1") == "'=1+1"
    assert escape_formula("plain") == "plain"
    assert escape_formula("'plain") == "'plain"


def _formula_project() -> Project:
    project = blank_project()
    journey_map = project.maps[0]
    notes = next(ln for ln in journey_map.lanes if ln.kind is LaneKind.BACKSTAGE)
    cards = tuple(
        Card(lane_id=notes.id, stage_id=journey_map.stages[0].id, order=i, title=text, body=text)
        for i, text in enumerate(FORMULAS)
    )
    return project.model_copy(update={"maps": (journey_map.model_copy(update={"cards": cards}),)})


@pytest.mark.parametrize("fmt", FORMATS)
def test_formula_like_text_round_trips_literally_and_is_escaped(fmt: str, tmp_path: Path) -> None:
    project = _formula_project()
    path = tmp_path / f"formulas.{fmt}"
    export_sheet(project, path)
    if fmt == "csv":
        text = path.read_text(encoding="utf-8-sig")
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    else:
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.worksheets[0]
        assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row), "no formula cell"
        cells = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@")), cell
    assert '\'=HYPERLINK("http://example.com","click")' in cells
    titles = [c.title for c in import_sheet(path).project.maps[0].cards]
    assert titles == FORMULAS


def test_a_formula_typed_in_excel_is_imported_as_its_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["stage", "lane", "title", "value"])
    sheet.append(["Buy", "KPIs", "=1+1", "=2*21"])
    sheet.append(["Buy", "KPIs", "Real number", 42])
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    result = import_sheet(path)
    assert [p.row_number for p in result.problems] == [2]
    assert result.problems[0].message == "value must be a number, like 41 or 4.5"
    (card,) = result.project.maps[0].cards
    assert (card.title, card.value) == ("Real number", 42.0)
    sheet = workbook.active
    sheet["D2"] = None
    workbook.save(path)
    titles = [c.title for c in import_sheet(path).project.maps[0].cards]
    assert "=1+1" in titles, "never evaluated, kept as text"


def test_row_problem_reads_as_a_sentence() -> None:
    assert str(RowProblem(14, "severity must be a whole number from 1 to 5")) == (
        "row 14: severity must be a whole number from 1 to 5"
    )


def test_new_map_takes_a_five_point_scale(tmp_path: Path) -> None:
    sheet = _write_csv(
        tmp_path / "s.csv",
        ["persona", "stage", "score", "feeling"],
        [["Ann", "Buy", 1, "Sad"], ["Ann", "Use", 5, "Happy"]],
    )
    result = import_sheet(sheet)
    assert result.problems == ()
    scale = result.project.maps[0].emotion_scale
    assert (scale.min, scale.max) == (1, 5)
    assert integrity_problems(result.project) == []


def test_a_persona_created_by_a_merge_gets_a_colour_no_persona_has(tmp_path: Path) -> None:
    """The same colour rule as the window's Add Persona: a one-persona project whose
    persona wears the palette's second colour must not get that colour twice."""
    project = blank_project()
    taken = PERSONA_COLORS[1]
    project = project.model_copy(
        update={"personas": (project.personas[0].model_copy(update={"color": taken}),)}
    )
    map_id = project.maps[0].id
    sheet = _write_csv(
        tmp_path / "s.csv",
        ["persona", "stage", "lane", "title"],
        [["Newcomer", "Decision", "Actions", "Pays"]],
    )
    result = merge_sheet(project, map_id, sheet)
    colours = [persona.color.upper() for persona in result.project.personas]
    assert len(colours) == 2
    assert len(set(colours)) == 2, colours
