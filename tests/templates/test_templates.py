"""The bundled templates: valid files in step with their generator, real content that
lays out, and the helpers that make a new project from them."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mapstudio.fileformat import load_project
from mapstudio.layout import layout
from mapstudio.model import (
    CLASSIC_STAGES,
    LaneKind,
    LaneScope,
    MapKind,
    Project,
    curve_points,
    integrity_problems,
)
from mapstudio.resources import as_file, resource
from mapstudio.templates import (
    TemplateError,
    clear_content,
    find_template,
    list_templates,
    load_template,
    new_project_from_template,
    template_names,
    with_fresh_ids,
)

ROOT = Path(__file__).resolve().parent.parent.parent
REQUIRED = {
    "blank",
    "online-purchase",
    "saas-onboarding",
    "service-blueprint",
    "patient-journey",
    "b2b-buying",
    "day-in-the-life",
}
NAMES = template_names()
WITH_CONTENT = [name for name in NAMES if name != "blank"]


def _all_ids(project: Project) -> set[str]:
    ids = {project.id, *(p.id for p in project.personas)}
    for m in project.maps:
        ids |= {m.id, *(s.id for s in m.stages), *(ln.id for ln in m.lanes)}
        ids |= {c.id for c in m.cards} | {p.id for p in m.emotion_points}
    return ids


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "make_templates.py"
    spec = importlib.util.spec_from_file_location("make_templates", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the script runs.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


# -- the index ---------------------------------------------------------------------------


def test_every_required_template_is_listed_once() -> None:
    assert set(NAMES) == REQUIRED
    assert len(NAMES) == len(set(NAMES))
    assert NAMES[0] == "blank", "the gallery starts with the blank map"


@pytest.mark.parametrize("info", list_templates(), ids=lambda info: info.name)
def test_index_entry_names_a_file_and_one_sentence(info) -> None:  # type: ignore[no-untyped-def]
    assert info.file == f"{info.name}.mapstudio"
    assert resource("templates", info.file).is_file()
    assert info.title and info.title[0].isupper()
    assert info.sentence.endswith(".")
    assert ". " not in info.sentence, "one sentence"
    assert 30 <= len(info.sentence) <= 100, "fits three lines of a gallery tile"


def test_find_template_ignores_case_and_names_the_valid_ones() -> None:
    assert find_template(" SaaS-Onboarding ").name == "saas-onboarding"
    with pytest.raises(TemplateError) as caught:
        find_template("kanban")
    message = str(caught.value)
    assert "'kanban'" in message
    for name in NAMES:
        assert name in message


# -- the files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_loads_without_warnings_and_validates(name: str) -> None:
    with as_file(resource("templates", f"{name}.mapstudio")) as path:
        result = load_project(path)
        document = json.loads(path.read_text(encoding="utf-8"))
    assert result.warnings == ()
    assert result.migrated_from is None
    assert integrity_problems(result.project) == []
    assert document["saved_at"] == "2024-10-01T09:00:00+00:00", "a fixed save time"
    assert result.project == load_template(name)


@pytest.mark.parametrize("name", NAMES)
def test_ids_are_readable_stable_and_unique(name: str) -> None:
    project = load_template(name)
    ids = _all_ids(project)
    count = 1 + len(project.personas)
    count += sum(
        1 + len(m.stages) + len(m.lanes) + len(m.cards) + len(m.emotion_points)
        for m in project.maps
    )
    assert len(ids) == count, "no id is used twice"
    for item_id in ids - {p.id for p in project.personas} - {project.id}:
        assert item_id.startswith(f"{name}-"), item_id


def test_files_match_their_generator() -> None:
    """Edit scripts/make_templates.py and run it; never the JSON by hand."""
    if not (ROOT / "scripts" / "make_templates.py").exists():
        pytest.skip("not run from a source checkout")
    generator = _generator()
    built = generator.build_all()
    assert list(built) == NAMES
    for name, project in built.items():
        assert load_template(name) == project, name
    index = json.loads(resource("templates", "index.json").read_text(encoding="utf-8"))
    assert index == generator.index_document()


@pytest.mark.parametrize("name", NAMES)
def test_lays_out_with_every_card_inside_its_cell(name: str) -> None:
    project = load_template(name)
    for journey_map in project.maps:
        map_layout = layout(journey_map, project)
        assert map_layout.width > 0 and map_layout.height > 0
        assert set(map_layout.cards) == {c.id for c in journey_map.cards}
        for box in map_layout.cards.values():
            cell = map_layout.cells[box.cell].rect
            card = box.rect
            assert cell.x <= card.x and card.x + card.w <= cell.x + cell.w + 1e-6, box.card_id
            assert cell.y <= card.y and card.y + card.h <= cell.y + cell.h + 1e-6, box.card_id
        markers = sum(len(curve.markers) for curve in map_layout.curves.values())
        assert markers == len(journey_map.emotion_points)


# -- the content -------------------------------------------------------------------------


@pytest.mark.parametrize("name", WITH_CONTENT)
def test_has_realistic_example_content(name: str) -> None:
    project = load_template(name)
    (journey_map,) = project.maps
    assert journey_map.scenario
    assert len(journey_map.stages) >= 5
    assert len(journey_map.cards) >= 25
    assert all(p.description and p.goals and p.quote for p in project.personas)
    kinds = {ln.id: ln.kind for ln in journey_map.lanes}
    used = {kinds[c.lane_id] for c in journey_map.cards}
    assert {LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS} <= used
    pains = [c for c in journey_map.cards if kinds[c.lane_id] is LaneKind.PAIN_POINTS]
    assert all(c.severity for c in pains), "pain points carry a severity"
    assert any(c.evidence for c in pains), "and say where they come from"
    for persona_id in journey_map.bands:
        points = curve_points(journey_map, persona_id)
        assert len(points) >= 3, "every persona has an emotion curve"
        assert min(p.score for p in points) < 0 < max(p.score for p in points), "highs and lows"


def test_blank_is_empty_with_the_classic_structure() -> None:
    (journey_map,) = load_template("blank").maps
    assert tuple(s.name for s in journey_map.stages) == CLASSIC_STAGES
    assert journey_map.cards == () and journey_map.emotion_points == ()
    assert len(journey_map.bands) == 1


def test_online_purchase_has_the_five_classic_stages() -> None:
    (journey_map,) = load_template("online-purchase").maps
    assert tuple(s.name for s in journey_map.stages) == CLASSIC_STAGES
    assert len(journey_map.bands) == 2


def test_service_blueprint_has_backstage_support_systems_and_kpis() -> None:
    (journey_map,) = load_template("service-blueprint").maps
    assert journey_map.kind is MapKind.SERVICE_BLUEPRINT
    backstage = [ln for ln in journey_map.lanes if ln.kind is LaneKind.BACKSTAGE]
    assert len(backstage) >= 3
    assert all(ln.scope is LaneScope.SHARED for ln in backstage)
    assert {"Support team", "Systems"} <= {ln.title for ln in backstage}
    for lane in backstage:
        assert any(c.lane_id == lane.id for c in journey_map.cards), lane.title
    kpis = [ln for ln in journey_map.lanes if ln.kind is LaneKind.KPIS]
    kpi_cards = [c for c in journey_map.cards if kpis and c.lane_id == kpis[0].id]
    assert kpi_cards and all(c.value is not None and c.target is not None for c in kpi_cards)


def test_day_in_the_life_uses_times_of_day() -> None:
    (journey_map,) = load_template("day-in-the-life").maps
    assert journey_map.kind is MapKind.DAY_IN_THE_LIFE
    assert all(re.search(r"\d{1,2}:\d{2}", s.name) for s in journey_map.stages)


def test_patient_and_b2b_journeys_compare_two_personas() -> None:
    for name in ("patient-journey", "b2b-buying", "saas-onboarding"):
        (journey_map,) = load_template(name).maps
        assert len(journey_map.bands) == 2, name


# -- clearing and fresh ids ----------------------------------------------------------------


@pytest.mark.parametrize("name", WITH_CONTENT)
def test_clear_content_keeps_the_structure(name: str) -> None:
    template = load_template(name)
    cleared = clear_content(template)
    assert integrity_problems(cleared) == []
    assert cleared.personas == template.personas
    for before, after in zip(template.maps, cleared.maps, strict=True):
        assert after.cards == () and after.emotion_points == ()
        assert (after.stages, after.lanes, after.bands) == (
            before.stages,
            before.lanes,
            before.bands,
        )
        assert after.title == before.title and after.kind == before.kind


@pytest.mark.parametrize("name", NAMES)
def test_a_new_project_has_fresh_ids_and_the_same_content(name: str) -> None:
    template = load_template(name)
    first = new_project_from_template(name)
    second = new_project_from_template(name)
    assert integrity_problems(first) == []
    assert not _all_ids(first) & _all_ids(template), "no id of the template is reused"
    assert not _all_ids(first) & _all_ids(second), "two new projects share no id"
    assert first.title == template.title
    for old, new in zip(template.maps, first.maps, strict=True):
        assert [s.name for s in new.stages] == [s.name for s in old.stages]
        assert [ln.title for ln in new.lanes] == [ln.title for ln in old.lanes]
        assert [c.title for c in new.cards] == [c.title for c in old.cards]
        assert [p.score for p in new.emotion_points] == [p.score for p in old.emotion_points]
    empty = new_project_from_template(name, with_content=False)
    assert all(m.cards == () and m.emotion_points == () for m in empty.maps)
    assert [p.name for p in empty.personas] == [p.name for p in template.personas]


def test_fresh_ids_follow_every_reference() -> None:
    template = load_template("online-purchase")
    future = template.maps[0].model_copy(
        update={
            "id": "later-map",
            "kind": MapKind.FUTURE_STATE,
            "future_state_of": template.maps[0].id,
        }
    )
    both = template.model_copy(update={"maps": (*template.maps, future)})
    copy = with_fresh_ids(both)
    assert copy.maps[1].future_state_of == copy.maps[0].id
    # Both maps shared their stage ids in this made-up project; they still match.
    assert [s.id for s in copy.maps[0].stages] == [s.id for s in copy.maps[1].stages]
    assert integrity_problems(copy) == []
