"""The display list: every box of a MapLayout as a few frozen drawing primitives.

The layout places boxes; this module decides how each box looks, once, for every
output: the Qt interpreter (mapstudio.ui.drawing: canvas, export preview, PNG, SVG,
clipboard) and the reportlab interpreter (mapstudio.export.painter: PDF) only translate
primitives into their painter's calls. So the look exists in one place: a shadow's
offset, a border's width, where a severity dot sits, how a picture is cropped, which
colour stands in for a picture that cannot be read. Every number and colour comes from
the style (mapstudio.layout.style), never from a literal here or in an interpreter.

Conventions:
- Points, y down, colours "#RRGGBB" (as the layout).
- A box's shapes are relative to the top-left corner of the box's frame (a card's
  `rect`, a band's `header_rect`, a marker's `rect`, a curve's `rect`), as a canvas item
  placed at that corner draws them; the grid is in map coordinates. `MapDrawing.layers`
  says where each list goes.
- Shapes are drawn in order; text runs and glyphs sit on top of the shapes of their own
  list (the PDF gathers them into one text object and one run of icons per layer, so
  they must not be meant to be covered by a later shape of the same layer).
- Primitives are NamedTuples: frozen, and cheap to build for 20,000 cards.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Literal, NamedTuple, Union

from mapstudio.layout.geometry import Rect
from mapstudio.layout.glyphs import (
    FACE_GLYPHS,
    KIND_GLYPHS,
    PICTURE_GLYPH,
    Close,
    CurveTo,
    Glyph,
    LineTo,
    MoveTo,
    card_glyph,
)
from mapstudio.layout.style import MapStyle

if TYPE_CHECKING:
    from mapstudio.layout import boxes

Cap = Literal["flat", "round", "square"]
Join = Literal["miter", "round", "bevel"]
PathOp = MoveTo | LineTo | CurveTo | Close


class Shadow(NamedTuple):
    """A soft shadow under a shape: the shape again, moved and in a translucent colour."""

    dx: float
    dy: float
    color: str
    alpha: float  # 0..1
    # What the shadow falls on: an output without transparency (print) flattens the
    # shadow's colour onto it.
    backdrop: str


class RectShape(NamedTuple):
    """An axis-aligned rectangle, filled and/or stroked (the stroke centred on its edge)."""

    rect: Rect
    fill: str | None
    stroke: str | None = None
    width: float = 0.0


class RoundedRectShape(NamedTuple):
    """A rectangle with round corners of `radius` (clamped to half the short side)."""

    rect: Rect
    radius: float
    fill: str | None
    stroke: str | None = None
    width: float = 0.0
    shadow: Shadow | None = None


class CircleShape(NamedTuple):
    """A circle around (cx, cy), filled and/or stroked."""

    cx: float
    cy: float
    r: float
    fill: str | None
    stroke: str | None = None
    width: float = 0.0


class PathShape(NamedTuple):
    """Lines and cubic curves (the glyph operations, in points), stroked and/or filled."""

    ops: tuple[PathOp, ...]
    stroke: str | None
    width: float
    cap: Cap = "flat"
    join: Join = "miter"
    dash: tuple[float, ...] | None = None  # on, off, … lengths in line widths
    fill: str | None = None


class GlyphShape(NamedTuple):
    """An icon (mapstudio.layout.glyphs) drawn onto the square `rect` in `color`."""

    glyph: Glyph
    rect: Rect  # a square: the glyph's unit square scaled onto it
    color: str


class TextRun(NamedTuple):
    """Laid-out lines (measured by the layout) drawn at their baselines plus (dx, dy),
    never outside `clip` when one is given (clip is not moved by dx, dy)."""

    lines: tuple[boxes.TextLine, ...]
    dx: float = 0.0
    dy: float = 0.0
    clip: Rect | None = None


class UpwardText(NamedTuple):
    """Laid-out lines turned a quarter turn anticlockwise, so they read upwards (along a
    sheet's left edge, up a narrow strip): drawn as a TextRun's would be with its origin
    at (x, y), then turned about that point. A line's baseline starts at
    (x + line.y_baseline, y − line.x) and runs up the page."""

    lines: tuple[boxes.TextLine, ...]
    x: float
    y: float


class ImageShape(NamedTuple):
    """An embedded picture covering `rect` (see `cover`), clipped to a rounded rect of
    `radius` or, with radius None, to the circle inscribed in `rect`. Where the asset is
    missing or cannot be read, the `fallback` shapes are drawn instead."""

    asset_id: str
    rect: Rect
    radius: float | None
    fallback: tuple[Shape, ...]


Shape = Union[  # noqa: UP007 (a recursive alias: ImageShape refers to it by name)
    RectShape,
    RoundedRectShape,
    CircleShape,
    PathShape,
    GlyphShape,
    TextRun,
    UpwardText,
    ImageShape,
]
Shapes = tuple[Shape, ...]


# -- decisions both outputs share -----------------------------------------------------


def cover(frame: Rect, width: float, height: float) -> Rect:
    """Where a picture of `width` × `height` pixels goes to cover `frame` ("object-fit:
    cover"): aspect kept, centred, as small as covers it; the frame's clip crops the rest."""
    if width <= 0 or height <= 0:
        return frame
    scale = max(frame.w / width, frame.h / height)
    w, h = width * scale, height * scale
    return Rect(frame.x + (frame.w - w) / 2, frame.y + (frame.h - h) / 2, w, h)


def glyph_square(rect: Rect) -> Rect:
    """The square an icon is drawn in: the largest one centred in `rect`."""
    if rect.w == rect.h:
        return rect
    side = min(rect.w, rect.h)
    return Rect(rect.x + (rect.w - side) / 2, rect.y + (rect.h - side) / 2, side, side)


def avatar(
    rect: Rect,
    color: str,
    photo_asset_id: str | None,
    initials: tuple[boxes.TextLine, ...],
    dx: float = 0.0,
    dy: float = 0.0,
) -> Shapes:
    """A persona's round avatar: the photo in the circle, or a disc of the persona's
    colour with the initials (also where the photo cannot be read). `initials` are placed
    relative to (dx, dy); `rect` is where the circle goes."""
    cx, cy = rect.center
    disc: Shapes = (CircleShape(cx, cy, rect.w / 2, color), TextRun(initials, dx, dy))
    if photo_asset_id is None:
        return disc
    return (ImageShape(photo_asset_id, rect, None, disc),)


def face_marker(rect: Rect, face: str, color: str, fill: str, ring: float, inset: float) -> Shapes:
    """An emotion face in a ring: a filled circle in `rect` ringed in `color`, the face
    inside it, `inset` from the ring."""
    cx, cy = rect.center
    return (
        CircleShape(cx, cy, rect.w / 2, fill, color, ring),
        GlyphShape(FACE_GLYPHS[face], glyph_square(rect.inset(inset)), color),
    )


# The card shadow of each style seen, by the style's identity: one object for every
# card, and no hashing of a style's many fields per card.
_SHADOWS: dict[int, tuple[MapStyle, Shadow]] = {}


def card_shadow(style: MapStyle) -> Shadow:
    """The shadow under a style's cards."""
    known = _SHADOWS.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    if len(_SHADOWS) >= 64:  # styles are few; print styles come and go with exports
        _SHADOWS.clear()
    shadow = Shadow(
        0.0,
        style.card_shadow_offset,
        style.card_shadow_color,
        style.card_shadow_alpha,
        style.paper_color,
    )
    _SHADOWS[id(style)] = (style, shadow)
    return shadow


# -- the boxes ------------------------------------------------------------------------


def card_shapes(box: boxes.CardBox, style: MapStyle) -> Shapes:
    """A card as a sticky note: shadow, rounded body with its border, kind or channel
    icon, text (kept on the card), severity dots and picture. Relative to `box.rect`."""
    w, h = box.rect.w, box.rect.h
    radius = box.corner_radius
    body = Rect(0.0, 0.0, w, h)
    shapes: list[Shape] = [
        RoundedRectShape(
            body,
            radius,
            box.fill,
            style.card_border_color,
            style.card_border_width,
            card_shadow(style),
        ),
        GlyphShape(card_glyph(box.kind, box.channel), glyph_square(box.icon_rect), box.icon_color),
        TextRun((*box.title_lines, *box.body_lines, *box.meta_lines), clip=body),
    ]
    if box.dots_rect is not None:
        shapes += severity_dots(box.dots_rect, box.dots, box.icon_color, style)
    if box.image_rect is not None and box.image_asset_id is not None:
        shapes.append(card_picture(box.image_asset_id, box.image_rect, radius, style))
    return tuple(shapes)


def severity_dots(area: Rect, filled: int, color: str, style: MapStyle) -> Shapes:
    """Five dots along `area`, the first `filled` solid: the count reads without colour."""
    d = area.h
    gap = (area.w - 5 * d) / 4 if area.w > 5 * d else 0.0
    r = d / 2
    cy = area.y + r
    return tuple(
        CircleShape(
            area.x + i * (d + gap) + r,
            cy,
            r,
            color if i < filled else None,
            color,
            style.severity_dot_stroke,
        )
        for i in range(5)
    )


def card_picture(asset_id: str, rect: Rect, card_radius: float, style: MapStyle) -> ImageShape:
    """A card's picture with rounded corners; a grey placeholder with a picture icon
    where it cannot be read."""
    radius = card_radius * style.picture_corner_ratio
    side = min(rect.w, rect.h, style.picture_placeholder_max_icon) * (
        style.picture_placeholder_icon_ratio
    )
    cx, cy = rect.center
    icon = Rect(cx - side / 2, cy - side / 2, side, side)
    placeholder: Shapes = (
        RoundedRectShape(rect, radius, style.picture_placeholder_fill),
        GlyphShape(PICTURE_GLYPH, icon, style.picture_placeholder_ink),
    )
    return ImageShape(asset_id, rect, radius, placeholder)


def stage_header_shapes(box: boxes.StageHeaderBox) -> Shapes:
    """A stage header's name (the grid fills and rules the header). Relative to its rect."""
    return (TextRun(box.lines, clip=Rect(0.0, 0.0, box.rect.w, box.rect.h)),)


def band_header_shapes(box: boxes.BandBox) -> Shapes:
    """A band header: the persona's colour strip, avatar, name and role. Relative to
    `box.header_rect`."""
    header = box.header_rect
    shapes: list[Shape] = [RectShape(box.strip_rect, box.color)]
    if box.avatar_rect is not None:
        shapes += avatar(box.avatar_rect, box.color, box.photo_asset_id, box.avatar_lines)
    shapes.append(TextRun(box.lines, clip=Rect(0.0, 0.0, header.w, header.h)))
    return tuple(shapes)


def lane_label_shapes(box: boxes.LaneLabelBox) -> Shapes:
    """A lane label: the kind icon and the lane's title. Relative to its rect."""
    return (
        GlyphShape(KIND_GLYPHS[box.kind], glyph_square(box.icon_rect), box.icon_color),
        TextRun(box.lines, clip=Rect(0.0, 0.0, box.rect.w, box.rect.h)),
    )


def curve_shapes(box: boxes.EmotionCurveBox, style: MapStyle) -> Shapes:
    """An emotion lane: dashed scale guides with their labels, and the smooth curve.
    Relative to `box.rect` (the markers are boxes of their own)."""
    ox, oy = box.rect.x, box.rect.y
    shapes: list[Shape] = []
    if box.guides:
        guide_ops: list[PathOp] = []
        for guide in box.guides:
            y = guide.y - oy
            guide_ops += (MoveTo(0.0, y), LineTo(box.rect.w, y))
        shapes.append(
            PathShape(
                tuple(guide_ops),
                style.guide_color,
                style.guide_width,
                "flat",
                "miter",
                style.guide_dash,
            )
        )
        shapes.append(TextRun(tuple(guide.label for guide in box.guides)))
    if box.segments:
        first = box.segments[0].start
        ops: list[PathOp] = [MoveTo(first.x - ox, first.y - oy)]
        ops += (
            CurveTo(s.c1.x - ox, s.c1.y - oy, s.c2.x - ox, s.c2.y - oy, s.end.x - ox, s.end.y - oy)
            for s in box.segments
        )
        shapes.append(PathShape(tuple(ops), box.color, box.line_width, "round", "round"))
    return tuple(shapes)


def marker_shapes(marker: boxes.EmotionMarker, color: str, style: MapStyle) -> Shapes:
    """An emotion marker: the face in a ring of the curve's colour, and its feeling word
    and score below. Relative to `marker.rect`."""
    ring = Rect(0.0, 0.0, marker.rect.w, marker.rect.h)
    return (
        *face_marker(
            ring,
            marker.face,
            color,
            style.marker_fill,
            style.marker_ring_width,
            style.marker_face_inset,
        ),
        TextRun(marker.lines),
    )


def grid_shapes(ml: boxes.MapLayout) -> Shapes:
    """The paper, the header fills and every rule of the map, in map coordinates.

    The rules around lane labels and cells are lines, not one rect per cell: one along
    each lane row's top and, for each run of lane rows, one along its bottom and one down
    each column edge. So the cost is rows plus columns per band, however many empty cells
    a map has; square caps close the corners where two rules end, as ruled rects would."""
    style = ml.style
    shapes: list[Shape] = [
        RectShape(Rect(0.0, 0.0, ml.width, ml.height), style.paper_color),
        RectShape(ml.label_column, style.header_fill),
    ]
    shapes += (RectShape(h.rect, style.header_fill) for h in ml.stage_headers)
    shapes += (RectShape(b.header_rect, style.band_header_fill) for b in ml.bands)
    ops: list[PathOp] = []
    for r in [h.rect for h in ml.stage_headers] + [b.header_rect for b in ml.bands]:
        ops += (
            MoveTo(r.x, r.y),
            LineTo(r.right, r.y),
            LineTo(r.right, r.bottom),
            LineTo(r.x, r.bottom),
            Close(),
        )
    ops += _lane_rules(ml)
    if ops:
        shapes.append(PathShape(tuple(ops), style.rule_color, style.rule_width, "square"))
    return tuple(shapes)


def _lane_rules(ml: boxes.MapLayout) -> Iterator[PathOp]:
    xs, ys = ml.column_edges, ml.row_edges
    if len(xs) < 2:
        return
    left, right = xs[0], xs[-1]
    top: float | None = None
    bottom = 0.0
    for index, row in enumerate(ml.rows):
        if row.kind == "lane":
            y = ys[index]
            yield from (MoveTo(left, y), LineTo(right, y))
            if top is None:
                top = y
            bottom = ys[index + 1]
        elif top is not None:
            yield from _column_rules(xs, top, bottom)
            top = None
    if top is not None:
        yield from _column_rules(xs, top, bottom)


def _column_rules(xs: tuple[float, ...], top: float, bottom: float) -> Iterator[PathOp]:
    yield from (MoveTo(xs[0], bottom), LineTo(xs[-1], bottom))
    for x in xs:
        yield from (MoveTo(x, top), LineTo(x, bottom))


# -- a whole map ---------------------------------------------------------------------

# A list and where its (0, 0) goes on the map.
Placed = tuple[float, float, Shapes]


class MapDrawing:
    """The display lists of one MapLayout, each built the first time it is asked for
    and kept as long as the layout (MapLayout.drawing)."""

    def __init__(self, ml: boxes.MapLayout) -> None:
        # Weak: the layout holds its drawing, and a strong reference back made every
        # layout a reference cycle that only the cycle collector could free. An edit
        # then left its previous layout to the collector, which ran every few edits
        # over tens of thousands of objects (35-40 ms pauses on the large map).
        self._ml = weakref.ref(ml)
        self._cards: dict[str, Shapes] = {}

    @property
    def ml(self) -> boxes.MapLayout:
        """The layout these lists draw (alive as long as anyone uses its drawing)."""
        ml = self._ml()
        if ml is None:
            raise ReferenceError("the layout of this drawing is gone")
        return ml

    @cached_property
    def grid(self) -> Shapes:
        return grid_shapes(self.ml)

    def card(self, box: boxes.CardBox) -> Shapes:
        shapes = self._cards.get(box.card_id)
        if shapes is None:
            shapes = self._cards[box.card_id] = card_shapes(box, self.ml.style)
        return shapes

    @cached_property
    def headers(self) -> tuple[Placed, ...]:
        """Stage headers, band headers and lane labels, placed."""
        placed: list[Placed] = [
            (h.rect.x, h.rect.y, stage_header_shapes(h)) for h in self.ml.stage_headers
        ]
        placed += ((b.header_rect.x, b.header_rect.y, band_header_shapes(b)) for b in self.ml.bands)
        placed += ((lb.rect.x, lb.rect.y, lane_label_shapes(lb)) for lb in self.ml.lane_labels)
        return tuple(placed)

    @cached_property
    def curves(self) -> tuple[Placed, ...]:
        style = self.ml.style
        return tuple((c.rect.x, c.rect.y, curve_shapes(c, style)) for c in self.ml.curves.values())

    @cached_property
    def markers(self) -> tuple[Placed, ...]:
        style = self.ml.style
        return tuple(
            (m.rect.x, m.rect.y, marker_shapes(m, c.color, style))
            for c in self.ml.curves.values()
            for m in c.markers
        )

    def cards(self, within: Rect | None = None) -> Iterator[Placed]:
        """Every card (or those whose drawing may reach into `within`), placed."""
        if within is not None:
            # A card's shadow and border reach beyond its rect.
            style = self.ml.style
            within = within.inset(-(style.card_shadow_offset + style.card_border_width))
        for box in self.ml.cards.values():
            r = box.rect
            if within is None or r.intersects(within):
                yield r.x, r.y, self.card(box)

    def layers(self, within: Rect | None = None) -> Iterator[Placed]:
        """Every list of the map in drawing order (lowest first): grid, headers, emotion
        curves, cards, markers. `within` leaves out cards that cannot show there."""
        yield 0.0, 0.0, self.grid
        yield from self.headers
        yield from self.curves
        yield from self.cards(within)
        yield from self.markers


__all__ = [
    "CircleShape",
    "Close",
    "CurveTo",
    "GlyphShape",
    "ImageShape",
    "LineTo",
    "MapDrawing",
    "MoveTo",
    "PathOp",
    "PathShape",
    "Placed",
    "RectShape",
    "RoundedRectShape",
    "Shadow",
    "Shape",
    "Shapes",
    "TextRun",
    "UpwardText",
    "avatar",
    "band_header_shapes",
    "card_picture",
    "card_shadow",
    "card_shapes",
    "cover",
    "curve_shapes",
    "face_marker",
    "glyph_square",
    "grid_shapes",
    "lane_label_shapes",
    "marker_shapes",
    "severity_dots",
    "stage_header_shapes",
]
