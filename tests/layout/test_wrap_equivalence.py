"""The line breaker measures words a batch at a time and breaks long words by bisection;
it must give exactly what the word-by-word breaker it replaced gave: the same lines and
the same widths, to the last bit (both painters place text from those widths).

The reference below is that breaker as it was, measuring with a measurer that adds the
advances of a text's characters one by one, as the bundled font's measurer did; it is
kept here only as the definition the fast one is held to.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapstudio.layout import BundledFontMeasurer, FontSpec
from mapstudio.layout.fonts import FONT_STYLES, FontStyle, char_advance, font_metrics
from mapstudio.layout.text import ELLIPSIS, EPSILON, MAX_MARKS_PER_BASE, limit_marks, wrap_measured
from wrap_samples import PIECES, hostile_text, random_words

# -- the reference: measuring and breaking one word, one character at a time ---------------


class OneByOneMeasurer:
    """Widths as sums of character advances added one at a time, in text order (ASCII
    text from the bundled font's own table, other text in the font that draws each
    character): how the bundled font's measurer measured before batches."""

    def width(self, text: str, font: FontSpec) -> float:
        metrics = font_metrics(font.style)
        if text.isascii():
            units: float = sum(metrics._ascii_units[char] for char in text)
        else:
            units = 0.0
            for char in text:
                units += char_advance(char, font.style)
        return units * font.size * (1.0 / metrics.units_per_em)

    def ascent(self, font: FontSpec) -> float:
        return BundledFontMeasurer().ascent(font)

    def descent(self, font: FontSpec) -> float:
        return BundledFontMeasurer().descent(font)

    def line_height(self, font: FontSpec) -> float:
        return BundledFontMeasurer().line_height(font)


_MARKS = re.compile(f"\x00{{{MAX_MARKS_PER_BASE + 1},}}")


def reference_limit_marks(text: str) -> str:
    if len(text) <= MAX_MARKS_PER_BASE or text.isascii():
        return text
    nul = "".join("\x00" if unicodedata.category(c) in ("Mn", "Me") else c for c in text)
    pieces: list[str] = []
    kept = 0
    for run in _MARKS.finditer(nul):
        pieces.append(text[kept : run.start() + MAX_MARKS_PER_BASE])
        kept = run.end()
    pieces.append(text[kept:])
    return "".join(pieces)


_LONG_WORD = 1_000
_LAZY_PARAGRAPH = 600
_WORD = re.compile(r"\S+")


def reference_wrap(
    text: str,
    font: FontSpec,
    max_width: float,
    measurer: OneByOneMeasurer,
    max_lines: int | None = None,
) -> tuple[tuple[str, float], ...]:
    """The word-by-word greedy breaker (lines and widths)."""
    text = reference_limit_marks(text)
    paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    if paragraphs == [""]:
        return ()
    if max_lines is not None and max_lines <= 0:
        return ()
    width_of = measurer.width
    space = width_of(" ", font)
    limit = max_width + EPSILON
    enough = max_lines + 1 if max_lines is not None else None
    lines: list[tuple[str, float]] = []
    for paragraph in paragraphs:
        words = _reference_words(paragraph, enough is not None)
        if not words:
            lines.append(("", 0.0))
            if enough is not None and len(lines) >= enough:
                break
            continue
        current = ""
        current_width = 0.0
        for word in words:
            if (
                enough is not None
                and len(word) > _LONG_WORD
                and len(_reference_split(word, font, max_width, measurer, 2)) > 1
            ):
                word_width = math.inf
            else:
                word_width = width_of(word, font)
            if current and current_width + space + word_width <= limit:
                current += " " + word
                current_width += space + word_width
                continue
            if current:
                lines.append((current, current_width))
                if enough is not None and len(lines) >= enough:
                    break
            if word_width <= limit:
                current, current_width = word, word_width
            else:
                room = None if enough is None else enough - len(lines)
                pieces = _reference_split(word, font, max_width, measurer, room)
                lines.extend(pieces[:-1])
                current, current_width = pieces[-1]
                if enough is not None and len(lines) >= enough:
                    break
        else:
            lines.append((current, current_width))
        if enough is not None and len(lines) >= enough:
            break
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = _reference_ellipsis(kept[-1][0], font, max_width, measurer)
        return tuple(kept)
    return tuple(lines)


def _reference_words(paragraph: str, limited: bool) -> list[str] | Iterator[str]:
    if not limited or len(paragraph) <= _LAZY_PARAGRAPH:
        return paragraph.split()
    if paragraph.isspace():
        return []
    return (match.group() for match in _WORD.finditer(paragraph))


def _reference_split(
    word: str,
    font: FontSpec,
    max_width: float,
    measurer: OneByOneMeasurer,
    max_pieces: int | None = None,
) -> list[tuple[str, float]]:
    pieces: list[tuple[str, float]] = []
    limit = max_width + EPSILON
    start = 0
    width = 0.0
    for index, char in enumerate(word):
        char_width = measurer.width(char, font)
        if index > start and width + char_width > limit:
            pieces.append((word[start:index], width))
            if max_pieces is not None and len(pieces) >= max_pieces:
                return pieces
            start, width = index, char_width
        else:
            width += char_width
    pieces.append((word[start:], width))
    return pieces


def _reference_ellipsis(
    line: str, font: FontSpec, max_width: float, measurer: OneByOneMeasurer
) -> tuple[str, float]:
    limit = max_width + EPSILON
    candidate = line.rstrip()
    width = measurer.width(candidate + ELLIPSIS, font)
    if width <= limit or not candidate:
        return candidate + ELLIPSIS, width
    end, estimate, previous = len(candidate), width, len(candidate)
    while end and estimate > limit:
        previous = end
        end -= 1
        estimate -= measurer.width(candidate[end], font)
        while end and candidate[end - 1].isspace():
            end -= 1
            estimate -= measurer.width(candidate[end], font)
    shorter = candidate[:end]
    width = measurer.width(shorter + ELLIPSIS, font)
    if (not shorter or width <= limit) and (
        previous == len(candidate) or measurer.width(candidate[:previous] + ELLIPSIS, font) > limit
    ):
        return shorter + ELLIPSIS, width
    width = measurer.width(candidate + ELLIPSIS, font)
    while candidate and width > limit:
        candidate = candidate[:-1].rstrip()
        width = measurer.width(candidate + ELLIPSIS, font)
    return candidate + ELLIPSIS, width


# -- the comparisons -----------------------------------------------------------------

REFERENCE = OneByOneMeasurer()


WIDTHS = (-5.0, 0.0, 0.4, 3.0, 11.0, 40.0, 77.7, 150.0, 291.3, 491.1, 2000.0)
SIZES = (0.0, 0.01, 7.0, 9.5, 24.0, 81.3)
MAX_LINES = (None, 0, 1, 2, 3, 8)


def assert_same(text: str, font: FontSpec, max_width: float, max_lines: int | None) -> None:
    measurer = BundledFontMeasurer()
    expected = reference_wrap(text, font, max_width, REFERENCE, max_lines)
    got = wrap_measured(text, font, max_width, measurer, max_lines)
    assert got == expected, (text, font, max_width, max_lines)
    # Bit for bit: == on floats would let -0.0 pass for 0.0.
    assert [w.hex() for _line, w in got] == [w.hex() for _line, w in expected]


def test_random_words_break_exactly_as_word_by_word() -> None:
    rng = random.Random(12)
    for _ in range(400):
        text = random_words(rng, rng.choice((5, 60, 200, 700, 3_000)))
        font = FontSpec(rng.choice(FONT_STYLES), rng.choice(SIZES))
        assert_same(text, font, rng.choice(WIDTHS), rng.choice(MAX_LINES))


def test_hostile_text_breaks_exactly_as_word_by_word() -> None:
    rng = random.Random(7)
    for _ in range(600):
        text = hostile_text(rng, rng.choice((1, 3, 12, 40, 150)))
        font = FontSpec(rng.choice(FONT_STYLES), rng.choice(SIZES))
        assert_same(text, font, rng.choice(WIDTHS), rng.choice(MAX_LINES))


def test_long_paragraphs_of_long_words_break_exactly_as_word_by_word() -> None:
    """Tags of up to sixty letters, or words of every length, past the length where a
    paragraph is read a batch of words at a time: the first batch is sized by the
    opening's words, so it may hold one word, or too few to fill the lines."""
    rng = random.Random(21)
    letters = "abcdefghijklmnopqrstuvwxyzWMil"
    for _ in range(300):
        longest = rng.choice((3, 12, 60, 200))
        words = [
            "#" + "".join(rng.choices(letters, k=rng.randint(1, longest)))
            for _ in range(rng.randint(15, 120))
        ]
        if rng.random() < 0.3:
            # A short opening before long words: the batch is judged on the wrong words.
            words[:6] = ["a"] * 6
        text = " ".join(words)
        font = FontSpec(rng.choice(FONT_STYLES), rng.choice(SIZES))
        assert_same(text, font, rng.choice(WIDTHS), rng.choice((1, 2, 3, 8)))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join) | st.text(max_size=400),
    st.sampled_from(FONT_STYLES),
    st.floats(0, 100),
    st.floats(-10, 900, allow_nan=False),
    st.sampled_from(MAX_LINES),
)
def test_any_text_breaks_exactly_as_word_by_word(
    text: str, style: FontStyle, size: float, max_width: float, max_lines: int | None
) -> None:
    assert_same(text, FontSpec(style, size), max_width, max_lines)


def _widths_putting_the_limit_at(value: float) -> list[float]:
    """Widths whose limit (width + EPSILON, as the breaker adds it) is `value` or one of
    its neighbouring floats."""
    targets = {math.nextafter(value, -math.inf), value, math.nextafter(value, math.inf)}
    found = []
    width = value - EPSILON
    for _ in range(8):
        width = math.nextafter(width, -math.inf)
    for _ in range(16):
        if width + EPSILON in targets:
            found.append(width)
        width = math.nextafter(width, math.inf)
    return found


def test_a_line_whose_sum_lands_on_the_limit_breaks_as_word_by_word() -> None:
    """Limits on the very float a word-by-word breaker compares when it tries each word
    of a first line, and on the floats either side: the cases where adding the same
    widths in another order (or grouping) could keep or drop that word."""
    rng = random.Random(9)
    checked = 0
    for _ in range(60):
        font = FontSpec(rng.choice(FONT_STYLES), round(rng.uniform(5, 40), rng.choice((0, 1, 2))))
        text = random_words(rng, 120)
        words = text.split()
        space = REFERENCE.width(" ", font)
        current = REFERENCE.width(words[0], font)
        for word in words[1:]:
            width = REFERENCE.width(word, font)
            tried = current + space + width  # what the reference compares with its limit
            for max_width in _widths_putting_the_limit_at(tried):
                for max_lines in (None, 1, 3):
                    assert_same(text, font, max_width, max_lines)
                    checked += 1
            current += space + width
    assert checked > 1_000


def test_word_widths_are_the_widths_of_each_word() -> None:
    """The batch measurement is the one-by-one sum, bit for bit, on every kind of text."""
    rng = random.Random(3)
    measurer = BundledFontMeasurer()
    for _ in range(300):
        words = hostile_text(rng, rng.choice((1, 5, 30))).split() or ["x"]
        font = FontSpec(rng.choice(FONT_STYLES), rng.choice(SIZES))
        got = measurer.word_widths(words, font)
        expected = [REFERENCE.width(word, font) for word in words]
        assert [w.hex() for w in got] == [w.hex() for w in expected], words
        assert got == [measurer.width(word, font) for word in words]


def test_kept_paragraph_widths_are_the_widths_of_each_word() -> None:
    """A text's words are measured once and kept; asked again, in another style or at
    another size, the widths are still those of measuring each word afresh."""
    rng = random.Random(8)
    measurer = BundledFontMeasurer()
    texts = [hostile_text(rng, rng.choice((1, 5, 30))) for _ in range(150)]
    texts += [random_words(rng, 600), random_words(rng, 601), "x" * 5_000 + " y"]
    for _round in range(2):
        for text in texts:
            font = FontSpec(rng.choice(FONT_STYLES), rng.choice(SIZES))
            got = measurer.paragraph_widths(text, font)
            expected = [REFERENCE.width(word, font) for word in text.split()]
            assert [w.hex() for w in got] == [w.hex() for w in expected], text


@pytest.mark.parametrize("style", FONT_STYLES)
def test_measured_widths_are_the_one_by_one_sums(style: FontStyle) -> None:
    """`width` of text mixing the bundled font with fallback glyphs (whose advances are
    fractions of a unit) is the one-by-one sum, however its characters are summed."""
    measurer = BundledFontMeasurer()
    font = FontSpec(style, 13.7)
    rng = random.Random(style)
    for _ in range(200):
        text = hostile_text(rng, rng.choice((1, 4, 20)))
        assert measurer.width(text, font).hex() == REFERENCE.width(text, font).hex(), text


def test_the_reference_cuts_marks_as_the_layout_does() -> None:
    """The reference's own mark cutting agrees with the layout's (checked, so that the
    comparisons above compare the breaking and not two ways of cutting marks)."""
    rng = random.Random(5)
    for _ in range(300):
        text = hostile_text(rng, rng.choice((1, 10, 60)))
        assert limit_marks(text) == reference_limit_marks(text)
