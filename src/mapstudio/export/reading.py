"""Reading distance: how large a poster's text must be for the people standing before it.

The rule: capital letters at least 1/250 of the reading distance high (6 mm from 1.5 m),
the legibility rule of signage and wayfinding design (about 4 mm of cap height per
metre). It is close to published poster guidance: the Washington University poster
guide asks 16 pt at 0.7 m and 32 pt at 1.5 m, NC State 20 pt at 2 m; in the bundled Noto
Sans (capitals 0.714 em) the rule gives 11 pt, 24 pt and 32 pt. Sizes are converted
with the font's own cap height (its OS/2 table), not a rule of thumb.

`poster_style` turns a distance into the print style of the layout engine; `check_text`
measures what a laid-out poster prints against the rule, per kind of text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from mapstudio.export.errors import ExportError
from mapstudio.export.units import MM
from mapstudio.layout import MapLayout, TextLine, template_style
from mapstudio.layout.fonts import FONT_STYLES, cap_height_ratio
from mapstudio.layout.style import CARD_TEXTS, CardText, MapStyle, print_style

DISTANCE_RATIO = 250  # cap height >= distance / 250
DEFAULT_DISTANCE = 1.5  # metres: a workshop wall
MIN_DISTANCE, MAX_DISTANCE = 0.3, 20.0
# (word for the command line, name in the dialog, metres)
DISTANCE_PRESETS: tuple[tuple[str, str, float], ...] = (
    ("table", "Close, at a workshop table", 0.7),
    ("wall", "On the wall", 1.5),
    ("corridor", "Across a corridor", 3.0),
)
CARD_TEXT_NAMES: dict[CardText, str] = {
    "titles": "titles only",
    "text": "titles and text",
    "everything": "everything",
}
# A wall poster prints the card titles: they are what people read from where they stand.
# A card's text is for reading up close (a table, 0.7 m); printed at a size that reads from
# the wall it would need a poster twice as large (4A0 instead of 2A0 for the example).
DEFAULT_CARD_TEXT: CardText = "titles"
# Text within this fraction of the rule still counts as passing: sizes are written to
# the PDF with two decimals.
TOLERANCE = 0.002

_DISTANCE = re.compile(r"^\s*(\d+(?:[.,]\d*)?|[.,]\d+)\s*(m|cm|mm|ft)?\s*$", re.IGNORECASE)
_UNIT_METRES = {"m": 1.0, "cm": 0.01, "mm": 0.001, "ft": 0.3048}


def parse_distance(text: str) -> float:
    """Metres from "1.5", "1.5 m", "150cm", "5ft" or a preset word (table, wall, corridor)."""
    raw = (text or "").strip().lower()
    for word, _name, metres in DISTANCE_PRESETS:
        if raw == word:
            return metres
    match = _DISTANCE.match(raw)
    if match is None:
        words = ", ".join(word for word, _n, _m in DISTANCE_PRESETS)
        raise ExportError(
            f"The reading distance “{text}” is not a distance. Write metres (1.5 or 1.5m), "
            f"or one of {words}."
        )
    number, unit = match.groups()
    metres = float(number.replace(",", ".")) * _UNIT_METRES[(unit or "m").lower()]
    check_distance(metres)
    return metres


def check_distance(metres: float) -> None:
    """ExportError unless a poster can be read from `metres` (0.3 to 20 m)."""
    if not MIN_DISTANCE <= metres <= MAX_DISTANCE:
        raise ExportError(
            f"A reading distance of {metres:g} m is outside what a poster is read from: "
            f"choose {MIN_DISTANCE:g} to {MAX_DISTANCE:g} m."
        )


def parse_card_text(text: str) -> CardText:
    """ "titles", "text" or "everything" (also "titles only", "titles and text", "all")."""
    raw = " ".join((text or "").strip().lower().replace("-", " ").split())
    aliases = {"titles only": "titles", "titles and text": "text", "all": "everything"}
    raw = aliases.get(raw, raw)
    if raw not in CARD_TEXTS:
        raise ExportError(
            f"Unknown card text choice “{text}”. Use titles (titles only), text (titles "
            "and text) or everything."
        )
    return raw


def cap_ratio() -> float:
    """Cap height per point of size: the smallest over the bundled styles (the rule
    must hold for every one of them; Noto Sans has 0.714 in all four)."""
    return min(cap_height_ratio(style) for style in FONT_STYLES)


def needed_cap_height(distance: float) -> float:
    """The cap height (mm) that reads from `distance` metres."""
    return distance * 1000 / DISTANCE_RATIO


def cap_height_mm(size_pt: float) -> float:
    """The cap height (mm) of the bundled font at `size_pt` points on paper."""
    return size_pt * cap_ratio() / MM


def readable_from(size_pt: float) -> float:
    """The farthest distance (metres) from which text of `size_pt` on paper passes."""
    return cap_height_mm(size_pt) * DISTANCE_RATIO / 1000


def print_text_size(distance: float) -> float:
    """The print style's text size (points) for `distance`: the size whose capitals pass
    the rule, rounded up to half a point."""
    needed = needed_cap_height(distance) * MM / cap_ratio()
    return math.ceil(needed * 2 - 1e-9) / 2


def poster_style(distance: float, card_text: CardText, *, template: bool = False) -> MapStyle:
    """The print style of a poster read from `distance` metres."""
    style = print_style(print_text_size(distance), card_text)
    if template:
        # Empty cells keep their physical size for 76 mm notes, whatever the distance;
        # with no card text to wrap, a column is as wide as such a cell.
        style = replace(template_style(style), column_width=style.template_cell_size)
    return style


@dataclass(frozen=True, slots=True)
class TextCheck:
    """The smallest text of one kind on the poster, against the reading-distance rule."""

    what: str  # "card titles"
    size: float  # points on paper
    cap: float  # its cap height in mm
    needed: float  # the cap height (mm) the distance needs

    @property
    def passes(self) -> bool:
        return self.cap >= self.needed * (1 - TOLERANCE)

    @property
    def shortfall(self) -> float:
        """How much too small, as a fraction of the needed height (0 when it passes)."""
        return 0.0 if self.passes else 1 - self.cap / self.needed

    def describe(self) -> str:
        """'card titles 4.2 mm (30 % too small, reads from 1.05 m)'."""
        text = f"{self.what} {self.cap:.1f} mm"
        if self.passes:
            return text
        if f"{self.cap:.1f}" == f"{self.needed:.1f}":
            # Just short of the rule: one decimal would show the very height asked for.
            text = f"{self.what} {self.cap:.2f} mm"
        metres = self.cap * DISTANCE_RATIO / 1000
        # At least 1 %: "0 % too small" in a list of texts too small reads as a mistake.
        percent = max(1, round(self.shortfall * 100))
        return f"{text} ({percent} % too small, reads from {metres:.2f} m)"


def _smallest(lines: list[TextLine]) -> float | None:
    return min((line.font.size for line in lines), default=None)


def check_text(map_layout: MapLayout, scale: float, distance: float) -> tuple[TextCheck, ...]:
    """Every kind of text the poster prints, smallest size first within each kind."""
    style = map_layout.style
    kinds: dict[str, list[TextLine]] = {
        "card titles": [],
        "card text": [],
        "card details": [],
        "stage headers": [],
        "lane labels": [],
        "persona names": [],
        "persona roles": [],
        "emotion scale labels": [],
        "feeling labels": [],
    }
    for header in map_layout.stage_headers:
        kinds["stage headers"].extend(header.lines)
    for band in map_layout.bands:
        for line in band.lines:
            is_name = line.font == style.band_name_font
            kinds["persona names" if is_name else "persona roles"].append(line)
    for label in map_layout.lane_labels:
        kinds["lane labels"].extend(label.lines)
    for card in map_layout.cards.values():
        kinds["card titles"].extend(card.title_lines)
        kinds["card text"].extend(card.body_lines)
        kinds["card details"].extend(card.meta_lines)
    for curve in map_layout.curves.values():
        kinds["emotion scale labels"].extend(g.label for g in curve.guides)
        for marker in curve.markers:
            kinds["feeling labels"].extend(marker.lines)
    needed = needed_cap_height(distance)
    checks = []
    for what, lines in kinds.items():
        size = _smallest(lines)
        if size is not None:
            on_paper = size * scale
            checks.append(TextCheck(what, on_paper, cap_height_mm(on_paper), needed))
    return tuple(checks)


def failing(checks: tuple[TextCheck, ...]) -> tuple[TextCheck, ...]:
    """The checks that do not pass."""
    return tuple(c for c in checks if not c.passes)


def describe_failures(checks: tuple[TextCheck, ...], distance: float) -> str:
    """'too small to read from 1.5 m (capitals need 6.0 mm): card titles, lane labels
    4.4 mm (26 % too small, reads from 1.1 m); stage headers 5.9 mm (…)', or ''."""
    bad = failing(checks)
    if not bad:
        return ""
    # Kinds printed at the same size share one figure (most share the card titles').
    groups: dict[float, list[TextCheck]] = {}
    for check in bad:
        groups.setdefault(round(check.cap, 1), []).append(check)
    parts = []
    for cap in sorted(groups):
        first = groups[cap][0]
        kinds = ", ".join(c.what for c in groups[cap])
        metres = first.cap * DISTANCE_RATIO / 1000
        parts.append(
            f"{kinds} {cap:.1f} mm ({first.shortfall * 100:.0f} % too small, "
            f"reads from {metres:.1f} m)"
        )
    return (
        f"too small to read from {distance:g} m (capitals need "
        f"{needed_cap_height(distance):.1f} mm): " + "; ".join(parts)
    )


__all__ = [
    "CARD_TEXT_NAMES",
    "DEFAULT_CARD_TEXT",
    "DEFAULT_DISTANCE",
    "DISTANCE_PRESETS",
    "DISTANCE_RATIO",
    "TextCheck",
    "cap_height_mm",
    "check_distance",
    "check_text",
    "describe_failures",
    "failing",
    "needed_cap_height",
    "parse_card_text",
    "parse_distance",
    "poster_style",
    "print_text_size",
    "readable_from",
]
