"""Damaged input never crashes the loader: it loads a sound project or raises a typed error."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.fileformat import ProjectFileError, dumps_project, loads_project
from mapstudio.fileformat.load import UNEXPECTED
from mapstudio.model import integrity_problems

from .conftest import build_rich_project
from .strategies import json_values

RICH_DOCUMENT = json.loads(dumps_project(build_rich_project()))

# Values that sit just outside what the model accepts, besides random JSON.
nasty_values = st.one_of(
    json_values,
    st.sampled_from(
        [None, "", -1, 0, 6, 10**30, -(10**30), 1e300, 0.5, "x" * 6000, [], {}, [None], True]
    ),
)


def _slots(node: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) pair of the document, in a stable order."""
    if isinstance(node, dict):
        for key, value in node.items():
            out.append((node, key))
            _slots(value, out)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.append((node, index))
            _slots(value, out)
    return out


@st.composite
def damaged_documents(draw: st.DrawFn) -> str:
    document = json.loads(json.dumps(RICH_DOCUMENT))
    for _ in range(draw(st.integers(1, 4))):
        slots = _slots(document, [])
        container, key = slots[draw(st.integers(0, len(slots) - 1))]
        action = draw(st.sampled_from(["replace", "delete"]))
        if action == "delete":
            del container[key]
        else:
            # A copy: sampled lists are shared objects and could end up inside themselves.
            container[key] = json.loads(json.dumps(draw(nasty_values)))
    return json.dumps(document)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_documents())
def test_damaged_documents_load_soundly_or_raise_typed_errors(text: str) -> None:
    try:
        result = loads_project(text)
    except ProjectFileError as error:
        assert error.message and "\n" not in error.message
        assert not error.details.startswith(UNEXPECTED), error.details  # a bug of ours
        return
    assert integrity_problems(result.project) == []
    again = loads_project(dumps_project(result.project))
    assert again.warnings == ()
    assert again.project == result.project


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_random_bytes_raise_typed_errors(data: bytes | str) -> None:
    try:
        loads_project(data)
    except ProjectFileError as error:
        assert not error.details.startswith(UNEXPECTED), error.details


# -- random byte mutations of a whole valid file ------------------------------------------

RICH_BYTES = dumps_project(build_rich_project()).encode("utf-8")


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    """The rich project's file with a few bytes flipped, inserted or deleted."""
    data = bytearray(RICH_BYTES)
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        at = draw(st.integers(0, len(data) - 1))
        if action == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 4))]
        elif draw(st.booleans()):
            del data[at:]  # truncated, as by an interrupted copy
        if not data:
            break
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_byte_mutations_of_a_valid_file_load_or_raise_typed_errors(data: bytes) -> None:
    try:
        result = loads_project(data)
    except ProjectFileError as error:
        assert error.message and "\n" not in error.message
        assert not error.details.startswith(UNEXPECTED), error.details
        return
    assert integrity_problems(result.project) == []
    dumps_project(result.project)  # whatever loaded can be saved again
