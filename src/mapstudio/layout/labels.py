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
from functools import cache
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
    xs, ys = _flatten_xy(segments, steps)
    return [Point(x, y) for x, y in zip(xs, ys, strict=True)]


def _flatten_xy(
    segments: Sequence[CurveSegment], steps: int = CURVE_STEPS
) -> tuple[list[float], list[float]]:
    """`flatten`'s points as their x and y lists."""
    if not segments:
        return [], []
    xs, ys = [segments[0].start.x], [segments[0].start.y]
    weights = _bezier_weights(steps)
    for s in segments:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = s.start, s.c1, s.c2, s.end
        for a, b, c, d in weights:
            xs.append(a * x0 + b * x1 + c * x2 + d * x3)
            ys.append(a * y0 + b * y1 + c * y2 + d * y3)
    return xs, ys


@cache
def _bezier_weights(steps: int) -> tuple[tuple[float, float, float, float], ...]:
    """The Bernstein weights of the points at t = 1/steps, 2/steps, ... 1."""
    weights = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        weights.append((u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t))
    return tuple(weights)


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
    line_x, line_y = _flatten_xy(segments)
    last_point = len(line_x) - 1
    # Each straight piece's lowest and highest y: most pieces under a wide label pass
    # wholly above or below it, and are ruled out by two comparisons before any is
    # clipped (a curve of hundreds of markers has thousands of pieces, and each label
    # tries up to 32 places).
    piece_low = list(map(min, line_y, line_y[1:]))
    piece_high = list(map(max, line_y, line_y[1:]))
    marker_x = [c.x for c in centres]
    widest = max((w for w, _h in sizes), default=0.0)
    reach = widest + radius + 2 * gap  # how far from its marker a label can lie
    clearance = curve_width / 2 + gap
    touch = radius + gap  # a label this close to a marker's centre touches it
    # The nearest places tried lie exactly at that distance: rounding must not make them
    # a hit (it did or did not depending on how far down the map the curve was, so a
    # band's labels moved when a band above it grew).
    touch_squared = touch * touch * (1 - 1e-9)
    left, top_edge, right, bottom_edge = bounds.x, bounds.y, bounds.right, bounds.bottom
    fixed_edges = [(f.x, f.y, f.x + f.w, f.y + f.h) for f in fixed]
    # (marker x, label's left, top, right, bottom), in x order. Rect arithmetic is
    # spelled out in plain floats below, the same sums a Rect's edges are.
    placed: list[tuple[float, float, float, float, float]] = []
    result: list[LabelPlace] = []

    def cost(x: float, y: float, w: float, h: float, bound: float) -> float:
        """What touching things costs the label at (x, y), w × h; once that reaches
        `bound` (the place can no longer win), the rest is not looked at."""
        total = 0.0
        x_end, y_end = x + w, y + h
        if x < left or y < top_edge or x_end > right or y_end > bottom_edge:
            total += _OUTSIDE
        # The label grown by the curve's half width and a gap.
        gx, gy = x - clearance, y - clearance
        gx_end, gy_end = gx + (w + 2 * clearance), gy + (h + 2 * clearance)
        if line_x:
            first = bisect_left(line_x, gx) - 1
            if first < 0:
                first = 0
            last = bisect_right(line_x, gx_end) + 1
            if last > last_point:
                last = last_point
            for i in range(first, last):
                if piece_high[i] < gy or piece_low[i] > gy_end:
                    continue
                if _segment_hits(
                    line_x[i], line_y[i], line_x[i + 1], line_y[i + 1], gx, gy, gx_end, gy_end
                ):
                    total += _TOUCH
                    break
        if total >= bound:
            return total
        lo = bisect_left(marker_x, x - radius - gap)
        hi = bisect_right(marker_x, x_end + radius + gap)
        for j in range(lo, hi):
            # The point of the label nearest the marker's centre (min and max, unrolled).
            cx, cy = centres[j]
            nx = x if x > cx else cx
            if x_end < nx:
                nx = x_end
            ny = y if y > cy else cy
            if y_end < ny:
                ny = y_end
            if (cx - nx) ** 2 + (cy - ny) ** 2 < touch_squared:
                total += _TOUCH
        if total >= bound:
            return total
        for anchor, ox, oy, ox_end, oy_end in reversed(placed):
            if anchor + reach < x:
                break
            if ox < gx_end and gx < ox_end and oy < gy_end and gy < oy_end:
                total += _TOUCH
                if total >= bound:
                    return total
        for fx, fy, fx_end, fy_end in fixed_edges:
            if fx < x_end and x < fx_end and fy < y_end and y < fy_end:
                total += _TOUCH_SCALE_LABEL
        return total

    for centre, (w, h) in zip(centres, sizes, strict=True):
        if w <= 0 or h <= 0:
            result.append(LabelPlace(Rect(centre.x, centre.y + radius, 0.0, 0.0), "center", True))
            continue
        best: tuple[float, float, float, Align] | None = None  # score, x, y, align
        for rank, (dx, dy, align) in enumerate(_candidates(w, h, radius, gap)):
            x, y = centre.x + dx, centre.y + dy
            # A place wins only below the best so far, its rank's preference included.
            bound = math.inf if best is None else best[0] - rank * 0.01
            score = cost(x, y, w, h, bound)
            if best is None or score + rank * 0.01 < best[0]:
                best = (score + rank * 0.01, x, y, align)
            if score == 0:
                break
        assert best is not None
        score, x, y, align = best
        placed.append((centre.x, x, y, x + w, y + h))
        result.append(LabelPlace(Rect(x, y, w, h), align, score < 1.0))
    return result


def _segment_hits(
    px: float,
    py: float,
    qx: float,
    qy: float,
    x: float,
    y: float,
    x_end: float,
    y_end: float,
) -> bool:
    """`segment_hits_rect` of p–q and the rect from (x, y) to (x_end, y_end), in floats."""
    t0, t1 = 0.0, 1.0
    dx, dy = qx - px, qy - py
    for edge_p, edge_q in ((-dx, px - x), (dx, x_end - px), (-dy, py - y), (dy, y_end - py)):
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


__all__ = ["LabelPlace", "flatten", "place_labels", "segment_hits_rect"]
