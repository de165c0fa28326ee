"""Fixtures of the fileformat tests: the fixture folder and a rich example project."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mapstudio.model import (
    Asset,
    Card,
    Channel,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    MapKind,
    Persona,
    Project,
    Stage,
)

from .strategies import jpeg_header

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "fileformat"

# A 1x1 PNG, and the header segments of a 640x480 JPEG: enough for the type and size
# checks, which read headers only.
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
JPEG_BYTES = jpeg_header(640, 480)


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def minimal_document() -> dict[str, Any]:
    """The parsed minimal.mapstudio fixture, fresh for every test to change."""
    return json.loads((FIXTURES / "minimal.mapstudio").read_text(encoding="utf-8"))


def build_rich_project() -> Project:
    """A project that uses every field of every object, including images."""
    photo = Asset.from_bytes(PNG_BYTES, "image/png", 1, 1)
    picture = Asset.from_bytes(JPEG_BYTES, "image/jpeg", 640, 480)
    ana = Persona(
        name="Ana Souza",
        role="First-time buyer",
        description="Buys gifts online, mostly on her phone.",
        goals=("Find a gift fast", "Stay on budget"),
        needs=("Clear delivery dates",),
        frustrations=("Hidden costs", "Long forms"),
        quote="Is shipping free? «Ça dépend» 🤔",
        photo_asset_id=photo.id,
        color="#C8553D",
    )
    ben = Persona(name="Ben", role="Returning customer", color="#3E8E6E")
    stages = tuple(Stage(name=n, description=f"The {n} stage") for n in ("Search", "Checkout"))
    lanes = (
        Lane(kind=LaneKind.ACTIONS, title="Actions"),
        Lane(kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(kind=LaneKind.EMOTIONS, title="Emotions"),
        Lane(kind=LaneKind.PAIN_POINTS, title="Pain points"),
        Lane(kind=LaneKind.OPPORTUNITIES, scope=LaneScope.SHARED, title="Ideas"),
        Lane(kind=LaneKind.KPIS, scope=LaneScope.SHARED, title="KPIs"),
    )
    search, checkout = stages
    actions, touch, _, pain, ideas, kpis = lanes
    cards = (
        Card(lane_id=actions.id, stage_id=search.id, persona_id=ana.id, title="Searches"),
        Card(
            lane_id=touch.id,
            stage_id=search.id,
            persona_id=ben.id,
            order=1,
            title="Instagram ad",
            channel=Channel.SOCIAL,
            image_asset_id=picture.id,
        ),
        Card(
            lane_id=pain.id,
            stage_id=checkout.id,
            persona_id=ana.id,
            title="Slow checkout",
            body="Seven steps and a forced sign-up.\nShe gives up twice.",
            severity=5,
            tags=("drop-off", "mobile"),
            color="#FFEE88",
            evidence="Analytics, March; 12 interviews",
        ),
        Card(
            lane_id=ideas.id,
            stage_id=checkout.id,
            title="Guest checkout",
            impact=5,
            effort=2,
        ),
        Card(
            lane_id=kpis.id,
            stage_id=checkout.id,
            title="Conversion",
            value=2.75,
            target=4.0,
            unit="%",
        ),
    )
    points = (
        EmotionPoint(
            persona_id=ana.id, stage_id=search.id, offset=0.25, score=1, feeling="curious"
        ),
        EmotionPoint(
            persona_id=ana.id,
            stage_id=checkout.id,
            offset=0.8,
            score=-2,
            feeling="frustrated",
            note="Asked to create an account",
        ),
        EmotionPoint(persona_id=ben.id, stage_id=checkout.id, score=0),
    )
    current = JourneyMap(
        title="Checkout today",
        scenario="Buying a birthday gift",
        kind=MapKind.CURRENT_STATE,
        stages=stages,
        lanes=lanes,
        bands=(ana.id, ben.id),
        cards=cards,
        emotion_points=points,
        emotion_scale=EmotionScale(),
    )
    future = JourneyMap(
        title="Checkout tomorrow",
        kind=MapKind.FUTURE_STATE,
        future_state_of=current.id,
        stages=stages,
        lanes=lanes[:2],
        bands=(ana.id,),
        emotion_scale=EmotionScale(min=1, max=3, labels=("Low", "Okay", "High")),
    )
    return Project(
        title="Online shop",
        personas=(ana, ben),
        maps=(current, future),
        assets={photo.id: photo, picture.id: picture},
    )


@pytest.fixture
def rich_project() -> Project:
    return build_rich_project()
