"""Hypothesis strategies for valid mapstudio projects, reusable by any test package.

`projects()` draws projects that pass validation and `integrity_problems`: every
reference points at something that exists, ids are unique, scores lie on the scale.
"""

from __future__ import annotations

import string
import struct
import zlib
from typing import Any

from hypothesis import strategies as st

from mapstudio.model import (
    LANE_KIND_SCOPES,
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
from mapstudio.model.types import MAX_CARDS, MAX_IMAGE_PIXELS, MAX_NAME, MAX_TAG

ID_ALPHABET = string.ascii_letters + string.digits + "-_"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def png_header(width: int, height: int) -> bytes:
    """The signature and IHDR chunk of a PNG of that size (enough for the size check)."""
    ihdr = struct.pack(">II5B", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return PNG_MAGIC + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))


def jpeg_header(width: int, height: int) -> bytes:
    """SOI, a JFIF APP0 and a baseline SOF0 segment of that size, then EOI."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = (
        b"\xff\xc0\x00\x11\x08"
        + struct.pack(">HH", height, width)
        + (b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    )
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


# Any text a designer might type: minus lone surrogates (which UTF-8 cannot hold and
# which get their own test) and control characters other than line breaks and tabs
# (the loader removes them; tests/fileformat/test_hostile.py covers that).
characters = st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\n\t")
texts = st.text(characters, max_size=40)
names = texts.map(lambda s: s[:MAX_NAME])
tags = st.text(characters, min_size=1, max_size=MAX_TAG)
colors = st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z")
levels = st.integers(min_value=1, max_value=5)
numbers = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)
offsets = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
ids = st.text(ID_ALPHABET, min_size=1, max_size=24)

# Unknown fields, as a newer minor version might write them; the "x_" prefix keeps them
# clear of every field the model declares.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | numbers | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
extras = st.dictionaries(
    st.text(string.ascii_lowercase, min_size=1, max_size=8).map("x_".__add__),
    json_values,
    max_size=2,
)


@st.composite
def unique_ids(draw: st.DrawFn, count: int) -> list[str]:
    """`count` distinct ids."""
    return draw(st.lists(ids, min_size=count, max_size=count, unique=True))


@st.composite
def assets(draw: st.DrawFn) -> Asset:
    mime, header = draw(st.sampled_from([("image/png", png_header), ("image/jpeg", jpeg_header)]))
    width = draw(st.integers(1, 8000))
    height = draw(st.integers(1, min(8000, MAX_IMAGE_PIXELS // width)))
    data = header(width, height) + draw(st.binary(max_size=48))
    return Asset.from_bytes(data, mime, width, height).model_copy(update={"id": draw(ids)})


@st.composite
def emotion_scales(draw: st.DrawFn) -> EmotionScale:
    low = draw(st.integers(-10, 5))
    steps = draw(st.integers(2, 11))
    labels = tuple(draw(st.lists(names, min_size=steps, max_size=steps)))
    return EmotionScale(min=low, max=low + steps - 1, labels=labels)


@st.composite
def lanes(draw: st.DrawFn, lane_id: str) -> Lane:
    kind = draw(st.sampled_from(list(LaneKind)))
    scope = draw(st.sampled_from(LANE_KIND_SCOPES[kind]))
    return Lane(id=lane_id, kind=kind, scope=scope, title=draw(names))


@st.composite
def journey_maps(
    draw: st.DrawFn,
    map_id: str,
    other_map_ids: list[str],
    persona_ids: list[str],
    asset_ids: list[str],
    max_cards: int = 8,
) -> JourneyMap:
    stage_ids = draw(unique_ids(draw(st.integers(0, 4))))
    stages = tuple(Stage(id=i, name=draw(names), description=draw(texts)) for i in stage_ids)
    lane_list = tuple(draw(lanes(i)) for i in draw(unique_ids(draw(st.integers(0, 5)))))
    bands = tuple(draw(st.permutations(persona_ids)))[: draw(st.integers(0, len(persona_ids)))]
    scale = draw(emotion_scales())

    card_lanes = [
        lane
        for lane in lane_list
        if lane.kind is not LaneKind.EMOTIONS and (lane.scope is LaneScope.SHARED or bands)
    ]
    cards: list[Card] = []
    if stages and card_lanes:
        for card_id in draw(unique_ids(draw(st.integers(0, max_cards)))):
            lane = draw(st.sampled_from(card_lanes))
            persona = None if lane.scope is LaneScope.SHARED else draw(st.sampled_from(bands))
            cards.append(
                Card(
                    id=card_id,
                    lane_id=lane.id,
                    stage_id=draw(st.sampled_from(stage_ids)),
                    persona_id=persona,
                    order=draw(st.integers(0, MAX_CARDS)),
                    title=draw(names),
                    body=draw(texts),
                    channel=draw(st.none() | st.sampled_from(list(Channel))),
                    severity=draw(st.none() | levels),
                    impact=draw(st.none() | levels),
                    effort=draw(st.none() | levels),
                    value=draw(st.none() | numbers),
                    target=draw(st.none() | numbers),
                    unit=draw(names),
                    tags=tuple(draw(st.lists(tags, max_size=3))),
                    color=draw(st.none() | colors),
                    image_asset_id=draw(st.none() | st.sampled_from(asset_ids))
                    if asset_ids
                    else None,
                    evidence=draw(texts),
                    **draw(extras),
                )
            )
    points: list[EmotionPoint] = []
    if stages and bands:
        for point_id in draw(unique_ids(draw(st.integers(0, 5)))):
            points.append(
                EmotionPoint(
                    id=point_id,
                    persona_id=draw(st.sampled_from(bands)),
                    stage_id=draw(st.sampled_from(stage_ids)),
                    offset=draw(offsets),
                    score=draw(st.integers(scale.min, scale.max)),
                    feeling=draw(names),
                    note=draw(texts),
                )
            )
    others = [i for i in other_map_ids if i != map_id]
    return JourneyMap(
        id=map_id,
        title=draw(names),
        scenario=draw(texts),
        kind=draw(st.sampled_from(list(MapKind))),
        future_state_of=draw(st.none() | st.sampled_from(others)) if others else None,
        stages=stages,
        lanes=lane_list,
        bands=bands,
        cards=tuple(cards),
        emotion_points=tuple(points),
        emotion_scale=scale,
        **draw(extras),
    )


@st.composite
def projects(
    draw: st.DrawFn, max_personas: int = 3, max_maps: int = 2, max_cards: int = 8
) -> Project:
    """A random valid project."""
    asset_list = draw(st.lists(assets(), max_size=2, unique_by=lambda a: a.id))
    asset_ids = [a.id for a in asset_list]
    personas = tuple(
        Persona(
            id=persona_id,
            name=draw(names),
            role=draw(names),
            description=draw(texts),
            goals=tuple(draw(st.lists(names, max_size=3))),
            needs=tuple(draw(st.lists(names, max_size=3))),
            frustrations=tuple(draw(st.lists(names, max_size=3))),
            quote=draw(texts),
            photo_asset_id=draw(st.none() | st.sampled_from(asset_ids)) if asset_ids else None,
            color=draw(colors),
        )
        for persona_id in draw(unique_ids(draw(st.integers(0, max_personas))))
    )
    persona_ids = [p.id for p in personas]
    map_ids = draw(unique_ids(draw(st.integers(1, max_maps))))
    maps = tuple(
        draw(journey_maps(map_id, map_ids, persona_ids, asset_ids, max_cards)) for map_id in map_ids
    )
    extra: dict[str, Any] = draw(extras)
    return Project(
        id=draw(ids),
        title=draw(names),
        personas=personas,
        maps=maps,
        assets={a.id: a for a in asset_list},
        **extra,
    )
