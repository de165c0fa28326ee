"""The sheet grid of a tiled poster: which window of the poster each office sheet prints.

Pure geometry (points, y down, relative to the top-left corner of the poster's media
box). `mapstudio.export.tiling.plan_tiles` chooses the grid; the marks each sheet
carries and the assembly guide are drawn from it (mapstudio.layout.sheets).

Each sheet prints a window of the poster. Its printable area (the sheet minus the
printer margin) gives up a `gutter` strip along its top and left edges for the sheet's
name and the cut lines; neighbouring windows share an `overlap` strip, so the windows
step by (window size − overlap).
"""

from __future__ import annotations

from dataclasses import dataclass

from mapstudio.layout.geometry import Rect


def sheet_label(row: int, col: int) -> str:
    """A sheet's position as printed on it, e.g. "R2-C3" (row 2, column 3).

    Never a letter and a digit ("B3", "A4"): those read as paper sizes.
    """
    return f"R{row + 1}-C{col + 1}"


def sheet_position(row: int, col: int) -> str:
    """The sheet's position in words: "row 2 · column 3"."""
    return f"row {row + 1} · column {col + 1}"


@dataclass(frozen=True, slots=True)
class Sheet:
    """One place in the grid and the window of the poster it prints."""

    row: int
    col: int
    window: Rect  # the part of the poster printed in the sheet's content area
    printed: bool = True  # False: the window holds no content, the sheet is left out

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
    gutter: float
    rows: int
    cols: int
    origin_x: float  # poster x of the first window's left edge
    origin_y: float
    sheets: tuple[Sheet, ...]  # every place of the grid, row by row, printed or not

    @property
    def content_w(self) -> float:
        """Width of the printed window on each sheet."""
        return self.sheet_w - 2 * self.margin - self.gutter

    @property
    def content_h(self) -> float:
        """Height of the printed window on each sheet."""
        return self.sheet_h - 2 * self.margin - self.gutter

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
        edge = self.margin + self.gutter
        return Rect(edge, edge, self.content_w, self.content_h)

    @property
    def printable_rect(self) -> Rect:
        """The part of a sheet the printer prints: the sheet minus its margin."""
        return Rect(
            self.margin, self.margin, self.sheet_w - 2 * self.margin, self.sheet_h - 2 * self.margin
        )

    @property
    def assembled_w(self) -> float:
        """Width of the taped-together grid."""
        return self.cols * self.step_x + self.overlap

    @property
    def assembled_h(self) -> float:
        """Height of the taped-together grid."""
        return self.rows * self.step_y + self.overlap

    @property
    def printed(self) -> tuple[Sheet, ...]:
        """The sheets that are printed, row by row."""
        return tuple(s for s in self.sheets if s.printed)

    @property
    def skipped(self) -> tuple[Sheet, ...]:
        """The places of the grid left out because their window holds no content."""
        return tuple(s for s in self.sheets if not s.printed)

    def sheet(self, row: int, col: int) -> Sheet:
        return self.sheets[row * self.cols + col]

    def number(self, sheet: Sheet) -> int:
        """1-based position of a printed sheet in the PDF's run of sheets."""
        return self.printed.index(sheet) + 1

    def neighbours(self, sheet: Sheet) -> dict[str, str]:
        """Labels of the printed sheets around `sheet`, by side ("left", "right",
        "up", "down")."""
        found: dict[str, str] = {}
        for side, dr, dc in (("left", 0, -1), ("right", 0, 1), ("up", -1, 0), ("down", 1, 0)):
            r, c = sheet.row + dr, sheet.col + dc
            if 0 <= r < self.rows and 0 <= c < self.cols and self.sheet(r, c).printed:
                found[side] = sheet_label(r, c)
        return found

    def visible_window(self, sheet: Sheet) -> Rect:
        """The part of the sheet's window that shows on the assembled poster (poster
        coordinates): the window less the strips its right and lower neighbours cover."""
        around = self.neighbours(sheet)
        win = sheet.window
        w = win.w - (self.overlap if "right" in around else 0.0)
        h = win.h - (self.overlap if "down" in around else 0.0)
        return Rect(win.x, win.y, w, h)


__all__ = ["Sheet", "TilePlan", "sheet_label", "sheet_position"]
