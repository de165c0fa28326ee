"""Font metrics of the bundled Noto Sans, read straight from its TrueType tables.

The layout engine measures text here, without Qt or reportlab, so that the canvas and
the PDF painter draw the very same line breaks (DESIGN.md rule 2). Widths are plain sums
of glyph advances: no kerning and no shaping, which is what reportlab does and what the
Qt painter reproduces by turning kerning off.

Characters Noto Sans lacks are drawn with a fallback font found on the machine (the PDF
embeds it; Qt finds its own). `fallback_for` decides which font and style draws each
such character, and both the measurer here and the PDF's font runs follow it, so those
characters are measured with the advances they are printed with.
"""

from __future__ import annotations

import logging
import struct
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Literal, Protocol

from mapstudio.resources import font_bytes

log = logging.getLogger(__name__)

FontStyle = Literal["regular", "bold", "italic", "bold_italic"]
FONT_STYLES: tuple[FontStyle, ...] = ("regular", "bold", "italic", "bold_italic")


@dataclass(frozen=True, slots=True)
class FontSpec:
    """A style of the bundled family at a size in points."""

    style: FontStyle
    size: float


class FontError(ValueError):
    """The font file lacks a table the metrics need, or a table is malformed."""


class FontMetrics:
    """Advances and vertical metrics of one TrueType font, in font units."""

    def __init__(self, data: bytes) -> None:
        tables = _table_directory(data)
        for tag in ("head", "hhea", "maxp", "hmtx", "cmap"):
            if tag not in tables:
                raise FontError(f"the font has no {tag} table")
        head = tables["head"]
        self.units_per_em: int = struct.unpack_from(">H", data, head + 18)[0]
        hhea = tables["hhea"]
        ascender, descender, line_gap = struct.unpack_from(">hhh", data, hhea + 4)
        number_of_hmetrics: int = struct.unpack_from(">H", data, hhea + 34)[0]
        num_glyphs: int = struct.unpack_from(">H", data, tables["maxp"] + 4)[0]
        if "OS/2" in tables:
            os2 = tables["OS/2"]
            fs_selection: int = struct.unpack_from(">H", data, os2 + 62)[0]
            # Bit 7 (USE_TYPO_METRICS) tells renderers to prefer the typo metrics; Qt
            # and FreeType honour it, so the layout does too.
            if fs_selection & 0x80:
                ascender, descender, line_gap = struct.unpack_from(">hhh", data, os2 + 68)
        self.ascender: int = ascender
        self.descender: int = -abs(descender)
        # The height of flat capitals ("H") above the baseline: what a reader sees of a
        # size, and what the reading-distance rule of posters measures.
        self.cap_height: int = _cap_height(data, tables, self.units_per_em)
        self.line_gap: int = line_gap
        self.advances: tuple[int, ...] = _advances(
            data, tables["hmtx"], number_of_hmetrics, num_glyphs
        )
        self.cmap: dict[int, int] = _cmap(data, tables["cmap"])
        self.notdef_advance: int = self.advances[0]
        # Mirror reportlab: a font that maps only one of space / no-break space uses the
        # same glyph for both.
        if 0x20 in self.cmap and 0xA0 not in self.cmap:
            self.cmap[0xA0] = self.cmap[0x20]
        elif 0xA0 in self.cmap and 0x20 not in self.cmap:
            self.cmap[0x20] = self.cmap[0xA0]
        # Per-character advance memo: text repeats the same few hundred characters.
        self._char_units: dict[str, int] = {}
        # Every ASCII character's advance, so ASCII text is summed without a Python
        # loop (map and sum run in C): most words of most maps.
        self._ascii_units: dict[str, int] = {chr(c): self.char_units(chr(c)) for c in range(128)}

    def has_char(self, char: str) -> bool:
        """Whether the font maps this character to a glyph other than .notdef."""
        return self.cmap.get(ord(char), 0) != 0

    def char_units(self, char: str) -> int:
        """The advance of one character in font units (.notdef's when missing)."""
        units = self._char_units.get(char)
        if units is None:
            glyph = self.cmap.get(ord(char), 0)
            units = self.advances[glyph] if glyph < len(self.advances) else self.notdef_advance
            self._char_units[char] = units
        return units

    def text_units(self, text: str) -> int:
        """The advance of a string in font units (sum of advances, no kerning)."""
        if text.isascii():
            return sum(map(self._ascii_units.__getitem__, text))
        memo = self._char_units
        total = 0
        for char in text:
            units = memo.get(char)
            if units is None:
                units = self.char_units(char)
            total += units
        return total


def _table_directory(data: bytes) -> dict[str, int]:
    try:
        (num_tables,) = struct.unpack_from(">H", data, 4)
        tables: dict[str, int] = {}
        for i in range(num_tables):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            tables[tag.decode("latin-1")] = offset
    except struct.error as exc:
        raise FontError("the font's table directory is truncated") from exc
    return tables


def _cap_height(data: bytes, tables: dict[str, int], units_per_em: int) -> int:
    """sCapHeight from the OS/2 table (version 2 and later), else the top of the glyph
    for "H" from the glyf table, else 0.7 em (typical of sans-serif faces)."""
    try:
        os2 = tables.get("OS/2")
        if os2 is not None:
            (version,) = struct.unpack_from(">H", data, os2)
            if version >= 2:
                (cap,) = struct.unpack_from(">h", data, os2 + 88)
                if cap > 0:
                    return cap
        top = _glyph_top(data, tables, ord("H"))
        if top is not None and top > 0:
            return top
    except struct.error:
        pass  # a truncated table: fall back to the typical proportion
    return round(0.7 * units_per_em)


def _glyph_top(data: bytes, tables: dict[str, int], code: int) -> int | None:
    """yMax of the glyph for `code` (from cmap, loca and glyf), or None."""
    if not {"glyf", "loca", "cmap"} <= tables.keys():
        return None
    glyph = _cmap(data, tables["cmap"]).get(code)
    if not glyph:
        return None
    (long_offsets,) = struct.unpack_from(">h", data, tables["head"] + 50)
    loca = tables["loca"]
    if long_offsets:
        start, end = struct.unpack_from(">II", data, loca + 4 * glyph)
    else:
        start, end = (2 * v for v in struct.unpack_from(">HH", data, loca + 2 * glyph))
    if end <= start:
        return None  # an empty glyph
    (y_max,) = struct.unpack_from(">h", data, tables["glyf"] + start + 8)
    return int(y_max)


def _advances(
    data: bytes, offset: int, number_of_hmetrics: int, num_glyphs: int
) -> tuple[int, ...]:
    if number_of_hmetrics == 0:
        raise FontError("the font has no horizontal metrics")
    # hmtx holds (advance, lsb) pairs; glyphs past number_of_hmetrics repeat the last
    # advance (monospaced tails).
    pairs = struct.unpack_from(f">{2 * number_of_hmetrics}H", data, offset)
    advances = list(pairs[0::2])
    advances.extend([advances[-1]] * max(0, num_glyphs - number_of_hmetrics))
    return tuple(advances)


def _cmap(data: bytes, offset: int) -> dict[int, int]:
    _version, count = struct.unpack_from(">HH", data, offset)
    subtables: dict[tuple[int, int, int], int] = {}
    for i in range(count):
        platform, encoding, sub_offset = struct.unpack_from(">HHI", data, offset + 4 + 8 * i)
        start = offset + sub_offset
        (fmt,) = struct.unpack_from(">H", data, start)
        subtables[(platform, encoding, fmt)] = start
    # Prefer the full-Unicode format 12 table, then the BMP format 4 one.
    for key in ((3, 10, 12), (0, 4, 12), (0, 6, 12), (3, 1, 4), (0, 3, 4), (0, 4, 4)):
        if key in subtables:
            start = subtables[key]
            return _cmap_format12(data, start) if key[2] == 12 else _cmap_format4(data, start)
    for (_platform, _encoding, fmt), start in sorted(subtables.items()):
        if fmt == 12:
            return _cmap_format12(data, start)
        if fmt == 4:
            return _cmap_format4(data, start)
    raise FontError("the font has no Unicode cmap of format 4 or 12")


def _cmap_format4(data: bytes, start: int) -> dict[int, int]:
    (seg_x2,) = struct.unpack_from(">H", data, start + 6)
    segs = seg_x2 // 2
    ends_at = start + 14
    starts_at = ends_at + seg_x2 + 2  # skip reservedPad
    deltas_at = starts_at + seg_x2
    range_offsets_at = deltas_at + seg_x2
    ends = struct.unpack_from(f">{segs}H", data, ends_at)
    starts = struct.unpack_from(f">{segs}H", data, starts_at)
    deltas = struct.unpack_from(f">{segs}h", data, deltas_at)
    range_offsets = struct.unpack_from(f">{segs}H", data, range_offsets_at)
    mapping: dict[int, int] = {}
    for i in range(segs):
        first, last, delta, range_offset = starts[i], ends[i], deltas[i], range_offsets[i]
        if first == 0xFFFF:
            continue
        for code in range(first, last + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                # idRangeOffset is relative to its own slot in the array (spec quirk).
                at = range_offsets_at + 2 * i + range_offset + 2 * (code - first)
                (glyph,) = struct.unpack_from(">H", data, at)
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            if glyph:
                mapping[code] = glyph
    return mapping


def _cmap_format12(data: bytes, start: int) -> dict[int, int]:
    (groups,) = struct.unpack_from(">I", data, start + 12)
    mapping: dict[int, int] = {}
    for i in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * i)
        for code in range(first, last + 1):
            mapping[code] = glyph + (code - first)
    return mapping


class TextMeasurer(Protocol):
    """What the layout needs to know about text; all results in points."""

    def width(self, text: str, font: FontSpec) -> float:
        """The advance width of `text` on one line."""
        ...

    def ascent(self, font: FontSpec) -> float:
        """Distance from the top of a line to its baseline."""
        ...

    def descent(self, font: FontSpec) -> float:
        """Distance from the baseline to the bottom of a line (positive)."""
        ...

    def line_height(self, font: FontSpec) -> float:
        """Distance between the baselines of two consecutive lines."""
        ...


# Parsing a TTF takes a few milliseconds; do it once per style and process.
_METRICS: dict[str, FontMetrics] = {}


def font_metrics(style: FontStyle) -> FontMetrics:
    """The parsed metrics of one bundled style (cached for the process)."""
    metrics = _METRICS.get(style)
    if metrics is None:
        metrics = FontMetrics(font_bytes(style))
        _METRICS[style] = metrics
    return metrics


def cap_height_ratio(style: FontStyle = "regular") -> float:
    """Cap height per point of size of a bundled style (0.714 for Noto Sans)."""
    metrics = font_metrics(style)
    return metrics.cap_height / metrics.units_per_em


def missing_characters(text: str, style: FontStyle = "regular") -> set[str]:
    """Characters of `text` the bundled style cannot draw (whitespace controls aside)."""
    metrics = font_metrics(style)
    return {c for c in set(text) if c not in "\n\r\t" and not metrics.has_char(c)}


# -- fallback fonts ------------------------------------------------------------------------

# TrueType (glyf-outline) fonts with wide coverage that Linux, macOS and Windows ship, in
# the order they are tried. reportlab cannot embed CFF-flavoured OpenType, so .otf and
# the CJK .ttc files are out. Only these fixed paths are read (never a path from a file).
FALLBACK_CANDIDATES: tuple[dict[FontStyle, str], ...] = (
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

# Characters Noto Sans lacks that have a plain stand-in when no fallback font has them.
SUBSTITUTES = {"\u2212": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-"}

# Never looked up in a fallback: line breaks and tabs are not drawn as glyphs.
_NOT_DRAWN = "\n\r\t"


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per process
class FallbackFamily:
    """One fallback family found on this machine: its files and metrics by style."""

    index: int  # its place in FALLBACK_CANDIDATES (names its PDF fonts)
    paths: Mapping[FontStyle, str]
    metrics: Mapping[FontStyle, FontMetrics]

    def style_for(self, char: str, style: FontStyle) -> FontStyle | None:
        """The style of this family that draws `char` in text of `style`: that style
        when it has the glyph, else its regular one (a bold or oblique face often covers
        less), else None."""
        own = self.metrics.get(style)
        if own is not None and own.has_char(char):
            return style
        if style != "regular" and self.metrics["regular"].has_char(char):
            return "regular"
        return None


_FAMILIES: tuple[FallbackFamily, ...] | None = None
_SOURCES: dict[tuple[str, FontStyle], tuple[FallbackFamily, FontStyle] | None] = {}


def fallback_families() -> tuple[FallbackFamily, ...]:
    """The fallback families present on this machine (read once per process)."""
    global _FAMILIES
    if _FAMILIES is None:
        found: list[FallbackFamily] = []
        for index, candidate in enumerate(FALLBACK_CANDIDATES):
            metrics: dict[FontStyle, FontMetrics] = {}
            for style, path in candidate.items():
                try:
                    if Path(path).is_file():
                        metrics[style] = FontMetrics(Path(path).read_bytes())
                except (OSError, ValueError, struct.error) as exc:  # damaged: skip the style
                    log.warning("fallback font %s not usable: %s", path, exc)
            if "regular" in metrics:
                paths = {style: candidate[style] for style in metrics}
                found.append(FallbackFamily(index, paths, metrics))
        _FAMILIES = tuple(found)
    return _FAMILIES


def fallback_for(char: str, style: FontStyle) -> tuple[FallbackFamily, FontStyle] | None:
    """The fallback family and style that draw `char` in text of the bundled `style`, or
    None when the bundled style has it (or no fallback does, or it is a line break)."""
    key = (char, style)
    if key in _SOURCES:
        return _SOURCES[key]
    source = None
    if char not in _NOT_DRAWN and not font_metrics(style).has_char(char):
        for family in fallback_families():
            face = family.style_for(char, style)
            if face is not None:
                source = (family, face)
                break
    _SOURCES[key] = source
    return source


# Advances in units of a bundled style's em, by style and character, for text that is
# not all ASCII (Noto Sans covers printable ASCII, so that text needs no fallback).
_ADVANCES: dict[str, dict[str, float]] = {}


def char_advance(char: str, style: FontStyle) -> float:
    """The advance of one character in units of the bundled style's em, measured in the
    font that draws it: the bundled style, a fallback (scaled to the bundled em), the
    plain stand-in of SUBSTITUTES, or the bundled font's .notdef box."""
    metrics = font_metrics(style)
    if char in _NOT_DRAWN or metrics.has_char(char):
        return metrics.char_units(char)
    source = fallback_for(char, style)
    if source is not None:
        family, face = source
        other = family.metrics[face]
        return other.char_units(char) * metrics.units_per_em / other.units_per_em
    if char in SUBSTITUTES:
        return metrics.char_units(SUBSTITUTES[char])
    return metrics.char_units(char)


# Per style, the advance of every character met so far whose advance adds up exactly in
# floating point: a multiple of 1/1024 unit below 2**17 units, as every advance of the
# bundled font is (whole units) and every fallback glyph scaled from an em of a power of
# two (DejaVu's 2048). Sums of such numbers are exact while they stay below 2**43 (any
# text shorter than 2**26 characters), so however they are summed (by `sum` in C, with
# or without compensation) they are the very float the one-by-one sum gives.
_EXACT: dict[str, dict[str, float]] = {}
# Per style, the characters met so far whose advances are not such numbers.
_INEXACT: dict[str, set[str]] = {}
_EXACT_STEPS = 1024.0
_EXACT_LIMIT = 1 << 17
EXACT_TEXT_LIMIT = 1 << 26  # characters


def exact_advances(style: FontStyle) -> dict[str, float]:
    """The table of exactly adding advances of `style` (`learn_exact` grows it)."""
    table = _EXACT.get(style)
    if table is None:
        table = _EXACT[style] = {}
        odd = _INEXACT[style] = set()
        # ASCII words are summed from the font's own table (FontMetrics.text_units); a
        # control character that a fallback font draws would be measured otherwise in
        # other text, so such a character is left to the one-by-one sum.
        for char, units in font_metrics(style)._ascii_units.items():
            if char_advance(char, style) == units:
                table[char] = units
            else:
                odd.add(char)
    return table


def learn_exact(text: str, style: FontStyle) -> bool:
    """Add the characters of `text` to `style`'s table of exactly adding advances; False
    when one of them is not such (then `text` must be summed one by one)."""
    table = exact_advances(style)
    odd = _INEXACT[style]
    new = set(text).difference(table)
    if not new.isdisjoint(odd):
        return False
    exact = True
    for char in new:
        units = char_advance(char, style)
        if 0 <= units < _EXACT_LIMIT and (units * _EXACT_STEPS).is_integer():
            table[char] = units
        else:
            odd.add(char)
            exact = False
    return exact


def text_advance(text: str, style: FontStyle) -> float:
    """The advance of `text` in units of the bundled style's em (see char_advance)."""
    metrics = font_metrics(style)
    if text.isascii():
        return metrics.text_units(text)
    if len(text) < EXACT_TEXT_LIMIT:
        exact = exact_advances(style)
        try:
            return float(sum(map(exact.__getitem__, text)))
        except KeyError:
            if learn_exact(text, style):
                return float(sum(map(exact.__getitem__, text)))
    memo = _ADVANCES.get(style)
    if memo is None:
        memo = _ADVANCES[style] = {}
    total = 0.0
    for char in text:
        units = memo.get(char)
        if units is None:
            units = memo[char] = char_advance(char, style)
        total += units
    return total


class BundledFontMeasurer:
    """A `TextMeasurer` for the bundled Noto Sans family, memoising word widths."""

    # A generous bound: a 5,000-card map has a few tens of thousands of distinct words.
    MAX_CACHED = 200_000

    # Texts whose words' advances are kept (see `paragraph_widths`): stage names, card
    # titles, feelings and the like of a map at its limits, some tens of thousands, of at
    # most a few hundred characters (a longer text is rarely measured whole twice).
    MAX_PARAGRAPHS = 50_000
    LONGEST_KEPT = 600

    def __init__(self) -> None:
        self._units: dict[tuple[str, str], float] = {}
        self._paragraphs: dict[tuple[str, str], array[float]] = {}
        # Points per font unit per point of size, by style: 1 / unitsPerEm.
        self._per_unit: dict[str, float] = {}

    def units(self, text: str, style: FontStyle) -> float:
        """The width of `text` in font units; independent of size, hence cacheable.
        Characters the bundled font lacks count with the fallback font that draws them."""
        key = (style, text)
        units = self._units.get(key)
        if units is None:
            units = text_advance(text, style)
            if len(self._units) >= self.MAX_CACHED:
                self._units.clear()
            self._units[key] = units
        return units

    def width(self, text: str, font: FontSpec) -> float:
        """The advance width of `text` in points."""
        # The hot path of the layout (every word of every card): two dict lookups.
        style = font.style
        key = (style, text)
        units = self._units.get(key)
        if units is None:
            if text.isascii():
                # A new word, as most of a large map's are: summed in C, without the
                # calls of text_advance (the same sum).
                units = font_metrics(style).text_units(text)
                if len(self._units) >= self.MAX_CACHED:
                    self._units.clear()
                self._units[key] = units
            else:
                units = self.units(text, style)
        per_unit = self._per_unit.get(style)
        if per_unit is None:
            per_unit = self._per_unit[style] = 1.0 / font_metrics(style).units_per_em
        return units * font.size * per_unit

    def word_widths(self, words: Sequence[str], font: FontSpec) -> list[float]:
        """`[self.width(word, font) for word in words]`, without a Python call per word.

        Each word's advances are summed by `sum` over a lookup in the table of
        `exact_advances`, all driven by `map` in C: the line breaker measures a batch
        of words at a time. The sums are exact, so every width is the very float
        `width` gives. Words with a character whose advance does not add up exactly,
        and a subclass that measures otherwise, are measured one call per word.
        """
        if type(self).width is not BundledFontMeasurer.width:
            return [self.width(word, font) for word in words]
        return self._widths(self._word_units(words, font.style), font)

    def paragraph_widths(self, paragraph: str, font: FontSpec) -> list[float]:
        """`word_widths` of the words of `paragraph` (split at whitespace), their
        advances kept per text: the size model and the layout of a poster, and the
        stage row and its headers, measure the same texts at other widths and sizes."""
        if type(self).width is not BundledFontMeasurer.width:
            return [self.width(word, font) for word in paragraph.split()]
        if len(paragraph) > self.LONGEST_KEPT:
            return self._widths(self._word_units(paragraph.split(), font.style), font)
        key = (font.style, paragraph)
        units = self._paragraphs.get(key)
        if units is None:
            # As doubles (8 bytes a word): whole numbers below 2**53 are exact there.
            units = array("d", self._word_units(paragraph.split(), font.style))
            if len(self._paragraphs) >= self.MAX_PARAGRAPHS:
                self._paragraphs.clear()
            self._paragraphs[key] = units
        return self._widths(units, font)

    def _word_units(self, words: Sequence[str], style: FontStyle) -> list[float]:
        """Each word's advance in font units, as `width` finds it."""
        if not words:
            return []
        advance = exact_advances(style).__getitem__
        try:
            if max(map(len, words)) >= EXACT_TEXT_LIMIT:
                raise KeyError  # far beyond any text a file holds: no exact sum
            return list(map(sum, map(map, repeat(advance), words)))
        except KeyError:
            if max(map(len, words)) < EXACT_TEXT_LIMIT and learn_exact("".join(words), style):
                return list(map(sum, map(map, repeat(advance), words)))
        return [self._units_of(word, style) for word in words]

    def _units_of(self, word: str, style: FontStyle) -> float:
        # What `width` multiplies by the size: ASCII summed by the font's own table.
        if word.isascii():
            return font_metrics(style).text_units(word)
        return self.units(word, style)

    def _widths(self, units: Sequence[float], font: FontSpec) -> list[float]:
        style = font.style
        per_unit = self._per_unit.get(style)
        if per_unit is None:
            per_unit = self._per_unit[style] = 1.0 / font_metrics(style).units_per_em
        # `width` computes units * font.size * per_unit: the same products, in order.
        return list(map(mul, map(mul, units, repeat(font.size)), repeat(per_unit)))

    def ascent(self, font: FontSpec) -> float:
        """The font's ascender in points."""
        metrics = font_metrics(font.style)
        return metrics.ascender * font.size / metrics.units_per_em

    def descent(self, font: FontSpec) -> float:
        """The font's descender in points, as a positive distance."""
        metrics = font_metrics(font.style)
        return -metrics.descender * font.size / metrics.units_per_em

    def line_height(self, font: FontSpec) -> float:
        """Ascender + descender + line gap, in points."""
        metrics = font_metrics(font.style)
        total = metrics.ascender - metrics.descender + metrics.line_gap
        return total * font.size / metrics.units_per_em

    def cap_height(self, font: FontSpec) -> float:
        """The height of capital letters above the baseline, in points."""
        return font.size * cap_height_ratio(font.style)


_DEFAULT_MEASURER: BundledFontMeasurer | None = None


def default_measurer() -> BundledFontMeasurer:
    """One shared measurer per process, so its word-width memo serves every layout."""
    global _DEFAULT_MEASURER
    if _DEFAULT_MEASURER is None:
        _DEFAULT_MEASURER = BundledFontMeasurer()
    return _DEFAULT_MEASURER
