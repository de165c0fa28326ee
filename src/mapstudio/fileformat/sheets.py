"""Spreadsheets as a file format: the columns of mapstudio's CSV/XLSX sheets, formula
safety, and reading a sheet into rows with a meaning (`read_sheet`).

One row per card or emotion point; the columns are listed in `COLUMNS` and documented in
docs/spreadsheets.md. A sheet is untrusted input, like a project file: its size, number
of rows, columns and cell lengths are capped; formulas are read as their text and never
evaluated; text that a spreadsheet would take for a formula (= + - @ at the start) is
written with a leading apostrophe (`escape_formula`), which reading removes again. A row
that cannot be used is reported with its row number and the reason in plain words.
Building a project from the rows is `sheet_import`; writing sheets is
mapstudio.export.sheets. No Qt: the CLI and the GUI both call this module.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal

from mapstudio.fileformat.sheet_common import (
    ImportCancelled,
    Progress,
    ProgressCallback,
    SheetError,
    real_length,
)
from mapstudio.fileformat.xlsx_reader import XlsxLimits, read_first_sheet
from mapstudio.model import (
    CHANNEL_TITLES,
    LANE_KIND_TITLES,
    Channel,
    Lane,
    LaneKind,
)
from mapstudio.model.types import (
    MAX_ABS_NUMBER,
    MAX_CARDS,
    MAX_LEVEL,
    MAX_NAME,
    MAX_TAG,
    MAX_TAGS,
    MAX_TEXT,
)

log = logging.getLogger(__name__)

# The columns in the order they are written. The first seventeen are the ones a designer
# fills in most; the rest make the round trip lossless.
COLUMNS: tuple[str, ...] = (
    "map",
    "persona",
    "stage",
    "lane",
    "order",
    "title",
    "body",
    "channel",
    "severity",
    "impact",
    "effort",
    "value",
    "target",
    "unit",
    "score",
    "feeling",
    "tags",
    "kind",
    "lane_kind",
    "offset",
    "note",
    "evidence",
    "color",
)

# Columns holding free text: the ones formula escaping applies to.
TEXT_COLUMNS = frozenset(
    {"map", "persona", "stage", "lane", "title", "body", "unit", "feeling", "tags", "note"}
    | {"evidence"}
)
# Names that rows are matched by: surrounding spaces are dropped.
MATCHED_COLUMNS = frozenset({"map", "persona", "stage", "lane"})

# Untrusted input limits. A sheet is refused as a whole beyond the byte limits and, for
# a workbook, beyond XLSX_LIMITS (rows, columns, cells, shared strings, styles, part
# sizes: see xlsx_reader); rows past MAX_ROWS are reported and left out; columns past
# MAX_COLUMNS are never read.
MAX_ROWS = 100_000
MAX_SHEET_BYTES = 64 * 1024 * 1024
XLSX_LIMITS = XlsxLimits()
MAX_COLUMNS = 64
MAX_CELL_CHARS = 32_767  # Excel's own cell limit; longer cells are cut when read
MAX_REPORTED_PROBLEMS = 1_000  # beyond this, one summary line instead of one per row

SHEET_TITLE = "Journey map"
TAG_SEPARATOR = ", "
DEFAULT_MAP_TITLE = "Imported map"
DEFAULT_PERSONA = "Persona 1"

# A spreadsheet takes a cell starting with one of these for a formula (OWASP "CSV
# injection"); tab and carriage return are on the list because Excel strips them first.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"

SheetFormat = Literal["csv", "xlsx"]
RowKind = Literal["card", "emotion"]  # what one row of a sheet adds


@dataclass(frozen=True)
class RowProblem:
    """A row that could not be used, with its number as the spreadsheet shows it (the
    header is row 1) and the reason in plain words."""

    row_number: int
    message: str

    def __str__(self) -> str:
        return f"row {self.row_number}: {self.message}"


# -- formula safety ---------------------------------------------------------------------


def _dangerous(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def _quoted(text: str) -> bool:
    # Apostrophes that escape_formula() may have added: what follows them is formula-like.
    rest = text.lstrip(QUOTE)
    return len(rest) < len(text) and _dangerous(rest)


def escape_formula(text: str) -> str:
    """`text` as written to a cell: a leading apostrophe when a spreadsheet would read it
    as a formula (or when it already looks like an escaped one, so that unescaping is
    exact)."""
    return QUOTE + text if _dangerous(text) or _quoted(text) else text


def unescape_formula(text: str) -> str:
    """The text `escape_formula` was given."""
    return text[1:] if _quoted(text) else text


def lane_name(lane: Lane) -> str:
    """The name a lane goes by in a sheet: its title, or its kind's title when untitled."""
    return lane.title.strip() or LANE_KIND_TITLES[lane.kind]


def number_text(value: float) -> str:
    # Whole numbers without ".0"; otherwise the shortest text that reads back exactly.
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


# -- reading a sheet ----------------------------------------------------------------------


@dataclass
class Table:
    """A sheet's header and rows as read, before any meaning is given to them."""

    columns: list[str | None]  # known column name per position; None for ignored ones
    rows: list[tuple[int, list[Any]]]  # (row number as the spreadsheet shows it, cells)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    decimal_comma: bool = False


_COLUMN_ALIASES = {
    "lanekind": "lane_kind",
    "lane_type": "lane_kind",
    "type": "kind",
    "description": "body",
    "text": "body",
    "persona_name": "persona",
    "stage_name": "stage",
    "lane_name": "lane",
    "colour": "color",
    "position": "offset",
    "source": "evidence",
}


def _column_key(header: Any) -> str:
    text = "" if header is None else str(header)
    text = unescape_formula(text.strip().lstrip("\ufeff").strip())
    return re.sub(r"[\s\-]+", "_", text.lower())


def _read_bytes(path: Path) -> bytes:
    # Opened without blocking and checked before reading: a FIFO or a device chosen by
    # mistake must not hang the import (nor a folder raise something untyped).
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise SheetError(f"Could not read '{path.name}': {exc.strerror or exc}.") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SheetError(f"'{path.name}' is not a file that can be imported.")
        if info.st_size > MAX_SHEET_BYTES:
            raise SheetError(
                f"'{path.name}' is {info.st_size / 1_048_576:.0f} MB; mapstudio reads sheets of "
                f"up to {MAX_SHEET_BYTES // 1_048_576} MB."
            )
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_SHEET_BYTES and (chunk := os.read(fd, 1 << 20)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise SheetError(f"Could not read '{path.name}': {exc.strerror or exc}.") from exc
    finally:
        os.close(fd)
    if size > MAX_SHEET_BYTES:
        raise SheetError(f"'{path.name}' is larger than {MAX_SHEET_BYTES // 1_048_576} MB.")
    return b"".join(chunks)


def read_table(path: str | os.PathLike[str], *, progress: ProgressCallback | None = None) -> Table:
    """Read the first sheet of an .xlsx file or a CSV file (by content, not only by name).

    Raises SheetError (SheetLimitError past a limit) when the sheet as a whole cannot be
    read, ImportCancelled when `progress` returns False."""
    return _read_table(Path(path), Progress(progress))


def _read_table(path: Path, steps: Progress) -> Table:
    data = _read_bytes(path)
    if path.suffix.lower() == ".xls" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SheetError(
            f"'{path.name}' is an old Excel 97–2003 workbook; save it as .xlsx or .csv first."
        )
    if data.startswith(b"PK\x03\x04"):
        sheet = read_first_sheet(
            path.name,
            data,
            XLSX_LIMITS,
            max_columns=MAX_COLUMNS,
            max_chars=MAX_CELL_CHARS,
            progress=steps,
        )
        raw_rows, warnings = sheet.rows, sheet.warnings
        decimal_comma = False
    else:
        raw_rows, warnings, decimal_comma = _csv_rows(path.name, data, steps)
    return _table(path.name, raw_rows, warnings, decimal_comma)


def _decode(name: str, data: bytes, warnings: list[str]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page; Windows-1252 is the usual one.
        warnings.append(
            f"'{name}' is not UTF-8; it was read as Windows-1252. If accents look wrong, "
            "save it as 'CSV UTF-8' and import it again."
        )
        return data.decode("cp1252", errors="replace")


def _sniff_delimiter(first_line: str) -> str:
    """The delimiter that splits the header into the most known column names."""
    best, best_score = ",", (-1, -1)
    for delimiter in (",", ";", "\t", "|"):
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        known = sum(1 for cell in cells if _known_column(_column_key(cell)))
        score = (known, len(cells))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _known_column(key: str) -> str | None:
    key = _COLUMN_ALIASES.get(key, key)
    return key if key in COLUMNS else None


# A line ends at CR LF, LF or a lone CR (old Mac files); the csv module reads all three.
_FIRST_LINE = re.compile(r"[^\r\n]*")


def _allow_long_fields() -> None:
    # The csv module refuses fields over 128 KB by default, a limit of its own that is not
    # the import's: any field within the file size cap is read (and long cells are cut
    # and reported later). The setting is process-wide; it is only ever raised.
    if csv.field_size_limit() < MAX_SHEET_BYTES + 1:
        csv.field_size_limit(MAX_SHEET_BYTES + 1)


def _csv_rows(
    name: str, data: bytes, steps: Progress
) -> tuple[Iterator[tuple[int, list[Any]]], list[str], bool]:
    _allow_long_fields()
    warnings: list[str] = []
    text = _decode(name, data, warnings).replace("\x00", "")
    match = _FIRST_LINE.match(text)
    delimiter = _sniff_delimiter(match.group() if match else "")
    length = max(1, len(text))

    def rows() -> Iterator[tuple[int, list[Any]]]:
        stream = io.StringIO(text, newline="")
        reader = csv.reader(stream, delimiter=delimiter)
        number = 0
        while True:
            number += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _CsvBroken(number, str(exc)) from exc
            if number % 256 == 0:
                steps.update(stream.tell() / length)
            yield number, cells[:MAX_COLUMNS]

    # A semicolon-separated file comes from a locale that writes 4,5 for 4.5.
    return rows(), warnings, delimiter == ";"


class _CsvBroken(Exception):
    def __init__(self, row: int, reason: str) -> None:
        super().__init__(reason)
        self.row = row
        self.reason = reason


def _table(
    name: str,
    raw_rows: Iterator[tuple[int, list[Any]]],
    warnings: list[str],
    decimal_comma: bool,
) -> Table:
    table = Table(columns=[], rows=[], warnings=warnings, decimal_comma=decimal_comma)
    header_found = False
    try:
        for number, cells in raw_rows:
            if not header_found:
                if all(_is_empty(cell) for cell in cells):
                    if number > 20:
                        break
                    continue
                table.columns = _header(name, cells, table.warnings)
                header_found = True
                continue
            if all(_is_empty(cell) for cell in cells):
                continue
            if len(table.rows) >= MAX_ROWS:
                table.problems.append(
                    RowProblem(
                        number,
                        f"this row and the ones after it were left out: at most "
                        f"{MAX_ROWS:,} rows are imported",
                    )
                )
                break
            table.rows.append((number, cells))
    except _CsvBroken as exc:
        table.problems.append(
            RowProblem(exc.row, f"the file could not be read from here on ({exc.reason})")
        )
    except (SheetError, ImportCancelled):
        raise
    except Exception as exc:  # a damaged workbook part found while streaming rows
        log.info("reading %s failed: %r", name, exc)
        raise SheetError(f"'{name}' is damaged and could not be read to the end.") from exc
    finally:
        close = getattr(raw_rows, "close", None)
        if close is not None:
            close()  # stops a workbook's parser where reading stopped
    if not header_found:
        raise SheetError(f"'{name}' is empty: the first row must name the columns.")
    return table


def _is_empty(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _header(name: str, cells: list[Any], warnings: list[str]) -> list[str | None]:
    columns: list[str | None] = []
    seen: set[str] = set()
    ignored: list[str] = []
    for cell in cells:
        key = _known_column(_column_key(cell))
        if key is None or key in seen:
            columns.append(None)
            if not _is_empty(cell):
                ignored.append(str(cell).strip()[:40])
            continue
        seen.add(key)
        columns.append(key)
    if not seen:
        raise SheetError(
            f"The first row of '{name}' must name the columns (map, persona, stage, lane, "
            "title, …); none of them was found."
        )
    if "stage" not in seen:
        raise SheetError(f"'{name}' has no 'stage' column; every card needs a stage.")
    if ignored:
        shown = ", ".join(f"'{text}'" for text in ignored[:8])
        more = f" and {len(ignored) - 8} more" if len(ignored) > 8 else ""
        warnings.append(f"These columns are not mapstudio columns and were ignored: {shown}{more}.")
    return columns


# -- one row's meaning ----------------------------------------------------------------------


@dataclass
class SheetRow:
    """One usable row: a card or an emotion point, with the names of where it goes."""

    number: int
    kind: RowKind
    map: str
    persona: str
    stage: str
    lane: str
    lane_kind: LaneKind | None
    order: int | None
    score: int | None
    offset: float | None
    fields: dict[str, Any]  # Card or EmotionPoint fields (title, body, ... / feeling, note)


class RowError(Exception):
    """A row that cannot be used; the message says why in plain words."""


def _text(value: Any, *, escaped: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return number_text(value) if math.isfinite(value) else str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        # openpyxl's ArrayFormula and friends carry the formula as `text`.
        value = str(getattr(value, "text", None) or value)
    text = value[:MAX_CELL_CHARS]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Other control characters have no place in a map and break XML and terminals.
    text = "".join(ch for ch in text if ch >= " " or ch in "\n\t")
    return unescape_formula(text) if escaped else text


_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")


def _number(value: Any, column: str, decimal_comma: bool) -> float | None:
    if _is_empty(value):
        return None
    problem = f"{column} must be a number, like 41 or 4.5"
    if isinstance(value, bool):
        raise RowError(problem)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = (
            _text(value, escaped=False).strip().lstrip(QUOTE).replace(" ", "").replace("\u00a0", "")
        )
        if decimal_comma and _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
        elif _THOUSANDS.fullmatch(text):
            text = text.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise RowError(problem) from None
    if not math.isfinite(number):
        raise RowError(problem)
    if abs(number) > MAX_ABS_NUMBER:
        raise RowError(f"{column} is too large (at most {MAX_ABS_NUMBER:,.0f})")
    return number


def _whole(value: Any, column: str, low: int, high: int, decimal_comma: bool) -> int | None:
    what = f"{column} must be a whole number from {low} to {high}"
    try:
        number = _number(value, column, decimal_comma)
    except RowError:
        raise RowError(what) from None
    if number is None:
        return None
    if not number.is_integer() or not low <= number <= high:
        raise RowError(what)
    return int(number)


def _choice(value: str, column: str, options: dict[str, Any]) -> Any:
    key = value.strip().casefold()
    if key in options:
        return options[key]
    valid = ", ".join(dict.fromkeys(str(v) for v in options.values()))
    raise RowError(f"{column} '{value.strip()[:40]}' is not one of: {valid}")


_CHANNELS: dict[str, Channel] = {c.value: c for c in Channel} | {
    title.casefold(): c for c, title in CHANNEL_TITLES.items()
}
_LANE_KINDS: dict[str, LaneKind] = (
    {k.value: k for k in LaneKind}
    | {title.casefold(): k for k, title in LANE_KIND_TITLES.items()}
    | {k.value.replace("_", " "): k for k in LaneKind}
)
# Words a designer may use for a new lane's name, to guess its kind when no lane_kind.
LANE_WORDS: dict[str, LaneKind] = _LANE_KINDS | {
    "steps": LaneKind.ACTIONS,
    "doing": LaneKind.ACTIONS,
    "activities": LaneKind.ACTIONS,
    "customer actions": LaneKind.ACTIONS,
    "channels": LaneKind.TOUCHPOINTS,
    "frontstage": LaneKind.TOUCHPOINTS,
    "thinking": LaneKind.THOUGHTS,
    "quotes": LaneKind.THOUGHTS,
    "feelings": LaneKind.EMOTIONS,
    "emotion": LaneKind.EMOTIONS,
    "pains": LaneKind.PAIN_POINTS,
    "pain point": LaneKind.PAIN_POINTS,
    "ideas": LaneKind.OPPORTUNITIES,
    "opportunity": LaneKind.OPPORTUNITIES,
    "support": LaneKind.BACKSTAGE,
    "systems": LaneKind.BACKSTAGE,
    "backstage staff": LaneKind.BACKSTAGE,
    "kpi": LaneKind.KPIS,
    "metrics": LaneKind.KPIS,
    "context": LaneKind.NOTES,
    "note": LaneKind.NOTES,
}
_KINDS: dict[str, RowKind] = {
    "card": "card",
    "emotion": "emotion",
    "emotion point": "emotion",
    "point": "emotion",
}


def _limited(value: Any, column: str, limit: int) -> str:
    text = _text(value)
    if column in MATCHED_COLUMNS:
        text = text.strip()
    if len(text) > limit:
        # The cell's own length: `text` may have been cut to Excel's cell limit.
        cell = real_length(value) if isinstance(value, str) else 0
        length = cell if cell > MAX_CELL_CHARS else len(text)
        raise RowError(f"{column} is longer than {limit:,} characters ({length:,})")
    return text


def parse_row(
    number: int, cells: list[Any], columns: list[str | None], decimal_comma: bool
) -> SheetRow:
    """The meaning of one row; raises RowError with every reason it cannot be used."""
    values: dict[str, Any] = {}
    for column, cell in zip(columns, cells, strict=False):
        if column is not None:
            values[column] = cell
    errors: list[str] = []

    def get(column: str, convert: Any, *args: Any) -> Any:
        try:
            return convert(values.get(column), column, *args)
        except RowError as exc:
            errors.append(str(exc))
            return None

    names = {c: get(c, _limited, MAX_NAME) or "" for c in ("map", "persona", "stage", "lane")}
    title = get("title", _limited, MAX_NAME) or ""
    unit = get("unit", _limited, MAX_NAME) or ""
    feeling = get("feeling", _limited, MAX_NAME) or ""
    body = get("body", _limited, MAX_TEXT) or ""
    note = get("note", _limited, MAX_TEXT) or ""
    evidence = get("evidence", _limited, MAX_TEXT) or ""
    kind_text = _text(values.get("kind")).strip()
    kind: RowKind | None = (
        get("kind", lambda _v, c: _choice(kind_text, c, _KINDS)) if kind_text else None
    )
    lane_kind_text = _text(values.get("lane_kind")).strip()
    lane_kind = (
        get("lane_kind", lambda _v, c: _choice(lane_kind_text, c, _LANE_KINDS))
        if lane_kind_text
        else None
    )
    channel_text = _text(values.get("channel")).strip()
    channel = (
        get("channel", lambda _v, c: _choice(channel_text, c, _CHANNELS)) if channel_text else None
    )
    levels = {
        c: get(c, _whole, 1, MAX_LEVEL, decimal_comma) for c in ("severity", "impact", "effort")
    }
    value = get("value", _number, decimal_comma)
    target = get("target", _number, decimal_comma)
    order = get("order", _whole, 0, MAX_CARDS, decimal_comma)
    score = get("score", _whole, -1000, 1000, decimal_comma)
    offset = get("offset", _number, decimal_comma)
    if offset is not None and not 0.0 <= offset <= 1.0:
        errors.append("offset must be a number from 0 to 1")
    color = _text(values.get("color")).strip() or None
    if color is not None and not re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
        errors.append("color must look like #4C78A8")
    tags = _tags(_text(values.get("tags")), errors)

    if kind is None:
        looks_like_point = score is not None and not title and not body
        kind = "emotion" if lane_kind is LaneKind.EMOTIONS or looks_like_point else "card"
    if not names["stage"]:
        errors.append("the stage is empty")
    if kind == "emotion" and score is None and "score" not in " ".join(errors):
        errors.append("an emotion point needs a score")
    if errors:
        raise RowError("; ".join(dict.fromkeys(errors)))
    if kind == "emotion":
        fields: dict[str, Any] = {"feeling": feeling, "note": note}
    else:
        fields = {
            "title": title,
            "body": body,
            "channel": channel,
            **levels,
            "value": value,
            "target": target,
            "unit": unit,
            "tags": tags,
            "color": color,
            "evidence": evidence,
        }
    return SheetRow(
        number=number,
        kind=kind,
        map=names["map"],
        persona=names["persona"],
        stage=names["stage"],
        lane=names["lane"],
        lane_kind=lane_kind,
        order=order,
        score=score,
        offset=offset,
        fields=fields,
    )


def _tags(text: str, errors: list[str]) -> tuple[str, ...]:
    tags = tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
    if len(tags) > MAX_TAGS:
        errors.append(f"there are more than {MAX_TAGS} tags")
    long = [t for t in tags if len(t) > MAX_TAG]
    if long:
        errors.append(f"the tag '{long[0][:20]}…' is longer than {MAX_TAG} characters")
    return tags


def read_sheet(
    path: str | os.PathLike[str], *, progress: ProgressCallback | None = None
) -> tuple[list[SheetRow], Table]:
    """The usable rows of a sheet, and the table with the problems of the others.

    Raises SheetError when the sheet as a whole cannot be read, ImportCancelled when
    `progress` (called now and then with (done, total)) returns False."""
    return read_sheet_within(Path(path), Progress(progress), 1.0)


# How the reading of a sheet shares the progress bar: most of it is reading the file.
_READ_SHARE = 0.85


def read_sheet_within(path: Path, steps: Progress, end: float) -> tuple[list[SheetRow], Table]:
    """`read_sheet` as the first part, up to `end` (0-1), of a longer job's progress."""
    steps.span(0.0, end * _READ_SHARE)
    table = _read_table(path, steps)
    steps.span(end * _READ_SHARE, end)
    rows: list[SheetRow] = []
    total = max(1, len(table.rows))
    for index, (number, cells) in enumerate(table.rows):
        if index % 512 == 0:
            steps.update(index / total)
        try:
            rows.append(parse_row(number, cells, table.columns, table.decimal_comma))
        except RowError as exc:
            table.problems.append(RowProblem(number, str(exc)))
    return rows, table


__all__ = [
    "COLUMNS",
    "DEFAULT_MAP_TITLE",
    "DEFAULT_PERSONA",
    "LANE_WORDS",
    "MAX_REPORTED_PROBLEMS",
    "MAX_ROWS",
    "SHEET_TITLE",
    "TAG_SEPARATOR",
    "TEXT_COLUMNS",
    "XLSX_LIMITS",
    "RowError",
    "RowProblem",
    "SheetFormat",
    "SheetRow",
    "Table",
    "escape_formula",
    "lane_name",
    "number_text",
    "parse_row",
    "read_sheet",
    "read_sheet_within",
    "read_table",
    "unescape_formula",
]
