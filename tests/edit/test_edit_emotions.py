"""Emotion point commands: clamping to the stage and the scale, edits and deletes."""

from __future__ import annotations

import pytest
from edit_support import assert_sound

from mapstudio.edit import (
    AddEmotionPoint,
    CommandError,
    DeleteEmotionPoints,
    MoveEmotionPoint,
    UpdateEmotionPoint,
)
from mapstudio.model import EmotionPoint, Project, find_emotion_point, find_map


def point(project: Project, point_id: str) -> EmotionPoint:
    return find_emotion_point(find_map(project, "m1"), point_id)


def test_add_emotion_point_clamps_score(project: Project) -> None:
    new = EmotionPoint(id="n", persona_id="p2", stage_id="s4", offset=0.9, score=7)
    command = AddEmotionPoint("m1", new)
    assert command.label == "Add Emotion Point"
    after = command.apply(project)
    added = point(after, "n")
    assert (added.stage_id, added.offset, added.score) == ("s4", 0.9, 2)
    assert_sound(after)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (EmotionPoint(id="e1", persona_id="p1", stage_id="s0"), "already exists"),
        (EmotionPoint(id="n", persona_id="zz", stage_id="s0"), "not shown"),
        (EmotionPoint(id="n", persona_id="p1", stage_id="zz"), "no stage"),
    ],
)
def test_add_emotion_point_refusals(project: Project, new: EmotionPoint, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        AddEmotionPoint("m1", new).apply(project)


@pytest.mark.parametrize(
    ("offset", "score", "expected"),
    [
        (0.25, -1, (0.25, -1)),
        (1.7, 5.0, (1.0, 2)),  # past the right edge and above the scale
        (-0.3, -9, (0.0, -2)),
        (0.5, 0.6, (0.5, 1)),  # a drag between steps snaps to the nearest
    ],
)
def test_move_emotion_point_clamps(
    project: Project, offset: float, score: float, expected: tuple[float, int]
) -> None:
    command = MoveEmotionPoint("m1", "e1", "s3", offset, score)
    assert command.label == "Move Emotion Point"
    after = command.apply(project)
    moved = point(after, "e1")
    assert moved.stage_id == "s3"
    assert (moved.offset, moved.score) == expected
    assert_sound(after)


def test_move_emotion_point_in_place_is_a_no_op(project: Project) -> None:
    assert MoveEmotionPoint("m1", "e1", "s0", 0.5, 1).apply(project) is project


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (MoveEmotionPoint("m1", "zz", "s0", 0.5, 0), "no emotion point"),
        (MoveEmotionPoint("m1", "e1", "zz", 0.5, 0), "no stage"),
        (MoveEmotionPoint("m1", "e1", "s0", float("nan"), 0), "offset"),
        (MoveEmotionPoint("m1", "e1", "s0", 0.5, float("inf")), "score"),
    ],
)
def test_move_emotion_point_refusals(
    project: Project, command: MoveEmotionPoint, message: str
) -> None:
    with pytest.raises(CommandError, match=message):
        command.apply(project)


def test_update_emotion_point(project: Project) -> None:
    command = UpdateEmotionPoint(
        "m1", "e2", {"feeling": "anxious", "note": "Hidden fees", "score": -5}
    )
    assert command.label == "Edit Emotion Point"
    after = command.apply(project)
    updated = point(after, "e2")
    assert (updated.feeling, updated.note, updated.score) == ("anxious", "Hidden fees", -2)
    assert (updated.stage_id, updated.offset) == ("s2", 0.3)
    with pytest.raises(CommandError, match="no editable field 'offset'"):
        UpdateEmotionPoint("m1", "e2", {"offset": 0.1}).apply(project)
    with pytest.raises(CommandError, match="feeling"):
        UpdateEmotionPoint("m1", "e2", {"feeling": "x" * 201}).apply(project)
    with pytest.raises(CommandError, match="score"):
        UpdateEmotionPoint("m1", "e2", {"score": "high"}).apply(project)


def test_delete_emotion_points(project: Project) -> None:
    command = DeleteEmotionPoints("m1", ("e1", "e3"))
    assert command.label == "Delete 2 Emotion Points"
    after = command.apply(project)
    assert [p.id for p in find_map(after, "m1").emotion_points] == ["e2"]
    with pytest.raises(CommandError, match="no emotion point"):
        DeleteEmotionPoints("m1", ("e1", "zz")).apply(project)
