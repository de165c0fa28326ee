"""Text that is hard to lay out and print: every kind of space and line end, long words,
combining marks alone and in towers, characters the bundled font lacks (drawn by a
fallback font with advances that are fractions of a unit, or by no font here),
right-to-left scripts, zero-width and control characters. Shared by the tests that hold
fast text paths (line breaking, font runs) to the plain ones they replaced.
"""

from __future__ import annotations

import random

from mapstudio.layout.text import MAX_MARKS_PER_BASE

# Pieces text is made of: plain words; long words; spaces of every kind (a no-break space
# and an ideographic space break like a space); combining marks, one and in towers;
# characters the bundled font lacks and a fallback font draws, with advances that are
# not whole units (the typographic minus, Hebrew, Arabic, box drawing); characters no
# font here has (CJK, emoji: the .notdef box); right-to-left text; zero-width and
# control characters; line ends of every kind.
PIECES = [
    "a",
    "journey",
    "Wayfinding",
    "x" * 90,
    "y" * 1_500,
    "ab" * 700,
    "W" * 40,
    " ",
    "   ",
    "\t",
    "\u00a0",
    "\u3000",
    "\u2009",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "e\u0301",
    "Z" + "\u0301" * 40,
    "o" + "\u0308" * (MAX_MARKS_PER_BASE + 1),
    "a" + "\u0300\u0301\u0302" * 15,
    "Tiếng Việt",
    "\u2212",
    "(\u22122)",
    "שָׁלוֹם",
    "مرحبا بالعالم",
    "\u2500\u2502\u253c",
    "漢字かな交じり文",
    "カード",
    "🧩🚀",
    "\U0001f469\u200d\U0001f4bb",
    "\u200b",
    "\u200d",
    "\ufe0f",
    "\x01",
    "…",
    "—",
    "’",
    "é",
    "\u00ad",
]


def hostile_text(rng: random.Random, pieces: int) -> str:
    """`pieces` random pieces, most followed by a space."""
    parts = [rng.choice(PIECES) for _ in range(pieces)]
    return "".join(part if rng.random() < 0.3 else part + " " for part in parts)


def random_words(rng: random.Random, length: int) -> str:
    """Random lower-case letters with a space one time in seven, like the benchmark's
    texts: nearly every word new."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz      ") for _ in range(length))
