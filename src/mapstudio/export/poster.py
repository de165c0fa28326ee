"""Where everything goes on a poster: paper, bleed, crop marks, title block, map, tiles.

`plan_export(project, options)` is pure geometry (points, y down from the top-left of
the media box) shared by the PDF writer and the export dialog's preview, so the preview
shows exactly what will print and the dialog can tell the size of the smallest text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from mapstudio.export.errors import ExportError
from mapstudio.export.options import ExportOptions
from mapstudio.export.pages import PageSize
from mapstudio.export.tiling import TilePlan, plan_tiles
from mapstudio.export.titleblock import TitleBlockLayout, title_block
from mapstudio.export.units import MM, format_size
from mapstudio.layout import MapLayout, Rect, layout, template_style
from mapstudio.model import JourneyMap, Project

MARK_LENGTH = 6 * MM
MARK_CLEARANCE = 3 * MM  # marks start at least this far outside the trim (and the bleed)
SLUG = 3 * MM  # room beyond the marks for the slug line naming the file
READABLE_MM_PER_METRE = 3.3  # em size that reads comfortably from one metre away
WALL_MINIMUM_M = 0.6  # closer than this, a poster on a wall is no longer read
INK_SPREAD = 2.0  # points that strokes on the edge of the title band or map reach outside
MAX_PAGE_SIDE = 200 * 72.0  # PDF's page limit (ISO 32000 annex C): 200 in, 5.08 m


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
    """Metres from which text of this size on paper reads comfortably."""
    return size_pt * 25.4 / 72 / READABLE_MM_PER_METRE


def describe_text_size(size_pt: float) -> tuple[str, bool]:
    """'smallest text: 9.4 pt (3.3 mm) — readable at 1 m' and whether it is too small
    for a workshop wall (read from about a metre)."""
    mm = size_pt * 25.4 / 72
    metres = reading_distance(size_pt)
    head = f"smallest text: {size_pt:.1f} pt ({mm:.1f} mm)"
    if metres >= 0.95:
        return f"{head} — readable at {metres:.1f} m", False
    if metres >= WALL_MINIMUM_M:
        return f"{head} — readable at {metres:.1f} m (step close to read the details)", False
    return (
        f"{head} — too small for a wall (readable only from {metres:.1f} m); "
        "choose a larger page or fit",
        True,
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
        name = self.page.name + (" lengthened" if self.lengthened else "")
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


def poster_margin(options: ExportOptions, short_side: float) -> float:
    """The white margin inside the trim: the user's, or 1.5 % of the short side (>= 8 mm)."""
    if options.poster_margin is not None:
        return options.poster_margin
    return max(8 * MM, 0.015 * short_side)


def plan_export(
    project: Project,
    options: ExportOptions,
    *,
    today: dt.date | None = None,
    layouts: dict[tuple[str, bool], MapLayout] | None = None,
) -> tuple[PosterPlan, ...]:
    """The poster of every selected map. `layouts` may hold ready layouts by
    (map id, template) so the dialog does not lay out a large map for every option."""
    plans = []
    for journey_map in select_maps(project, options.map):
        key = (journey_map.id, options.template)
        map_layout = layouts.get(key) if layouts is not None else None
        if map_layout is None:
            if options.template:
                map_layout = layout(journey_map, project, template_style(), template=True)
            else:
                map_layout = layout(journey_map, project)
            if layouts is not None:
                layouts[key] = map_layout
        plans.append(plan_poster(project, journey_map, map_layout, options, today=today))
    return tuple(plans)


@dataclass(frozen=True)
class _Fit:
    orientation: str
    trim_w: float
    trim_h: float
    margin: float
    title: TitleBlockLayout
    band_h: float
    area: Rect  # relative to the trim
    page_scale: float  # the largest scale that fits the area


def _fit_for(
    project: Project,
    journey_map: JourneyMap,
    map_layout: MapLayout,
    size: PageSize,
    orientation: str,
    options: ExportOptions,
    today: dt.date | None,
) -> _Fit:
    sized = size.landscape() if orientation == "landscape" else size.portrait()
    w, h = sized.width, sized.height
    short = min(w, h)
    margin = poster_margin(options, short)
    if 2 * margin >= short * 0.5:
        raise ExportError(
            f"A margin of {margin / MM:.0f} mm leaves no room for the map on {size.name} "
            "paper. Choose a smaller margin."
        )
    # A3 is the reference: its short side gets unit 1; A0 about 2.8, A4 0.7.
    unit = max(0.7, min(3.0, short / (297 * MM)))
    block = title_block(project, journey_map, map_layout, w - 2 * margin, unit, today=today)
    band_h = margin + block.height + 0.6 * margin
    top = band_h + 0.4 * margin
    area = Rect(margin, top, w - 2 * margin, h - top - margin)
    if area.h <= 0:
        raise ExportError(f"{size.name} paper is too small for the title block and the map.")
    page_scale = min(area.w / map_layout.width, area.h / map_layout.height)
    return _Fit(orientation, w, h, margin, block, band_h, area, page_scale)


def plan_poster(
    project: Project,
    journey_map: JourneyMap,
    map_layout: MapLayout,
    options: ExportOptions,
    *,
    today: dt.date | None = None,
) -> PosterPlan:
    """Place one map on its poster as `options` ask."""
    size = options.page
    orientations = (
        ("portrait", "landscape") if options.orientation == "auto" else (options.orientation,)
    )
    fits = [
        _fit_for(project, journey_map, map_layout, size, o, options, today) for o in orientations
    ]
    # Auto picks the orientation that shows the map larger (portrait on a tie).
    fits.sort(key=lambda f: -f.page_scale)
    fit = fits[0]
    lengthened = False
    trim_h = fit.trim_h
    if options.fit.mode == "page":
        scale = fit.page_scale
    elif options.fit.mode == "width":
        scale = fit.area.w / map_layout.width
        needed = map_layout.height * scale
        if needed > fit.area.h:
            trim_h = fit.area.y + needed + fit.margin
            lengthened = True
    else:
        scale = options.fit.percent / 100
        fitting = [f for f in fits if f.page_scale >= scale - 1e-9]
        if not fitting:
            best = max(f.page_scale for f in fits)
            raise ExportError(
                f"At {options.fit.percent:g} % the map is {map_layout.width * scale / MM:.0f} × "
                f"{map_layout.height * scale / MM:.0f} mm and does not fit on {size.name} "
                f"paper; the most that fits is {int(best * 100)} %. Choose a lower scale, "
                "fit page, or a larger page."
            )
        fit = fitting[0]

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
        title=fit.title,
        title_x=pad + fit.margin,
        title_y=pad + fit.margin,
        map_x=map_x,
        map_y=map_y,
        scale=scale,
        smallest_text=min_text_size(map_layout) * scale,
        tiles=None,
    )
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


def print_boxes(plan: PosterPlan) -> tuple[Rect, ...]:
    """The parts of the poster that carry print: the title band and the map, or the
    whole media when crop marks and the slug line go round it. The rest is bare paper,
    which tiling need not print."""
    if plan.crop_marks:
        return (Rect(0.0, 0.0, plan.media_w, plan.media_h),)
    # Rules on their edges stroke a little beyond them.
    return (plan.title_band.inset(-INK_SPREAD), plan.map_rect.inset(-INK_SPREAD))


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
    "MAX_PAGE_SIDE",
    "PosterPlan",
    "check_page_limit",
    "describe_text_size",
    "min_text_size",
    "plan_export",
    "plan_poster",
    "poster_margin",
    "print_boxes",
    "reading_distance",
    "select_maps",
]
