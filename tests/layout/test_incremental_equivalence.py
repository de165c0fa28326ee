"""An incrementally patched layout equals a fresh one, whatever the edits in between.

The layout engine reuses lane rows, cell contents, curves and header texts from the last
layout made with the same cache, and moves whole rows that only moved. Each of those
shortcuts must give exactly the layout a fresh call gives: these properties run random
sequences of the edits a designer makes (through the real edit commands, so objects are
shared between versions as in the app) and compare after every step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layout_maps import WORDS, large_project

from mapstudio.edit import (
    AddCard,
    DeleteCards,
    MoveCards,
    UpdateCard,
    UpdateEmotionPoint,
    UpdateLane,
    UpdateStage,
)
from mapstudio.layout import CardBox, LayoutCache, MapLayout, layout
from mapstudio.model import Card, Project

PERSONAS, STAGES = 3, 5


def _base() -> Project:
    return large_project(personas=PERSONAS, stages=STAGES, cards=90, seed=3)


BASE = _base()
CARD_LANES = ("act", "tp", "th", "pain", "opp")


def _words(n: int) -> str:
    return " ".join(WORDS[(i * 7) % len(WORDS)] for i in range(n))


# One edit: (kind, a, b, c), numbers the step interprets against the current map.
edits = st.tuples(
    st.sampled_from(
        (
            "retitle",
            "body",
            "move",
            "move_lane",
            "delete",
            "add",
            "stage",
            "lane",
            "emotion",
            "collapse",
            "hide",
        )
    ),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.integers(0, 40),
)


@dataclass
class Session:
    """The map as an open window holds it: project, folded and hidden bands, a cache."""

    project: Project
    collapsed: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)
    cache: LayoutCache = field(default_factory=LayoutCache)
    added: int = 0

    def apply(self, kind: str, a: int, b: int, c: int) -> None:
        journey = self.project.maps[0]
        cards = journey.cards
        map_id = journey.id
        stage = journey.stages[b % len(journey.stages)].id
        persona = f"p{b % PERSONAS}"
        if kind in ("retitle", "body", "move", "move_lane", "delete") and not cards:
            kind = "add"
        card = cards[a % len(cards)] if cards else None
        if kind == "retitle" and card is not None:
            command = UpdateCard(map_id, card.id, {"title": _words(c % 12 + 1)})
        elif kind == "body" and card is not None:
            command = UpdateCard(map_id, card.id, {"body": _words(c)})
        elif kind == "move" and card is not None:
            command = MoveCards(map_id, (card.id,), card.persona_id, card.lane_id, stage, c % 3)
        elif kind == "move_lane" and card is not None:
            lane = CARD_LANES[c % len(CARD_LANES)]
            command = MoveCards(map_id, (card.id,), persona, lane, stage, None)
        elif kind == "delete" and card is not None:
            command = DeleteCards(map_id, (card.id,))
        elif kind == "add":
            self.added += 1
            lane = CARD_LANES[c % len(CARD_LANES)]
            new = Card(
                id=f"new{self.added}",
                lane_id=lane,
                stage_id=stage,
                persona_id=persona,
                title=_words(c % 9 + 1),
                body=_words(c % 25),
            )
            command = AddCard(map_id, new, a % 4)
        elif kind == "stage":
            # Long words widen a column; short names give the width back.
            name = "Supercalifragilistic" * (c % 3) or f"Stage {c}"
            command = UpdateStage(map_id, stage, {"name": name})
        elif kind == "lane":
            lane = journey.lanes[a % len(journey.lanes)]
            command = UpdateLane(map_id, lane.id, {"title": _words(c % 14 + 1)})
        elif kind == "emotion":
            point = journey.emotion_points[a % len(journey.emotion_points)]
            command = UpdateEmotionPoint(map_id, point.id, {"score": c % 5 - 2})
        else:
            chosen = self.collapsed if kind == "collapse" else self.hidden
            chosen.symmetric_difference_update({persona})
            return
        self.project = command.apply(self.project)

    def layout(self, cache: LayoutCache | None) -> MapLayout:
        return layout(
            self.project.maps[0],
            self.project,
            cache=cache,
            collapsed=frozenset(self.collapsed),
            hidden=frozenset(self.hidden),
        )


def _moved_only(before: CardBox, after: CardBox) -> bool:
    """The same box but for its vertical place."""
    return (
        after.rect.x == before.rect.x
        and after.rect.w == before.rect.w
        and after.rect.h == before.rect.h
        and after.cell == before.cell
        and after.title_lines == before.title_lines
        and after.body_lines == before.body_lines
        and after.meta_lines == before.meta_lines
        and after.fill == before.fill
        and after.icon_rect == before.icon_rect
        and after.dots_rect == before.dots_rect
        and after.image_rect == before.image_rect
    )


def check_changes(previous: MapLayout, result: MapLayout) -> None:
    """`result.changes` tells the truth about what differs from `previous`."""
    changes = result.changes
    assert changes is not None and changes.previous() is previous
    moved_rows = getattr(changes, "moved_rows", frozenset())
    for card_id in set(previous.cards) | set(result.cards):
        before, after = previous.cards.get(card_id), result.cards.get(card_id)
        if card_id in changes.cards:
            continue
        # Not reported: the very same box, or a box its whole row carried up or down.
        assert before is not None and after is not None, card_id
        if after is not before:
            row = (after.cell.persona_id, after.cell.lane_id)
            assert row in moved_rows, card_id
            assert _moved_only(before, after), card_id


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(edits, min_size=1, max_size=8))
def test_an_incremental_layout_equals_a_fresh_one(steps: list[tuple[str, int, int, int]]) -> None:
    session = Session(BASE)
    previous = session.layout(session.cache)
    for kind, a, b, c in steps:
        session.apply(kind, a, b, c)
        result = session.layout(session.cache)
        assert result == session.layout(None), (kind, a, b, c)
        check_changes(previous, result)
        previous = result


def test_an_old_layout_still_answers_after_newer_ones() -> None:
    """Layouts are values: one made earlier keeps its boxes after the cache moves on."""
    session = Session(BASE)
    first = session.layout(session.cache)
    snapshot = {card_id: box for card_id, box in first.cards.items()}
    cells = dict(first.cells.filled)
    for step in (("body", 0, 0, 30), ("move_lane", 5, 1, 2), ("retitle", 9, 0, 11)):
        session.apply(*step)
        session.layout(session.cache)
    assert dict(first.cards.items()) == snapshot
    assert all(first.cards[card_id] == box for card_id, box in snapshot.items())
    assert dict(first.cells.filled) == cells
