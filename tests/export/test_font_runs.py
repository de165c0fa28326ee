"""A line's font runs are found by cutting it where the characters the bundled font lacks
are, instead of looking at every character; the runs, and the characters reported as
drawn by a fallback or by no font, must be those of the character-by-character split.
"""

from __future__ import annotations

import random

from mapstudio.export.fonts import FontRunner
from mapstudio.layout import FONT_STYLES, FontStyle, font_metrics
from mapstudio.layout.fonts import SUBSTITUTES
from wrap_samples import PIECES, hostile_text


def reference_runs(runner: FontRunner, text: str, style: FontStyle) -> tuple[tuple[str, str], ...]:
    """The split as it was: each character's font in turn, neighbours of one font
    joined (a typographic minus no font has becomes a hyphen, with no warning)."""
    primary = runner.names[style]
    metrics = font_metrics(style)
    runs: list[tuple[str, str]] = []
    for char in text:
        name = primary
        if not (metrics.has_char(char) or char in "\n\r\t"):
            fallback = runner._fallback_for(char, style)
            if fallback is None and char in SUBSTITUTES:
                runner.missing.discard(char)
                char = SUBSTITUTES[char]
            name = fallback or primary
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return tuple(runs)


def _texts() -> list[str]:
    rng = random.Random(21)
    texts = [hostile_text(rng, rng.choice((1, 2, 5, 20))) for _ in range(1_500)]
    texts += PIECES
    # A line that mixes many characters no font here has (read a character at a time)
    # and lines with one or two (cut by a pattern).
    texts += ["漢字" * 20 + "abc" + "\u2212", "score \u22122 → \u2212 1", "\u2212" * 50]
    return texts


def test_runs_are_those_of_the_character_by_character_split() -> None:
    for use_fallbacks in (True, False):
        fast, slow = FontRunner(use_fallbacks), FontRunner(use_fallbacks)
        for text in _texts():
            for style in FONT_STYLES:
                expected = reference_runs(slow, text, style)
                assert fast.runs(text, style) == expected, (text, style)
                # Asked again (from the memo), the same.
                assert fast.runs(text, style) == expected
        assert fast.missing == slow.missing
        assert fast.fallback_used == slow.fallback_used
