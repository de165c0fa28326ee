"""A bounded reader of the first sheet of an .xlsx workbook, for spreadsheet import.

A workbook is a zip of XML parts, and a few kB of compressed XML can ask for minutes of
work and gigabytes: millions of shared strings or styles, 16,384 columns, hundreds of MB
of blank rows, or entities that expand (below expat's own amplification guard). openpyxl
reads whatever a workbook holds and offers no way to stop it, so import does not use it.
This module reads only the parts import needs — the package and workbook relationships,
the workbook's list of sheets, the number formats of the styles, the shared strings and
the first worksheet — with expat, in chunks, counting as it goes, and refuses the
workbook with a `SheetLimitError` naming the limit as soon as a part passes one of
`XlsxLimits`: before anything else is parsed for the sizes the zip and the sheet declare,
and otherwise the moment the count is passed. Work and memory are bounded by the limits,
never by what a part claims. A part with a document type declaration is refused outright
(`UnsafeSheetError`): OOXML never has one, and it is the only way to entities.

Cells mean what openpyxl gives in read-only mode with data_only=False: numbers as int or
float, dates (by the cell's number format) as datetime, booleans as bool, shared and
inline strings as str, and formulas as their text ("=A1+1"), never their cached value.
openpyxl's pure helpers (date formats, serial dates, shared formulas) are used for that.
"""

from __future__ import annotations

import contextlib
import io
import math
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from mapstudio.fileformat.sheet_common import (
    CutText,
    Progress,
    SheetError,
    SheetLimitError,
    UnsafeSheetError,
)

MIB = 1024 * 1024


@dataclass(frozen=True)
class XlsxLimits:
    """What a workbook may hold before import refuses it. Every figure is far beyond a
    sheet of MAX_ROWS journey-map rows and far below what costs minutes or gigabytes."""

    unpacked_bytes: int = 512 * MIB  # all parts of the zip together
    parts: int = 10_000  # entries in the zip
    directory_bytes: int = 4 * MIB  # the zip's central directory
    part_bytes: int = 8 * MIB  # each of: relationships, workbook, styles
    part_elements: int = 100_000  # XML elements in each of those
    sheet_rows: int = 200_000  # the highest row number of the sheet read
    sheet_columns: int = 1_024  # the highest column number of the sheet read
    sheet_cells: int = 4_000_000  # cells of the sheet read, empty ones included
    sheet_elements: int = 16_000_000  # XML elements of its rows and cells
    sheet_other_elements: int = 1_000_000  # XML elements around them (merges, links, ...)
    shared_strings: int = 1_000_000
    shared_string_chars: int = 64 * MIB
    shared_string_elements: int = 8_000_000


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

# expat reports names as "namespace local" (namespace_separator=" ").
_SHEET_DATA = f"{MAIN_NS} sheetData"
_ROW = f"{MAIN_NS} row"
_CELL = f"{MAIN_NS} c"
_VALUE = f"{MAIN_NS} v"
_FORMULA = f"{MAIN_NS} f"
_INLINE = f"{MAIN_NS} is"
_TEXT = f"{MAIN_NS} t"
_RUN = f"{MAIN_NS} r"
_DIMENSION = f"{MAIN_NS} dimension"
_SHARED_ITEM = f"{MAIN_NS} si"
_SHARED_TABLE = f"{MAIN_NS} sst"
_SHEET = f"{MAIN_NS} sheet"
_WORKBOOK_PR = f"{MAIN_NS} workbookPr"
_NUM_FMTS = f"{MAIN_NS} numFmts"
_NUM_FMT = f"{MAIN_NS} numFmt"
_CELL_XFS = f"{MAIN_NS} cellXfs"
_XF = f"{MAIN_NS} xf"
_RELATIONSHIP = f"{PACKAGE_RELS_NS} Relationship"
_RELATIONSHIP_ID = f"{RELATIONSHIP_NS} id"

_CHUNK = 1 << 20
_COORDINATE = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
_END_RECORD = b"PK\x05\x06"
_ZIP64_RECORD = b"PK\x06\x06"


def _mib(size: int) -> str:
    return f"{size / MIB:,.0f} MB" if size >= MIB else f"{size / 1024:,.0f} kB"


# -- the zip ----------------------------------------------------------------------------


def _check_directory(name: str, data: bytes, limits: XlsxLimits) -> None:
    """Bound the zip's central directory before zipfile reads all of it: a 60 MB zip of
    empty entries takes zipfile ten seconds and half a gigabyte just to list."""
    tail_start = max(0, len(data) - (0xFFFF + 22))
    at = data.rfind(_END_RECORD, tail_start)
    if at < 0 or at + 22 > len(data):
        raise SheetError(f"'{name}' is not an Excel workbook (.xlsx) or a CSV file.")
    entries, directory = struct.unpack_from("<HI", data, at + 10)
    if entries == 0xFFFF or directory == 0xFFFFFFFF:
        # Zip64: the real figures are in the record before the locator (20 bytes).
        record = at - 20 - 56
        if record < 0 or data[record : record + 4] != _ZIP64_RECORD:
            raise SheetError(f"'{name}' is damaged: its zip directory cannot be found.")
        entries, directory = struct.unpack_from("<QQ", data, record + 32)
    if entries > limits.parts:
        raise SheetLimitError(
            f"'{name}' holds {entries:,} files inside; mapstudio reads workbooks of up to "
            f"{limits.parts:,}.",
            "parts",
        )
    if directory > limits.directory_bytes:
        raise SheetLimitError(
            f"'{name}' has a list of contents of {_mib(directory)}; mapstudio reads "
            f"workbooks whose list is up to {_mib(limits.directory_bytes)}.",
            "parts",
        )


def _open_archive(name: str, data: bytes, limits: XlsxLimits) -> zipfile.ZipFile:
    _check_directory(name, data, limits)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # zipfile raises several kinds for a damaged directory
        raise SheetError(f"'{name}' is not an Excel workbook (.xlsx) or a CSV file.") from exc
    if len(infos) > limits.parts:
        raise SheetLimitError(
            f"'{name}' holds {len(infos):,} files inside; mapstudio reads workbooks of up "
            f"to {limits.parts:,}.",
            "parts",
        )
    unpacked = sum(info.file_size for info in infos)
    if unpacked > limits.unpacked_bytes:
        raise SheetLimitError(
            f"'{name}' unpacks to {unpacked / MIB:,.0f} MB, more than mapstudio reads "
            f"({limits.unpacked_bytes // MIB:,} MB).",
            "unpacked size",
        )
    return archive


# -- streaming one XML part ---------------------------------------------------------------


class _Stop(Exception):
    """Raised by a handler that has read all it needs of a part."""


def _refuse_doctype(name: str, part: str) -> Callable[..., None]:
    def refuse(*_args: object) -> None:
        raise UnsafeSheetError(
            f"'{name}' cannot be imported: its part {part} declares a document type, which "
            "Excel never writes and which can hide entity expansion or references to "
            "other files."
        )

    return refuse


@dataclass
class _Part:
    """One XML part being streamed: its parser, the handlers' shared counters."""

    name: str  # the workbook's file name, for messages
    path: str  # the part's name in the zip
    elements: int = 0


def _stream(
    archive: zipfile.ZipFile,
    part: _Part,
    parser: Any,
    max_bytes: int,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Feed a zip member to an expat parser in chunks; the handlers raise to refuse or
    to stop early. `progress` hears the bytes read so far."""
    info = archive.getinfo(part.path)
    if info.file_size > max_bytes:
        raise SheetLimitError(
            f"'{part.name}' has a part {part.path} of {_mib(info.file_size)}; mapstudio "
            f"reads such parts up to {_mib(max_bytes)}.",
            "part size",
        )
    parser.StartDoctypeDeclHandler = _refuse_doctype(part.name, part.path)
    parser.EntityDeclHandler = _refuse_doctype(part.name, part.path)
    read = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                parser.Parse(chunk, False)
                if progress is not None:
                    progress(read)
            parser.Parse(b"", True)
    except _Stop:
        return
    except expat.ExpatError as exc:
        raise SheetError(
            f"'{part.name}' is damaged: its part {part.path} is not readable XML "
            f"({expat.ErrorString(exc.code)}, line {exc.lineno})."
        ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression.
        raise SheetError(
            f"'{part.name}' is damaged: its part {part.path} cannot be unpacked."
        ) from exc


def _parser() -> Any:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    return parser


def _counted(part: _Part, limit: int, what: str) -> Callable[[], None]:
    """A function to call per element that refuses the part past `limit` elements."""

    def count() -> None:
        part.elements += 1
        if part.elements > limit:
            raise SheetLimitError(
                f"'{part.name}' has more than {limit:,} {what} in its part {part.path}; "
                "mapstudio does not read workbooks that large.",
                what,
            )

    return count


# -- relationships, the workbook, the styles ------------------------------------------------


@dataclass(frozen=True)
class _Relationship:
    type: str
    target: str | None  # the part's name in the zip; None for an external target


def _resolve(source: str, target: str) -> str | None:
    """The zip name of a relationship's target, relative to the part `source` (OPC)."""
    if target.startswith("/"):
        path = target.lstrip("/")
    else:
        path = posixpath.join(posixpath.dirname(source), target)
    path = posixpath.normpath(path)
    return None if path.startswith("..") or path in (".", "") else path


def _relationships(
    archive: zipfile.ZipFile, name: str, source: str, limits: XlsxLimits
) -> dict[str, _Relationship]:
    """The relationships of the part `source` ("" for the package), by id."""
    folder, file_name = posixpath.split(source)
    rels_path = posixpath.join(folder, "_rels", f"{file_name}.rels")
    try:
        archive.getinfo(rels_path)
    except KeyError:
        return {}
    part = _Part(name, rels_path)
    count = _counted(part, limits.part_elements, "elements")
    found: dict[str, _Relationship] = {}

    def start(tag: str, attrs: dict[str, str]) -> None:
        count()
        if tag == _RELATIONSHIP and "Id" in attrs:
            external = attrs.get("TargetMode") == "External"
            target = None if external else _resolve(source, attrs.get("Target", ""))
            found[attrs["Id"]] = _Relationship(attrs.get("Type", ""), target)

    parser = _parser()
    parser.StartElementHandler = start
    _stream(archive, part, parser, limits.part_bytes)
    return found


@dataclass
class _Workbook:
    sheets: list[tuple[str, str]] = field(default_factory=list)  # (name, relationship id)
    date1904: bool = False


def _workbook(archive: zipfile.ZipFile, name: str, path: str, limits: XlsxLimits) -> _Workbook:
    part = _Part(name, path)
    count = _counted(part, limits.part_elements, "elements")
    book = _Workbook()

    def start(tag: str, attrs: dict[str, str]) -> None:
        count()
        if tag == _SHEET:
            book.sheets.append((attrs.get("name", ""), attrs.get(_RELATIONSHIP_ID, "")))
        elif tag == _WORKBOOK_PR:
            book.date1904 = attrs.get("date1904", "").lower() in ("1", "true")

    parser = _parser()
    parser.StartElementHandler = start
    _stream(archive, part, parser, limits.part_bytes)
    return book


@dataclass(frozen=True)
class _Styles:
    date_styles: frozenset[int] = frozenset()  # cell style indices with a date format
    timedelta_styles: frozenset[int] = frozenset()


def _styles(archive: zipfile.ZipFile, name: str, path: str, limits: XlsxLimits) -> _Styles:
    """Which cell styles show a date (all the import needs of the styles)."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    part = _Part(name, path)
    count = _counted(part, limits.part_elements, "style records")
    custom: dict[int, str] = {}
    cell_formats: list[int] = []
    inside = {"numFmts": False, "cellXfs": False}

    def number(text: str | None) -> int:
        try:
            return int(text or 0)
        except ValueError:
            return -1

    def start(tag: str, attrs: dict[str, str]) -> None:
        count()
        if tag == _NUM_FMTS:
            inside["numFmts"] = True
        elif tag == _CELL_XFS:
            inside["cellXfs"] = True
        elif tag == _NUM_FMT and inside["numFmts"]:
            custom[number(attrs.get("numFmtId"))] = attrs.get("formatCode", "")
        elif tag == _XF and inside["cellXfs"]:
            cell_formats.append(number(attrs.get("numFmtId")))

    def end(tag: str) -> None:
        if tag == _NUM_FMTS:
            inside["numFmts"] = False
        elif tag == _CELL_XFS:
            inside["cellXfs"] = False

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _stream(archive, part, parser, limits.part_bytes)
    dates: set[int] = set()
    durations: set[int] = set()
    for index, format_id in enumerate(cell_formats):
        code = custom.get(format_id) or BUILTIN_FORMATS.get(format_id)
        if is_date_format(code):
            dates.add(index)
        if is_timedelta_format(code):
            durations.add(index)
    return _Styles(frozenset(dates), frozenset(durations))


# -- shared strings -----------------------------------------------------------------------------


def _shared_strings(
    archive: zipfile.ZipFile,
    name: str,
    path: str,
    limits: XlsxLimits,
    max_chars: int,
    progress: Callable[[int], None],
) -> list[str]:
    """The shared string table: each item's text (its runs joined, phonetic guides left
    out), cut at `max_chars` characters as every cell is."""
    part = _Part(name, path)
    count = _counted(part, limits.shared_string_elements, "elements")
    strings: list[str] = []
    path_in_item: list[str] = []  # element names from <si> down, while inside one
    pieces: list[str] = []
    state = {"kept": 0, "item": 0, "total": 0, "seen": 0}  # "seen": the item's, kept or not

    def too_many() -> SheetLimitError:
        return SheetLimitError(
            f"'{name}' has more than {limits.shared_strings:,} shared strings; mapstudio "
            "does not read workbooks that large.",
            "shared strings",
        )

    def start(tag: str, attrs: dict[str, str]) -> None:
        count()
        if path_in_item:
            path_in_item.append(tag)
        elif tag == _SHARED_ITEM:
            path_in_item.append(tag)
            if len(strings) >= limits.shared_strings:
                raise too_many()
        elif tag == _SHARED_TABLE:
            # The table states its size: believe it when it is too large (a smaller
            # figure proves nothing; the strings are counted as they come).
            declared = attrs.get("uniqueCount", "")
            if declared.isdigit() and int(declared) > limits.shared_strings:
                raise too_many()

    def end(tag: str) -> None:
        if not path_in_item:
            return
        path_in_item.pop()
        if not path_in_item:  # the end of an <si>
            item = "".join(pieces).replace("x005F_", "")
            cut = state["seen"] > state["item"]
            strings.append(CutText(item, state["seen"]) if cut else item)
            pieces.clear()
            state["item"] = 0
            state["seen"] = 0

    def text(data: str) -> None:
        # The item's own <t> and the <t> of its runs; not the <t> of phonetic guides.
        depth = len(path_in_item)
        if path_in_item[-1:] != [_TEXT] or not (
            depth == 2 or (depth == 3 and path_in_item[1] == _RUN)
        ):
            return
        state["seen"] += len(data)
        room = max_chars + 1 - state["item"]
        if room <= 0:
            return
        data = data[:room]
        pieces.append(data)
        state["item"] += len(data)
        state["total"] += len(data)
        if state["total"] > limits.shared_string_chars:
            raise SheetLimitError(
                f"'{name}' has more than {limits.shared_string_chars:,} characters of "
                "shared strings; mapstudio does not read workbooks that large.",
                "shared string characters",
            )

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    _stream(archive, part, parser, limits.unpacked_bytes, progress)
    return strings


# -- the sheet ---------------------------------------------------------------------------------


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


class _SheetReader:
    """Streams one worksheet part: rows of cell values, within the limits."""

    def __init__(
        self,
        name: str,
        path: str,
        limits: XlsxLimits,
        shared: list[str],
        styles: _Styles,
        date1904: bool,
        max_columns: int,
        max_chars: int,
    ) -> None:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        self.name = name
        self.path = path
        self.limits = limits
        self.shared = shared
        self.styles = styles
        self.epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        self.max_columns = max_columns
        self.max_chars = max_chars
        self.rows: list[tuple[int, list[Any]]] = []  # finished, not yet handed out
        self.in_data = False
        self.data_elements = 0
        self.other_elements = 0
        self.row_elements = 0
        self.cells = 0
        self.row_number = 0
        self.last_yielded = 0
        self.column = 0
        self.values: dict[int, Any] | None = None  # the open row's cells by column
        self.cell: dict[str, str] | None = None  # the open cell's attributes
        self.cell_path: list[str] = []  # element names below the open <c>
        self.value_text: list[str] = []
        self.formula: dict[str, str] | None = None
        self.formula_text: list[str] = []
        self.inline_text: list[str] = []
        self.chars = 0  # characters kept of the open cell
        self.seen = 0  # characters of the open cell, kept or not
        self.shared_formulas: dict[str, Any] = {}
        self.columns_by_letters: dict[str, int] = {}

    # Limits ----------------------------------------------------------------------------

    def _refuse(self, what: str, found: str, limit: int) -> None:
        raise SheetLimitError(
            f"'{self.name}' has {found} in its first sheet; mapstudio reads sheets of up to "
            f"{limit:,} {what}.",
            what,
        )

    def dimension(self, ref: str) -> None:
        """The sheet's own statement of its size: refuse a sheet that says it is too
        big before reading a row of it."""
        match = _COORDINATE.fullmatch(ref.split(":")[-1].strip())
        if match is None:
            return
        column, row = _column_number(match.group(1)), int(match.group(2))
        if row > self.limits.sheet_rows:
            self._refuse("rows", f"rows up to {row:,}", self.limits.sheet_rows)
        if column > self.limits.sheet_columns:
            self._refuse("columns", f"columns up to {column:,}", self.limits.sheet_columns)

    # expat handlers ------------------------------------------------------------------------

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if not self.in_data:
            self.other_elements += 1
            if self.other_elements > self.limits.sheet_other_elements:
                self._refuse(
                    "elements besides cells",
                    f"more than {self.limits.sheet_other_elements:,} elements besides cells",
                    self.limits.sheet_other_elements,
                )
            if tag == _SHEET_DATA:
                self.in_data = True
            elif tag == _DIMENSION:
                self.dimension(attrs.get("ref", ""))
            return
        self.data_elements += 1
        if self.data_elements > self.limits.sheet_elements:
            self._refuse(
                "elements",
                f"more than {self.limits.sheet_elements:,} elements",
                self.limits.sheet_elements,
            )
        if self.cell is not None:
            self.cell_path.append(tag)
            if tag == _FORMULA and len(self.cell_path) == 1:
                self.formula = attrs
        elif tag == _CELL:
            self._open_cell(attrs)
        elif tag == _ROW:
            self._open_row(attrs)

    def end(self, tag: str) -> None:
        if not self.in_data:
            return
        if self.cell is not None:
            if self.cell_path:
                self.cell_path.pop()
            else:  # the end of the <c>
                self._close_cell()
        elif tag == _ROW:
            self._close_row()
        elif tag == _SHEET_DATA:
            self.in_data = False

    def text(self, data: str) -> None:
        path = self.cell_path
        if self.cell is None or not path:
            return
        depth = len(path)
        if depth == 1:
            if path[0] == _VALUE:
                self._keep(self.value_text, data)
            elif path[0] == _FORMULA:
                self._keep(self.formula_text, data)
        elif (
            path[0] == _INLINE
            and path[-1] == _TEXT
            and (depth == 2 or (depth == 3 and path[1] == _RUN))
        ):
            # <is><t> and <is><r><t>; not the <t> of phonetic guides (<is><rPh><t>).
            self._keep(self.inline_text, data)

    def _keep(self, pieces: list[str], data: str) -> None:
        self.seen += len(data)
        room = self.max_chars + 1 - self.chars
        if room > 0:
            data = data[:room]
            pieces.append(data)
            self.chars += len(data)

    # Rows and cells ------------------------------------------------------------------------

    def _open_row(self, attrs: dict[str, str]) -> None:
        self.row_elements += 1
        given = attrs.get("r")
        if given is None:
            self.row_number += 1
        else:
            self.row_number = self._row_number(given)
        if self.row_number > self.limits.sheet_rows or self.row_elements > self.limits.sheet_rows:
            self._refuse(
                "rows",
                f"more than {self.limits.sheet_rows:,} rows",
                self.limits.sheet_rows,
            )
        self.column = 0
        self.values = {}

    def _row_number(self, text: str) -> int:
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                number = math.nan
            if not math.isfinite(number) or not number.is_integer() or number < 1:
                raise SheetError(
                    f"'{self.name}' is damaged: a row of its first sheet is numbered '{text[:20]}'."
                ) from None
            return int(number)

    def _close_row(self) -> None:
        values, self.values = self.values, None
        # Rows out of order are skipped, as spreadsheet readers do.
        if values is None or self.row_number <= self.last_yielded:
            return
        self.last_yielded = self.row_number
        if not values:
            return  # a blank row (import skips those)
        width = max(values, default=0)
        row: list[Any] = [None] * width
        for column, value in values.items():
            row[column - 1] = value
        self.rows.append((self.row_number, row))

    def _open_cell(self, attrs: dict[str, str]) -> None:
        self.cells += 1
        if self.cells > self.limits.sheet_cells:
            self._refuse(
                "cells", f"more than {self.limits.sheet_cells:,} cells", self.limits.sheet_cells
            )
        reference = attrs.get("r")
        if reference:
            # Cell names repeat their few column letters: look those up, not parse them.
            letters = reference.rstrip("0123456789")
            column = self.columns_by_letters.get(letters)
            if column is None or len(letters) == len(reference):
                column = self._column_of(reference)
            self.column = column
        else:
            self.column += 1
        if self.column > self.limits.sheet_columns:
            self._refuse("columns", f"a cell in column {self.column:,}", self.limits.sheet_columns)
        self.cell = attrs
        self.cell_path = []
        self.value_text = []
        self.formula = None
        self.formula_text = []
        self.inline_text = []
        self.chars = 0
        self.seen = 0

    def _column_of(self, reference: str) -> int:
        match = _COORDINATE.fullmatch(reference)
        if match is None:
            raise SheetError(
                f"'{self.name}' is damaged: a cell of its first sheet is called '{reference[:20]}'."
            )
        column = _column_number(match.group(1))
        if len(self.columns_by_letters) < 4096 and reference[0] != "$":
            self.columns_by_letters[reference.rstrip("0123456789")] = column
        return column

    def _close_cell(self) -> None:
        attrs, self.cell = self.cell, None
        assert attrs is not None
        if self.values is None or self.column > self.max_columns:
            return  # a cell outside a row, or in a column import never reads
        value = self._value(attrs)
        if value is not None:
            self.values[self.column] = value

    def _value(self, attrs: dict[str, str]) -> Any:
        kind = attrs.get("t", "n")
        if self.formula is not None:
            return self._formula_text(attrs.get("r"))
        if kind == "inlineStr":
            return self._cut("".join(self.inline_text)) or None
        text = "".join(self.value_text) or None
        if text is None:
            return None
        try:
            if kind == "n":
                return self._number(text, attrs.get("s"))
            if kind == "s":
                return self.shared[int(text)]
            if kind == "b":
                return bool(int(text))
            if kind == "d":
                from openpyxl.utils.datetime import from_ISO8601

                return from_ISO8601(text)
        except (ValueError, IndexError, OverflowError):
            if kind == "s":
                raise SheetError(
                    f"'{self.name}' is damaged: a cell refers to shared string '{text[:20]}', "
                    "which it does not have."
                ) from None
            return text
        return self._cut(text)  # "str" (a formula's text result), "e" (an error like #N/A)

    def _cut(self, text: str) -> str:
        """`text` of the open cell, saying how long it was when it was cut."""
        return CutText(text, self.seen) if self.seen > self.chars else text

    def _number(self, text: str, style: str | None) -> Any:
        number: int | float
        number = float(text) if "." in text or "e" in text or "E" in text else int(text)
        try:
            style_index = int(style) if style else 0
        except ValueError:
            style_index = 0
        if style_index in self.styles.date_styles:
            from openpyxl.utils.datetime import from_excel

            try:
                return from_excel(
                    number, self.epoch, timedelta=style_index in self.styles.timedelta_styles
                )
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number

    def _formula_text(self, reference: str | None) -> str:
        """A formula as its text: "=" and what Excel wrote, a shared formula translated
        to this cell as openpyxl does."""
        assert self.formula is not None
        text = "=" + "".join(self.formula_text)
        if self.formula.get("t") != "shared":
            return text
        group = self.formula.get("si", "")
        master = self.shared_formulas.get(group)
        if master is not None and reference:
            try:
                return str(master.translate_formula(reference))
            except Exception:  # a formula the translator does not follow: keep the master's
                return str(master.formula)
        if text != "=" and reference:
            from openpyxl.formula.translate import Translator

            # An unusual formula the translator refuses: later cells show their own text.
            with contextlib.suppress(Exception):
                self.shared_formulas[group] = Translator(text, reference)
        return text

    # Driving ------------------------------------------------------------------------------

    def read(
        self, archive: zipfile.ZipFile, progress: Callable[[int], None]
    ) -> Iterator[tuple[int, list[Any]]]:
        """The rows with a cell in the first `max_columns` columns, as (row number,
        values by column), in order."""
        part = _Part(self.name, self.path)
        info = archive.getinfo(self.path)
        if info.file_size > self.limits.unpacked_bytes:  # checked with the zip; belt and braces
            raise SheetLimitError(f"'{self.name}' is too large.", "unpacked size")
        parser = _parser()
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text
        parser.StartDoctypeDeclHandler = _refuse_doctype(part.name, part.path)
        parser.EntityDeclHandler = _refuse_doctype(part.name, part.path)
        read = 0
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    read += len(chunk)
                    parser.Parse(chunk, False)
                    progress(read)
                    yield from self._handed_out()
                parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise SheetError(
                f"'{self.name}' is damaged: its first sheet is not readable XML "
                f"({expat.ErrorString(exc.code)}, line {exc.lineno})."
            ) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise SheetError(
                f"'{self.name}' is damaged: its first sheet cannot be unpacked."
            ) from exc
        yield from self._handed_out()

    def _handed_out(self) -> Iterator[tuple[int, list[Any]]]:
        rows, self.rows = self.rows, []
        yield from rows


# -- the whole ----------------------------------------------------------------------------------


@dataclass
class FirstSheet:
    """The rows of a workbook's first sheet, read as they are asked for, and notes."""

    rows: Iterator[tuple[int, list[Any]]]
    warnings: list[str]


def read_first_sheet(
    name: str,
    data: bytes,
    limits: XlsxLimits,
    *,
    max_columns: int,
    max_chars: int,
    progress: Progress | None = None,
) -> FirstSheet:
    """The first worksheet of the workbook `data` (named `name` in messages).

    The zip, its relationships, the workbook, the styles and the shared strings are read
    and checked now; the sheet's rows are read as the returned iterator is consumed, and
    it raises SheetLimitError the moment the sheet passes a limit. Only the first
    `max_columns` columns are kept and every text is cut at `max_chars` + 1 characters
    (the caller reports the cut). `progress` hears how far the reading has come.
    """
    progress = progress or Progress()
    archive = _open_archive(name, data, limits)
    names = set(archive.namelist())
    package = _relationships(archive, name, "", limits)
    workbook_path = next(
        (
            rel.target
            for rel in package.values()
            if rel.type.endswith("/officeDocument") and rel.target in names
        ),
        "xl/workbook.xml",
    )
    if workbook_path not in names:
        raise SheetError(f"'{name}' is not an Excel workbook: it has no workbook part.")
    book = _workbook(archive, name, workbook_path, limits)
    rels = _relationships(archive, name, workbook_path, limits)
    worksheets = [
        (sheet_name, rel.target)
        for sheet_name, rel_id in book.sheets
        if (rel := rels.get(rel_id)) is not None
        and rel.type.endswith("/worksheet")
        and rel.target in names
    ]
    if not worksheets:
        raise SheetError(f"'{name}' has no worksheet.")
    first_name, first_path = worksheets[0]
    assert first_path is not None
    warnings = []
    if len(worksheets) > 1:
        warnings.append(f"Only the first sheet, '{first_name}', was read.")

    def by_type(suffix: str) -> str | None:
        return next(
            (
                rel.target
                for rel in rels.values()
                if rel.type.endswith(suffix) and rel.target in names
            ),
            None,
        )

    styles_path = by_type("/styles")
    styles = _Styles() if styles_path is None else _styles(archive, name, styles_path, limits)
    strings_path = by_type("/sharedStrings")
    sheet_size = archive.getinfo(first_path).file_size
    strings_size = archive.getinfo(strings_path).file_size if strings_path else 0
    whole = max(1, sheet_size + strings_size)
    strings: list[str] = []
    if strings_path is not None:
        strings = _shared_strings(
            archive,
            name,
            strings_path,
            limits,
            max_chars,
            lambda done: progress.update(done / whole),
        )
    reader = _SheetReader(
        name, first_path, limits, strings, styles, book.date1904, max_columns, max_chars
    )
    rows = reader.read(archive, lambda done: progress.update((strings_size + done) / whole))
    return FirstSheet(rows, warnings)


__all__ = ["FirstSheet", "XlsxLimits", "read_first_sheet"]
