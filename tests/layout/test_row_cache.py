"""Incremental layout by lane row: untouched rows are reused whole, and the layout says
which cards changed since the previous one."""

from __future__ import annotations

import pytest
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
    """Card ids whose box is not the same object in both layouts (the slow way), but for
    cards whose whole row only moved (their boxes differ in y alone)."""
    ids = set(before.cards) | set(after.cards)
    moved = after.changes.moved_rows if after.changes is not None else frozenset()
    changed = set()
    for i in ids:
        old, new = before.cards.get(i), after.cards.get(i)
        if old is new:
            continue
        if old is not None and new is not None and (new.cell.persona_id, new.cell.lane_id) in moved:
            assert (old.rect.x, old.rect.w, old.rect.h) == (new.rect.x, new.rect.w, new.rect.h)
            assert old.cell == new.cell and old.title_lines == new.title_lines
            continue
        changed.add(i)
    return changed


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


def test_rows_below_a_grown_row_move_without_being_built_again() -> None:
    project = large_project(personas=3, stages=8, cards=400)
    journey = project.maps[0]
    cache = LayoutCache()
    before = layout(journey, project, cache=cache)
    # Every card of the map's top lane row gathered in its first cell: that row grows,
    # and every row below it moves down.
    target = min(before.cards.values(), key=lambda box: (box.rect.y, box.rect.x))
    row = (target.cell.persona_id, target.cell.lane_id)
    gathered = journey.model_copy(
        update={
            "cards": tuple(
                c.model_copy(update={"stage_id": target.cell.stage_id})
                if (c.persona_id, c.lane_id) == row
                else c
                for c in journey.cards
            )
        }
    )
    built, reused = cache.rows_built, cache.rows_reused
    after = layout(gathered, project, cache=cache)
    assert after == layout(gathered, project)
    assert cache.rows_built - built == 1
    assert cache.rows_reused - reused == _lane_rows(after) - 1
    assert after.changes is not None
    below = {
        (r.persona_id, r.lane_id) for r in after.rows if r.kind == "lane" and r.y > target.rect.y
    }
    assert after.changes.moved_rows == below - {row}
    # Only the gathered row's cards changed; the cards below moved with their rows.
    assert after.changes.cards == {c.id for c in gathered.cards if (c.persona_id, c.lane_id) == row}
    dy = after.rows[-1].y - before.rows[-1].y
    assert dy > 0
    last = max(before.cards.values(), key=lambda box: box.rect.y)
    assert after.cards[last.card_id].rect.y == pytest.approx(last.rect.y + dy)
    # The curves of the bands below moved as a whole, markers and all.
    for persona_id, curve in after.curves.items():
        old = before.curves[persona_id]
        if curve.rect.y != old.rect.y:
            assert [m.y - o.y for m, o in zip(curve.markers, old.markers, strict=True)] == (
                pytest.approx([curve.rect.y - old.rect.y] * len(old.markers))
            )
            assert [m.lines for m in curve.markers] == [m.lines for m in old.markers]


def test_a_layout_and_its_drawing_go_without_the_cycle_collector() -> None:
    """Edits replace the layout every time: a layout must be freed as soon as nothing
    holds it (a reference cycle left each one to the collector, which then paused the
    window for tens of milliseconds every few edits)."""
    import gc
    import weakref

    project = large_project(personas=2, stages=4, cards=60)
    cache = LayoutCache()
    result = layout(project.maps[0], project, cache=cache)
    assert result.drawing.grid and list(result.drawing.layers())
    gone = weakref.ref(result)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del result
        assert gone() is None
    finally:
        if was_enabled:
            gc.enable()
