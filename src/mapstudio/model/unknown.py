"""Unknown fields: what a record may carry for a newer mapstudio, and how much of it.

Every record keeps the fields it does not know (a newer minor version wrote them), so a
round trip loses nothing. Those values arrive from files, the clipboard and imports, so
they get the same limits as everything else: only JSON values (no NaN or infinity, no
integer longer than the file format reads), nested at most `MAX_UNKNOWN_DEPTH` levels
below their record, and at most `MAX_UNKNOWN_VALUES` values in a whole project. With
those limits and the record counts of `types`, a project always fits the file format's
depth and entry limits, so whatever the model accepts can be saved and read back.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mapstudio.model.types import MAX_INT_DIGITS

if TYPE_CHECKING:
    from pydantic import BaseModel

    from mapstudio.model.entities import Project

# Levels of lists and objects inside one unknown field. A record sits at most six levels
# deep in a file, so this stays far below the file format's nesting limit.
MAX_UNKNOWN_DEPTH = 16
# Values (lists and objects included) in all the unknown fields of one project.
MAX_UNKNOWN_VALUES = 200_000

_INT_BOUND = 10**MAX_INT_DIGITS  # compared, never printed: str() of a huge int is slow


@dataclass(frozen=True)
class UnknownSize:
    """How many values some unknown fields hold, and why they cannot be kept (or "")."""

    values: int
    problem: str = ""


def measure_unknown(fields: Mapping[str, Any], *, limit: int = MAX_UNKNOWN_VALUES) -> UnknownSize:
    """Count the values of `fields` (a record's unknown fields) and check each one.

    Stops as soon as the count passes `limit`, so a hostile structure costs no more
    than the limit. Iterative: the depth is what is being checked, so no recursion.
    """
    count = 0
    stack: list[tuple[Any, int]] = [(value, 1) for value in fields.values()]
    for key in fields:
        if not isinstance(key, str):
            return UnknownSize(count, "have a name that is not text")
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > limit:
            return UnknownSize(count, f"hold more than {limit:,} values")
        if value is None or isinstance(value, bool | str):
            continue
        if isinstance(value, int):
            if not -_INT_BOUND < value < _INT_BOUND:
                return UnknownSize(count, f"hold a number longer than {MAX_INT_DIGITS} digits")
            continue
        if isinstance(value, float):
            if not math.isfinite(value):
                return UnknownSize(count, "hold a value that is not a number")
            continue
        if isinstance(value, dict | list | tuple):
            if depth > MAX_UNKNOWN_DEPTH:
                return UnknownSize(count, f"are nested more than {MAX_UNKNOWN_DEPTH} levels deep")
            if isinstance(value, dict):
                if not all(isinstance(key, str) for key in value):
                    return UnknownSize(count, "have a name that is not text")
                stack.extend((item, depth + 1) for item in value.values())
            else:
                stack.extend((item, depth + 1) for item in value)
            continue
        return UnknownSize(count, f"hold a value that cannot be saved ({type(value).__name__})")
    return UnknownSize(count)


def unknown_fields(record: BaseModel) -> dict[str, Any]:
    """The unknown fields a record carries (empty for nearly every record)."""
    return record.__pydantic_extra__ or {}


def records(project: Project) -> Iterator[BaseModel]:
    """Every record of a project: the project, its personas, images, maps and all that
    the maps hold (emotion scales included)."""
    yield project
    yield from project.personas
    yield from project.assets.values()
    for journey_map in project.maps:
        yield journey_map
        yield journey_map.emotion_scale
        yield from journey_map.stages
        yield from journey_map.lanes
        yield from journey_map.cards
        yield from journey_map.emotion_points


def project_unknown_values(project: Project) -> int:
    """The values in all unknown fields of `project` (each record was checked when it
    was validated, so only the total is counted here)."""
    total = 0
    for record in records(project):
        extra = record.__pydantic_extra__
        if extra:
            total += measure_unknown(extra, limit=MAX_UNKNOWN_VALUES - total).values
            if total > MAX_UNKNOWN_VALUES:
                break
    return total


__all__ = [
    "MAX_UNKNOWN_DEPTH",
    "MAX_UNKNOWN_VALUES",
    "UnknownSize",
    "measure_unknown",
    "project_unknown_values",
    "records",
    "unknown_fields",
]
