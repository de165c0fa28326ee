"""The card index the card commands keep per cards tuple: after any series of edits it
says what a scan of the cards would say."""

from __future__ import annotations

from edit_support import assert_sound

from mapstudio.edit import (
    Document,
    MoveCards,
    UpdateCard,
    UpdateCards,
    cards_in_map_order,
)
from mapstudio.edit._ops import CardIndex, card_index
from mapstudio.model import Project, find_map, index_cells
from mapstudio.model.swaps import card_swaps


def _assert_index_is_right(project: Project) -> None:
    journey_map = find_map(project, "m1")
    index = card_index(journey_map)
    fresh = CardIndex.build(journey_map.cards)
    assert index.cards is journey_map.cards
    assert index.positions == fresh.positions
    assert index.cells == fresh.cells
    for key, cards in index_cells(journey_map).items():
        assert index.cell_cards(key) == cards


def test_the_index_follows_moves_edits_undo_and_redo(project: Project) -> None:
    document = Document(project)
    journey_map = find_map(project, "m1")
    stages = [stage.id for stage in journey_map.stages]
    for n in range(12):
        cards = find_map(document.project, "m1").cards
        card = cards[(n * 5) % len(cards)]
        target = stages[(stages.index(card.stage_id) + 1 + n % 2) % len(stages)]
        document.execute(
            MoveCards("m1", (card.id,), card.persona_id, card.lane_id, target, slot=n % 3)
        )
        _assert_index_is_right(document.project)
        assert_sound(document.project)
        other = cards[(n * 3 + 1) % len(cards)]
        document.execute(UpdateCard("m1", other.id, {"title": f"Title {n}"}))
        _assert_index_is_right(document.project)
    for _ in range(5):
        document.undo()
        _assert_index_is_right(document.project)
    document.redo()
    _assert_index_is_right(document.project)


def test_an_edit_keeps_the_other_cards_and_their_positions(project: Project) -> None:
    journey_map = find_map(project, "m1")
    first, second = journey_map.cards[0], journey_map.cards[1]
    after = UpdateCards("m1", (second.id,), {"title": "Changed"}).apply(project)
    cards = find_map(after, "m1").cards
    assert len(cards) == len(journey_map.cards)
    assert cards[0] is first
    assert cards[1].id == second.id and cards[1].title == "Changed"
    assert all(a is b for a, b in zip(cards[2:], journey_map.cards[2:], strict=True))


def test_cards_in_map_order_follow_the_file_whatever_the_order_asked(project: Project) -> None:
    journey_map = find_map(project, "m1")
    ids = [card.id for card in journey_map.cards]
    asked = [ids[-1], "no-such-card", ids[0], ids[len(ids) // 2], ids[0]]
    found = cards_in_map_order(journey_map, asked)
    assert [card.id for card in found] == [ids[0], ids[len(ids) // 2], ids[-1]]
    assert all(card is journey_map.cards[ids.index(card.id)] for card in found)


def test_cards_in_map_order_with_a_repeated_id_scans_as_before(project: Project) -> None:
    journey_map = find_map(project, "m1")
    twin = journey_map.cards[0].model_copy(update={"title": "Twin"})
    doubled = journey_map.model_copy(update={"cards": (*journey_map.cards, twin)})
    found = cards_in_map_order(doubled, [twin.id])
    assert [card.title for card in found] == [journey_map.cards[0].title, "Twin"]


def test_the_swaps_an_edit_records_are_those_a_scan_finds(project: Project) -> None:
    document = Document(project)
    for n in range(6):
        before = find_map(document.project, "m1").cards
        card = before[(n * 7) % len(before)]
        if n % 2:
            document.execute(UpdateCard("m1", card.id, {"title": f"Changed {n}"}))
        else:
            stages = [stage.id for stage in find_map(project, "m1").stages]
            target = stages[(stages.index(card.stage_id) + 1) % len(stages)]
            document.execute(MoveCards("m1", (card.id,), card.persona_id, card.lane_id, target))
        after = find_map(document.project, "m1").cards
        scanned = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b]
        assert scanned, "the edit changed no card"
        assert card_swaps(before, after) == scanned
        # Only from the tuple it was made from: the layout compares any other pair.
        assert card_swaps(after, before) is None
        assert card_swaps(after, after) is None
