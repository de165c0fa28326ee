"""What a poster prints besides its map and title block, for one `PosterPlan`: the
display lists of mapstudio.layout.sheets, with the export's words.

The PDF writer (mapstudio.export.pdf) and the export dialog's preview both take the
poster's ground, photo marks and crop marks from `poster_shapes`, so the preview shows
what prints; the guide's and the sheets' words are said here once, in the export's
voice.
"""

from __future__ import annotations

from typing import NamedTuple

from mapstudio import __version__
from mapstudio.export.photomarks import code_modules, marker_bits
from mapstudio.export.poster import PosterPlan
from mapstudio.export.units import format_mm, format_size
from mapstudio.layout.display import Shapes
from mapstudio.layout.sheets import (
    GuideText,
    SheetText,
    Symbol,
    crop_marks,
    photo_marks,
    poster_ground,
)
from mapstudio.layout.style import DEFAULT_SHEET_STYLE, SheetStyle
from mapstudio.layout.tiles import Sheet, TilePlan, sheet_position


class PosterShapes(NamedTuple):
    """A poster's own display lists, in media coordinates: `ground` under the title
    block and the map; `photo` (the photo markers and the code) over the map; `marks`
    (crop marks and slug) over everything."""

    ground: Shapes
    photo: Shapes
    marks: Shapes


def poster_shapes(plan: PosterPlan, style: SheetStyle = DEFAULT_SHEET_STYLE) -> PosterShapes:
    """The paper, title band and its rule under the poster; the photo markers and the
    code round the map, on quiet zones of the map's paper; its crop marks and slug line
    (when asked for) over it."""
    map_style = plan.layout.style
    ground = poster_ground(
        plan.bleed_rect,
        plan.title_band,
        map_style.paper_color,
        map_style.rule_color,
        plan.title.unit,
        style,
    )
    marks: Shapes = ()
    if plan.crop_marks:
        marks = crop_marks(plan.trim_rect, plan.mark_offset, slug_text(plan), plan.media_h, style)
    return PosterShapes(ground, photo_shapes(plan, style), marks)


def photo_shapes(plan: PosterPlan, style: SheetStyle = DEFAULT_SHEET_STYLE) -> Shapes:
    """The registration markers round the map and the code above its top-right corner
    (where mapstudio.layout.registration placed them; see mapstudio.export.photomarks),
    each on a quiet zone of the map's paper colour."""
    symbols = [Symbol(marker_bits(mark.id), mark.rect, mark.quiet_rect) for mark in plan.marks]
    if plan.code_rect is not None and plan.code_text:
        # The code's cells carry their own quiet border: its zone is its square.
        symbols.append(Symbol(code_modules(plan.code_text), plan.code_rect, plan.code_rect))
    if not symbols:
        return ()
    return photo_marks(tuple(symbols), plan.layout.style.paper_color, style)


def slug_text(plan: PosterPlan) -> str:
    """The line below the crop marks that names the print."""
    return (
        f"{plan.journey_map.title} — trim {format_size(plan.trim_w, plan.trim_h)}"
        f" — bleed {format_mm(plan.bleed, 1)} — mapstudio {__version__}"
    )


def guide_text(plan: PosterPlan, tiles: TilePlan) -> GuideText:
    """The assembly guide's heading, facts and steps."""
    printed, skipped = tiles.printed, tiles.skipped
    facts = (
        f"{len(printed)} {tiles.sheet_name} sheets in {tiles.rows} rows and {tiles.cols} "
        f"columns · taped poster {format_size(tiles.assembled_w, tiles.assembled_h)} "
        f"· from {plan.size_label} · map at {plan.scale * 100:.0f} % · overlap "
        f"{format_mm(tiles.overlap)}"
    )
    first, last = printed[0].label, printed[-1].label
    steps = [
        "1  Print every sheet at 100 % (“actual size”, never “fit to page”), then "
        "measure the bar below: it must be exactly 100 mm long.",
        f"2  Lay the sheets out as in the grid above, {first} at the top left, "
        f"{last} at the bottom right. Each sheet's name is printed along its top edge: "
        "R2-C3 is row 2, column 3.",
        "3  Cut every sheet along its two cut lines, at the top and on the left: the "
        "strip with its name goes.",
        "4  Lay each sheet over its neighbours on the left and above, its cut edges on "
        "their dashed glue lines, covering the arrows, and tape it from behind.",
    ]
    if skipped:
        names = ", ".join(s.label for s in skipped)
        steps.append(
            f"Not printed, as nothing of the poster falls on them ({len(skipped)}): "
            f"{names}. Leave those places bare."
        )
    return GuideText(
        heading=f"Assembly guide — {plan.journey_map.title}",
        facts=facts,
        steps=tuple(steps),
        bar_note="100 mm — if this bar is shorter or longer, print again at 100 % (actual size)",
    )


def sheet_text(plan: PosterPlan, tiles: TilePlan, sheet: Sheet) -> SheetText:
    """What a tiled sheet says of itself: where it goes, its neighbours, where to cut."""
    neighbours = tiles.neighbours(sheet)
    words = (("left", "left"), ("up", "above"), ("right", "right"), ("down", "below"))
    found = [f"{word} {neighbours[side]}" for side, word in words if side in neighbours]
    around = (" · " + ", ".join(found)) if found else ""
    return SheetText(
        facts=(
            f"{sheet_position(sheet.row, sheet.col)} · sheet {tiles.number(sheet)} of "
            f"{len(tiles.printed)}{around} · "
        ),
        title=plan.journey_map.title,
        cut_note="cut along the lines at the top and on the left",
        along_note="cut along this line",
        on_top="{sheet} goes on top",
    )


__all__ = [
    "PosterShapes",
    "guide_text",
    "photo_shapes",
    "poster_shapes",
    "sheet_text",
    "slug_text",
]
