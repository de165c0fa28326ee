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
import re
import unicodedata

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
    """`wrap_text`, with each line's width (known while wrapping, so not measured twice)."""
    text = limit_marks(text)
    paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    if paragraphs == [""]:
        return ()
    if max_lines is not None and max_lines <= 0:
        return ()
    width_of = measurer.width
    space = width_of(" ", font)
    limit = max_width + EPSILON
    lines: list[tuple[str, float]] = []
    for paragraph in paragraphs:
        words = paragraph.split()
        if not words:
            lines.append(("", 0.0))
            continue
        current = ""
        current_width = 0.0
        for word in words:
            word_width = width_of(word, font)
            if current and current_width + space + word_width <= limit:
                current += " " + word
                current_width += space + word_width
                continue
            if current:
                lines.append((current, current_width))
            if word_width <= limit:
                current, current_width = word, word_width
            else:
                pieces = _split_word(word, font, max_width, measurer)
                lines.extend(pieces[:-1])
                current, current_width = pieces[-1]
        lines.append((current, current_width))
        # Stop early: the rest would be cut anyway (long bodies on 5,000 cards).
        if max_lines is not None and len(lines) > max_lines:
            break
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = _with_ellipsis(kept[-1][0], font, max_width, measurer)
        return tuple(kept)
    return tuple(lines)


def _split_word(
    word: str, font: FontSpec, max_width: float, measurer: TextMeasurer
) -> list[tuple[str, float]]:
    """A word too wide for one line, cut into pieces that each fit, with their widths."""
    pieces: list[tuple[str, float]] = []
    current = ""
    width = 0.0
    for char in word:
        char_width = measurer.width(char, font)
        if current and width + char_width > max_width + EPSILON:
            pieces.append((current, width))
            current, width = char, char_width
        else:
            current += char
            width += char_width
    pieces.append((current, width))
    return pieces


def _with_ellipsis(
    line: str, font: FontSpec, max_width: float, measurer: TextMeasurer
) -> tuple[str, float]:
    """`line` shortened until it and a trailing ellipsis fit, with its width."""
    candidate = line.rstrip()
    width = measurer.width(candidate + ELLIPSIS, font)
    while candidate and width > max_width + EPSILON:
        candidate = candidate[:-1].rstrip()
        width = measurer.width(candidate + ELLIPSIS, font)
    return candidate + ELLIPSIS, width
