"""Cutting a poster into office sheets that overlap, as poster tools do (pure geometry).

Each sheet prints a window of the poster inside its printable area (the sheet minus the
printer margin, minus a footer line for the sheet's label). Neighbouring windows share
an `overlap` strip: sheets are glued with the right/lower neighbour laid over that
strip, so the windows step by (content size − overlap). The whole grid is centred on the
poster, so the unused paper is split evenly around it.

Coordinates: points, y down, relative to the top-left corner of the poster's media box.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mapstudio.export.errors import ExportError
from mapstudio.export.pages import PageSize
from mapstudio.export.units import MM, format_mm
from mapstudio.layout import Rect

FOOTER = 7 * MM  # the label line at the bottom of each sheet's printable area


def row_letters(row: int) -> str:
    """A, B, ..., Z, AA, AB, ... for rows 0, 1, ..."""
    letters = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_label(row: int, col: int) -> str:
    """A sheet's position as printed on it: row letter and column number, e.g. "B3"."""
    return f"{row_letters(row)}{col + 1}"


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet of the grid and the window of the poster it prints."""

    row: int
    col: int
    window: Rect  # the part of the poster printed in the sheet's content area

    @property
    def label(self) -> str:
        return sheet_label(self.row, self.col)


@dataclass(frozen=True, slots=True)
class TilePlan:
    """The sheet grid of a tiled poster."""

    sheet_name: str
    sheet_w: float
    sheet_h: float
    margin: float
    overlap: float
    footer: float
    rows: int
    cols: int
    origin_x: float  # poster x of the first window's left edge (<= 0: grid centred)
    origin_y: float
    sheets: tuple[Sheet, ...]  # row by row

    @property
    def content_w(self) -> float:
        """Width of the printed window on each sheet."""
        return self.sheet_w - 2 * self.margin

    @property
    def content_h(self) -> float:
        """Height of the printed window on each sheet (above the footer line)."""
        return self.sheet_h - 2 * self.margin - self.footer

    @property
    def step_x(self) -> float:
        """How far the window moves from one column to the next."""
        return self.content_w - self.overlap

    @property
    def step_y(self) -> float:
        """How far the window moves from one row to the next."""
        return self.content_h - self.overlap

    @property
    def content_rect(self) -> Rect:
        """Where the window sits on a sheet (y down from the sheet's top)."""
        return Rect(self.margin, self.margin, self.content_w, self.content_h)

    @property
    def assembled_w(self) -> float:
        """Width of the taped-together grid."""
        return self.cols * self.step_x + self.overlap

    @property
    def assembled_h(self) -> float:
        """Height of the taped-together grid."""
        return self.rows * self.step_y + self.overlap

    def sheet(self, row: int, col: int) -> Sheet:
        return self.sheets[row * self.cols + col]

    def neighbours(self, sheet: Sheet) -> dict[str, str]:
        """Labels of the sheets around `sheet`, by side ("left", "right", "up", "down")."""
        found: dict[str, str] = {}
        for side, dr, dc in (("left", 0, -1), ("right", 0, 1), ("up", -1, 0), ("down", 1, 0)):
            r, c = sheet.row + dr, sheet.col + dc
            if 0 <= r < self.rows and 0 <= c < self.cols:
                found[side] = sheet_label(r, c)
        return found


def _count(length: float, content: float, overlap: float) -> int:
    if length <= content:
        return 1
    return math.ceil((length - overlap) / (content - overlap) - 1e-9)


def _grid(
    poster_w: float, poster_h: float, sheet_w: float, sheet_h: float, margin: float, overlap: float
) -> tuple[int, int]:
    content_w = sheet_w - 2 * margin
    content_h = sheet_h - 2 * margin - FOOTER
    return _count(poster_h, content_h, overlap), _count(poster_w, content_w, overlap)


def plan_tiles(
    poster_w: float, poster_h: float, sheet: PageSize, overlap: float, margin: float
) -> TilePlan:
    """The grid of `sheet`-sized pages that prints a poster of the given media size.

    The sheet is turned whichever way needs fewer sheets (portrait on a tie).
    """
    short, long = sorted((sheet.width, sheet.height))
    if overlap < 0 or margin < 0:
        raise ExportError("The overlap and the margin cannot be negative.")
    content_short = short - 2 * margin - FOOTER
    if content_short <= 10 * MM:
        raise ExportError(
            f"A margin of {format_mm(margin, 1)} leaves no room to print on {sheet.name} "
            "sheets. Choose a smaller margin or a larger tile size."
        )
    if overlap >= content_short:
        raise ExportError(
            f"An overlap of {format_mm(overlap, 1)} is as large as the printable part of each "
            f"{sheet.name} sheet ({format_mm(content_short)}). Choose a smaller overlap "
            "(10 mm is usual)."
        )
    fits_once = any(
        _grid(poster_w, poster_h, w, h, margin, overlap) == (1, 1)
        for w, h in ((short, long), (long, short))
    )
    # A sheet as large as the poster is a mix-up of --page and --tile, even when the
    # printer margin would make the poster spill onto a second sheet.
    fits_once = fits_once or any(
        w >= poster_w - 0.5 and h >= poster_h - 0.5 for w, h in ((short, long), (long, short))
    )
    if fits_once:
        raise ExportError(
            f"The poster ({format_mm(poster_w)} × {format_mm(poster_h)}) fits on one "
            f"{sheet.name} sheet: there is nothing to tile. Print it without tiling, or "
            "choose a larger poster size."
        )
    options = []
    for w, h in ((short, long), (long, short)):
        rows, cols = _grid(poster_w, poster_h, w, h, margin, overlap)
        options.append((rows * cols, w > h, rows, cols, w, h))
    _total, _landscape, rows, cols, sheet_w, sheet_h = min(options)
    content_w = sheet_w - 2 * margin
    content_h = sheet_h - 2 * margin - FOOTER
    step_x, step_y = content_w - overlap, content_h - overlap
    # Centre the grid: the spare paper is shared by both ends.
    origin_x = -((cols * step_x + overlap) - poster_w) / 2
    origin_y = -((rows * step_y + overlap) - poster_h) / 2
    sheets = tuple(
        Sheet(r, c, Rect(origin_x + c * step_x, origin_y + r * step_y, content_w, content_h))
        for r in range(rows)
        for c in range(cols)
    )
    return TilePlan(
        sheet_name=sheet.name,
        sheet_w=sheet_w,
        sheet_h=sheet_h,
        margin=margin,
        overlap=overlap,
        footer=FOOTER,
        rows=rows,
        cols=cols,
        origin_x=origin_x,
        origin_y=origin_y,
        sheets=sheets,
    )


__all__ = ["FOOTER", "Sheet", "TilePlan", "plan_tiles", "row_letters", "sheet_label"]
