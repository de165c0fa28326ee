"""Turns pydantic validation errors into plain words a designer understands.

Every warning and every DamagedFileError about a field goes through `describe_error`,
so the wording is the same wherever a problem is found.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

# Field names as a designer would say them.
_FIELD_WORDS: dict[str, str] = {
    "id": "id",
    "lane_id": "lane",
    "stage_id": "stage",
    "persona_id": "persona",
    "photo_asset_id": "photo",
    "image_asset_id": "picture",
    "future_state_of": "current-state map",
    "emotion_scale": "emotion scale",
    "emotion_points": "emotion points",
    "mime": "image type",
    "data": "image data",
    "sha256": "image checksum",
    "min": "lowest score",
    "max": "highest score",
    "color": "colour",
}

# Singular words for the items of list fields, for locations such as ("tags", 2).
_ITEM_WORDS: dict[str, str] = {
    "tags": "tag",
    "goals": "goal",
    "needs": "need",
    "frustrations": "frustration",
    "labels": "label",
    "bands": "band",
    "personas": "persona",
    "maps": "map",
    "stages": "stage",
    "lanes": "lane",
    "cards": "card",
    "emotion_points": "emotion point",
}

# Whole-number ranges worth stating in full ("from 1 to 5"), since the error only
# carries the bound that was crossed.
_INT_RANGES: dict[str, tuple[int, int]] = {
    "severity": (1, 5),
    "impact": (1, 5),
    "effort": (1, 5),
}


def field_words(loc: Sequence[int | str]) -> str:
    """A location such as ("tags", 2) in words: "tag 3"."""
    words: list[str] = []
    parts = list(loc)
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if isinstance(part, str) and isinstance(nxt, int):
            item = _ITEM_WORDS.get(part, _FIELD_WORDS.get(part, part.replace("_", " ")))
            words.append(f"{item} {nxt + 1}")
            i += 2
            continue
        if isinstance(part, int):
            words.append(f"item {part + 1}")
        else:
            words.append(_FIELD_WORDS.get(part, part.replace("_", " ")))
        i += 1
    return ", ".join(words)


def describe_error(error: ErrorDetails | Mapping[str, Any]) -> str:
    """One pydantic error (loc, type, ctx) as a short plain phrase without a full stop."""
    loc = tuple(error.get("loc", ()))
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    subject = field_words(loc) if loc else "this entry"
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")

    if last in _INT_RANGES and kind in {
        "greater_than_equal",
        "less_than_equal",
        "int_type",
        "int_parsing",
        "int_from_float",
        "finite_number",
    }:
        low, high = _INT_RANGES[last]
        return f"{subject} must be a whole number from {low} to {high}"
    if kind == "missing":
        return f"{subject} is missing"
    if kind == "string_type":
        return f"{subject} must be text"
    if kind == "string_too_long":
        return f"{subject} is longer than {ctx.get('max_length')} characters"
    if kind == "string_too_short":
        return f"{subject} is empty"
    if kind == "string_pattern_mismatch":
        return f"{subject} {_pattern_words(last)}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"{subject} must be a whole number"
    if kind in {"float_type", "float_parsing", "bool_type", "bool_parsing"}:
        return (
            f"{subject} must be a number"
            if kind.startswith("float")
            else f"{subject} must be yes or no"
        )
    if kind == "finite_number":
        return f"{subject} must be an ordinary number"
    if kind in {"greater_than_equal", "greater_than"}:
        return f"{subject} must be at least {_bound(ctx.get('ge', ctx.get('gt')))}"
    if kind in {"less_than_equal", "less_than"}:
        return f"{subject} must be at most {_bound(ctx.get('le', ctx.get('lt')))}"
    if kind == "enum":
        return f"{subject} must be one of {ctx.get('expected', 'the known values')}"
    if kind in {"tuple_type", "list_type", "set_type"}:
        return f"{subject} must be a list"
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return f"{subject} is not readable"
    if kind == "too_long":
        return f"{subject} has more than {ctx.get('max_length')} entries"
    if kind == "too_short":
        return f"{subject} needs at least {ctx.get('min_length')} entries"
    if kind in {"bytes_too_long"}:
        return f"{subject} is larger than the limit"
    if kind == "value_error":
        reason = str(ctx.get("error", "")) or str(error.get("msg", ""))
        return f"{subject}: {reason}" if loc else reason
    msg = str(error.get("msg", "is not valid"))
    return f"{subject}: {msg[:1].lower() + msg[1:]}"


def describe_validation_error(exc: ValidationError, limit: int = 3) -> str:
    """The first few errors of `exc` in plain words, joined with semicolons."""
    errors = exc.errors(include_url=False)
    phrases = [describe_error(e) for e in errors[:limit]]
    if len(errors) > limit:
        phrases.append(f"and {len(errors) - limit} more problems")
    return "; ".join(phrases)


def _pattern_words(field: str) -> str:
    if field == "color":
        return "must be a colour such as #3A6EA5"
    if field.endswith("id") or field in {"future_state_of", "bands"}:
        return "is not a valid id (letters, digits, - and _ only)"
    if field == "mime":
        return "must be a PNG or JPEG image"
    if field == "sha256":
        return "is not a valid checksum"
    return "is not in the expected form"


def _bound(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
