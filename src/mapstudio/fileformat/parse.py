"""Bytes to a JSON document, defensively: encoding, nesting depth, NaN and huge numbers.

A project file is untrusted input (it arrives by mail), so nothing here may crash,
recurse without bound or spend time out of proportion to the size of the file.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from mapstudio.fileformat.constants import (
    FORMAT_NAME,
    MAX_CONTAINERS,
    MAX_DEPTH,
    MAX_INT_DIGITS,
    MAX_VALUES,
)
from mapstudio.fileformat.errors import DamagedFileError, NotAProjectFileError

_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = {
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}

_NOT_STRUCTURE = re.compile(r"[^\[\]{},]+")

_NOT_OURS = "This file is not a mapstudio project"


def decode(data: bytes | str) -> str:
    """The text of a file: UTF-8 with an optional BOM; anything else is refused."""
    if isinstance(data, str):
        text = data.removeprefix("\ufeff")
    else:
        for bom, name in _OTHER_BOMS.items():
            if data.startswith(bom):
                raise NotAProjectFileError(
                    f"{_NOT_OURS}: it is stored as {name} text, not UTF-8.",
                    f"byte order mark of {name}",
                )
        if b"\x00" in data:
            raise NotAProjectFileError(
                f"{_NOT_OURS}: it looks like a binary file, such as an image or a document.",
                "the data contains NUL bytes",
            )
        try:
            text = data.removeprefix(_UTF8_BOM).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise NotAProjectFileError(
                f"{_NOT_OURS}: it contains text that is not stored as UTF-8.", str(exc)
            ) from exc
    if not text.strip():
        raise NotAProjectFileError("The file is empty.", "no content")
    if "\x00" in text:
        raise NotAProjectFileError(
            f"{_NOT_OURS}: it looks like a binary file, such as an image or a document.",
            "the text contains NUL characters",
        )
    return text


@dataclass(frozen=True)
class Shape:
    """How a JSON text is built, measured without parsing it."""

    depth: int  # how deeply arrays and objects nest
    containers: int  # arrays and objects
    separators: int  # commas between values: about the number of values


def measure(text: str) -> Shape:
    """The shape of `text`, in linear passes (mostly in C) that build no JSON values.

    `depth` is exact up to MAX_DEPTH and otherwise only known to be deeper; the depth
    is not looked for past the first MAX_CONTAINERS containers (more are refused anyway).
    """
    structure = _NOT_STRUCTURE.sub("", _outside_strings(text))
    separators = structure.count(",")
    brackets = structure.replace(",", "")
    containers = brackets.count("[") + brackets.count("{")
    return Shape(_depth(brackets[: 2 * MAX_CONTAINERS + 2]), containers, separators)


def _outside_strings(text: str) -> str:
    """`text` without its JSON strings, so a bracket in a title is not nesting.

    In valid JSON a backslash occurs only in a string and starts a two-character escape,
    so dropping the escaped backslashes and then the escaped quotes leaves quotes that
    each open or close a string: the even pieces between them lie outside. (Invalid JSON
    may be measured wrongly; the parser refuses it anyway.) str.replace and str.split
    run in C, several times faster than a regular expression over a file of text.
    """
    if "\\" in text:
        text = text.replace("\\\\", "").replace('\\"', "")
    return "".join(text.split('"')[0::2])


def _depth(brackets: str) -> int:
    """How deeply the brackets nest, counting no further than just past MAX_DEPTH."""
    depth = deepest = 0
    for char in brackets:
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    break
        else:
            depth -= 1
    return deepest


class JsonProblem(ValueError):
    """JSON text that is refused, in words that fit a file and a paste alike."""

    def __init__(self, problem: str, details: str, *, too_deep: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.details = details
        self.too_deep = too_deep


def read_json(text: str) -> Any:
    """Parse `text` as strict JSON (no NaN/Infinity, bounded depth, integer size and
    number of values); raises JsonProblem. The one JSON reader of untrusted text."""
    shape = measure(text)
    if shape.depth > MAX_DEPTH:
        raise JsonProblem(
            "its content is nested far deeper than a project ever is",
            f"nesting depth {shape.depth} > {MAX_DEPTH}",
            too_deep=True,
        )
    # Within the size limit, millions of tiny values ("{},{},...") would still take
    # gigabytes once parsed; refuse them before the parser allocates anything.
    if shape.containers > MAX_CONTAINERS or shape.separators > MAX_VALUES:
        raise JsonProblem(
            "it holds far more entries than a project can have",
            f"{shape.containers} objects and lists, {shape.separators} separators; limits "
            f"{MAX_CONTAINERS} and {MAX_VALUES}",
        )
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except _NumberError as exc:
        raise JsonProblem(str(exc), str(exc)) from exc
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            problem = "it ends too early; it may have been cut off while copying or saving"
        else:
            problem = f"it is not readable at line {exc.lineno}, column {exc.colno}"
        raise JsonProblem(problem, str(exc)) from exc
    except (ValueError, RecursionError) as exc:  # defence in depth; guarded above
        raise JsonProblem("it is not readable", repr(exc)) from exc


def parse_json(text: str) -> Any:
    """Parse the text of a project file (see `read_json`); raises the file errors."""
    try:
        return read_json(text)
    except JsonProblem as exc:
        if exc.too_deep:
            raise NotAProjectFileError(f"{_NOT_OURS}: {exc.problem}.", exc.details) from exc
        raise _syntax_problem(text, exc.problem, exc.details) from exc


class _NumberError(ValueError):
    """A number literal we refuse (NaN, Infinity, absurdly long integers)."""


def _refuse_constant(name: str) -> Any:
    raise _NumberError(f"it contains '{name}', which is not a number")


def _bounded_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        raise _NumberError("it contains a number that is far too large")
    return int(literal)


def _bounded_float(literal: str) -> float:
    # 1e400 parses to infinity, which no field accepts and which cannot be saved again.
    if len(literal) > MAX_INT_DIGITS:
        raise _NumberError("it contains a number that is far too long")
    value = float(literal)
    if not math.isfinite(value):
        raise _NumberError("it contains a number that is far too large")
    return value


def _looks_like_ours(text: str) -> bool:
    head = text[:400].lstrip()
    return head.startswith("{") and f'"{FORMAT_NAME}"' in head


def _syntax_problem(text: str, problem: str, details: str) -> Exception:
    # A broken file that starts like one of ours is a damaged project; anything else
    # was never a project (a text file, someone else's JSON...).
    if _looks_like_ours(text):
        return DamagedFileError("", problem, details)
    return NotAProjectFileError(f"{_NOT_OURS}: it is not a readable JSON document.", details)
