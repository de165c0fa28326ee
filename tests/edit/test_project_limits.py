"""Commands keep the model's project-wide limits: cards and emotion points count across
all maps, and unknown fields copied by a paste or a duplicate stay within their limit.

Per-map limits alone let 100 maps multiply them; a paste could grow a project's unknown
fields until no save could be opened again.
"""

from __future__ import annotations

import pytest
from edit_support import sample_project

from mapstudio.edit import (
    AddCard,
    AddEmotionPoint,
    CommandError,
    DuplicateCards,
    DuplicateMapAsFutureState,
    PasteCards,
)
from mapstudio.model import Card, EmotionPoint, Project
from mapstudio.model.types import MAX_CARDS, MAX_EMOTION_POINTS
from mapstudio.model.unknown import MAX_UNKNOWN_VALUES


def filled(project: Project, cards: int = 0, points: int = 0) -> Project:
    """`project` with `cards` more cards and `points` more points on its second map."""
    second = project.maps[1]
    lane, stage, persona = second.lanes[0].id, second.stages[0].id, second.bands[0]
    more_cards = tuple(
        Card(id=f"f{i}", lane_id=lane, stage_id=stage, persona_id=persona, order=i + 1)
        for i in range(cards)
    )
    more_points = tuple(
        EmotionPoint(id=f"e{i}", persona_id=persona, stage_id=stage) for i in range(points)
    )
    second = second.model_copy(
        update={
            "cards": second.cards + more_cards,
            "emotion_points": second.emotion_points + more_points,
        }
    )
    return project.model_copy(update={"maps": (project.maps[0], second)})


def total_cards(project: Project) -> int:
    return sum(len(m.cards) for m in project.maps)


def test_cards_count_across_all_maps() -> None:
    project = sample_project()
    full = filled(project, cards=MAX_CARDS - total_cards(project))
    assert total_cards(full) == MAX_CARDS
    new = Card(lane_id="actions", stage_id="s0", persona_id="p1")
    with pytest.raises(CommandError, match=f"at most {MAX_CARDS:,} cards in a project"):
        AddCard("m1", new).apply(full)
    with pytest.raises(CommandError, match="cards in a project"):
        DuplicateCards("m1", ("a0",)).apply(full)
    with pytest.raises(CommandError, match="cards in a project"):
        PasteCards("m1", (new,), "p1", "actions", "s0").apply(full)
    # One card fewer and the same card fits.
    room = filled(project, cards=MAX_CARDS - total_cards(project) - 1)
    assert total_cards(AddCard("m1", new).apply(room)) == MAX_CARDS


def test_a_map_copy_counts_its_cards_and_points() -> None:
    project = sample_project()
    near = filled(project, cards=MAX_CARDS - total_cards(project) - 1)
    with pytest.raises(CommandError, match="cards in a project"):
        DuplicateMapAsFutureState("m1").apply(near)


def test_emotion_points_count_across_all_maps() -> None:
    project = sample_project()
    points = sum(len(m.emotion_points) for m in project.maps)
    full = filled(project, points=MAX_EMOTION_POINTS - points)
    point = EmotionPoint(persona_id="p1", stage_id="s0")
    with pytest.raises(CommandError, match="emotion points in a project"):
        AddEmotionPoint("m1", point).apply(full)


def test_pasted_unknown_fields_stay_within_the_projects_limit() -> None:
    project = sample_project()
    # A list and its values: two such cards hold exactly the limit.
    heavy = Card(lane_id="l", stage_id="s", x_data=[0] * (MAX_UNKNOWN_VALUES // 2 - 1))
    full = PasteCards("m1", (heavy, heavy), "p1", "actions", "s0").apply(project)
    with pytest.raises(CommandError, match="more data from a newer mapstudio"):
        PasteCards("m1", (heavy,), "p1", "actions", "s0").apply(full)
    pasted = next(c for c in full.maps[0].cards if c.model_extra)
    with pytest.raises(CommandError, match="more data from a newer mapstudio"):
        DuplicateCards("m1", (pasted.id,)).apply(full)
    with pytest.raises(CommandError, match="more data from a newer mapstudio"):
        DuplicateMapAsFutureState("m1").apply(full)
    # Cards without unknown fields are not held up by them.
    plain = Card(lane_id="l", stage_id="s")
    assert PasteCards("m1", (plain,), "p1", "actions", "s0").apply(full) is not full
