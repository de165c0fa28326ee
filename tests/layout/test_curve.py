"""The emotion lane: guides, markers, faces and the smooth curve."""

from __future__ import annotations

import pytest

from mapstudio.layout import MapLayout, Point, face_for, smooth_path


def test_every_band_with_an_emotion_lane_has_a_curve(laid_out: MapLayout) -> None:
    assert set(laid_out.curves) == {"anna", "ben"}
    anna = laid_out.curves["anna"]
    assert [m.point_id for m in anna.markers] == ["e1", "e2", "e3", "e4"]
    assert len(anna.segments) == 3
    assert anna.color == "#3A6EA5"
    assert [g.score for g in anna.guides] == [-2, -1, 0, 1, 2]
    assert next(g.label.text for g in anna.guides) == "Very negative"
    assert [m.face for m in anna.markers] == [
        "positive",
        "very_positive",
        "very_negative",
        "neutral",
    ]
    assert anna.markers[2].lines[0].text == "frustrated (−2)"
    assert anna.markers[3].lines[0].text == "0"


def test_markers_and_control_points_stay_in_the_lane(laid_out: MapLayout) -> None:
    for curve in laid_out.curves.values():
        lane = curve.rect
        emotion_row = laid_out.cells[
            (curve.persona_id, curve.lane_id, laid_out.columns[0].stage_id)
        ]
        assert (lane.y, lane.h) == (emotion_row.rect.y, emotion_row.rect.h)
        for marker in curve.markers:
            assert lane.x <= marker.x <= lane.right
            assert lane.y <= marker.y <= lane.bottom
            assert marker.rect.center == pytest.approx((marker.x, marker.y))
            for line in marker.lines:
                assert lane.y <= marker.rect.y + line.y_baseline <= lane.bottom
        for segment in curve.segments:
            for point in (segment.start, segment.c1, segment.c2, segment.end):
                assert lane.x <= point.x <= lane.right
                assert curve.plot_top <= point.y <= curve.plot_bottom
        for guide in curve.guides:
            assert curve.y_of(guide.score) == pytest.approx(guide.y)


def test_faces_over_the_scale() -> None:
    assert [face_for(s, -2, 2) for s in range(-2, 3)] == [
        "very_negative",
        "negative",
        "neutral",
        "positive",
        "very_positive",
    ]
    assert [face_for(s, 1, 5) for s in range(1, 6)] == [
        "very_negative",
        "negative",
        "neutral",
        "positive",
        "very_positive",
    ]
    assert face_for(0, 0, 10) == "very_negative" and face_for(5, 0, 10) == "neutral"
    assert face_for(99, -2, 2) == "very_positive"


def test_smooth_path_passes_through_points_and_clamps_overshoot() -> None:
    points = [Point(0, 100), Point(10, 0), Point(20, 100), Point(30, 0)]
    segments = smooth_path(points, top=0, bottom=100)
    assert [s.start for s in segments] == points[:-1]
    assert [s.end for s in segments] == points[1:]
    for segment in segments:
        for control in (segment.c1, segment.c2):
            assert 0 <= control.y <= 100
            assert segment.start.x <= control.x <= segment.end.x
    assert smooth_path([Point(1, 1)], 0, 10) == ()
    assert smooth_path([], 0, 10) == ()
