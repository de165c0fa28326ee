"""Fuzz: hostile values through the clipboard gate and the loader gate.

Whatever a paste or a file holds (NaN and infinities, integers of thousands of digits,
nesting past every limit, huge lists, control characters, lone surrogates, values of
the wrong type in known fields), the gate either refuses it with a plain message or
lets through a project that saves, opens again without repairs and equals itself.
"""

from __future__ import annotations

import json
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.edit import PasteCards
from mapstudio.fileformat import ProjectFileError, dumps_project, loads_project
from mapstudio.fileformat.gate import read_pasted_cards
from mapstudio.fileformat.load import UNEXPECTED
from mapstudio.model import Project, blank_project, integrity_problems
from mapstudio.model.unknown import MAX_UNKNOWN_DEPTH

from .conftest import build_rich_project

# Hostile values are written as JSON text by hand, so that NaN, Infinity and integers
# Python refuses to print (over 4,300 digits) can be among them.
atoms = st.one_of(
    st.sampled_from(
        ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "true", "null", "0"]
    ),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.text(
        st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=("Cs",))
        | st.sampled_from(["\ud800", "\udfff", "\r", "\x00", "\x85", "\u202e"]),
        max_size=30,
    ).map(lambda s: json.dumps(s, ensure_ascii=True)),
    st.integers(0, 120).map(lambda depth: "[" * depth + "]" * depth),
    st.integers(0, 5000).map(lambda n: "[" + ",".join(["{}"] * n) + "]"),
)
values = st.recursive(
    atoms,
    lambda inner: (
        st.lists(inner, max_size=3).map(lambda xs: "[" + ",".join(xs) + "]")
        | st.dictionaries(
            st.text(string.ascii_lowercase, min_size=1, max_size=5).map(json.dumps),
            inner,
            max_size=3,
        ).map(lambda d: "{" + ",".join(f"{k}:{v}" for k, v in d.items()) + "}")
    ),
    max_leaves=6,
)
CARD_FIELDS = ["id", "title", "body", "order", "severity", "value", "tags", "color", "channel"]
fields = st.sampled_from(CARD_FIELDS) | st.text(string.ascii_lowercase, min_size=1, max_size=6)


@st.composite
def pasted_payloads(draw: st.DrawFn) -> bytes:
    cards = []
    for _ in range(draw(st.integers(1, 3))):
        entries = {'"lane_id"': '"l"', '"stage_id"': '"s"'}
        for _ in range(draw(st.integers(0, 3))):
            entries[json.dumps(draw(fields))] = draw(values)
        cards.append("{" + ",".join(f"{k}:{v}" for k, v in entries.items()) + "}")
    return ('{"format":"mapstudio-cards","version":1,"cards":[' + ",".join(cards) + "]}").encode(
        "utf-8", "surrogatepass"
    )


def assert_saves_and_reopens(project: Project) -> None:
    assert integrity_problems(project) == []
    again = loads_project(dumps_project(project))
    assert again.warnings == ()
    assert again.project == project


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pasted_payloads())
def test_hostile_pastes_are_refused_or_paste_into_a_project_that_saves(payload: bytes) -> None:
    pasted = read_pasted_cards(payload)
    if pasted.refused:
        assert pasted.refused.startswith("The clipboard cannot be pasted as cards: ")
        assert "\n" not in pasted.refused and pasted.cards == ()
        return
    project = blank_project()
    journey_map = project.maps[0]
    if pasted.cards:
        lane, stage = journey_map.lanes[0].id, journey_map.stages[0].id
        command = PasteCards(journey_map.id, pasted.cards, journey_map.bands[0], lane, stage)
        project = command.apply(project)
    for card in pasted.cards:
        for value in (card.model_extra or {}).values():
            assert _depth(value) <= MAX_UNKNOWN_DEPTH
    assert_saves_and_reopens(project)


RICH = json.loads(dumps_project(build_rich_project()))


def _slots(node: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every container of the document with a key that may be set in it."""
    if isinstance(node, dict):
        out.append((node, None))
        for value in node.values():
            _slots(value, out)
    elif isinstance(node, list):
        out.append((node, None))
        for value in node:
            _slots(value, out)
    return out


@st.composite
def hostile_files(draw: st.DrawFn) -> bytes:
    """The rich project's file with hostile values set in a few of its objects and lists
    (known fields and unknown ones), written as JSON text."""
    document = json.loads(json.dumps(RICH))
    marks: dict[str, str] = {}
    slots = _slots(document, [])
    for n in range(draw(st.integers(1, 3))):
        container, _ = slots[draw(st.integers(0, len(slots) - 1))]
        mark = f"@@hostile{n}@@"
        marks[json.dumps(mark)] = draw(values)
        if isinstance(container, dict):
            container[draw(fields)] = mark
        else:
            container.append(mark)
    text = json.dumps(document)
    for mark, value in marks.items():
        text = text.replace(mark, value)
    return text.encode("utf-8", "surrogatepass")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_files())
def test_hostile_files_are_refused_or_load_into_a_project_that_saves(data: bytes) -> None:
    try:
        result = loads_project(data)
    except ProjectFileError as error:
        assert error.message and "\n" not in error.message
        assert not error.details.startswith(UNEXPECTED), error.details
        return
    assert_saves_and_reopens(result.project)


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0
