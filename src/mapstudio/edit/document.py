"""The open document: a project, where it is saved, and its undo history.

`Document.execute` is the only write path to the project (DESIGN.md rule 3). The history
keeps (label, before, after) snapshots rather than inverse commands: the models are frozen,
so consecutive snapshots share every unchanged object and cost little, and undo is exact
by construction. The clean mark follows QUndoStack: the document is clean exactly when
the current project is the one that was last saved (or loaded), so undoing back to the
save point makes it clean again.

The document also knows its lineage: the revisions its content descends from (the
revision of the file it was loaded from or last saved as) and, through the project
value, the revisions of copies merged into it since. `parent_revisions` is what the next
save records as its parents; a merge undone is no longer among them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mapstudio.edit.command import Command
from mapstudio.model import Project, merged_revisions

log = logging.getLogger(__name__)

ChangeReason = Literal["execute", "undo", "redo", "replace", "clean", "rollback", "history"]

DEFAULT_HISTORY_LIMIT = 500


@dataclass(frozen=True)
class DocumentChange:
    """What a listener is told after the document changed.

    reason: "execute" (a command ran; inside a transaction, once per command), "undo",
    "redo", "replace" (a project was loaded or reloaded), "clean" (saved; the project is
    the same), "rollback" (a failed transaction put back the project it started with) or
    "history" (a transaction ended and became one undo step; the project is the same).
    label: the command's or history step's label; None for "replace" and "clean".
    """

    reason: ChangeReason
    label: str | None
    before: Project
    after: Project


Listener = Callable[[DocumentChange], None]


@dataclass(frozen=True)
class _Step:
    label: str
    before: Project
    after: Project


class Document:
    """A project being edited: its file path, undo/redo history, clean mark and listeners."""

    def __init__(
        self,
        project: Project,
        path: Path | None = None,
        *,
        history_limit: int | None = DEFAULT_HISTORY_LIMIT,
        parents: tuple[str, ...] = (),
    ) -> None:
        if history_limit is not None and history_limit < 1:
            raise ValueError("history_limit must be at least 1 (or None for no limit)")
        self._project = project
        self._path = path
        # The revisions the saved state descends from, and the merged revisions that
        # the last save (or the loaded file) already recorded.
        self._parents: tuple[str, ...] = tuple(parents)
        self._recorded_merges: frozenset[str] = frozenset(merged_revisions(project))
        self._history_limit = history_limit
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        # The project as last saved or loaded. Identity, not equality: an edit that
        # happens to produce equal content still counts as an edit, as in QUndoStack.
        self._clean: Project | None = project
        self._listeners: list[Listener] = []
        # Open transactions, outermost first: (label, project when it began).
        self._transactions: list[tuple[str, Project]] = []

    # -- state ---------------------------------------------------------------------------

    @property
    def project(self) -> Project:
        """The current project (an immutable value; change it through `execute`)."""
        return self._project

    @property
    def path(self) -> Path | None:
        """Where the project is saved; None for a new, never saved project."""
        return self._path

    @path.setter
    def path(self, value: Path | None) -> None:
        self._path = value

    @property
    def parent_revisions(self) -> tuple[str, ...]:
        """The revisions the next save descends from: the revision this document was
        loaded from or last saved as, then every copy merged in since (and not undone).
        Pass them to `save_project(..., parents=...)`."""
        merged = [r for r in merged_revisions(self._project) if r not in self._recorded_merges]
        return tuple(dict.fromkeys((*self._parents, *merged)))

    @property
    def is_dirty(self) -> bool:
        """True when the project differs from the last saved (or loaded) state."""
        return self._project is not self._clean

    @property
    def in_transaction(self) -> bool:
        """True while a `transaction` block is open."""
        return bool(self._transactions)

    @property
    def can_undo(self) -> bool:
        """Whether there is a step to undo (never in the middle of a transaction)."""
        return bool(self._undo) and not self._transactions

    @property
    def can_redo(self) -> bool:
        """Whether there is a step to redo (never in the middle of a transaction)."""
        return bool(self._redo) and not self._transactions

    @property
    def undo_label(self) -> str | None:
        """The label of the step `undo` would revert ("Move Card"), or None."""
        return self._undo[-1].label if self.can_undo else None

    @property
    def redo_label(self) -> str | None:
        """The label of the step `redo` would repeat, or None."""
        return self._redo[-1].label if self.can_redo else None

    @property
    def undo_labels(self) -> tuple[str, ...]:
        """Labels of all undoable steps, oldest first (for a history panel)."""
        return tuple(step.label for step in self._undo)

    @property
    def redo_labels(self) -> tuple[str, ...]:
        """Labels of all redoable steps, next first."""
        return tuple(step.label for step in reversed(self._redo))

    # -- changes -------------------------------------------------------------------------

    def execute(self, command: Command) -> None:
        """Apply a command and record it as one undo step (or as part of the open
        transaction's step). A command that raises leaves the document unchanged; a
        command that changes nothing leaves no step."""
        before = self._project
        after = command.apply(before)
        if not isinstance(after, Project):
            raise TypeError(f"{type(command).__name__}.apply returned {type(after).__name__}")
        if after is before:
            return
        self._project = after
        if not self._transactions:
            self._push(_Step(command.label, before, after))
        self._notify("execute", command.label, before, after)

    def undo(self) -> None:
        """Revert the last step; nothing happens when there is none."""
        self._refuse_in_transaction("undo")
        if not self._undo:
            return
        step = self._undo.pop()
        self._redo.append(step)
        before = self._project
        self._project = step.before
        self._notify("undo", step.label, before, step.before)

    def redo(self) -> None:
        """Repeat the last undone step; nothing happens when there is none."""
        self._refuse_in_transaction("redo")
        if not self._redo:
            return
        step = self._redo.pop()
        self._undo.append(step)
        before = self._project
        self._project = step.after
        self._notify("redo", step.label, before, step.after)

    def mark_clean(self, *, revision: str | None = None) -> None:
        """Record the current project as saved (call after a successful save). With the
        `revision` the save wrote, that revision becomes the parent of the next save."""
        self._clean = self._project
        if revision is not None:
            self._parents = (revision,)
            self._recorded_merges = frozenset(merged_revisions(self._project))
        self._notify("clean", None, self._project, self._project)

    def replace_project(
        self, project: Project, path: Path | None, *, parents: tuple[str, ...] = ()
    ) -> None:
        """Swap in another project (load, reload, new): history cleared, clean.

        `parents`: the revisions the project descends from, i.e. `LoadResult.lineage.heads`
        of the file it was loaded from (none for a new project or a template)."""
        self._refuse_in_transaction("replace the project")
        before = self._project
        self._project = project
        self._path = path
        self._parents = tuple(parents)
        self._recorded_merges = frozenset(merged_revisions(project))
        self._undo.clear()
        self._redo.clear()
        self._clean = project
        self._notify("replace", None, before, project)

    @contextmanager
    def transaction(self, label: str) -> Iterator[None]:
        """Make every `execute` inside the block one undo step called `label`.

        Listeners still hear each command as it runs, so the view stays live during a
        gesture. A nested transaction folds into the outer one (whose label wins). If the
        block raises, the project goes back to what it was when this block began (a
        "rollback" change is announced) and the exception propagates. A block that
        changed nothing adds no step.
        """
        start = self._project
        self._transactions.append((label, start))
        try:
            yield
        except BaseException:
            self._transactions.pop()
            if self._project is not start:
                current = self._project
                self._project = start
                self._notify("rollback", label, current, start)
            raise
        self._transactions.pop()
        if not self._transactions and self._project is not start:
            self._push(_Step(label, start, self._project))
            # Only the history changed (its newest step): Undo can now name it.
            self._notify("history", label, self._project, self._project)

    # -- listeners -----------------------------------------------------------------------

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """Call `callback` with a DocumentChange after every change; returns a function
        that unsubscribes it (calling it twice is harmless)."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    # -- internals -----------------------------------------------------------------------

    def _push(self, step: _Step) -> None:
        self._undo.append(step)
        self._redo.clear()
        if self._history_limit is not None and len(self._undo) > self._history_limit:
            # The oldest steps go; the clean mark may become unreachable, which is right:
            # the saved state can then no longer be reached by undoing.
            del self._undo[: len(self._undo) - self._history_limit]

    def _notify(
        self, reason: ChangeReason, label: str | None, before: Project, after: Project
    ) -> None:
        change = DocumentChange(reason, label, before, after)
        # A copy, so a listener may unsubscribe (itself or another) while being called.
        for callback in list(self._listeners):
            callback(change)

    def _refuse_in_transaction(self, what: str) -> None:
        if self._transactions:
            raise RuntimeError(f"cannot {what} while a transaction is open")
