"""What the palette offers and what each entry creates where it is dropped.

The palette dock shows these entries; the canvas decides with `accepts` whether an entry
may land in a lane and builds the new card with `new_card`.
"""

from __future__ import annotations

from dataclasses import dataclass

from mapstudio.layout.glyphs import CHANNEL_GLYPHS, FACE_GLYPHS, KIND_GLYPHS, Glyph
from mapstudio.model import CHANNEL_TITLES, Card, Channel, LaneKind

PALETTE_MIME = "application/x-mapstudio-palette"
PERSONA_MIME = "application/x-mapstudio-persona"

STAGE_KEY = "stage"
EMOTION_KEY = "emotion"


@dataclass(frozen=True)
class PaletteEntry:
    """One thing a designer can drag onto the map."""

    key: str
    title: str
    hint: str
    glyph: Glyph
    kind: LaneKind | None = None  # the lane kind a card entry goes into
    channel: Channel | None = None


DEFAULT_TITLES: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "New action",
    LaneKind.TOUCHPOINTS: "New touchpoint",
    LaneKind.THOUGHTS: "New thought",
    LaneKind.PAIN_POINTS: "New pain point",
    LaneKind.OPPORTUNITIES: "New opportunity",
    LaneKind.BACKSTAGE: "Backstage step",
    LaneKind.KPIS: "New KPI",
    LaneKind.NOTES: "Note",
}


def _card_entry(kind: LaneKind, title: str, hint: str) -> PaletteEntry:
    return PaletteEntry(f"card:{kind.value}", title, hint, KIND_GLYPHS[kind], kind=kind)


def _touchpoint_entry(channel: Channel) -> PaletteEntry:
    name = CHANNEL_TITLES[channel]
    return PaletteEntry(
        f"card:touchpoints:{channel.value}",
        f"Touchpoint · {name}",
        f"Drop into a Touchpoints lane: a {name.lower()} touchpoint",
        CHANNEL_GLYPHS[channel],
        kind=LaneKind.TOUCHPOINTS,
        channel=channel,
    )


PALETTE: tuple[PaletteEntry, ...] = (
    PaletteEntry(
        STAGE_KEY,
        "Stage",
        "Drop between two stage headers to insert a stage",
        KIND_GLYPHS[LaneKind.NOTES],
    ),
    _card_entry(LaneKind.ACTIONS, "Action", "Drop into an Actions lane: what the persona does"),
    *(_touchpoint_entry(channel) for channel in Channel),
    _card_entry(LaneKind.THOUGHTS, "Thought", "Drop into a Thoughts lane: what they think or say"),
    _card_entry(LaneKind.PAIN_POINTS, "Pain point", "Drop into a Pain points lane"),
    _card_entry(LaneKind.OPPORTUNITIES, "Opportunity", "Drop into an Opportunities lane"),
    _card_entry(LaneKind.BACKSTAGE, "Backstage", "Drop into a Backstage lane: staff and systems"),
    _card_entry(LaneKind.KPIS, "KPI", "Drop into a KPIs lane: a metric for the stage"),
    _card_entry(LaneKind.NOTES, "Note", "Drop into any card lane"),
    PaletteEntry(
        EMOTION_KEY,
        "Emotion point",
        "Drop into an Emotions lane at the height of the feeling",
        FACE_GLYPHS["positive"],
        kind=LaneKind.EMOTIONS,
    ),
)

ENTRIES: dict[str, PaletteEntry] = {entry.key: entry for entry in PALETTE}


def accepts(entry: PaletteEntry, lane_kind: LaneKind) -> bool:
    """Whether a card entry may land in a lane of `lane_kind` (notes go anywhere)."""
    if entry.kind is None or lane_kind is LaneKind.EMOTIONS:
        return False
    return entry.kind is LaneKind.NOTES or entry.kind is lane_kind


def new_card(
    kind: LaneKind,
    lane_id: str,
    stage_id: str,
    persona_id: str | None,
    channel: Channel | None = None,
) -> Card:
    """A fresh card for a lane, with the kind's sensible defaults."""
    extra: dict[str, object] = {}
    if kind is LaneKind.TOUCHPOINTS:
        extra["channel"] = channel or Channel.WEB
    elif kind is LaneKind.PAIN_POINTS:
        extra["severity"] = 3
    elif kind is LaneKind.OPPORTUNITIES:
        extra.update(impact=3, effort=3)
    return Card(
        lane_id=lane_id,
        stage_id=stage_id,
        persona_id=persona_id,
        title=DEFAULT_TITLES.get(kind, "New card"),
        **extra,  # type: ignore[arg-type]
    )
