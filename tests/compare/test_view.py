"""compare_view: what the compare view draws, in the ids of the shown (after) map."""

from __future__ import annotations

from edit_support import assert_sound, cell, sample_project

from mapstudio.compare import compare_view
from mapstudio.edit import DeleteCards, MoveCards, MoveEmotionPoint, UpdateCard
from mapstudio.fileformat import load_project
from mapstudio.model import find_map
from mapstudio.resources import resource


def edited_copy():
    """The sample (before) and a copy (after) with one card of each kind of change."""
    before = sample_project()
    after = UpdateCard("m1", "a0", {"title": "Checkout is slow"}).apply(before)
    after = DeleteCards("m1", ("a1",)).apply(after)
    after = MoveCards("m1", ("b0",), "p1", "actions", "s3").apply(after)
    after = MoveEmotionPoint("m1", "e2", "s2", 0.3, 1).apply(after)
    return before, after


def test_marks_are_in_the_shown_maps_ids_and_a_removed_card_is_a_ghost_in_its_old_cell() -> None:
    before, after = edited_copy()
    view = compare_view(before, "m1", after, "m1")

    assert dict(view.card_marks) == {
        "a0": {"changed"},
        "a1": {"removed"},
        "b0": {"moved"},
    }
    assert view.ghosts == {"a1"}
    # The ghost is back where it was, between a0 and a2, in the map the view lays out.
    assert cell(view.project, "p1", "actions", "s0") == ["a0", "a1", "a2"]
    assert_sound(view.project)
    # ... but the after project itself is untouched.
    assert cell(after, "p1", "actions", "s0") == ["a0", "a2"]
    assert dict(view.point_marks) == {"e2": {"changed"}}


def test_the_changes_are_listed_per_stage_in_words() -> None:
    before, after = edited_copy()
    view = compare_view(before, "m1", after, "m1")
    sections = {title: [e.text for e in entries] for title, entries in view.sections}
    awareness = find_map(after, "m1").stages[0].name
    assert "card 'Checkout is slow': title: 'a0' → 'Checkout is slow'" in sections[awareness]
    assert "card 'a1' removed" in sections[awareness]
    assert view.counts() == {"removed": 1, "added": 0, "changed": 2, "moved": 1}
    moved = next(e for e in view.entries if e.record_id == "b0")
    assert moved.mark == "moved" and moved.stage_id == "s3"


def test_emotion_difference_per_stage_is_after_minus_before() -> None:
    before, after = edited_copy()
    view = compare_view(before, "m1", after, "m1")
    assert view.stage_deltas[("p1", "s2")] == 3  # -2 -> 1
    assert view.stage_deltas[("p1", "s0")] == 0
    assert {p.id: p.score for p in view.other_points}["e2"] == -2


def test_the_bundled_example_marks_its_future_state() -> None:
    project = load_project(resource("examples/online-purchase.mapstudio")).project
    view = compare_view(project, "current-map", project, "future-map")
    counts = view.counts()
    assert view.map_id == "future-map"
    assert counts["added"] > 0 and counts["removed"] > 0 and counts["changed"] > 0
    shown = view.journey_map
    card_ids = {c.id for c in shown.cards}
    # Every marked card is on the shown map: the added and changed ones, and the ghosts.
    assert set(view.card_marks) <= card_ids
    assert view.ghosts <= card_ids
    future = find_map(project, "future-map")
    assert len(shown.cards) == len(future.cards) + len(view.ghosts)
    # A ghost sits in a cell of the future map (stage and lane ids of the future map).
    stages = {s.id for s in future.stages}
    lanes = {lane.id for lane in future.lanes}
    for c in shown.cards:
        if c.id in view.ghosts:
            assert c.stage_id in stages and c.lane_id in lanes
    # Two different maps: their titles and link are not listed as a change.
    assert not any("title: 'Current state'" in e.text for e in view.entries)
    headings = [title for title, _ in view.sections]
    assert headings[1:] == [s.name for s in future.stages]
