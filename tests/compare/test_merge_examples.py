"""The merge on the situations designers meet, with readable ids (edit_support's sample:
map m1 with stages s0..s4, persona p1 and p2, cards a0 a1 a2 in p1/actions/s0, ...)."""

from __future__ import annotations

import pytest
from edit_support import PNG, cell, sample_project
from merge_oracle import check_merge, check_sound

from mapstudio.compare import (
    DeletionConflict,
    FieldConflict,
    Kind,
    MergeError,
    OrderConflict,
    PresenceConflict,
    RecordKey,
    Side,
    merge,
    pending_conflicts,
    resolve,
    with_pending_conflicts,
)
from mapstudio.edit import (
    AddAsset,
    AddCard,
    AddStage,
    DeleteCards,
    DeleteLane,
    DeletePersona,
    DeleteStage,
    MoveCards,
    MoveEmotionPoint,
    MoveStage,
    RemoveAsset,
    RemoveBand,
    UpdateCard,
    UpdateMap,
    UpdatePersona,
    UpdateStage,
)
from mapstudio.model import Asset, Card, Project, Stage, find_card, find_map
from mapstudio.model.types import MAX_MAPS

M1 = "m1"


def card_of(project: Project, card_id: str, map_id: str = M1) -> Card:
    return find_card(find_map(project, map_id), card_id)


def has_card(project: Project, card_id: str, map_id: str = M1) -> bool:
    return any(c.id == card_id for c in find_map(project, map_id).cards)


def stage_ids(project: Project, map_id: str = M1) -> list[str]:
    return [s.id for s in find_map(project, map_id).stages]


@pytest.fixture
def base() -> Project:
    return sample_project()


def merged(base: Project, ours: Project, theirs: Project):
    result = merge(base, ours, theirs)
    check_merge(base, ours, theirs, result)
    return result


# -- changes that do not conflict ---------------------------------------------------------


def test_a_title_here_and_a_severity_there_are_both_kept(base: Project) -> None:
    ours = UpdateCard(M1, "a0", {"title": "Compares prices"}).apply(base)
    theirs = UpdateCard(M1, "a0", {"severity": 4}).apply(base)
    result = merged(base, ours, theirs)
    card = card_of(result.project, "a0")
    assert (card.title, card.severity) == ("Compares prices", 4)
    assert result.conflicts == ()
    assert result.summary.ours.changed == (RecordKey(Kind.CARD, M1, "a0"),)
    assert result.summary.theirs.changed == (RecordKey(Kind.CARD, M1, "a0"),)


def test_a_card_moved_here_and_retitled_there_is_moved_and_retitled(base: Project) -> None:
    ours = MoveCards(M1, ("a0",), "p1", "actions", "s1", 1).apply(base)
    theirs = UpdateCard(M1, "a0", {"title": "Reads reviews"}).apply(base)
    result = merged(base, ours, theirs)
    assert cell(result.project, "p1", "actions", "s1") == ["b0", "a0", "b1"]
    assert cell(result.project, "p1", "actions", "s0") == ["a1", "a2"]
    assert card_of(result.project, "a0").title == "Reads reviews"
    assert result.conflicts == ()
    assert result.summary.ours.moved == (RecordKey(Kind.CARD, M1, "a0"),)


def test_cards_added_to_the_same_cell_on_both_sides_are_all_kept(base: Project) -> None:
    ours = AddCard(M1, Card(id="mine", lane_id="actions", stage_id="s1", persona_id="p1"), 0)
    theirs = AddCard(M1, Card(id="yours", lane_id="actions", stage_id="s1", persona_id="p1"))
    result = merged(base, ours.apply(base), theirs.apply(base))
    assert cell(result.project, "p1", "actions", "s1") == ["mine", "b0", "b1", "yours"]
    orders = [c.order for c in find_map(result.project, M1).cards if c.stage_id == "s1"]
    assert sorted(orders) == [0, 1, 2, 3]  # renumbered: neither copy has this cell


def test_moves_of_different_stages_are_both_kept(base: Project) -> None:
    ours = MoveStage(M1, "s4", 0).apply(base)
    theirs = MoveStage(M1, "s1", 3).apply(base)
    result = merged(base, ours, theirs)
    assert stage_ids(result.project) == ["s4", "s0", "s2", "s3", "s1"]
    assert result.conflicts == ()


def test_a_moved_emotion_point_and_a_renamed_stage(base: Project) -> None:
    ours = MoveEmotionPoint(M1, "e1", "s1", 0.25, 2).apply(base)
    theirs = UpdateStage(M1, "s1", {"name": "Research"}).apply(base)
    result = merged(base, ours, theirs)
    point = find_map(result.project, M1).emotion_points[0]
    assert (point.stage_id, point.offset, point.score) == ("s1", 0.25, 2)
    assert find_map(result.project, M1).stages[1].name == "Research"


# -- the same thing changed two ways ------------------------------------------------------


def test_the_same_field_changed_two_ways_is_a_conflict_ours_by_default(base: Project) -> None:
    ours = UpdateCard(M1, "a0", {"title": "Mine", "body": "kept"}).apply(base)
    theirs = UpdateCard(M1, "a0", {"title": "Theirs", "severity": 2}).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, FieldConflict)
    assert (conflict.field, conflict.base, conflict.ours, conflict.theirs) == (
        "title",
        "a0",
        "Mine",
        "Theirs",
    )
    assert conflict.stage_id == "s0" and conflict.map_id == M1
    assert result.choices == {conflict.id: "ours"}
    assert "'Mine' in your copy and 'Theirs' in theirs" in conflict.describe()
    assert card_of(result.project, "a0").title == "Mine"
    chosen = resolve(result, {conflict.id: "theirs"})
    card = card_of(chosen, "a0")
    assert (card.title, card.body, card.severity) == ("Theirs", "kept", 2)


def test_a_stage_moved_two_ways_is_an_order_conflict(base: Project) -> None:
    ours = MoveStage(M1, "s0", 2).apply(base)
    theirs = MoveStage(M1, "s0", 4).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, OrderConflict)
    assert (conflict.ours_after, conflict.theirs_after) == ("s2", "s4")
    assert stage_ids(result.project) == stage_ids(ours)
    assert stage_ids(resolve(result, {conflict.id: "theirs"})) == stage_ids(theirs)


def test_a_card_moved_two_ways_in_its_cell_is_an_order_conflict(base: Project) -> None:
    ours = MoveCards(M1, ("a2",), "p1", "actions", "s0", 0).apply(base)
    theirs = MoveCards(M1, ("a2",), "p1", "actions", "s0", 1).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, OrderConflict) and conflict.list_name == "cell"
    assert cell(result.project, "p1", "actions", "s0") == ["a2", "a0", "a1"]
    chosen = resolve(result, {conflict.id: "theirs"})
    assert cell(chosen, "p1", "actions", "s0") == ["a0", "a2", "a1"]


def test_a_card_moved_to_two_different_cells_is_a_field_conflict(base: Project) -> None:
    ours = MoveCards(M1, ("a0",), "p1", "actions", "s1").apply(base)
    theirs = MoveCards(M1, ("a0",), "p1", "actions", "s2").apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, FieldConflict) and conflict.field == "@cell"
    assert "its place" in conflict.describe()
    assert card_of(result.project, "a0").stage_id == "s1"
    assert card_of(resolve(result, {conflict.id: "theirs"}), "a0").stage_id == "s2"


# -- deleted on one side, changed on the other --------------------------------------------


def test_a_card_edited_there_and_deleted_here_comes_back(base: Project) -> None:
    ours = DeleteCards(M1, ("a1",)).apply(base)
    theirs = UpdateCard(M1, "a1", {"title": "Still needed"}).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, DeletionConflict)
    assert conflict.deleted_in is Side.OURS and conflict.changes == (conflict.key,)
    assert "deleted in your copy, but they changed it" in conflict.describe()
    assert card_of(result.project, "a1").title == "Still needed"
    assert not has_card(resolve(result, {conflict.id: "delete"}), "a1")


def test_a_card_deleted_there_and_unchanged_here_goes(base: Project) -> None:
    theirs = DeleteCards(M1, ("a1",)).apply(base)
    result = merged(base, base, theirs)
    assert not has_card(result.project, "a1") and result.conflicts == ()
    assert result.summary.theirs.removed == (RecordKey(Kind.CARD, M1, "a1"),)


def test_a_card_added_to_a_stage_deleted_here_brings_the_stage_back(base: Project) -> None:
    ours = DeleteStage(M1, "s0").apply(base)
    new = Card(id="new", lane_id="actions", stage_id="s0", persona_id="p1", title="New")
    theirs = AddCard(M1, new).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, DeletionConflict)
    assert conflict.key == RecordKey(Kind.STAGE, M1, "s0")
    assert conflict.changes == (RecordKey(Kind.CARD, M1, "new"),)
    assert "they added 'New' to it" in conflict.describe()
    # Kept: the stage is back with everything their copy has in it.
    assert stage_ids(result.project) == stage_ids(base)
    assert cell(result.project, "p1", "actions", "s0") == ["a0", "a1", "a2", "new"]
    assert len(result.summary.restored) > 1
    # Deleted: the stage goes with what was in it, the new card too.
    chosen = resolve(result, {conflict.id: "delete"})
    assert "s0" not in stage_ids(chosen)
    assert not has_card(chosen, "new") and not has_card(chosen, "a0")
    check_sound(chosen)


def test_a_card_moved_into_a_deleted_stage_goes_back_where_the_deleter_has_it(
    base: Project,
) -> None:
    ours = DeleteStage(M1, "s2").apply(base)
    theirs = MoveCards(M1, ("b0",), "p1", "actions", "s2").apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.key == RecordKey(Kind.STAGE, M1, "s2")
    assert card_of(result.project, "b0").stage_id == "s2"
    chosen = resolve(result, {conflict.id: "delete"})
    assert card_of(chosen, "b0").stage_id == "s1"  # where our copy still has it
    check_sound(chosen)


def test_a_band_removed_here_while_a_card_was_added_there(base: Project) -> None:
    ours = RemoveBand(M1, "p2").apply(base)
    new = Card(id="new", lane_id="thoughts", stage_id="s3", persona_id="p2", title="Hmm")
    theirs = AddCard(M1, new).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.key == RecordKey(Kind.BAND, M1, "p2")
    assert find_map(result.project, M1).bands == ("p1", "p2")
    assert has_card(result.project, "t0") and has_card(result.project, "new")
    chosen = resolve(result, {conflict.id: "delete"})
    assert find_map(chosen, M1).bands == ("p1",)
    assert not has_card(chosen, "new")


def test_a_persona_deleted_here_whose_card_was_edited_there_is_one_conflict(
    base: Project,
) -> None:
    ours = DeletePersona("p2").apply(base)
    theirs = UpdateCard(M1, "o0", {"title": "Gift wrap"}).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.key == RecordKey(Kind.PERSONA, "", "p2")
    assert conflict.changes == (RecordKey(Kind.CARD, M1, "o0"),)
    project = result.project
    assert [p.id for p in project.personas] == ["p1", "p2"]
    assert find_map(project, M1).bands == ("p1", "p2")
    assert find_map(project, "m2").bands == (base.maps[1].bands)  # its other map too
    assert card_of(project, "o0").title == "Gift wrap"


def test_a_persona_edited_there_and_deleted_here(base: Project) -> None:
    ours = DeletePersona("p2").apply(base)
    theirs = UpdatePersona("p2", {"role": "Loyal customer"}).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.key == RecordKey(Kind.PERSONA, "", "p2")
    assert conflict.changes == (conflict.key,)
    assert [p.role for p in result.project.personas] == ["Buyer", "Loyal customer"]


def test_an_image_removed_here_and_used_there_comes_back(base: Project) -> None:
    picture = Asset.from_bytes(PNG + b"x", "image/png", 1, 1).model_copy(update={"id": "img2"})
    base = AddAsset(picture).apply(base)
    ours = RemoveAsset("img2").apply(base)
    theirs = UpdateCard(M1, "b0", {"image_asset_id": "img2"}).apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.key == RecordKey(Kind.ASSET, "", "img2")
    assert "img2" in result.project.assets
    chosen = resolve(result, {conflict.id: "delete"})
    assert "img2" not in chosen.assets and card_of(chosen, "b0").image_asset_id is None


def test_a_lane_and_a_stage_deleted_here_around_a_new_card_there(base: Project) -> None:
    ours = DeleteLane(M1, "thoughts").apply(DeleteStage(M1, "s3").apply(base))
    new = Card(id="new", lane_id="thoughts", stage_id="s3", persona_id="p1")
    theirs = AddCard(M1, new).apply(base)
    result = merged(base, ours, theirs)
    assert {c.key.kind for c in result.conflicts} == {Kind.STAGE, Kind.LANE}
    assert has_card(result.project, "new")
    lane_conflict = next(c for c in result.conflicts if c.key.kind is Kind.LANE)
    chosen = resolve(result, {lane_conflict.id: "delete"})
    assert not has_card(chosen, "new")
    check_sound(chosen)


# -- merging against an unchanged copy, and choices -----------------------------------------


def test_merging_an_unchanged_copy_is_the_identity(base: Project) -> None:
    ours = AddStage(M1, Stage(id="s9", name="Repeat")).apply(base)
    assert merge(base, ours, base).project is ours
    assert merge(base, base, ours).project == ours


def test_a_choice_that_is_not_an_option_is_refused(base: Project) -> None:
    ours = UpdateCard(M1, "a0", {"title": "Mine"}).apply(base)
    theirs = UpdateCard(M1, "a0", {"title": "Theirs"}).apply(base)
    result = merge(base, ours, theirs)
    with pytest.raises(ValueError):
        result.with_choices({result.conflicts[0].id: "both"})
    # A choice for a conflict that is not there (any more) changes nothing.
    assert result.with_choices({"field:card:m1:zz:title": "theirs"}).project == result.project


def test_unknown_fields_merge_like_known_ones(base: Project) -> None:
    ours = base.model_copy(update={"x_owner": "Ana"})
    theirs = UpdateMap(M1, {"title": "Online purchase 2"}).apply(
        base.model_copy(update={"x_reviewed": True})
    )
    result = merged(base, ours, theirs)
    extra = result.project.model_extra or {}
    assert extra == {"x_owner": "Ana", "x_reviewed": True}
    assert find_map(result.project, M1).title == "Online purchase 2"


def test_summary_says_what_came_from_which_copy(base: Project) -> None:
    ours = DeleteCards(M1, ("k1",)).apply(base)
    new = Card(id="new", lane_id="actions", stage_id="s1", persona_id="p1")
    theirs = UpdateCard(M1, "a0", {"title": "x"}).apply(AddCard(M1, new).apply(base))
    lines = merged(base, ours, theirs).summary.lines()
    assert lines == [
        "From your copy: 1 card removed.",
        "From their copy: 1 card added; 1 card changed.",
    ]


# -- two-way ------------------------------------------------------------------------------


def test_two_way_merge_makes_every_difference_a_choice(base: Project) -> None:
    ours = UpdateCard(M1, "a0", {"title": "Mine"}).apply(base)
    new = Card(id="new", lane_id="actions", stage_id="s1", persona_id="p1")
    theirs = AddCard(M1, new).apply(UpdateCard(M1, "a0", {"severity": 3}).apply(base))
    theirs = DeleteCards(M1, ("k1",)).apply(theirs)
    result = merge(None, ours, theirs)
    assert result.two_way
    kinds = {(type(c), c.key.id) for c in result.conflicts}
    assert kinds == {
        (FieldConflict, "a0"),  # title: nobody knows which copy changed it
        (FieldConflict, "a0"),
        (PresenceConflict, "new"),
        (PresenceConflict, "k1"),
    }
    assert len([c for c in result.conflicts if isinstance(c, FieldConflict)]) == 2
    # By default nothing is lost: both cards stay, our values win.
    assert has_card(result.project, "new") and has_card(result.project, "k1")
    assert card_of(result.project, "a0").title == "Mine"
    drop = {c.id: "drop" for c in result.conflicts if isinstance(c, PresenceConflict)}
    chosen = resolve(result, drop)
    assert not has_card(chosen, "new") and not has_card(chosen, "k1")
    check_sound(chosen)


def test_two_way_presence_is_reported_once_for_a_whole_stage(base: Project) -> None:
    theirs = AddStage(M1, Stage(id="s9", name="Repeat")).apply(base)
    for i in range(3):
        card = Card(id=f"n{i}", lane_id="actions", stage_id="s9", persona_id="p1")
        theirs = AddCard(M1, card).apply(theirs)
    result = merge(None, base, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, PresenceConflict)
    assert conflict.key == RecordKey(Kind.STAGE, M1, "s9") and conflict.only_in is Side.THEIRS
    assert len(find_map(result.project, M1).cards) == len(find_map(theirs, M1).cards)
    chosen = resolve(result, {conflict.id: "drop"})
    assert chosen == base


def test_when_the_copies_delete_every_map_between_them_the_maps_stay(base: Project) -> None:
    from mapstudio.edit import DeleteMap

    ours = DeleteMap("m1").apply(base)
    theirs = DeleteMap("m2").apply(base)
    result = merged(base, ours, theirs)
    assert [m.id for m in result.project.maps] == ["m1", "m2"]
    assert any("deleted every map" in note for note in result.summary.adjustments)


def test_a_map_deleted_here_that_they_made_a_future_state_of_stays(base: Project) -> None:
    from mapstudio.edit import DeleteMap, DuplicateMapAsFutureState

    ours = DeleteMap("m2").apply(base)
    future = DuplicateMapAsFutureState("m2", seed="s")
    theirs = future.apply(base)
    result = merged(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.key == RecordKey(Kind.MAP, "", "m2")
    assert "they based 'Store visit (future state)' on it" in conflict.describe()
    links = {m.id: m.future_state_of for m in result.project.maps}
    assert links[future.new_map_id] == "m2"
    chosen = resolve(result, {conflict.id: "delete"})
    assert {m.id: m.future_state_of for m in chosen.maps} == {"m1": None, future.new_map_id: None}


# -- conflicts in words -------------------------------------------------------------------


def test_an_emotion_point_moved_and_scored_two_ways_is_described_in_words(
    base: Project,
) -> None:
    """The place on the curve and the score read as names, a position in the stage and a
    scale label - never as ids and fractions - in the merge and in a file's stored list."""
    ours = MoveEmotionPoint(M1, "e1", "s0", 0.49575551782682514, -2).apply(base)
    theirs = MoveEmotionPoint(M1, "e1", "s1", 0.5, -1).apply(base)
    result = merged(base, ours, theirs)
    place = next(
        c for c in result.conflicts if isinstance(c, FieldConflict) and c.field == "@place"
    )
    score = next(c for c in result.conflicts if isinstance(c, FieldConflict) and c.field == "score")
    assert place.describe() == (
        "Emotion point 'untitled point': its place on the curve is "
        "band 'Alex', stage 'Awareness', 49.6 % into the stage in your copy and "
        "band 'Alex', stage 'Consideration', in the middle of the stage in theirs."
    )
    assert score.describe() == (
        "Emotion point 'untitled point': score is −2 'Very negative' in your copy and "
        "−1 'Negative' in theirs."
    )
    stored = with_pending_conflicts(result.project, result.conflicts, result.choices)
    listed = {p.conflict.id: p.conflict.describe() for p in pending_conflicts(stored)}
    assert listed[place.id] == place.describe()
    assert listed[score.id] == score.describe()


def test_a_card_moved_to_two_cells_names_the_lane_stage_and_band(base: Project) -> None:
    ours = MoveCards(M1, ("a0",), "p1", "actions", "s1").apply(base)
    theirs = MoveCards(M1, ("a0",), "p2", "actions", "s2").apply(base)
    conflict = next(iter(merged(base, ours, theirs).conflicts))
    assert isinstance(conflict, FieldConflict)
    assert "lane 'Actions', stage 'Consideration', band 'Alex' in your copy" in (
        conflict.describe()
    )
    assert "lane 'Actions', stage 'Decision', band 'Sam' in theirs" in conflict.describe()


def test_the_summary_says_what_each_copy_brought_and_what_each_choice_did(
    base: Project,
) -> None:
    """You retitled a card and deleted another that they edited; keeping their title
    and the edited card (the default) leaves nothing of yours - and the summary says so
    instead of "no changes", as the guide promises."""
    ours = UpdateCard(M1, "a0", {"title": "Mine"}).apply(base)
    ours = DeleteCards(M1, ("k1",)).apply(ours)
    theirs = UpdateCard(M1, "a0", {"title": "Theirs"}).apply(base)
    theirs = UpdateCard(M1, "k1", {"title": "Review request comes too early"}).apply(theirs)
    result = merged(base, ours, theirs)
    title = next(c for c in result.conflicts if isinstance(c, FieldConflict))
    result = result.with_choices({title.id: "theirs"})
    assert has_card(result.project, "k1")
    assert result.summary.lines() == [
        "From your copy: no changes; 2 changes gave way to theirs in conflicts.",
        "From their copy: 2 cards changed.",
        "In the conflicts:",
        "- Kept card 'Review request comes too early', which you had deleted and they edited.",
        "- Card 'Mine': kept their title, 'Theirs', instead of yours, 'Mine'.",
    ]
    deleted = resolve(result, {c.id: "delete" for c in result.conflicts if c.kind == "deleted"})
    assert not has_card(deleted, "k1")
    again = result.with_choices({c.id: "delete" for c in result.conflicts if c.kind == "deleted"})
    assert (
        "- Deleted card 'Review request comes too early' as you had, although they edited it."
        in again.summary.lines()
    )


def test_maps_added_on_both_sides_past_the_limit_are_refused_in_words(base: Project) -> None:
    def with_new_maps(prefix: str, count: int) -> Project:
        first = base.maps[0]
        new = tuple(
            first.model_copy(
                update={
                    "id": f"{prefix}{i}",
                    "title": f"{prefix} {i}",
                    "cards": (),
                    "emotion_points": (),
                }
            )
            for i in range(count)
        )
        return base.model_copy(update={"maps": base.maps + new})

    # Each copy alone within the limit, together past it.
    room = MAX_MAPS - len(base.maps)
    ours, theirs = with_new_maps("ours", room), with_new_maps("theirs", 2)
    with pytest.raises(MergeError) as refused:
        merge(base, ours, theirs)
    text = str(refused.value)
    assert f"have {MAX_MAPS + 2} maps, and a project holds at most {MAX_MAPS}" in text
    assert "Nothing was merged" in text and "Tuple" not in text
