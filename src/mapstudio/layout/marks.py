"""Where the marks of a comparison go: pure geometry over a laid-out map.

A comparison (see `mapstudio.compare.view`) says which cards and emotion points were
added, removed, changed or moved. This module turns that into boxes both painters draw
the same way - the canvas (mapstudio.ui.compare_view) and the compare PDF
(mapstudio.export.compare_pdf):

- a `CardMark` per marked card: an outline just outside the card (dashed for a removed
  card) and a round badge per mark at the card's top-right corner, each with an icon
  ("+", "−", pencil, arrow) as well as a colour, so the marks never rely on colour;
- a `PointMark` per marked emotion marker: a ring and the same badges;
- the other side's emotion curve (`OtherCurve`, drawn dashed) and a `DeltaLabel` per
  persona and stage with the change of the mean score ("+1", "–2");
- a `LegendBox` above the map (negative y) that names every mark and the two curves.

`ghost_layout` fades the removed cards of a layout towards the paper. Each mark is also
a display list (mapstudio.layout.display: `card_mark_shapes`, `overlay_layers`, …), so
both outputs draw it from one description. Every literal of the look is in
`CompareStyle` (mapstudio.layout.style).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from mapstudio.layout.boxes import CardBox, CurveSegment, EmotionCurveBox, MapLayout, TextLine
from mapstudio.layout.display import (
    CircleShape,
    GlyphShape,
    PathOp,
    PathShape,
    RoundedRectShape,
    Shape,
    Shapes,
    TextRun,
    glyph_square,
)
from mapstudio.layout.engine import layout
from mapstudio.layout.fonts import FontSpec, TextMeasurer, default_measurer
from mapstudio.layout.geometry import Point, Rect
from mapstudio.layout.glyphs import Close, CurveTo, Glyph, GlyphOp, LineTo, MoveTo
from mapstudio.layout.style import DEFAULT_COMPARE_STYLE, DEFAULT_STYLE, CompareStyle, MapStyle
from mapstudio.model import EmotionPoint, JourneyMap, Project

MarkKind = Literal["added", "removed", "changed", "moved"]
MARK_KINDS: tuple[MarkKind, ...] = ("removed", "added", "changed", "moved")  # strongest first


def _thick(x1: float, y1: float, x2: float, y2: float, width: float) -> Glyph:
    """A stroke `width` wide (in the unit square) as parallel strokes of the glyph pen:
    the icons in a badge must be bolder than the map's line icons to read small."""
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    nx, ny = -(y2 - y1) / length, (x2 - x1) / length
    count = max(1, math.ceil(width / 0.05))
    ops: list[GlyphOp] = []
    for i in range(count + 1):
        t = (i / count - 0.5) * (width - 0.085)
        ops += [MoveTo(x1 + nx * t, y1 + ny * t), LineTo(x2 + nx * t, y2 + ny * t)]
    return tuple(ops)


# The icon of each mark, in a unit square (drawn white on the mark's colour).
MARK_GLYPHS: dict[MarkKind, Glyph] = {
    "added": _thick(0.5, 0.2, 0.5, 0.8, 0.16) + _thick(0.2, 0.5, 0.8, 0.5, 0.16),
    "removed": _thick(0.2, 0.5, 0.8, 0.5, 0.16),
    "changed": _thick(0.3, 0.7, 0.74, 0.26, 0.2)
    + _thick(0.2, 0.8, 0.3, 0.7, 0.1)
    + _thick(0.22, 0.8, 0.34, 0.78, 0.06),
    "moved": _thick(0.18, 0.5, 0.72, 0.5, 0.14)
    + _thick(0.54, 0.3, 0.8, 0.5, 0.12)
    + _thick(0.54, 0.7, 0.8, 0.5, 0.12),
}


@dataclass(frozen=True, slots=True)
class MarkBadge:
    """A round badge: `rect` is the absolute bounding square of its circle."""

    kind: MarkKind
    rect: Rect
    color: str
    icon_color: str
    icon_rect: Rect  # where the icon goes inside the badge (absolute)
    ring_width: float  # the ring of the icon's colour round it

    @property
    def glyph(self) -> Glyph:
        return MARK_GLYPHS[self.kind]


def badge(kind: MarkKind, rect: Rect, style: CompareStyle = DEFAULT_COMPARE_STYLE) -> MarkBadge:
    """The badge of a mark kind filling the square `rect`."""
    icon = rect.inset(rect.w * (1 - style.badge_icon_ratio) / 2)
    return MarkBadge(kind, rect, style.color(kind), style.icon_color, icon, style.badge_ring_width)


@dataclass(frozen=True, slots=True)
class CardMark:
    """The marks of one card: `kinds` strongest first, an outline around the card."""

    card_id: str
    kinds: tuple[MarkKind, ...]
    outline: Rect  # absolute
    corner_radius: float
    color: str  # of the strongest mark
    width: float
    dash: tuple[float, float] | None  # a removed card's outline is dashed
    badges: tuple[MarkBadge, ...]

    @property
    def kind(self) -> MarkKind:
        """The strongest mark."""
        return self.kinds[0]

    @property
    def bounds(self) -> Rect:
        """Everything the mark draws (outline and badges)."""
        return _union(self.outline, *(b.rect for b in self.badges)).inset(-self.width)


@dataclass(frozen=True, slots=True)
class PointMark:
    """The marks of one emotion marker: a ring around it and badges."""

    point_id: str
    kinds: tuple[MarkKind, ...]
    ring: Rect  # absolute bounding square of the ring
    color: str
    width: float
    badges: tuple[MarkBadge, ...]

    @property
    def kind(self) -> MarkKind:
        return self.kinds[0]

    @property
    def bounds(self) -> Rect:
        return _union(self.ring, *(b.rect for b in self.badges)).inset(-self.width)


@dataclass(frozen=True, slots=True)
class OtherCurve:
    """The other side's emotion curve of one persona, drawn dashed."""

    persona_id: str
    color: str
    width: float
    dash: tuple[float, float]  # in line widths
    segments: tuple[CurveSegment, ...]

    @property
    def bounds(self) -> Rect:
        """Everything the curve may draw: a Bézier stays within its control points."""
        points = [
            Rect(p.x, p.y, 0.0, 0.0) for s in self.segments for p in (s.start, s.c1, s.c2, s.end)
        ]
        if not points:
            return Rect(0.0, 0.0, 0.0, 0.0)
        return _union(*points).inset(-self.width)


@dataclass(frozen=True, slots=True)
class DeltaLabel:
    """The change of a persona's mean emotion score in one stage, under its column."""

    persona_id: str
    stage_id: str
    value: float
    rect: Rect  # absolute: a rounded pill
    line: TextLine  # relative to `rect`
    fill: str
    border: str
    border_width: float


@dataclass(frozen=True, slots=True)
class CurveSample:
    """A short stretch of curve in the legend (absolute), solid or dashed."""

    start: Point
    end: Point
    color: str
    width: float
    dash: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class LegendBox:
    """The legend: `lines` are relative to `rect`; badges and samples are absolute."""

    rect: Rect
    fill: str
    border: str
    border_width: float
    corner_radius: float
    lines: tuple[TextLine, ...]
    badges: tuple[MarkBadge, ...]
    samples: tuple[CurveSample, ...]


@dataclass(frozen=True)
class LegendText:
    """The words of the legend (the app passes them translated)."""

    title: str = "Changes"
    kinds: Mapping[str, str] = field(
        default_factory=lambda: {
            "added": "Added",
            "removed": "Removed",
            "changed": "Changed",
            "moved": "Moved",
        }
    )
    this_curve: str = "this map"
    other_curve: str = "the other map"
    delta: str = "+1 / –1: emotion score per stage, this map against the other"


@dataclass(frozen=True)
class CompareOverlay:
    """Every mark of a comparison over one layout."""

    cards: Mapping[str, CardMark]
    points: Mapping[str, PointMark]
    curves: tuple[OtherCurve, ...]
    deltas: tuple[DeltaLabel, ...]
    legend: LegendBox

    def bounds(self, ml: MapLayout) -> Rect:
        """The map and the legend together (the legend sits above y = 0)."""
        return _union(Rect(0.0, 0.0, ml.width, ml.height), self.legend.rect.inset(-4.0))


def _union(first: Rect, *rects: Rect) -> Rect:
    left, top = first.x, first.y
    right, bottom = first.right, first.bottom
    for r in rects:
        left, top = min(left, r.x), min(top, r.y)
        right, bottom = max(right, r.right), max(bottom, r.bottom)
    return Rect(left, top, right - left, bottom - top)


def _ordered(marks: frozenset[str] | set[str] | tuple[str, ...]) -> tuple[MarkKind, ...]:
    return tuple(kind for kind in MARK_KINDS if kind in marks)


def mix(color: str, toward: str, amount: float) -> str:
    """`color` moved `amount` (0..1) of the way to `toward`, as "#RRGGBB"."""

    def rgb(value: str) -> tuple[int, int, int]:
        value = value.lstrip("#")
        try:
            return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
        except ValueError:
            return 0, 0, 0

    a, b = rgb(color), rgb(toward)
    return "#{:02X}{:02X}{:02X}".format(
        *(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))
    )


def ghost_layout(
    ml: MapLayout, ghosts: frozenset[str], style: CompareStyle = DEFAULT_COMPARE_STYLE
) -> MapLayout:
    """`ml` with the cards in `ghosts` faded towards the paper: removed cards, shown in
    their old cell. Text fades less than fills, so a ghost still reads."""
    if not ghosts:
        return ml
    paper = ml.style.paper_color
    cards = dict(ml.cards)
    for card_id in ghosts:
        box = cards.get(card_id)
        if box is not None:
            cards[card_id] = _ghost(box, paper, style.ghost_fade)
    return replace(ml, cards=cards)


def _ghost(box: CardBox, paper: str, fade: float) -> CardBox:
    def faded(lines: tuple[TextLine, ...]) -> tuple[TextLine, ...]:
        return tuple(replace(line, color=mix(line.color, paper, fade * 0.6)) for line in lines)

    return replace(
        box,
        fill=mix(box.fill, paper, fade),
        icon_color=mix(box.icon_color, paper, fade),
        title_lines=faded(box.title_lines),
        body_lines=faded(box.body_lines),
        meta_lines=faded(box.meta_lines),
    )


def _badges(
    kinds: tuple[MarkKind, ...], right: float, top: float, style: CompareStyle
) -> tuple[MarkBadge, ...]:
    """Badges in a row ending at `right`, strongest rightmost, tops at `top`."""
    d = style.badge_diameter
    badges = []
    x = right - d
    for kind in kinds:
        badges.append(badge(kind, Rect(x, top, d, d), style))
        x -= d + style.badge_gap
    return tuple(badges)


def card_mark(
    box: CardBox, marks: frozenset[str] | set[str], style: CompareStyle = DEFAULT_COMPARE_STYLE
) -> CardMark | None:
    """The mark of one card box (None when `marks` holds no mark kind)."""
    kinds = _ordered(marks)
    if not kinds:
        return None
    gap = style.outline_gap
    outline = box.rect.inset(-gap)
    overhang = style.badge_overhang
    badges = _badges(
        kinds,
        box.rect.right + overhang,
        box.rect.y - overhang,
        style,
    )
    return CardMark(
        card_id=box.card_id,
        kinds=kinds,
        outline=outline,
        corner_radius=box.corner_radius + gap,
        color=style.color(kinds[0]),
        width=style.outline_width,
        dash=style.dash if kinds[0] == "removed" else None,
        badges=badges,
    )


def compare_overlay(
    ml: MapLayout,
    card_marks: Mapping[str, frozenset[str]],
    point_marks: Mapping[str, frozenset[str]] | None = None,
    *,
    other: MapLayout | None = None,
    deltas: Mapping[tuple[str, str], float] | None = None,
    text: LegendText | None = None,
    counts: Mapping[MarkKind, int] | None = None,
    measurer: TextMeasurer | None = None,
    style: CompareStyle = DEFAULT_COMPARE_STYLE,
) -> CompareOverlay:
    """The marks of a comparison over `ml`, the layout of the shown map.

    `other` is the same map laid out with the other side's emotion points: its curves
    are drawn dashed. `deltas` maps (persona id, stage id) to the change of the mean
    score; `counts` (per mark kind) go into the legend.
    """
    measurer = measurer if measurer is not None else default_measurer()
    text = text if text is not None else LegendText()
    cards: dict[str, CardMark] = {}
    for card_id, marks in card_marks.items():
        box = ml.cards.get(card_id)
        if box is not None:
            mark = card_mark(box, marks, style)
            if mark is not None:
                cards[card_id] = mark
    # What a point's marks must never cover: every marker and its words, and the
    # scale's labels, per persona lane. The difference labels go first (one per stage
    # column, few places to choose from), then each marked point's badges.
    taken = {
        persona_id: _curve_obstacles(curve, measurer) for persona_id, curve in ml.curves.items()
    }
    delta_labels = _delta_labels(ml, deltas or {}, measurer, style, taken)
    points: dict[str, PointMark] = {}
    for persona_id, curve in ml.curves.items():
        for marker in curve.markers:
            kinds = _ordered((point_marks or {}).get(marker.point_id, frozenset()))
            if not kinds:
                continue
            ring = marker.rect.inset(-style.outline_gap - style.outline_width / 2)
            badges = _point_badges(kinds, marker.rect, curve.rect, taken[persona_id], style)
            taken[persona_id].extend(b.rect for b in badges)
            points[marker.point_id] = PointMark(
                marker.point_id,
                kinds,
                ring,
                style.color(kinds[0]),
                style.outline_width,
                badges,
            )
    curves = _other_curves(ml, other, style)
    return CompareOverlay(
        cards=cards,
        points=points,
        curves=curves,
        deltas=delta_labels,
        legend=_legend(ml, text, counts or {}, bool(ml.curves), measurer, style),
    )


def _text_rect(origin: Rect, line: TextLine, measurer: TextMeasurer) -> Rect:
    """The absolute box of one line of text placed relative to `origin`."""
    ascent = measurer.ascent(line.font)
    return Rect(
        origin.x + line.x,
        origin.y + line.y_baseline - ascent,
        line.width,
        ascent + measurer.descent(line.font),
    )


def _curve_obstacles(curve: EmotionCurveBox, measurer: TextMeasurer) -> list[Rect]:
    """Everything of a persona's emotion lane a mark must keep off: the markers, their
    feeling words and the scale's labels."""
    rects = [_text_rect(curve.rect, guide.label, measurer) for guide in curve.guides]
    for marker in curve.markers:
        rects.append(marker.rect)
        rects.extend(_text_rect(marker.rect, line, measurer) for line in marker.lines)
    return rects


def _overlap(rect: Rect, others: list[Rect]) -> float:
    """The area of `rect` covered by `others` (summed)."""
    total = 0.0
    for other in others:
        w = min(rect.right, other.right) - max(rect.x, other.x)
        h = min(rect.bottom, other.bottom) - max(rect.y, other.y)
        if w > 0 and h > 0:
            total += w * h
    return total


def _inside(outer: Rect, inner: Rect) -> bool:
    return (
        outer.x <= inner.x
        and outer.y <= inner.y
        and inner.right <= outer.right
        and inner.bottom <= outer.bottom
    )


def _first_free(candidates: list[Rect], bounds: Rect, taken: list[Rect]) -> Rect:
    """The first candidate inside `bounds` that covers nothing in `taken`; when every
    one covers something, the one that covers least (leaving `bounds` counts worst)."""
    best, best_cost = candidates[0], math.inf
    for rect in candidates:
        cost = _overlap(rect, taken) + (0.0 if _inside(bounds, rect) else 1e6)
        if cost == 0.0:
            return rect
        if cost < best_cost:
            best, best_cost = rect, cost
    return best


def _point_badges(
    kinds: tuple[MarkKind, ...],
    marker: Rect,
    lane: Rect,
    taken: list[Rect],
    style: CompareStyle,
) -> tuple[MarkBadge, ...]:
    """The badges of a marked emotion point in a row beside its marker: above right
    when that is free, else the first free place around it, so they never hide the
    marker's face or its words (a point at the foot of the scale has its words above)."""
    d, gap = style.badge_diameter, style.badge_gap
    width = len(kinds) * d + (len(kinds) - 1) * gap
    clear = 1.0
    cx, cy = marker.x + marker.w / 2, marker.y + marker.h / 2
    right, left = marker.right + clear, marker.x - clear - width
    above, below = marker.y - clear - d, marker.bottom + clear
    beside = cy - d / 2
    candidates = [
        Rect(right, above, width, d),  # above right, off the marker's corner
        Rect(right, beside, width, d),
        Rect(right, below, width, d),
        Rect(left, above, width, d),
        Rect(left, beside, width, d),
        Rect(left, below, width, d),
        Rect(cx - width / 2, above, width, d),
        Rect(cx - width / 2, below, width, d),
    ]
    row = _first_free(candidates, lane.inset(1.0), taken)
    return _badges(kinds, row.right, row.y, style)


def _other_curves(
    ml: MapLayout, other: MapLayout | None, style: CompareStyle
) -> tuple[OtherCurve, ...]:
    if other is None:
        return ()
    curves = []
    for persona_id, curve in other.curves.items():
        if not curve.segments or persona_id not in ml.curves:
            continue
        shown = ml.curves[persona_id]
        curves.append(
            OtherCurve(
                persona_id,
                shown.color,
                shown.line_width * style.other_curve_width_ratio,
                style.other_curve_dash,
                curve.segments,
            )
        )
    return tuple(curves)


def format_delta(value: float) -> str:
    """ "+1", "–2", "±0", "+0.5": a signed score change. The minus is an en dash: the
    bundled font has no U+2212, and a hyphen is too short to read as a sign."""
    rounded = round(value, 1)
    if rounded == 0:
        return "±0"
    number = f"{abs(rounded):.1f}".removesuffix(".0")
    return ("+" if rounded > 0 else "–") + number


def _delta_labels(
    ml: MapLayout,
    deltas: Mapping[tuple[str, str], float],
    measurer: TextMeasurer,
    style: CompareStyle,
    taken: Mapping[str, list[Rect]],
) -> tuple[DeltaLabel, ...]:
    """A pill per (persona, stage) in the stage's column of the persona's emotion lane:
    at the bottom, centred, when that covers no marker, feeling word or scale label
    (`taken`, per persona, which gets the pills added); else in a free corner of the
    column's lane."""
    font = FontSpec("bold", style.delta_size)
    ascent = measurer.ascent(font)
    height = ascent + measurer.descent(font) + 2 * style.delta_padding
    labels = []
    for (persona_id, stage_id), value in deltas.items():
        curve = ml.curves.get(persona_id)
        if curve is None:
            continue
        try:
            column = ml.column(stage_id)
        except KeyError:
            continue
        words = format_delta(value)
        width = measurer.width(words, font)
        w = width + 2 * style.delta_padding + 4.0
        margin = 3.0
        xs = (column.x + (column.w - w) / 2, column.x + margin, column.x + column.w - w - margin)
        ys = (curve.rect.bottom - height - margin, curve.rect.y + margin)
        obstacles = taken.get(persona_id, [])
        rect = _first_free(
            [Rect(x, y, w, height) for y in ys for x in xs],
            Rect(column.x, curve.rect.y, column.w, curve.rect.h),
            obstacles,
        )
        if persona_id in taken:
            taken[persona_id].append(rect)
        line = TextLine(
            words,
            (w - width) / 2,
            style.delta_padding + ascent,
            font,
            ml.style.text_color,
            width,
        )
        labels.append(
            DeltaLabel(
                persona_id,
                stage_id,
                value,
                rect,
                line,
                style.delta_fill,
                style.delta_border,
                style.delta_border_width,
            )
        )
    return tuple(labels)


def _legend(
    ml: MapLayout,
    text: LegendText,
    counts: Mapping[MarkKind, int],
    with_curves: bool,
    measurer: TextMeasurer,
    style: CompareStyle,
) -> LegendBox:
    """The legend's rows - title, the four marks, the two curves - placed above the
    map's top-left corner so it never covers the map."""
    title_font = FontSpec("bold", style.legend_title_size)
    font = FontSpec("regular", style.legend_text_size)
    pad = style.legend_padding
    d = style.badge_diameter
    lines: list[TextLine] = []
    badges: list[tuple[MarkKind, float, float]] = []  # relative
    samples: list[tuple[float, float, bool]] = []  # relative x0, x1, y; dashed
    y = pad
    title_width = measurer.width(text.title, title_font)
    lines.append(
        TextLine(
            text.title,
            pad,
            y + measurer.ascent(title_font),
            title_font,
            ml.style.text_color,
            title_width,
        )
    )
    y += measurer.line_height(title_font) + style.legend_row_gap
    row_height = max(d, measurer.line_height(font))
    baseline = y + (row_height - measurer.line_height(font)) / 2 + measurer.ascent(font)
    x = pad
    for kind in MARK_KINDS:
        words = text.kinds.get(kind, kind)
        if kind in counts:
            words = f"{words} ({counts[kind]})"
        badges.append((kind, x, y + (row_height - d) / 2))
        x += d + style.legend_icon_gap
        width = measurer.width(words, font)
        lines.append(TextLine(words, x, baseline, font, ml.style.text_color, width))
        x += width * (1 + style.legend_text_slack) + style.legend_entry_gap
    right = x - style.legend_entry_gap
    y += row_height
    if with_curves:
        y += style.legend_row_gap
        baseline = y + measurer.ascent(font)
        mid = y + measurer.line_height(font) / 2
        x = pad
        for words, dashed in ((text.this_curve, False), (text.other_curve, True)):
            samples.append((x, mid, dashed))
            x += style.legend_sample_width + style.legend_icon_gap
            width = measurer.width(words, font)
            lines.append(TextLine(words, x, baseline, font, ml.style.text_color, width))
            x += width * (1 + style.legend_text_slack) + style.legend_entry_gap
        width = measurer.width(text.delta, font)
        lines.append(TextLine(text.delta, x, baseline, font, ml.style.muted_text_color, width))
        right = max(right, x + width * (1 + style.legend_text_slack))
        y += measurer.line_height(font)
    w = max(right, pad + title_width * (1 + style.legend_text_slack)) + pad
    h = y + pad
    origin_x = ml.style.margin
    origin_y = ml.style.margin - style.legend_gap - h
    # The samples are neutral: each persona's curve has its own colour.
    curve_color = ml.style.muted_text_color
    curve_width = ml.style.curve_width
    return LegendBox(
        rect=Rect(origin_x, origin_y, w, h),
        fill=style.legend_fill,
        border=style.legend_border,
        border_width=style.legend_border_width,
        corner_radius=style.legend_corner_radius,
        lines=tuple(lines),
        badges=tuple(
            badge(kind, Rect(origin_x + bx, origin_y + by, d, d), style) for kind, bx, by in badges
        ),
        samples=tuple(
            CurveSample(
                Point(origin_x + sx, origin_y + sy),
                Point(origin_x + sx + style.legend_sample_width, origin_y + sy),
                curve_color,
                curve_width * (style.other_curve_width_ratio if dashed else 1.0),
                style.other_curve_dash if dashed else None,
            )
            for sx, sy, dashed in samples
        ),
    )


# -- the marks as display lists ----------------------------------------------------------
# The canvas (mapstudio.ui.canvas.marks) and the compare PDF (mapstudio.export.compare_pdf)
# draw these through their interpreters. Every list is in map coordinates.

# Bézier handle length of a quarter circle, per unit radius.
_KAPPA = 0.5523


def _rounded_outline(rect: Rect, radius: float) -> tuple[PathOp, ...]:
    """A rounded rectangle as a path, so that it can be dashed like any line."""
    r = max(0.0, min(radius, rect.w / 2, rect.h / 2))
    k = r * (1 - _KAPPA)
    x, y, x2, y2 = rect.x, rect.y, rect.right, rect.bottom
    return (
        MoveTo(x + r, y),
        LineTo(x2 - r, y),
        CurveTo(x2 - k, y, x2, y + k, x2, y + r),
        LineTo(x2, y2 - r),
        CurveTo(x2, y2 - k, x2 - k, y2, x2 - r, y2),
        LineTo(x + r, y2),
        CurveTo(x + k, y2, x, y2 - k, x, y2 - r),
        LineTo(x, y + r),
        CurveTo(x, y + k, x + k, y, x + r, y),
        Close(),
    )


def badge_shapes(mark: MarkBadge) -> Shapes:
    """A round badge of the mark's colour, ringed, with its icon."""
    cx, cy = mark.rect.center
    return (
        CircleShape(cx, cy, mark.rect.w / 2, mark.color, mark.icon_color, mark.ring_width),
        GlyphShape(mark.glyph, glyph_square(mark.icon_rect), mark.icon_color),
    )


def card_mark_shapes(mark: CardMark) -> Shapes:
    """A marked card's outline (dashed for a removed card) and its badges."""
    outline = PathShape(
        _rounded_outline(mark.outline, mark.corner_radius),
        mark.color,
        mark.width,
        "flat",
        "round",
        mark.dash,
    )
    return (outline, *(shape for b in mark.badges for shape in badge_shapes(b)))


def point_mark_shapes(mark: PointMark) -> Shapes:
    """A marked emotion point's ring and its badges."""
    cx, cy = mark.ring.center
    ring = CircleShape(cx, cy, mark.ring.w / 2, None, mark.color, mark.width)
    return (ring, *(shape for b in mark.badges for shape in badge_shapes(b)))


def _curve_ops(segments: tuple[CurveSegment, ...]) -> tuple[PathOp, ...]:
    if not segments:
        return ()
    first = segments[0].start
    return (
        MoveTo(first.x, first.y),
        *(CurveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.end.x, s.end.y) for s in segments),
    )


def other_curve_shapes(curve: OtherCurve) -> Shapes:
    """The other side's emotion curve, dashed."""
    if not curve.segments:
        return ()
    return (
        PathShape(
            _curve_ops(curve.segments), curve.color, curve.width, "flat", "round", curve.dash
        ),
    )


def delta_shapes(label: DeltaLabel) -> Shapes:
    """A change of score in its pill."""
    r = label.rect
    return (
        RoundedRectShape(r, r.h / 2, label.fill, label.border, label.border_width),
        TextRun((label.line,), r.x, r.y),
    )


def legend_shapes(legend: LegendBox) -> Shapes:
    """The legend: its box, a badge per mark, the two curve samples and the words."""
    r = legend.rect
    shapes: list[Shape] = [
        RoundedRectShape(r, legend.corner_radius, legend.fill, legend.border, legend.border_width)
    ]
    for b in legend.badges:
        shapes += badge_shapes(b)
    shapes += (
        PathShape(
            (MoveTo(sample.start.x, sample.start.y), LineTo(sample.end.x, sample.end.y)),
            sample.color,
            sample.width,
            "flat",
            "miter",
            sample.dash,
        )
        for sample in legend.samples
    )
    shapes.append(TextRun(legend.lines, r.x, r.y))
    return tuple(shapes)


def overlay_layers(overlay: CompareOverlay) -> tuple[Shapes, ...]:
    """Every mark of `overlay` in drawing order, a list per layer (lowest first): the
    other side's curves and the score changes, the card marks, the point marks, the
    legend. An output draws each layer's text and icons over that layer's shapes."""
    low: list[Shape] = []
    for curve in overlay.curves:
        low += other_curve_shapes(curve)
    for label in overlay.deltas:
        low += delta_shapes(label)
    cards = [s for mark in overlay.cards.values() for s in card_mark_shapes(mark)]
    points = [s for mark in overlay.points.values() for s in point_mark_shapes(mark)]
    return tuple(low), tuple(cards), tuple(points), legend_shapes(overlay.legend)


@dataclass(frozen=True)
class CompareDrawing:
    """A compared map ready to paint: its layout (ghosts faded) and the marks over it."""

    layout: MapLayout
    overlay: CompareOverlay

    @property
    def bounds(self) -> Rect:
        return self.overlay.bounds(self.layout)


def compare_drawing(
    journey_map: JourneyMap,
    project: Project,
    card_marks: Mapping[str, frozenset[str]],
    point_marks: Mapping[str, frozenset[str]],
    ghosts: frozenset[str],
    other_points: tuple[EmotionPoint, ...],
    deltas: Mapping[tuple[str, str], float],
    *,
    counts: Mapping[MarkKind, int] | None = None,
    text: LegendText | None = None,
    map_style: MapStyle = DEFAULT_STYLE,
    style: CompareStyle = DEFAULT_COMPARE_STYLE,
    measurer: TextMeasurer | None = None,
) -> CompareDrawing:
    """Lay out the shown map (ghost cards included) and place every mark over it. The
    other side's curve comes from the same map laid out with the other side's points,
    so its stages sit in the very same columns."""
    measurer = measurer if measurer is not None else default_measurer()
    shown = layout(journey_map, project, map_style, measurer)
    other = layout(
        journey_map.model_copy(update={"emotion_points": other_points}),
        project,
        map_style,
        measurer,
    )
    overlay = compare_overlay(
        shown,
        card_marks,
        point_marks,
        other=other,
        deltas=deltas,
        text=text,
        counts=counts,
        measurer=measurer,
        style=style,
    )
    return CompareDrawing(ghost_layout(shown, ghosts, style), overlay)


__all__ = [
    "MARK_GLYPHS",
    "MARK_KINDS",
    "CardMark",
    "CompareDrawing",
    "CompareOverlay",
    "CurveSample",
    "DeltaLabel",
    "LegendBox",
    "LegendText",
    "MarkBadge",
    "MarkKind",
    "OtherCurve",
    "PointMark",
    "badge",
    "badge_shapes",
    "card_mark",
    "card_mark_shapes",
    "compare_drawing",
    "compare_overlay",
    "delta_shapes",
    "format_delta",
    "ghost_layout",
    "legend_shapes",
    "mix",
    "other_curve_shapes",
    "overlay_layers",
    "point_mark_shapes",
]
