"""Maps written as spreadsheets (CSV or XLSX), one row per card or emotion point, in an
order that import (mapstudio.fileformat.sheet_import) reads back into the same map:
stages, lanes and personas in the same order, cards in the same cells and order. Text
that a spreadsheet would take for a formula is escaped (see fileformat.sheets). XLSX is
written with openpyxl.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from mapstudio.export.errors import ExportError
from mapstudio.fileformat import ProjectFileError
from mapstudio.fileformat.save import atomic_write
from mapstudio.fileformat.sheets import (
    COLUMNS,
    SHEET_TITLE,
    TAG_SEPARATOR,
    TEXT_COLUMNS,
    SheetFormat,
    escape_formula,
    lane_name,
    number_text,
)
from mapstudio.model import (
    LANE_KIND_TITLES,
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Project,
    Stage,
    band_personas,
    curve_points,
    index_cells,
    persona_lanes,
    shared_lanes,
)
from mapstudio.model.queries import CellKey

log = logging.getLogger(__name__)

# -- export -----------------------------------------------------------------------------


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
        return number_text(value)
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


__all__ = ["csv_bytes", "export_sheet", "sheet_format", "sheet_rows", "xlsx_bytes"]
