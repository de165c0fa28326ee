"""The bundled Noto Sans registered with reportlab, and fallback fonts for the rest.

reportlab embeds TrueType fonts as subsets by default, so every PDF carries exactly the
glyphs it prints. Characters outside Noto Sans are drawn with a TrueType fallback found
in a few well-known system folders (never downloaded); characters no font has are
collected so the export can name them in a warning instead of printing silent boxes.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from io import BytesIO
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from mapstudio.layout import FONT_STYLES, FontStyle, font_metrics
from mapstudio.layout.fonts import FontMetrics
from mapstudio.resources import font_bytes

log = logging.getLogger(__name__)

# reportlab font names; prefixed so they cannot clash with a caller's registrations.
FONT_NAMES: dict[FontStyle, str] = {style: f"MapstudioNotoSans-{style}" for style in FONT_STYLES}

# TrueType (glyf-outline) fonts with wide coverage that Linux, macOS and Windows ship.
# reportlab cannot embed CFF-flavoured OpenType, so .otf and the CJK .ttc files are out.
FALLBACK_CANDIDATES: tuple[dict[str, str], ...] = (
    {
        "regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
        "bold_italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf",
    },
    {"regular": "/usr/share/fonts/dejavu/DejaVuSans.ttf"},
    {"regular": "/usr/share/fonts/TTF/DejaVuSans.ttf"},
    {"regular": "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf"},
    {"regular": "/Library/Fonts/Arial Unicode.ttf"},
    {"regular": "/System/Library/Fonts/Supplemental/Arial Unicode.ttf"},
    {"regular": "C:/Windows/Fonts/seguisym.ttf"},
    {"regular": "C:/Windows/Fonts/arialuni.ttf"},
)


# Characters Noto Sans lacks that have a plain stand-in when no fallback font is found.
SUBSTITUTES = {"\u2212": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-"}


@dataclass(frozen=True)
class FallbackFont:
    """One fallback family found on this machine: its reportlab names and coverage."""

    names: dict[FontStyle, str]
    metrics: FontMetrics
    path: str

    def name_for(self, style: FontStyle) -> str:
        return self.names.get(style) or self.names["regular"]


@cache
def register_fonts() -> dict[FontStyle, str]:
    """Register the four bundled styles with reportlab once per process."""
    for style, name in FONT_NAMES.items():
        pdfmetrics.registerFont(TTFont(name, BytesIO(font_bytes(style))))
    return FONT_NAMES


@cache
def fallback_fonts() -> tuple[FallbackFont, ...]:
    """The fallback families present on this machine, registered with reportlab."""
    found: list[FallbackFont] = []
    for index, candidate in enumerate(FALLBACK_CANDIDATES):
        regular = candidate["regular"]
        if not Path(regular).is_file():
            continue
        names: dict[FontStyle, str] = {}
        try:
            metrics = FontMetrics(Path(regular).read_bytes())
            for style, path in candidate.items():
                if Path(path).is_file():
                    name = f"MapstudioFallback{index}-{style}"
                    pdfmetrics.registerFont(TTFont(name, path))
                    names[style] = name  # type: ignore[index]
        except Exception as exc:  # any damaged or unreadable system font: skip it
            log.warning("fallback font %s not usable: %s", regular, exc)
            continue
        if "regular" in names:
            found.append(FallbackFont(names, metrics, regular))
    return tuple(found)


@dataclass
class FontRunner:
    """Splits text into runs of one font each; remembers characters no font has."""

    use_fallbacks: bool = True
    missing: set[str] = field(default_factory=set)
    fallback_used: set[str] = field(default_factory=set)
    _memo: dict[tuple[str, FontStyle], tuple[tuple[str, str], ...]] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        self.names = register_fonts()
        self.fallbacks = fallback_fonts() if self.use_fallbacks else ()

    def runs(self, text: str, style: FontStyle) -> tuple[tuple[str, str], ...]:
        """(reportlab font name, text) runs covering `text`, in order."""
        primary = self.names[style]
        # Noto Sans covers all of printable ASCII: the common case costs one call.
        if text.isascii():
            return ((primary, text),)
        key = (text, style)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        metrics = font_metrics(style)
        runs: list[tuple[str, str]] = []
        for char in text:
            name = primary
            if not metrics.has_char(char) and char not in "\n\r\t":
                fallback = self._fallback_for(char, style)
                if fallback is None and char in SUBSTITUTES:
                    # A typographic minus reads fine as a hyphen: no warning needed.
                    self.missing.discard(char)
                    char = SUBSTITUTES[char]
                name = fallback or primary
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
        result = tuple(runs)
        self._memo[key] = result
        return result

    def _fallback_for(self, char: str, style: FontStyle) -> str | None:
        for fallback in self.fallbacks:
            if fallback.metrics.has_char(char):
                self.fallback_used.add(char)
                return fallback.name_for(style)
        # Zero-width and format characters (joiners, variation selectors) draw nothing
        # in any font; only visible characters deserve a warning.
        if not _is_invisible(char):
            self.missing.add(char)
        return None


def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Mn", "Me", "Cc") or char.isspace()


_SUBSET_NAMING = threading.Lock()


@contextmanager
def distinct_subset_tags(seed: str) -> Iterator[None]:
    """While a document is saved, give every font subset its own tag.

    PDF names an embedded subset "TAG+FontName" with a tag of six capital letters that
    must differ between the subsets of one file (ISO 32000-1, 9.6.4). reportlab numbers
    each font's subsets from AAAAAA, so every font's first subset is AAAAAA+. It takes
    the tag from its module function SUBSETN, called once per subset while it writes
    the fonts; this swaps in one that derives the tags from `seed` (so the same export
    gives the same file) and never repeats one within the document.
    """
    used: set[bytes] = set()
    counter = itertools.count()

    def tag(_index: int) -> bytes:
        while True:
            digest = hashlib.sha256(f"{seed}\0{next(counter)}".encode()).digest()
            letters = bytes(ord("A") + value % 26 for value in digest[:6])
            if letters not in used:
                used.add(letters)
                return letters

    with _SUBSET_NAMING:  # the function is reportlab's global: one save at a time
        original = ttfonts.SUBSETN
        ttfonts.SUBSETN = tag
        try:
            yield
        finally:
            ttfonts.SUBSETN = original


def describe_characters(chars: set[str]) -> str:
    """Characters as "🧩 (U+1F9E9), 漢 (U+6F22)", sorted, for warnings."""
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in sorted(chars))


def can_draw(char: str) -> bool:
    """Whether the bundled font or a fallback on this machine has a glyph for `char`."""
    if font_metrics("regular").has_char(char):
        return True
    return any(f.metrics.has_char(char) for f in fallback_fonts())


__all__ = [
    "FONT_NAMES",
    "FallbackFont",
    "FontRunner",
    "can_draw",
    "describe_characters",
    "distinct_subset_tags",
    "fallback_fonts",
    "register_fonts",
]
