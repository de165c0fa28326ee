"""Shared test set-up: headless Qt and the bundled example project.

QT_QPA_PLATFORM is set before any test module can import Qt, so every GUI test runs
offscreen on machines and CI runners without a display.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

EXAMPLE_NAME = "online-purchase.mapstudio"


@pytest.fixture
def example_path() -> Iterator[Path]:
    """The path of the bundled example project, found as the app finds it."""
    from mapstudio.resources import as_file, resource

    with as_file(resource("examples", EXAMPLE_NAME)) as path:
        yield path
