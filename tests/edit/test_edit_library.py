"""Persona, map, project and image commands."""

from __future__ import annotations

import pytest
from edit_support import PNG, assert_sound, card

from mapstudio.edit import (
    AddAsset,
    AddMap,
    AddPersona,
    CommandError,
    Composite,
    DeleteMap,
    DeletePersona,
    DuplicateMapAsFutureState,
    MoveMap,
    RemoveAsset,
    UpdateMap,
    UpdatePersona,
    UpdateProject,
    UpdateStage,
)
from mapstudio.model import (
    Asset,
    EmotionScale,
    MapKind,
    Persona,
    Project,
    blank_map,
    cell_of,
    find_map,
    find_persona,
)

# -- personas --------------------------------------------------------------------------


def test_add_persona(project: Project) -> None:
    after = AddPersona(Persona(id="p3", name="Kim"), index=0).apply(project)
    assert [p.id for p in after.personas] == ["p3", "p1", "p2"]
    with pytest.raises(CommandError, match="already exists"):
        AddPersona(Persona(id="p1", name="Again")).apply(project)
    with pytest.raises(CommandError, match="no image"):
        AddPersona(Persona(id="p4", name="X", photo_asset_id="zz")).apply(project)


def test_update_persona(project: Project) -> None:
    changes = {"name": "Alexandra", "goals": ["Find a gift"], "color": "#112233"}
    command = UpdatePersona("p1", changes)
    assert command.label == "Edit Persona"
    after = command.apply(project)
    persona = find_persona(after, "p1")
    assert (persona.name, persona.goals, persona.color) == (
        "Alexandra",
        ("Find a gift",),
        "#112233",
    )
    assert persona.photo_asset_id == "img1"
    assert UpdatePersona("p1", {"name": "A"}).label == "Rename Persona"
    with pytest.raises(CommandError, match="color"):
        UpdatePersona("p1", {"color": "blue"}).apply(project)
    with pytest.raises(CommandError, match="no persona"):
        UpdatePersona("zz", {"name": "x"}).apply(project)
    with pytest.raises(CommandError, match="no image"):
        UpdatePersona("p1", {"photo_asset_id": "zz"}).apply(project)


def test_delete_persona_leaves_every_map(project: Project) -> None:
    after = DeletePersona("p2").apply(project)
    assert [p.id for p in after.personas] == ["p1"]
    m1, m2 = find_map(after, "m1"), find_map(after, "m2")
    assert m1.bands == ("p1",)
    assert m2.bands == ()
    assert m2.cards == ()
    assert not any(c.persona_id == "p2" for c in m1.cards)
    assert [p.id for p in m1.emotion_points] == ["e1", "e2"]
    assert {c.id for c in m1.cards} >= {"k0", "k1", "a0"}
    assert_sound(after)


# -- maps ------------------------------------------------------------------------------


def test_add_map(project: Project) -> None:
    personas = (find_persona(project, "p1"),)
    new = blank_map("Support call", personas=personas).model_copy(update={"id": "m3"})
    after = AddMap(new, index=1).apply(project)
    assert [m.id for m in after.maps] == ["m1", "m3", "m2"]
    assert_sound(after)
    with pytest.raises(CommandError, match="already exists"):
        AddMap(new).apply(after)
    ghost = blank_map("Ghost").model_copy(update={"bands": ("nobody",)})
    with pytest.raises(CommandError, match="unknown persona"):
        AddMap(ghost).apply(project)
    stray = new.model_copy(update={"id": "m4", "cards": (card("c", "zz", "zz", "p1", 0),)})
    with pytest.raises(CommandError, match="cannot be added"):
        AddMap(stray).apply(project)


def test_update_map(project: Project) -> None:
    command = UpdateMap("m2", {"title": "Store", "kind": "future_state", "future_state_of": "m1"})
    assert command.label == "Edit Map"
    after = command.apply(project)
    m2 = find_map(after, "m2")
    assert (m2.title, m2.kind, m2.future_state_of) == ("Store", MapKind.FUTURE_STATE, "m1")
    assert m2.cards is find_map(project, "m2").cards
    assert UpdateMap("m2", {"title": "x"}).label == "Rename Map"
    with pytest.raises(CommandError, match="itself"):
        UpdateMap("m2", {"future_state_of": "m2"}).apply(project)
    with pytest.raises(CommandError, match="no map"):
        UpdateMap("m2", {"future_state_of": "zz"}).apply(project)
    with pytest.raises(CommandError, match="kind"):
        UpdateMap("m2", {"kind": "wish"}).apply(project)
    with pytest.raises(CommandError, match="no editable field 'cards'"):
        UpdateMap("m2", {"cards": ()}).apply(project)


def test_new_emotion_scale_moves_points_onto_it(project: Project) -> None:
    scale = {"min": 1, "max": 5, "labels": ["1", "2", "3", "4", "5"]}
    after = UpdateMap("m1", {"emotion_scale": scale}).apply(project)
    journey_map = find_map(after, "m1")
    assert journey_map.emotion_scale == EmotionScale(min=1, max=5, labels=("1", "2", "3", "4", "5"))
    assert [p.score for p in journey_map.emotion_points] == [1, 1, 1]
    assert_sound(after)
    with pytest.raises(CommandError, match="labels"):
        UpdateMap("m1", {"emotion_scale": {"min": 1, "max": 5, "labels": ["a"]}}).apply(project)


def test_move_map(project: Project) -> None:
    after = MoveMap("m1", 1).apply(project)
    assert [m.id for m in after.maps] == ["m2", "m1"]
    assert MoveMap("m1", 0).apply(project) is project


def test_delete_map(project: Project) -> None:
    project = UpdateMap("m2", {"future_state_of": "m1"}).apply(project)
    after = DeleteMap("m1").apply(project)
    assert [m.id for m in after.maps] == ["m2"]
    assert find_map(after, "m2").future_state_of is None
    with pytest.raises(CommandError, match="at least one map"):
        DeleteMap("m2").apply(after)
    with pytest.raises(CommandError, match="no map"):
        DeleteMap("zz").apply(project)


def test_duplicate_map_as_future_state(project: Project) -> None:
    command = DuplicateMapAsFutureState("m1", "Online purchase (to be)")
    after = command.apply(project)
    assert [m.id for m in after.maps] == ["m1", command.new_map_id, "m2"]
    source, copy = find_map(after, "m1"), find_map(after, command.new_map_id)
    assert source is find_map(project, "m1")
    assert (copy.title, copy.kind, copy.future_state_of) == (
        "Online purchase (to be)",
        MapKind.FUTURE_STATE,
        "m1",
    )
    assert copy.bands == source.bands
    old_ids = {x.id for x in (*source.stages, *source.lanes, *source.cards, *source.emotion_points)}
    new_ids = {x.id for x in (*copy.stages, *copy.lanes, *copy.cards, *copy.emotion_points)}
    assert not old_ids & new_ids
    assert [s.name for s in copy.stages] == [s.name for s in source.stages]
    # Same cells in the same order, under the new stage and lane ids.
    stage_of = {s.id: i for i, s in enumerate(copy.stages)}
    lane_of = {ln.id: i for i, ln in enumerate(copy.lanes)}
    src_stage = {s.id: i for i, s in enumerate(source.stages)}
    src_lane = {ln.id: i for i, ln in enumerate(source.lanes)}
    assert [
        (c.title, c.persona_id, lane_of[c.lane_id], stage_of[c.stage_id], c.order)
        for c in copy.cards
    ] == [
        (c.title, c.persona_id, src_lane[c.lane_id], src_stage[c.stage_id], c.order)
        for c in source.cards
    ]
    assert {cell_of(c).stage_id for c in copy.cards} <= set(stage_of)
    assert_sound(after)
    default = DuplicateMapAsFutureState("m1").apply(project)
    assert default.maps[1].title == "Online purchase (future state)"
    # The copy can be edited on its own: its stage ids are its own.
    edited = UpdateStage(command.new_map_id, copy.stages[0].id, {"name": "Hear of it"}).apply(after)
    assert find_map(edited, "m1").stages[0].name == "Awareness"


# -- project and images ----------------------------------------------------------------


def test_update_project(project: Project) -> None:
    command = UpdateProject({"title": "Webshop"})
    assert command.label == "Rename Project"
    assert command.apply(project).title == "Webshop"
    with pytest.raises(CommandError, match="title"):
        UpdateProject({"title": "x" * 201}).apply(project)


def test_add_and_remove_asset(project: Project) -> None:
    asset = Asset.from_bytes(PNG + b"2", "image/png", 2, 2).model_copy(update={"id": "img2"})
    after = AddAsset(asset).apply(project)
    assert set(after.assets) == {"img1", "img2"}
    with pytest.raises(CommandError, match="already exists"):
        AddAsset(asset).apply(after)
    forged = asset.model_copy(update={"id": "img3", "sha256": "0" * 64})
    with pytest.raises(CommandError, match="checksum"):
        AddAsset(forged).apply(project)
    removed = RemoveAsset("img1").apply(after)
    assert set(removed.assets) == {"img2"}
    assert find_persona(removed, "p1").photo_asset_id is None
    assert all(c.image_asset_id is None for c in find_map(removed, "m1").cards)
    assert_sound(removed)
    with pytest.raises(CommandError, match="no image"):
        RemoveAsset("img1").apply(removed)


def test_composite_applies_in_order_and_is_all_or_nothing(project: Project) -> None:
    both = Composite(
        "Add Persona",
        (AddPersona(Persona(id="p3", name="Kim")), UpdatePersona("p3", {"role": "Fan"})),
    )
    after = both.apply(project)
    assert find_persona(after, "p3").role == "Fan"
    failing = Composite("Broken", (AddPersona(Persona(id="p3", name="Kim")), DeleteMap("zz")))
    with pytest.raises(CommandError):
        failing.apply(project)
