"""The emotion-scale rules of the model: how a step is written, a scale with new bounds
keeps the labels that still fit, and a relabelled step."""

from __future__ import annotations

import pytest

from mapstudio.model import DEFAULT_SCALE_LABELS, EmotionScale, signed_step


def test_a_step_is_written_with_its_sign_and_a_real_minus() -> None:
    assert [signed_step(s) for s in (-2, 0, 2)] == ["\u22122", "0", "+2"]


def test_a_score_reads_as_its_step_and_label() -> None:
    scale = EmotionScale()
    assert scale.step_text(-2) == "\u22122 · Very negative"
    assert scale.step_text(0) == "0 · Neutral"
    assert scale.step_text(2) == "+2 · Very positive"


def test_a_shifted_scale_keeps_its_words() -> None:
    shifted = EmotionScale().resized(1, 5)
    assert (shifted.min, shifted.max) == (1, 5)
    assert shifted.labels == DEFAULT_SCALE_LABELS


def test_a_longer_scale_keeps_the_labels_of_the_steps_it_had() -> None:
    scale = EmotionScale(min=-1, max=1, labels=("Bad", "Meh", "Good"))
    wider = scale.resized(-2, 3)
    assert wider.labels == ("\u22122", "Bad", "Meh", "Good", "+2", "+3")
    narrower = wider.resized(-1, 0)
    assert narrower.labels == ("Bad", "Meh")


def test_widening_and_narrowing_again_gives_the_labels_back() -> None:
    wide = EmotionScale().resized(-3, 3)
    assert wide.labels == ("\u22123", *DEFAULT_SCALE_LABELS, "+3")
    assert wide.resized(-2, 2) == EmotionScale()


@pytest.mark.parametrize(("low", "high"), [(0, 0), (2, 1), (-6, 6), (-100, 100)])
def test_a_scale_outside_two_to_eleven_steps_is_refused(low: int, high: int) -> None:
    with pytest.raises(ValueError):
        EmotionScale().resized(low, high)


def test_a_relabelled_step_keeps_the_others_and_an_empty_label_becomes_the_number() -> None:
    scale = EmotionScale()
    happy = scale.relabelled(2, "  Delighted ")
    assert happy.labels == (*DEFAULT_SCALE_LABELS[:4], "Delighted")
    assert happy.relabelled(-2, "   ").labels[0] == "\u22122"


def test_a_scale_without_negatives_writes_plain_numbers() -> None:
    """ "+3" on a 1..5 scale suggests a zero the scale does not have; the map and the
    poster write "3", and the window must write what they write."""
    scale = EmotionScale(min=1, max=5, labels=("a", "b", "c", "d", "e"))
    assert scale.number(3) == "3"
    assert scale.step_text(3) == "3 · c"
    assert scale.resized(1, 6).labels[-1] == "6"
    assert EmotionScale().number(2) == "+2"
    assert EmotionScale().number(-1) == "\u22121"
