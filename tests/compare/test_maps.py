"""compare_maps: a map against its future state, whose records have other ids."""

from __future__ import annotations

from edit_support import sample_project

from mapstudio.compare import Kind, compare_maps
from mapstudio.edit import (
    AddCard,
    DeleteCards,
    DuplicateMapAsFutureState,
    MoveCards,
    MoveEmotionPoint,
    UpdateCard,
)
from mapstudio.fileformat import load_project
from mapstudio.model import Card, find_map


def future_of_m1():
    project = sample_project()
    command = DuplicateMapAsFutureState("m1", seed="f")
    project = command.apply(project)
    future = find_map(project, command.new_map_id)
    ids = {c.title: c.id for c in future.cards}  # the sample's titles are the old ids
    return project, command.new_map_id, future, ids


def test_an_untouched_future_state_differs_only_in_its_map_fields() -> None:
    project, future_id, _, _ = future_of_m1()
    result = compare_maps(project, "m1", project, future_id)
    assert [(c.key.kind, sorted(c.marks)) for c in result.diff] == [(Kind.MAP, ["changed"])]
    assert {f.field for f in result.diff.changes[0].fields} == {"title", "kind", "future_state_of"}


def test_changes_in_the_future_state_are_marked_in_the_current_maps_ids() -> None:
    project, future_id, future, ids = future_of_m1()
    lanes = {lane.title: lane.id for lane in future.lanes}
    stages = [s.id for s in future.stages]
    project = UpdateCard(future_id, ids["a0"], {"body": "With a price filter"}).apply(project)
    project = MoveCards(future_id, (ids["b0"],), "p1", lanes["Actions"], stages[3]).apply(project)
    project = DeleteCards(future_id, (ids["k1"],)).apply(project)
    new = Card(lane_id=lanes["Pain points"], stage_id=stages[2], persona_id="p1", title="New")
    project = AddCard(future_id, new).apply(project)
    point = find_map(project, future_id).emotion_points[0]
    project = MoveEmotionPoint(future_id, point.id, stages[1], 0.9, 2).apply(project)

    result = compare_maps(project, "m1", project, future_id)
    marks = {(c.key.kind, c.key.id): c.marks for c in result.diff if c.key.kind is not Kind.MAP}
    assert marks == {
        (Kind.CARD, "a0"): {"changed"},
        (Kind.CARD, "b0"): {"moved"},
        (Kind.CARD, "k1"): {"removed"},
        (Kind.CARD, new.id): {"added"},
        (Kind.POINT, "e1"): {"moved", "changed"},
    }
    assert result.a_id(ids["a0"]) == "a0" and result.b_id("a0") == ids["a0"]
    assert result.a_id(new.id) == new.id and result.b_id("k1") is None
    by_stage = result.diff.by_stage("m1")
    assert {c.key.id for c in by_stage["s3"]} == {"b0"}  # shown where it is now


def test_the_same_map_in_two_files_matches_by_id() -> None:
    project = sample_project()
    changed = UpdateCard("m1", "a0", {"title": "Renamed"}).apply(project)
    result = compare_maps(project, "m1", changed, "m1")
    (change,) = result.diff
    assert change.key.id == "a0" and change.marks == {"changed"}


def test_the_bundled_example_current_and_future_state(example_path) -> None:
    project = load_project(example_path).project
    result = compare_maps(project, "current-map", project, "future-map")
    counts = result.diff.counts()
    assert counts["added"]["card"] > 0 and counts["removed"]["card"] > 0
    current, future = find_map(project, "current-map"), find_map(project, "future-map")
    a_kinds = {s.id: "stage" for s in current.stages} | {c.id: "card" for c in current.cards}
    b_kinds = {s.id: "stage" for s in future.stages} | {c.id: "card" for c in future.cards}
    for b_id, a_id in result.a_ids.items():
        if b_id in b_kinds:
            assert a_kinds.get(a_id) == b_kinds[b_id]
    # Every stage of the future state is matched by name.
    assert all(result.a_id(s.id) in {t.id for t in current.stages} for s in future.stages)
