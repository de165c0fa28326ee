"""Transactions: one gesture is one undo step; failures roll back; nesting folds."""

from __future__ import annotations

import pytest
from edit_support import cell

from mapstudio.edit import (
    AddBand,
    AddPersona,
    CommandError,
    Document,
    DocumentChange,
    MoveCards,
    UpdateProject,
)
from mapstudio.model import Persona, Project, find_map


def test_transaction_is_one_undo_step(document: Document, project: Project) -> None:
    seen: list[DocumentChange] = []
    document.subscribe(seen.append)
    with document.transaction("Add Persona"):
        document.execute(AddPersona(Persona(id="p3", name="Kim")))
        assert not document.can_undo  # no undo in the middle of a gesture
        assert document.in_transaction
        document.execute(AddBand("m1", "p3"))
    assert not document.in_transaction
    # The view stayed live; at the end, listeners hear that the history has a new step
    # (so an Undo menu entry can name it) without the project changing again.
    assert [c.reason for c in seen] == ["execute", "execute", "history"]
    assert seen[-1].label == "Add Persona" and seen[-1].before is seen[-1].after
    assert document.undo_labels == ("Add Persona",)
    assert find_map(document.project, "m1").bands == ("p1", "p2", "p3")
    document.undo()
    assert document.project is project
    document.redo()
    assert find_map(document.project, "m1").bands == ("p1", "p2", "p3")


def test_exception_rolls_back_and_reraises(document: Document, project: Project) -> None:
    document.execute(UpdateProject({"title": "A"}))
    renamed = document.project
    document.undo()  # leaves a step to redo, which a failed gesture must not discard
    assert document.can_redo
    seen: list[DocumentChange] = []
    document.subscribe(seen.append)
    with pytest.raises(CommandError), document.transaction("Drag"):
        document.execute(MoveCards("m1", ("a0",), "p1", "actions", "s1", 0))
        document.execute(MoveCards("m1", ("zz",), "p1", "actions", "s1", 0))
    assert document.project is project
    assert [c.reason for c in seen] == ["execute", "rollback"]
    assert seen[-1].after is project
    assert document.can_redo and document.redo_label == "Rename Project"  # untouched
    assert not document.is_dirty
    document.redo()
    assert document.project is renamed


def test_other_exceptions_roll_back_too(document: Document, project: Project) -> None:
    with pytest.raises(KeyError), document.transaction("Drag"):
        document.execute(MoveCards("m1", ("a0",), "p1", "actions", "s1", 0))
        raise KeyError("boom")
    assert document.project is project
    assert not document.can_undo


def test_empty_transaction_adds_nothing(document: Document) -> None:
    with document.transaction("Nothing"):
        pass
    with document.transaction("Drop in place"):
        document.execute(MoveCards("m1", ("a1",), "p1", "actions", "s0", 1))
    assert not document.can_undo and not document.is_dirty


def test_nested_transactions_fold_into_the_outer(document: Document, project: Project) -> None:
    with document.transaction("Outer"):
        document.execute(UpdateProject({"title": "A"}))
        with document.transaction("Inner"):
            document.execute(MoveCards("m1", ("a0",), "p1", "actions", "s1", 0))
        document.execute(MoveCards("m1", ("a1",), "p1", "actions", "s1", 0))
    assert document.undo_labels == ("Outer",)
    assert cell(document.project, "p1", "actions", "s1") == ["a1", "a0", "b0", "b1"]
    document.undo()
    assert document.project is project


def test_caught_inner_failure_rolls_back_only_the_inner(document: Document) -> None:
    with document.transaction("Outer"):
        document.execute(UpdateProject({"title": "A"}))
        after_outer_step = document.project
        try:
            with document.transaction("Inner"):
                document.execute(UpdateProject({"title": "B"}))
                raise ValueError("inner failed")
        except ValueError:
            pass
        assert document.project is after_outer_step
    assert document.project.title == "A"
    assert document.undo_labels == ("Outer",)


def test_undo_redo_replace_refused_inside_a_transaction(document: Document) -> None:
    document.execute(UpdateProject({"title": "A"}))
    with document.transaction("T"):
        with pytest.raises(RuntimeError):
            document.undo()
        with pytest.raises(RuntimeError):
            document.redo()
        with pytest.raises(RuntimeError):
            document.replace_project(document.project, None)
    assert document.undo_labels == ("Rename Project",)


def test_transaction_clears_redo_only_when_it_commits(document: Document) -> None:
    document.execute(UpdateProject({"title": "A"}))
    document.undo()
    with document.transaction("Edit"):
        document.execute(UpdateProject({"title": "B"}))
    assert not document.can_redo
    assert document.undo_label == "Edit"
