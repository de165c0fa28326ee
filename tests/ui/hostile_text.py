"""A project whose every text field starts with markup, for the plain-text tests.

Shared by the in-process widget walk (test_plain_text.py) and the subprocess that
points the markup at a FIFO (hostile_plain_text_probe.py).
"""

from __future__ import annotations

from typing import Any

from mapstudio.fileformat import loads_project
from mapstudio.model import Project
from mapstudio.resources import resource

# Every field of the model that holds words from the file's author.
TEXT_KEYS = frozenset(
    {
        "name",
        "role",
        "description",
        "quote",
        "goals",
        "needs",
        "frustrations",
        "title",
        "scenario",
        "body",
        "unit",
        "tags",
        "evidence",
        "feeling",
        "note",
        "labels",
    }
)
_LIMITS = {"tags": 60}  # the model's limits: tags are short, other names up to 200
_NAME_LIMIT = 200


def picture_markup(source: str) -> str:
    """Rich text that makes Qt open `source` as soon as it is rendered."""
    return f'<img src="{source}">'


def hostile_project(markup: str) -> Project:
    """The bundled example with `markup` in front of every text it holds."""
    data = resource("examples", "online-purchase.mapstudio").read_bytes()
    project = loads_project(data).project
    content = project.model_dump(mode="json")
    _poison(content, markup)
    return Project.model_validate(content)


def _poison(node: Any, markup: str) -> None:
    if isinstance(node, list):
        for item in node:
            _poison(item, markup)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        limit = _LIMITS.get(key, _NAME_LIMIT)
        if key in TEXT_KEYS and isinstance(value, str):
            node[key] = (markup + value)[:limit]
        elif key in TEXT_KEYS and isinstance(value, list):
            node[key] = [(markup + v)[:limit] if isinstance(v, str) else v for v in value]
        else:
            _poison(value, markup)
