"""Saving and loading give back exactly the project that was saved."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings

from mapstudio._version import __version__
from mapstudio.fileformat import (
    FORMAT_NAME,
    FORMAT_VERSION,
    dumps_project,
    load_project,
    loads_project,
    save_project,
)
from mapstudio.model import Project, blank_project, integrity_problems

from .strategies import projects

SAVED_AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_rich_project_round_trips(rich_project: Project) -> None:
    assert integrity_problems(rich_project) == []
    result = loads_project(dumps_project(rich_project))
    assert result.project == rich_project
    assert result.warnings == ()
    assert result.migrated_from is None


def test_rich_project_round_trips_through_a_file(rich_project: Project, tmp_path) -> None:
    path = tmp_path / "Shop.mapstudio"
    save_project(rich_project, path)
    assert load_project(path).project == rich_project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_random_valid_projects_round_trip_exactly(project: Project) -> None:
    assert integrity_problems(project) == []
    result = loads_project(dumps_project(project))
    assert result.warnings == ()
    assert result.project == project
    # ...and the text is stable too: a second trip writes the same bytes.
    assert dumps_project(result.project, saved_at=SAVED_AT) == dumps_project(
        project, saved_at=SAVED_AT
    )


def test_envelope_layout(rich_project: Project) -> None:
    text = dumps_project(rich_project, saved_at=SAVED_AT)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "format": "mapstudio",\n  "version": 2,\n')
    document = json.loads(text)
    assert list(document) == [
        "format",
        "version",
        "app_version",
        "saved_at",
        "revision",
        "parents",
        "project",
    ]
    assert document["format"] == FORMAT_NAME
    assert document["version"] == FORMAT_VERSION
    assert document["app_version"] == __version__
    assert document["saved_at"] == "2026-03-01T09:30:00Z"
    assert "«Ça dépend» 🤔" in text  # ensure_ascii=False: readable in a diff


def test_keys_follow_model_field_order(rich_project: Project) -> None:
    document = json.loads(dumps_project(rich_project))
    project = document["project"]
    assert list(project) == list(Project.model_fields)
    card = project["maps"][0]["cards"][0]
    assert list(card)[:4] == ["id", "lane_id", "stage_id", "persona_id"]


def test_images_are_base64_with_type_size_and_hash(rich_project: Project) -> None:
    document = json.loads(dumps_project(rich_project))
    for key, asset in document["project"]["assets"].items():
        assert list(asset) == ["id", "mime", "data", "width", "height", "sha256"]
        assert asset["id"] == key
        assert isinstance(asset["data"], str)


def test_saving_twice_gives_identical_bytes_apart_from_saved_at(
    rich_project: Project, tmp_path
) -> None:
    first, second = tmp_path / "a.mapstudio", tmp_path / "b.mapstudio"
    save_project(rich_project, first)
    save_project(load_project(first).project, second)
    a = json.loads(first.read_bytes())
    b = json.loads(second.read_bytes())
    # The revision id is the hash of the whole text, saved_at included; saves a second
    # apart differ in both.
    for envelope in (a, b):
        envelope.pop("saved_at"), envelope.pop("revision")
    assert a == b
    assert dumps_project(rich_project, saved_at=SAVED_AT) == dumps_project(
        load_project(second).project, saved_at=SAVED_AT
    )
    save_project(rich_project, first, saved_at=SAVED_AT)
    save_project(rich_project, second, saved_at=SAVED_AT)
    assert first.read_bytes() == second.read_bytes()


def test_app_version_and_saved_at_can_be_given() -> None:
    text = dumps_project(blank_project(), app_version="9.9.9", saved_at="2030-01-01T00:00:00Z")
    document = json.loads(text)
    assert document["app_version"] == "9.9.9"
    assert document["saved_at"] == "2030-01-01T00:00:00Z"


def test_naive_saved_at_is_taken_as_utc() -> None:
    text = dumps_project(blank_project(), saved_at=datetime(2026, 1, 2, 3, 4, 5))
    assert json.loads(text)["saved_at"] == "2026-01-02T03:04:05Z"


def test_unknown_fields_survive_load_and_save(minimal_document, tmp_path) -> None:
    doc = minimal_document
    doc["x_generator"] = {"name": "mapstudio-cloud", "build": 7}
    doc["project"]["x_workspace"] = "Team A"
    doc["project"]["personas"][0]["x_avatar_style"] = "sketch"
    checkout = doc["project"]["maps"][0]
    checkout["x_zoom_hint"] = 1.5
    checkout["stages"][0]["x_duration_days"] = 3
    checkout["lanes"][0]["x_collapsed"] = True
    checkout["cards"][0]["x_votes"] = [1, 2, 3]
    checkout["emotion_points"][0]["x_source"] = {"survey": "Q3"}
    checkout["emotion_scale"]["x_palette"] = "warm"
    path = tmp_path / "Unknown.mapstudio"
    path.write_text(json.dumps(doc), encoding="utf-8")

    result = load_project(path)
    assert result.warnings == ()
    save_project(result.project, path)
    again = json.loads(path.read_text(encoding="utf-8"))

    assert again["x_generator"] == {"name": "mapstudio-cloud", "build": 7}
    assert list(again)[-1] == "project"
    assert "__mapstudio_envelope__" not in again["project"]
    assert again["project"]["x_workspace"] == "Team A"
    assert again["project"]["personas"][0]["x_avatar_style"] == "sketch"
    saved_map = again["project"]["maps"][0]
    assert saved_map["x_zoom_hint"] == 1.5
    assert saved_map["stages"][0]["x_duration_days"] == 3
    assert saved_map["lanes"][0]["x_collapsed"] is True
    assert saved_map["cards"][0]["x_votes"] == [1, 2, 3]
    assert saved_map["emotion_points"][0]["x_source"] == {"survey": "Q3"}
    assert saved_map["emotion_scale"]["x_palette"] == "warm"


def test_lone_surrogates_are_replaced_in_fields_and_in_unknown_fields(
    minimal_document, tmp_path
) -> None:
    # A "\ud800" escape is valid JSON but not text: it is replaced in a field and in an
    # unknown field alike (kept as an escape, a nested one made every save fail).
    minimal_document["project"]["title"] = "broken \ud800 text"
    minimal_document["project"]["x_note"] = "odd \udc80 note"
    path = tmp_path / "Surrogate.mapstudio"
    path.write_text(json.dumps(minimal_document), encoding="utf-8")
    result = load_project(path)
    assert result.project.title == "broken \ufffd text"
    assert result.warnings == (
        "2 texts held characters that cannot be stored, which were replaced (the first in title).",
    )
    save_project(result.project, path)
    assert result.project.model_extra == {"x_note": "odd \ufffd note"}
    assert load_project(path).project == result.project


def test_minimal_fixture_loads_cleanly(fixtures_dir) -> None:
    result = load_project(fixtures_dir / "minimal.mapstudio")
    assert result.warnings == ()
    assert integrity_problems(result.project) == []
    checkout = result.project.maps[0]
    assert [s.name for s in checkout.stages] == ["Search", "Compare", "Checkout"]
    assert len(checkout.cards) == 3


def test_utf8_bom_is_accepted(fixtures_dir) -> None:
    with_bom = load_project(fixtures_dir / "bom.mapstudio")
    plain = load_project(fixtures_dir / "minimal.mapstudio")
    assert with_bom.project == plain.project
    assert with_bom.warnings == ()


def test_text_input_is_accepted(fixtures_dir) -> None:
    text = (fixtures_dir / "minimal.mapstudio").read_text(encoding="utf-8")
    assert loads_project(text).project == loads_project(text.encode()).project
    assert loads_project("\ufeff" + text).project == loads_project(text).project
