"""The committed JSON Schema matches the model, and files we write follow it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapstudio.fileformat import FORMAT_VERSION, dumps_project, project_json_schema
from mapstudio.fileformat.schema import main, schema_text

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "file-format.schema.json"


def test_committed_schema_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "docs/file-format.schema.json is out of date; regenerate it from the repository "
        "root with: .venv/bin/python -m mapstudio.fileformat.schema"
    )


def test_schema_is_deterministic() -> None:
    assert project_json_schema() == project_json_schema()
    assert schema_text() == schema_text()


def test_schema_describes_the_envelope() -> None:
    schema = project_json_schema()
    assert schema["properties"]["format"] == {"const": "mapstudio"}
    assert schema["properties"]["version"] == {"const": FORMAT_VERSION}
    assert schema["required"] == ["format", "version", "project"]
    defs = schema["$defs"]
    assert {"Project", "Persona", "JourneyMap", "Stage", "Lane", "Card", "EmotionPoint"} <= set(
        defs
    )
    assert defs["Asset"]["properties"]["data"]["contentEncoding"] == "base64"
    assert all(d.get("additionalProperties", True) is True for d in defs.values())


def test_every_ref_resolves() -> None:
    schema = project_json_schema()
    refs: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert refs
    for ref in refs:
        assert ref.startswith("#/$defs/") and ref.removeprefix("#/$defs/") in schema["$defs"]


def test_written_files_validate_against_the_schema(rich_project) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(dumps_project(rich_project)), project_json_schema())


def test_entry_point_writes_the_schema(tmp_path) -> None:
    target = tmp_path / "schema.json"
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_text()
