"""Document: the only write path, undo/redo with labels, the clean mark, listeners."""

from __future__ import annotations

from pathlib import Path

import pytest
from edit_support import cell, sample_project

from mapstudio.edit import (
    CommandError,
    DeleteCards,
    Document,
    DocumentChange,
    MoveCards,
    UpdateProject,
    UpdateStage,
)
from mapstudio.model import Project, merged_revisions, with_merged_revision


def rename(title: str) -> UpdateProject:
    return UpdateProject({"title": title})


def test_new_document_is_clean_with_no_history(document: Document, project: Project) -> None:
    assert document.project is project
    assert document.path is None
    assert not document.is_dirty
    assert not document.can_undo and not document.can_redo
    assert document.undo_label is None and document.redo_label is None
    document.path = Path("/tmp/shop.mapstudio")
    assert document.path == Path("/tmp/shop.mapstudio")
    assert Document(project, Path("x.mapstudio")).path == Path("x.mapstudio")


def test_execute_undo_redo(document: Document, project: Project) -> None:
    document.execute(MoveCards("m1", ("a0",), "p1", "actions", "s1", 0))
    moved = document.project
    assert cell(moved, "p1", "actions", "s1") == ["a0", "b0", "b1"]
    assert document.is_dirty and document.can_undo and not document.can_redo
    assert document.undo_label == "Move Card"

    document.undo()
    assert document.project is project
    assert not document.can_undo and document.can_redo
    assert document.redo_label == "Move Card" and document.undo_label is None
    assert not document.is_dirty

    document.redo()
    assert document.project is moved
    assert document.undo_label == "Move Card" and document.redo_label is None


def test_new_execute_clears_redo(document: Document) -> None:
    document.execute(rename("A"))
    document.execute(rename("B"))
    document.undo()
    assert document.redo_label == "Rename Project"
    document.execute(UpdateStage("m1", "s0", {"name": "Discover"}))
    assert not document.can_redo
    assert document.undo_labels == ("Rename Project", "Rename Stage")
    assert document.project.title == "A"


def test_undo_redo_with_empty_history_do_nothing(document: Document, project: Project) -> None:
    document.undo()
    document.redo()
    assert document.project is project


def test_failing_command_leaves_document_unchanged(document: Document, project: Project) -> None:
    seen: list[DocumentChange] = []
    document.subscribe(seen.append)
    with pytest.raises(CommandError, match="no card"):
        document.execute(DeleteCards("m1", ("zz",)))
    with pytest.raises(CommandError):
        document.execute(rename("x" * 500))
    assert document.project is project
    assert not document.can_undo and not document.is_dirty
    assert seen == []


def test_no_op_command_leaves_no_step(document: Document) -> None:
    document.execute(rename("Shop"))  # already the title
    assert not document.can_undo and not document.is_dirty


def test_clean_mark_follows_undo_stack(document: Document) -> None:
    document.execute(rename("A"))
    document.execute(rename("B"))
    document.mark_clean()  # saved at B
    assert not document.is_dirty
    document.execute(rename("C"))
    assert document.is_dirty
    document.undo()
    assert not document.is_dirty  # back at the save point
    document.undo()
    assert document.is_dirty
    document.redo()
    assert not document.is_dirty
    # Branch off before the save point: the saved state is now unreachable.
    document.undo()
    document.execute(rename("D"))
    assert document.is_dirty
    document.undo()
    assert document.is_dirty  # at A, not at the saved B
    assert not document.can_redo or document.redo_label == "Rename Project"


def test_equal_content_is_still_an_edit(document: Document, project: Project) -> None:
    document.execute(rename("A"))
    document.execute(rename("Shop"))
    assert document.project == project
    assert document.is_dirty  # like QUndoStack: only the clean index counts


def test_replace_project_clears_history(document: Document) -> None:
    document.execute(rename("A"))
    other = sample_project()
    seen: list[DocumentChange] = []
    document.subscribe(seen.append)
    document.replace_project(other, Path("other.mapstudio"))
    assert document.project is other
    assert document.path == Path("other.mapstudio")
    assert not document.can_undo and not document.can_redo and not document.is_dirty
    assert [c.reason for c in seen] == ["replace"]
    assert seen[0].after is other and seen[0].label is None


def test_listeners_hear_every_change(document: Document, project: Project) -> None:
    seen: list[DocumentChange] = []
    unsubscribe = document.subscribe(seen.append)
    document.execute(rename("A"))
    after = document.project
    document.undo()
    document.redo()
    document.mark_clean()
    assert [(c.reason, c.label) for c in seen] == [
        ("execute", "Rename Project"),
        ("undo", "Rename Project"),
        ("redo", "Rename Project"),
        ("clean", None),
    ]
    assert (seen[0].before, seen[0].after) == (project, after)
    assert seen[0].before is project and seen[0].after is after
    assert seen[1].before is after and seen[1].after is project
    assert seen[3].before is seen[3].after is after
    unsubscribe()
    unsubscribe()  # harmless twice
    document.execute(rename("B"))
    assert len(seen) == 4


def test_listener_may_unsubscribe_while_called(document: Document) -> None:
    calls: list[str] = []
    unsubscribe_first = None

    def first(change: DocumentChange) -> None:
        calls.append("first")
        assert unsubscribe_first is not None
        unsubscribe_first()

    unsubscribe_first = document.subscribe(first)
    document.subscribe(lambda change: calls.append("second"))
    document.execute(rename("A"))
    document.execute(rename("B"))
    assert calls == ["first", "second", "second"]


def test_history_limit_drops_oldest_steps(project: Project) -> None:
    document = Document(project, history_limit=3)
    for title in "ABCDE":
        document.execute(rename(title))
    assert len(document.undo_labels) == 3
    for _ in range(5):
        document.undo()
    assert document.project.title == "B"
    assert document.is_dirty  # the loaded state fell off the history
    with pytest.raises(ValueError):
        Document(project, history_limit=0)


def test_execute_rejects_a_command_that_returns_no_project(document: Document) -> None:
    class Broken:
        label = "Broken"

        def apply(self, project: Project) -> Project:
            return None  # type: ignore[return-value]

    with pytest.raises(TypeError):
        document.execute(Broken())


# -- lineage ------------------------------------------------------------------------------


class _MergeIn:
    """A stand-in for a merge: remembers that revision `theirs` was merged in."""

    label = "Merge Copy"

    def __init__(self, theirs: str) -> None:
        self.theirs = theirs

    def apply(self, project: Project) -> Project:
        return with_merged_revision(rename("Merged").apply(project), self.theirs)


def test_the_loaded_revision_is_the_parent_of_the_next_save(project: Project) -> None:
    document = Document(project, Path("shop.mapstudio"), parents=("r1",))
    assert document.parent_revisions == ("r1",)
    document.execute(rename("Edited"))
    assert document.parent_revisions == ("r1",)
    document.mark_clean(revision="r2")
    assert document.parent_revisions == ("r2",)
    document.mark_clean()  # a save that did not say its revision changes nothing
    assert document.parent_revisions == ("r2",)
    document.replace_project(project, None)
    assert document.parent_revisions == ()
    document.replace_project(project, Path("other.mapstudio"), parents=("r9",))
    assert document.parent_revisions == ("r9",)


def test_a_merge_adds_a_parent_until_saved_or_undone(project: Project) -> None:
    document = Document(project, Path("shop.mapstudio"), parents=("mine",))
    document.execute(_MergeIn("theirs"))
    assert merged_revisions(document.project) == ("theirs",)
    assert document.parent_revisions == ("mine", "theirs")
    document.undo()
    assert document.parent_revisions == ("mine",)
    document.redo()
    assert document.parent_revisions == ("mine", "theirs")
    document.mark_clean(revision="saved")
    # The save recorded both parents; the next save descends from it alone.
    assert document.parent_revisions == ("saved",)
    document.execute(rename("After"))
    assert document.parent_revisions == ("saved",)


def test_a_computed_change_is_one_step_and_refuses_a_project_that_moved_on() -> None:
    from mapstudio.edit import ApplyComputed, CommandError, UpdateMap

    base = sample_project()
    journey = base.maps[0]
    computed = UpdateMap(journey.id, {"title": "Merged elsewhere"}).apply(base)
    document = Document(base, None)
    document.execute(ApplyComputed("Merge Spreadsheet", base, computed))
    assert document.project is computed
    assert document.undo_label == "Merge Spreadsheet"
    document.undo()
    assert document.project is base
    document.execute(UpdateMap(journey.id, {"title": "Typed meanwhile"}))
    with pytest.raises(CommandError):
        document.execute(ApplyComputed("Merge Spreadsheet", base, computed))
    assert document.project.maps[0].title == "Typed meanwhile"
