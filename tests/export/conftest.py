"""PDF export test set-up: the example project and helpers that read PDFs back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "layout"))

from mapstudio.fileformat import load_project
from mapstudio.model import Project


@pytest.fixture
def example(example_path: Path) -> Project:
    return load_project(example_path).project
