"""Geometry of a comparison's marks (mapstudio.layout.marks): pure, no Qt."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "edit"))

from edit_support import sample_project

from mapstudio.compare import compare_view
from mapstudio.edit import (
    AddEmotionPoint,
    DeleteCards,
    MoveCards,
    MoveEmotionPoint,
    UpdateCard,
    UpdateEmotionPoint,
)
from mapstudio.fileformat import load_project
from mapstudio.layout import Rect, layout
from mapstudio.layout.display import (
    CircleShape,
    GlyphShape,
    PathShape,
    RoundedRectShape,
    TextRun,
)
from mapstudio.layout.fonts import default_measurer
from mapstudio.layout.glyphs import Close, CurveTo, LineTo, MoveTo
from mapstudio.layout.marks import (
    MARK_GLYPHS,
    CompareDrawing,
    badge,
    badge_shapes,
    card_mark,
    card_mark_shapes,
    compare_drawing,
    format_delta,
    ghost_layout,
    overlay_layers,
)
from mapstudio.layout.style import DEFAULT_COMPARE_STYLE
from mapstudio.model import EmotionPoint
from mapstudio.resources import resource


def contains(outer: Rect, inner: Rect) -> bool:
    return (
        outer.x <= inner.x
        and outer.y <= inner.y
        and inner.right <= outer.right
        and inner.bottom <= outer.bottom
    )


def drawing_of(before, before_map, after, after_map) -> tuple[object, CompareDrawing]:
    view = compare_view(before, before_map, after, after_map)
    drawing = compare_drawing(
        view.journey_map,
        view.project,
        view.card_marks,
        view.point_marks,
        view.ghosts,
        view.other_points,
        view.stage_deltas,
        counts=view.counts(),
    )
    return view, drawing


@pytest.fixture(scope="module")
def edited() -> tuple[object, CompareDrawing]:
    before = sample_project()
    after = UpdateCard("m1", "a0", {"title": "Checkout is slow"}).apply(before)
    after = DeleteCards("m1", ("a1",)).apply(after)
    after = MoveCards("m1", ("b0",), "p1", "actions", "s3").apply(after)
    after = UpdateCard("m1", "b0", {"body": "and retitled"}).apply(after)
    after = MoveEmotionPoint("m1", "e2", "s2", 0.3, 1).apply(after)
    return drawing_of(before, "m1", after, "m1")


def test_a_card_mark_rings_the_card_with_a_badge_on_its_top_right_corner(edited) -> None:
    _view, drawing = edited
    box = drawing.layout.cards["a0"]
    mark = drawing.overlay.cards["a0"]
    assert mark.kinds == ("changed",)
    assert contains(mark.outline, box.rect) and mark.outline != box.rect
    assert mark.dash is None and mark.color == DEFAULT_COMPARE_STYLE.changed_color
    (badge,) = mark.badges
    # The badge covers the card's top-right corner, so it reads as belonging to it.
    assert badge.rect.contains(box.rect.right - 1, box.rect.y + 1)
    assert contains(badge.rect, badge.icon_rect)
    assert badge.icon_color != badge.color


def test_a_card_both_changed_and_moved_gets_two_badges_side_by_side(edited) -> None:
    _view, drawing = edited
    mark = drawing.overlay.cards["b0"]
    assert mark.kinds == ("changed", "moved")
    first, second = mark.badges
    assert first.rect.y == second.rect.y
    assert second.rect.right <= first.rect.x  # strongest rightmost, no overlap
    assert {b.kind for b in mark.badges} == {"changed", "moved"}


def test_a_removed_card_is_a_faded_ghost_with_a_dashed_outline(edited) -> None:
    view, drawing = edited
    ghost = drawing.layout.cards["a1"]
    mark = drawing.overlay.cards["a1"]
    assert mark.kind == "removed" and mark.dash is not None
    plain = layout(view.journey_map, view.project).cards["a1"]
    assert ghost.rect == plain.rect  # in its old cell, where the layout made room
    assert ghost.fill != plain.fill and ghost.title_lines[0].color != plain.title_lines[0].color
    # Its neighbours below moved down to make room: no card overlaps another.
    boxes = list(drawing.layout.cards.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.rect.intersects(b.rect), (a.card_id, b.card_id)


def test_every_mark_has_its_own_icon() -> None:
    glyphs = [MARK_GLYPHS[k] for k in ("added", "removed", "changed", "moved")]
    assert len(set(glyphs)) == 4 and all(glyphs)
    colors = {DEFAULT_COMPARE_STYLE.color(k) for k in ("added", "removed", "changed", "moved")}
    assert len(colors) == 4


def test_emotion_marks_other_curve_and_differences(edited) -> None:
    _view, drawing = edited
    overlay = drawing.overlay
    assert overlay.points["e2"].kinds == ("changed",)
    curve = drawing.layout.curves["p1"]
    (other,) = [c for c in overlay.curves if c.persona_id == "p1"]
    assert other.dash is not None and other.segments
    labels = {(d.persona_id, d.stage_id): d for d in overlay.deltas}
    delta = labels[("p1", "s2")]
    assert delta.line.text == "+3"
    column = drawing.layout.column("s2")
    # Under the stage's column, inside the persona's emotion lane.
    assert column.x <= delta.rect.x and delta.rect.right <= column.x + column.w
    assert contains(curve.rect, delta.rect)


def test_the_legend_sits_above_the_map_and_names_every_mark(edited) -> None:
    _view, drawing = edited
    legend = drawing.overlay.legend
    ml = drawing.layout
    assert legend.rect.bottom <= ml.style.margin  # above the first stage header
    words = " ".join(line.text for line in legend.lines)
    for word in ("Added (0)", "Removed (1)", "Changed (3)", "Moved (1)"):
        assert word in words
    assert {b.kind for b in legend.badges} == {"added", "removed", "changed", "moved"}
    for line in legend.lines:
        assert line.x > 0 and line.x + line.width <= legend.rect.w
    assert [s.dash is not None for s in legend.samples] == [False, True]
    assert contains(drawing.bounds, legend.rect)


@pytest.mark.parametrize(
    ("value", "text"), [(1, "+1"), (-2, "–2"), (0, "±0"), (0.5, "+0.5"), (-1.8333, "–1.8")]
)
def test_format_delta(value: float, text: str) -> None:
    assert format_delta(value) == text


def test_card_mark_of_no_mark_is_none(edited) -> None:
    _view, drawing = edited
    assert card_mark(drawing.layout.cards["a2"], frozenset()) is None
    assert "a2" not in drawing.overlay.cards


def test_the_bundled_example_marks_every_marked_card_on_the_shown_map() -> None:
    project = load_project(resource("examples/online-purchase.mapstudio")).project
    view, drawing = drawing_of(project, "current-map", project, "future-map")
    assert set(drawing.overlay.cards) == set(view.card_marks)
    kinds = {mark.kind for mark in drawing.overlay.cards.values()}
    assert kinds >= {"added", "removed", "changed"}
    for card_id, mark in drawing.overlay.cards.items():
        assert contains(mark.outline, drawing.layout.cards[card_id].rect)


def test_ghost_layout_without_ghosts_is_the_same_layout(edited) -> None:
    _view, drawing = edited
    assert ghost_layout(drawing.layout, frozenset()) is drawing.layout


def _label_rects(marker, measurer) -> list[Rect]:
    """The absolute rects of a marker's label lines (its feeling word and score)."""
    rects = []
    for line in marker.lines:
        ascent, descent = measurer.ascent(line.font), measurer.descent(line.font)
        rects.append(
            Rect(
                marker.rect.x + line.x,
                marker.rect.y + line.y_baseline - ascent,
                line.width,
                ascent + descent,
            )
        )
    return rects


@pytest.mark.parametrize(("old_score", "new_score"), [(1, 2), (-1, -2), (2, -2), (-2, 2)])
def test_marks_of_a_point_never_cover_a_marker_or_its_label(old_score: int, new_score: int) -> None:
    """A changed and moved point at the top or bottom of the scale: its badges and the
    stage's difference label go beside it, not over its face or its words."""
    before = UpdateEmotionPoint("m1", "e2", {"feeling": "Calm", "score": old_score}).apply(
        sample_project()
    )
    # A second point in the stage, so the stage's difference is a fraction ("–0.3").
    before = AddEmotionPoint(
        "m1",
        EmotionPoint(id="e9", persona_id="p1", stage_id="s2", offset=0.8, score=0),
    ).apply(before)
    after = MoveEmotionPoint("m1", "e2", "s2", 0.5, new_score).apply(before)
    after = UpdateEmotionPoint("m1", "e2", {"feeling": "Annoyed"}).apply(after)
    _view, drawing = drawing_of(before, "m1", after, "m1")
    measurer = default_measurer()
    mark = drawing.overlay.points["e2"]
    assert set(mark.kinds) == {"changed", "moved"}
    curve = drawing.layout.curves["p1"]
    covered = []
    for marker in curve.markers:
        covered.append((marker.point_id, marker.rect))
        covered += [(f"{marker.point_id} label", r) for r in _label_rects(marker, measurer)]
    assert any(marker.point_id == "e2" and marker.lines for marker in curve.markers)
    deltas = [d for d in drawing.overlay.deltas if d.persona_id == "p1"]
    assert deltas
    marks = [(f"{b.kind} badge", b.rect) for b in mark.badges]
    marks += [(f"difference {d.line.text}", d.rect) for d in deltas]
    for name, rect in marks:
        for what, other in covered:
            assert not rect.intersects(other), f"{name} covers {what}"
        assert contains(curve.rect, rect), f"{name} leaves the lane"
    # Badges and difference labels do not cover each other either.
    for i, (name, rect) in enumerate(marks):
        for other_name, other in marks[i + 1 :]:
            assert not rect.intersects(other), f"{name} covers {other_name}"


# -- the marks as display lists ------------------------------------------------------------


def test_a_removed_card_mark_is_a_dashed_closed_outline_and_ringed_badges(edited) -> None:
    _view, drawing = edited
    mark = drawing.overlay.cards["a1"]
    outline, *badges = card_mark_shapes(mark)
    assert isinstance(outline, PathShape) and outline.fill is None
    assert (outline.stroke, outline.width) == (DEFAULT_COMPARE_STYLE.removed_color, mark.width)
    assert outline.dash == DEFAULT_COMPARE_STYLE.dash and outline.cap == "flat"
    assert isinstance(outline.ops[0], MoveTo) and isinstance(outline.ops[-1], Close)
    # The path runs along the outline's edges: its extreme points are the outline's.
    xs = [op.x for op in outline.ops if isinstance(op, MoveTo | LineTo | CurveTo)]
    ys = [op.y for op in outline.ops if isinstance(op, MoveTo | LineTo | CurveTo)]
    assert (min(xs), max(xs)) == pytest.approx((mark.outline.x, mark.outline.right))
    assert (min(ys), max(ys)) == pytest.approx((mark.outline.y, mark.outline.bottom))
    circle, icon = badges
    (badge,) = mark.badges
    assert isinstance(circle, CircleShape) and isinstance(icon, GlyphShape)
    assert (circle.cx, circle.cy, circle.r) == (*badge.rect.center, badge.rect.w / 2)
    assert (circle.fill, circle.stroke) == (badge.color, DEFAULT_COMPARE_STYLE.icon_color)
    assert circle.width == DEFAULT_COMPARE_STYLE.badge_ring_width
    assert icon.glyph is MARK_GLYPHS["removed"] and contains(badge.rect, icon.rect)


def test_a_changed_card_mark_is_solid(edited) -> None:
    _view, drawing = edited
    outline = card_mark_shapes(drawing.overlay.cards["a0"])[0]
    assert isinstance(outline, PathShape) and outline.dash is None


def test_the_overlay_draws_curves_and_changes_first_and_the_legend_last(edited) -> None:
    _view, drawing = edited
    overlay = drawing.overlay
    low, cards, points, legend = overlay_layers(overlay)
    curves = [s for s in low if isinstance(s, PathShape)]
    assert len(curves) == len(overlay.curves) >= 1
    assert all(c.dash == DEFAULT_COMPARE_STYLE.other_curve_dash for c in curves)
    pills = [s for s in low if isinstance(s, RoundedRectShape)]
    assert len(pills) == len(overlay.deltas)
    for pill, label in zip(pills, overlay.deltas, strict=True):
        assert pill.radius == label.rect.h / 2
        assert pill.width == DEFAULT_COMPARE_STYLE.delta_border_width
    texts = [s for s in low if isinstance(s, TextRun)]
    assert [t.lines[0].text for t in texts] == [d.line.text for d in overlay.deltas]
    assert sum(isinstance(s, PathShape) for s in cards) == len(overlay.cards)
    rings = [s for s in points if isinstance(s, CircleShape) and s.fill is None]
    assert len(rings) == len(overlay.points)
    box, *rest = legend
    assert isinstance(box, RoundedRectShape) and box.rect == overlay.legend.rect
    assert box.width == DEFAULT_COMPARE_STYLE.legend_border_width
    words = rest[-1]
    assert isinstance(words, TextRun) and (words.dx, words.dy) == (box.rect.x, box.rect.y)
    samples = [s for s in rest if isinstance(s, PathShape)]
    assert [s.dash for s in samples] == [None, DEFAULT_COMPARE_STYLE.other_curve_dash]


def test_mark_widths_follow_the_compare_style() -> None:
    style = replace(DEFAULT_COMPARE_STYLE, badge_ring_width=2.5)
    circle = badge_shapes(badge("added", Rect(0.0, 0.0, 16.0, 16.0), style))[0]
    assert isinstance(circle, CircleShape) and circle.width == 2.5
    assert circle.fill == style.added_color
