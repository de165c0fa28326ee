"""Lengths as people type them ("3mm", "0.125in", "10 mm", "1cm", "12pt") in points.

Points (1/72 in) are the unit of the layout, of reportlab and of PDF page boxes, so
every length of the export is converted here once.
"""

from __future__ import annotations

import re

from mapstudio.export.errors import ExportError

POINTS_PER_UNIT: dict[str, float] = {
    "pt": 1.0,
    "mm": 72 / 25.4,
    "cm": 72 / 2.54,
    "in": 72.0,
}
_ALIASES = {"inch": "in", "inches": "in", '"': "in", "point": "pt", "points": "pt"}
MM = POINTS_PER_UNIT["mm"]

_LENGTH = re.compile(r"^\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*([a-zA-Z\"]*)\s*$")


def parse_length(text: str, *, default_unit: str | None = None, what: str = "length") -> float:
    """A non-negative length in points from text such as "3mm" or "0.125 in".

    A bare number needs `default_unit`; without one it is an error, because "10" could
    mean millimetres or points and a print job must not guess.
    """
    match = _LENGTH.match(text or "")
    if match is None:
        raise ExportError(
            f"The {what} “{text}” is not a length. Write a number and a unit, "
            "for example 3mm, 0.125in, 1cm or 12pt."
        )
    number, unit = match.groups()
    unit = _ALIASES.get(unit.lower(), unit.lower())
    if not unit:
        if default_unit is None:
            raise ExportError(
                f"The {what} “{text}” has no unit. Add mm, cm, in or pt (for example {text}mm)."
            )
        unit = default_unit
    if unit not in POINTS_PER_UNIT:
        raise ExportError(
            f"The {what} “{text}” has an unknown unit “{unit}”. Use mm, cm, in or pt."
        )
    value = float(number.replace(",", "."))
    if value < 0:
        raise ExportError(f"The {what} cannot be negative (“{text}”).")
    return value * POINTS_PER_UNIT[unit]


def to_mm(points: float) -> float:
    """Points in millimetres."""
    return points / MM


def format_mm(points: float, digits: int = 0) -> str:
    """A length as a short millimetre figure, e.g. "841 mm"."""
    return f"{to_mm(points):.{digits}f} mm"


def format_size(width: float, height: float) -> str:
    """A page size as "841 × 1189 mm"."""
    return f"{to_mm(width):.0f} × {to_mm(height):.0f} mm"


__all__ = ["MM", "POINTS_PER_UNIT", "format_mm", "format_size", "parse_length", "to_mm"]
