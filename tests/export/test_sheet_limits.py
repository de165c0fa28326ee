"""Hostile spreadsheets: small files that ask for huge work are refused with a typed error
naming the limit, CSV files of any line ending and line length are read, and nothing a
sheet holds ends in an untyped error (issue 12, findings 6 and 8).

The headline attacks run in a child process with the real limits, a memory cap and a
timeout: the reader they prove safe would blow one of those if it were unbounded. The
other limits are checked in-process with small limits on small workbooks.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.export.sheets import export_sheet
from mapstudio.fileformat import sheets
from mapstudio.fileformat.sheet_common import SheetError, SheetLimitError, UnsafeSheetError
from mapstudio.fileformat.sheet_import import import_sheet
from mapstudio.fileformat.sheets import read_table
from mapstudio.fileformat.xlsx_reader import XlsxLimits
from mapstudio.model import Project

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CONTENT_TYPES = (
    DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{SPREADSHEETML}.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    f'ContentType="{SPREADSHEETML}.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    f'ContentType="{SPREADSHEETML}.sharedStrings+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{SPREADSHEETML}.styles+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    f'{DECLARATION}<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
    f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'{DECLARATION}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
    '<sheet name="Cards" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'{DECLARATION}<Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>'
)
STYLES = (
    f'{DECLARATION}<styleSheet xmlns="{MAIN}"><cellXfs count="1"><xf numFmtId="0"/>'
    "</cellXfs></styleSheet>"
)
SHARED_STRINGS = f'{DECLARATION}<sst xmlns="{MAIN}"><si><t>Pay</t></si></sst>'
HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>stage</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>title</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>lane</t></is></c></row>'
)
CARD_ROW = (
    '<row r="2"><c r="A2" t="s"><v>0</v></c>'
    '<c r="B2" t="inlineStr"><is><t>Slow checkout</t></is></c>'
    '<c r="C2" t="inlineStr"><is><t>Notes</t></is></c></row>'
)

Part = str | Iterable[str]


class Pieces:
    """Text made piece by piece, again each time it is read (cases are reused)."""

    def __init__(self, make: Callable[[], Iterator[str]]) -> None:
        self.make = make

    def __iter__(self) -> Iterator[str]:
        return self.make()


def sheet(rows: Iterable[str] = (CARD_ROW,), head: str = "", tail: str = "") -> Pieces:
    """A worksheet part: `head` before the rows (a dimension, say), then the header row,
    `rows` and `tail` after the rows (merged cells, links)."""

    def make() -> Iterator[str]:
        yield f'{DECLARATION}<worksheet xmlns="{MAIN}">{head}<sheetData>{HEADER}'
        yield from rows
        yield f"</sheetData>{tail}</worksheet>"

    return Pieces(make)


def repeated(text: str, count: int, chunk: int = 1 << 16) -> Pieces:
    """`text` `count` times, in pieces, so that huge parts are never whole in memory."""

    def make() -> Iterator[str]:
        block = text * chunk
        for _ in range(count // chunk):
            yield block
        yield text * (count % chunk)

    return Pieces(make)


def write_workbook(path: Path, **parts: Part) -> Path:
    """An .xlsx with a card sheet, some parts replaced: keys are zip names with '/'
    written as '__' and '.' as '_' ('xl__styles_xml'), or the names below."""
    names = {
        "content_types": "[Content_Types].xml",
        "package_rels": "_rels/.rels",
        "workbook": "xl/workbook.xml",
        "workbook_rels": "xl/_rels/workbook.xml.rels",
        "styles": "xl/styles.xml",
        "shared_strings": "xl/sharedStrings.xml",
        "sheet": "xl/worksheets/sheet1.xml",
    }
    contents: dict[str, Part] = {
        "content_types": CONTENT_TYPES,
        "package_rels": PACKAGE_RELS,
        "workbook": WORKBOOK,
        "workbook_rels": WORKBOOK_RELS,
        "styles": STYLES,
        "shared_strings": SHARED_STRINGS,
        "sheet": sheet(),
    }
    contents.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for key, content in contents.items():
            name = names.get(key) or key.replace("__", "/").replace("_xml", ".xml")
            with archive.open(name, "w", force_zip64=True) as out:
                for piece in [content] if isinstance(content, str) else content:
                    out.write(piece.encode("utf-8"))
    return path


def test_the_test_workbook_imports(tmp_path: Path) -> None:
    result = import_sheet(write_workbook(tmp_path / "ok.xlsx"))
    ((card, stage),) = [(c, s) for m in result.project.maps for c in m.cards for s in m.stages]
    assert (card.title, stage.name) == ("Slow checkout", "Pay")


# -- the attacks of the review, with the real limits -----------------------------------------

# The child imports the sheet with the memory it may use capped; it prints what it got.
CHILD = """
import resource, sys
cap = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from mapstudio.fileformat.sheet_import import import_sheet
try:
    import_sheet(sys.argv[1])
except BaseException as exc:
    print(type(exc).__name__, getattr(exc, "limit", "-"), str(exc), sep="|")
else:
    print("imported|-|")
"""
MEMORY_CAP = 1536 * 1024 * 1024
TIMEOUT = 90.0  # seconds; the old reader took minutes on each of these


def import_in_child(path: Path) -> tuple[str, str, str]:
    """(error type, limit, message) of importing `path` in a capped child process."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(MEMORY_CAP)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    kind, limit, message = (done.stdout.strip().splitlines() or ["||"])[-1].split("|", 2)
    return kind, limit, message


def shared_strings_bomb(path: Path) -> Path:
    # Twenty million empty strings: 100 MB of XML in a zip of a few hundred kB.
    items = repeated("<si/>", 20_000_000)
    head = f'{DECLARATION}<sst xmlns="{MAIN}">'
    return write_workbook(path, shared_strings=[head, *items, "</sst>"])


def styles_bomb(path: Path) -> Path:
    # A million and a half cell styles, under the part size limit.
    xfs = repeated("<xf/>", 1_500_000)
    return write_workbook(
        path,
        styles=[
            f'{DECLARATION}<styleSheet xmlns="{MAIN}"><cellXfs>',
            *xfs,
            "</cellXfs></styleSheet>",
        ],
    )


def all_columns(path: Path) -> Path:
    # 16,384 columns (all Excel has) in 1,500 rows: 24 million cells, 100 MB of XML.
    row = "<row>" + "<c><v>1</v></c>" * 16_384 + "</row>"
    return write_workbook(path, sheet=sheet(repeated(row, 1_500, chunk=8)))


def blank_rows(path: Path) -> Path:
    # 500 MiB of blank rows.
    return write_workbook(path, sheet=sheet(repeated("<row/>", 500 * 1024 * 1024 // 6)))


def entity_amplification(path: Path) -> Path:
    # Each reference expands 83-fold, under expat's 100-fold guard: 3 GB of text.
    entity = "x" * 250
    refs = "&a;" * 20
    head = (
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "{entity}">]>'
        f'<sst xmlns="{MAIN}"><si><t>Pay</t></si>'
    )
    return write_workbook(
        path, shared_strings=[head, *repeated(f"<si><t>{refs}</t></si>", 600_000), "</sst>"]
    )


@pytest.mark.parametrize(
    ("attack", "kind", "limit", "words"),
    [
        (shared_strings_bomb, "SheetLimitError", "shared strings", "1,000,000 shared strings"),
        (styles_bomb, "SheetLimitError", "style records", "100,000 style records"),
        (all_columns, "SheetLimitError", "columns", "1,024 columns"),
        (blank_rows, "SheetLimitError", "rows", "200,000 rows"),
        (entity_amplification, "UnsafeSheetError", "-", "declares a document type"),
    ],
)
def test_small_workbooks_that_ask_for_huge_work_are_refused(
    attack, kind: str, limit: str, words: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = attack(tmp_path / "hostile.xlsx")
    assert path.stat().st_size < 3 * 1024 * 1024, "the attack is a small file"
    got_kind, got_limit, message = import_in_child(path)
    assert (got_kind, got_limit) == (kind, limit), message
    assert words in message and path.name in message


# -- every limit, small ---------------------------------------------------------------------


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set some XLSX limits for the test: small_limits(sheet_rows=10)."""

    def set_limits(**limits: int) -> None:
        monkeypatch.setattr(sheets, "XLSX_LIMITS", dataclasses.replace(XlsxLimits(), **limits))

    return set_limits


def refused(path: Path) -> SheetLimitError:
    with pytest.raises(SheetLimitError) as caught:
        read_table(path)
    assert path.name in str(caught.value)
    return caught.value


# (small limits, parts of a workbook that pass one of them, the limit's name)
LIMIT_CASES: list[tuple[dict[str, int], dict[str, Part], str]] = [
    ({"sheet_rows": 50}, {"sheet": sheet(repeated("<row/>", 100))}, "rows"),
    ({"sheet_rows": 50}, {"sheet": sheet(head='<dimension ref="A1:B900"/>')}, "rows"),
    ({"sheet_rows": 50}, {"sheet": sheet(['<row r="2"/>'] * 60)}, "rows"),  # r repeated
    ({"sheet_columns": 20}, {"sheet": sheet(head='<dimension ref="A1:AA2"/>')}, "columns"),
    ({"sheet_columns": 20}, {"sheet": sheet(['<row><c r="AA3"/></row>'])}, "columns"),
    ({"sheet_columns": 20}, {"sheet": sheet(["<row>" + "<c/>" * 21 + "</row>"])}, "columns"),
    ({"sheet_cells": 30}, {"sheet": sheet(["<row>" + "<c/>" * 10 + "</row>"] * 3)}, "cells"),
    ({"sheet_elements": 30}, {"sheet": sheet(["<row><c><v>1</v></c></row>"] * 11)}, "elements"),
    (
        {"sheet_other_elements": 30},
        {"sheet": sheet(tail="<mergeCells>" + '<mergeCell ref="A1:B1"/>' * 40 + "</mergeCells>")},
        "elements besides cells",
    ),
    (
        {"shared_strings": 3},
        {"shared_strings": [f'<sst xmlns="{MAIN}">', "<si/>" * 4, "</sst>"]},
        "shared strings",
    ),
    (
        {"shared_strings": 3},
        {"shared_strings": f'<sst xmlns="{MAIN}" uniqueCount="9"><si><t>Pay</t></si></sst>'},
        "shared strings",
    ),
    (
        {"shared_string_chars": 100},
        {
            "shared_strings": (
                f'<sst xmlns="{MAIN}"><si><t>Pay</t></si><si><t>{"x" * 101}</t></si></sst>'
            )
        },
        "shared string characters",
    ),
    (
        {"shared_string_elements": 10},
        {
            "shared_strings": f'<sst xmlns="{MAIN}"><si><t>Pay</t></si>'
            + "<si><r><t>a</t></r></si>" * 4
            + "</sst>"
        },
        "elements",
    ),
    (
        {"part_elements": 20},
        {"styles": f'<styleSheet xmlns="{MAIN}">' + "<font/>" * 21 + "</styleSheet>"},
        "style records",
    ),
    (
        {"part_elements": 20},
        {
            "workbook": WORKBOOK.replace(
                "</workbook>",
                "<definedNames>"
                + '<definedName name="a">A1</definedName>' * 20
                + "</definedNames></workbook>",
            )
        },
        "elements",
    ),
    ({"part_bytes": 200}, {"styles": STYLES + " " * 200}, "part size"),
    ({"parts": 5}, {}, "parts"),
    ({"directory_bytes": 300}, {}, "parts"),
    ({"unpacked_bytes": 1000}, {"sheet": sheet(repeated("<row/>", 200))}, "unpacked size"),
]


@pytest.mark.parametrize(("limits", "parts", "limit"), LIMIT_CASES)
def test_each_limit_refuses_with_its_name(
    limits: dict[str, int], parts: dict[str, Part], limit: str, small_limits, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    small_limits(**limits)
    path = write_workbook(tmp_path / "sheet.xlsx", **parts)
    assert refused(path).limit == limit


@pytest.mark.parametrize(("limits", "parts", "limit"), LIMIT_CASES)
def test_the_same_workbooks_pass_the_real_limits(
    limits: dict[str, int], parts: dict[str, Part], limit: str, tmp_path: Path
) -> None:
    """The workbooks above are refused for the small limits, not for anything else."""
    table = read_table(write_workbook(tmp_path / "sheet.xlsx", **parts))
    assert table.columns[:3] == ["stage", "title", "lane"]


@pytest.mark.parametrize(
    "part", ["sheet", "workbook", "workbook_rels", "package_rels", "styles", "shared_strings"]
)
def test_a_document_type_in_any_part_is_refused(part: str, tmp_path: Path) -> None:
    doctype = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
    originals = {
        "sheet": "".join(sheet()),
        "workbook": WORKBOOK,
        "workbook_rels": WORKBOOK_RELS,
        "package_rels": PACKAGE_RELS,
        "styles": STYLES,
        "shared_strings": SHARED_STRINGS,
    }
    content = originals[part].replace(DECLARATION, DECLARATION + doctype)
    path = write_workbook(tmp_path / "dtd.xlsx", **{part: content})
    with pytest.raises(UnsafeSheetError, match="document type"):
        import_sheet(path)


def test_only_the_first_worksheet_is_read(tmp_path: Path) -> None:
    """A chart sheet before it and a huge sheet after it cost nothing: neither is parsed."""
    workbook = WORKBOOK.replace(
        '<sheet name="Cards" sheetId="1" r:id="rId1"/>',
        '<sheet name="Chart" sheetId="3" r:id="rId8"/><sheet name="Cards" sheetId="1" '
        'r:id="rId1"/><sheet name="Raw" sheetId="2" r:id="rId9"/>',
    )
    rels = WORKBOOK_RELS.replace(
        "</Relationships>",
        f'<Relationship Id="rId8" Type="{REL}/chartsheet" Target="chartsheets/sheet1.xml"/>'
        f'<Relationship Id="rId9" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
        "</Relationships>",
    )
    path = write_workbook(
        tmp_path / "book.xlsx",
        workbook=workbook,
        workbook_rels=rels,
        xl__chartsheets__sheet1_xml="<not xml",
        xl__worksheets__sheet2_xml=sheet(repeated("<row/>", 300_000)),
    )
    result = import_sheet(path)
    assert [c.title for m in result.project.maps for c in m.cards] == ["Slow checkout"]
    assert result.warnings == ("Only the first sheet, 'Cards', was read.",)


@pytest.mark.parametrize(
    ("parts", "words"),
    [
        ({"sheet": "<worksheet><sheetData>"}, "not readable XML"),
        ({"sheet": sheet(['<row><c r="A2" t="s"><v>7</v></c></row>'])}, "shared string"),
        ({"sheet": sheet(['<row r="x"/>'])}, "numbered"),
        ({"sheet": sheet(['<row><c r="2A"/></row>'])}, "called"),
        ({"workbook": WORKBOOK.replace("rId1", "rId7")}, "no worksheet"),
    ],
)
def test_a_damaged_workbook_says_so(parts: dict[str, Part], words: str, tmp_path: Path) -> None:
    with pytest.raises(SheetError, match=words):
        import_sheet(write_workbook(tmp_path / "damaged.xlsx", **parts))


def test_a_zip_of_many_empty_entries_is_refused_before_it_is_listed(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for index in range(20_000):
            archive.writestr(f"{index:x}", b"")
    with pytest.raises(SheetLimitError, match="20,000 files") as caught:
        import_sheet(path)
    assert caught.value.limit == "parts"


def test_a_legitimate_export_is_within_every_limit(example: Project, tmp_path: Path) -> None:
    path = tmp_path / "journey.xlsx"
    export_sheet(example, path)
    table = read_table(path)
    assert len(table.rows) == sum(len(m.cards) + len(m.emotion_points) for m in example.maps)


# -- where a sheet comes from -----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_chosen_as_the_sheet_is_refused_not_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "cards.csv"
    os.mkfifo(fifo)
    kind, _limit, message = import_in_child(fifo)
    assert kind == "SheetError" and "not a file that can be imported" in message


def test_a_folder_chosen_as_the_sheet_is_a_plain_error(tmp_path: Path) -> None:
    folder = tmp_path / "cards.csv"
    folder.mkdir()
    with pytest.raises(SheetError):
        import_sheet(folder)


# -- CSV: any line ending, any line length (finding 8) --------------------------------------------


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_csv_reads_every_line_ending(newline: str, tmp_path: Path) -> None:
    path = tmp_path / "cards.csv"
    lines = [
        "stage,lane,title,body",
        "Buy,Notes,Slow,",
        'Pay,Notes,Quoted,"two' + newline + 'lines"',
    ]
    path.write_bytes(newline.join(lines).encode("utf-8") + newline.encode())
    result = import_sheet(path)
    assert result.problems == ()
    cards = {c.title: c.body for m in result.project.maps for c in m.cards}
    assert cards == {"Slow": "", "Quoted": "two\nlines"}


def test_csv_with_a_first_line_over_128_kb_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    notes = "x" * 200_000
    path.write_text(f"stage,lane,title,{notes}\nBuy,Notes,Slow,{notes}\n", encoding="utf-8")
    result = import_sheet(path)
    assert [c.title for m in result.project.maps for c in m.cards] == ["Slow"]
    assert any("were ignored" in w for w in result.warnings)


def test_csv_with_a_cell_over_128_kb_reports_the_row(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(
        "stage,lane,title,body\n" + f"Buy,Notes,Long,{'y' * 300_000}\nPay,Notes,Short,ok\n", "utf-8"
    )
    result = import_sheet(path)
    assert [p.row_number for p in result.problems] == [2]
    assert "body is longer than" in result.problems[0].message
    assert [c.title for m in result.project.maps for c in m.cards] == ["Short"]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pieces=st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                ["stage", "title", "\r", "\n", "\r\n", '"', ",", ";", "\t", "\x00", "\ufeff"]
            ),
        ),
        max_size=40,
    ),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_any_csv_is_imported_or_refused_in_plain_words(
    pieces: list[str], encoding: str, tmp_path: Path
) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes("stage,title\n".join(["", "".join(pieces)]).encode(encoding, "replace"))
    try:
        result = import_sheet(path)
    except SheetError as exc:
        assert str(exc)
    else:
        assert result.project.maps


_REAL = 300_000  # far past Excel's 32,767 characters a cell, where reading cuts cells


def test_a_cut_cell_is_reported_with_its_real_length_from_csv(tmp_path: Path) -> None:
    """The message says how long the cell is, not how much of it was kept."""
    path = tmp_path / "long.csv"
    path.write_text(f"stage,lane,title,body\nBuy,Notes,Long,{'y' * _REAL}\n", "utf-8")
    result = import_sheet(path)
    assert [p.message for p in result.problems] == [
        f"body is longer than 5,000 characters ({_REAL:,})"
    ]


@pytest.mark.parametrize("where", ["inline", "shared", "runs"])
def test_a_cut_cell_is_reported_with_its_real_length_from_xlsx(tmp_path: Path, where: str) -> None:
    half = "z" * (_REAL // 2)
    if where == "inline":
        cell = f'<c r="B2" t="inlineStr"><is><t>{half}{half}</t></is></c>'
        strings = SHARED_STRINGS
    else:
        cell = '<c r="B2" t="s"><v>1</v></c>'
        text = (
            f"<t>{half}{half}</t>"
            if where == "shared"
            else f"<r><t>{half}</t></r><r><t>{half}</t></r>"
        )
        strings = f'{DECLARATION}<sst xmlns="{MAIN}"><si><t>Pay</t></si><si>{text}</si></sst>'
    lane = '<c r="C2" t="inlineStr"><is><t>Notes</t></is></c>'
    row = f'<row r="2"><c r="A2" t="s"><v>0</v></c>{cell}{lane}</row>'
    path = write_workbook(tmp_path / "long.xlsx", sheet=sheet([row]), shared_strings=strings)
    result = import_sheet(path)
    assert [p.message for p in result.problems] == [
        f"title is longer than 200 characters ({_REAL:,})"
    ]
