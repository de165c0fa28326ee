"""Test support for mapstudio.edit: a small sample project with readable ids, and checks.

Named uniquely (not helpers.py) so it cannot clash with another test folder's module.
"""

from __future__ import annotations

from mapstudio.model import (
    CLASSIC_STAGES,
    DEFAULT_LANE_KINDS,
    Asset,
    Card,
    EmotionPoint,
    JourneyMap,
    Persona,
    Project,
    Stage,
    blank_map,
    cards_in_cell,
    default_lane,
    find_map,
    index_cells,
    integrity_problems,
)

PNG = b"\x89PNG\r\n\x1a\nnot-really-a-png"


def card(card_id: str, lane: str, stage: str, persona: str | None, order: int) -> Card:
    return Card(
        id=card_id, lane_id=lane, stage_id=stage, persona_id=persona, order=order, title=card_id
    )


def sample_project() -> Project:
    """Two personas (p1, p2), map m1 with stages s0..s4, lanes named by kind, cards:

    p1/actions/s0: a0 a1 a2     p1/actions/s1: b0 b1     p2/touchpoints/s0: t0
    shared backstage/s0: k0 k1  p2/opportunities/s2: o0
    emotion points e1 (p1, s0), e2 (p1, s2), e3 (p2, s1); a second map m2 showing p2 with
    one card; image img1 used by p1's photo and by card a1.
    """
    asset = Asset.from_bytes(PNG, "image/png", 1, 1).model_copy(update={"id": "img1"})
    p1 = Persona(id="p1", name="Alex", role="Buyer", color="#3A6EA5", photo_asset_id="img1")
    p2 = Persona(id="p2", name="Sam", role="Returner", color="#C8553D")
    stages = tuple(Stage(id=f"s{i}", name=name) for i, name in enumerate(CLASSIC_STAGES))
    lanes = tuple(
        default_lane(kind).model_copy(update={"id": kind.value}) for kind in DEFAULT_LANE_KINDS
    )
    cards = (
        card("a0", "actions", "s0", "p1", 0),
        card("a1", "actions", "s0", "p1", 1).model_copy(update={"image_asset_id": "img1"}),
        card("a2", "actions", "s0", "p1", 2),
        card("b0", "actions", "s1", "p1", 0),
        card("b1", "actions", "s1", "p1", 1),
        card("t0", "touchpoints", "s0", "p2", 0),
        card("k0", "backstage", "s0", None, 0),
        card("k1", "backstage", "s0", None, 1),
        card("o0", "opportunities", "s2", "p2", 0),
    )
    points = (
        EmotionPoint(id="e1", persona_id="p1", stage_id="s0", offset=0.5, score=1),
        EmotionPoint(id="e2", persona_id="p1", stage_id="s2", offset=0.3, score=-2),
        EmotionPoint(id="e3", persona_id="p2", stage_id="s1", offset=0.5, score=0),
    )
    m1 = JourneyMap(
        id="m1",
        title="Online purchase",
        stages=stages,
        lanes=lanes,
        bands=("p1", "p2"),
        cards=cards,
        emotion_points=points,
    )
    m2 = blank_map("Store visit", personas=(p2,)).model_copy(update={"id": "m2"})
    m2 = m2.model_copy(update={"cards": (card("x0", m2.lanes[0].id, m2.stages[0].id, "p2", 0),)})
    project = Project(
        id="proj", title="Shop", personas=(p1, p2), maps=(m1, m2), assets={"img1": asset}
    )
    assert_sound(project)
    return project


def cell(
    project: Project, persona: str | None, lane: str, stage: str, map_id: str = "m1"
) -> list[str]:
    """The ids of one cell's cards, top to bottom."""
    return [c.id for c in cards_in_cell(find_map(project, map_id), lane, stage, persona)]


def assert_sound(project: Project) -> None:
    """No broken references, and every cell numbered 0..n-1."""
    assert integrity_problems(project) == []
    for journey_map in project.maps:
        for key, cards in index_cells(journey_map).items():
            assert [c.order for c in cards] == list(range(len(cards))), key
