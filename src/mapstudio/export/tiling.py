"""Cutting a poster into office sheets that overlap, for tape and scissors (pure geometry).

Each sheet prints a window of the poster. Its printable area (the sheet minus the
printer margin) gives up a `gutter` strip along its top and left edges: that strip
holds the sheet's name and the cut lines, and it is cut off. Neighbouring windows share
an `overlap` strip: a sheet is cut along the top and left edges of its window and laid
over the right and lower strips of its neighbours, so the windows step by
(window size − overlap). Glue marks go into those covered strips, the name and the cut
lines into the gutter: once the poster is assembled nothing of them shows.

The grid covers the poster's content (the title band and the map), not the whole
paper: centred on it, or pushed to one side where that leaves out more sheets. Sheets
whose window holds no content are not printed: the assembly guide names them, and the
wall simply stays bare there.

Coordinates: points, y down, relative to the top-left corner of the poster's media box.
The grid itself (`TilePlan`, `Sheet`) is layout geometry (mapstudio.layout.tiles), so the
marks drawn from it are display lists too; this module chooses it for a paper size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from mapstudio.export.errors import ExportError
from mapstudio.export.pages import PageSize
from mapstudio.export.units import MM, format_mm
from mapstudio.layout import Rect
from mapstudio.layout.tiles import Sheet, TilePlan, sheet_label, sheet_position

GUTTER = 7 * MM  # the cut-off strip along a sheet's top and left edges: name, cut lines
MIN_CONTENT = 0.5  # points of poster content that make a sheet worth printing
# Where the grid's spare length goes, tried in this order: shared by both ends first.
ALIGNMENTS = tuple((ax, ay) for ax in (0.5, 0.0, 1.0) for ay in (0.5, 0.0, 1.0))


def _count(length: float, content: float, overlap: float) -> int:
    if length <= content:
        return 1
    return math.ceil((length - overlap) / (content - overlap) - 1e-9)


def _bounds(boxes: Sequence[Rect]) -> Rect:
    left = min(b.x for b in boxes)
    top = min(b.y for b in boxes)
    right = max(b.right for b in boxes)
    bottom = max(b.bottom for b in boxes)
    return Rect(left, top, right - left, bottom - top)


def _meets(area: Rect, boxes: Sequence[Rect]) -> bool:
    for box in boxes:
        w = min(area.right, box.right) - max(area.x, box.x)
        h = min(area.bottom, box.bottom) - max(area.y, box.y)
        if w > MIN_CONTENT and h > MIN_CONTENT:
            return True
    return False


def _layout(
    bounds: Rect,
    boxes: Sequence[Rect],
    sheet_w: float,
    sheet_h: float,
    margin: float,
    overlap: float,
    gutter: float,
    align: tuple[float, float],
) -> tuple[int, int, float, float, tuple[Sheet, ...]]:
    """The grid on sheets of this size and way round; `align` places the grid's
    spare length: 0 after the content, 0.5 shared by both ends, 1 before it."""
    content_w = sheet_w - 2 * margin - gutter
    content_h = sheet_h - 2 * margin - gutter
    rows = _count(bounds.h, content_h, overlap)
    cols = _count(bounds.w, content_w, overlap)
    step_x, step_y = content_w - overlap, content_h - overlap
    origin_x = bounds.x - ((cols * step_x + overlap) - bounds.w) * align[0]
    origin_y = bounds.y - ((rows * step_y + overlap) - bounds.h) * align[1]
    windows = [
        Rect(origin_x + c * step_x, origin_y + r * step_y, content_w, content_h)
        for r in range(rows)
        for c in range(cols)
    ]
    # Only a window with no content at all is left out: then the white margins of
    # the sheets around it can only lie over bare paper.
    sheets = tuple(
        Sheet(i // cols, i % cols, window, _meets(window, boxes))
        for i, window in enumerate(windows)
    )
    return rows, cols, origin_x, origin_y, sheets


def plan_tiles(
    poster_w: float,
    poster_h: float,
    sheet: PageSize,
    overlap: float,
    margin: float,
    content: Sequence[Rect] | None = None,
    gutter: float = GUTTER,
) -> TilePlan:
    """The grid of `sheet`-sized pages that prints a poster of the given media size.

    `content` lists the boxes that carry print (poster coordinates); by default the
    whole poster. The grid covers their bounding box, and a sheet whose window meets
    none of them is not printed. The sheet
    is turned, and the grid placed, whichever way needs fewer printed sheets (then
    fewer places in the grid; portrait and a centred grid on a tie).
    """
    short, long = sorted((sheet.width, sheet.height))
    if overlap < 0 or margin < 0:
        raise ExportError("The overlap and the margin cannot be negative.")
    content_short = short - 2 * margin - gutter
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
    # A sheet as large as the poster is a mix-up of --page and --tile.
    fits_once = any(
        w >= poster_w - 0.5 and h >= poster_h - 0.5 for w, h in ((short, long), (long, short))
    ) or any(
        _count(poster_h, h - 2 * margin - gutter, overlap) == 1
        and _count(poster_w, w - 2 * margin - gutter, overlap) == 1
        for w, h in ((short, long), (long, short))
    )
    if fits_once:
        raise ExportError(
            f"The poster ({format_mm(poster_w)} × {format_mm(poster_h)}) fits on one "
            f"{sheet.name} sheet: there is nothing to tile. Print it without tiling, or "
            "choose a larger poster size."
        )
    boxes = tuple(content) if content else (Rect(0.0, 0.0, poster_w, poster_h),)
    bounds = _bounds(boxes)
    candidates = []
    for w, h in ((short, long), (long, short)):
        for align in ALIGNMENTS:
            rows, cols, ox, oy, sheets = _layout(
                bounds, boxes, w, h, margin, overlap, gutter, align
            )
            printed = sum(1 for s in sheets if s.printed)
            key = (printed, rows * cols, w > h, ALIGNMENTS.index(align))
            candidates.append((key, (w, h, rows, cols, ox, oy, sheets)))
    _key, (sheet_w, sheet_h, rows, cols, origin_x, origin_y, sheets) = min(
        candidates, key=lambda item: item[0]
    )
    return TilePlan(
        sheet_name=sheet.name,
        sheet_w=sheet_w,
        sheet_h=sheet_h,
        margin=margin,
        overlap=overlap,
        gutter=gutter,
        rows=rows,
        cols=cols,
        origin_x=origin_x,
        origin_y=origin_y,
        sheets=sheets,
    )


__all__ = ["GUTTER", "Sheet", "TilePlan", "plan_tiles", "sheet_label", "sheet_position"]
