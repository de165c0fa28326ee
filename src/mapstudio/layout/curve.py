"""The emotion curve: a smooth path through the markers, and faces for scores.

Catmull-Rom splines pass through every marker; each span converts exactly to one cubic
Bézier segment, which both QPainterPath.cubicTo and reportlab's curveTo draw natively.
"""

from __future__ import annotations

from collections.abc import Sequence

from mapstudio.layout.boxes import CurveSegment, FaceKind
from mapstudio.layout.geometry import Point

_FACES: tuple[FaceKind, ...] = (
    "very_negative",
    "negative",
    "neutral",
    "positive",
    "very_positive",
)


def face_for(score: int, scale_min: int, scale_max: int) -> FaceKind:
    """The face of a score from its place on the scale, in fifths (the middle fifth,
    bounds included, is neutral, so a symmetric scale's zero is always neutral)."""
    if scale_max <= scale_min:
        return "neutral"
    t = (max(scale_min, min(scale_max, score)) - scale_min) / (scale_max - scale_min)
    if 0.4 - 1e-9 <= t <= 0.6 + 1e-9:
        return "neutral"
    if t < 0.2:
        return "very_negative"
    if t < 0.4:
        return "negative"
    if t < 0.8:
        return "positive"
    return "very_positive"


def smooth_path(points: Sequence[Point], top: float, bottom: float) -> tuple[CurveSegment, ...]:
    """Bézier segments of the uniform Catmull-Rom spline through `points`, in order.

    Control points are clamped vertically into [top, bottom] and horizontally between
    their segment's ends: a Bézier segment stays inside the hull of its control points,
    so the curve never leaves the lane and never loops back in x.
    """
    segments: list[CurveSegment] = []
    count = len(points)
    for i in range(count - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1 = points[i]
        p2 = points[i + 1]
        p3 = points[i + 2] if i + 2 < count else points[i + 1]
        left, right = min(p1.x, p2.x), max(p1.x, p2.x)
        c1 = Point(
            _clamp(p1.x + (p2.x - p0.x) / 6, left, right),
            _clamp(p1.y + (p2.y - p0.y) / 6, top, bottom),
        )
        c2 = Point(
            _clamp(p2.x - (p3.x - p1.x) / 6, left, right),
            _clamp(p2.y - (p3.y - p1.y) / 6, top, bottom),
        )
        segments.append(CurveSegment(p1, c1, c2, p2))
    return tuple(segments)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
