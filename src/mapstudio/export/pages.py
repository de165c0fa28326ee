"""Paper sizes by name (ISO A and B, US, ARCH) and custom `WIDTHxHEIGHT` sizes.

Sizes are stored portrait (width <= height) in points; the export turns them as the
chosen orientation asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapstudio.export.errors import ExportError
from mapstudio.export.units import MM, parse_length


@dataclass(frozen=True, slots=True)
class PageSize:
    """A named paper size in points, portrait (width <= height) unless custom."""

    name: str
    width: float
    height: float

    def portrait(self) -> PageSize:
        """The size with its short side as the width."""
        w, h = sorted((self.width, self.height))
        return PageSize(self.name, w, h)

    def landscape(self) -> PageSize:
        """The size with its long side as the width."""
        w, h = sorted((self.width, self.height))
        return PageSize(self.name, h, w)


def _mm(name: str, w: float, h: float) -> PageSize:
    return PageSize(name, w * MM, h * MM)


def _inch(name: str, w: float, h: float) -> PageSize:
    return PageSize(name, w * 72.0, h * 72.0)


# The sizes offered in the dialog, in this order (posters first, then office paper).
# 4A0 and 2A0, the ISO 216 multiples of A0 (DIN 476), are printed on rolls by most
# print shops; the export advises them when a map needs more than A0, so they go by
# their names like every other size.
PAGE_SIZES: dict[str, PageSize] = {
    size.name: size
    for size in (
        _mm("4A0", 1682, 2378),
        _mm("2A0", 1189, 1682),
        _mm("A0", 841, 1189),
        _mm("A1", 594, 841),
        _mm("A2", 420, 594),
        _mm("A3", 297, 420),
        _mm("A4", 210, 297),
        _mm("A5", 148, 210),
        _mm("B1", 707, 1000),
        _mm("B2", 500, 707),
        _mm("B3", 353, 500),
        _inch("Letter", 8.5, 11),
        _inch("Legal", 8.5, 14),
        _inch("Tabloid", 11, 17),
        _inch("ARCH C", 18, 24),
        _inch("ARCH D", 24, 36),
        _inch("ARCH E", 36, 48),
    )
}
# Sizes that go by more than one name. Ledger is Tabloid turned sideways; the export
# picks the orientation anyway.
_ALIASES = {"ledger": "Tabloid", "archc": "ARCH C", "archd": "ARCH D", "arche": "ARCH E"}
_BY_KEY = {name.lower().replace(" ", ""): size for name, size in PAGE_SIZES.items()}

_CUSTOM = re.compile(r"^\s*([^xX×]+?)\s*[xX×]\s*([^xX×]+?)\s*$")
# Nothing prints smaller than a business card or larger than a 5 m roll; outside that a
# size is a typo (and reportlab would refuse beyond PDF's 200 in page limit anyway).
_MIN_SIDE = 50 * MM
_MAX_SIDE = 200 * 72.0
# A custom size within this of a known one (either way up) is that size, by its name.
_SAME_SIZE = 0.5 * MM


def page_names() -> list[str]:
    """The names of the known sizes, in display order."""
    return list(PAGE_SIZES)


def parse_page_size(text: str, *, what: str = "page size") -> PageSize:
    """A known size by name ("A0", "letter", "ARCH D", "ledger") or a custom size
    "WIDTHxHEIGHT" with units on either number ("600x900mm", "24inx36in", "50cm x 70cm")."""
    key = (text or "").strip().lower().replace(" ", "").replace("-", "").replace("_", "")
    key = _ALIASES.get(key, key).lower().replace(" ", "")
    if key in _BY_KEY:
        return _BY_KEY[key]
    match = _CUSTOM.match(text or "")
    if match is None:
        known = ", ".join(PAGE_SIZES)
        raise ExportError(
            f"Unknown {what} “{text}”. Use one of {known}, Ledger, or a custom size such "
            "as 600x900mm or 24x36in."
        )
    first, second = match.groups()
    # "600x900mm": the unit written once, after the second number, applies to both.
    unit = re.sub(r"^[\d.,\s+-]+", "", second).strip()
    first_unit = re.sub(r"^[\d.,\s+-]+", "", first).strip()
    width = parse_length(first, default_unit=unit or None, what=f"{what} width")
    height = parse_length(second, default_unit=first_unit or None, what=f"{what} height")
    for side in (width, height):
        if not _MIN_SIDE <= side <= _MAX_SIDE:
            raise ExportError(
                f"The {what} “{text}” is outside what can be printed: each side must be "
                "between 50 mm and 200 in (5.08 m)."
            )
    named = named_size(width, height)
    return named if named is not None else PageSize(text.strip(), width, height)


def named_size(width: float, height: float) -> PageSize | None:
    """The known size of `width` x `height` points (either way up), or None: a custom
    1189 x 1682 mm is 2A0 and is shown by that name."""
    short, long = sorted((width, height))
    for size in PAGE_SIZES.values():
        if abs(size.width - short) <= _SAME_SIZE and abs(size.height - long) <= _SAME_SIZE:
            return size
    return None


def is_custom(page: PageSize) -> bool:
    """Whether `page` is a size typed in, not one of the known sizes."""
    return page.name not in PAGE_SIZES


__all__ = ["PAGE_SIZES", "PageSize", "is_custom", "named_size", "page_names", "parse_page_size"]
