"""Greedy line breaking with the bundled font's advances.

Both painters draw the lines produced here as they are, so they never wrap text
themselves; that is what keeps the canvas and the PDF in step.

Combining marks (accents and the like) have no width, so the line breaker cannot see
them, but a shaping renderer stacks them on their letter: ten thousand marks on one
letter make a column that runs across the whole map. The lines keep at most
MAX_MARKS_PER_BASE marks in a row; the stored text is not changed.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, islice

from mapstudio.layout.fonts import FontSpec, TextMeasurer

ELLIPSIS = "…"
# Widths are sums of floats; allow for rounding when comparing with a limit.
EPSILON = 1e-6

# Unicode's Stream-Safe Text Format (UAX #15) allows at most 30 combining characters in a
# row; no writing system needs more, and a stack that tall still fits a card's clip.
MAX_MARKS_PER_BASE = 30

# Every nonspacing or enclosing mark maps to NUL (which text in a map never holds), so
# that runs of marks are found by a one-character pattern at C speed.
_MARK_TABLE: dict[int, int] | None = None
_NUL_RUNS = re.compile(f"\x00{{{MAX_MARKS_PER_BASE + 1},}}")
# A run of marks too long is a run of as many non-ASCII characters: text without one (an
# ASCII text with a typographic minus, say) needs no look at its marks.
_LONG_NON_ASCII = re.compile(f"[^\x00-\x7f]{{{MAX_MARKS_PER_BASE + 1}}}")


def _mark_table() -> dict[int, int]:
    global _MARK_TABLE
    if _MARK_TABLE is None:
        # Built on first use (some tens of milliseconds). Marks live in planes 0, 1 and
        # 14 (variation selectors); planes 2 to 13 hold none.
        codes = itertools.chain(range(0x20000), range(0xE0000, 0xE1000))
        _MARK_TABLE = {code: 0 for code in codes if unicodedata.category(chr(code)) in ("Mn", "Me")}
    return _MARK_TABLE


def limit_marks(text: str) -> str:
    """`text` with every run of combining marks cut to MAX_MARKS_PER_BASE."""
    if len(text) <= MAX_MARKS_PER_BASE or text.isascii():
        return text
    if _LONG_NON_ASCII.search(text) is None:
        return text  # marks are not ASCII: no run of them is too long
    runs = list(_NUL_RUNS.finditer(text.translate(_mark_table())))
    if not runs:
        return text
    pieces: list[str] = []
    kept = 0
    for run in runs:
        pieces.append(text[kept : run.start() + MAX_MARKS_PER_BASE])
        kept = run.end()
    pieces.append(text[kept:])
    return "".join(pieces)


def wrap_text(
    text: str,
    font: FontSpec,
    max_width: float,
    measurer: TextMeasurer,
    max_lines: int | None = None,
) -> tuple[str, ...]:
    """Lines of `text` no wider than `max_width`.

    Breaks greedily at spaces, keeps explicit newlines, splits words wider than the
    line at character level and, with `max_lines`, ends the last kept line with an
    ellipsis that still fits. Runs of spaces collapse to one. Whitespace-only text
    gives no lines. A single character wider than `max_width` still gets a line of its
    own, so wrapping always makes progress.
    """
    return tuple(line for line, _width in wrap_measured(text, font, max_width, measurer, max_lines))


def wrap_measured(
    text: str,
    font: FontSpec,
    max_width: float,
    measurer: TextMeasurer,
    max_lines: int | None = None,
) -> tuple[tuple[str, float], ...]:
    """`wrap_text`, with each line's width (known while wrapping, so not measured twice).

    Words are measured a batch at a time (`word_widths`: for the bundled font, one pass
    in C over the batch's characters) rather than with a call per word; the breaking
    itself adds the very same floats in the same order as measuring word by word would,
    so the lines and their widths are exactly those of a word-by-word greedy wrap.
    """
    text = limit_marks(text)
    paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    if paragraphs == [""]:
        return ()
    if max_lines is not None and max_lines <= 0:
        return ()
    # Stop as soon as one line more than is kept exists: the rest would be cut anyway,
    # so a 5,000-character body costs what its shown lines cost, not its length.
    enough = max_lines + 1 if max_lines is not None else None
    breaker = _Breaker(font, max_width, measurer, enough)
    lines = breaker.lines
    for paragraph in paragraphs:
        if enough is None or len(paragraph) <= _LAZY_PARAGRAPH:
            words = paragraph.split()
            if not words:
                lines.append(("", 0.0))
            else:
                breaker.paragraph(words, None, breaker.measure_paragraph(paragraph, font))
        elif paragraph.isspace():
            lines.append(("", 0.0))
        else:
            # A long paragraph of limited lines: read its words a batch at a time, as
            # far as they are shown.
            found = _words_of(paragraph)
            breaker.paragraph(
                [], found, first_batch=_first_batch(paragraph, font, max_width, enough)
            )
        if enough is not None and len(lines) >= enough:
            break
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = _with_ellipsis(kept[-1][0], font, max_width, measurer)
        return tuple(kept)
    return tuple(lines)


# Past this length a word is first tried for a split before it is measured whole
# (measuring costs its whole length, a split only the lines shown; below this the
# split would cost more than the measurement).
_LONG_WORD = 1_000
# Past this length a paragraph whose lines are limited is read word by word, as far as
# it is shown, instead of being split whole (thousands of words for six lines).
_LAZY_PARAGRAPH = 600
_SPACE = re.compile(r"\s")
# Characters of a long paragraph split into words at a time (a card's six lines hold a
# few hundred).
_WORDS_CHUNK = 512
# With limited lines, words measured at first, then twice as many each time more are
# needed: the shown lines of a long text cost about what they hold.
_FIRST_BATCH = 16


# The opening of a long paragraph whose words' length sets the first batch.
_OPENING = 256
# A little under the average advance of a letter, in ems: more words are read than fill
# the lines rather than fewer (reading too few costs a second batch).
_NARROW_LETTER = 0.4


def _first_batch(paragraph: str, font: FontSpec, max_width: float, lines: int) -> int:
    """How many words of a long paragraph to measure first for `lines` lines: about
    as many as fill them, judged by the length of the words of its opening; at most
    _FIRST_BATCH. A paragraph of long words (tags of sixty letters, each split over
    two lines) needs a few words, not a batch of sixteen."""
    opening = paragraph[:_OPENING]
    letters_per_word = len(opening) / max(1, len(opening.split()))
    per_line = max_width / (_NARROW_LETTER * font.size * letters_per_word) if font.size > 0 else 0.0
    estimate = lines * per_line + 1
    if not estimate < _FIRST_BATCH:  # also a size of 0 or an endless width
        return _FIRST_BATCH
    return max(1, math.ceil(estimate))


def _words_of(paragraph: str) -> Iterator[str]:
    """The words of `paragraph` (split at whitespace), read a chunk at a time: a long
    body is read only as far as its shown lines need, and each chunk is split in C
    (a match object per word cost a tenth of laying out a large map's cards)."""
    start, end = 0, len(paragraph)
    while start < end:
        stop = start + _WORDS_CHUNK
        if stop < end:
            # Extend the chunk to the next whitespace, so that no word is cut in two.
            space = _SPACE.search(paragraph, stop)
            stop = space.start() if space is not None else end
        yield from paragraph[start:stop].split()
        start = stop


def word_widths_of(measurer: TextMeasurer) -> Callable[[Sequence[str], FontSpec], list[float]]:
    """The measurer's batch measurement of words, or one built on its `width`."""
    batch = getattr(measurer, "word_widths", None)
    if batch is not None:
        return batch
    width = measurer.width
    return lambda words, font: [width(word, font) for word in words]


def paragraph_widths_of(measurer: TextMeasurer) -> Callable[[str, FontSpec], list[float]]:
    """The measurer's measurement of a text's words (split at whitespace), which may
    keep them for the next time the same text is measured; or one built on its
    `word_widths` (or `width`)."""
    kept = getattr(measurer, "paragraph_widths", None)
    if kept is not None:
        return kept
    measure = word_widths_of(measurer)
    return lambda text, font: measure(text.split(), font)


class _Breaker:
    """Greedy line breaking of the paragraphs of one text into `lines`."""

    def __init__(
        self, font: FontSpec, max_width: float, measurer: TextMeasurer, enough: int | None
    ) -> None:
        self.font = font
        self.max_width = max_width
        self.measurer = measurer
        self.enough = enough
        self.space = measurer.width(" ", font)
        self.limit = max_width + EPSILON
        self.measure = word_widths_of(measurer)
        self.measure_paragraph = paragraph_widths_of(measurer)
        self.lines: list[tuple[str, float]] = []

    def _widths(self, words: list[str]) -> list[float]:
        """The words' widths; with limited lines, a word so long that its first two
        pieces already fill more than a line counts as infinitely wide: it will be
        split, so all of it need not be measured (a body may be one word of 5,000
        letters)."""
        if self.enough is None or max(map(len, words)) <= _LONG_WORD:
            return self.measure(words, self.font)
        widths: list[float] = []
        for word in words:
            if (
                len(word) > _LONG_WORD
                and len(_split_word(word, self.font, self.max_width, self.measurer, 2)) > 1
            ):
                widths.append(math.inf)
            else:
                widths.extend(self.measure([word], self.font))
        return widths

    def paragraph(
        self,
        words: list[str],
        more: Iterator[str] | None,
        widths: list[float] | None = None,
        first_batch: int = _FIRST_BATCH,
    ) -> None:
        """Break one paragraph of `words` (with their `widths`, when measured already)
        and, with `more`, the words that follow them. With limited lines, words not
        measured yet are measured a batch at a time (`first_batch` words, then twice as
        many each time), only as far as lines are wanted."""
        lines, enough, limit, space = self.lines, self.enough, self.limit, self.space
        if widths is None:
            widths = []
        batch = first_batch if enough is not None else len(words)

        def measure_more() -> bool:
            """Measure the next batch of words (read from `more` when all of `words`
            are measured); False when the paragraph has no more words."""
            nonlocal batch, more
            measured = len(widths)
            if measured == len(words):
                if more is None:
                    return False
                following = list(islice(more, batch))
                if not following:
                    more = None
                    return False
                words.extend(following)
            widths.extend(self._widths(words[measured : measured + batch]))
            batch *= 2
            return True

        if not widths:
            measure_more()
        index = 0
        while True:
            word, width = words[index], widths[index]
            index += 1
            if width <= limit:
                current, current_width = word, width
            else:
                room = None if enough is None else enough - len(lines)
                pieces = _split_word(word, self.font, self.max_width, self.measurer, room)
                lines.extend(pieces[:-1])
                current, current_width = pieces[-1]
                if enough is not None and len(lines) >= enough:
                    return
            # The words that join this line: the same sums, in the same order, as
            # adding one word at a time.
            first = index
            last = True  # whether this line ends the paragraph
            while index < len(widths) or measure_more():
                width = widths[index]
                if current_width + space + width > limit:
                    last = False
                    break
                current_width += space + width
                index += 1
            if index > first:
                current = " ".join([current, *words[first:index]])
            lines.append((current, current_width))
            if last or (enough is not None and len(lines) >= enough):
                return


def _split_word(
    word: str,
    font: FontSpec,
    max_width: float,
    measurer: TextMeasurer,
    max_pieces: int | None = None,
) -> list[tuple[str, float]]:
    """A word too wide for one line, cut into pieces that each fit, with their widths;
    with `max_pieces`, only that many pieces (more would not be shown).

    Each piece is as many characters as fit, at least one: where the running sum of
    their widths first exceeds the line. The sums are taken in C (`accumulate`) a
    stretch of characters at a time and the break found by bisection; they are the
    very floats of adding one character at a time.
    """
    pieces: list[tuple[str, float]] = []
    limit = max_width + EPSILON
    # A long word repeats few characters: measure each once.
    chars = list(set(word))
    width_of = dict(zip(chars, word_widths_of(measurer)(chars, font), strict=True)).__getitem__
    start = 0
    span = _SPLIT_SPAN
    while True:
        stretch = word[start : start + span]
        sums = list(accumulate(map(width_of, stretch)))
        # The first character past the first of the piece that takes it over the line.
        end = bisect_right(sums, limit, 1)
        if end == len(sums):
            if start + span >= len(word):
                pieces.append((stretch, sums[-1]))
                return pieces
            span *= 2  # the piece goes on past this stretch: sum a longer one
            continue
        pieces.append((stretch[:end], sums[end - 1]))
        if max_pieces is not None and len(pieces) >= max_pieces:
            return pieces
        start += end
        span = 2 * end + 1


# Characters summed at first when looking for a break inside a word.
_SPLIT_SPAN = 64


def _with_ellipsis(
    line: str, font: FontSpec, max_width: float, measurer: TextMeasurer
) -> tuple[str, float]:
    """`line` shortened until it and a trailing ellipsis fit, with its width: the
    longest of `line`, `line` less its last character, and so on (trailing spaces
    dropped each time), that fits."""
    limit = max_width + EPSILON
    candidate = line.rstrip()
    width = measurer.width(candidate + ELLIPSIS, font)
    if width <= limit or not candidate:
        return candidate + ELLIPSIS, width
    # Measuring every shorter candidate afresh costs the line's length each time. Widths
    # add up, so subtract the dropped characters' widths to find the candidate, then
    # check it with two exact measurements: it fits and the one before it does not.
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
    # Rounding put the estimate on the wrong side of the limit: measure step by step.
    width = measurer.width(candidate + ELLIPSIS, font)
    while candidate and width > limit:
        candidate = candidate[:-1].rstrip()
        width = measurer.width(candidate + ELLIPSIS, font)
    return candidate + ELLIPSIS, width
