"""Spreadsheet round trip: maps to CSV/XLSX rows and such sheets back into a project.

One row per card or emotion point; the columns are listed in `COLUMNS` and documented in
docs/spreadsheets.md. Export writes them in an order that import can read back into the
same map (stages, lanes and personas in the same order, cards in the same cells and
order). Import builds a new project (`import_sheet`) or merges into an existing map
(`merge_sheet`), matching stages, lanes and personas by name and creating the missing
ones. A row that cannot be used is reported with its row number and the reason in plain
words, and the other rows are imported.

A sheet is untrusted input, like a project file: its size, number of rows, columns and
cell lengths are capped; formulas are read as their text and never evaluated; and
exported text that a spreadsheet would take for a formula (= + - @ at the start) is
written with a leading apostrophe, which import removes again. XLSX goes through
openpyxl. No Qt: the CLI and the GUI both call this module.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from mapstudio.export.errors import ExportError
from mapstudio.export.sheet_common import (
    ImportCancelled,
    Progress,
    ProgressCallback,
    SheetError,
    SheetLimitError,
    UnsafeSheetError,
)
from mapstudio.export.xlsx_reader import XlsxLimits, read_first_sheet
from mapstudio.fileformat import ProjectFileError
from mapstudio.fileformat.save import atomic_write
from mapstudio.model import (
    CHANNEL_TITLES,
    LANE_KIND_SCOPES,
    LANE_KIND_TITLES,
    PERSONA_COLORS,
    Card,
    Channel,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    Persona,
    Project,
    Stage,
    band_personas,
    cell_accepts_cards,
    curve_points,
    index_cells,
    persona_lanes,
    shared_lanes,
)
from mapstudio.model.queries import CellKey
from mapstudio.model.types import (
    MAX_ABS_NUMBER,
    MAX_BANDS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_LANES,
    MAX_LEVEL,
    MAX_MAPS,
    MAX_NAME,
    MAX_PERSONAS,
    MAX_SCALE_STEPS,
    MAX_STAGES,
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


@dataclass(frozen=True)
class RowProblem:
    """A row that could not be used, with its number as the spreadsheet shows it (the
    header is row 1) and the reason in plain words."""

    row_number: int
    message: str

    def __str__(self) -> str:
        return f"row {self.row_number}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    """The project after an import, the rows left out and what was added."""

    project: Project
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[str, ...] = ()  # about the sheet as a whole, or rows imported with a change
    cards: int = 0  # cards added
    emotion_points: int = 0  # emotion points added
    created: tuple[str, ...] = ()  # "stage 'Onboard'", "persona 'Maya'", ...
    map_ids: tuple[str, ...] = ()  # the maps that received rows


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


# -- export -----------------------------------------------------------------------------


def lane_name(lane: Lane) -> str:
    """The name a lane goes by in a sheet: its title, or its kind's title when untitled."""
    return lane.title.strip() or LANE_KIND_TITLES[lane.kind]


def _number_text(value: float) -> str:
    # Whole numbers without ".0"; otherwise the shortest text that reads back exactly.
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def sheet_rows(project: Project, map_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One dict per card or emotion point of the maps (all maps when `map_ids` is None),
    keyed by COLUMNS, with typed values (int, float, str or None).

    Rows go stage by stage, then band by band, lane by lane (a persona's emotion points
    where its emotion lane is), then the shared lanes: read top to bottom, every stage,
    lane and persona first shows up in map order, which is how import restores it.
    """
    wanted = None if map_ids is None else set(map_ids)
    if wanted is not None:
        unknown = wanted - {m.id for m in project.maps}
        if unknown:
            raise ExportError(f"The project has no map with the id {sorted(unknown)[0]}.")
    rows: list[dict[str, Any]] = []
    for journey_map in project.maps:
        if wanted is None or journey_map.id in wanted:
            rows.extend(_map_rows(project, journey_map))
    return rows


def _map_rows(project: Project, journey_map: JourneyMap) -> Iterator[dict[str, Any]]:
    cells = index_cells(journey_map)
    personas = band_personas(project, journey_map)
    own_lanes = persona_lanes(journey_map)
    common = shared_lanes(journey_map)
    emotion_lane = next((ln for ln in own_lanes if ln.kind is LaneKind.EMOTIONS), None)
    points = {
        persona.id: curve_points(journey_map, persona.id) for persona in personas
    }  # sorted by stage, then offset
    for stage in journey_map.stages:
        for persona in personas:
            stage_points = [p for p in points[persona.id] if p.stage_id == stage.id]
            for lane in own_lanes:
                if lane.kind is LaneKind.EMOTIONS:
                    if lane is emotion_lane:
                        for point in stage_points:
                            yield _point_row(journey_map, persona, stage, lane, point)
                    continue
                for card in cells.get(CellKey(persona.id, lane.id, stage.id), ()):
                    yield _card_row(journey_map, persona, stage, lane, card)
            if emotion_lane is None:
                for point in stage_points:
                    yield _point_row(journey_map, persona, stage, None, point)
        for lane in common:
            for card in cells.get(CellKey(None, lane.id, stage.id), ()):
                yield _card_row(journey_map, None, stage, lane, card)


def _blank_row() -> dict[str, Any]:
    return dict.fromkeys(COLUMNS)


def _card_row(
    journey_map: JourneyMap, persona: Persona | None, stage: Stage, lane: Lane, card: Card
) -> dict[str, Any]:
    row = _blank_row()
    row.update(
        map=journey_map.title,
        persona=persona.name if persona else "",
        stage=stage.name,
        lane=lane_name(lane),
        order=card.order,
        title=card.title,
        body=card.body,
        channel=card.channel.value if card.channel else None,
        severity=card.severity,
        impact=card.impact,
        effort=card.effort,
        value=card.value,
        target=card.target,
        unit=card.unit,
        tags=TAG_SEPARATOR.join(card.tags),
        kind="card",
        lane_kind=lane.kind.value,
        evidence=card.evidence,
        color=card.color,
    )
    return row


def _point_row(
    journey_map: JourneyMap, persona: Persona, stage: Stage, lane: Lane | None, point: EmotionPoint
) -> dict[str, Any]:
    row = _blank_row()
    row.update(
        map=journey_map.title,
        persona=persona.name,
        stage=stage.name,
        lane=lane_name(lane) if lane else LANE_KIND_TITLES[LaneKind.EMOTIONS],
        score=point.score,
        feeling=point.feeling,
        kind="emotion",
        lane_kind=LaneKind.EMOTIONS.value,
        offset=point.offset,
        note=point.note,
    )
    return row


def _cell_text(column: str, value: Any) -> str:
    """A value as CSV text: numbers plainly, free text formula-escaped."""
    if value is None:
        return ""
    if isinstance(value, bool):  # never written, but bool is an int: keep it out
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
    text = str(value)
    return escape_formula(text) if column in TEXT_COLUMNS else text


def csv_bytes(rows: Iterable[dict[str, Any]]) -> bytes:
    """The rows as CSV: UTF-8 with a byte-order mark (so Excel reads the accents right),
    comma-separated, CRLF line ends, the header first."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell_text(column, row.get(column)) for column in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


# Column widths in characters for the XLSX sheet, so a designer can read it right away.
_XLSX_WIDTHS = {"title": 40, "body": 60, "note": 40, "evidence": 30, "tags": 24, "map": 22}


def xlsx_bytes(rows: Iterable[dict[str, Any]]) -> bytes:
    """The rows as an .xlsx workbook with one sheet: a bold, frozen header row with
    filters; numbers as numbers; text formula-escaped."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    for index, column in enumerate(COLUMNS, start=1):
        width = _XLSX_WIDTHS.get(column, max(10, len(column) + 3))
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E9EBEE")
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        cell.fill = fill
        header.append(cell)
    sheet.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    count = 0
    for row in rows:
        values: list[Any] = []
        for column in COLUMNS:
            value = row.get(column)
            if isinstance(value, str):
                # Control characters are not allowed in XLSX XML; the model strips them
                # on load, so this only guards projects built in code.
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                value = escape_formula(value) if column in TEXT_COLUMNS else value
                if value == "":
                    value = None
                if column == "body" and value:
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.alignment = wrap
                    value = cell
            values.append(value)
        sheet.append(values)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_format(path: str | os.PathLike[str]) -> SheetFormat:
    """csv or xlsx from the file name; ExportError for any other suffix."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise ExportError(
        f"'{Path(path).name}' is neither a .csv nor an .xlsx file name; choose one of those."
    )


def export_sheet(
    project: Project,
    out_path: str | os.PathLike[str],
    map_ids: Sequence[str] | None = None,
) -> int:
    """Write the maps (all when `map_ids` is None) to `out_path` as CSV or XLSX, chosen by
    its suffix; the number of rows written. Atomic: a failed write leaves any existing
    file as it was. Raises ExportError with a plain message."""
    kind = sheet_format(out_path)
    rows = sheet_rows(project, map_ids)
    data = csv_bytes(rows) if kind == "csv" else xlsx_bytes(rows)
    try:
        atomic_write(out_path, data)
    except ProjectFileError as exc:
        raise ExportError(str(exc)) from exc
    log.info("exported %d rows to %s", len(rows), out_path)
    return len(rows)


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
    kind: Literal["card", "emotion"]
    map: str
    persona: str
    stage: str
    lane: str
    lane_kind: LaneKind | None
    order: int | None
    score: int | None
    offset: float | None
    fields: dict[str, Any]  # Card or EmotionPoint fields (title, body, ... / feeling, note)


class _RowError(Exception):
    pass


def _text(value: Any, *, escaped: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _number_text(value) if math.isfinite(value) else str(value)
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
        raise _RowError(problem)
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
            raise _RowError(problem) from None
    if not math.isfinite(number):
        raise _RowError(problem)
    if abs(number) > MAX_ABS_NUMBER:
        raise _RowError(f"{column} is too large (at most {MAX_ABS_NUMBER:,.0f})")
    return number


def _whole(value: Any, column: str, low: int, high: int, decimal_comma: bool) -> int | None:
    what = f"{column} must be a whole number from {low} to {high}"
    try:
        number = _number(value, column, decimal_comma)
    except _RowError:
        raise _RowError(what) from None
    if number is None:
        return None
    if not number.is_integer() or not low <= number <= high:
        raise _RowError(what)
    return int(number)


def _choice(value: str, column: str, options: dict[str, Any]) -> Any:
    key = value.strip().casefold()
    if key in options:
        return options[key]
    valid = ", ".join(dict.fromkeys(str(v) for v in options.values()))
    raise _RowError(f"{column} '{value.strip()[:40]}' is not one of: {valid}")


_CHANNELS: dict[str, Channel] = {c.value: c for c in Channel} | {
    title.casefold(): c for c, title in CHANNEL_TITLES.items()
}
_LANE_KINDS: dict[str, LaneKind] = (
    {k.value: k for k in LaneKind}
    | {title.casefold(): k for k, title in LANE_KIND_TITLES.items()}
    | {k.value.replace("_", " "): k for k in LaneKind}
)
# Words a designer may use for a new lane's name, to guess its kind when no lane_kind.
_LANE_WORDS: dict[str, LaneKind] = _LANE_KINDS | {
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
_KINDS = {"card": "card", "emotion": "emotion", "emotion point": "emotion", "point": "emotion"}


def _limited(value: Any, column: str, limit: int) -> str:
    text = _text(value)
    if column in MATCHED_COLUMNS:
        text = text.strip()
    if len(text) > limit:
        raise _RowError(f"{column} is longer than {limit:,} characters ({len(text):,})")
    return text


def parse_row(
    number: int, cells: list[Any], columns: list[str | None], decimal_comma: bool
) -> SheetRow:
    """The meaning of one row; raises _RowError with every reason it cannot be used."""
    values: dict[str, Any] = {}
    for column, cell in zip(columns, cells, strict=False):
        if column is not None:
            values[column] = cell
    errors: list[str] = []

    def get(column: str, convert: Any, *args: Any) -> Any:
        try:
            return convert(values.get(column), column, *args)
        except _RowError as exc:
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
    kind = get("kind", lambda _v, c: _choice(kind_text, c, _KINDS)) if kind_text else None
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
        raise _RowError("; ".join(dict.fromkeys(errors)))
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
    return _read_sheet(Path(path), Progress(progress), 1.0)


# How the reading of a sheet shares the progress bar: most of it is reading the file.
_READ_SHARE = 0.85


def _read_sheet(path: Path, steps: Progress, end: float) -> tuple[list[SheetRow], Table]:
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
        except _RowError as exc:
            table.problems.append(RowProblem(number, str(exc)))
    return rows, table


# -- applying rows to a map -----------------------------------------------------------------


def _key(name: str) -> str:
    """Names match case-insensitively, ignoring surrounding and repeated spaces."""
    return " ".join(name.split()).casefold()


def _merged_order(first_seen: list[str], sequences: Iterable[list[str]]) -> list[str]:
    """The keys in `first_seen` ordered so that every sequence's order is kept where the
    sequences agree; ties (and contradictions) go by first appearance."""
    rank = {key: i for i, key in enumerate(first_seen)}
    after: dict[str, set[str]] = {key: set() for key in first_seen}
    waiting = dict.fromkeys(first_seen, 0)
    for sequence in sequences:
        previous = None
        for key in sequence:
            if key not in rank or key == previous:
                continue
            if previous is not None and key not in after[previous]:
                after[previous].add(key)
                waiting[key] += 1
            previous = key
    result: list[str] = []
    remaining = set(first_seen)
    while remaining:
        ready = [k for k in remaining if waiting[k] == 0]
        # A cycle means the sheet contradicts itself: take the earliest-seen key.
        chosen = min(ready or remaining, key=rank.__getitem__)
        remaining.discard(chosen)
        result.append(chosen)
        for nxt in after[chosen]:
            waiting[nxt] -= 1
    return result


def _scale_for(scores: list[int]) -> EmotionScale:
    """The emotion scale of a new map: the default -2..2 when the scores fit it, 1..5
    for a five-point sheet, else the smallest range holding them (up to 11 steps)."""
    default = EmotionScale()
    if not scores or all(default.min <= s <= default.max for s in scores):
        return default
    low, high = min(scores), max(scores)
    if low >= 1 and high <= 5:
        return EmotionScale(min=1, max=5)
    if high - low + 1 <= MAX_SCALE_STEPS:
        steps = max(2, high - low + 1)
        return EmotionScale(
            min=low, max=low + steps - 1, labels=tuple(str(s) for s in range(low, low + steps))
        )
    return default


class _MapMerge:
    """Adds sheet rows to one map of a project under construction."""

    def __init__(self, owner: _ProjectMerge, journey_map: JourneyMap, new_map: bool) -> None:
        self.owner = owner
        self.map = journey_map
        self.new_map = new_map
        self.stages = {_key(s.name): s for s in journey_map.stages}
        self.stage_order = [s.id for s in journey_map.stages]
        self.lanes = list(journey_map.lanes)
        self.bands = list(journey_map.bands)
        self.new_stages: list[str] = []
        self.new_lanes: list[str] = []
        self.new_bands: list[str] = []
        self.stage_sequences: dict[tuple[str, str], list[str]] = {}
        self.lane_sequences: dict[tuple[str, str], list[str]] = {}
        self.band_sequences: dict[tuple[str, str], list[str]] = {}
        existing = index_cells(journey_map)
        self.cell_counts = {key: len(cards) for key, cards in existing.items()}
        self.new_cards: dict[CellKey, list[tuple[float, int, Card]]] = {}
        self.points: list[EmotionPoint] = []
        # Counted for the whole project: the model's limits count every map together.
        self.card_count = owner.cards
        self.point_count = owner.points
        self.lane_warned: set[str] = set()

    # Lookups that create what is missing ------------------------------------------

    def stage(self, name: str) -> Stage:
        key = _key(name)
        stage = self.stages.get(key)
        if stage is None:
            if len(self.stages) >= MAX_STAGES:
                raise _RowError(f"the map already has {MAX_STAGES} stages, the most it can hold")
            stage = Stage(name=name)
            self.stages[key] = stage
            self.new_stages.append(stage.id)
            self.owner.created.append(f"stage '{name}'")
        return stage

    def persona(self, name: str) -> str:
        persona = self.owner.persona(name)
        if persona.id not in self.bands:
            if len(self.bands) >= MAX_BANDS:
                raise _RowError(f"the map already shows {MAX_BANDS} personas")
            self.bands.append(persona.id)
            self.new_bands.append(persona.id)
        return persona.id

    def emotion_lane(self) -> Lane:
        for lane in self.lanes:
            if lane.kind is LaneKind.EMOTIONS and lane.scope is LaneScope.PERSONA:
                return lane
        return self._add_lane(LANE_KIND_TITLES[LaneKind.EMOTIONS], LaneKind.EMOTIONS, True)

    def lane(self, row: SheetRow, has_persona: bool) -> Lane:
        name, kind = row.lane, row.lane_kind
        if name:
            matches = [ln for ln in self.lanes if _key(lane_name(ln)) == _key(name)]
            if kind is not None:
                # Two lanes may share a name; the one of the row's kind wins.
                matches = [ln for ln in matches if ln.kind is kind] or matches
            if matches:
                return matches[0]
        elif kind is not None:
            for lane in self.lanes:
                if lane.kind is kind:
                    return lane
            name = LANE_KIND_TITLES[kind]
        else:
            kind = _kind_from_fields(row.fields)
            if kind is None:
                raise _RowError("the lane is empty; name it (for example Actions or Pain points)")
            for lane in self.lanes:
                if lane.kind is kind:
                    return lane
            name = LANE_KIND_TITLES[kind]
        if kind is None:
            kind = _LANE_WORDS.get(_key(name)) or _kind_from_fields(row.fields)
            if kind is None:
                kind = LaneKind.NOTES
                if _key(name) not in self.lane_warned:
                    self.lane_warned.add(_key(name))
                    self.owner.warnings.append(
                        f"row {row.number}: the new lane '{name}' was made a Notes lane; add "
                        "a lane_kind column to choose its kind"
                    )
        return self._add_lane(name, kind, has_persona)

    def _add_lane(self, name: str, kind: LaneKind, has_persona: bool) -> Lane:
        if len(self.lanes) >= MAX_LANES:
            raise _RowError(f"the map already has {MAX_LANES} lanes, the most it can hold")
        scopes = LANE_KIND_SCOPES[kind]
        scope = LaneScope.PERSONA if has_persona else LaneScope.SHARED
        lane = Lane(kind=kind, title=name, scope=scope if scope in scopes else scopes[0])
        self.lanes.append(lane)
        self.new_lanes.append(lane.id)
        self.owner.created.append(f"lane '{name}'")
        return lane

    # Rows ------------------------------------------------------------------------

    def add(self, row: SheetRow) -> None:
        if row.kind == "emotion":
            self._add_point(row)
        else:
            self._add_card(row)

    def _persona_for(self, row: SheetRow, what: str) -> str:
        if row.persona:
            return self.persona(row.persona)
        if len(self.bands) == 1:
            return self.bands[0]
        if not self.bands:
            # A sheet without personas (a quick list of pain points, say): give its rows
            # one persona rather than refusing them all.
            self.owner.warnings.append(
                f"row {row.number}: the rows without a persona were given to a new "
                f"persona '{DEFAULT_PERSONA}'"
            )
            return self.persona(DEFAULT_PERSONA)
        raise _RowError(f"{what} belongs to a persona; fill in the persona column")

    def _add_point(self, row: SheetRow) -> None:
        if self.point_count >= MAX_EMOTION_POINTS:
            raise _RowError(f"the project already has {MAX_EMOTION_POINTS:,} emotion points")
        scale = self.map.emotion_scale
        assert row.score is not None
        if not scale.min <= row.score <= scale.max:
            raise _RowError(f"score must be a whole number from {scale.min} to {scale.max}")
        persona_id = self._persona_for(row, "an emotion point")
        stage = self.stage(row.stage)
        lane = self.emotion_lane()
        try:
            point = EmotionPoint(
                persona_id=persona_id,
                stage_id=stage.id,
                offset=0.5 if row.offset is None else row.offset,
                score=row.score,
                **row.fields,
            )
        except ValidationError as exc:  # parse_row checked each field; belt and braces
            raise _RowError(_validation_message(exc)) from exc
        self.points.append(point)
        self.point_count += 1
        self._observe(persona_id, stage.id, lane.id)

    def _add_card(self, row: SheetRow) -> None:
        if self.card_count >= MAX_CARDS:
            raise _RowError(f"the project already has {MAX_CARDS:,} cards")
        lane = self.lane(row, has_persona=bool(row.persona))
        if not cell_accepts_cards(lane):
            raise _RowError(
                f"the '{lane_name(lane)}' lane holds the emotion curve, not cards; set kind "
                "to emotion and give a score"
            )
        if lane.scope is LaneScope.SHARED:
            if row.persona:
                self.owner.warnings.append(
                    f"row {row.number}: the '{lane_name(lane)}' lane is shared by all "
                    f"personas, so the persona '{row.persona}' was left out"
                )
            persona_id = None
        else:
            persona_id = self._persona_for(row, f"a card in the '{lane_name(lane)}' lane")
        stage = self.stage(row.stage)
        try:
            card = Card(lane_id=lane.id, stage_id=stage.id, persona_id=persona_id, **row.fields)
        except ValidationError as exc:  # parse_row checked each field; belt and braces
            raise _RowError(_validation_message(exc)) from exc
        key = CellKey(persona_id, lane.id, stage.id)
        rank = float(row.order) if row.order is not None else math.inf
        self.new_cards.setdefault(key, []).append((rank, row.number, card))
        self.card_count += 1
        self._observe(persona_id, stage.id, lane.id)

    def _observe(self, persona_id: str | None, stage_id: str, lane_id: str) -> None:
        who = persona_id or ""
        self.stage_sequences.setdefault((who, lane_id), []).append(stage_id)
        self.lane_sequences.setdefault((who, stage_id), []).append(lane_id)
        if persona_id is not None:
            self.band_sequences.setdefault((stage_id, lane_id), []).append(persona_id)

    # Result ------------------------------------------------------------------------

    def result(self, scores: list[int]) -> JourneyMap:
        stage_by_id = {s.id: s for s in self.stages.values()}
        new_stage_ids = _merged_order(self.new_stages, self.stage_sequences.values())
        stages = [stage_by_id[i] for i in self.stage_order + new_stage_ids]
        lane_by_id = {ln.id: ln for ln in self.lanes}
        old_lanes = [ln.id for ln in self.map.lanes]
        new_lanes = [
            lane_by_id[i] for i in _merged_order(self.new_lanes, self.lane_sequences.values())
        ]
        # The sheet orders persona lanes and shared lanes only among themselves (the map
        # shows them apart); list persona lanes first, as new maps do.
        new_lanes.sort(key=lambda lane: lane.scope is LaneScope.SHARED)
        lanes = [lane_by_id[i] for i in old_lanes] + new_lanes
        old_bands = list(self.map.bands)
        bands = old_bands + _merged_order(self.new_bands, self.band_sequences.values())
        cards = list(self.map.cards)
        for key, entries in self.new_cards.items():
            start = self.cell_counts.get(key, 0)
            entries.sort(key=lambda entry: (entry[0], entry[1]))
            for n, (_rank, _number, card) in enumerate(entries):
                cards.append(card.model_copy(update={"order": start + n}))
        update: dict[str, Any] = {
            "stages": tuple(stages),
            "lanes": tuple(lanes),
            "bands": tuple(bands),
            "cards": tuple(cards),
            "emotion_points": self.map.emotion_points + tuple(self.points),
        }
        if self.new_map:
            update["emotion_scale"] = _scale_for(scores)
        return self.map.model_copy(update=update)


def _validation_message(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error.get("loc", ())) or "a value"
    return f"{where}: {error.get('msg', 'is not valid')}"


def _kind_from_fields(fields: dict[str, Any]) -> LaneKind | None:
    """The lane kind a card's filled-in fields point to, if any."""
    if fields.get("severity") is not None:
        return LaneKind.PAIN_POINTS
    if fields.get("impact") is not None or fields.get("effort") is not None:
        return LaneKind.OPPORTUNITIES
    if fields.get("value") is not None or fields.get("target") is not None:
        return LaneKind.KPIS
    if fields.get("channel") is not None:
        return LaneKind.TOUCHPOINTS
    return None


class _ProjectMerge:
    """Rows applied to a project: the persona library is shared by all its maps."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.personas = list(project.personas)
        self.by_name = {}
        for persona in self.personas:
            self.by_name.setdefault(_key(persona.name), persona)
        self.created: list[str] = []
        self.warnings: list[str] = []
        # Cards and emotion points of the whole project, the maps being built included.
        self.cards = sum(len(m.cards) for m in project.maps)
        self.points = sum(len(m.emotion_points) for m in project.maps)

    def persona(self, name: str) -> Persona:
        key = _key(name)
        persona = self.by_name.get(key)
        if persona is None:
            if len(self.personas) >= MAX_PERSONAS:
                raise _RowError(f"the project already has {MAX_PERSONAS} personas")
            persona = Persona(
                name=name, color=PERSONA_COLORS[len(self.personas) % len(PERSONA_COLORS)]
            )
            self.personas.append(persona)
            self.by_name[key] = persona
            self.created.append(f"persona '{name}'")
        return persona


def _apply(
    merge: _ProjectMerge,
    target: _MapMerge,
    rows: Sequence[SheetRow],
    problems: list[RowProblem],
    steps: Progress | None = None,
    *,
    done: int = 0,
    total: int | None = None,
) -> tuple[int, int]:
    """Add `rows` to `target`, problems to `problems`. `done` of `total` rows (default:
    these rows) were added before, for the progress."""
    cards_before, points_before = target.card_count, target.point_count
    whole = max(1, len(rows) if total is None else total)
    for index, row in enumerate(rows, start=done):
        if steps is not None and index % 512 == 0:
            steps.update(index / whole)
        try:
            target.add(row)
        except _RowError as exc:
            problems.append(RowProblem(row.number, str(exc)))
    return target.card_count - cards_before, target.point_count - points_before


def _finish_problems(problems: list[RowProblem]) -> tuple[RowProblem, ...]:
    problems.sort(key=lambda p: p.row_number)
    if len(problems) > MAX_REPORTED_PROBLEMS:
        rest = len(problems) - MAX_REPORTED_PROBLEMS
        last = problems[MAX_REPORTED_PROBLEMS - 1].row_number
        summary = RowProblem(last, f"and {rest:,} more rows could not be used")
        problems = [*problems[:MAX_REPORTED_PROBLEMS], summary]
    return tuple(problems)


def import_rows(
    rows: Sequence[SheetRow],
    *,
    title: str = "Imported project",
    table: Table | None = None,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """A new project from parsed rows: one map per distinct `map` name (rows without one
    go to the first map), stages, lanes and personas in the order the sheet shows them.
    ImportCancelled when `progress` returns False."""
    return _import_rows(rows, title, table, Progress(progress))


def _import_rows(
    rows: Sequence[SheetRow], title: str, table: Table | None, steps: Progress
) -> ImportResult:
    problems = list(table.problems) if table else []
    warnings = list(table.warnings) if table else []
    titles: dict[str, str] = {}
    for row in rows:
        if row.map:
            titles.setdefault(_key(row.map), row.map)
    if not titles:
        titles[_key(title)] = title[:MAX_NAME] or DEFAULT_MAP_TITLE
    default_key = next(iter(titles))
    grouped: dict[str, list[SheetRow]] = {key: [] for key in titles}
    for row in rows:
        key = _key(row.map) if row.map else default_key
        if key not in grouped:  # more than MAX_MAPS maps
            problems.append(RowProblem(row.number, f"a project holds at most {MAX_MAPS} maps"))
            continue
        grouped[key].append(row)
    if len(grouped) > MAX_MAPS:
        for key in list(grouped)[MAX_MAPS:]:
            for row in grouped.pop(key):
                problems.append(RowProblem(row.number, f"a project holds at most {MAX_MAPS} maps"))
    empty = Project(title=title[:MAX_NAME], maps=(JourneyMap(title=DEFAULT_MAP_TITLE),))
    merge = _ProjectMerge(empty)
    maps: list[JourneyMap] = []
    cards = points = applied = 0
    for key, map_rows in grouped.items():
        target = _MapMerge(merge, JourneyMap(title=titles[key]), new_map=True)
        # The scale must be known before points are checked against it.
        scores = [r.score for r in map_rows if r.kind == "emotion" and r.score is not None]
        target.map = target.map.model_copy(update={"emotion_scale": _scale_for(scores)})
        added_cards, added_points = _apply(
            merge, target, map_rows, problems, steps, done=applied, total=len(rows)
        )
        applied += len(map_rows)
        merge.cards += added_cards
        merge.points += added_points
        cards += added_cards
        points += added_points
        maps.append(target.result(scores))
    project = Project(title=title[:MAX_NAME], personas=tuple(merge.personas), maps=tuple(maps))
    return ImportResult(
        project=project,
        problems=_finish_problems(problems),
        warnings=tuple(warnings + merge.warnings),
        cards=cards,
        emotion_points=points,
        created=tuple(merge.created),
        map_ids=tuple(m.id for m in maps),
    )


def merge_rows(
    project: Project,
    map_id: str,
    rows: Sequence[SheetRow],
    *,
    table: Table | None = None,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """`project` with the rows added to the map `map_id`: stages, lanes and personas
    matched by name (case and spaces ignored) or created; cards go below the cards
    already in their cell. The `map` column is not used. ImportCancelled when
    `progress` returns False."""
    return _merge_rows(project, map_id, rows, table, Progress(progress))


def _merge_rows(
    project: Project, map_id: str, rows: Sequence[SheetRow], table: Table | None, steps: Progress
) -> ImportResult:
    problems = list(table.problems) if table else []
    warnings = list(table.warnings) if table else []
    try:
        journey_map = next(m for m in project.maps if m.id == map_id)
    except StopIteration:
        raise SheetError("The map to import into does not exist.") from None
    merge = _ProjectMerge(project)
    target = _MapMerge(merge, journey_map, new_map=False)
    cards, points = _apply(merge, target, rows, problems, steps)
    new_map = target.result([])
    maps = tuple(new_map if m.id == map_id else m for m in project.maps)
    result = project.model_copy(update={"personas": tuple(merge.personas), "maps": maps})
    return ImportResult(
        project=result,
        problems=_finish_problems(problems),
        warnings=tuple(warnings + merge.warnings),
        cards=cards,
        emotion_points=points,
        created=tuple(merge.created),
        map_ids=(map_id,),
    )


# Where building the project starts on the progress bar of a whole import.
_BUILD_FROM = 0.9


def import_sheet(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """A new project from the CSV or XLSX file at `path` (titled after the file unless
    `title` is given). Raises SheetError when the sheet as a whole cannot be read,
    ImportCancelled when `progress` (called now and then with (done, total)) returns
    False."""
    steps = Progress(progress)
    rows, table = _read_sheet(Path(path), steps, _BUILD_FROM)
    steps.span(_BUILD_FROM, 1.0)
    result = _import_rows(rows, title or Path(path).stem, table, steps)
    steps.finish()
    log.info(
        "imported %s: %d cards, %d emotion points, %d rows left out",
        path,
        result.cards,
        result.emotion_points,
        len(result.problems),
    )
    return result


def merge_sheet(
    project: Project,
    map_id: str,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """A new Project: `project` with the sheet at `path` merged into the map `map_id`.
    Raises SheetError when the sheet as a whole cannot be read, ImportCancelled when
    `progress` returns False."""
    steps = Progress(progress)
    rows, table = _read_sheet(Path(path), steps, _BUILD_FROM)
    steps.span(_BUILD_FROM, 1.0)
    result = _merge_rows(project, map_id, rows, table, steps)
    steps.finish()
    log.info(
        "merged %s into map %s: %d cards, %d emotion points, %d rows left out",
        path,
        map_id,
        result.cards,
        result.emotion_points,
        len(result.problems),
    )
    return result


__all__ = [
    "COLUMNS",
    "MAX_ROWS",
    "XLSX_LIMITS",
    "ImportCancelled",
    "ImportResult",
    "ProgressCallback",
    "RowProblem",
    "SheetError",
    "SheetLimitError",
    "SheetRow",
    "Table",
    "UnsafeSheetError",
    "XlsxLimits",
    "csv_bytes",
    "escape_formula",
    "export_sheet",
    "import_rows",
    "import_sheet",
    "lane_name",
    "merge_rows",
    "merge_sheet",
    "read_sheet",
    "read_table",
    "sheet_format",
    "sheet_rows",
    "unescape_formula",
    "xlsx_bytes",
]
