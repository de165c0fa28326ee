"""A seeded generator of realistic large journey-map projects for the benchmarks.

The maps look like what a team types in after a workshop: named personas with photo
avatars, named stages, every lane kind (persona lanes and shared ones), cards whose titles
and bodies are drawn from a vocabulary of customer-experience phrases, channels,
severities, impacts and efforts, KPIs with targets, tags, evidence notes and an emotion
curve per persona. Cards are spread unevenly, as in real maps: some lanes and some stages
(the painful checkout, the onboarding) attract far more notes than others.

Sizes (one map each):

- ``small``:   2 personas x  6 stages,    150 cards (CI smoke run)
- ``large``:   8 personas x 30 stages,  5,000 cards (the budget map of DESIGN.md)
- ``xlarge``: 16 personas x 30 stages, 10,000 cards: twice the cards *and* twice the
  cells, so the density per cell (about 3 cards) is the same as ``large``; denser cells
  would instead test tall stacks, which is not what "a bigger map" means to a designer.
  It was 20,000 cards until the model's limits counted cards per project (10,000; see
  ``largest`` below for the project at every limit).

Everything is derived from one ``random.Random(seed)``, ids included, so the same size
and seed always produce the same project (byte for byte, apart from ``saved_at``).

Usage::

    python benchmarks/generate.py --size large -o large.mapstudio [--seed 7]

or, from Python, ``generate("large", seed=7) -> Project``. No Qt is needed: the avatar
PNGs are written with zlib and struct.
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from mapstudio.model import (
    PERSONA_COLORS,
    Asset,
    Card,
    Channel,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    MapKind,
    Persona,
    Project,
    Stage,
)
from mapstudio.model.types import MAX_CARDS


@dataclass(frozen=True)
class Size:
    """The shape of a generated map."""

    personas: int
    stages: int
    cards: int


SIZES: dict[str, Size] = {
    "small": Size(personas=2, stages=6, cards=150),
    "large": Size(personas=8, stages=30, cards=5_000),
    "xlarge": Size(personas=16, stages=30, cards=10_000),
}

DEFAULT_SEED = 20240601


def size_with_cards(cards: int) -> str:
    """The name of a map like ``xlarge`` with `cards` cards (registered in SIZES): 16
    personas, and as many stages as keep about 21 cards per persona and stage (30 for
    10,000 cards, 60 for 20,000; at most 100, the model's limit).

    Above the model's limit of 10,000 cards per project the map is made without the
    model's checks: only to measure what the limit keeps out (``run.py --cards``). Such
    a project cannot be saved or loaded, and commands that add cards refuse.
    """
    name = f"cards{cards}"
    stages = max(6, min(100, round(30 * cards / 10_000)))
    SIZES[name] = Size(personas=16, stages=stages, cards=cards)
    return name


# -- vocabulary ------------------------------------------------------------------------

FIRST_NAMES = (
    "Anna", "Ben", "Chiara", "Dmitri", "Emeka", "Fatima", "Grace", "Hiroshi", "Ingrid",
    "José", "Kwame", "Leila", "Marta", "Nikhil", "Olivia", "Pedro", "Quinn", "Rosa",
    "Søren", "Tomasz", "Uma", "Valentina", "Wei", "Yusuf", "Zoë",
)  # fmt: skip
LAST_NAMES = (
    "Berg", "Okafor", "Rossi", "Ivanov", "Nwosu", "Haddad", "Kim", "Tanaka", "Lund",
    "García", "Mensah", "Farah", "Nowak", "Sharma", "Brown", "Silva", "Murphy", "Ortega",
    "Jensen", "Kowalski", "Patel", "Bianchi", "Chen", "Demir", "Müller",
)  # fmt: skip
ROLES = (
    "First-time buyer", "Returning customer", "Small-business owner", "Busy parent",
    "Student on a budget", "Retired traveller", "IT procurement lead", "Gift shopper",
    "Loyal subscriber", "Price-sensitive switcher", "Accessibility-first user",
    "Frequent flyer", "Night-shift nurse", "Remote freelancer", "Landlord", "New arrival",
)  # fmt: skip
STAGE_NAMES = (
    "Trigger", "Awareness", "Research", "Compare options", "Consideration", "Ask friends",
    "Visit store", "Trial", "Decision", "Sign-up", "Checkout", "Payment", "Confirmation",
    "Wait for delivery", "Delivery", "Unboxing", "Set-up", "Onboarding", "First use",
    "Regular use", "Get help", "Billing", "Upgrade", "Renewal", "Complaint", "Resolution",
    "Recommend", "Review", "Loyalty", "Advocacy",
)  # fmt: skip
CHANNELS = tuple(Channel)
TAGS = (
    "checkout", "drop-off", "mobile", "trust", "pricing", "delivery", "support", "quick-win",
    "accessibility", "legal", "brand", "onboarding", "data", "Q3", "research", "survey",
    "interview", "analytics", "ops", "IT",
)  # fmt: skip
FEELINGS = (
    "curious", "hopeful", "confused", "anxious", "frustrated", "relieved", "delighted",
    "bored", "annoyed", "reassured", "impatient", "proud", "overwhelmed", "calm",
)  # fmt: skip
KPI_NAMES = (
    ("Conversion rate", "%"), ("Checkout drop-off", "%"), ("NPS", ""), ("CSAT", "/5"),
    ("Average handling time", "min"), ("First-contact resolution", "%"),
    ("Time to first value", "days"), ("Churn", "%"), ("Support tickets", "per week"),
    ("App rating", "stars"), ("Repeat purchase", "%"), ("Cost to serve", "€"),
)  # fmt: skip
EVIDENCE = (
    "Interview round 2, participant 7", "Survey, n=1,240", "Analytics, last 90 days",
    "Call-centre logs", "Usability test, task 3", "App-store reviews", "Diary study",
    "Sales team workshop", "",
)  # fmt: skip

# Phrases a workshop produces, per lane kind; titles and bodies are stitched from them.
PHRASES: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.ACTIONS: (
        "searches for reviews",
        "compares prices across sites",
        "opens the app again",
        "asks a friend for advice",
        "adds the item to the basket",
        "creates an account",
        "enters card details twice",
        "checks the delivery date",
        "calls the hotline",
        "reads the FAQ page",
        "downloads the invoice",
        "tracks the parcel",
        "sets up the device at home",
        "shares the link with a partner",
        "writes a review",
        "signs up for the newsletter",
        "returns one item",
        "updates the address",
    ),
    LaneKind.TOUCHPOINTS: (
        "product page",
        "comparison table",
        "promo email",
        "push notification",
        "live chat widget",
        "store assistant",
        "order confirmation",
        "delivery tracker",
        "help centre article",
        "Instagram ad",
        "call centre IVR",
        "onboarding tour",
        "billing portal",
        "loyalty card",
        "printed leaflet",
        "community forum",
    ),
    LaneKind.THOUGHTS: (
        "“is shipping really free?”",
        "“why do I need an account?”",
        "“this looks trustworthy”",
        "“I hope it arrives before the weekend”",
        "“too many options, I feel lost”",
        "“my friend loves this brand”",
        "“the price changed since yesterday”",
        "“finally, that was easy”",
        "“I don’t want to call anyone”",
        "“where is my confirmation email?”",
    ),
    LaneKind.PAIN_POINTS: (
        "long checkout form",
        "hidden delivery costs",
        "password rules are unclear",
        "chat answers slowly",
        "confirmation email arrives late",
        "no guest checkout",
        "coupon code rejected",
        "parcel left at the wrong door",
        "set-up guide is outdated",
        "invoice shows the wrong VAT",
        "hold music for twelve minutes",
        "app logs out after updates",
        "returns need a printer",
    ),
    LaneKind.OPPORTUNITIES: (
        "offer guest checkout",
        "show total price early",
        "save the basket across devices",
        "proactive delivery updates by SMS",
        "one-click reorder",
        "video set-up guide",
        "callback instead of waiting",
        "pre-fill the address from the postcode",
        "reward referrals",
        "plain-language billing",
        "self-service returns with QR code",
    ),
    LaneKind.NOTES: (
        "check with legal before launch",
        "ask research for more data",
        "overlaps with the loyalty project",
        "validate in the next sprint",
        "raised by three participants",
        "see the analytics dashboard",
        "owner: customer service lead",
        "revisit after the pricing change",
    ),
    LaneKind.BACKSTAGE: (
        "warehouse picks the order",
        "fraud check runs overnight",
        "CRM record is created",
        "agent has no order history",
        "payment provider retries",
        "stock levels sync hourly",
        "courier API times out",
        "marketing segment updated",
        "ticket routed to second line",
        "invoice batch job at midnight",
    ),
    LaneKind.KPIS: ("measured weekly", "from the BI dashboard", "baseline from last year"),
}
FILLER = (
    "customer", "often", "because", "during the", "after", "before", "which means",
    "especially on mobile", "in the evening", "for the second time", "without help",
    "in the store", "at home", "on the train", "with the family", "again", "quickly",
    "café", "naïve", "résumé", "—", "and then",
)  # fmt: skip

# Relative number of cards per lane kind: actions and pain points fill up, notes do not.
LANE_WEIGHTS: dict[tuple[LaneKind, LaneScope], float] = {
    (LaneKind.ACTIONS, LaneScope.PERSONA): 5.0,
    (LaneKind.TOUCHPOINTS, LaneScope.PERSONA): 4.0,
    (LaneKind.THOUGHTS, LaneScope.PERSONA): 3.0,
    (LaneKind.PAIN_POINTS, LaneScope.PERSONA): 3.5,
    (LaneKind.OPPORTUNITIES, LaneScope.PERSONA): 2.5,
    (LaneKind.NOTES, LaneScope.PERSONA): 1.0,
    # Shared lanes appear once rather than per persona, so per cell they are denser.
    (LaneKind.BACKSTAGE, LaneScope.SHARED): 10.0,
    (LaneKind.KPIS, LaneScope.SHARED): 4.0,
    (LaneKind.OPPORTUNITIES, LaneScope.SHARED): 6.0,
    (LaneKind.NOTES, LaneScope.SHARED): 2.0,
}

LANE_ORDER: tuple[tuple[LaneKind, LaneScope, str], ...] = (
    (LaneKind.ACTIONS, LaneScope.PERSONA, "Actions"),
    (LaneKind.TOUCHPOINTS, LaneScope.PERSONA, "Touchpoints"),
    (LaneKind.THOUGHTS, LaneScope.PERSONA, "Thoughts & quotes"),
    (LaneKind.EMOTIONS, LaneScope.PERSONA, "Emotions"),
    (LaneKind.PAIN_POINTS, LaneScope.PERSONA, "Pain points"),
    (LaneKind.OPPORTUNITIES, LaneScope.PERSONA, "Opportunities"),
    (LaneKind.NOTES, LaneScope.PERSONA, "Notes"),
    (LaneKind.BACKSTAGE, LaneScope.SHARED, "Backstage"),
    (LaneKind.KPIS, LaneScope.SHARED, "KPIs"),
    (LaneKind.OPPORTUNITIES, LaneScope.SHARED, "Shared opportunities"),
    (LaneKind.NOTES, LaneScope.SHARED, "Team notes"),
)

# -- images ----------------------------------------------------------------------------


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    )


def make_png(width: int, height: int, rgb: tuple[int, int, int], seed: int) -> bytes:
    """A small RGB PNG: a soft vertical gradient of `rgb` with a lighter disc (a "face").

    Written by hand (zlib + struct) so that generation needs no Qt and no Pillow.
    """
    rng = random.Random(seed)
    cx, cy, radius = width / 2, height * 0.42, min(width, height) * 0.22
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type 0 for every scanline
        shade = 0.75 + 0.25 * y / max(1, height - 1)
        for x in range(width):
            if (x - cx) ** 2 + (y - cy) ** 2 <= radius**2:
                pixel = (250, 224, 200)
            else:
                noise = rng.randint(-6, 6)
                pixel = tuple(max(0, min(255, int(c * shade) + noise)) for c in rgb)  # type: ignore[assignment]
            rows.extend(pixel)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _png_chunk(b"IEND", b"")
    )


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


# -- generation ------------------------------------------------------------------------


class _Maker:
    """One generation run: the random source and the id counter."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def id(self) -> str:
        # Like model.new_id (16 hex digits) but drawn from the seeded source.
        return f"{self.rng.getrandbits(64):016x}"

    def words(self, phrases: tuple[str, ...], low: int, high: int) -> str:
        """Text of `low`..`high` words stitched from phrases and filler words."""
        rng = self.rng
        target = rng.randint(low, high)
        words: list[str] = []
        while len(words) < target:
            source = phrases if not words or rng.random() < 0.6 else FILLER
            words.extend(rng.choice(source).split(" "))
        text = " ".join(words[:target])
        return text[:1].upper() + text[1:] if text else text


def generate(size: str = "large", seed: int = DEFAULT_SEED) -> Project:
    """A realistic project of the named size (see SIZES and size_with_cards), the same
    for the same seed."""
    if size not in SIZES and size.startswith("cards") and size[5:].isdigit():
        size_with_cards(int(size[5:]))
    shape = SIZES[size]
    mk = _Maker(seed)
    rng = mk.rng

    assets: dict[str, Asset] = {}
    personas: list[Persona] = []
    for i in range(shape.personas):
        color = PERSONA_COLORS[i % len(PERSONA_COLORS)]
        photo = Asset.from_bytes(make_png(48, 48, _rgb(color), seed + i), "image/png", 48, 48)
        photo = photo.model_copy(update={"id": mk.id()})
        assets[photo.id] = photo
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = LAST_NAMES[(i * 7) % len(LAST_NAMES)]
        personas.append(
            Persona(
                id=mk.id(),
                name=f"{first} {last}",
                role=ROLES[i % len(ROLES)],
                description=mk.words(PHRASES[LaneKind.ACTIONS], 15, 40),
                goals=tuple(mk.words(PHRASES[LaneKind.OPPORTUNITIES], 3, 7) for _ in range(3)),
                needs=tuple(mk.words(PHRASES[LaneKind.TOUCHPOINTS], 3, 6) for _ in range(2)),
                frustrations=tuple(mk.words(PHRASES[LaneKind.PAIN_POINTS], 3, 7) for _ in range(3)),
                quote=rng.choice(PHRASES[LaneKind.THOUGHTS]),
                photo_asset_id=photo.id,
                color=color,
            )
        )
    # A few card pictures, as when screenshots are pasted onto notes.
    pictures = []
    for n in range(3):
        picture = Asset.from_bytes(
            make_png(96, 64, (120 + 40 * n, 140, 180), seed * 3 + n), "image/png", 96, 64
        )
        picture = picture.model_copy(update={"id": mk.id()})
        assets[picture.id] = picture
        pictures.append(picture.id)

    stages = tuple(
        Stage(
            id=mk.id(),
            name=STAGE_NAMES[s % len(STAGE_NAMES)]
            + (f" {s // len(STAGE_NAMES) + 1}" if s >= len(STAGE_NAMES) else ""),
            description=mk.words(PHRASES[LaneKind.ACTIONS], 0, 12),
        )
        for s in range(shape.stages)
    )
    lanes = tuple(Lane(id=mk.id(), kind=k, scope=sc, title=t) for k, sc, t in LANE_ORDER)

    # Every card cell with its weight: the lane kind's weight times a per-stage and
    # per-persona "heat", so some columns and bands are much busier than others.
    stage_heat = [rng.uniform(0.3, 1.7) for _ in stages]
    persona_heat = [rng.uniform(0.6, 1.4) for _ in personas]
    cells: list[tuple[str | None, Lane, Stage]] = []
    weights: list[float] = []
    for lane in lanes:
        if lane.kind is LaneKind.EMOTIONS:
            continue
        weight = LANE_WEIGHTS[(lane.kind, lane.scope)]
        owners = (
            list(zip(personas, persona_heat, strict=True))
            if lane.scope is LaneScope.PERSONA
            else [(None, 1.0)]
        )
        for persona, heat in owners:
            for stage, s_heat in zip(stages, stage_heat, strict=True):
                cells.append((persona.id if persona else None, lane, stage))
                weights.append(weight * heat * s_heat)
    chosen = rng.choices(range(len(cells)), weights=weights, k=shape.cards)
    per_cell: dict[int, int] = {}
    cards: list[Card] = []
    for cell_index in chosen:
        persona_id, lane, stage = cells[cell_index]
        order = per_cell.get(cell_index, 0)
        per_cell[cell_index] = order + 1
        cards.append(_card(mk, persona_id, lane, stage, order, pictures))
    # Cards were appended in draw order, not cell order: a file edited for weeks is mixed.
    rng.shuffle(cards)

    points: list[EmotionPoint] = []
    for persona in personas:
        score = rng.randint(-1, 1)
        for stage in stages:
            for offset in sorted(rng.sample((0.2, 0.5, 0.8), rng.choice((1, 1, 2)))):
                score = max(-2, min(2, score + rng.choice((-2, -1, 0, 0, 1, 1, 2))))
                points.append(
                    EmotionPoint(
                        id=mk.id(),
                        persona_id=persona.id,
                        stage_id=stage.id,
                        offset=offset,
                        score=score,
                        feeling=rng.choice(FEELINGS),
                        note=mk.words(PHRASES[LaneKind.THOUGHTS], 0, 15),
                    )
                )

    # Past the model's limit (see size_with_cards) the cards go in unchecked.
    checked, unchecked = cards[:MAX_CARDS], cards[MAX_CARDS:]
    journey = JourneyMap(
        id=mk.id(),
        title=f"Online purchase — {size} benchmark map",
        scenario=mk.words(PHRASES[LaneKind.ACTIONS], 20, 40),
        kind=MapKind.CURRENT_STATE,
        stages=stages,
        lanes=lanes,
        bands=tuple(p.id for p in personas),
        cards=tuple(checked),
        emotion_points=tuple(points),
    )
    project = Project(
        id=mk.id(),
        title=f"Benchmark project ({size}, seed {seed})",
        personas=tuple(personas),
        maps=(journey,),
        assets=assets,
    )
    if unchecked:
        journey = journey.model_copy(update={"cards": (*checked, *unchecked)})
        project = project.model_copy(update={"maps": (journey,)})
    return project


def _card(
    mk: _Maker,
    persona_id: str | None,
    lane: Lane,
    stage: Stage,
    order: int,
    pictures: list[str],
) -> Card:
    rng = mk.rng
    kind = lane.kind
    fields: dict[str, object] = {}
    if kind is LaneKind.KPIS:
        name, unit = rng.choice(KPI_NAMES)
        value = round(rng.uniform(1, 95), 1)
        fields.update(
            title=name,
            body=mk.words(PHRASES[LaneKind.KPIS], 0, 8),
            value=value,
            target=round(value * rng.uniform(0.7, 1.3), 1),
            unit=unit,
        )
    else:
        # Thoughts are quotes: mostly body. Others: a title of 3-9 words and 0-40 words.
        title_range = (3, 6) if kind is LaneKind.THOUGHTS else (3, 9)
        fields.update(
            title=mk.words(PHRASES[kind], *title_range),
            body=mk.words(PHRASES[kind], 0, rng.choice((0, 8, 15, 25, 40))),
        )
    if kind is LaneKind.TOUCHPOINTS:
        fields["channel"] = rng.choice(CHANNELS)
    elif kind is LaneKind.PAIN_POINTS:
        fields["severity"] = rng.randint(1, 5)
    elif kind is LaneKind.OPPORTUNITIES:
        fields["impact"] = rng.randint(1, 5)
        fields["effort"] = rng.randint(1, 5)
    if rng.random() < 0.45:
        fields["tags"] = tuple(rng.sample(TAGS, rng.randint(1, 3)))
    if rng.random() < 0.3:
        fields["evidence"] = rng.choice(EVIDENCE)
    if rng.random() < 0.04:
        fields["color"] = rng.choice(("#FFF4B8", "#FFD6E0", "#D6F5E3", "#D9E8FF"))
    if rng.random() < 0.01:
        fields["image_asset_id"] = rng.choice(pictures)
    return Card(
        id=mk.id(),
        lane_id=lane.id,
        stage_id=stage.id,
        persona_id=persona_id,
        order=order,
        **fields,  # type: ignore[arg-type]
    )


# -- the largest project the limits accept -----------------------------------------------

LARGEST_SHAPES = ("spread", "crowded")
_LETTERS = bytes(ord("a") + b % 26 for b in range(256))
_WORDS = bytes(ord(" ") if b < 37 else ord("a") + b % 26 for b in range(256))


def largest(shape: str = "spread", seed: int = DEFAULT_SEED) -> Project:
    """The largest project the model accepts, for the benchmark of the limits.

    Every count is at its limit at once: personas, maps, and on every map the stages,
    lanes and bands; the cards and emotion points of the whole project are all on the
    first map, the one that opens. Every text that is drawn is as long as the model
    allows (names, titles, lane titles, tags, feelings), so every box shows all the
    lines it may, and card bodies are long enough that the file nearly reaches the
    loader's size limit. Texts are random words, each measured afresh (the costliest
    text to lay out and to print), and tags are one long word each, which the layout
    breaks character by character. `shape` "spread" spreads the cards over the first map's cells;
    "crowded" puts every card in one cell. No pictures: their cost is measured apart.
    """
    from mapstudio.fileformat import DEFAULT_MAX_BYTES, dumps_project
    from mapstudio.model.types import (
        MAX_BANDS,
        MAX_CARDS,
        MAX_EMOTION_POINTS,
        MAX_LANES,
        MAX_MAPS,
        MAX_NAME,
        MAX_PERSONAS,
        MAX_STAGES,
        MAX_TAG,
        MAX_TAGS,
        MAX_TEXT,
    )

    if shape not in LARGEST_SHAPES:
        raise ValueError(f"unknown shape {shape!r}")
    mk = _Maker(seed)
    rng = mk.rng

    def text(length: int, spaces: bool = True) -> str:
        # Random bytes as letters and (one in seven) spaces: quick, and every word new.
        letters = rng.randbytes(length).translate(_WORDS if spaces else _LETTERS)
        return letters.decode("ascii").strip() or "x"

    personas = tuple(
        Persona(
            id=mk.id(),
            name=text(MAX_NAME),
            role=text(MAX_NAME),
            color=PERSONA_COLORS[i % len(PERSONA_COLORS)],
        )
        for i in range(MAX_PERSONAS)
    )
    kinds = [kind for kind, scope, _ in LANE_ORDER if scope is LaneScope.PERSONA]
    kinds += [LaneKind.BACKSTAGE, LaneKind.KPIS]

    def lane(i: int) -> Lane:
        kind = kinds[i % len(kinds)]
        scope = (
            LaneScope.SHARED if kind in (LaneKind.BACKSTAGE, LaneKind.KPIS) else LaneScope.PERSONA
        )
        return Lane(id=mk.id(), kind=kind, scope=scope, title=text(MAX_NAME))

    bands = tuple(p.id for p in personas[:MAX_BANDS])
    maps: list[JourneyMap] = []
    for m in range(MAX_MAPS):
        maps.append(
            JourneyMap(
                id=mk.id(),
                title=text(MAX_NAME),
                scenario=text(MAX_NAME),
                stages=tuple(Stage(id=mk.id(), name=text(MAX_NAME)) for _ in range(MAX_STAGES)),
                lanes=tuple(lane(i + m) for i in range(MAX_LANES)),
                bands=bands,
            )
        )
    first = maps[0]
    card_cells = [
        (persona_id, ln, stage)
        for ln in first.lanes
        if ln.kind is not LaneKind.EMOTIONS
        for persona_id in (bands if ln.scope is LaneScope.PERSONA else (None,))
        for stage in first.stages
    ]
    if shape == "crowded":
        card_cells = card_cells[:1]
    cards = []
    for i in range(MAX_CARDS):
        persona_id, ln, stage = card_cells[i % len(card_cells)]
        extra: dict[str, object] = {}
        if ln.kind is LaneKind.TOUCHPOINTS:
            extra["channel"] = CHANNELS[i % len(CHANNELS)]
        elif ln.kind is LaneKind.PAIN_POINTS:
            extra["severity"] = 1 + i % 5
        elif ln.kind is LaneKind.OPPORTUNITIES:
            extra.update(impact=1 + i % 5, effort=1 + (i // 5) % 5)
        elif ln.kind is LaneKind.KPIS:
            extra.update(value=123456.789, target=987654.321, unit=text(20))
        cards.append(
            Card(
                id=mk.id(),
                lane_id=ln.id,
                stage_id=stage.id,
                persona_id=persona_id,
                order=i // len(card_cells),
                title=text(MAX_NAME),
                tags=tuple(text(MAX_TAG, spaces=False) for _ in range(MAX_TAGS)),
                **extra,  # type: ignore[arg-type]
            )
        )
    emotion_lane = next(ln for ln in first.lanes if ln.kind is LaneKind.EMOTIONS)
    assert emotion_lane.scope is LaneScope.PERSONA
    points = tuple(
        EmotionPoint(
            id=mk.id(),
            persona_id=bands[i % len(bands)],
            stage_id=first.stages[(i // len(bands)) % len(first.stages)].id,
            offset=rng.random(),
            score=rng.randint(-2, 2),
            feeling=text(MAX_NAME),
        )
        for i in range(MAX_EMOTION_POINTS)
    )
    maps[0] = first.model_copy(update={"cards": tuple(cards), "emotion_points": points})
    project = Project(id=mk.id(), title=text(MAX_NAME), personas=personas, maps=tuple(maps))
    # Fill the file to just under the loader's limit with card bodies (a margin for the
    # few bytes a body's escapes may add).
    size = len(dumps_project(project).encode("utf-8"))
    room = int(DEFAULT_MAX_BYTES * 0.98) - size
    body = min(MAX_TEXT, max(0, room // MAX_CARDS - len(', "body": ""')))
    filled = tuple(c.model_copy(update={"body": text(body)}) for c in cards)
    maps[0] = maps[0].model_copy(update={"cards": filled})
    return project.model_copy(update={"maps": tuple(maps)})


def main(argv: list[str] | None = None) -> int:
    """`generate.py --size large -o OUT.mapstudio [--seed N]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .mapstudio file")
    args = parser.parse_args(argv)

    from mapstudio.fileformat import load_project, save_project
    from mapstudio.model import integrity_problems

    project = generate(args.size, args.seed)
    problems = integrity_problems(project)
    if problems:  # a bug of the generator, never expected
        print("\n".join(problems[:10]), file=sys.stderr)
        return 1
    save_project(project, args.output)
    warnings = load_project(args.output).warnings
    journey = project.maps[0]
    print(
        f"{args.output}: {len(project.personas)} personas, {len(journey.stages)} stages, "
        f"{len(journey.lanes)} lanes, {len(journey.cards)} cards, "
        f"{len(journey.emotion_points)} emotion points, "
        f"{args.output.stat().st_size / 1e6:.1f} MB, {len(warnings)} load warnings"
    )
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
