"""Line breaking: greedy at spaces, newlines kept, long words split, ellipsis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mapstudio.layout import ELLIPSIS, BundledFontMeasurer, FontSpec, wrap_text
from mapstudio.layout.text import EPSILON, MAX_MARKS_PER_BASE, limit_marks

FONT = FontSpec("regular", 10)
MEASURER = BundledFontMeasurer()


def test_short_text_is_one_line(measurer: BundledFontMeasurer) -> None:
    assert wrap_text("Sees an ad", FONT, 200, measurer) == ("Sees an ad",)


def test_empty_and_blank_text_give_no_lines(measurer: BundledFontMeasurer) -> None:
    assert wrap_text("", FONT, 100, measurer) == ()
    assert wrap_text("  \n ", FONT, 100, measurer) == ()


def test_greedy_breaks_at_spaces(measurer: BundledFontMeasurer) -> None:
    text = "the quick brown fox jumps over the lazy dog"
    width = measurer.width("the quick brown", FONT)
    lines = wrap_text(text, FONT, width, measurer)
    assert lines[0] == "the quick brown"
    assert " ".join(lines) == text


def test_explicit_newlines_are_kept(measurer: BundledFontMeasurer) -> None:
    assert wrap_text("one\ntwo\r\n\nthree", FONT, 300, measurer) == ("one", "two", "", "three")


def test_a_long_word_is_split_at_characters(measurer: BundledFontMeasurer) -> None:
    word = "Supercalifragilisticexpialidocious"
    lines = wrap_text(f"a {word} b", FONT, 40, measurer)
    assert len(lines) > 3
    assert "".join(lines).replace(" ", "") == f"a{word}b"
    assert all(measurer.width(line, FONT) <= 40 + EPSILON for line in lines)


def test_max_lines_ends_with_an_ellipsis_that_fits(measurer: BundledFontMeasurer) -> None:
    text = " ".join(["journey"] * 50)
    lines = wrap_text(text, FONT, 80, measurer, max_lines=3)
    assert len(lines) == 3
    assert lines[-1].endswith(ELLIPSIS)
    assert all(measurer.width(line, FONT) <= 80 + EPSILON for line in lines)
    # Text that fits gets no ellipsis.
    assert wrap_text("short", FONT, 80, measurer, max_lines=1) == ("short",)


def test_runs_of_spaces_collapse(measurer: BundledFontMeasurer) -> None:
    assert wrap_text("  a   b  ", FONT, 200, measurer) == ("a b",)


_ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMWé—…’0123 \n"))
_TEXT = st.text(alphabet=_ALPHABET, max_size=200)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, max_width=st.floats(min_value=20, max_value=400))
def test_every_line_fits_and_words_survive(text: str, max_width: float) -> None:
    lines = wrap_text(text, FONT, max_width, MEASURER)
    for line in lines:
        assert MEASURER.width(line, FONT) <= max_width + EPSILON
    # No word is lost or changed: long words may be split, so compare characters...
    assert "".join("".join(lines).split()) == "".join(text.split())
    # ...and where every word fits on a line, the words themselves.
    if all(MEASURER.width(w, FONT) <= max_width for w in text.split()):
        assert " ".join(lines).split() == text.split()


@settings(max_examples=100, deadline=None)
@given(
    text=_TEXT,
    max_width=st.floats(min_value=20, max_value=300),
    max_lines=st.integers(min_value=1, max_value=5),
)
def test_max_lines_is_respected(text: str, max_width: float, max_lines: int) -> None:
    lines = wrap_text(text, FONT, max_width, MEASURER, max_lines=max_lines)
    assert len(lines) <= max_lines
    for line in lines:
        assert MEASURER.width(line, FONT) <= max_width + EPSILON
    unlimited = wrap_text(text, FONT, max_width, MEASURER)
    if len(unlimited) > max_lines:
        assert lines[-1].endswith(ELLIPSIS)
        assert lines[:-1] == unlimited[: max_lines - 1]
    else:
        assert lines == unlimited


def test_runs_of_combining_marks_are_cut_in_the_lines_only(measurer: BundledFontMeasurer) -> None:
    acute, grave = "\u0301", "\u0300"
    tower = "Z" + acute * 5_000 + "ok " + "e" + grave * 31
    (line,) = wrap_text(tower, FONT, 10_000, measurer)
    assert line == "Z" + acute * MAX_MARKS_PER_BASE + "ok " + "e" + grave * MAX_MARKS_PER_BASE
    assert limit_marks(tower) == line


def test_real_writing_keeps_every_mark() -> None:
    for text in (
        "Tiếng Việt có dấu",  # Vietnamese: two marks on a letter
        "שָׁלוֹם עֲלֵיכֶם",  # Hebrew with points
        "नमस्ते दुनिया",  # Devanagari signs
        "e\u0301\u0302\u0303\u0304 " * 40,  # four marks on each of many letters
        "a" + "\u0301" * MAX_MARKS_PER_BASE,  # exactly as many as allowed
    ):
        assert limit_marks(text) == text


def _cut_with_ellipsis(line: str, max_width: float) -> tuple[str, float]:
    """The definition of the last kept line: drop a character (and trailing spaces) at a
    time, measuring afresh, until the line and an ellipsis fit."""
    candidate = line.rstrip()
    width = MEASURER.width(candidate + ELLIPSIS, FONT)
    while candidate and width > max_width + EPSILON:
        candidate = candidate[:-1].rstrip()
        width = MEASURER.width(candidate + ELLIPSIS, FONT)
    return candidate + ELLIPSIS, width


LONG_PIECES = st.sampled_from(
    ["a", "wrap", "measured", "x" * 90, "y" * 1500, "ab" * 700, " ", "  ", "\n", "\n\n", "é—"]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(LONG_PIECES, max_size=120).map(" ".join) | st.text(max_size=300),
    st.floats(8, 300),
    st.integers(1, 8),
)
def test_a_line_limit_only_cuts_what_a_full_wrap_gives(
    text: str, max_width: float, max_lines: int
) -> None:
    """Wrapping stops early when lines are limited (a 5,000-letter body costs its shown
    lines, not its length); the result must be the full wrap cut to the limit, the last
    line ending in an ellipsis."""
    from mapstudio.layout.text import wrap_measured

    full = wrap_measured(text, FONT, max_width, MEASURER)
    limited = wrap_measured(text, FONT, max_width, MEASURER, max_lines)
    if len(full) <= max_lines:
        assert limited == full
    else:
        expected = (*full[: max_lines - 1], _cut_with_ellipsis(full[max_lines - 1][0], max_width))
        assert limited == expected
