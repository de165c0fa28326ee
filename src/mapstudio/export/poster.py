"""Where everything goes on a poster: paper, bleed, crop marks, title block, map, tiles.

`plan_export(project, options)` is pure geometry (points, y down from the top-left of
the media box) shared by the PDF writer and the export dialog's preview, so the preview
shows exactly what will print and the dialog can tell the size of the smallest text.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from mapstudio._runtime import collector_paused
from mapstudio.export.errors import ExportError
from mapstudio.export.options import ExportOptions, Fit
from mapstudio.export.pages import PAGE_SIZES, PageSize, is_custom
from mapstudio.export.reading import (
    DEFAULT_DISTANCE,
    DISTANCE_RATIO,
    TextCheck,
    cap_ratio,
    check_text,
    describe_failures,
    failing,
    needed_cap_height,
    poster_style,
    readable_from,
)
from mapstudio.export.tiling import TilePlan, plan_tiles
from mapstudio.export.titleblock import TitleBlockLayout, measure_title_block, title_block
from mapstudio.export.units import MM, format_size
from mapstudio.layout import MapLayout, MapStyle, Rect, layout
from mapstudio.layout.reflow import (
    NARROWEST,
    WIDEST,
    SizeModel,
    best_column_width,
    column_width_for_width,
)
from mapstudio.layout.registration import (
    PRINT_EDGE,
    RegistrationMark,
    code_place,
    code_side,
    layout_revision,
    mark_margin,
    marker_side,
    place_marks,
    rule_clearance,
    top_row_room,
)
from mapstudio.layout.style import DEFAULT_SHEET_STYLE
from mapstudio.model import JourneyMap, Project

MARK_LENGTH = DEFAULT_SHEET_STYLE.crop_mark_length  # drawn by mapstudio.layout.sheets
MARK_CLEARANCE = 3 * MM  # marks start at least this far outside the trim (and the bleed)
SLUG = 3 * MM  # room beyond the marks for the slug line naming the file
# Ready layouts and size models of maps, by what they were made from: the dialog keeps
# one across option changes so a large map is not laid out again for every click.
LayoutMemo = dict[tuple[Hashable, ...], Any]
_MEMO_LAYOUTS = 6  # layouts kept in a memo (a 5,000-card layout is tens of MB)
_LARGE_MAP = 1000  # cards: from here a layout is worth saving
TITLE_SHARE = 0.2  # of the page height: the most a readable title block may take
LEGEND_SMALLEST = 7.0  # the legend's smallest text (the emotion scale's words), in units
INK_SPREAD = 2.0  # points that strokes on the edge of the title band or map reach outside
MAX_PAGE_SIDE = 200 * 72.0  # PDF's page limit (ISO 32000 annex C): 200 in, 5.08 m
CODE_GAP = 0.4  # of the margin: white between the photo code and the legends beside it
# Of the margin: white between the legends and the code below them. Less than beside
# them: the code stands on the band clear of its rule, and the band grows as little.
CODE_GAP_BELOW = 0.25
CODE_BESIDE_GAP = 0.25  # of the code's side: white between it and the legends left of it
BAND_FOOT = 0.6  # of the white below the title's text: the tinted band's share of it


def min_text_size(map_layout: MapLayout) -> float:
    """The smallest font size (points, unscaled) of any text in the laid-out map."""
    sizes: set[float] = set()
    for header in map_layout.stage_headers:
        sizes.update(line.font.size for line in header.lines)
    for band in map_layout.bands:
        sizes.update(line.font.size for line in band.lines)
        sizes.update(line.font.size for line in band.avatar_lines)
    for label in map_layout.lane_labels:
        sizes.update(line.font.size for line in label.lines)
    for card in map_layout.cards.values():
        for lines in (card.title_lines, card.body_lines, card.meta_lines):
            if lines:
                sizes.add(lines[-1].font.size)  # one font per block
    for curve in map_layout.curves.values():
        sizes.update(g.label.font.size for g in curve.guides)
        for marker in curve.markers:
            sizes.update(line.font.size for line in marker.lines)
    return min(sizes) if sizes else map_layout.style.card_body_size


def reading_distance(size_pt: float) -> float:
    """Metres from which text of this size on paper passes the reading-distance rule."""
    return readable_from(size_pt)


def describe_text_size(size_pt: float, distance: float = DEFAULT_DISTANCE) -> tuple[str, bool]:
    """'smallest text: 24.0 pt (6.0 mm capitals) — reads from 1.5 m' and whether it is
    too small to read from `distance` metres."""
    cap = size_pt * cap_ratio() / MM
    metres = reading_distance(size_pt)
    head = f"smallest text: {size_pt:.1f} pt ({cap:.1f} mm capitals)"
    if cap >= needed_cap_height(distance) * 0.998:
        return f"{head} — reads from {metres:.1f} m", False
    return f"{head} — reads only from {metres:.1f} m, not {distance:g} m", True


@dataclass(frozen=True)
class Advice:
    """A poster size (and tiling) at which every text of a map passes the rule."""

    page: PageSize
    orientation: str
    tile: PageSize | None = None
    sheets: int = 0

    @property
    def label(self) -> str:
        """'A0 landscape' or 'A1 landscape on 12 A4 sheets'."""
        text = f"{self.page.name} {self.orientation}"
        if is_custom(self.page):
            text = f"custom {self.orientation}"
        if is_custom(self.page) or self.page in _BEYOND_A0:
            # Few know how large 2A0 is: its size in millimetres goes with its name.
            text += f" ({format_size(*self._sized())})"
        if self.tile is not None:
            text += f" on {self.sheets} {self.tile.name} sheets"
        return text

    def _sized(self) -> tuple[float, float]:
        sized = self.page.landscape() if self.orientation == "landscape" else self.page.portrait()
        return sized.width, sized.height

    @property
    def arguments(self) -> str:
        """The command-line options that ask for it."""
        if self.page.name in PAGE_SIZES:
            page = self.page.name.replace(" ", "")
        else:
            page = f"{self.page.width / MM:.0f}x{self.page.height / MM:.0f}mm"
        text = f"--page {page} --orientation {self.orientation}"
        if self.tile is not None:
            text += f" --tile {self.tile.name.replace(' ', '')}"
        return text

    def apply(self, options: ExportOptions) -> ExportOptions:
        """`options` asking for this size and tiling."""
        return replace(
            options,
            page=self.page,
            orientation=self.orientation,  # type: ignore[arg-type]
            tile=self.tile,
            auto_page=False,
        )


@dataclass(frozen=True)
class PosterPlan:
    """One map on one poster. Rects are in points, y down, from the media's top-left."""

    journey_map: JourneyMap
    layout: MapLayout
    page: PageSize
    orientation: str  # "portrait" or "landscape"
    lengthened: bool  # fit=width made the poster longer than the paper
    trim_w: float
    trim_h: float
    bleed: float
    pad: float  # media beyond the trim on every side (bleed, marks, slug)
    crop_marks: bool
    mark_offset: float
    title_band: Rect  # the tinted band behind the title block, into the bleed
    title: TitleBlockLayout
    title_x: float
    title_y: float
    map_x: float
    map_y: float
    scale: float
    smallest_text: float  # points on paper
    tiles: TilePlan | None
    # -- reading distance ---------------------------------------------------------------
    distance: float = DEFAULT_DISTANCE
    text_checks: tuple[TextCheck, ...] = ()
    # When some text does not pass: the size (and tiling) that passes, if any; and the
    # single sheet when the advice is a tiling.
    advice: Advice | None = None
    advice_single: Advice | None = None
    # The page was chosen for the text: A1 could not pass, so the advised size.
    auto_chosen: bool = field(default=False)
    # When that size is beyond A0: what A0 (the largest sheet every print shop prints)
    # would read from, in metres, and its orientation, as the alternative to offer.
    a0_reads_from: float | None = None
    a0_label: str = ""  # 'A0 portrait (841 × 1189 mm)'
    # -- photo markers (mapstudio.layout.registration, drawn by the PDF writer) ---------
    marks: tuple[RegistrationMark, ...] = ()
    code_rect: Rect | None = None  # the code square naming project, map and revision
    code_text: str = ""

    @property
    def passes(self) -> bool:
        """Whether every text of the map reads from the distance."""
        return not failing(self.text_checks)

    @property
    def media_w(self) -> float:
        return self.trim_w + 2 * self.pad

    @property
    def media_h(self) -> float:
        return self.trim_h + 2 * self.pad

    @property
    def trim_rect(self) -> Rect:
        return Rect(self.pad, self.pad, self.trim_w, self.trim_h)

    @property
    def bleed_rect(self) -> Rect:
        b = self.bleed
        return Rect(self.pad - b, self.pad - b, self.trim_w + 2 * b, self.trim_h + 2 * b)

    @property
    def map_rect(self) -> Rect:
        return Rect(
            self.map_x, self.map_y, self.layout.width * self.scale, self.layout.height * self.scale
        )

    @property
    def size_label(self) -> str:
        """'A0 landscape (1189 × 841 mm)'."""
        # A size typed in is named by its measure, not by what was typed ("600x900mm").
        name = "custom" if is_custom(self.page) else self.page.name
        name += " lengthened" if self.lengthened else ""
        return f"{name} {self.orientation} ({format_size(self.trim_w, self.trim_h)})"


def select_maps(project: Project, selector: str | None) -> tuple[JourneyMap, ...]:
    """Every map for None, else the map whose id or title (case-insensitive) matches."""
    if selector is None:
        return project.maps
    for journey_map in project.maps:
        if journey_map.id == selector:
            return (journey_map,)
    wanted = selector.strip().casefold()
    matches = [m for m in project.maps if m.title.strip().casefold() == wanted]
    if matches:
        return (matches[0],)
    names = ", ".join(f"“{m.title}”" for m in project.maps)
    raise ExportError(f"This project has no map called “{selector}”. Its maps: {names}.")


def poster_margin(options: ExportOptions, width: float, height: float) -> float:
    """The white margin inside the trim: the user's, or 1.5 % of the short side (>= 8 mm),
    widened where the photo markers need more (mapstudio.layout.registration)."""
    if options.poster_margin is not None:
        return options.poster_margin
    margin = max(8 * MM, 0.015 * min(width, height))
    if options.photo_marks:
        margin = max(margin, mark_margin(marker_side(width, height)))
    return margin


def plan_export(
    project: Project,
    options: ExportOptions,
    *,
    today: dt.date | None = None,
    layouts: LayoutMemo | None = None,
) -> tuple[PosterPlan, ...]:
    """The poster of every selected map. `layouts` is a memo of layouts and size models
    that a caller may keep across calls (the dialog does, so it does not lay out a large
    map again for every option)."""
    memo: LayoutMemo = layouts if layouts is not None else {}
    with collector_paused():
        return tuple(
            plan_map(project, journey_map, options, today=today, memo=memo)
            for journey_map in select_maps(project, options.map)
        )


def plan_map(
    project: Project,
    journey_map: JourneyMap,
    options: ExportOptions,
    *,
    today: dt.date | None = None,
    memo: LayoutMemo | None = None,
) -> PosterPlan:
    """One map's poster as `options` ask; with advice when its text does not pass, and
    on the advised page instead when the page was left to the export (`auto_page`)."""
    memo = memo if memo is not None else {}
    plan = plan_poster(project, journey_map, options, today=today, memo=memo)
    if plan.passes:
        return plan
    found = advise(project, journey_map, options, plan, today=today, memo=memo)
    if found is None:
        return plan
    advice, single, advised_plan = found
    if options.auto_page:
        # The page was left to the export: the size that passes (tiled as asked).
        chosen = replace(advised_plan, auto_chosen=True)
        a0 = PAGE_SIZES["A0"]
        if _area((single or advice).page) > _area(a0) * 1.001:
            on_a0 = plan_poster(
                project, journey_map, replace(options, page=a0), today=today, memo=memo
            )
            chosen = replace(chosen, a0_reads_from=_reads_from(on_a0), a0_label=on_a0.size_label)
        return chosen
    return replace(plan, advice=advice, advice_single=single)


# -- the poster's frame and its map -----------------------------------------------------


def _probe(style: MapStyle, template: bool) -> MapLayout:
    """An empty layout carrying `style`: what the title block needs of the map (its
    colours), without laying the map out."""
    return MapLayout(
        width=0.0,
        height=0.0,
        style=style,
        template=template,
        columns=(),
        rows=(),
        label_column=Rect(0.0, 0.0, 0.0, 0.0),
        stage_headers=(),
        bands=(),
        lane_labels=(),
        cells={},
        cards={},
        curves={},
        column_edges=(),
        row_edges=(),
    )


def _size_model(
    memo: LayoutMemo, project: Project, journey_map: JourneyMap, style: MapStyle, template: bool
) -> SizeModel:
    key = ("model", journey_map.id, id(journey_map), style, template)
    model = memo.get(key)
    if model is None:
        model = memo[key] = SizeModel(journey_map, project, style, template=template)
    return model


def _map_layout(
    memo: LayoutMemo, project: Project, journey_map: JourneyMap, style: MapStyle, template: bool
) -> MapLayout:
    # id(journey_map): maps are frozen, so an edited map is another object; the memo
    # keeps the old one alive, so its id cannot be reused while the entry exists.
    key = ("layout", journey_map.id, id(journey_map), style, template)
    map_layout = memo.get(key)
    if map_layout is None:
        map_layout = layout(journey_map, project, style, template=template)
        memo[key] = map_layout
        memo[("map", id(journey_map))] = journey_map
        layouts = [k for k in memo if k[0] == "layout"]
        for old in layouts[: max(0, len(layouts) - _MEMO_LAYOUTS)]:
            del memo[old]
    return map_layout


def needed_scale(style: MapStyle, distance: float) -> float:
    """The smallest scale at which the print style's card titles still pass."""
    needed = needed_cap_height(distance) * MM / cap_ratio()
    return needed / style.card_title_size * 0.998


@dataclass(frozen=True)
class _Fit:
    orientation: str
    trim_w: float
    trim_h: float
    margin: float
    title: Callable[[], TitleBlockLayout]  # makes the title block (of the height fitted)
    band_h: float
    area: Rect  # relative to the trim
    top_margin: float  # round the title's text: the plain margin, no markers stand there
    # The height of the title band's text (the block, or more to leave the photo code
    # room below the legends) and the code's side (registration.code_place).
    content_h: float
    code_side: float = 0.0
    code_beside: bool = False  # beside the legends (moved left for it), not below them


def _fit_for(
    project: Project,
    journey_map: JourneyMap,
    probe: MapLayout,
    size: PageSize,
    orientation: str,
    options: ExportOptions,
    today: dt.date | None,
) -> _Fit:
    sized = size.landscape() if orientation == "landscape" else size.portrait()
    w, h = sized.width, sized.height
    short = min(w, h)
    margin = poster_margin(options, w, h)
    if 2 * margin >= short * 0.5:
        raise ExportError(
            f"A margin of {margin / MM:.0f} mm leaves no room for the map on {size.name} "
            "paper. Choose a smaller margin."
        )
    # A3 is the reference: its short side gets unit 1; A0 about 2.8, A4 0.7. The legend
    # is read from the same distance as the map, so its smallest text (the emotion
    # scale's words, 7 units) is at least the map's text size.
    readable = probe.style.card_title_size / LEGEND_SMALLEST
    unit = max(0.7, min(3.0, short / (297 * MM)), readable)

    def measured(room: float) -> tuple[TitleBlockLayout, float]:
        """The title block's sizes in `room` (only one page of those weighed is drawn:
        `_Fit.title` makes its block), and the smallest unit it was allowed."""
        block = measure_title_block(
            project, journey_map, probe, room, unit, today=today, min_unit=readable
        )
        if block.height <= TITLE_SHARE * h:
            return block, readable
        # Paper far too small for the distance (its map will not pass either): the
        # legends shrink with the rest rather than crowd out the map.
        return measure_title_block(project, journey_map, probe, room, unit, today=today), 0.0

    # The photo markers widen the margin beside and below the map; round the title there
    # are none, so its text keeps the plain margin and all of its width.
    plain = poster_margin(replace(options, photo_marks=False), w, h)
    foot = plain  # from the title's text to the map: the band's foot and a white strip
    room = w - 2 * plain
    block, least = measured(room)
    content_h = block.height
    side = 0.0
    beside = False
    if options.photo_marks:
        # The photo code stands above the map's top-right corner (registration.
        # code_place), never taking width from the title, scenario or meta text: below
        # the legends, on the band's foot and in the white above the map, where the
        # title section is usually taller than the legends; or beside them, if the
        # title's lines stay exactly as they are with the legends moved left. The band
        # grows only when neither has room, by what the cheaper of the two needs.
        marker = marker_side(w, h)
        foot = max(plain, top_row_room(marker))
        side = code_side(w, h)
        gap = CODE_GAP * plain
        # Beside the legends the code stands at the right end of the map's area, so the
        # block ends before it, by a gap that grows with the code: a large dark square
        # close to small text crowds it.
        beside_room = w - plain - margin - side - max(gap, CODE_BESIDE_GAP * side)
        # How far the code reaches up into the text's height: its foot stands clear
        # above the rule along the band's foot (registration.code_place), which lies
        # BAND_FOOT * foot below the text. The rule is measured at the block's largest
        # unit: the room is never short of what the drawn rule needs.
        rule_width = DEFAULT_SHEET_STYLE.title_rule_width * unit
        reach = side + rule_clearance(rule_width) - BAND_FOOT * foot
        below = max(block.height, block.legend_height + CODE_GAP_BELOW * plain + reach)
        if below > block.height:
            content_h = below
            other, other_least = measured(beside_room)
            if _same_title(block, other) and max(other.height, reach) < below:
                room, least, beside = beside_room, other_least, True
                content_h = max(other.height, reach)
    title = functools.partial(
        title_block, project, journey_map, probe, room, unit, today=today, min_unit=least
    )
    band_h = plain + content_h + BAND_FOOT * foot
    top = plain + content_h + foot
    area = Rect(margin, top, w - 2 * margin, h - top - margin)
    if area.h <= 0:
        raise ExportError(f"{size.name} paper is too small for the title block and the map.")
    return _Fit(orientation, w, h, margin, title, band_h, area, plain, content_h, side, beside)


def _same_title(block: TitleBlockLayout, narrower: TitleBlockLayout) -> bool:
    """Whether the title section of `narrower` (laid out in less room, the legends
    moved left for the photo code) has exactly the lines of `block`'s: the same unit,
    and every line of `block`'s title section fits the narrower title width, so greedy
    breaking makes the same lines."""
    return narrower.unit == block.unit and block.title_extent <= narrower.title_width + 1e-6


def plan_poster(
    project: Project,
    journey_map: JourneyMap,
    options: ExportOptions,
    *,
    today: dt.date | None = None,
    memo: LayoutMemo | None = None,
) -> PosterPlan:
    """Place one map on its poster as `options` ask.

    The map is laid out in the print style of the reading distance, in paper points. To
    fit the page, its stage columns widen or narrow until its proportions match the
    area below the title block; `auto` orientation takes the way that prints it larger.
    """
    memo = memo if memo is not None else {}
    size = options.page
    style = poster_style(options.distance, options.card_text, template=options.template)
    probe = _probe(style, options.template)
    orientations = (
        ("portrait", "landscape") if options.orientation == "auto" else (options.orientation,)
    )
    fits = [_fit_for(project, journey_map, probe, size, o, options, today) for o in orientations]
    model = _size_model(memo, project, journey_map, style, options.template)
    narrowest, widest = NARROWEST * style.column_width, WIDEST * style.column_width
    mode = options.fit.mode
    widest_w = model.size_width(widest)
    if (
        mode == "page"
        and model.card_count > _LARGE_MAP
        and all(f.area.w / widest_w >= f.area.h / model.height_floor() for f in fits)
    ):
        # A large map too tall for its sheet even with the widest columns and every
        # title on one line (bounds that measure no text) has that as its layout: lay it
        # out first, and the search reads its size instead of measuring every card once
        # more. A wide map (many stages) is not laid out at a width it will not use.
        widest_layout = _map_layout(
            memo, project, journey_map, replace(style, column_width=widest), options.template
        )
        model.know(widest, widest_layout.width, widest_layout.height)
    if mode == "scale":
        # A fixed scale of the poster's natural layout: the same layout either way up.
        natural = _map_layout(memo, project, journey_map, style, options.template)
        choices = [
            (style.column_width, min(f.area.w / natural.width, f.area.h / natural.height), f)
            for f in fits
        ]
    else:
        choices = []
        for f in fits:
            width, scale = best_column_width(model, f.area.w, f.area.h, narrowest, widest)
            choices.append((width, scale, f))
    # Auto picks the orientation that shows the map larger (portrait on a tie).
    choices.sort(key=lambda c: -c[1])
    column_width, _best, fit = choices[0]
    sized = replace(style, column_width=column_width)
    if mode == "width":
        sized = replace(
            style, column_width=column_width_for_width(model, fit.area.w, narrowest, widest)
        )
    elif mode == "page" and column_width < widest:
        # Narrowest columns and still too wide for the sheet: the rows with room to spare
        # grow until the map has the sheet's proportions (an empty template's cells
        # become taller, for more notes), rather than leaving a white band.
        width, height = model.size(column_width)
        if fit.area.w / width < fit.area.h / height * 0.995:
            floor = model.cell_floor_for(column_width, width * fit.area.h / fit.area.w)
            sized = replace(sized, min_cell_height=floor)
    map_layout = _map_layout(memo, project, journey_map, sized, options.template)
    page_scale = min(fit.area.w / map_layout.width, fit.area.h / map_layout.height)
    lengthened = False
    trim_h = fit.trim_h
    if mode == "page":
        scale = page_scale
    elif mode == "width":
        scale = fit.area.w / map_layout.width
        needed = map_layout.height * scale
        if needed > fit.area.h:
            trim_h = fit.area.y + needed + fit.margin
            lengthened = True
    else:
        scale = options.fit.percent / 100
        fitting = [c for c in choices if c[1] >= scale - 1e-9]
        if not fitting:
            best = max(c[1] for c in choices)
            raise ExportError(
                f"At {options.fit.percent:g} % the map is {map_layout.width * scale / MM:.0f} × "
                f"{map_layout.height * scale / MM:.0f} mm and does not fit on {size.name} "
                f"paper; the most that fits is {int(best * 100)} %. Choose a lower scale, "
                "fit page, or a larger page."
            )
        fit = fitting[0][2]

    bleed = options.bleed
    if options.crop_marks:
        mark_offset = max(MARK_CLEARANCE, bleed + 2 * MM)
        pad = mark_offset + MARK_LENGTH + SLUG
    else:
        mark_offset = 0.0
        pad = bleed
    map_w, map_h = map_layout.width * scale, map_layout.height * scale
    area_h = trim_h - fit.area.y - fit.margin
    map_x = pad + fit.area.x + (fit.area.w - map_w) / 2
    map_y = pad + fit.area.y + max(0.0, (area_h - map_h) / 2)
    title_band = Rect(pad - bleed, pad - bleed, fit.trim_w + 2 * bleed, fit.band_h + bleed)
    # The title block was laid out with the probe; it now belongs to the real layout.
    plan = PosterPlan(
        journey_map=journey_map,
        layout=map_layout,
        page=size,
        orientation=fit.orientation,
        lengthened=lengthened,
        trim_w=fit.trim_w,
        trim_h=trim_h,
        bleed=bleed,
        pad=pad,
        crop_marks=options.crop_marks,
        mark_offset=mark_offset,
        title_band=title_band,
        title=fit.title(),
        title_x=pad + fit.top_margin,
        title_y=pad + fit.top_margin,
        map_x=map_x,
        map_y=map_y,
        scale=scale,
        smallest_text=min_text_size(map_layout) * scale,
        tiles=None,
        distance=options.distance,
        text_checks=check_text(map_layout, scale, options.distance),
    )
    if options.photo_marks:
        plan = _with_photo_marks(project, plan, fit, options)
    if options.tile is not None:
        tiles = plan_tiles(
            plan.media_w,
            plan.media_h,
            options.tile,
            options.overlap,
            options.margin,
            content=print_boxes(plan),
        )
        plan = replace(plan, tiles=tiles)
    else:
        check_page_limit(plan)
    return plan


def _with_photo_marks(
    project: Project, plan: PosterPlan, fit: _Fit, options: ExportOptions
) -> PosterPlan:
    """`plan` with its photo markers round the map and its code in the title band."""
    # Imported here: photomarks imports this module for PosterPlan.
    from mapstudio.export.photomarks import poster_code_text

    pad = plan.pad
    # Right-aligned with the map, unless the legends moved left to make room for it at
    # the right end of the band; never left of the last legend's rule (a map much
    # narrower than its paper would bring it under the title).
    right = pad + fit.area.right if fit.code_beside else plan.map_rect.right
    block = plan.title
    last_rule = block.separators[-1][0] if block.separators else block.title_width
    right = max(right, plan.title_x + last_rule + CODE_GAP * fit.top_margin + fit.code_side)
    side = marker_side(fit.trim_w, fit.trim_h)
    rule = (plan.title_band.bottom, DEFAULT_SHEET_STYLE.title_rule_width * block.unit)
    code_rect = code_place(right, plan.map_rect.y, fit.code_side, side, rule)
    # Above the map the markers may use the empty foot of the title band too (below its
    # text; clear of the code): a row there lets a photo of the top of the wall hold
    # markers in two directions, which places it much more surely than one column.
    text_bottom = pad + fit.top_margin + fit.content_h
    room = Rect(
        pad + PRINT_EDGE,
        text_bottom,
        plan.trim_w - 2 * PRINT_EDGE,
        pad + plan.trim_h - PRINT_EDGE - text_bottom,
    )
    marks = place_marks(plan.map_rect, room, side, keep_clear=code_rect)
    text = poster_code_text(project, plan.journey_map, layout_revision(plan.layout), options, plan)
    return replace(plan, marks=marks, code_rect=code_rect, code_text=text)


# -- advice: the size that passes -------------------------------------------------------


# Larger than A0, for maps that need it: the ISO 216 multiples (DIN 476), printed on
# rolls by most print shops.
_BEYOND_A0 = (PAGE_SIZES["2A0"], PAGE_SIZES["4A0"])
_ISO = tuple(PAGE_SIZES[n] for n in ("A5", "A4", "A3", "A2", "A1", "A0")) + _BEYOND_A0
_SERIES: dict[str, tuple[PageSize, ...]] = {
    "A": _ISO,
    "B": tuple(PAGE_SIZES[n] for n in ("B3", "B2", "B1", "A0")) + _BEYOND_A0,
    "US": tuple(PAGE_SIZES[n] for n in ("Letter", "Tabloid", "ARCH C", "ARCH D", "ARCH E"))
    + _BEYOND_A0,
}
# Paper an office printer takes: a poster on it is better tiled than shrunk.
OFFICE_PAPER = frozenset({"A5", "A4", "A3", "Letter", "Legal", "Tabloid"})


def _series(page: PageSize) -> tuple[PageSize, ...]:
    name = page.name
    if name in ("Letter", "Legal", "Tabloid") or name.startswith("ARCH"):
        return _SERIES["US"]
    if name.startswith("B") and name in PAGE_SIZES:
        return _SERIES["B"]
    return _SERIES["A"]


def _area(page: PageSize) -> float:
    return page.width * page.height


def advise(
    project: Project,
    journey_map: JourneyMap,
    options: ExportOptions,
    plan: PosterPlan,
    *,
    today: dt.date | None = None,
    memo: LayoutMemo | None = None,
) -> tuple[Advice, Advice | None, PosterPlan] | None:
    """The smallest change of page that lets every text of the map pass: the other
    orientation of the same paper, else the next larger sizes of its series (up to 4A0).

    Tiled posters, and posters asked on office paper, are advised as a larger poster
    tiled onto that paper ("A1 landscape on 12 A4 sheets"), with the single sheet as the
    alternative. Returns (advice, single-sheet alternative or None, the advised plan), or
    None when nothing up to 4A0 passes.
    """
    memo = memo if memo is not None else {}
    style = poster_style(options.distance, options.card_text, template=options.template)
    model = _size_model(memo, project, journey_map, style, options.template)
    need = needed_scale(style, options.distance)
    narrowest, widest = NARROWEST * style.column_width, WIDEST * style.column_width
    probe = _probe(style, options.template)
    untiled = replace(options, tile=None, auto_page=False, fit=Fit("page"))
    candidates: list[tuple[PageSize, str]] = []
    if options.orientation != "auto":
        other = "portrait" if options.orientation == "landscape" else "landscape"
        candidates.append((options.page, other))
    for page in _series(options.page):
        if _area(page) > _area(options.page) * 1.001:
            candidates += [(page, plan.orientation), (page, _other(plan.orientation))]
    floor = model.height_floor()
    narrowest_w = model.size_width(narrowest)
    for page, orientation in candidates:
        sized = page.landscape() if orientation == "landscape" else page.portrait()
        if min(sized.width / narrowest_w, sized.height / floor) < need:
            # Even the whole sheet, no margin or title block taken off, is too small by
            # the bound best_column_width tries first (it measures no text): skip the
            # title block that _fit_for would measure for nothing.
            continue
        try:
            fit = _fit_for(project, journey_map, probe, page, orientation, untiled, today)
        except ExportError:
            continue
        _width, scale = best_column_width(
            model, fit.area.w, fit.area.h, narrowest, widest, enough=need
        )
        if scale < need:
            continue
        single = Advice(page, orientation)
        advised = plan_poster(project, journey_map, single.apply(untiled), today=today, memo=memo)
        if not advised.passes:
            continue  # the model is exact; this only guards against a rounding edge
        sheet = options.tile
        if sheet is None and options.page.name in OFFICE_PAPER:
            sheet = options.page
        if sheet is None:
            return single, None, advised
        tiled_options = replace(single.apply(options), tile=sheet, fit=untiled.fit)
        tiled = plan_poster(project, journey_map, tiled_options, today=today, memo=memo)
        count = len(tiled.tiles.sheets) if tiled.tiles is not None else 0
        return Advice(page, orientation, sheet, count), single, tiled
    return None


class Wording(Protocol):
    """How advice names the choice that carries it out: the command line names its
    options (--page A0), the export dialog its controls (A0 in Paper size). Each asks
    in its own words; a designer in the dialog has no command line to type into."""

    def advice(self, advice: Advice) -> str:
        """The choice that gives `advice`'s size (and tiling)."""
        ...

    def page(self, name: str) -> str:
        """The choice of the paper size called `name`."""
        ...

    def titles_only(self) -> str:
        """The choice of printing card titles only."""
        ...

    def full_scale(self) -> str:
        """The choice of printing at 100 %."""
        ...


class CommandLineWording:
    """Advice in the words of `mapstudio export`: its options."""

    def advice(self, advice: Advice) -> str:
        return advice.arguments

    def page(self, name: str) -> str:
        return f"--page {name.replace(' ', '')}"

    def titles_only(self) -> str:
        return "--card-text titles"

    def full_scale(self) -> str:
        return "--fit scale:100"


COMMAND_LINE = CommandLineWording()


def _reads_from(plan: PosterPlan) -> float:
    """The distance (metres) from which every text of the poster passes."""
    return min((c.cap for c in plan.text_checks), default=0.0) * DISTANCE_RATIO / 1000


def a0_alternative(plan: PosterPlan, wording: Wording = COMMAND_LINE) -> str:
    """'On A0 portrait it reads from 1.2 m (--page A0)', when the export chose a size
    beyond A0; else ''."""
    if plan.a0_reads_from is None:
        return ""
    return (
        f"On {plan.a0_label}, the largest sheet every print shop prints, it reads from"
        f" {math.floor(plan.a0_reads_from * 10) / 10:.1f} m ({wording.page('A0')})"
    )


def reading_notes(plan: PosterPlan, wording: Wording = COMMAND_LINE) -> list[str]:
    """What the export says about reading distance: the page it chose, the text that does
    not pass and by how much, and the size (or tiling) that passes, each choice named in
    `wording`."""
    title = plan.journey_map.title
    distance = plan.distance
    notes = []
    if plan.auto_chosen:
        note = (
            f"“{title}” is printed on {plan.size_label}: on A1 its text would not read "
            f"from {distance:g} m."
        )
        alternative = a0_alternative(plan, wording)
        if alternative:
            note += f" {alternative}."
        notes.append(note)
    failures = describe_failures(plan.text_checks, distance)
    if failures:
        notes.append(f"“{title}” on {plan.size_label}: {failures}.")
        if plan.advice is not None:
            text = (
                f"“{title}”: every text reads from {distance:g} m on {plan.advice.label} "
                f"({wording.advice(plan.advice)})"
            )
            if plan.advice_single is not None:
                text += f", or on one {plan.advice_single.label} sheet"
                text += f" ({wording.advice(plan.advice_single)})"
            notes.append(text + ".")
        else:
            # Titles only is the default; suggest it only to whoever asked for more.
            shown = plan.layout.style.show_card_body
            titles = f"print titles only ({wording.titles_only()}), " if shown else ""
            notes.append(
                f"“{title}” does not read from {distance:g} m on any size up to 4A0: "
                f"{titles}choose a shorter distance, or split the map."
            )
    return notes


def _other(orientation: str) -> str:
    return "portrait" if orientation == "landscape" else "landscape"


def print_boxes(plan: PosterPlan) -> tuple[Rect, ...]:
    """The parts of the poster that carry print: the title band and the map, or the
    whole media when crop marks and the slug line go round it. The rest is bare paper,
    which tiling need not print."""
    if plan.crop_marks:
        return (Rect(0.0, 0.0, plan.media_w, plan.media_h),)
    # Rules on their edges stroke a little beyond them.
    boxes = [plan.title_band.inset(-INK_SPREAD), plan.map_rect.inset(-INK_SPREAD)]
    if plan.marks:
        left = min(m.rect.x for m in plan.marks)
        top = min(m.rect.y for m in plan.marks)
        right = max(m.rect.right for m in plan.marks)
        bottom = max(m.rect.bottom for m in plan.marks)
        boxes.append(Rect(left, top, right - left, bottom - top))
    return tuple(boxes)


def check_page_limit(plan: PosterPlan) -> None:
    """ExportError when a page side would pass PDF's 200 in (14,400 pt): Acrobat and
    many print servers refuse such pages."""
    longest = max(plan.media_w, plan.media_h)
    if longest <= MAX_PAGE_SIDE + 0.01:
        return
    size = format_size(plan.media_w, plan.media_h)
    limit = "the 5.08 m (200 in) a PDF page can be: PDF viewers and print servers refuse it"
    if plan.lengthened:
        raise ExportError(
            f"At full width “{plan.journey_map.title}” needs a poster of {size}, longer than "
            f"{limit}. Tile it onto office sheets (for example A4), or fit it to the page."
        )
    excess = (longest - MAX_PAGE_SIDE) / MM
    raise ExportError(
        f"With its bleed and crop marks the page is {size}, longer than {limit}. Choose a "
        f"page at least {excess:.0f} mm shorter, or leave out the crop marks."
    )


__all__ = [
    "COMMAND_LINE",
    "MAX_PAGE_SIDE",
    "OFFICE_PAPER",
    "Advice",
    "CommandLineWording",
    "LayoutMemo",
    "PosterPlan",
    "Wording",
    "a0_alternative",
    "advise",
    "check_page_limit",
    "describe_text_size",
    "min_text_size",
    "needed_scale",
    "plan_export",
    "plan_map",
    "plan_poster",
    "poster_margin",
    "print_boxes",
    "reading_distance",
    "reading_notes",
    "select_maps",
]
