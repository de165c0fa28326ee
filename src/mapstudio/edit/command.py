"""The command contract: what every edit is, the error it raises, and how they combine.

A command is a small immutable value naming one user intent ("move these cards to that
cell") by ids. `apply` is a pure function from one project to the next: it never mutates
(the models are frozen) and it either returns the new project or raises `CommandError`.
`Document.execute` is the only place that runs commands against the open project.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from mapstudio.model import Project


class CommandError(Exception):
    """A command that cannot apply to this project; the message is plain words for a user."""


@runtime_checkable
class Command(Protocol):
    """One user intent. `label` is what the Undo menu shows ("Move 3 Cards")."""

    @property
    def label(self) -> str: ...

    def apply(self, project: Project) -> Project:
        """The project after this change; raises CommandError and changes nothing if it
        cannot apply."""
        ...


def _freeze(value: Any) -> Any:
    # Lists and dicts from a caller become tuples and Changes so the command stays
    # hashable and nobody can alter it after it went into the undo history.
    if isinstance(value, Changes):
        return value
    if isinstance(value, Mapping):
        return Changes(value)
    if isinstance(value, list | tuple):
        return tuple(_freeze(item) for item in value)
    if isinstance(value, set | frozenset):
        return frozenset(_freeze(item) for item in value)
    return value


def _thaw(value: Any) -> Any:
    # Pydantic validates plain dicts; give it those back.
    if isinstance(value, Changes):
        return value.to_dict()
    if isinstance(value, tuple):
        return tuple(_thaw(item) for item in value)
    return value


class Changes(Mapping[str, Any]):
    """An immutable, hashable field -> new value mapping for the Update* commands."""

    __slots__ = ("_items",)

    def __init__(self, changes: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> None:
        items = dict(changes)
        for key in items:
            if not isinstance(key, str):
                raise TypeError(f"field names must be strings, not {key!r}")
        self._items: dict[str, Any] = {key: _freeze(value) for key, value in items.items()}

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"Changes({self._items!r})"

    def to_dict(self) -> dict[str, Any]:
        """The changes as a plain dict (nested Changes and tuples thawed for pydantic)."""
        return {key: _thaw(value) for key, value in self._items.items()}


@dataclass(frozen=True)
class Composite:
    """Several commands applied in order as one undo step (e.g. add a persona and show it)."""

    label: str
    commands: tuple[Command, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "commands", tuple(self.commands))

    def apply(self, project: Project) -> Project:
        # Every step is pure, so a failure part-way simply discards the partial result.
        for command in self.commands:
            project = command.apply(project)
        return project


@dataclass(frozen=True)
class ApplyComputed:
    """A change computed outside the editor, often on a worker thread (a spreadsheet
    merged into a map, photos read into cards), brought in as one undo step.

    `before` is the project the change was computed from and `after` the result; it is
    computed once and applied as it is. If the project changed in between, the command
    refuses rather than lose those changes.
    """

    label: str
    before: Project = field(compare=False, repr=False)
    after: Project = field(compare=False, repr=False)

    def apply(self, project: Project) -> Project:
        if project is not self.before and project != self.before:
            raise CommandError(
                "The project changed while this was being prepared; please do it again."
            )
        return self.after
