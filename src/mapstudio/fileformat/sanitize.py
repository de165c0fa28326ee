"""Invisible control characters are removed from every text of a loaded project.

A project file is untrusted: text in it may hold bytes that are not text at all
(bell, escape, form feed, the C1 controls) and that confuse the canvas, the PDF fonts or
a terminal showing `mapstudio validate`. Line breaks and tabs are kept, since bodies
and notes use them; "\\r\\n" and a lone "\\r" become "\\n". Everything else is kept as
literal text, markup included: nothing in a file is ever interpreted as markup, a path
or an address.
"""

from __future__ import annotations

import re
from typing import Any

from mapstudio.fileformat.plain import field_words

# C0 controls except tab and line feed (carriage return is handled separately), DEL,
# and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CR = re.compile("\r\n?")
# Half of a UTF-16 pair on its own: a "\\ud800" escape is valid JSON, but no character
# UTF-8 can store, so such a text could be neither saved nor logged.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# How a control character or a carriage return can appear in the text of a JSON file: a
# short escape (\b, \f, \r) or a \u escape of C0, DEL or C1, or a raw DEL or C1 (JSON
# allows those unescaped; raw C0 characters are not valid JSON). The escape pattern
# starts with a fixed backslash, which the regular expression engine finds quickly;
# raw C1 characters are looked for in the UTF-8 bytes (C2 80..C2 9F) for the same
# reason. A "\\ud800" escape may be a lone surrogate. Each may also match where there is
# none ("\\b" is a backslash and a b; most surrogate escapes come in proper pairs): then
# the full check runs.
_CONTROL_ESCAPE = re.compile(r"\\(?:[bfr]|u00[0189]|u007[fF]|u[dD][89a-fA-F])")
_RAW_C1 = re.compile(rb"\xc2[\x80-\x9f]")


def may_hold_control_characters(json_text: str, utf8: bytes | None = None) -> bool:
    """False when the JSON text certainly holds no string with a control character or
    a carriage return, so the walk over every string of a big project can be skipped.
    `utf8` is the same text as UTF-8 when the caller has it (it saves encoding it)."""
    if _CONTROL_ESCAPE.search(json_text) or "\x7f" in json_text:
        return True
    if json_text.isascii():
        return False
    if utf8 is None:
        utf8 = json_text.encode("utf-8", "surrogatepass")
    return _RAW_C1.search(utf8) is not None


def clean_text(text: str) -> str:
    """`text` without control characters, with every line break as "\\n"."""
    if "\r" in text:
        text = _CR.sub("\n", text)
    return _CONTROL.sub("", text)


def strip_control_characters(raw: dict[str, Any]) -> list[str]:
    """Clean every string value in the raw project, in place; the warnings to report.

    Lone surrogates are replaced in values and keys alike (an unknown field keeps its
    key, which must be storable); other keys are left alone (ids are checked by
    validation; unknown keys are kept as they are). Iterative rather than recursive:
    the depth is bounded by the parser, but a loop costs nothing and needs no such
    argument.
    """
    changed = 0
    first: tuple[Any, ...] | None = None
    replaced = 0  # texts and keys with lone surrogates
    first_replaced: tuple[Any, ...] | None = None
    stack: list[tuple[Any, tuple[Any, ...]]] = [(raw, ())]
    while stack:
        node, loc = stack.pop()
        if isinstance(node, dict) and any(_LONE_SURROGATE.search(key) for key in node):
            # Unknown fields are kept under their keys, so a key must be storable too.
            renamed = {_LONE_SURROGATE.sub("\ufffd", key): value for key, value in node.items()}
            replaced += sum(1 for key in node if _LONE_SURROGATE.search(key))
            first_replaced = min(first_replaced or loc, loc)
            node.clear()
            node.update(renamed)
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if isinstance(value, str):
                if _LONE_SURROGATE.search(value):
                    value = node[key] = _LONE_SURROGATE.sub("\ufffd", value)
                    replaced += 1
                    first_replaced = min(first_replaced or (*loc, key), (*loc, key))
                if "\r" in value or _CONTROL.search(value):
                    node[key] = clean_text(value)
                    changed += 1
                    if first is None or (*loc, key) < first:
                        first = (*loc, key)
            elif isinstance(value, dict | list):
                stack.append((value, (*loc, key)))
    warnings = []
    if changed:
        where = field_words(first) if first else "the project"
        texts = "1 text" if changed == 1 else f"{changed} texts"
        warnings.append(
            f"{texts} held invisible control characters or old-style line breaks, which "
            f"were removed (the first in {where})."
        )
    if replaced:
        where = field_words(first_replaced) if first_replaced else "the project"
        texts = "1 text" if replaced == 1 else f"{replaced} texts"
        warnings.append(
            f"{texts} held characters that cannot be stored, which were replaced "
            f"(the first in {where})."
        )
    return warnings
