"""Shared test set-up: headless Qt and the bundled example project.

QT_QPA_PLATFORM is set before any test module can import Qt, so every GUI test runs
offscreen on machines and CI runners without a display.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any test module imports Qt: every GUI test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Settings, recovery files, stored revisions and logs of test runs stay out of the real
# home folder.
_STATE = tempfile.mkdtemp(prefix="mapstudio-tests-")
for _name, _sub in (
    ("MAPSTUDIO_CONFIG_DIR", "config"),
    ("MAPSTUDIO_STATE_DIR", "state"),
    ("MAPSTUDIO_DATA_DIR", "data"),
):
    os.environ.setdefault(_name, os.path.join(_STATE, _sub))

EXAMPLE_NAME = "online-purchase.mapstudio"


@pytest.fixture
def example_path() -> Iterator[Path]:
    """The path of the bundled example project, found as the app finds it."""
    from mapstudio.resources import as_file, resource

    with as_file(resource("examples", EXAMPLE_NAME)) as path:
        yield path


@pytest.fixture
def beyond_the_map_limit(tmp_path: Path, example_path: Path) -> Path:
    """The example with copies of its first map until it holds three maps more than
    MAX_MAPS: a file of a version that kept that many (valid, not damaged)."""
    from mapstudio.model.types import MAX_MAPS

    document = json.loads(example_path.read_text(encoding="utf-8"))
    maps = document["project"]["maps"]
    first = maps[0]
    while len(maps) < MAX_MAPS + 3:
        copy = json.loads(json.dumps(first))
        copy["id"] = f"copied-map-{len(maps) + 1}"
        copy["title"] = f"Map {len(maps) + 1}"
        # Cards and points count per project: the copies leave theirs out.
        copy["cards"], copy["emotion_points"] = [], []
        maps.append(copy)
    path = tmp_path / "older.mapstudio"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
