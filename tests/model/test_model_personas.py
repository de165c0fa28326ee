"""The persona rules of the model: initials, the ink on a persona colour, and the colour
and name a new persona gets. The Personas panel, the canvas and the poster all use
these, so they are tested here once, without Qt."""

from __future__ import annotations

import pytest

from mapstudio.model import (
    PERSONA_COLORS,
    Persona,
    next_persona_color,
    next_persona_name,
    persona_initials,
    readable_ink,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # First and last word: what people expect of "Mary Ann Smith".
        ("Mary Ann Smith", "MS"),
        ("Maya Okafor", "MO"),
        ("maya okafor", "MO"),
        ("Cher", "C"),
        ("  Jean   Luc  Picard ", "JP"),
        # Words that start with neither a letter nor a digit do not give a letter.
        ("Mary-Ann (pilot)", "M"),
        ("🙂 Ben", "B"),
        ("Ben 🙂", "B"),
        ("3M buyer", "3B"),
        ("Émile Zola", "ÉZ"),
        ("山田 太郎", "山太"),
        # "ß".upper() is "SS": an avatar keeps one letter per word.
        ("ßandra Ohm", "ßO"),
        # Nothing to take a letter from: no letters at all, on every view alike.
        ("", ""),
        ("   ", ""),
        ("— ?", ""),
    ],
)
def test_initials_are_the_first_letters_of_the_first_and_last_word(
    name: str, expected: str
) -> None:
    assert persona_initials(name) == expected


def test_initials_are_at_most_two_characters_for_any_name() -> None:
    for name in ("a b c d e f", "ǆemal ǉubo", "ﬀ ﬁ", "x" * 200):
        assert 1 <= len(persona_initials(name)) <= 2, name


def test_the_ink_on_a_persona_colour_is_the_one_that_reads() -> None:
    inks = {color: readable_ink(color) for color in PERSONA_COLORS}
    assert inks.pop("#D19A2E") == "#1F2933"  # ochre: dark initials read better
    assert set(inks.values()) == {"#FFFFFF"}
    assert readable_ink("#FFF3BF") == "#1F2933"  # butter yellow: dark initials
    assert readable_ink("#ffffff") == "#1F2933"
    assert readable_ink("#000000") == "#FFFFFF"


def test_a_new_persona_gets_the_first_colour_nobody_uses() -> None:
    assert next_persona_color(()) == PERSONA_COLORS[0]
    first = Persona(name="A", color=PERSONA_COLORS[0].lower())
    third = Persona(name="C", color=PERSONA_COLORS[2])
    assert next_persona_color((first, third)) == PERSONA_COLORS[1]


def test_when_every_colour_is_taken_they_are_offered_again_in_turn() -> None:
    taken = tuple(Persona(name=f"P{i}", color=c) for i, c in enumerate(PERSONA_COLORS))
    assert next_persona_color(taken) == PERSONA_COLORS[0]
    one_more = (*taken, Persona(name="X", color=PERSONA_COLORS[0]))
    assert next_persona_color(one_more) == PERSONA_COLORS[1]


def test_a_new_persona_gets_the_next_unused_number() -> None:
    assert next_persona_name(()) == "Persona 1"
    library = (Persona(name="Maya"), Persona(name="Persona 3"))
    # Two personas: "Persona 3" would be next, but it is taken.
    assert next_persona_name(library) == "Persona 4"
    # The pattern comes from the window, in the user's language.
    assert next_persona_name(library, "Profil {n}") == "Profil 3"
