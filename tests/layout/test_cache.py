"""Incremental layout: unchanged cells are reused, and the result equals a fresh layout."""

from __future__ import annotations

from layout_maps import large_project

from mapstudio.layout import DEFAULT_STYLE, LayoutCache, layout, template_style
from mapstudio.layout.cache import CardIndex
from mapstudio.model import Card, JourneyMap, Project, index_cells


def _retitle(journey: JourneyMap, card_id: str, title: str) -> JourneyMap:
    cards = tuple(
        c.model_copy(update={"title": title}) if c.id == card_id else c for c in journey.cards
    )
    return journey.model_copy(update={"cards": cards})


def test_changing_one_title_recomputes_only_its_cell(project: Project) -> None:
    journey = project.maps[0]
    cache = LayoutCache()
    layout(journey, project, cache=cache)
    cells = len(cache.cells)
    assert cache.misses == cells and cache.hits == 0

    layout(journey, project, cache=cache)
    assert cache.misses == cells and cache.hits == cells  # nothing changed, nothing measured

    misses, wraps = cache.misses, cache.wraps
    edited = _retitle(journey, "p1", "A much longer title that now needs two or three lines")
    result = layout(edited, project, cache=cache)
    assert cache.misses - misses == 1
    # Only the edited card's text was wrapped again: title, body and its two meta lines.
    assert cache.wraps - wraps == 4
    assert result == layout(edited, project)
    assert next(line.text for line in result.cards["p1"].title_lines).startswith("A much")


def test_unmoved_cards_keep_their_boxes(project: Project) -> None:
    journey = project.maps[0]
    cache = LayoutCache()
    before = layout(journey, project, cache=cache)
    after = layout(_retitle(journey, "so1", "Comparison table v2"), project, cache=cache)
    # so1 sits in the last lane, so nothing above it moved.
    assert after.cards["a1"] is before.cards["a1"]
    assert after.cards["so1"] is not before.cards["so1"]
    assert after.curves["anna"] is before.curves["anna"]


def test_moving_a_card_equals_a_fresh_layout(project: Project) -> None:
    journey = project.maps[0]
    cache = LayoutCache()
    layout(journey, project, cache=cache)
    cards = tuple(
        c.model_copy(update={"stage_id": "s4", "persona_id": "ben", "order": 5})
        if c.id == "a1"
        else c
        for c in journey.cards
    )
    moved = journey.model_copy(update={"cards": cards})
    result = layout(moved, project, cache=cache)
    assert result == layout(moved, project)
    assert result.cells[("ben", "act", "s4")].card_ids == ("a1",)
    assert result.cells[("anna", "act", "s0")].card_ids == ("a2", "a3")


def test_a_new_style_or_template_relayouts_everything(project: Project) -> None:
    journey = project.maps[0]
    cache = LayoutCache()
    layout(journey, project, cache=cache)
    styled = template_style()
    assert layout(journey, project, styled, cache=cache) == layout(journey, project, styled)
    assert layout(journey, project, cache=cache, template=True) == layout(
        journey, project, template=True
    )
    assert layout(journey, project, DEFAULT_STYLE, cache=cache) == layout(journey, project)


def test_the_patched_card_index_equals_index_cells() -> None:
    project: Project = large_project(personas=3, stages=6, cards=300)
    journey = project.maps[0]
    index = CardIndex()
    assert index.update(journey) == index_cells(journey)
    cards = list(journey.cards)
    # Move a card, change an order to tie with a neighbour, retitle one: a small edit.
    cards[3] = cards[3].model_copy(update={"stage_id": "s0", "order": cards[10].order})
    cards[10] = cards[10].model_copy(update={"lane_id": cards[3].lane_id})
    cards[50] = cards[50].model_copy(update={"title": "new"})
    edited = journey.model_copy(update={"cards": tuple(cards)})
    assert index.update(edited) == index_cells(edited)
    # Adding a card changes the length: rebuilt from scratch, same answer.
    grown = edited.model_copy(
        update={"cards": (*edited.cards, Card(lane_id="act", stage_id="s1", persona_id="p0"))}
    )
    assert index.update(grown) == index_cells(grown)


def test_relayout_of_a_larger_map_after_an_edit_equals_a_fresh_one() -> None:
    project = large_project(personas=3, stages=8, cards=400)
    journey = project.maps[0]
    cache = LayoutCache()
    layout(journey, project, cache=cache)
    target = journey.cards[17]
    edited = _retitle(journey, target.id, "Edited " * 20)
    misses = cache.misses
    result = layout(edited, project, cache=cache)
    assert cache.misses - misses == 1
    assert result == layout(edited, project)
