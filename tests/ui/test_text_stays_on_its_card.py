"""Combining marks by the thousand on one letter stay on their card, on screen and in
pictures (issue 12, finding 9): the layout keeps at most a few dozen marks per letter,
and card and header text is clipped to its box."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from mapstudio.layout import layout
from mapstudio.layout.text import MAX_MARKS_PER_BASE
from mapstudio.model import Card, JourneyMap, Lane, LaneKind, LaneScope, Project, Stage
from mapstudio.model.types import MAX_NAME, MAX_TEXT
from mapstudio.ui.image_export import render_image

ACUTE = "\u0301"


def _project() -> Project:
    first, second = Stage(name="Buy"), Stage(name="Use")
    notes = Lane(kind=LaneKind.NOTES, title="Notes", scope=LaneScope.SHARED)
    ideas = Lane(kind=LaneKind.OPPORTUNITIES, title="Ideas", scope=LaneScope.SHARED)
    cards = (
        Card(lane_id=ideas.id, stage_id=first.id, title="Neighbour above"),
        Card(lane_id=notes.id, stage_id=first.id, title="Z", body="a"),
        Card(lane_id=notes.id, stage_id=second.id, title="Neighbour beside"),
    )
    journey = JourneyMap(title="Marks", stages=(first, second), lanes=(ideas, notes), cards=cards)
    return Project(title="Marks", maps=(journey,))


def _with_marks(project: Project, where: str) -> Project:
    """The same project (same ids, so the same places) with a tower of marks on the
    letters of the middle card or of the first stage's name."""
    journey = project.maps[0]
    stages, cards = list(journey.stages), list(journey.cards)
    if where == "card":
        cards[1] = Card.model_validate(
            cards[1].model_dump()
            | {"title": "Z" + ACUTE * (MAX_NAME - 1), "body": "a" + ACUTE * (MAX_TEXT - 1)}
        )
    else:
        stages[0] = Stage.model_validate(stages[0].model_dump() | {"name": "B" + ACUTE * 199})
    changed = journey.model_copy(update={"stages": tuple(stages), "cards": tuple(cards)})
    return project.model_copy(update={"maps": (changed,)})


def _differences(a: QImage, b: QImage) -> list[tuple[int, int]]:
    assert (a.width(), a.height()) == (b.width(), b.height())
    return [
        (x, y)
        for y in range(a.height())
        for x in range(a.width())
        if a.pixel(x, y) != b.pixel(x, y)
    ]


@pytest.mark.parametrize("where", ["card", "stage header"])
def test_a_tower_of_combining_marks_stays_in_its_box(qapp, where: str) -> None:  # type: ignore[no-untyped-def]
    plain = _project()
    hostile = _with_marks(plain, where)
    plain_layout = layout(plain.maps[0], plain)
    hostile_layout = layout(hostile.maps[0], hostile)
    if where == "card":
        card_id = plain.maps[0].cards[1].id
        box = hostile_layout.cards[card_id].rect
        assert box == plain_layout.cards[card_id].rect, "marks take no room"
    else:
        box = hostile_layout.stage_headers[0].rect
        assert box == plain_layout.stage_headers[0].rect
    assert (hostile_layout.width, hostile_layout.height) == (
        plain_layout.width,
        plain_layout.height,
    )

    map_id = plain.maps[0].id
    ours = render_image(hostile, map_id, dpi=72)
    theirs = render_image(plain, map_id, dpi=72)
    changed = _differences(ours, theirs)
    outside = [
        (x, y)
        for x, y in changed
        if not (box.x - 1 <= x <= box.right + 1 and box.y - 1 <= y <= box.bottom + 1)
    ]
    assert outside == [], f"{len(outside)} pixels changed outside the {where}"
    assert changed, "the marks are drawn (in the box)"
    if where == "card":  # and no more of them than a letter can carry
        lines = hostile_layout.cards[card_id].body_lines
        assert lines[0].text == "a" + ACUTE * MAX_MARKS_PER_BASE
