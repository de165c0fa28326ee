"""Bundled data: fonts, icons, templates and example projects.

Found through importlib.resources so that installed wheels, editable installs and
frozen apps all resolve the same names.
"""

from __future__ import annotations

import os
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

FONT_FAMILY = "Noto Sans"
FONT_FILES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
    "bold_italic": "NotoSans-BoldItalic.ttf",
}


def resource(*parts: str) -> Traversable:
    """The bundled resource at `parts` below the resources folder."""
    node = files(__name__)
    for part in parts:
        node = node / part
    return node


def font_bytes(style: str = "regular") -> bytes:
    """The bytes of one style of the bundled font family."""
    return resource("fonts", FONT_FILES[style]).read_bytes()


def example_names() -> list[str]:
    """File names of the bundled example projects, sorted."""
    return sorted(
        entry.name for entry in resource("examples").iterdir() if entry.name.endswith(".mapstudio")
    )


__all__ = ["FONT_FAMILY", "FONT_FILES", "as_file", "example_names", "font_bytes", "resource"]


def is_bundled(path: str | os.PathLike[str]) -> bool:
    """Whether a file on disk is one of the app's own resources (an example or template
    opened from the install folder): it is never saved over, and dialogs never start in
    that folder."""
    root = files(__name__)
    if not isinstance(root, os.PathLike):
        return False  # resources inside an archive are never a file the user opened
    try:
        return Path(path).resolve().is_relative_to(Path(root).resolve())
    except OSError:
        return False
