"""What a poster prints besides its map, as display lists (mapstudio.layout.display).

The paper and the title band under the map, crop marks, the slug line and the photo
markers round it, the marks of a tiled sheet (cut lines, the sheet's name and facts,
glue strips with arrows) and the assembly guide (its words, the sheet grid over the
poster, a 100 mm bar) are decided here once: the PDF (mapstudio.export.pdf) and the
export dialog's preview draw the same lists through their interpreters. Every length and
colour comes from `SheetStyle`; the words come from the export, which knows what to say
(`SheetText`, `GuideText`), and are only measured and placed here.

Coordinates: points, y down; a poster's lists are in its media's coordinates, a sheet's
and a guide's in the sheet's own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal, NamedTuple

from mapstudio.layout.boxes import TextLine
from mapstudio.layout.display import (
    PathOp,
    PathShape,
    RectShape,
    RoundedRectShape,
    Shape,
    Shapes,
    TextRun,
    UpwardText,
)
from mapstudio.layout.fonts import FontSpec, FontStyle, TextMeasurer, default_measurer
from mapstudio.layout.geometry import Rect
from mapstudio.layout.glyphs import Close, LineTo, MoveTo
from mapstudio.layout.style import DEFAULT_SHEET_STYLE, SheetStyle
from mapstudio.layout.text import ELLIPSIS, wrap_text
from mapstudio.layout.tiles import Sheet, TilePlan

Side = Literal["right", "down"]

NO_BREAK_SPACE = "\u00a0"
# The spaces that join a number to its unit or a size's two sides: "108 %", "1189 × 1682 mm".
_UNIT_SPACE = re.compile(r"(?<=\d) (?=%|mm\b|cm\b|m\b|×)|(?<=×) (?=\d)")


class SheetText(NamedTuple):
    """The words a tiled sheet prints; the export words them, the layout places them."""

    facts: str  # "row 1 · column 2 · sheet 2 of 25 · left R1-C1 · ", the title follows
    title: str  # the map's title: shortened with "…" where the strip has no room
    cut_note: str  # at the right end of the top strip
    along_note: str  # up the left strip, along its cut line
    on_top: str  # on a glue strip; "{sheet}" stands for the neighbour's name


class GuideText(NamedTuple):
    """The words of an assembly guide, top to bottom."""

    heading: str
    facts: str
    steps: tuple[str, ...]  # numbered by the export: they fill the page from the bottom up
    bar_note: str  # above the 100 mm bar


class GuidePage(NamedTuple):
    """An assembly guide: its size, what goes under the poster (words, the poster's
    frame, the scale bar), where the poster goes, and the sheet grid over it."""

    width: float
    height: float
    shapes: Shapes
    poster_x: float  # where the poster's media's top-left corner goes
    poster_y: float
    poster_scale: float
    grid: Shapes


# -- text ------------------------------------------------------------------------------


def text_line(
    text: str,
    x: float,
    baseline: float,
    font: FontSpec,
    color: str,
    measurer: TextMeasurer,
) -> TextLine:
    """One measured line with its baseline's start at (x, baseline)."""
    return TextLine(text, x, baseline, font, color, measurer.width(text, font))


def wrap_keeping_units(
    text: str, font: FontSpec, width: float, measurer: TextMeasurer
) -> list[str]:
    """The lines of `text` no wider than `width`, never breaking a number from its unit.

    The layout's wrap breaks at every space, no-break ones too (card text is the user's),
    so the guide's own sentences are wrapped here, at ordinary spaces only; the spaces
    it keeps become no-break spaces in the PDF.
    """
    lines: list[str] = []
    current = ""
    for token in _UNIT_SPACE.sub(NO_BREAK_SPACE, text).split(" "):
        if not token:
            continue
        joined = f"{current} {token}" if current else token
        if measurer.width(joined, font) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        if measurer.width(token, font) <= width:
            current = token
        else:  # wider than a line on its own: the layout's wrap splits it
            *whole, current = wrap_text(token, font, width, measurer) or ("",)
            lines += whole
    if current:
        lines.append(current)
    return lines


def fit_text(text: str, font: FontSpec, room: float, before: str, measurer: TextMeasurer) -> str:
    """`text` shortened with "…" so that `before + text` fits `room` points."""
    used = measurer.width(before, font)
    if used + measurer.width(text, font) <= room:
        return text
    # The longest prefix that fits with its ellipsis (widths grow with the prefix).
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if used + measurer.width(text[:middle] + ELLIPSIS, font) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low] + ELLIPSIS if low else ""


def _rect_ops(rect: Rect) -> tuple[PathOp, ...]:
    return (
        MoveTo(rect.x, rect.y),
        LineTo(rect.right, rect.y),
        LineTo(rect.right, rect.bottom),
        LineTo(rect.x, rect.bottom),
        Close(),
    )


# -- the poster round its map ------------------------------------------------------------


def poster_ground(
    bleed: Rect,
    title_band: Rect,
    paper: str,
    rule_color: str,
    unit: float,
    style: SheetStyle = DEFAULT_SHEET_STYLE,
) -> Shapes:
    """Under the map and the title block: the paper over the bleed, the tinted title
    band and the rule along its foot (as wide as the band; `unit` is the title block's)."""
    y = title_band.bottom
    return (
        RectShape(bleed, paper),
        RectShape(title_band, style.title_band),
        PathShape(
            (MoveTo(title_band.x, y), LineTo(title_band.right, y)),
            rule_color,
            style.title_rule_width * unit,
        ),
    )


def crop_marks(
    trim: Rect,
    offset: float,
    slug: str,
    media_h: float,
    style: SheetStyle = DEFAULT_SHEET_STYLE,
    measurer: TextMeasurer | None = None,
) -> Shapes:
    """A mark along each edge at each corner of the trim, `offset` clear of it (outside
    the bleed), and the slug line naming the print at the foot of the media."""
    measurer = measurer if measurer is not None else default_measurer()
    length = style.crop_mark_length
    ops: list[PathOp] = []
    for x in (trim.x, trim.right):
        for y, sign in ((trim.y, -1), (trim.bottom, 1)):
            ops += (MoveTo(x, y + sign * offset), LineTo(x, y + sign * (offset + length)))
    for y in (trim.y, trim.bottom):
        for x, sign in ((trim.x, -1), (trim.right, 1)):
            ops += (MoveTo(x + sign * offset, y), LineTo(x + sign * (offset + length), y))
    font = FontSpec("regular", style.slug_size)
    line = text_line(slug, trim.x, media_h - style.slug_baseline, font, style.ink, measurer)
    return (
        PathShape(tuple(ops), style.crop_mark_color, style.crop_mark_width),
        TextRun((line,)),
    )


# Cells of a square symbol (a marker or a code), row by row: True is dark.
Cells = tuple[tuple[bool, ...], ...]


def dark_runs(cells: Cells) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark cells: a few rects
    per row instead of one per cell."""
    runs = []
    for r, row in enumerate(cells):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


class Symbol(NamedTuple):
    """A square symbol to print: its cells drawn onto `rect`, on a white `quiet` rect."""

    cells: Cells
    rect: Rect
    quiet: Rect


def photo_marks(
    symbols: tuple[Symbol, ...], paper: str, style: SheetStyle = DEFAULT_SHEET_STYLE
) -> Shapes:
    """Photo markers and the poster's code: every symbol's quiet zone in the paper's
    colour (all of them first, so a quiet zone never covers a neighbour's cells), then
    the dark cells of them all as one filled path of runs.

    One path, not a rect a run: a rasteriser smooths the edges of each shape it fills,
    and two runs filled one after the other leave a faint light line where they meet,
    which a camera sees and a code reader trips on. Filled as one path (non-zero
    winding, every run drawn the same way round) the runs are one dark area."""
    shapes: list[Shape] = [RectShape(symbol.quiet, paper) for symbol in symbols]
    ops: list[PathOp] = []
    for cells, rect, _quiet in symbols:
        if not cells:
            continue
        unit = rect.w / len(cells)
        seam = min(style.photo_mark_seam, unit * style.photo_mark_seam_share)
        for row, col, length in dark_runs(cells):
            x, y = rect.x + col * unit, rect.y + row * unit
            w, h = length * unit + seam, unit + seam
            ops += (MoveTo(x, y), LineTo(x + w, y), LineTo(x + w, y + h), LineTo(x, y + h), Close())
    if ops:
        shapes.append(PathShape(tuple(ops), None, 0.0, fill=style.photo_mark_ink))
    return tuple(shapes)


# -- a tiled sheet ------------------------------------------------------------------------


def sheet_marks(
    tiles: TilePlan,
    sheet: Sheet,
    text: SheetText,
    style: SheetStyle = DEFAULT_SHEET_STYLE,
    measurer: TextMeasurer | None = None,
) -> Shapes:
    """What a tiled sheet prints round its window of the poster: the cut lines along the
    window's top and left edges, just outside it; the sheet's name, facts and a note in
    the top strip and the note again up the left one (all of it on the strips that are
    cut off); and a glue strip along each edge a neighbour is laid over (covered once
    the poster is assembled)."""
    measurer = measurer if measurer is not None else default_measurer()
    content, printable = tiles.content_rect, tiles.printable_rect
    half = style.cut_line_width / 2
    shapes: list[Shape] = [
        PathShape(
            (
                MoveTo(printable.x, content.y - half),
                LineTo(content.right, content.y - half),
                MoveTo(content.x - half, printable.y),
                LineTo(content.x - half, content.bottom),
            ),
            style.ink,
            style.cut_line_width,
        )
    ]
    off_window = tiles.gutter * style.gutter_baseline
    baseline = content.y - off_window
    note_font = FontSpec("regular", style.sheet_note_size)
    name = text_line(
        sheet.label,
        content.x,
        baseline,
        FontSpec("bold", style.sheet_name_size),
        style.accent,
        measurer,
    )
    tail_x = content.x + name.width + style.sheet_name_gap
    cut_w = measurer.width(text.cut_note, note_font)
    room = content.right - cut_w - style.cut_note_gap - tail_x
    title = fit_text(text.title, note_font, room, text.facts, measurer)
    tail = text_line(text.facts + title, tail_x, baseline, note_font, style.muted, measurer)
    cut = text_line(text.cut_note, content.right - cut_w, baseline, note_font, style.ink, measurer)
    shapes.append(TextRun((name, tail, cut)))
    along = text_line(text.along_note, 0.0, 0.0, note_font, style.ink, measurer)
    shapes.append(
        UpwardText((along,), content.x - off_window, content.y + content.h / 2 + along.width / 2)
    )
    neighbours = tiles.neighbours(sheet)
    if "right" in neighbours:
        strip = Rect(content.right - tiles.overlap, content.y, tiles.overlap, content.h)
        label = text.on_top.format(sheet=neighbours["right"])
        shapes += glue_strip(strip, label, "right", style, measurer)
    if "down" in neighbours:
        strip = Rect(content.x, content.bottom - tiles.overlap, content.w, tiles.overlap)
        label = text.on_top.format(sheet=neighbours["down"])
        shapes += glue_strip(strip, label, "down", style, measurer)
    return tuple(shapes)


def glue_strip(
    strip: Rect,
    label: str,
    side: Side,
    style: SheetStyle = DEFAULT_SHEET_STYLE,
    measurer: TextMeasurer | None = None,
) -> Shapes:
    """Marks on a strip a neighbour will cover: a dashed glue line where its cut edge
    goes, and a pill with an arrow and `label` naming it, on a white ground. Everything
    stays inside the strip, so nothing of it shows once the neighbour is glued on."""
    measurer = measurer if measurer is not None else default_measurer()
    right = side == "right"
    across_strip = strip.w if right else strip.h
    band = min(style.glue_band, across_strip)
    inset = style.glue_line_inset
    if right:
        ground = Rect(strip.x, strip.y, band, strip.h)
        line: tuple[PathOp, ...] = (
            MoveTo(strip.x + inset, strip.y),
            LineTo(strip.x + inset, strip.bottom),
        )
    else:
        ground = Rect(strip.x, strip.y, strip.w, band)
        line = (MoveTo(strip.x, strip.y + inset), LineTo(strip.right, strip.y + inset))
    shapes: list[Shape] = [
        RectShape(ground, style.ground),
        PathShape(line, style.accent, style.glue_line_width, dash=style.glue_dash),
    ]
    # The pill fills the strip beside the white band, clear of it and of the strip's edge.
    clear = style.glue_clear
    room = across_strip - band - clear
    across = room - clear
    size = min(style.glue_label_size, room * style.glue_label_share)
    font = FontSpec("bold", size)
    tw = measurer.width(label, font) if size >= style.glue_label_min else 0.0
    arrow = max(style.arrow_min, min(room * style.arrow_share, style.arrow_max))
    pad = style.glue_pad
    along = tw + arrow + 3 * pad
    if right:
        cx = strip.x + band + clear + across / 2
        cy = strip.y + strip.h / 2
        pill = Rect(cx - across / 2, cy - along / 2, across, along)
    else:
        cx = strip.x + strip.w / 2
        cy = strip.y + band + clear + across / 2
        pill = Rect(cx - along / 2, cy - across / 2, along, across)
    shapes.append(
        RoundedRectShape(
            pill.inset(style.glue_pill_inset),
            min(style.glue_pill_radius, across / 3),
            style.ground,
            style.accent,
            style.glue_pill_width,
        )
    )
    drop = size * style.baseline_drop
    if right:
        shapes.append(arrow_shape(Rect(pill.x, pill.y + pad, pill.w, arrow), "right", style))
        if tw:
            words = TextLine(label, 0.0, 0.0, font, style.accent, tw)
            shapes.append(UpwardText((words,), cx + drop, pill.bottom - pad))
    else:
        shapes.append(arrow_shape(Rect(pill.x + pad, pill.y, arrow, pill.h), "down", style))
        if tw:
            words = TextLine(label, pill.x + 2 * pad + arrow, cy + drop, font, style.accent, tw)
            shapes.append(TextRun((words,)))
    return tuple(shapes)


def arrow_shape(box: Rect, direction: Side, style: SheetStyle = DEFAULT_SHEET_STYLE) -> PathShape:
    """A filled arrow across the middle of `box`, pointing right or down."""
    cx, cy = box.center
    half = min(box.w, box.h, style.arrow_largest) * style.arrow_half
    head = half * style.arrow_head
    shaft = half * style.arrow_shaft
    # Pointing right; turned for down by swapping the axes about the centre.
    outline: tuple[tuple[float, float], ...] = (
        (-half, -shaft),
        (half - head, -shaft),
        (half - head, -head),
        (half, 0.0),
        (half - head, head),
        (half - head, shaft),
        (-half, shaft),
    )
    if direction == "down":
        outline = tuple((b, a) for a, b in outline)
    first, *rest = outline
    ops: tuple[PathOp, ...] = (
        MoveTo(cx + first[0], cy + first[1]),
        *(LineTo(cx + dx, cy + dy) for dx, dy in rest),
        Close(),
    )
    return PathShape(ops, None, 0.0, fill=style.accent)


# -- the assembly guide ----------------------------------------------------------------


def _wrapped(
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    color: str,
    style: SheetStyle,
    measurer: TextMeasurer,
) -> tuple[list[TextLine], float]:
    """`text` wrapped to `width` from `top`; the lines and the y below them."""
    font = FontSpec("regular", size)
    lines = []
    y = top
    for line in wrap_keeping_units(text, font, width, measurer):
        y += size * style.guide_line_height
        lines.append(text_line(line, x, y, font, color, measurer))
    return lines, y + size * style.guide_paragraph_gap


def assembly_guide(
    tiles: TilePlan,
    media_w: float,
    media_h: float,
    text: GuideText,
    style: SheetStyle = DEFAULT_SHEET_STYLE,
    measurer: TextMeasurer | None = None,
) -> GuidePage:
    """The first page of a tile set, on a sheet of the set turned as the poster is: the
    heading and facts, the poster small with the sheet grid over it, the steps, and a
    bar exactly 100 mm long to check the printer's scale."""
    measurer = measurer if measurer is not None else default_measurer()
    short, long = sorted((tiles.sheet_w, tiles.sheet_h))
    w, h = (long, short) if media_w > media_h else (short, long)
    m = max(tiles.margin, style.guide_margin)
    text_w = w - 2 * m
    heading_font = FontSpec("bold", style.guide_title_size)
    lines = [
        text_line(
            text.heading, m, m + style.guide_title_baseline, heading_font, style.ink, measurer
        )
    ]
    facts, top = _wrapped(
        text.facts,
        m,
        m + style.guide_facts_top,
        text_w,
        style.guide_facts_size,
        style.muted,
        style,
        measurer,
    )
    lines += facts
    # The steps and the scale bar fill the page from the bottom up.
    step_lines: list[TextLine] = []
    y = 0.0
    for step in text.steps:
        found, y = _wrapped(step, m, y, text_w, style.guide_step_size, style.ink, style, measurer)
        step_lines += found
    bar_top = h - m - style.scale_bar_height
    shift = bar_top - style.guide_gap - y
    lines += [replace(line, y_baseline=line.y_baseline + shift) for line in step_lines]
    area_top = top + style.guide_area_gap
    area = Rect(m, area_top, text_w, (shift - style.guide_gap) - area_top)
    # Fit the poster and the grid (which may overhang it) into the area.
    left, upper = min(0.0, tiles.origin_x), min(0.0, tiles.origin_y)
    right = max(media_w, tiles.origin_x + tiles.assembled_w)
    lower = max(media_h, tiles.origin_y + tiles.assembled_h)
    g = min(area.w / (right - left), area.h / (lower - upper))
    x = area.x + (area.w - g * (right - left)) / 2 - g * left
    y = area.y + (area.h - g * (lower - upper)) / 2 - g * upper
    shapes: list[Shape] = [
        # A thin frame shows the poster's edge on white paper.
        RectShape(
            Rect(x, y, g * media_w, g * media_h), None, style.poster_frame, style.poster_frame_width
        ),
        *scale_bar(m, bar_top, text.bar_note, style, measurer),
        TextRun(tuple(lines)),
    ]
    grid = tile_grid(tiles, media_w, media_h, x, y, g, style, measurer)
    return GuidePage(w, h, tuple(shapes), x, y, g, grid)


def tile_grid(
    tiles: TilePlan,
    media_w: float,
    media_h: float,
    x: float,
    y: float,
    scale: float,
    style: SheetStyle = DEFAULT_SHEET_STYLE,
    measurer: TextMeasurer | None = None,
) -> Shapes:
    """The sheet grid over a poster drawn `scale` times its size with its media's
    top-left corner at (x, y): each printed sheet's window with its name in a pill,
    each place left out dashed with its name plain. A name sits in the middle of what
    its sheet shows of the poster once assembled; its size follows the windows' drawn
    size, within the style's bounds (so a screen preview reads as the printed guide)."""
    measurer = measurer if measurer is not None else default_measurer()
    g = scale

    def drawn(win: Rect) -> Rect:
        return Rect(x + g * win.x, y + g * win.y, g * win.w, g * win.h)

    shapes: list[Shape] = []
    skipped = tiles.skipped
    if skipped:
        ops: list[PathOp] = []
        for sheet in skipped:
            ops += _rect_ops(drawn(sheet.window))
        shapes.append(
            PathShape(tuple(ops), style.muted, style.skipped_width, dash=style.skipped_dash)
        )
    shapes += (
        RectShape(drawn(s.window), None, style.accent, style.window_width) for s in tiles.printed
    )
    size = max(
        style.grid_label_min,
        min(
            style.grid_label_max,
            g * tiles.step_y * style.grid_label_row_share,
            g * tiles.step_x * style.grid_label_column_share,
        ),
    )
    labels: list[TextLine] = []
    for sheet in tiles.sheets:
        # Centred in the part of the window that shows once assembled and holds poster.
        seen = tiles.visible_window(sheet) if sheet.printed else sheet.window
        x1, y1 = max(seen.x, 0.0), max(seen.y, 0.0)
        x2, y2 = min(seen.right, media_w), min(seen.bottom, media_h)
        cx, cy = x + g * (x1 + x2) / 2, y + g * (y1 + y2) / 2
        weight: FontStyle = "bold" if sheet.printed else "regular"
        font = FontSpec(weight, size)
        tw = measurer.width(sheet.label, font)
        if sheet.printed:
            pad = size * style.grid_pill_pad
            height = size * style.grid_pill_height
            pill = Rect(cx - tw / 2 - pad, cy - height / 2, tw + 2 * pad, height)
            shapes.append(
                RoundedRectShape(
                    pill,
                    size * style.grid_pill_radius,
                    style.ground,
                    style.accent,
                    style.grid_pill_width,
                )
            )
        color = style.accent if sheet.printed else style.muted
        labels.append(
            TextLine(sheet.label, cx - tw / 2, cy + size * style.baseline_drop, font, color, tw)
        )
    shapes.append(TextRun(tuple(labels)))
    return tuple(shapes)


def scale_bar(
    x: float,
    top: float,
    note: str,
    style: SheetStyle = DEFAULT_SHEET_STYLE,
    measurer: TextMeasurer | None = None,
) -> Shapes:
    """A bar exactly 100 mm long from `x`, in the room of the style's height from `top`:
    every other 10 mm filled, a tick every 10 mm (longer at 0, 50 and 100 mm), and the
    note above it saying what to do when it does not measure 100 mm."""
    measurer = measurer if measurer is not None else default_measurer()
    step = style.scale_bar_step
    steps = round(style.scale_bar_length / step)
    thick = style.scale_bar_thickness
    bar = Rect(
        x,
        top + style.scale_bar_height - style.scale_bar_foot - thick,
        style.scale_bar_length,
        thick,
    )
    shapes: list[Shape] = [
        RectShape(Rect(bar.x + i * step, bar.y, step, bar.h), style.ink) for i in range(0, steps, 2)
    ]
    shapes.append(RectShape(bar, None, style.ink, style.scale_bar_line))
    ticks: list[PathOp] = []
    for i in range(steps + 1):
        tx = bar.x + i * step
        tick = style.scale_bar_long_tick if i in (0, steps // 2, steps) else style.scale_bar_tick
        ticks += (MoveTo(tx, bar.y - tick), LineTo(tx, bar.y))
    shapes.append(PathShape(tuple(ticks), style.ink, style.scale_bar_line))
    font = FontSpec("regular", style.scale_bar_note_size)
    shapes.append(
        TextRun((text_line(note, x, bar.y - style.scale_bar_note_gap, font, style.ink, measurer),))
    )
    return tuple(shapes)


__all__ = [
    "NO_BREAK_SPACE",
    "Cells",
    "GuidePage",
    "GuideText",
    "SheetText",
    "Symbol",
    "arrow_shape",
    "assembly_guide",
    "crop_marks",
    "dark_runs",
    "fit_text",
    "glue_strip",
    "photo_marks",
    "poster_ground",
    "scale_bar",
    "sheet_marks",
    "text_line",
    "tile_grid",
    "wrap_keeping_units",
]
