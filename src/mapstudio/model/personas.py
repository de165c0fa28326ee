"""Rules about personas that every view of them shares.

A persona's initials (its avatar when there is no photo), the ink that reads on its
colour, and the colour and name a new persona gets. The Personas panel, the canvas and
the poster all ask here, so a persona looks the same wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from mapstudio.model.entities import Persona

# Distinct, print-safe accent colours offered to new personas in turn.
PERSONA_COLORS = (
    "#3A6EA5",
    "#C8553D",
    "#3E8E6E",
    "#8E5BA8",
    "#D19A2E",
    "#2E8C9C",
    "#B5487A",
    "#6B7A2F",
)

# The two inks for text on a persona colour: white, or the app's near-black.
LIGHT_INK = "#FFFFFF"
DARK_INK = "#1F2933"


def persona_initials(name: str) -> str:
    """The letters of a persona's avatar: the first letter of the first and of the last
    word ("Mary Ann Smith" -> "MS"), capitalised; one letter for a one-word name.

    Words that start with neither a letter nor a digit (an emoji, a bracket, a dash)
    give no letter; a name without any other word has no initials ("").
    """
    words = [word for word in name.split() if word[:1].isalnum()]
    if not words:
        return ""
    firsts = (words[0][0],) if len(words) == 1 else (words[0][0], words[-1][0])
    return "".join(_capital(letter) for letter in firsts)


def _capital(letter: str) -> str:
    # Some letters grow when capitalised ("ß" -> "SS", "ǆ" -> "Ǆ" stays one): an avatar
    # has room for one character per word.
    upper = letter.upper()
    return upper if len(upper) == 1 else letter


def readable_ink(background: str) -> str:
    """LIGHT_INK or DARK_INK, whichever contrasts more with `background` ("#RRGGBB"),
    by the relative luminance of WCAG 2."""
    red, green, blue = (int(background[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    # Contrast with white is 1.05 / (L + 0.05); with DARK_INK about (L + 0.05) / 0.07.
    return LIGHT_INK if 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.07 else DARK_INK


def next_persona_color(personas: Sequence[Persona]) -> str:
    """The colour for a new persona: the first of PERSONA_COLORS that no persona has,
    or, when all are taken, the colours again in turn."""
    used = {persona.color.upper() for persona in personas}
    return next(
        (color for color in PERSONA_COLORS if color.upper() not in used),
        PERSONA_COLORS[len(personas) % len(PERSONA_COLORS)],
    )


def next_persona_name(personas: Sequence[Persona], pattern: str = "Persona {n}") -> str:
    """The name for a new persona: `pattern` with the next number no persona's name
    uses ("Persona 3" for a library of two). The window passes the pattern in the
    user's language."""
    names = {persona.name for persona in personas}
    number = len(personas) + 1
    while pattern.format(n=number) in names:
        number += 1
    return pattern.format(n=number)
