"""The bundled Noto Sans registered with reportlab, and fallback fonts for the rest.

reportlab embeds TrueType fonts as subsets by default, so every PDF carries exactly the
glyphs it prints. Characters outside Noto Sans are drawn with a TrueType fallback found
in a few well-known system folders (never downloaded), chosen per character and style by
the layout's `fallback_for`, which is also what the layout measures them with: the text
wraps to the widths it is printed with. Characters no font has are collected so the
export can name them in a warning instead of printing silent boxes.

reportlab writes the ToUnicode map of a subset (what text extraction, search and screen
readers use) with four hex digits per character, which turns a character beyond the
Basic Multilingual Plane into a different one; `register_fonts` puts in a writer that
uses UTF-16 surrogate pairs as the PDF specification asks.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from io import BytesIO

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from mapstudio.layout import FONT_STYLES, FontStyle, font_metrics
from mapstudio.layout.fonts import (
    FALLBACK_CANDIDATES,
    SUBSTITUTES,
    FallbackFamily,
    fallback_families,
    fallback_for,
)
from mapstudio.resources import font_bytes

log = logging.getLogger(__name__)

# reportlab font names; prefixed so they cannot clash with a caller's registrations.
FONT_NAMES: dict[FontStyle, str] = {style: f"MapstudioNotoSans-{style}" for style in FONT_STYLES}


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """The ToUnicode CMap of one reportlab font subset (code i draws character
    subset[i]), with every character as UTF-16BE: a surrogate pair beyond U+FFFF.
    Code 0 is .notdef, the box of a character no font has: it reads as U+FFFD."""
    entries = []
    for code, char in enumerate(subset):
        if char == 0:
            char = 0xFFFD
        text = chr(char).encode("utf-16-be", "surrogatepass").hex().upper()
        entries.append(f"<{code:02X}> <{text}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def register_fonts() -> dict[FontStyle, str]:
    """Register the four bundled styles with reportlab once per process."""
    # reportlab looks the CMap writer up by name each time it writes a font subset.
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    for style, name in FONT_NAMES.items():
        pdfmetrics.registerFont(TTFont(name, BytesIO(font_bytes(style))))
    return FONT_NAMES


@cache
def fallback_font_name(family: FallbackFamily, style: FontStyle) -> str | None:
    """The reportlab name of one style of a fallback family, registered on first use;
    None when reportlab cannot read the file (it is then left out)."""
    name = f"MapstudioFallback{family.index}-{style}"
    try:
        pdfmetrics.registerFont(TTFont(name, family.paths[style]))
    except Exception as exc:  # any damaged or unreadable system font: skip it
        log.warning("fallback font %s not usable: %s", family.paths[style], exc)
        return None
    return name


@dataclass
class FontRunner:
    """Splits text into runs of one font each; remembers characters no font has."""

    use_fallbacks: bool = True
    missing: set[str] = field(default_factory=set)
    fallback_used: set[str] = field(default_factory=set)
    _memo: dict[tuple[str, FontStyle], tuple[tuple[str, str], ...]] = field(
        default_factory=dict, repr=False
    )
    # Per style, characters known to print in the bundled font: a line of them (most
    # lines, an ellipsis or a typographic minus included) needs no look at each one.
    _covered: dict[FontStyle, set[str]] = field(default_factory=dict, repr=False)
    # Per style, the characters it does not cover: the font that prints each (a
    # fallback, or the bundled one's .notdef box) and what is printed (a stand-in).
    _others: dict[FontStyle, dict[str, tuple[str, str]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.names = register_fonts()

    def runs(self, text: str, style: FontStyle) -> tuple[tuple[str, str], ...]:
        """(reportlab font name, text) runs covering `text`, in order."""
        primary = self.names[style]
        # Noto Sans covers all of printable ASCII: the common case costs one call.
        if text.isascii():
            return ((primary, text),)
        covered = self._covered.get(style)
        if covered is None:
            covered = self._covered[style] = set()
        if covered.issuperset(text):
            return ((primary, text),)
        key = (text, style)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        # Each character the bundled style is not known to cover is looked at once: its
        # font (and stand-in), noted in `_others`; the text is then cut only where such
        # characters are, by a pattern of them (most lines have one or two: a minus, an
        # arrow), instead of character by character.
        others = self._others.setdefault(style, {})
        metrics = font_metrics(style)
        for char in set(text).difference(covered).difference(others):
            if metrics.has_char(char) or char in "\n\r\t":
                covered.add(char)
                continue
            name = self._fallback_for(char, style)
            drawn = char
            if name is None and char in SUBSTITUTES:
                # A typographic minus reads fine as a hyphen: no warning needed.
                self.missing.discard(char)
                drawn = SUBSTITUTES[char]
            others[char] = (name or primary, drawn)
        odd = frozenset(text).difference(covered)
        if not odd:
            return ((primary, text),)
        runs: list[tuple[str, str]] = []
        if len(odd) > _FEW:
            # Text mostly of other scripts (CJK, say): character by character.
            for char in text:
                _add_run(runs, *others.get(char, (primary, char)))
        else:
            start = 0
            for match in _pattern_of(odd).finditer(text):
                if match.start() > start:
                    _add_run(runs, primary, text[start : match.start()])
                for char in match.group():
                    _add_run(runs, *others[char])
                start = match.end()
            if start < len(text):
                _add_run(runs, primary, text[start:])
        result = tuple(runs)
        self._memo[key] = result
        return result

    def _fallback_for(self, char: str, style: FontStyle) -> str | None:
        # The layout measured the character with this very font and style.
        source = fallback_for(char, style) if self.use_fallbacks else None
        name = fallback_font_name(*source) if source is not None else None
        if name is not None:
            self.fallback_used.add(char)
            return name
        # Zero-width and format characters (joiners, variation selectors) draw nothing
        # in any font; only visible characters deserve a warning.
        if not _is_invisible(char):
            self.missing.add(char)
        return None


def _add_run(runs: list[tuple[str, str]], name: str, text: str) -> None:
    """Append `text` in font `name`, joined to the last run when that is in it too."""
    if runs and runs[-1][0] == name:
        runs[-1] = (name, runs[-1][1] + text)
    else:
        runs.append((name, text))


# A line with at most this many different characters that the bundled font lacks is cut
# by a pattern of them (kept for the next line with the same few); one with more is
# read character by character.
_FEW = 4


@lru_cache(maxsize=256)
def _pattern_of(chars: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching runs of any of `chars`."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]+")


def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Mn", "Me", "Cc") or char.isspace()


# How reportlab's escapePDF writes each byte of a string operand: printable ASCII as it
# is, the three delimiters with a backslash, the rest as octal escapes.
_PDF_ESCAPES = tuple(
    f"\\{b:03o}" if b < 32 or b >= 127 else "\\" + chr(b) if chr(b) in "\\()" else chr(b)
    for b in range(256)
)


def escape_codes(codes: bytes) -> str:
    """A PDF string operand's inside for one-byte codes, escaped as reportlab does."""
    return "".join([_PDF_ESCAPES[b] for b in codes])


class _SubsetCodes:
    """What one TrueType font's characters are coded as in one document's subsets."""

    __slots__ = ("font", "known", "tables")

    def __init__(self, font: TTFont) -> None:
        self.font = font
        self.known: list[set[str]] = []  # per subset: the characters it has codes for
        self.tables: list[dict[int, str]] = []  # per subset: character -> escaped code

    def learn(self, text: str, assignments: dict[int, int]) -> None:
        """Note the codes reportlab gave the characters of `text` (as splitString does:
        a no-break space is a space, a character the font lacks is code 0, .notdef)."""
        glyphs = self.font.face.charToGlyph
        for char in set(text):
            code = ord(char)
            if code == 0xA0:
                code = 32
            n = assignments.get(code)
            if n is None:
                if code in glyphs:
                    continue  # not assigned yet (cannot happen after splitString)
                n = 0
            subset = n >> 8
            while len(self.tables) <= subset:
                self.tables.append({})
                self.known.append(set())
            self.tables[subset][ord(char)] = _PDF_ESCAPES[n & 0xFF]
            self.known[subset].add(char)


class TextEncoder:
    """Text runs as the string operands of reportlab's TrueType subsets, a run at a time.

    reportlab codes a string for an embedded font subset character by character in
    Python (TTFont.splitString, then escapePDF): half of printing a large map. Here each
    font keeps, per subset, a str.translate table from characters to the escaped codes
    reportlab gave them; a run whose characters all have codes in one subset (nearly
    every run, once a few hundred characters are printed) is coded by one translate.
    Any other run goes through splitString, which gives the new characters their codes,
    and the tables learn them. The operators are those reportlab writes.
    """

    def __init__(self, doc: object) -> None:
        self.doc = doc
        self._fonts: dict[str, _SubsetCodes | None] = {}
        self._names: dict[tuple[str, int], str] = {}

    def encode(self, font_name: str, text: str) -> list[tuple[int, str]] | None:
        """(subset, escaped codes) pieces of `text` in the font; None for a font that
        is not a subsetted TrueType font (the caller lets reportlab write it)."""
        if font_name in self._fonts:
            codes = self._fonts[font_name]
        else:
            font = pdfmetrics.getFont(font_name)
            dynamic = isinstance(font, TTFont) and getattr(font, "_dynamicFont", False)
            codes = self._fonts[font_name] = _SubsetCodes(font) if dynamic else None
        if codes is None:
            return None
        for subset, known in enumerate(codes.known):
            if known.issuperset(text):
                return [(subset, text.translate(codes.tables[subset]))]
        pieces = codes.font.splitString(text, self.doc)
        codes.learn(text, codes.font.state[self.doc].assignments)
        return [(subset, escape_codes(chunk)) for subset, chunk in pieces]

    def subset_name(self, font_name: str, subset: int) -> str:
        """The PDF resource name of a subset (registering the font with the document)."""
        key = (font_name, subset)
        name = self._names.get(key)
        if name is None:
            font = pdfmetrics.getFont(font_name)
            name = self._names[key] = font.getSubsetInternalName(subset, self.doc)
        return name


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
    return any(f.metrics["regular"].has_char(char) for f in fallback_families())


__all__ = [
    "FALLBACK_CANDIDATES",
    "FONT_NAMES",
    "FontRunner",
    "TextEncoder",
    "can_draw",
    "describe_characters",
    "distinct_subset_tags",
    "fallback_font_name",
    "register_fonts",
    "to_unicode_cmap",
]
