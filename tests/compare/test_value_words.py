"""Every value a designer can meet in a conflict or a diff reads as words, never as a
Python repr: the emotion scale, lists, yes/no, "(none)", unknown fields, long text."""

from __future__ import annotations

import pytest
from edit_support import sample_project

from mapstudio.compare import (
    FieldConflict,
    Side,
    diff,
    merge,
    pending_conflicts,
    with_pending_conflicts,
)
from mapstudio.compare.conflicts import show_value
from mapstudio.edit import UpdateCard, UpdateMap, UpdatePersona
from mapstudio.model import Card, EmotionScale, Project, find_map

M1 = "m1"
REPR_MARKS = ("{", "}", "[", "]", "True", "False", "None")


def _readable(text: str) -> None:
    for mark in REPR_MARKS:
        assert mark not in text, f"{mark!r} in {text!r}"


def _field_conflict(base: Project, ours: Project, theirs: Project, field: str) -> FieldConflict:
    result = merge(base, ours, theirs)
    found = [c for c in result.conflicts if isinstance(c, FieldConflict) and c.field == field]
    assert len(found) == 1, result.conflicts
    return found[0]


def test_an_emotion_scale_in_a_conflict() -> None:
    base = sample_project()
    wider = EmotionScale(
        min=-3, max=3, labels=("Awful", "Bad", "Meh", "Okay", "Fine", "Good", "Great")
    )
    ours = UpdateMap(M1, {"emotion_scale": wider}).apply(base)
    theirs = UpdateMap(
        M1, {"emotion_scale": EmotionScale(min=1, max=3, labels=("Low", "Mid", "High"))}
    ).apply(base)
    conflict = _field_conflict(base, ours, theirs, "emotion_scale")
    assert conflict.value_words(Side.OURS) == "−3 to +3: Awful, Bad, Meh, Okay, Fine, Good, Great"
    assert conflict.value_words(Side.THEIRS) == "1 to 3: Low, Mid, High"
    _readable(conflict.describe())
    # A conflict kept in the file comes back as plain JSON, and reads the same.
    pending = pending_conflicts(
        with_pending_conflicts(merge(base, ours, theirs).project, (conflict,), {})
    )
    again = next(p.conflict for p in pending if isinstance(p.conflict, FieldConflict))
    assert again.value_words(Side.THEIRS) == "1 to 3: Low, Mid, High"


def test_the_default_scale_reads_as_its_words() -> None:
    assert show_value(EmotionScale()) == (
        "−2 to +2: Very negative, Negative, Neutral, Positive, Very positive"
    )
    assert show_value(EmotionScale().model_dump(mode="json")) == show_value(EmotionScale())


def test_a_scale_with_long_labels_is_cut_between_its_ends() -> None:
    labels = tuple(f"Label number {i} of many" for i in range(11))
    text = show_value(EmotionScale(min=-5, max=5, labels=labels))
    assert text.startswith("−5 to +5: Label number 0 of many")
    assert text.endswith("Label number 10 of many")
    assert " … " in text and len(text) <= 100


def test_lists_of_a_persona_in_a_conflict() -> None:
    base = UpdatePersona("p1", {"goals": ("Feel safe",)}).apply(sample_project())
    ours = UpdatePersona("p1", {"goals": ("Save time", "Pay less")}).apply(base)
    theirs = UpdatePersona("p1", {"goals": ()}).apply(base)
    conflict = _field_conflict(base, ours, theirs, "goals")
    assert conflict.value_words(Side.OURS) == "'Save time', 'Pay less'"
    assert conflict.value_words(Side.THEIRS) == "(none)"
    _readable(conflict.describe())


def test_tags_and_a_missing_severity_in_a_diff() -> None:
    base = sample_project()
    after = UpdateCard(M1, "a0", {"tags": ("urgent", "web"), "severity": 4}).apply(base)
    text = "\n".join(change.describe() for change in diff(base, after).changes)
    assert "'urgent', 'web'" in text
    assert "(none)" in text
    _readable(text)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, "(none)"),
        ("", "(none)"),
        ([], "(none)"),
        (True, "yes"),
        (False, "no"),
        (3, "3"),
        (2.0, "2"),
        (0.25, "0.25"),
        (["a", 1, True], "'a', 1, yes"),
        ({"owner": "Ann", "done": False}, "owner: 'Ann', done: no"),
        ({"nested": {"deep": [1, 2]}}, "nested: (deep: (1, 2))"),
        ({}, "(none)"),
    ],
)
def test_plain_values(value: object, words: str) -> None:
    assert show_value(value) == words


def _with_review(project: Project, review: object) -> Project:
    """The card a0 carrying an unknown field, as a newer mapstudio might write it."""
    journey_map = find_map(project, M1)
    cards = tuple(
        Card.model_validate({**card.model_dump(), "review": review}) if card.id == "a0" else card
        for card in journey_map.cards
    )
    return project.model_copy(
        update={"maps": (journey_map.model_copy(update={"cards": cards}), *project.maps[1:])}
    )


def test_an_unknown_field_in_a_conflict() -> None:
    base = sample_project()
    ours = _with_review(base, {"owner": "Ann", "done": True})
    theirs = _with_review(base, {"owner": "Bo", "done": False, "notes": None})
    conflict = _field_conflict(base, ours, theirs, "review")
    assert conflict.value_words(Side.OURS) == "owner: 'Ann', done: yes"
    assert conflict.value_words(Side.THEIRS) == "owner: 'Bo', done: no, notes: (none)"
    _readable(conflict.describe())


def test_long_values_are_cut_with_an_ellipsis() -> None:
    text = show_value({f"key{i}": "x" * 20 for i in range(20)})
    assert text.endswith("…") and len(text) <= 60
    assert show_value(["word"] * 100).endswith("…")
