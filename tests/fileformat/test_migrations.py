"""The migration mechanism (pure steps, applied one version at a time) and each step."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from mapstudio.fileformat import (
    FORMAT_VERSION,
    MIGRATIONS,
    DamagedFileError,
    NewerVersionError,
    load_project,
    loads_project,
    migrate,
    save_project,
)
from mapstudio.fileformat import migrations as migrations_module
from mapstudio.fileformat.migrations import v1_to_v2


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


def test_registry_has_a_step_from_every_old_version() -> None:
    assert FORMAT_VERSION == 2
    assert sorted(MIGRATIONS) == [1]
    assert MIGRATIONS[1] is v1_to_v2


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
    assert migrated["version"] == FORMAT_VERSION
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


# -- 1 -> 2: lineage -----------------------------------------------------------------------


def test_version_1_file_loads_with_a_revision_derived_from_its_content(fixtures_dir) -> None:
    old = load_project(fixtures_dir / "v1_minimal.mapstudio")
    current = load_project(fixtures_dir / "minimal.mapstudio")
    assert old.migrated_from == 1
    assert old.warnings == ()
    assert old.project == current.project
    revision = old.lineage.revision
    assert revision is not None and revision.startswith("v1-") and len(revision) == 35
    assert old.lineage.parents == ()
    assert old.lineage.heads == (revision,)
    # Another copy of the same version-1 content (as a colleague has it, indented
    # differently) gets the same id: that is how a returning copy finds its ancestor.
    document = json.loads((fixtures_dir / "v1_minimal.mapstudio").read_text(encoding="utf-8"))
    assert loads_project(json.dumps(document)).lineage.revision == revision
    document["project"]["title"] = "Online shop, edited"
    assert loads_project(json.dumps(document)).lineage.revision != revision


def test_v1_to_v2_is_pure_and_adds_the_lineage_before_the_project(fixtures_dir) -> None:
    document = json.loads((fixtures_dir / "v1_minimal.mapstudio").read_text(encoding="utf-8"))
    before = copy.deepcopy(document)
    upgraded = v1_to_v2(document)
    assert document == before
    assert list(upgraded) == [
        "format",
        "version",
        "app_version",
        "saved_at",
        "revision",
        "parents",
        "project",
    ]
    assert upgraded["parents"] == []
    assert upgraded["project"] == before["project"]


def test_version_2_file_keeps_its_lineage(fixtures_dir) -> None:
    result = load_project(fixtures_dir / "minimal.mapstudio")
    assert result.migrated_from is None
    assert result.lineage.revision == "3f0c1d9a5e7b24c68a1f0e3d5b7c9a2e"
    assert result.lineage.parents == ("8b2e4f6a0c1d3e5f7a9b1c3d5e7f9a0b",)


def test_saving_a_migrated_file_records_its_revision_as_parent(fixtures_dir, tmp_path) -> None:
    old = load_project(fixtures_dir / "v1_minimal.mapstudio")
    path = tmp_path / "Shop.mapstudio"
    revision = save_project(old.project, path, parents=old.lineage.heads)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 2
    assert saved["revision"] == revision
    assert saved["parents"] == [old.lineage.revision]
    assert load_project(path).lineage.revision == revision


@pytest.mark.parametrize(
    ("revision", "parents", "expected_parents"),
    [
        ("../../etc/passwd", ["good-1"], ("good-1",)),
        (7, "not a list", ()),
        ("ok", ["ok", "a b", 3, "x", "x"], ("x",)),
    ],
)
def test_unreadable_lineage_is_ignored_with_a_warning(
    minimal_document, revision, parents, expected_parents
) -> None:
    minimal_document["revision"] = revision
    minimal_document["parents"] = parents
    result = loads_project(json.dumps(minimal_document))
    assert result.lineage.parents == expected_parents
    assert result.lineage.revision == (revision if revision == "ok" else None)
    assert any("revision" in warning for warning in result.warnings)
    assert result.project.maps[0].cards  # nothing else is lost


def test_newer_version_is_still_refused_with_a_clear_message(minimal_document) -> None:
    minimal_document["version"] = FORMAT_VERSION + 1
    with pytest.raises(NewerVersionError) as info:
        loads_project(json.dumps(minimal_document))
    assert f"file format {FORMAT_VERSION + 1}" in info.value.message
    assert f"reads format {FORMAT_VERSION}" in info.value.message
