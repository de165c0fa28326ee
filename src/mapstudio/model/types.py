"""Shared field types, enumerations and size limits of the journey-map model.

Every string and collection has an upper bound so that a project file, which is
untrusted input, can never make the application allocate without bound.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
)

# -- limits ---------------------------------------------------------------------------

MAX_ID = 64
MAX_NAME = 200  # titles, names, labels
MAX_TEXT = 5_000  # bodies, descriptions, notes
MAX_TAG = 60
MAX_TAGS = 30
MAX_LIST_ITEMS = 50  # goals, needs, frustrations
# The largest project within all of these at once, every text at its longest, opens in
# under 10 s and 2 GB on the project's 2-core test machine (benchmarks/run.py --largest
# measures it; a card with the longest texts costs about 0.5 ms to lay out), and its
# file stays within the loader's limits (tests/fileformat/test_gate.py works that out).
MAX_PERSONAS = 200  # in the project's persona library
MAX_BANDS = 20  # personas shown on one map
# 25 maps, not 50: each map costs its export about 0.1 s whatever it holds (its lane rows
# and stage headers at their limits), and with 50 the largest project's PDF took 10 to
# 12 s. A file of an earlier version with more opens read-only (LoadResult.beyond_limits).
MAX_MAPS = 25
MAX_STAGES = 100  # per map
MAX_LANES = 20  # per map
# Cards and emotion points count across all the maps of a project: opening, checking and
# exporting cost what the project holds, whichever map holds it.
MAX_CARDS = 10_000
# One point per persona and stage is a map's curve: 2,500 is 25 maps of five
# personas over twenty stages. Each point's label is placed clear of the curve and of the
# others (a third of planning the largest map's poster at 5,000).
MAX_EMOTION_POINTS = 2_500
MAX_ASSETS = 2_000
MAX_ASSET_BYTES = 8 * 1024 * 1024
MAX_IMAGE_SIDE = 8_000
# Pixels of one image (width x height): a decoded 40 MP image already takes 160 MB.
MAX_IMAGE_PIXELS = 40_000_000
MAX_LEVEL = 5  # severity, impact, effort are 1..5
MAX_SCALE_STEPS = 11
MAX_ABS_NUMBER = 1e15  # KPI figures beyond this are nonsense, not data
# More digits than any real value needs; also keeps int() and str() away from very long
# digit runs (Python refuses to print an integer of more than 4,300 digits).
MAX_INT_DIGITS = 100

# -- reserved keys of a Project in memory -----------------------------------------------

# Unknown envelope fields (written by a newer minor version, or the pending conflicts of
# a merge) travel inside the loaded Project under this reserved extra key, so that a plain
# save writes them back to the envelope. It never appears inside "project" in a file.
ENVELOPE_EXTRA_KEY = "__mapstudio_envelope__"
# The revisions of other copies merged into a project since it was opened: a tuple of
# revision ids, set by a merge and undone with it. The next save records them as parents
# besides the revision the document came from. Never written inside "project".
MERGED_REVISIONS_KEY = "__mapstudio_merged__"
RESERVED_KEYS = (ENVELOPE_EXTRA_KEY, MERGED_REVISIONS_KEY)

# Models are immutable values: commands build new ones, nothing mutates in place.
# Unknown fields written by a newer minor version are kept ("extra": "allow") so that a
# round trip through this version does not drop a colleague's data.
MODEL_CONFIG = ConfigDict(
    frozen=True,
    extra="allow",
    str_strip_whitespace=False,
    validate_default=False,
    ser_json_inf_nan="strings",
)

# -- ids ------------------------------------------------------------------------------

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]+$", min_length=1, max_length=MAX_ID)]


def new_id() -> str:
    """A fresh random id: stable once written, unique enough to merge copies of a file."""
    return secrets.token_hex(8)


# -- text -----------------------------------------------------------------------------

Name = Annotated[str, StringConstraints(max_length=MAX_NAME)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TAG)]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Level = Annotated[int, Field(ge=1, le=MAX_LEVEL)]
Number = Annotated[float, Field(allow_inf_nan=False, ge=-MAX_ABS_NUMBER, le=MAX_ABS_NUMBER)]
Offset = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Order = Annotated[int, Field(ge=0, le=MAX_CARDS)]


def _decode_base64(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) > (MAX_ASSET_BYTES * 4) // 3 + 8:
            raise ValueError("image data is larger than the limit")
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("image data is not valid base64") from exc
    return value


Base64Data = Annotated[
    bytes,
    BeforeValidator(_decode_base64),
    PlainSerializer(lambda data: base64.b64encode(data).decode("ascii"), when_used="json"),
    Field(max_length=MAX_ASSET_BYTES),
]

# -- enumerations ---------------------------------------------------------------------


class LaneKind(StrEnum):
    """What a lane holds; decides the card look and the default scope."""

    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    KPIS = "kpis"
    NOTES = "notes"


class LaneScope(StrEnum):
    """A persona lane repeats in every persona band; a shared lane appears once."""

    PERSONA = "persona"
    SHARED = "shared"


class Channel(StrEnum):
    """Where a touchpoint meets the customer."""

    WEB = "web"
    APP = "app"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    SOCIAL = "social"
    CHAT = "chat"
    AD = "ad"
    MAIL = "mail"
    EVENT = "event"
    OTHER = "other"


class MapKind(StrEnum):
    """The kinds of journey map a team works with."""

    CURRENT_STATE = "current_state"
    FUTURE_STATE = "future_state"
    DAY_IN_THE_LIFE = "day_in_the_life"
    SERVICE_BLUEPRINT = "service_blueprint"


LANE_KIND_TITLES: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "Actions",
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.THOUGHTS: "Thoughts",
    LaneKind.EMOTIONS: "Emotions",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.BACKSTAGE: "Backstage",
    LaneKind.KPIS: "KPIs",
    LaneKind.NOTES: "Notes",
}

# Scopes a lane kind may take; the first is the default.
LANE_KIND_SCOPES: dict[LaneKind, tuple[LaneScope, ...]] = {
    LaneKind.ACTIONS: (LaneScope.PERSONA,),
    LaneKind.TOUCHPOINTS: (LaneScope.PERSONA,),
    LaneKind.THOUGHTS: (LaneScope.PERSONA,),
    LaneKind.EMOTIONS: (LaneScope.PERSONA,),
    LaneKind.PAIN_POINTS: (LaneScope.PERSONA,),
    LaneKind.OPPORTUNITIES: (LaneScope.PERSONA, LaneScope.SHARED),
    LaneKind.BACKSTAGE: (LaneScope.SHARED,),
    LaneKind.KPIS: (LaneScope.SHARED,),
    LaneKind.NOTES: (LaneScope.PERSONA, LaneScope.SHARED),
}

CHANNEL_TITLES: dict[Channel, str] = {
    Channel.WEB: "Website",
    Channel.APP: "App",
    Channel.EMAIL: "Email",
    Channel.PHONE: "Phone",
    Channel.STORE: "Store",
    Channel.SOCIAL: "Social",
    Channel.CHAT: "Chat",
    Channel.AD: "Ad",
    Channel.MAIL: "Mail",
    Channel.EVENT: "Event",
    Channel.OTHER: "Other",
}

MAP_KIND_TITLES: dict[MapKind, str] = {
    MapKind.CURRENT_STATE: "Current state",
    MapKind.FUTURE_STATE: "Future state",
    MapKind.DAY_IN_THE_LIFE: "Day in the life",
    MapKind.SERVICE_BLUEPRINT: "Service blueprint",
}
