"""Record values a designer would otherwise read as raw data, said in words.

A card's cell and an emotion point's place on the curve are stored as ids and a
fraction ("['persona-maya', 'current-stage-decision', 0.4957…]"), and a score is a bare
number. Wherever a change or a conflict is described - the conflict dialog, the merge
summary, `mapstudio diff` - these read instead as "band 'Maya', stage 'Decision', in the
middle" and "−2 'Annoyed'": names looked up in the copies being compared, the position
within the stage in words or as a percentage, the score with its label on the map's scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mapstudio.compare.conflicts import show_value
from mapstudio.compare.records import CELL, PLACE, Kind, RecordKey, Snapshot, label_of, make_key
from mapstudio.model import JourneyMap


def offset_words(offset: float) -> str:
    """Where in its stage a point lies: "at the start", "in the middle", "at the end", or
    a percentage - with one decimal when whole percents would hide a small difference."""
    if offset <= 0:
        return "at the start of the stage"
    if offset >= 1:
        return "at the end of the stage"
    if offset == 0.5:
        return "in the middle of the stage"
    percent = offset * 100
    whole = abs(percent - round(percent)) < 0.05
    shown = f"{round(percent)}" if whole else f"{percent:.1f}"
    return f"{shown} % into the stage"


def score_words(score: int, journey_map: JourneyMap | None) -> str:
    """A score with its scale label: "−2 'Annoyed'" (a true minus sign, as the canvas)."""
    sign = f"{score:+d}".replace("-", "−") if score else "0"
    if journey_map is None:
        return sign
    return f"{sign} '{journey_map.emotion_scale.label(score)}'"


def value_words(
    snapshots: Sequence[Snapshot], key: RecordKey, field: str, value: Any
) -> str | None:
    """`value` of a record field in words, or None when the plain value reads well.

    Names come from the first of `snapshots` that has the named record, so a stage only
    one copy still has is named all the same."""
    try:
        if field == CELL and key.kind is Kind.CARD:
            persona, lane, stage = value
            parts = [
                f"lane {_name(snapshots, Kind.LANE, key.map_id, lane)}",
                f"stage {_name(snapshots, Kind.STAGE, key.map_id, stage)}",
            ]
            if persona is not None:
                parts.append(f"band {_name(snapshots, Kind.PERSONA, '', persona)}")
            return ", ".join(parts)
        if field == PLACE and key.kind is Kind.POINT:
            persona, stage, offset = value
            return (
                f"band {_name(snapshots, Kind.PERSONA, '', persona)}, "
                f"stage {_name(snapshots, Kind.STAGE, key.map_id, stage)}, "
                f"{offset_words(float(offset))}"
            )
        if field == "score" and key.kind is Kind.POINT and isinstance(value, int):
            return score_words(value, _map(snapshots, key.map_id))
    except (TypeError, ValueError):
        return None  # a stored value of another shape (a hand-edited file): shown as is
    return None


def _name(snapshots: Sequence[Snapshot], kind: Kind, map_id: str, item_id: Any) -> str:
    key = make_key(kind, map_id, str(item_id))
    for snapshot in snapshots:
        obj = snapshot.get(key)
        if obj is not None:
            return _quoted(label_of(key, obj))
    return _quoted(str(item_id))


def _map(snapshots: Sequence[Snapshot], map_id: str) -> JourneyMap | None:
    for snapshot in snapshots:
        obj = snapshot.get(make_key(Kind.MAP, "", map_id))
        if isinstance(obj, JourneyMap):
            return obj
    return None


def _quoted(text: str) -> str:
    return show_value(text)
