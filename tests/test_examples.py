"""The bundled example projects: valid, realistic, and in step with their generator."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mapstudio.model import (
    CLASSIC_STAGES,
    JourneyMap,
    MapKind,
    Project,
    curve_points,
    integrity_problems,
)
from mapstudio.resources import as_file, example_names, resource

ROOT = Path(__file__).resolve().parent.parent
NAMES = example_names()


def _document(name: str) -> dict:
    return json.loads(resource("examples", name).read_text(encoding="utf-8"))


def _project(name: str) -> Project:
    return Project.model_validate(_document(name)["project"])


def _maps(project: Project, kind: MapKind) -> list[JourneyMap]:
    return [m for m in project.maps if m.kind is kind]


def _curve_min_stage(journey_map: JourneyMap, persona_id: str) -> tuple[int, set[str]]:
    """The lowest score of a persona's curve and the names of the stages it occurs in."""
    points = curve_points(journey_map, persona_id)
    low = min(p.score for p in points)
    names = {s.id: s.name for s in journey_map.stages}
    return low, {names[p.stage_id] for p in points if p.score == low}


def test_there_is_an_example() -> None:
    assert "online-purchase.mapstudio" in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_envelope_and_model(name: str) -> None:
    document = _document(name)
    assert document["format"] == "mapstudio"
    assert document["version"] == 2
    assert {"app_version", "saved_at", "project"} <= document.keys()
    project = _project(name)
    assert integrity_problems(project) == []


@pytest.mark.parametrize("name", NAMES)
def test_loads_through_the_file_format_without_warnings(name: str) -> None:
    from mapstudio.fileformat import load_project

    with as_file(resource("examples", name)) as path:
        result = load_project(path)
    assert list(result.warnings) == []
    assert result.project == _project(name)


@pytest.mark.parametrize("name", NAMES)
def test_content_is_a_real_journey(name: str) -> None:
    project = _project(name)
    assert len(project.personas) >= 2
    for journey_map in project.maps:
        assert tuple(s.name for s in journey_map.stages) == CLASSIC_STAGES
        assert len(journey_map.bands) >= 2
        for persona_id in journey_map.bands:
            assert curve_points(journey_map, persona_id), "every persona has a curve"


@pytest.mark.parametrize("name", NAMES)
def test_current_state_is_lowest_at_decision(name: str) -> None:
    (current,) = _maps(_project(name), MapKind.CURRENT_STATE)
    for persona_id in current.bands:
        low, stages = _curve_min_stage(current, persona_id)
        assert stages == {"Decision"}, (persona_id, low, stages)
        assert low == current.emotion_scale.min, "a real low point, the bottom of the scale"


@pytest.mark.parametrize("name", NAMES)
def test_future_state_improves_on_current_state(name: str) -> None:
    project = _project(name)
    (current,) = _maps(project, MapKind.CURRENT_STATE)
    (future,) = _maps(project, MapKind.FUTURE_STATE)
    assert future.future_state_of == current.id
    assert set(future.bands) == set(current.bands)
    for persona_id in current.bands:
        now, _ = _curve_min_stage(current, persona_id)
        later, _ = _curve_min_stage(future, persona_id)
        assert later > now, "the future state has no deep low"


@pytest.mark.parametrize("name", NAMES)
def test_ids_are_unique_across_the_project(name: str) -> None:
    project = _project(name)
    ids = [project.id, *(p.id for p in project.personas)]
    for m in project.maps:
        ids += [m.id, *(s.id for s in m.stages), *(ln.id for ln in m.lanes)]
        ids += [c.id for c in m.cards] + [p.id for p in m.emotion_points]
    assert len(ids) == len(set(ids))


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "make_examples.py"
    spec = importlib.util.spec_from_file_location("make_examples", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the script runs.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_bundled_file_matches_its_generator() -> None:
    """Edit scripts/make_examples.py and run it; never the JSON by hand."""
    if not (ROOT / "scripts" / "make_examples.py").exists():
        pytest.skip("not run from a source checkout")
    assert _project("online-purchase.mapstudio") == _generator().online_purchase()


@pytest.mark.parametrize("name", NAMES)
def test_save_and_load_give_an_equal_project(name: str, tmp_path: Path) -> None:
    from mapstudio.fileformat import load_project, save_project

    with as_file(resource("examples", name)) as path:
        original = load_project(path).project
    copy = tmp_path / name
    save_project(original, copy)
    assert load_project(copy).project == original
    save_project(load_project(copy).project, copy)  # a second save keeps it equal too
    assert load_project(copy).project == original
