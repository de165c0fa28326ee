"""diff(a, b): added, removed, changed and moved records, per map and per stage."""

from __future__ import annotations

from edit_support import sample_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_merge_properties import edited

from fileformat.strategies import projects
from mapstudio.compare import Kind, RecordKey, diff
from mapstudio.compare.records import Snapshot
from mapstudio.edit import (
    AddCard,
    DeleteCards,
    MoveCards,
    MoveEmotionPoint,
    MoveStage,
    RemoveBand,
    UpdateCard,
    UpdateMap,
    UpdatePersona,
)
from mapstudio.model import Card, Project


def card(card_id: str) -> RecordKey:
    return RecordKey(Kind.CARD, "m1", card_id)


def test_identical_projects_have_no_changes() -> None:
    project = sample_project()
    assert diff(project, project).is_empty
    # Equal but separately built: compared by value, not by identity.
    copy = Project.model_validate(project.model_dump())
    assert copy is not project and diff(project, copy).is_empty


def test_added_removed_changed_and_moved_records() -> None:
    before = sample_project()
    after = UpdateCard("m1", "a0", {"title": "Compares", "severity": 3}).apply(before)
    after = MoveCards("m1", ("b0",), "p1", "actions", "s0", 0).apply(after)
    new = Card(id="new", lane_id="pain_points", stage_id="s2", persona_id="p1", title="Slow")
    after = AddCard("m1", new).apply(after)
    after = DeleteCards("m1", ("k1",)).apply(after)
    after = MoveStage("m1", "s4", 0).apply(after)
    result = diff(before, after)
    marks = {change.key: change.marks for change in result}
    assert marks == {
        card("a0"): {"changed"},
        card("b0"): {"moved"},
        card("new"): {"added"},
        card("k1"): {"removed"},
        RecordKey(Kind.STAGE, "m1", "s4"): {"moved"},
    }
    a0 = result.find(card("a0"))
    assert a0 is not None
    assert [(f.field, f.before, f.after) for f in a0.fields] == [
        ("title", "a0", "Compares"),
        ("severity", None, 3),
    ]
    b0 = result.find(card("b0"))
    assert b0 is not None and b0.position is not None
    assert b0.describe() == (
        "> card 'b0': moved from lane 'Actions', stage 'Consideration', band 'Alex' "
        "to lane 'Actions', stage 'Awareness', band 'Alex'"
    )
    assert result.counts() == {
        "changed": {"card": 1},
        "moved": {"stage": 1, "card": 1},
        "added": {"card": 1},
        "removed": {"card": 1},
    }


def test_a_card_added_on_top_of_a_cell_does_not_move_the_others() -> None:
    before = sample_project()
    new = Card(id="top", lane_id="actions", stage_id="s0", persona_id="p1")
    after = AddCard("m1", new, 0).apply(before)
    assert [change.key for change in diff(before, after)] == [card("top")]


def test_changes_group_by_map_and_stage_in_reading_order() -> None:
    before = sample_project()
    after = UpdateCard("m1", "o0", {"title": "Wrap"}).apply(before)
    after = UpdateCard("m1", "a2", {"title": "Pay"}).apply(after)
    after = MoveEmotionPoint("m1", "e1", "s1", 0.2, 1).apply(after)
    after = UpdateMap("m2", {"title": "Shop visit"}).apply(after)
    after = UpdatePersona("p2", {"name": "Samira"}).apply(after)
    result = diff(before, after)
    assert [c.key.kind for c in result] == [
        Kind.PERSONA,
        Kind.CARD,
        Kind.POINT,
        Kind.CARD,
        Kind.MAP,
    ]
    stages = result.by_stage("m1")
    assert list(stages) == ["s0", "s1", "s2"]
    assert [c.key for c in stages["s2"]] == [card("o0")]
    assert [c.key.kind for c in result.for_map("m2")] == [Kind.MAP]


def test_removing_a_band_removes_its_records() -> None:
    before = sample_project()
    after = RemoveBand("m1", "p2").apply(before)
    removed = {c.key for c in diff(before, after) if c.status == "removed"}
    assert RecordKey(Kind.BAND, "m1", "p2") in removed
    assert {card("t0"), card("o0"), RecordKey(Kind.POINT, "m1", "e3")} <= removed


def test_json_form_is_plain_data() -> None:
    before = sample_project()
    after = UpdateCard("m1", "a0", {"tags": ["mobile"], "channel": "web"}).apply(before)
    data = diff(before, after).to_json()
    (change,) = data["changes"]
    assert change["record"] == {"kind": "card", "map": "m1", "id": "a0"}
    assert {f["field"]: f["after"] for f in change["fields"]} == {
        "channel": "web",
        "tags": ["mobile"],
    }


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(base=projects(max_personas=3, max_maps=2, max_cards=6), data=st.data())
def test_diff_names_exactly_the_records_that_differ(base: Project, data: st.DataObject) -> None:
    after = edited(data, base, "after")
    old, new = Snapshot(base), Snapshot(after)
    differing = {
        key
        for key in set(old.keys()) | set(new.keys())
        if key not in old or key not in new or old.fields(key) != new.fields(key)
    }
    result = diff(base, after)
    reported = {c.key for c in result if c.status != "unchanged" or c.position is not None}
    assert reported == differing
    assert diff(after, after).is_empty


def test_an_emotion_point_change_reads_as_names_a_position_and_a_scale_label() -> None:
    base = sample_project()
    after = MoveEmotionPoint("m1", "e1", "s0", 0.49575551782682514, -2).apply(base)
    change = diff(base, after).find(RecordKey(Kind.POINT, "m1", "e1"))
    assert change is not None
    assert change.describe() == (
        "~ emotion point 'untitled point': score: +1 'Positive' → −2 'Very negative'; "
        "moved from band 'Alex', stage 'Awareness', in the middle of the stage "
        "to band 'Alex', stage 'Awareness', 49.6 % into the stage"
    )
