"""Where the emotion curve's feeling labels go: clear of the curve, the markers and each other.

Each marker's label ("Frustrated (−2)") tries a short list of places around its marker,
below first, and takes the first that touches neither the curve, another marker, another
label nor a scale label, and stays inside the lane; when every place touches something
it takes the one that touches least. Markers are visited left to right, so a label only
competes with the labels already placed at its left. The canvas and the PDF both draw the
positions computed here.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from mapstudio.layout.boxes import CurveSegment
from mapstudio.layout.geometry import Point, Rect

Align = Literal["left", "center", "right"]

# Costs of a candidate place: anything that touches a drawn thing outweighs every
# preference, and leaving the lane outweighs touching.
_TOUCH = 100.0
_TOUCH_SCALE_LABEL = 50.0
_OUTSIDE = 1000.0
CURVE_STEPS = 12  # straight pieces per Bézier segment when testing for crossings


@dataclass(frozen=True, slots=True)
class LabelPlace:
    """Where one marker's label block goes (absolute) and how its lines align in it."""

    rect: Rect
    align: Align
    clear: bool  # touches nothing and stays in the lane


def flatten(segments: Sequence[CurveSegment], steps: int = CURVE_STEPS) -> list[Point]:
    """The curve as a polyline: `steps` straight pieces per cubic segment."""
    if not segments:
        return []
    points = [segments[0].start]
    for s in segments:
        for i in range(1, steps + 1):
            t = i / steps
            u = 1 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            points.append(
                Point(
                    a * s.start.x + b * s.c1.x + c * s.c2.x + d * s.end.x,
                    a * s.start.y + b * s.c1.y + c * s.c2.y + d * s.end.y,
                )
            )
    return points


def segment_hits_rect(p: Point, q: Point, rect: Rect) -> bool:
    """Whether the straight segment p–q crosses or lies in `rect` (Liang–Barsky clip)."""
    t0, t1 = 0.0, 1.0
    dx, dy = q.x - p.x, q.y - p.y
    for edge_p, edge_q in (
        (-dx, p.x - rect.x),
        (dx, rect.right - p.x),
        (-dy, p.y - rect.y),
        (dy, rect.bottom - p.y),
    ):
        if edge_p == 0:
            if edge_q < 0:
                return False  # parallel to this edge and outside it
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            if t > t1:
                return False
            t0 = max(t0, t)
        else:
            if t < t0:
                return False
            t1 = min(t1, t)
    return t0 <= t1


def _circle_hits_rect(cx: float, cy: float, r: float, rect: Rect) -> bool:
    nx = min(max(cx, rect.x), rect.right)
    ny = min(max(cy, rect.y), rect.bottom)
    # The nearest places for a label just touch its marker's circle: rounding must not
    # make that a hit (it did or did not depending on how far down the map the curve
    # was, so labels moved when a band above them grew).
    return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r * (1 - 1e-9)


def _candidates(w: float, h: float, r: float, gap: float) -> list[tuple[float, float, Align]]:
    """Offsets of a w × h block's top-left from its marker's centre, best first."""
    near, side = r + gap, r * 0.35
    places: list[tuple[float, float, Align]] = []
    # Further out in steps of half a label: a label between two arms of the curve (a
    # valley or a peak) finds room where the arms are further apart.
    for extra in (0.0, h / 2 + gap, h + 2 * gap, 1.5 * h + 3 * gap):
        d = near + extra
        places += [
            (-w / 2, d, "center"),  # below
            (-w / 2, -d - h, "center"),  # above
            (side, d, "left"),  # below, to the right
            (-w - side, d, "right"),  # below, to the left
            (side, -d - h, "left"),  # above, to the right
            (-w - side, -d - h, "right"),  # above, to the left
            (d, -h / 2, "left"),  # right
            (-d - w, -h / 2, "right"),  # left
        ]
    return places


def place_labels(
    centres: Sequence[Point],
    sizes: Sequence[tuple[float, float]],
    radius: float,
    segments: Sequence[CurveSegment],
    bounds: Rect,
    fixed: Sequence[Rect] = (),
    *,
    gap: float = 2.0,
    curve_width: float = 2.5,
) -> list[LabelPlace]:
    """A place for the label of every marker (centres in x order; sizes (w, h) of each
    label block, (0, 0) for none), clear of the curve drawn `curve_width` wide."""
    line = flatten(segments)
    line_x = [p.x for p in line]
    line_y = [p.y for p in line]
    marker_x = [c.x for c in centres]
    widest = max((w for w, _h in sizes), default=0.0)
    reach = widest + radius + 2 * gap  # how far from its marker a label can lie
    clearance = curve_width / 2 + gap
    placed: list[tuple[float, Rect]] = []  # (marker x, label rect), in x order
    result: list[LabelPlace] = []

    def cost(rect: Rect, bound: float) -> float:
        """What touching things costs `rect`; once that reaches `bound` (the place can
        no longer win), the rest is not looked at."""
        total = 0.0
        if (
            rect.x < bounds.x
            or rect.y < bounds.y
            or rect.right > bounds.right
            or rect.bottom > bounds.bottom
        ):
            total += _OUTSIDE
        grown = Rect(
            rect.x - clearance, rect.y - clearance, rect.w + 2 * clearance, rect.h + 2 * clearance
        )
        if line:
            first = max(0, bisect_left(line_x, grown.x) - 1)
            last = min(len(line) - 1, bisect_right(line_x, grown.right) + 1)
            top, bottom = grown.y, grown.bottom
            for i in range(first, last):
                # Most pieces under a wide label pass wholly above or below it: rule
                # those out before clipping (a curve of hundreds of markers has
                # thousands of pieces, and each label tries up to 32 places).
                y1, y2 = line_y[i], line_y[i + 1]
                if (y1 < top and y2 < top) or (y1 > bottom and y2 > bottom):
                    continue
                if segment_hits_rect(line[i], line[i + 1], grown):
                    total += _TOUCH
                    break
        if total >= bound:
            return total
        lo = bisect_left(marker_x, rect.x - radius - gap)
        hi = bisect_right(marker_x, rect.right + radius + gap)
        for j in range(lo, hi):
            c = centres[j]
            if _circle_hits_rect(c.x, c.y, radius + gap, rect):
                total += _TOUCH
        if total >= bound:
            return total
        for anchor, other in reversed(placed):
            if anchor + reach < rect.x:
                break
            if other.intersects(grown):
                total += _TOUCH
                if total >= bound:
                    return total
        for other in fixed:
            if other.intersects(rect):
                total += _TOUCH_SCALE_LABEL
        return total

    for centre, (w, h) in zip(centres, sizes, strict=True):
        if w <= 0 or h <= 0:
            result.append(LabelPlace(Rect(centre.x, centre.y + radius, 0.0, 0.0), "center", True))
            continue
        best: tuple[float, Rect, Align] | None = None
        for rank, (dx, dy, align) in enumerate(_candidates(w, h, radius, gap)):
            rect = Rect(centre.x + dx, centre.y + dy, w, h)
            # A place wins only below the best so far, its rank's preference included.
            bound = math.inf if best is None else best[0] - rank * 0.01
            score = cost(rect, bound)
            if best is None or score + rank * 0.01 < best[0]:
                best = (score + rank * 0.01, rect, align)
            if score == 0:
                break
        assert best is not None
        score, rect, align = best
        placed.append((centre.x, rect))
        result.append(LabelPlace(rect, align, score < 1.0))
    return result


__all__ = ["LabelPlace", "flatten", "place_labels", "segment_hits_rect"]
