"""The layout engine: a journey map in, every box of it in points out.

Arrangement, top to bottom: the stage header row; per persona band a header row and that
persona's lanes; then a "Shared" band with the shared lanes. Lane labels fill the left
column; every (band, lane, stage) has a cell, empty or not, though only cells with
cards cost any work (`CellMap` makes an empty cell's box when it is asked for). Rows
and columns tile without gaps, so a cell's rect is exactly its row crossed with its
column.

Large maps are laid out again after every edit, so the costly parts are cached in a
`LayoutCache` and reused while their inputs are the very same (frozen) objects: card
content per cell, the card index, emotion curves and header texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from mapstudio.layout.boxes import (
    BandBox,
    CellBox,
    CellMap,
    ColumnBox,
    CurveSegment,
    EmotionCurveBox,
    EmotionGuide,
    EmotionMarker,
    LaneLabelBox,
    MapLayout,
    RowBox,
    StageHeaderBox,
    TextLine,
)
from mapstudio.layout.cache import (
    NO_CARDS,
    CurveEntry,
    LayoutCache,
    MeasuredLines,
    RowCells,
    RowEntry,
)
from mapstudio.layout.cards import cell_entry, place
from mapstudio.layout.context import LayoutRun
from mapstudio.layout.curve import face_for, smooth_path
from mapstudio.layout.fonts import FontSpec, TextMeasurer, default_measurer
from mapstudio.layout.geometry import Point, Rect
from mapstudio.layout.labels import LabelPlace, place_labels
from mapstudio.layout.rows import CardMap, FilledCells, PlacedRow
from mapstudio.layout.style import DEFAULT_STYLE, MapStyle
from mapstudio.layout.text import paragraph_widths_of
from mapstudio.model import (
    LANE_KIND_TITLES,
    Card,
    CellKey,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Project,
    cell_accepts_cards,
    persona_initials,
    persona_lanes,
    shared_lanes,
)


def layout(
    journey_map: JourneyMap,
    project: Project,
    style: MapStyle = DEFAULT_STYLE,
    measurer: TextMeasurer | None = None,
    cache: LayoutCache | None = None,
    *,
    template: bool = False,
    collapsed: frozenset[str] = frozenset(),
    hidden: frozenset[str] = frozenset(),
) -> MapLayout:
    """Lay out `journey_map`, whose personas come from `project`.

    `collapsed` persona bands show only their header row; `hidden` ones are left out.
    Both are view state of the window, not part of the map.

    With `template`, lay it out as a blank workshop poster: stages, bands, lanes and the
    emotion scale, but no cards and no emotion points, and every card cell at least big
    enough for a 76 mm sticky note with a margin (pair it with `template_style()` for
    poster-sized text). Pass the same `cache` to successive calls for one map so that
    only what changed is measured again.
    """
    measurer = measurer if measurer is not None else default_measurer()
    cache = cache if cache is not None else LayoutCache()
    cache.begin(style, measurer)
    run = LayoutRun(style, measurer, cache, template, project.assets)
    result = _build(journey_map, project, run, collapsed, hidden)
    return run.finish(result)


def shown_bands(
    journey_map: JourneyMap, project: Project, hidden: frozenset[str] = frozenset()
) -> list[Persona]:
    """The personas whose bands the map shows, in order: unknown or repeated ids (file
    damage the loader reports; just skipped) and hidden bands are left out."""
    library = {persona.id: persona for persona in project.personas}
    shown: list[Persona] = []
    seen: set[str] = set(hidden)
    for band_id in journey_map.bands:
        if band_id in library and band_id not in seen:
            seen.add(band_id)
            shown.append(library[band_id])
    return shown


def _build(
    journey_map: JourneyMap,
    project: Project,
    run: LayoutRun,
    collapsed: frozenset[str],
    hidden: frozenset[str],
) -> MapLayout:
    style = run.style
    band_personas = shown_bands(journey_map, project, hidden)
    rows_of_cards: Mapping[tuple[str | None, str], RowCells] = {}
    if not run.template:
        run.cache.index.update(journey_map)
        rows_of_cards = run.cache.index.rows
    points_by_persona = _points_by_persona(run, journey_map) if not run.template else {}
    cell_min = style.template_cell_size if run.template else 0.0
    left = style.margin
    top = style.margin

    stage_row = run.cache.stage_row
    if stage_row is None or stage_row[0] is not journey_map.stages or stage_row[1] != cell_min:
        stage_row = (
            journey_map.stages,
            cell_min,
            _stage_row(run, journey_map, left, top, cell_min),
        )
        run.cache.stage_row = stage_row
    columns, stage_headers, header_height = stage_row[2]
    if columns == run.cache.columns:
        # The very same object as last time, so row entries compare columns by identity.
        columns = run.cache.columns
    run.cache.columns = columns
    # Where each stage's column is, to place a row's cells without visiting the others.
    column_of = {column.stage_id: (i, column) for i, column in enumerate(columns)}
    right = columns[-1].x + columns[-1].w if columns else left + style.label_column_width
    full_width = right - left
    rows: list[RowBox] = [RowBox("stage_header", top, header_height)]
    y = top + header_height

    bands: list[BandBox] = []
    labels: list[LaneLabelBox] = []
    placed_rows: list[PlacedRow] = []
    curves: dict[str, EmotionCurveBox] = {}
    groups: list[tuple[Persona | None, tuple[Lane, ...]]] = [
        (persona, persona_lanes(journey_map)) for persona in band_personas
    ]
    lanes_shared = shared_lanes(journey_map)
    if lanes_shared:
        groups.append((None, lanes_shared))
    first_x = left + style.label_column_width
    for persona, lanes in groups:
        persona_id = persona.id if persona is not None else None
        band_top = y
        header_rect = Rect(left, y, full_width, style.band_header_height)
        rows.append(RowBox("band_header", y, style.band_header_height, persona_id))
        y += style.band_header_height
        has_curve = False
        folded = persona_id is not None and persona_id in collapsed
        for lane in () if folded else lanes:
            row_key = (persona_id, lane.id)
            # Cards misfiled in an emotion lane (a damaged file) are not drawn there.
            row_cells = rows_of_cards.get(row_key, NO_CARDS)
            if not cell_accepts_cards(lane):
                row_cells = NO_CARDS
            old = run.old_rows.get(row_key)
            if old is not None and old.entry.matches(
                lane, columns, run.template, row_cells, run.assets
            ):
                # The same row; only its top may have moved (rows above it grew or shrank).
                placed = old if old.y == y else PlacedRow(old.entry, y)
                run.reuse_row(row_key, old, placed)
            else:
                run.old_cells = old.entry.cells if old is not None else {}
                entry = _lane_row(
                    run, persona_id, lane, columns, column_of, y, left, first_x, row_cells
                )
                placed = PlacedRow(entry, y)
                run.rebuilt_row(row_key, old, placed)
            run.new_rows[row_key] = placed
            placed_rows.append(placed)
            height = placed.entry.height
            rows.append(placed.row)
            labels.append(placed.label)
            if persona is not None and lane.kind is LaneKind.EMOTIONS and not has_curve:
                # A band shows one curve; a second emotion lane stays an empty lane.
                has_curve = True
                curves[persona.id] = _curve(
                    run,
                    journey_map.emotion_scale,
                    persona,
                    lane.id,
                    Rect(first_x, y, right - first_x, height),
                    columns,
                    points_by_persona.get(persona.id, ()),
                )
            y += height
        band_rect = Rect(left, band_top, full_width, y - band_top)
        bands.append(_band(run, persona, band_rect, header_rect, folded))

    lane_rows = tuple(placed_rows)
    all_rows = tuple(rows)
    return MapLayout(
        width=right + style.margin,
        height=y + style.margin,
        style=style,
        template=run.template,
        columns=columns,
        rows=all_rows,
        label_column=Rect(left, top, style.label_column_width, y - top),
        stage_headers=stage_headers,
        bands=tuple(bands),
        lane_labels=tuple(labels),
        cells=CellMap(FilledCells(lane_rows, run.new_rows), all_rows, columns),
        cards=CardMap(lane_rows, run.new_rows, run.cache.card_rows),
        curves=curves,
        column_edges=(left, *(column.x for column in columns), right),
        row_edges=(*(row.y for row in rows), y),
    )


def _lane_row(
    run: LayoutRun,
    persona_id: str | None,
    lane: Lane,
    columns: tuple[ColumnBox, ...],
    column_of: Mapping[str, tuple[int, ColumnBox]],
    y: float,
    left: float,
    first_x: float,
    row_cells: RowCells,
) -> RowEntry:
    """One lane row built at `y` from the cells that hold cards (each cell's content
    still comes from the cache when its cards did not change, and its boxes when it did
    not move either). Empty cells cost nothing: the row's height does not depend on them
    and `CellMap` makes their boxes only when asked."""
    style = run.style
    run.cache.rows_built += 1
    accepts = cell_accepts_cards(lane)
    cell_min = style.template_cell_size if run.template else 0.0
    label_lines, label_height = _lane_label_lines(run, lane)
    # The row's cells with cards, left to right; cards of a stage not shown are skipped.
    placed = sorted(
        (
            column_of[stage_id] + (cards,)
            for stage_id, cards in row_cells.items()
            if stage_id in column_of
        ),
        key=_column_number,
    )
    keys = tuple(CellKey(persona_id, lane.id, column.stage_id) for _, column, _ in placed)
    entries = tuple(
        cell_entry(run, key, lane.kind, column.w, cards)
        for key, (_, column, cards) in zip(keys, placed, strict=True)
    )
    if accepts:
        content = max((e.height for e in entries), default=0.0)
        height = max(style.min_cell_height, cell_min, content, label_height)
    else:
        height = max(style.emotion_lane_height, label_height)
    for key, (_, column, _), entry in zip(keys, placed, entries, strict=True):
        place(entry, column.x, y)
        cell = entry.cell_box
        if cell is None or not _same_cell(cell, column, y, height, entry.card_ids):
            rect = Rect(column.x, y, column.w, height)
            entry.cell_box = CellBox(key, rect, lane.kind, accepts, entry.card_ids)
    origins = tuple(column.x for _, column, _ in placed)
    row = RowBox("lane", y, height, persona_id, lane.id, lane.kind)
    label = _lane_label(run, lane, persona_id, Rect(left, y, first_x - left, height), label_lines)
    return RowEntry(
        lane, columns, y, run.template, row_cells, keys, entries, origins, height, row, label
    )


def _column_number(placed: tuple[int, ColumnBox, tuple[Card, ...]]) -> int:
    return placed[0]


def _same_cell(cell: CellBox, column: ColumnBox, y: float, h: float, ids: tuple[str, ...]) -> bool:
    rect = cell.rect
    return (
        cell.card_ids is ids
        and rect.y == y
        and rect.h == h
        and rect.x == column.x
        and rect.w == column.w
    )


def _points_by_persona(
    run: LayoutRun, journey_map: JourneyMap
) -> Mapping[str, tuple[EmotionPoint, ...]]:
    """Each persona's emotion points in file order (one pass; the cache key of a curve),
    grouped again only when the map's points changed."""
    points = journey_map.emotion_points
    known, grouped_before = run.cache.points
    if known is points:
        return grouped_before
    grouped: dict[str, list[EmotionPoint]] = {}
    for point in points:
        grouped.setdefault(point.persona_id, []).append(point)
    result = {persona_id: tuple(found) for persona_id, found in grouped.items()}
    run.cache.points = (points, result)
    return result


# -- stage header row -----------------------------------------------------------------


def _stage_row(
    run: LayoutRun, journey_map: JourneyMap, left: float, top: float, cell_min: float
) -> tuple[tuple[ColumnBox, ...], tuple[StageHeaderBox, ...], float]:
    """The stage columns (as wide as their widest need) and their headers."""
    style = run.style
    font = style.stage_header_font
    pad = style.stage_header_padding
    x = left + style.label_column_width
    columns: list[ColumnBox] = []
    texts: list[tuple[tuple[str, float], ...]] = []
    measure = paragraph_widths_of(run.measurer)
    for stage in journey_map.stages:
        # A column widens for the longest word of its name, never for card text, which
        # breaks inside words instead.
        longest = max(measure(stage.name, font), default=0.0)
        width = max(style.column_width, cell_min, longest + 2 * pad)
        columns.append(ColumnBox(stage.id, x, width))
        texts.append(run.wrap(stage.name, font, width - 2 * pad, style.stage_header_max_lines))
        x += width
    tallest = max((len(lines) for lines in texts), default=0)
    height = max(style.stage_header_min_height, run.block_height(tallest, font) + 2 * pad)
    headers = tuple(
        StageHeaderBox(
            column.stage_id,
            Rect(column.x, top, column.w, height),
            run.text_lines(
                lines, font, style.text_color, pad, pad, center_width=column.w - 2 * pad
            ),
        )
        for column, lines in zip(columns, texts, strict=True)
    )
    return tuple(columns), headers, height


# -- lane labels and band headers -----------------------------------------------------


def _lane_label_lines(run: LayoutRun, lane: Lane) -> tuple[tuple[TextLine, ...], float]:
    """A lane label's lines, relative to its box, and the height they need: the same
    for the lane in every band, so made once per layout."""
    title = lane.title or LANE_KIND_TITLES[lane.kind]
    known = run.lane_labels.get(title)
    if known is not None:
        return known
    style = run.style
    pad = style.lane_label_padding
    x = pad + style.lane_icon_size + 6
    font = style.lane_label_font
    lines = run.wrap(
        title,
        font,
        style.label_column_width - x - pad,
        style.lane_label_max_lines,
    )
    height = max(run.block_height(len(lines), font), style.lane_icon_size) + 2 * pad
    known = run.lane_labels[title] = (run.text_lines(lines, font, style.text_color, x, pad), height)
    return known


def _lane_label(
    run: LayoutRun,
    lane: Lane,
    persona_id: str | None,
    rect: Rect,
    lines: tuple[TextLine, ...],
) -> LaneLabelBox:
    style = run.style
    pad = style.lane_label_padding
    icon = Rect(pad, pad, style.lane_icon_size, style.lane_icon_size)
    return LaneLabelBox(
        lane.id, persona_id, lane.kind, rect, icon, style.kind_accent(lane.kind), lines
    )


def _band(
    run: LayoutRun, persona: Persona | None, rect: Rect, header: Rect, collapsed: bool = False
) -> BandBox:
    """A band's box; its header's content is laid out again only when the persona, the
    header's size or the folding changed (a band that only moved is moved)."""
    key = (persona, header.w, header.h, collapsed)
    persona_id = persona.id if persona is not None else None
    known = run.cache.bands.get(persona_id)
    if known is not None and known[0] == key:
        box = known[1]
        if box.rect == rect and box.header_rect == header:
            return box
        box = BandBox(
            box.persona_id,
            rect,
            header,
            box.color,
            box.strip_rect,
            box.avatar_rect,
            box.avatar_lines,
            box.photo_asset_id,
            box.lines,
            box.collapsed,
        )
    else:
        box = _make_band(run, persona, rect, header, collapsed)
    run.new_bands[persona_id] = (key, box)
    return box


def _make_band(
    run: LayoutRun, persona: Persona | None, rect: Rect, header: Rect, collapsed: bool
) -> BandBox:
    style = run.style
    pad = style.band_padding
    strip = Rect(0.0, 0.0, style.band_strip_width, header.h)
    name_font, role_font = style.band_name_font, style.band_role_font
    if persona is None:
        avatar = None
        avatar_lines: tuple[TextLine, ...] = ()
        text_x = strip.w + pad
        name, role, color = style.shared_band_title, "", style.shared_band_color
    else:
        side = header.h - 2 * pad
        avatar = Rect(strip.w + pad, pad, side, side)
        avatar_lines = _initials(run, persona.name, avatar)
        text_x = avatar.right + pad
        name, role, color = persona.name, persona.role, persona.color
    available = header.w - text_x - pad
    name_lines = run.wrap(name, name_font, available, 1)
    role_lines = run.wrap(role, role_font, available, 1)
    name_height = run.block_height(len(name_lines), name_font)
    text_top = (header.h - name_height - run.block_height(len(role_lines), role_font)) / 2
    lines = run.text_lines(name_lines, name_font, style.text_color, text_x, text_top)
    lines += run.text_lines(
        role_lines, role_font, style.muted_text_color, text_x, text_top + name_height
    )
    return BandBox(
        persona_id=persona.id if persona is not None else None,
        rect=rect,
        header_rect=header,
        color=color,
        strip_rect=strip,
        avatar_rect=avatar,
        avatar_lines=avatar_lines,
        photo_asset_id=persona.photo_asset_id if persona is not None else None,
        lines=lines,
        collapsed=collapsed,
    )


def _initials(run: LayoutRun, name: str, avatar: Rect) -> tuple[TextLine, ...]:
    """Up to two initials centred in the avatar circle (painted when there is no photo)."""
    letters = persona_initials(name)
    if not letters:
        return ()
    font = FontSpec("bold", round(avatar.h * 0.4, 2))
    width = run.measurer.width(letters, font)
    # Capitals reach about 0.71 em above the baseline in Noto Sans: centre that extent.
    baseline = avatar.y + avatar.h / 2 + 0.71 * font.size / 2
    x = avatar.x + (avatar.w - width) / 2
    return (TextLine(letters, x, baseline, font, run.style.avatar_text_color, width),)


# -- the emotion curve ----------------------------------------------------------------


def _curve(
    run: LayoutRun,
    scale: EmotionScale,
    persona: Persona,
    lane_id: str,
    rect: Rect,
    columns: tuple[ColumnBox, ...],
    points: tuple[EmotionPoint, ...],
) -> EmotionCurveBox:
    """A persona's curve, reused from the cache while its inputs are unchanged (moved
    with its lane when only the lane's top changed)."""
    entry = run.old_curves.get(persona.id)
    if entry is None or not entry.matches(
        persona, lane_id, rect, columns, scale, points, run.template
    ):
        # Computed at the lane's top and then moved there, so that a curve moved later
        # equals one computed afresh, to the last bit.
        relative = _make_curve(
            run, scale, persona, lane_id, Rect(rect.x, 0.0, rect.w, rect.h), columns, points
        )
        box = _moved_curve(relative, rect.y)
        entry = CurveEntry(
            persona, lane_id, rect, columns, scale, points, run.template, relative, box
        )
    elif entry.rect.y != rect.y:
        box = _moved_curve(entry.relative, rect.y)
        entry = CurveEntry(
            persona, lane_id, rect, columns, scale, points, run.template, entry.relative, box
        )
    run.new_curves[persona.id] = entry
    return entry.box


def _moved_curve(box: EmotionCurveBox, dy: float) -> EmotionCurveBox:
    """`box` moved down by `dy` (its marker labels are relative to their markers)."""
    if dy == 0.0:
        return box

    def point(p: Point) -> Point:
        return Point(p.x, p.y + dy)

    rect = box.rect
    return EmotionCurveBox(
        box.persona_id,
        box.lane_id,
        Rect(rect.x, rect.y + dy, rect.w, rect.h),
        box.plot_top + dy,
        box.plot_bottom + dy,
        box.scale_min,
        box.scale_max,
        box.color,
        box.line_width,
        tuple(EmotionGuide(g.score, g.y + dy, g.label) for g in box.guides),
        tuple(
            EmotionMarker(
                m.point_id,
                m.stage_id,
                m.x,
                m.y + dy,
                m.score,
                m.feeling,
                m.face,
                Rect(m.rect.x, m.rect.y + dy, m.rect.w, m.rect.h),
                m.lines,
            )
            for m in box.markers
        ),
        tuple(
            CurveSegment(point(s.start), point(s.c1), point(s.c2), point(s.end))
            for s in box.segments
        ),
    )


def _make_curve(
    run: LayoutRun,
    scale: EmotionScale,
    persona: Persona,
    lane_id: str,
    rect: Rect,
    columns: tuple[ColumnBox, ...],
    points: tuple[EmotionPoint, ...],
) -> EmotionCurveBox:
    """The curve of one persona from that persona's `points` (so a map's curves cost
    its points once, not once per band)."""
    style = run.style
    top = rect.y + style.emotion_padding
    bottom = rect.bottom - style.emotion_padding
    span = scale.max - scale.min

    def y_of(score: int) -> float:
        clamped = max(scale.min, min(scale.max, score))
        return bottom - (clamped - scale.min) / span * (bottom - top)

    # Scale labels sit just above their guide at the lane's left edge.
    font = style.guide_label_font
    baseline_gap = run.measurer.descent(font) + 1
    guides = tuple(
        EmotionGuide(
            step,
            y_of(step),
            TextLine(
                scale.label(step),
                4.0,
                y_of(step) - rect.y - baseline_gap,
                font,
                style.muted_text_color,
                run.measurer.width(scale.label(step), font),
            ),
        )
        for step in range(scale.min, scale.max + 1)
    )

    markers: list[EmotionMarker] = []
    segments: tuple[CurveSegment, ...] = ()
    if not run.template:
        by_stage = {column.stage_id: column for column in columns}
        order = {column.stage_id: i for i, column in enumerate(columns)}
        radius = style.marker_radius
        # Left to right: stage order, then offset (as model.curve_points orders them).
        points = tuple(
            sorted(
                (p for p in points if p.stage_id in order),
                key=lambda p: (order[p.stage_id], p.offset),
            )
        )
        centres = [
            Point(by_stage[p.stage_id].x + p.offset * by_stage[p.stage_id].w, y_of(p.score))
            for p in points
        ]
        segments = smooth_path(centres, top, bottom)
        texts = [_marker_text(run, point, scale, by_stage[point.stage_id]) for point in points]
        feeling = style.feeling_font
        step = run.block_height(1, feeling)
        sizes = [(max((w for _t, w in lines), default=0.0), step * len(lines)) for lines in texts]
        # The scale's labels are drawn first, at the lane's left: labels keep off them.
        fixed = [
            Rect(
                rect.x + g.label.x,
                rect.y + g.label.y_baseline - run.measurer.ascent(font),
                g.label.width,
                run.measurer.ascent(font) + run.measurer.descent(font),
            )
            for g in guides
        ]
        inset = 2.0
        places = place_labels(
            centres,
            sizes,
            radius,
            segments,
            Rect(rect.x + inset, rect.y + inset, rect.w - 2 * inset, rect.h - 2 * inset),
            fixed,
            gap=max(2.0, radius * 0.25),
            curve_width=style.curve_width,
        )
        for point, centre, lines, place in zip(points, centres, texts, places, strict=True):
            marker_rect = Rect(centre.x - radius, centre.y - radius, 2 * radius, 2 * radius)
            markers.append(
                EmotionMarker(
                    point_id=point.id,
                    stage_id=point.stage_id,
                    x=centre.x,
                    y=centre.y,
                    score=point.score,
                    feeling=point.feeling,
                    face=face_for(point.score, scale.min, scale.max),
                    rect=marker_rect,
                    lines=_placed_lines(run, lines, place, marker_rect),
                )
            )
    return EmotionCurveBox(
        persona_id=persona.id,
        lane_id=lane_id,
        rect=rect,
        plot_top=top,
        plot_bottom=bottom,
        scale_min=scale.min,
        scale_max=scale.max,
        color=persona.color,
        line_width=style.curve_width,
        guides=guides,
        markers=tuple(markers),
        segments=segments,
    )


def _marker_text(
    run: LayoutRun, point: EmotionPoint, scale: EmotionScale, column: ColumnBox
) -> MeasuredLines:
    """The feeling word and the score (colour is never the only signal), wrapped."""
    # A signed scale shows its sign (+1, −1); a 1..5 scale just the number.
    signed = scale.min < 0 and point.score != 0
    number = f"{point.score:+d}".replace("-", "−") if signed else str(point.score)
    text = f"{point.feeling} ({number})" if point.feeling else number
    return run.wrap(text, run.style.feeling_font, column.w * 0.8, 2)


def _placed_lines(
    run: LayoutRun, lines: MeasuredLines, place: LabelPlace, marker: Rect
) -> tuple[TextLine, ...]:
    """The label's lines in its place, relative to the marker's rect."""
    font = run.style.feeling_font
    block = place.rect
    x = block.x - marker.x
    top = block.y - marker.y
    if place.align == "center":
        return run.text_lines(lines, font, run.style.text_color, x, top, center_width=block.w)
    result = run.text_lines(lines, font, run.style.text_color, x, top)
    if place.align == "right":
        result = tuple(replace(line, x=x + block.w - line.width) for line in result)
    return result
