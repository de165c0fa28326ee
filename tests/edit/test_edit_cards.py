"""Card commands: where cards end up, how cells are renumbered, and what is refused."""

from __future__ import annotations

import pytest
from edit_support import assert_sound, card, cell

from mapstudio.edit import (
    AddCard,
    CommandError,
    DeleteCards,
    DuplicateCards,
    MoveCards,
    PasteCards,
    UpdateCard,
    UpdateCards,
)
from mapstudio.model import Card, Channel, Project, find_card, find_map


def m1_card(project: Project, card_id: str) -> Card:
    return find_card(find_map(project, "m1"), card_id)


# -- AddCard ---------------------------------------------------------------------------


def test_add_card_at_slot_renumbers_the_cell(project: Project) -> None:
    new = card("n", "actions", "s0", "p1", 99)
    after = AddCard("m1", new, slot=1).apply(project)
    assert cell(after, "p1", "actions", "s0") == ["a0", "n", "a1", "a2"]
    assert [m1_card(after, i).order for i in ("a0", "n", "a1", "a2")] == [0, 1, 2, 3]
    assert_sound(after)
    assert cell(project, "p1", "actions", "s0") == ["a0", "a1", "a2"]  # input untouched


def test_add_card_at_end_and_into_empty_cell(project: Project) -> None:
    after = AddCard("m1", card("n", "actions", "s0", "p1", 0)).apply(project)
    assert cell(after, "p1", "actions", "s0") == ["a0", "a1", "a2", "n"]
    after = AddCard("m1", card("e", "thoughts", "s4", "p2", 7), slot=5).apply(after)
    assert cell(after, "p2", "thoughts", "s4") == ["e"]
    assert m1_card(after, "e").order == 0
    assert_sound(after)


def test_add_card_to_shared_lane_drops_persona(project: Project) -> None:
    after = AddCard("m1", card("n", "kpis", "s3", "p1", 0)).apply(project)
    assert m1_card(after, "n").persona_id is None
    assert cell(after, None, "kpis", "s3") == ["n"]
    assert_sound(after)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (card("a0", "actions", "s0", "p1", 0), "already exists"),
        (card("n", "nope", "s0", "p1", 0), "no lane"),
        (card("n", "actions", "s9", "p1", 0), "no stage"),
        (card("n", "emotions", "s0", "p1", 0), "emotion"),
        (card("n", "actions", "s0", None, 0), "needs a persona"),
        (card("n", "actions", "s0", "ghost", 0), "not shown"),
        (
            card("n", "actions", "s0", "p1", 0).model_copy(update={"image_asset_id": "zz"}),
            "no image",
        ),
    ],
)
def test_add_card_refuses_bad_cards(project: Project, new: Card, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        AddCard("m1", new).apply(project)


def test_unknown_map_is_refused(project: Project) -> None:
    with pytest.raises(CommandError, match="no map with id 'zz'"):
        AddCard("zz", card("n", "actions", "s0", "p1", 0)).apply(project)


# -- MoveCards -------------------------------------------------------------------------


def test_move_card_to_another_cell(project: Project) -> None:
    command = MoveCards("m1", ("a1",), "p1", "actions", "s1", slot=1)
    assert command.label == "Move Card"
    after = command.apply(project)
    assert cell(after, "p1", "actions", "s0") == ["a0", "a2"]
    assert cell(after, "p1", "actions", "s1") == ["b0", "a1", "b1"]
    moved = m1_card(after, "a1")
    assert (moved.stage_id, moved.lane_id, moved.persona_id, moved.order) == (
        "s1",
        "actions",
        "p1",
        1,
    )
    assert m1_card(after, "a2").order == 1
    assert m1_card(after, "b1").order == 2
    assert moved.image_asset_id == "img1"  # content travels with the card
    assert_sound(after)


def test_move_into_shared_lane_clears_persona_and_back_sets_it(project: Project) -> None:
    after = MoveCards("m1", ("a0",), "p1", "backstage", "s0", slot=None).apply(project)
    assert m1_card(after, "a0").persona_id is None
    assert cell(after, None, "backstage", "s0") == ["k0", "k1", "a0"]
    after = MoveCards("m1", ("k0",), "p2", "thoughts", "s3", slot=0).apply(after)
    assert m1_card(after, "k0").persona_id == "p2"
    assert cell(after, "p2", "thoughts", "s3") == ["k0"]
    assert cell(after, None, "backstage", "s0") == ["k1", "a0"]
    assert_sound(after)


def test_move_to_other_persona_band(project: Project) -> None:
    after = MoveCards("m1", ("a2",), "p2", "touchpoints", "s0", slot=0).apply(project)
    assert cell(after, "p2", "touchpoints", "s0") == ["a2", "t0"]
    assert m1_card(after, "a2").persona_id == "p2"
    assert_sound(after)


@pytest.mark.parametrize(
    ("card_id", "slot", "expected"),
    [
        ("a0", 3, ["a1", "a2", "a0"]),  # to the bottom (slot counts the shown cards)
        ("a0", None, ["a1", "a2", "a0"]),
        ("a0", 2, ["a1", "a0", "a2"]),  # between a1 and a2
        ("a2", 0, ["a2", "a0", "a1"]),  # to the top
        ("a2", 1, ["a0", "a2", "a1"]),
        ("a1", 1, ["a0", "a1", "a2"]),  # dropped onto its own gap: no change
        ("a1", 2, ["a0", "a1", "a2"]),
        ("a1", 99, ["a0", "a2", "a1"]),  # past the end is the end
        ("a1", -5, ["a1", "a0", "a2"]),
    ],
)
def test_move_within_the_same_cell(
    project: Project, card_id: str, slot: int | None, expected: list[str]
) -> None:
    after = MoveCards("m1", (card_id,), "p1", "actions", "s0", slot=slot).apply(project)
    assert cell(after, "p1", "actions", "s0") == expected
    assert [m1_card(after, i).order for i in expected] == [0, 1, 2]
    assert_sound(after)


def test_move_in_place_returns_the_same_project(project: Project) -> None:
    assert MoveCards("m1", ("a1",), "p1", "actions", "s0", slot=1).apply(project) is project


def test_move_several_cards_keeps_their_relative_order(project: Project) -> None:
    # Given in scrambled order, from three cells; the canvas order is a0, a2, b0, k1.
    command = MoveCards("m1", ("k1", "b0", "a2", "a0"), "p2", "actions", "s3", slot=0)
    assert command.label == "Move 4 Cards"
    after = command.apply(project)
    assert cell(after, "p2", "actions", "s3") == ["a0", "a2", "b0", "k1"]
    assert all(m1_card(after, i).persona_id == "p2" for i in ("a0", "a2", "b0", "k1"))
    assert cell(after, "p1", "actions", "s0") == ["a1"]
    assert cell(after, "p1", "actions", "s1") == ["b1"]
    assert cell(after, None, "backstage", "s0") == ["k0"]
    assert_sound(after)


def test_move_several_within_and_into_a_cell(project: Project) -> None:
    # a0 and b0 move to the gap between a1 and a2 of a0's own cell.
    after = MoveCards("m1", ("b0", "a0"), "p1", "actions", "s0", slot=2).apply(project)
    assert cell(after, "p1", "actions", "s0") == ["a1", "a0", "b0", "a2"]
    assert cell(after, "p1", "actions", "s1") == ["b1"]
    assert_sound(after)


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (MoveCards("m1", ("zz",), "p1", "actions", "s0"), "no card"),
        (MoveCards("m1", (), "p1", "actions", "s0"), "No card"),
        (MoveCards("m1", ("a0", "a0"), "p1", "actions", "s0"), "twice"),
        (MoveCards("m1", ("a0",), "p1", "emotions", "s0"), "emotion"),
        (MoveCards("m1", ("a0",), "p1", "actions", "zz"), "no stage"),
        (MoveCards("m1", ("a0",), None, "actions", "s0"), "needs a persona"),
        (MoveCards("m1", ("a0",), "zz", "actions", "s0"), "not shown"),
    ],
)
def test_move_refusals(project: Project, command: MoveCards, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        command.apply(project)


def test_move_cards_accepts_a_list_and_stays_hashable() -> None:
    command = MoveCards("m1", ["a0", "a1"], "p1", "actions", "s0")  # type: ignore[arg-type]
    assert command.card_ids == ("a0", "a1")
    assert hash(command) == hash(MoveCards("m1", ("a0", "a1"), "p1", "actions", "s0"))


# -- UpdateCard(s) ---------------------------------------------------------------------


def test_update_card_fields(project: Project) -> None:
    changes = {"title": "Checkout", "channel": "web", "severity": 4, "tags": ["slow", "ux"]}
    command = UpdateCard("m1", "a0", changes)
    assert command.label == "Edit Card"
    hash(command)  # the changes mapping is frozen
    after = command.apply(project)
    updated = m1_card(after, "a0")
    assert updated.title == "Checkout"
    assert updated.channel is Channel.WEB
    assert updated.severity == 4
    assert updated.tags == ("slow", "ux")
    assert (updated.order, updated.stage_id) == (0, "s0")
    assert m1_card(after, "a1") is m1_card(project, "a1")  # siblings shared, not copied
    assert UpdateCard("m1", "a0", {"title": "x"}).label == "Rename Card"


def test_update_card_unchanged_is_a_no_op(project: Project) -> None:
    assert UpdateCard("m1", "a0", {"title": "a0"}).apply(project) is project


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"severity": 9}, "severity"),
        ({"title": "x" * 300}, "title"),
        ({"color": "red"}, "color"),
        ({"channel": "pigeon"}, "channel"),
        ({"value": float("nan")}, "value"),
        ({"order": 3}, "no editable field 'order'"),
        ({"stage_id": "s1"}, "no editable field"),
        ({"image_asset_id": "nope"}, "no image"),
    ],
)
def test_update_card_refuses_invalid_values(
    project: Project, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(CommandError, match=message):
        UpdateCard("m1", "a0", changes).apply(project)


def test_update_card_error_is_plain_words(project: Project) -> None:
    with pytest.raises(CommandError) as caught:
        UpdateCard("m1", "a0", {"severity": 9}).apply(project)
    assert "severity" in str(caught.value)
    assert "pydantic" not in str(caught.value)
    assert caught.value.__cause__ is None


def test_update_cards_same_changes(project: Project) -> None:
    command = UpdateCards("m1", ("a0", "k1"), {"color": "#FFEE00"})
    assert command.label == "Edit 2 Cards"
    after = command.apply(project)
    assert m1_card(after, "a0").color == "#FFEE00"
    assert m1_card(after, "k1").color == "#FFEE00"
    assert m1_card(after, "a1").color is None
    with pytest.raises(CommandError, match="no card"):
        UpdateCards("m1", ("a0", "zz"), {"color": "#FFEE00"}).apply(project)


# -- DeleteCards -----------------------------------------------------------------------


def test_delete_cards_renumbers(project: Project) -> None:
    command = DeleteCards("m1", ("a0", "k0", "b1"))
    assert command.label == "Delete 3 Cards"
    after = command.apply(project)
    assert cell(after, "p1", "actions", "s0") == ["a1", "a2"]
    assert [m1_card(after, i).order for i in ("a1", "a2")] == [0, 1]
    assert cell(after, None, "backstage", "s0") == ["k1"]
    assert cell(after, "p1", "actions", "s1") == ["b0"]
    assert len(find_map(after, "m1").cards) == len(find_map(project, "m1").cards) - 3
    assert_sound(after)
    assert DeleteCards("m1", ("a0",)).label == "Delete Card"


def test_delete_unknown_card_is_refused(project: Project) -> None:
    with pytest.raises(CommandError, match="no card with id 'zz'"):
        DeleteCards("m1", ("a0", "zz")).apply(project)


# -- DuplicateCards / PasteCards -------------------------------------------------------


def test_duplicate_cards_puts_copies_below_the_selection(project: Project) -> None:
    command = DuplicateCards("m1", ("a0", "a1", "k0"))
    after = command.apply(project)
    c0, c1, ck = command.new_card_ids
    assert len({c0, c1, ck, "a0", "a1", "k0"}) == 6
    assert cell(after, "p1", "actions", "s0") == ["a0", "a1", c0, c1, "a2"]
    assert cell(after, None, "backstage", "s0") == ["k0", ck, "k1"]
    assert m1_card(after, c1).title == "a1"
    assert m1_card(after, c1).image_asset_id == "img1"
    assert command.apply(project) == after  # pure: same input, same output
    assert_sound(after)
    with pytest.raises(CommandError, match="already exists"):
        command.apply(after)


def test_paste_cards_into_a_cell(project: Project) -> None:
    clipboard = (
        m1_card(project, "a1"),
        m1_card(project, "k0"),
        card("foreign", "other-lane", "other-stage", None, 5).model_copy(
            update={"image_asset_id": "not-here"}
        ),
    )
    command = PasteCards("m1", clipboard, "p1", "actions", "s1", slot=1)
    assert command.label == "Paste 3 Cards"
    after = command.apply(project)
    n1, n2, n3 = command.new_card_ids
    assert cell(after, "p1", "actions", "s1") == ["b0", n1, n2, n3, "b1"]
    assert m1_card(after, n1).image_asset_id == "img1"
    assert m1_card(after, n3).image_asset_id is None  # that image is not in this project
    assert m1_card(after, n2).persona_id == "p1"
    assert_sound(after)
    with pytest.raises(CommandError, match="nothing to paste"):
        PasteCards("m1", (), "p1", "actions", "s1").apply(project)
