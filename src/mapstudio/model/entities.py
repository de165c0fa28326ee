"""The frozen pydantic models of a journey-map project.

The model stores meaning, not pixels: a card is (lane, stage, persona, order) and an
emotion point is (persona, stage, offset within the stage, score). Only the layout
engine turns these into coordinates.
"""

from __future__ import annotations

import hashlib
from typing import Self

from pydantic import BaseModel, Field, model_validator

from mapstudio.model.types import (
    LANE_KIND_SCOPES,
    MAX_ASSETS,
    MAX_BANDS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE,
    MAX_LANES,
    MAX_LIST_ITEMS,
    MAX_MAPS,
    MAX_NAME,
    MAX_PERSONAS,
    MAX_SCALE_STEPS,
    MAX_STAGES,
    MAX_TAGS,
    MODEL_CONFIG,
    Base64Data,
    Channel,
    Color,
    Id,
    LaneKind,
    LaneScope,
    Level,
    MapKind,
    Name,
    Number,
    Offset,
    Order,
    Tag,
    Text,
    new_id,
)
from mapstudio.model.unknown import MAX_UNKNOWN_VALUES, measure_unknown, project_unknown_values

DEFAULT_SCALE_LABELS = ("Very negative", "Negative", "Neutral", "Positive", "Very positive")


def signed_step(step: int) -> str:
    """A scale step as people write it: "+2", "0", "−2" (a real minus sign)."""
    if step > 0:
        return f"+{step}"
    if step < 0:
        return f"\u2212{-step}"
    return "0"


class Record(BaseModel):
    """Base of every model: frozen, and unknown fields kept only when they can be saved
    and read back (see `unknown`)."""

    model_config = MODEL_CONFIG

    @model_validator(mode="after")
    def _unknown_fields_fit(self) -> Self:
        extra = self.__pydantic_extra__
        if extra:
            problem = measure_unknown(extra).problem
            if problem:
                raise ValueError(f"its unknown fields {problem}")
        return self


class Asset(Record):
    """An embedded image (persona photo or card picture); never a path or a URL."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    mime: str = Field(pattern=r"^image/(png|jpeg)$")
    data: Base64Data
    width: int = Field(ge=1, le=MAX_IMAGE_SIDE)
    height: int = Field(ge=1, le=MAX_IMAGE_SIDE)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _pixels_within_limit(self) -> Self:
        # Each side may be in range and the product still too large to decode safely.
        if self.width * self.height > MAX_IMAGE_PIXELS:
            raise ValueError(f"the image has more than {MAX_IMAGE_PIXELS // 1_000_000} megapixels")
        return self

    @classmethod
    def from_bytes(cls, data: bytes, mime: str, width: int, height: int) -> Asset:
        """An asset for already-decoded image bytes, with its hash computed."""
        return cls(
            mime=mime,
            data=data,
            width=width,
            height=height,
            sha256=hashlib.sha256(data).hexdigest(),
        )


class Persona(Record):
    """A fictional customer who stands for a segment; shown as one band of lanes."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    name: Name
    role: Name = ""
    description: Text = ""
    goals: tuple[Name, ...] = Field(default=(), max_length=MAX_LIST_ITEMS)
    needs: tuple[Name, ...] = Field(default=(), max_length=MAX_LIST_ITEMS)
    frustrations: tuple[Name, ...] = Field(default=(), max_length=MAX_LIST_ITEMS)
    quote: Text = ""
    photo_asset_id: Id | None = None
    color: Color = "#4C78A8"


class Stage(Record):
    """A column of the map: a phase of the journey, left to right in time."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    name: Name
    description: Text = ""


class Lane(Record):
    """A row kind of the map; persona lanes repeat per band, shared lanes appear once."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    kind: LaneKind
    scope: LaneScope = LaneScope.PERSONA
    title: Name = ""

    @model_validator(mode="after")
    def _scope_fits_kind(self) -> Self:
        allowed = LANE_KIND_SCOPES[self.kind]
        if self.scope not in allowed:
            raise ValueError(
                f"a {self.kind.value} lane can only be "
                + " or ".join(scope.value for scope in allowed)
            )
        return self


class Card(Record):
    """A sticky note in one cell: (lane, stage, persona) and its place in the stack."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    lane_id: Id
    stage_id: Id
    persona_id: Id | None = None  # None in a shared lane
    order: Order = 0
    title: Name = ""
    body: Text = ""
    channel: Channel | None = None  # touchpoints
    severity: Level | None = None  # pain points
    impact: Level | None = None  # opportunities
    effort: Level | None = None  # opportunities
    value: Number | None = None  # KPIs
    target: Number | None = None  # KPIs
    unit: Name = ""  # KPIs
    tags: tuple[Tag, ...] = Field(default=(), max_length=MAX_TAGS)
    color: Color | None = None
    image_asset_id: Id | None = None
    evidence: Text = ""  # where the point comes from: survey, interview, analytics


class EmotionPoint(Record):
    """How a persona feels at one moment: a stage, a place within it and a score."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    persona_id: Id
    stage_id: Id
    offset: Offset = 0.5
    score: int = Field(default=0, ge=-1000, le=1000)
    feeling: Name = ""
    note: Text = ""


class EmotionScale(Record):
    """The emotion scale of a map: whole steps from `min` to `max`, one label per step."""

    model_config = MODEL_CONFIG

    min: int = Field(default=-2, ge=-100, le=100)
    max: int = Field(default=2, ge=-100, le=100)
    labels: tuple[Name, ...] = Field(default=DEFAULT_SCALE_LABELS, max_length=MAX_SCALE_STEPS)

    @model_validator(mode="after")
    def _labels_match_steps(self) -> Self:
        steps = self.max - self.min + 1
        if steps < 2 or steps > MAX_SCALE_STEPS:
            raise ValueError(f"the scale needs 2 to {MAX_SCALE_STEPS} steps")
        if len(self.labels) != steps:
            raise ValueError(f"the scale has {steps} steps but {len(self.labels)} labels")
        return self

    def clamp(self, score: float) -> int:
        """The nearest step of the scale to `score`."""
        return max(self.min, min(self.max, round(score)))

    def label(self, score: int) -> str:
        """The label of a step (the nearest one for a score off the scale)."""
        return self.labels[self.clamp(score) - self.min]

    def number(self, score: int) -> str:
        """A step's number as the map, the poster and the window all write it: signed
        ("−2", "0", "+2") on a scale that goes below zero, plain ("3") on one that does
        not, where "+3" would suggest a zero that the scale does not have."""
        return signed_step(score) if self.min < 0 else str(score)

    def step_text(self, score: int) -> str:
        """A step with its label, as the window shows a score: "−2 · Very negative"."""
        return f"{self.number(score)} · {self.label(score)}"

    def resized(self, low: int, high: int) -> EmotionScale:
        """The scale from `low` to `high`, keeping the labels that still fit: a scale of
        as many steps keeps all its words (1..5 for −2..2); otherwise each step it had
        keeps its label and a new step is labelled with its number. ValueError when the
        new scale has fewer than 2 or more than MAX_SCALE_STEPS steps."""
        if high - low + 1 == len(self.labels):
            labels = self.labels
        else:
            labels = tuple(
                self.labels[step - self.min]
                if self.min <= step <= self.max
                else (signed_step(step) if low < 0 else str(step))
                for step in range(low, high + 1)
            )
        return EmotionScale(min=low, max=high, labels=labels)

    def relabelled(self, step: int, text: str) -> EmotionScale:
        """The scale with a new label for `step`; an empty label becomes the number."""
        labels = list(self.labels)
        labels[self.clamp(step) - self.min] = text.strip() or self.number(self.clamp(step))
        return EmotionScale(min=self.min, max=self.max, labels=tuple(labels))


class JourneyMap(Record):
    """One journey map: stages as columns, lanes as rows, one band per persona."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    title: Name
    scenario: Text = ""
    kind: MapKind = MapKind.CURRENT_STATE
    future_state_of: Id | None = None  # the current-state map this one improves on
    stages: tuple[Stage, ...] = Field(default=(), max_length=MAX_STAGES)
    lanes: tuple[Lane, ...] = Field(default=(), max_length=MAX_LANES)
    bands: tuple[Id, ...] = Field(default=(), max_length=MAX_BANDS)  # persona ids
    cards: tuple[Card, ...] = Field(default=(), max_length=MAX_CARDS)
    emotion_points: tuple[EmotionPoint, ...] = Field(default=(), max_length=MAX_EMOTION_POINTS)
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)


class Project(Record):
    """A project file's content: a persona library, one or more maps, embedded images."""

    model_config = MODEL_CONFIG

    id: Id = Field(default_factory=new_id)
    title: Name = "Untitled project"
    personas: tuple[Persona, ...] = Field(default=(), max_length=MAX_PERSONAS)
    maps: tuple[JourneyMap, ...] = Field(min_length=1, max_length=MAX_MAPS)
    assets: dict[Id, Asset] = Field(default_factory=dict, max_length=MAX_ASSETS)

    @model_validator(mode="after")
    def _totals_within_limits(self) -> Self:
        # The per-map limits alone would let 100 maps multiply them.
        cards = sum(len(m.cards) for m in self.maps)
        if cards > MAX_CARDS:
            raise ValueError(f"a project holds at most {MAX_CARDS:,} cards, not {cards:,}")
        points = sum(len(m.emotion_points) for m in self.maps)
        if points > MAX_EMOTION_POINTS:
            raise ValueError(
                f"a project holds at most {MAX_EMOTION_POINTS:,} emotion points, not {points:,}"
            )
        if project_unknown_values(self) > MAX_UNKNOWN_VALUES:
            raise ValueError(
                f"its unknown fields hold more than {MAX_UNKNOWN_VALUES:,} values in all"
            )
        return self


__all__ = [
    "DEFAULT_SCALE_LABELS",
    "MAX_NAME",
    "Asset",
    "Card",
    "EmotionPoint",
    "EmotionScale",
    "JourneyMap",
    "Lane",
    "Persona",
    "Project",
    "Record",
    "Stage",
]
