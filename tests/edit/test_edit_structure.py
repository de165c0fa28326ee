"""Stage, lane and band commands, including what a delete takes with it."""

from __future__ import annotations

import pytest
from edit_support import assert_sound, cell

from mapstudio.edit import (
    AddBand,
    AddLane,
    AddPersona,
    AddStage,
    CommandError,
    DeleteLane,
    DeleteStage,
    MoveBand,
    MoveLane,
    MoveStage,
    RemoveBand,
    UpdateLane,
    UpdateStage,
)
from mapstudio.model import Lane, LaneKind, LaneScope, Persona, Project, Stage, find_map


def stage_ids(project: Project, map_id: str = "m1") -> list[str]:
    return [s.id for s in find_map(project, map_id).stages]


def lane_ids(project: Project) -> list[str]:
    return [ln.id for ln in find_map(project, "m1").lanes]


# -- stages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, ["new", "s0", "s1", "s2", "s3", "s4"]),
        (2, ["s0", "s1", "new", "s2", "s3", "s4"]),
        (None, ["s0", "s1", "s2", "s3", "s4", "new"]),
        (50, ["s0", "s1", "s2", "s3", "s4", "new"]),
    ],
)
def test_add_stage(project: Project, index: int | None, expected: list[str]) -> None:
    after = AddStage("m1", Stage(id="new", name="Delivery"), index).apply(project)
    assert stage_ids(after) == expected
    assert_sound(after)


def test_add_stage_refusals(project: Project) -> None:
    with pytest.raises(CommandError, match="already exists"):
        AddStage("m1", Stage(id="s0", name="Again")).apply(project)
    bad = Stage.model_construct(id="n", name="x" * 500, description="")
    with pytest.raises(CommandError, match="name"):
        AddStage("m1", bad).apply(project)


def test_update_stage(project: Project) -> None:
    command = UpdateStage("m1", "s2", {"name": "Checkout"})
    assert command.label == "Rename Stage"
    after = command.apply(project)
    assert find_map(after, "m1").stages[2].name == "Checkout"
    assert UpdateStage("m1", "s2", {"description": "d"}).label == "Edit Stage"
    with pytest.raises(CommandError, match="no stage"):
        UpdateStage("m1", "zz", {"name": "x"}).apply(project)
    with pytest.raises(CommandError, match="no editable field 'id'"):
        UpdateStage("m1", "s2", {"id": "x"}).apply(project)


def test_move_stage(project: Project) -> None:
    after = MoveStage("m1", "s0", 3).apply(project)
    assert stage_ids(after) == ["s1", "s2", "s3", "s0", "s4"]
    after = MoveStage("m1", "s4", 0).apply(after)
    assert stage_ids(after) == ["s4", "s1", "s2", "s3", "s0"]
    assert MoveStage("m1", "s1", 1).apply(project) is project
    with pytest.raises(CommandError, match="no stage"):
        MoveStage("m1", "zz", 1).apply(project)


def test_delete_stage_takes_its_cards_and_points(project: Project) -> None:
    after = DeleteStage("m1", "s0").apply(project)
    journey_map = find_map(after, "m1")
    assert stage_ids(after) == ["s1", "s2", "s3", "s4"]
    assert sorted(c.id for c in journey_map.cards) == ["b0", "b1", "o0"]
    assert sorted(p.id for p in journey_map.emotion_points) == ["e2", "e3"]
    assert_sound(after)


# -- lanes -----------------------------------------------------------------------------


def test_add_lane(project: Project) -> None:
    lane = Lane(id="notes", kind=LaneKind.NOTES, scope=LaneScope.SHARED, title="Notes")
    after = AddLane("m1", lane, 1).apply(project)
    assert lane_ids(after)[:3] == ["actions", "notes", "touchpoints"]
    with pytest.raises(CommandError, match="already exists"):
        AddLane("m1", lane).apply(after)
    bad = Lane.model_construct(id="b", kind=LaneKind.KPIS, scope=LaneScope.PERSONA, title="")
    with pytest.raises(CommandError, match="kpis lane can only be shared"):
        AddLane("m1", bad).apply(project)


def test_update_lane(project: Project) -> None:
    command = UpdateLane("m1", "kpis", {"title": "Metrics"})
    assert command.label == "Rename Lane"
    after = command.apply(project)
    assert find_map(after, "m1").lanes[-1].title == "Metrics"
    with pytest.raises(CommandError, match="no editable field 'scope'"):
        UpdateLane("m1", "kpis", {"scope": "persona"}).apply(project)


def test_move_lane(project: Project) -> None:
    after = MoveLane("m1", "thoughts", 0).apply(project)
    assert lane_ids(after)[:3] == ["thoughts", "actions", "touchpoints"]
    assert_sound(after)


def test_delete_lane_takes_its_cards(project: Project) -> None:
    after = DeleteLane("m1", "actions").apply(project)
    assert "actions" not in lane_ids(after)
    assert sorted(c.id for c in find_map(after, "m1").cards) == ["k0", "k1", "o0", "t0"]
    assert_sound(after)
    with pytest.raises(CommandError, match="no lane"):
        DeleteLane("m1", "actions").apply(after)


# -- bands -----------------------------------------------------------------------------


def test_add_band(project: Project) -> None:
    project = AddPersona(Persona(id="p3", name="Kim")).apply(project)
    command = AddBand("m1", "p3", 0)
    assert command.label == "Add Persona to Map"
    after = command.apply(project)
    assert find_map(after, "m1").bands == ("p3", "p1", "p2")
    assert_sound(after)
    with pytest.raises(CommandError, match="already shown"):
        AddBand("m1", "p1").apply(project)
    with pytest.raises(CommandError, match="no persona"):
        AddBand("m1", "zz").apply(project)


def test_move_band(project: Project) -> None:
    after = MoveBand("m1", "p1", 1).apply(project)
    assert find_map(after, "m1").bands == ("p2", "p1")
    assert MoveBand("m1", "p1", 0).apply(project) is project
    with pytest.raises(CommandError, match="not shown"):
        MoveBand("m2", "p1", 0).apply(project)


def test_remove_band_takes_the_personas_cards_and_points(project: Project) -> None:
    after = RemoveBand("m1", "p1").apply(project)
    journey_map = find_map(after, "m1")
    assert journey_map.bands == ("p2",)
    assert sorted(c.id for c in journey_map.cards) == ["k0", "k1", "o0", "t0"]
    assert [p.id for p in journey_map.emotion_points] == ["e3"]
    assert cell(after, None, "backstage", "s0") == ["k0", "k1"]  # shared lanes stay
    assert [p.id for p in after.personas] == ["p1", "p2"]  # still in the library
    assert find_map(after, "m2") is find_map(project, "m2")
    assert_sound(after)
