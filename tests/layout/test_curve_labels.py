"""Feeling labels of the emotion curve sit clear of the curve, the markers and each other.

Checked on the boxes both painters draw (canvas and PDF use the same TextLines), with
geometry of the test's own: the curve sampled densely, labels as the ink boxes of their
lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.fileformat import load_project
from mapstudio.layout import (
    BundledFontMeasurer,
    EmotionCurveBox,
    MapLayout,
    Rect,
    layout,
)
from mapstudio.layout.style import print_style
from mapstudio.model import EmotionPoint, JourneyMap, Project

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FILES = sorted((RESOURCES / "examples").glob("*.mapstudio")) + sorted(
    (RESOURCES / "templates").glob("*.mapstudio")
)
MEASURER = BundledFontMeasurer()


def _curve_samples(curve: EmotionCurveBox, steps: int = 60) -> list[tuple[float, float]]:
    points = []
    for s in curve.segments:
        for i in range(steps + 1):
            t = i / steps
            u = 1 - t
            points.append(
                (
                    u**3 * s.start.x
                    + 3 * u * u * t * s.c1.x
                    + 3 * u * t * t * s.c2.x
                    + t**3 * s.end.x,
                    u**3 * s.start.y
                    + 3 * u * u * t * s.c1.y
                    + 3 * u * t * t * s.c2.y
                    + t**3 * s.end.y,
                )
            )
    return points


def _ink(curve: EmotionCurveBox) -> list[tuple[str, Rect]]:
    """Each marker's label as the union of its lines' ink boxes (absolute)."""
    boxes = []
    for marker in curve.markers:
        if not marker.lines:
            continue
        rects = []
        for line in marker.lines:
            ascent = MEASURER.cap_height(line.font) * 1.05  # capitals and accents
            descent = MEASURER.descent(line.font) * 0.8
            rects.append(
                Rect(
                    marker.rect.x + line.x,
                    marker.rect.y + line.y_baseline - ascent,
                    line.width,
                    ascent + descent,
                )
            )
        x0 = min(r.x for r in rects)
        y0 = min(r.y for r in rects)
        x1 = max(r.right for r in rects)
        y1 = max(r.bottom for r in rects)
        boxes.append((marker.point_id, Rect(x0, y0, x1 - x0, y1 - y0)))
    return boxes


def _distance(px: float, py: float, rect: Rect) -> float:
    dx = max(rect.x - px, 0.0, px - rect.right)
    dy = max(rect.y - py, 0.0, py - rect.bottom)
    return (dx * dx + dy * dy) ** 0.5


def label_clashes(ml: MapLayout) -> list[str]:
    """Every label that touches the curve, a marker or another label, or leaves its lane."""
    problems = []
    for curve in ml.curves.values():
        samples = _curve_samples(curve)
        labels = _ink(curve)
        for point_id, rect in labels:
            name = f"label of {point_id}"
            if min((_distance(x, y, rect) for x, y in samples), default=99.0) < (
                curve.line_width / 2
            ):
                problems.append(f"{name} touches the curve")
            for marker in curve.markers:
                cx, cy = marker.rect.center
                if _distance(cx, cy, rect) < marker.rect.w / 2:
                    problems.append(f"{name} touches the marker of {marker.point_id}")
            for other_id, other in labels:
                if other_id != point_id and other.intersects(rect):
                    problems.append(f"{name} overlaps the label of {other_id}")
            lane = curve.rect
            if (
                rect.x < lane.x
                or rect.right > lane.right
                or rect.y < lane.y
                or rect.bottom > lane.bottom
            ):
                problems.append(f"{name} leaves its lane")
    return problems


def _maps() -> list[tuple[str, JourneyMap, Project]]:
    result = []
    for path in FILES:
        project = load_project(path).project
        for journey_map in project.maps:
            result.append((f"{path.stem}/{journey_map.title}", journey_map, project))
    return result


MAPS = _maps()


@pytest.mark.parametrize("name,journey_map,project", MAPS, ids=[m[0] for m in MAPS])
def test_labels_are_clear_on_the_canvas(
    name: str, journey_map: JourneyMap, project: Project
) -> None:
    ml = layout(journey_map, project)
    assert label_clashes(ml) == []


@pytest.mark.parametrize("name,journey_map,project", MAPS, ids=[m[0] for m in MAPS])
def test_labels_are_clear_on_a_poster(name: str, journey_map: JourneyMap, project: Project) -> None:
    ml = layout(journey_map, project, print_style(24.0))
    assert label_clashes(ml) == []


def test_a_steep_curve_pushes_labels_off_it(example_path: Path) -> None:
    """Scores swinging between the ends of the scale within one stage: the curve runs
    steeply out of every marker, under and over it, where a centred label used to sit."""
    example = load_project(example_path).project
    journey_map = example.maps[0]
    persona = journey_map.bands[0]
    stage = journey_map.stages[1]
    others = [p for p in journey_map.emotion_points if p.persona_id != persona]
    swings = [
        EmotionPoint(
            id=f"swing{i}",
            persona_id=persona,
            stage_id=stage.id,
            offset=0.1 + 0.2 * i,
            score=(-2 if i % 2 else 2),
            feeling="Frustrated" if i % 2 else "Delighted",
        )
        for i in range(5)
    ]
    steep = journey_map.model_copy(update={"emotion_points": tuple(others + swings)})
    ml = layout(steep, example)
    assert label_clashes(ml) == []


@pytest.mark.parametrize("top", [0.0, 2.0, 41.14285714285711, 3755.0, 33929.45, 98765.4321])
def test_a_label_that_just_touches_its_marker_goes_where_it_is_preferred(top: float) -> None:
    """The first place tried for a label (centred below its marker) lies exactly on the
    marker's circle of clearance: rounding must not count that as touching, or the label
    went elsewhere depending on how far down the map its band was."""
    from mapstudio.layout.geometry import Point
    from mapstudio.layout.labels import place_labels

    radius, gap = 20.57142857142857, 5.142857142857142
    centre = Point(2292.2845894088855, top + 39.14285714285711)
    bounds = Rect(381.1417322660286, top, 31881.714285714268, 338.85714285714283)
    (place,) = place_labels([centre], [(143.16, 32.688)], radius, [], bounds, gap=gap)
    assert place.align == "center" and place.clear
    assert place.rect.y == pytest.approx(centre.y + radius + gap)
