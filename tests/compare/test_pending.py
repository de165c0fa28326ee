"""Conflicts left in a project file: written, loaded back, listed, resolved; and the
command that puts a merge into an open document."""

from __future__ import annotations

import json

import pytest
from edit_support import cell, sample_project

from mapstudio.compare import (
    ApplyMerge,
    DeletionConflict,
    FieldConflict,
    OrderConflict,
    ResolvePendingConflicts,
    merge,
    pending_conflicts,
    resolve_pending,
    with_pending_conflicts,
)
from mapstudio.edit import (
    AddCard,
    CommandError,
    DeleteStage,
    Document,
    MoveStage,
    RemoveAsset,
    UpdateCard,
    UpdateProject,
)
from mapstudio.fileformat import dumps_project, loads_project
from mapstudio.model import Card, Project, find_card, find_map, merged_revisions


def conflicted() -> tuple[Project, Project, Project]:
    """Three conflicts: a title both ways, a stage moved both ways, and a stage deleted
    here while a card was added to it there."""
    # The sample's image is not a real PNG; a file round trip would drop it.
    base = RemoveAsset("img1").apply(sample_project())
    ours = UpdateCard("m1", "a0", {"title": "Mine"}).apply(base)
    ours = MoveStage("m1", "s1", 4).apply(ours)
    ours = DeleteStage("m1", "s2").apply(ours)
    theirs = UpdateCard("m1", "a0", {"title": "Theirs"}).apply(base)
    theirs = MoveStage("m1", "s1", 0).apply(theirs)
    new = Card(id="new", lane_id="actions", stage_id="s2", persona_id="p1", title="New")
    theirs = AddCard("m1", new).apply(theirs)
    return base, ours, theirs


def written_and_loaded(project: Project) -> Project:
    result = loads_project(dumps_project(project))
    assert result.warnings == ()
    return result.project


def test_conflicts_survive_the_file_and_are_listed() -> None:
    result = merge(*conflicted())
    assert {type(c) for c in result.conflicts} == {FieldConflict, OrderConflict, DeletionConflict}
    project = with_pending_conflicts(result.project, result.conflicts, result.choices)
    text = dumps_project(project)
    document = json.loads(text)
    assert len(document["merge_conflicts"]) == 3
    assert "merge_conflicts" not in document["project"]
    loaded = written_and_loaded(project)
    listed = pending_conflicts(loaded)
    assert [p.conflict.id for p in listed] == [c.id for c in result.conflicts]
    assert all(p.chosen == p.conflict.default for p in listed)
    field = next(p.conflict for p in listed if isinstance(p.conflict, FieldConflict))
    assert (field.ours, field.theirs, field.base) == ("Mine", "Theirs", "a0")
    assert (
        field.describe()
        == next(c for c in result.conflicts if isinstance(c, FieldConflict)).describe()
    )
    # A save of the loaded project writes them again until they are resolved.
    assert json.loads(dumps_project(loaded))["merge_conflicts"] == document["merge_conflicts"]


def test_resolving_applies_the_other_choice_and_closes_the_conflicts() -> None:
    result = merge(*conflicted())
    loaded = written_and_loaded(
        with_pending_conflicts(result.project, result.conflicts, result.choices)
    )
    ids = {type(c): c.id for c in result.conflicts}
    resolved = resolve_pending(
        loaded,
        {
            ids[FieldConflict]: "theirs",
            ids[OrderConflict]: "theirs",
            ids[DeletionConflict]: "delete",
        },
    )
    journey_map = find_map(resolved, "m1")
    assert find_card(journey_map, "a0").title == "Theirs"
    assert [s.id for s in journey_map.stages] == ["s1", "s0", "s3", "s4"]
    assert not any(c.id == "new" for c in journey_map.cards)
    assert pending_conflicts(resolved) == ()
    assert "merge_conflicts" not in json.loads(dumps_project(resolved))
    # The same as resolving the merge itself that way.
    again = result.with_choices(
        {
            ids[FieldConflict]: "theirs",
            ids[OrderConflict]: "theirs",
            ids[DeletionConflict]: "delete",
        }
    ).project
    assert find_map(again, "m1").stages == journey_map.stages
    assert find_map(again, "m1").cards == journey_map.cards


def test_accepting_the_default_only_closes_the_conflict() -> None:
    result = merge(*conflicted())
    project = with_pending_conflicts(result.project, result.conflicts, result.choices)
    field = next(c for c in result.conflicts if isinstance(c, FieldConflict))
    accepted = ResolvePendingConflicts({field.id: "ours"}).apply(project)
    assert len(pending_conflicts(accepted)) == 2
    assert find_map(accepted, "m1") == find_map(result.project, "m1")


def test_a_choice_that_is_no_option_is_refused_in_plain_words() -> None:
    result = merge(*conflicted())
    project = with_pending_conflicts(result.project, result.conflicts, result.choices)
    with pytest.raises(CommandError, match="not a choice"):
        resolve_pending(project, {result.conflicts[0].id: "both"})


@pytest.mark.parametrize(
    "entries",
    [
        "not a list",
        [1, None, "x", []],
        [{"id": "x", "kind": "field", "record": {"kind": "card", "map": "m1", "id": "a0"}}],
        [{"id": "x", "kind": "nonsense", "record": {"kind": "card", "map": "m1", "id": "a0"}}],
        [
            {
                "id": "x",
                "kind": "deleted",
                "record": {"kind": "stage", "map": "m1", "id": "gone"},
                "deleted_in": "ours",
            }
        ],
        [{"id": "x", "kind": "order", "record": {"kind": "spaceship", "map": "", "id": "1"}}],
        [
            {
                "id": "x",
                "kind": "presence",
                "record": {"kind": "card", "map": "m1", "id": "a0"},
                "only_in": "somebody",
            }
        ],
    ],
)
def test_unreadable_or_stale_entries_are_left_out(entries: object) -> None:
    project = sample_project()
    tampered = json.loads(dumps_project(project))
    tampered["merge_conflicts"] = entries
    loaded = loads_project(json.dumps(tampered)).project
    assert pending_conflicts(loaded) == ()
    assert resolve_pending(loaded, {"x": "theirs"}).maps == loaded.maps


def hostile_entries(count: int) -> list[dict[str, object]]:
    entry = {
        "id": "x",
        "kind": "field",
        "record": {"kind": "card", "map": "m1", "id": "a0"},
        "field": "title",
        "ours": "<b>a</b>\x1b[2J",
        "theirs": "b",
    }
    return [entry] * count


def test_a_long_list_of_one_conflict_counts_once_and_shows_text_as_data() -> None:
    tampered = json.loads(dumps_project(sample_project()))
    tampered["merge_conflicts"] = hostile_entries(2_000)
    loaded = loads_project(json.dumps(tampered)).project
    (pending,) = pending_conflicts(loaded)  # duplicates of one id count once
    assert "\\u001b" in pending.conflict.describe()  # shown as an escape, never run


def test_a_huge_hostile_list_is_left_out_with_a_warning() -> None:
    tampered = json.loads(dumps_project(sample_project()))
    tampered["merge_conflicts"] = hostile_entries(200_000)
    result = loads_project(json.dumps(tampered))
    assert pending_conflicts(result.project) == ()
    assert any("merge_conflicts" in warning for warning in result.warnings)


# -- ApplyMerge ----------------------------------------------------------------------------


def test_a_merge_is_one_undo_step_that_records_the_other_revision() -> None:
    base, ours, theirs = conflicted()
    document = Document(ours, None, parents=("mine",))
    result = merge(base, document.project, theirs)
    document.execute(ApplyMerge.from_result(result, theirs_revision="theirs"))
    assert document.project.maps == result.project.maps
    assert document.undo_labels == ("Merge Copy",)
    assert document.parent_revisions == ("mine", "theirs")
    assert merged_revisions(document.project) == ("theirs",)
    document.undo()
    assert document.project is ours
    assert document.parent_revisions == ("mine",)


def test_a_merge_into_a_changed_document_is_refused() -> None:
    base, ours, theirs = conflicted()
    document = Document(ours)
    command = ApplyMerge.from_result(merge(base, ours, theirs))
    document.execute(UpdateProject({"title": "Changed meanwhile"}))
    with pytest.raises(CommandError, match="merge the copy again"):
        document.execute(command)


def test_conflicts_can_be_kept_for_later() -> None:
    base, ours, theirs = conflicted()
    result = merge(base, ours, theirs)
    project = ApplyMerge.from_result(result, keep_conflicts=True).apply(ours)
    assert len(pending_conflicts(project)) == 3
    assert cell(project, "p1", "actions", "s2") == ["new"]
