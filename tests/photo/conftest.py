"""Posters rendered once per test session for the photo tests (pdftoppm is slow)."""

from __future__ import annotations

import pytest

from mapstudio.fileformat import load_project
from mapstudio.model import Project
from mapstudio.resources import as_file, resource

from .synth import Poster, pdftoppm_available, render_poster

DPI = 75  # about 3 pixels a millimetre: as sharp as a phone photo of a whole A1 poster


def bundled(folder: str, name: str) -> Project:
    with as_file(resource(folder, name)) as path:
        return load_project(path).project


@pytest.fixture(scope="session")
def posters() -> dict[str, Poster]:
    """The blank template, a service-blueprint template and the filled example (its
    first map), each exported on A1 as mapstudio prints them, rendered to pixels."""
    if not pdftoppm_available():
        pytest.skip("poppler's pdftoppm is not installed")
    blank = bundled("templates", "blank.mapstudio")
    blueprint = bundled("templates", "service-blueprint.mapstudio")
    example = bundled("examples", "online-purchase.mapstudio")
    return {
        "blank template": render_poster(blank, "blank", DPI, page="A1", template=True),
        "blueprint template": render_poster(blueprint, "blueprint", DPI, page="A1", template=True),
        "filled example": render_poster(example, "example", DPI, page="A1", map=example.maps[0].id),
    }
