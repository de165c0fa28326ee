"""The migration mechanism: pure steps, applied one version at a time."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from mapstudio.fileformat import (
    FORMAT_VERSION,
    MIGRATIONS,
    DamagedFileError,
    load_project,
    migrate,
)
from mapstudio.fileformat import migrations as migrations_module


def synthetic_v0_to_v1(document: dict[str, Any]) -> dict[str, Any]:
    """The step of a made-up format 0: "name" became "title", "columns" became "stages"."""
    project = dict(document["project"])
    project["title"] = project.pop("name")
    maps = []
    for old in project["maps"]:
        new = dict(old)
        new["title"] = new.pop("name")
        new["stages"] = new.pop("columns")
        maps.append(new)
    project["maps"] = maps
    return {**document, "project": project}


def test_registry_is_empty_for_the_first_format() -> None:
    assert FORMAT_VERSION == 1
    assert MIGRATIONS == {}


def test_current_document_is_returned_unchanged(minimal_document) -> None:
    document, migrated_from = migrate(minimal_document)
    assert document is minimal_document
    assert migrated_from is None


def test_old_file_without_a_step_is_refused(fixtures_dir) -> None:
    with pytest.raises(DamagedFileError) as info:
        load_project(fixtures_dir / "v0_synthetic.mapstudio")
    assert "format version 0 is too old" in info.value.message


def test_synthetic_step_migrates_the_fixture(fixtures_dir, monkeypatch) -> None:
    monkeypatch.setitem(MIGRATIONS, 0, synthetic_v0_to_v1)
    old = load_project(fixtures_dir / "v0_synthetic.mapstudio")
    current = load_project(fixtures_dir / "minimal.mapstudio")
    assert old.migrated_from == 0
    assert old.warnings == ()
    assert old.project == current.project
    assert current.migrated_from is None


def test_migrate_does_not_change_its_argument(fixtures_dir, monkeypatch) -> None:
    monkeypatch.setitem(MIGRATIONS, 0, synthetic_v0_to_v1)
    document = json.loads((fixtures_dir / "v0_synthetic.mapstudio").read_text(encoding="utf-8"))
    before = copy.deepcopy(document)
    migrated, start = migrate(document)
    assert document == before
    assert start == 0
    assert migrated["version"] == 1
    assert migrated["project"]["title"] == "Online shop"


def test_steps_run_in_order_one_version_at_a_time() -> None:
    calls: list[int] = []

    def step(version: int):
        def run(document: dict[str, Any]) -> dict[str, Any]:
            assert document["version"] == version  # each step sees its own version
            calls.append(version)
            return {**document, "trail": [*document.get("trail", []), version]}

        return run

    steps = {1: step(1), 2: step(2), 3: step(3)}
    document, start = migrate({"version": 1, "project": {}}, migrations=steps, target=4)
    assert calls == [1, 2, 3]
    assert document == {"version": 4, "project": {}, "trail": [1, 2, 3]}
    assert start == 1


def test_a_gap_in_the_chain_is_reported() -> None:
    with pytest.raises(DamagedFileError):
        migrate({"version": 1}, migrations={1: lambda d: d}, target=3)


def test_module_registry_is_the_one_exported() -> None:
    assert migrations_module.MIGRATIONS is MIGRATIONS
