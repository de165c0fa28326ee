"""Fixtures for the tests of mapstudio.edit (no Qt needed)."""

from __future__ import annotations

import pytest
from edit_support import sample_project

from mapstudio.edit import Document
from mapstudio.model import Project


@pytest.fixture
def project() -> Project:
    """The sample project of edit_support (fresh per test; it is immutable anyway)."""
    return sample_project()


@pytest.fixture
def document(project: Project) -> Document:
    """A clean document holding the sample project."""
    return Document(project)
