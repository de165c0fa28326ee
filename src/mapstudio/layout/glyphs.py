"""Vector icons for lane kinds, channels and emotion faces, as painter-neutral paths.

Each glyph is a tuple of drawing operations in a unit square (0..1, y down), stroked
with a round pen of `GLYPH_STROKE` of the icon's size. The Qt canvas and the PDF painter
both draw these same operations, so icons look alike on screen and on paper, stay
vector in print and carry meaning in greyscale (colour is never the only signal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mapstudio.model.types import Channel, LaneKind

GLYPH_STROKE = 0.085  # pen width relative to the icon size
GLYPH_CAP: Literal["round"] = "round"  # line ends and corners of the pen, in every output
GLYPH_JOIN: Literal["round"] = "round"


@dataclass(frozen=True, slots=True)
class MoveTo:
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class LineTo:
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class CurveTo:
    """A cubic Bézier from the current point through two control points to (x, y)."""

    x1: float
    y1: float
    x2: float
    y2: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Close:
    pass


@dataclass(frozen=True, slots=True)
class Circle:
    cx: float
    cy: float
    r: float
    filled: bool = False


@dataclass(frozen=True, slots=True)
class RoundRect:
    x: float
    y: float
    w: float
    h: float
    r: float


GlyphOp = MoveTo | LineTo | CurveTo | Close | Circle | RoundRect
Glyph = tuple[GlyphOp, ...]


def _poly(*points: tuple[float, float], closed: bool = False) -> Glyph:
    first, *rest = points
    ops: list[GlyphOp] = [MoveTo(*first), *(LineTo(*p) for p in rest)]
    if closed:
        ops.append(Close())
    return tuple(ops)


_ARROW = _poly((0.15, 0.5), (0.85, 0.5)) + _poly((0.58, 0.24), (0.85, 0.5), (0.58, 0.76))

_GLOBE = (
    Circle(0.5, 0.5, 0.38),
    MoveTo(0.12, 0.5),
    LineTo(0.88, 0.5),
    MoveTo(0.5, 0.12),
    CurveTo(0.3, 0.3, 0.3, 0.7, 0.5, 0.88),
    MoveTo(0.5, 0.12),
    CurveTo(0.7, 0.3, 0.7, 0.7, 0.5, 0.88),
)

_APP = (RoundRect(0.3, 0.1, 0.4, 0.8, 0.08), *_poly((0.44, 0.78), (0.56, 0.78)))

_ENVELOPE = (
    RoundRect(0.12, 0.24, 0.76, 0.52, 0.05),
    *_poly((0.12, 0.28), (0.5, 0.55), (0.88, 0.28)),
)

_HANDSET = (
    MoveTo(0.24, 0.14),
    LineTo(0.38, 0.14),
    LineTo(0.44, 0.32),
    LineTo(0.35, 0.4),
    CurveTo(0.42, 0.55, 0.47, 0.6, 0.6, 0.66),
    LineTo(0.68, 0.57),
    LineTo(0.86, 0.63),
    LineTo(0.86, 0.78),
    CurveTo(0.86, 0.84, 0.8, 0.88, 0.74, 0.87),
    CurveTo(0.42, 0.82, 0.18, 0.58, 0.13, 0.26),
    CurveTo(0.12, 0.19, 0.17, 0.14, 0.24, 0.14),
    Close(),
)

_STORE = (
    *_poly((0.12, 0.38), (0.22, 0.14), (0.78, 0.14), (0.88, 0.38), closed=True),
    *_poly((0.18, 0.38), (0.18, 0.86), (0.82, 0.86), (0.82, 0.38)),
    *_poly((0.42, 0.86), (0.42, 0.6), (0.58, 0.6), (0.58, 0.86)),
)

_SHARE = (
    Circle(0.26, 0.5, 0.11),
    Circle(0.74, 0.24, 0.11),
    Circle(0.74, 0.76, 0.11),
    *_poly((0.36, 0.45), (0.64, 0.29)),
    *_poly((0.36, 0.55), (0.64, 0.71)),
)

_BUBBLE = (
    RoundRect(0.12, 0.16, 0.76, 0.54, 0.14),
    *_poly((0.3, 0.7), (0.26, 0.88), (0.46, 0.7)),
)

_MEGAPHONE = (
    *_poly((0.14, 0.4), (0.3, 0.4), (0.76, 0.16), (0.76, 0.84), (0.3, 0.6), (0.14, 0.6)),
    Close(),
    *_poly((0.3, 0.6), (0.36, 0.84), (0.46, 0.84), (0.42, 0.66)),
)

_PARCEL = (
    *_poly((0.14, 0.3), (0.5, 0.14), (0.86, 0.3), (0.86, 0.72), (0.5, 0.88), (0.14, 0.72)),
    Close(),
    *_poly((0.14, 0.3), (0.5, 0.46), (0.86, 0.3)),
    *_poly((0.5, 0.46), (0.5, 0.88)),
)

_CALENDAR = (
    RoundRect(0.14, 0.2, 0.72, 0.66, 0.06),
    *_poly((0.14, 0.4), (0.86, 0.4)),
    *_poly((0.34, 0.1), (0.34, 0.28)),
    *_poly((0.66, 0.1), (0.66, 0.28)),
)

_DOTS = (Circle(0.25, 0.5, 0.07, True), Circle(0.5, 0.5, 0.07, True), Circle(0.75, 0.5, 0.07, True))

_THOUGHT = (
    MoveTo(0.28, 0.62),
    CurveTo(0.08, 0.62, 0.08, 0.34, 0.28, 0.34),
    CurveTo(0.3, 0.14, 0.56, 0.12, 0.62, 0.28),
    CurveTo(0.86, 0.24, 0.94, 0.56, 0.72, 0.62),
    Close(),
    Circle(0.26, 0.78, 0.06),
    Circle(0.14, 0.9, 0.035),
)

_WARNING = (
    *_poly((0.5, 0.12), (0.9, 0.84), (0.1, 0.84), closed=True),
    *_poly((0.5, 0.38), (0.5, 0.6)),
    Circle(0.5, 0.72, 0.035, True),
)

_BULB = (
    MoveTo(0.38, 0.66),
    CurveTo(0.38, 0.56, 0.22, 0.5, 0.22, 0.36),
    CurveTo(0.22, 0.2, 0.36, 0.1, 0.5, 0.1),
    CurveTo(0.64, 0.1, 0.78, 0.2, 0.78, 0.36),
    CurveTo(0.78, 0.5, 0.62, 0.56, 0.62, 0.66),
    Close(),
    *_poly((0.4, 0.77), (0.6, 0.77)),
    *_poly((0.43, 0.88), (0.57, 0.88)),
)

_GEAR = (
    Circle(0.5, 0.5, 0.22),
    Circle(0.5, 0.5, 0.07),
    *_poly((0.5, 0.1), (0.5, 0.28)),
    *_poly((0.5, 0.72), (0.5, 0.9)),
    *_poly((0.1, 0.5), (0.28, 0.5)),
    *_poly((0.72, 0.5), (0.9, 0.5)),
    *_poly((0.22, 0.22), (0.34, 0.34)),
    *_poly((0.66, 0.66), (0.78, 0.78)),
    *_poly((0.78, 0.22), (0.66, 0.34)),
    *_poly((0.34, 0.66), (0.22, 0.78)),
)

_BARS = (
    *_poly((0.12, 0.88), (0.88, 0.88)),
    RoundRect(0.2, 0.56, 0.14, 0.32, 0.02),
    RoundRect(0.43, 0.36, 0.14, 0.52, 0.02),
    RoundRect(0.66, 0.16, 0.14, 0.72, 0.02),
)

_NOTE = (
    *_poly((0.2, 0.1), (0.64, 0.1), (0.8, 0.26), (0.8, 0.9), (0.2, 0.9), closed=True),
    *_poly((0.32, 0.42), (0.68, 0.42)),
    *_poly((0.32, 0.58), (0.68, 0.58)),
    *_poly((0.32, 0.74), (0.56, 0.74)),
)

_COLUMNS = (
    RoundRect(0.1, 0.16, 0.8, 0.68, 0.06),
    *_poly((0.37, 0.16), (0.37, 0.84)),
    *_poly((0.63, 0.16), (0.63, 0.84)),
    *_poly((0.1, 0.34), (0.9, 0.34)),
)

STAGE_GLYPH: Glyph = _COLUMNS

# A framed landscape: stands in for a card picture that cannot be decoded.
PICTURE_GLYPH: Glyph = (
    RoundRect(0.1, 0.2, 0.8, 0.6, 0.06),
    *_poly((0.18, 0.72), (0.4, 0.46), (0.55, 0.62), (0.66, 0.52), (0.82, 0.72)),
    Circle(0.67, 0.36, 0.06, True),
)


def _face(mouth_curve: float, brows: bool = False) -> Glyph:
    """A face whose mouth bends by `mouth_curve` (positive smiles, negative frowns)."""
    mouth_y = 0.64 - mouth_curve * 0.08
    bend = mouth_y + mouth_curve * 0.18
    ops: list[GlyphOp] = [
        Circle(0.5, 0.5, 0.4),
        Circle(0.36, 0.4, 0.045, True),
        Circle(0.64, 0.4, 0.045, True),
        MoveTo(0.32, mouth_y),
        CurveTo(0.42, bend, 0.58, bend, 0.68, mouth_y),
    ]
    if brows:
        ops += [*_poly((0.28, 0.28), (0.42, 0.32)), *_poly((0.72, 0.28), (0.58, 0.32))]
    return tuple(ops)


FACE_GLYPHS: dict[str, Glyph] = {
    "very_negative": _face(-1.0, brows=True),
    "negative": _face(-0.55),
    "neutral": _face(0.0),
    "positive": _face(0.55),
    "very_positive": _face(1.0),
}

CHANNEL_GLYPHS: dict[Channel, Glyph] = {
    Channel.WEB: _GLOBE,
    Channel.APP: _APP,
    Channel.EMAIL: _ENVELOPE,
    Channel.PHONE: _HANDSET,
    Channel.STORE: _STORE,
    Channel.SOCIAL: _SHARE,
    Channel.CHAT: _BUBBLE,
    Channel.AD: _MEGAPHONE,
    Channel.MAIL: _PARCEL,
    Channel.EVENT: _CALENDAR,
    Channel.OTHER: _DOTS,
}

KIND_GLYPHS: dict[LaneKind, Glyph] = {
    LaneKind.ACTIONS: _ARROW,
    LaneKind.TOUCHPOINTS: _BUBBLE,
    LaneKind.THOUGHTS: _THOUGHT,
    LaneKind.EMOTIONS: FACE_GLYPHS["positive"],
    LaneKind.PAIN_POINTS: _WARNING,
    LaneKind.OPPORTUNITIES: _BULB,
    LaneKind.BACKSTAGE: _GEAR,
    LaneKind.KPIS: _BARS,
    LaneKind.NOTES: _NOTE,
}


def card_glyph(kind: LaneKind, channel: Channel | None) -> Glyph:
    """The icon of a card: its channel's for touchpoints, otherwise its lane kind's."""
    if kind is LaneKind.TOUCHPOINTS and channel is not None:
        return CHANNEL_GLYPHS[channel]
    return KIND_GLYPHS[kind]
