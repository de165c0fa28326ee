"""Incremental layout by lane row: untouched rows are reused whole, and the layout says
which cards changed since the previous one."""

from __future__ import annotations

from layout_maps import large_project

from mapstudio.layout import LayoutCache, MapLayout, layout
from mapstudio.model import JourneyMap, Project


def _retitle(journey: JourneyMap, card_id: str, title: str) -> JourneyMap:
    cards = tuple(
        c.model_copy(update={"title": title}) if c.id == card_id else c for c in journey.cards
    )
    return journey.model_copy(update={"cards": cards})


def _move(journey: JourneyMap, card_id: str, stage_id: str) -> JourneyMap:
    cards = tuple(
        c.model_copy(update={"stage_id": stage_id, "order": 99}) if c.id == card_id else c
        for c in journey.cards
    )
    return journey.model_copy(update={"cards": cards})


def _changed_boxes(before: MapLayout, after: MapLayout) -> set[str]:
    """Card ids whose box is not the same object in both layouts (the slow way)."""
    ids = set(before.cards) | set(after.cards)
    return {i for i in ids if before.cards.get(i) is not after.cards.get(i)}


def _lane_rows(result: MapLayout) -> int:
    return sum(1 for row in result.rows if row.kind == "lane")


def test_an_unchanged_map_reuses_every_lane_row() -> None:
    project = large_project(personas=3, stages=8, cards=400)
    journey = project.maps[0]
    cache = LayoutCache()
    first = layout(journey, project, cache=cache)
    rows = _lane_rows(first)
    assert cache.rows_built == rows and cache.rows_reused == 0
    assert first.changes is None  # nothing to compare the first layout with

    again = layout(journey, project, cache=cache)
    assert cache.rows_built == rows and cache.rows_reused == rows
    assert again == first
    assert again.changes is not None and again.changes.previous() is first
    assert again.changes.cards == frozenset()
    assert all(again.cards[i] is first.cards[i] for i in first.cards)


def test_a_retitle_rebuilds_only_its_own_row() -> None:
    project = large_project(personas=3, stages=8, cards=400)
    journey = project.maps[0]
    cache = LayoutCache()
    before = layout(journey, project, cache=cache)
    rows = _lane_rows(before)
    # The last card of the map's last cell: nothing below it can move.
    target = max(before.cards.values(), key=lambda box: (box.rect.y, box.rect.x))
    built, reused = cache.rows_built, cache.rows_reused
    after = layout(_retitle(journey, target.card_id, "Renamed"), project, cache=cache)
    assert cache.rows_built - built == 1
    assert cache.rows_reused - reused == rows - 1
    assert after == layout(_retitle(journey, target.card_id, "Renamed"), project)
    assert after.changes is not None
    assert after.changes.cards == _changed_boxes(before, after)
    assert target.card_id in after.changes.cards
    # The cards of the retitled card's cell at most: the rest of the map is untouched.
    assert after.changes.cards <= set(after.cells[target.cell].card_ids)


def test_changes_list_exactly_the_cards_whose_boxes_changed() -> None:
    project = large_project(personas=3, stages=8, cards=400)
    journey = project.maps[0]
    cache = LayoutCache()
    previous = layout(journey, project, cache=cache)
    stages = [s.id for s in journey.stages]
    for n in range(12):
        card = journey.cards[(n * 37) % len(journey.cards)]
        if n % 2:
            journey = _retitle(journey, card.id, "Longer words " * (n % 5 + 1))
        else:
            target = stages[(stages.index(card.stage_id) + 1) % len(stages)]
            journey = _move(journey, card.id, target)
        result = layout(journey, project, cache=cache)
        assert result == layout(journey, project)
        assert result.changes is not None and result.changes.previous() is previous
        assert result.changes.cards == _changed_boxes(previous, result)
        previous = result


def test_hiding_a_band_reports_its_cards_as_changed(project: Project) -> None:
    journey = project.maps[0]
    cache = LayoutCache()
    before = layout(journey, project, cache=cache)
    after = layout(journey, project, cache=cache, hidden=frozenset({"anna"}))
    assert after.changes is not None
    assert after.changes.cards == _changed_boxes(before, after)
    assert {i for i, box in before.cards.items() if box.cell.persona_id == "anna"} <= (
        after.changes.cards
    )
    assert after == layout(journey, project, hidden=frozenset({"anna"}))
