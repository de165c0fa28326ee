"""The envelope around a project: format name, version, app version, save time, lineage.

`check_envelope` decides whether a parsed document is ours and which version it is;
`read_lineage` takes the revision id and its parents out of a current-version document;
`build_envelope` writes the header fields in their fixed order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mapstudio._version import __version__
from mapstudio.fileformat.constants import FORMAT_NAME, FORMAT_VERSION, MAX_PARENTS
from mapstudio.fileformat.errors import (
    DamagedFileError,
    NewerVersionError,
    NotAProjectFileError,
)

# Header fields in the order they are written; anything else at the top level is an
# unknown field from a newer version and is kept.
HEADER_KEYS = ("format", "version", "app_version", "saved_at", "revision", "parents")
ENVELOPE_KEYS = (*HEADER_KEYS, "project")

# A revision id has the shape of every other id of the format.
_REVISION = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Lineage:
    """Where a saved project comes from: its revision id and the revisions it was made
    from (one after an ordinary save, two after a merge, none for a first save)."""

    revision: str | None = None
    parents: tuple[str, ...] = ()
    # When the revision was saved (POSIX seconds; from the file's "saved_at"), to name it
    # by its time rather than its id. Not part of its identity.
    saved_at: float | None = field(default=None, compare=False)

    @property
    def heads(self) -> tuple[str, ...]:
        """The revisions the content descends from: the file's own revision when it has
        one, else its parents (a recovery copy, a file written without a revision).
        They become the parents of the next save of a document opened from this file."""
        return (self.revision,) if self.revision else self.parents


def is_revision_id(value: Any) -> bool:
    """Whether `value` can be a revision id (a short id of letters, digits, - and _)."""
    return isinstance(value, str) and bool(_REVISION.match(value))


def read_lineage(document: dict[str, Any]) -> tuple[Lineage, list[str]]:
    """The lineage of a current-version document and warnings for what had to be
    ignored. A bad revision id or parent never stops a file from opening: without them
    it merges two-way instead of three-way, nothing more."""
    warnings: list[str] = []
    revision = document.get("revision")
    if revision is not None and not is_revision_id(revision):
        warnings.append("Its revision id was not readable and was ignored.")
        revision = None
    raw_parents = document.get("parents", [])
    parents: list[str] = []
    if not isinstance(raw_parents, list):
        warnings.append("Its list of earlier revisions was not readable and was ignored.")
        raw_parents = []
    for parent in raw_parents[:MAX_PARENTS]:
        if is_revision_id(parent) and parent not in parents and parent != revision:
            parents.append(parent)
    if len(parents) < len(raw_parents):
        warnings.append(
            "Some of its earlier revision ids were unreadable or repeated and were ignored."
        )
    return Lineage(
        revision, tuple(parents), saved_at=parse_time(document.get("saved_at"))
    ), warnings


def parse_time(value: Any) -> float | None:
    """A "saved_at" time (ISO 8601, as `format_time` writes it) as POSIX seconds; None
    for anything else - the time only names a revision, so a bad one is just left out."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # naive times are taken as UTC, as written
    try:
        return moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def check_envelope(document: Any) -> int:
    """The format version of `document`; raises when it is not a project we can read."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise NotAProjectFileError(
            "This file is not a mapstudio project.",
            'the top level is not an object with "format": "mapstudio"',
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise DamagedFileError("", "its format version is missing or unreadable")
    if version > FORMAT_VERSION:
        raise NewerVersionError(version, _app_version(document), __version__)
    return version


def check_project_object(document: dict[str, Any]) -> dict[str, Any]:
    """The "project" object of a current-version document."""
    project = document.get("project")
    if not isinstance(project, dict):
        problem = "the project is missing" if project is None else "the project is not readable"
        raise DamagedFileError("", problem)
    return project


def extra_fields(document: dict[str, Any]) -> dict[str, Any]:
    """Top-level fields this version does not know, in file order."""
    return {k: v for k, v in document.items() if k not in ENVELOPE_KEYS}


def build_envelope(
    project: dict[str, Any],
    *,
    app_version: str | None = None,
    saved_at: datetime | str | None = None,
    revision: str | None = None,
    parents: tuple[str, ...] = (),
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The document to write: header first, unknown fields next, the project last."""
    envelope: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": app_version or __version__,
        "saved_at": format_time(saved_at),
        "revision": revision,
        "parents": list(parents),
    }
    for key, value in (extra or {}).items():
        if key not in ENVELOPE_KEYS:
            envelope[key] = value
    envelope["project"] = project
    return envelope


def format_time(moment: datetime | str | None) -> str:
    """An ISO 8601 UTC time to the second with a Z, e.g. 2026-03-01T09:30:00Z."""
    if isinstance(moment, str):
        return moment
    if moment is None:
        moment = datetime.now(UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # naive times are taken as UTC
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _app_version(document: dict[str, Any]) -> str | None:
    value = document.get("app_version")
    if not isinstance(value, str):
        return None
    # It ends up in a message: keep it short and printable.
    cleaned = "".join(ch for ch in value if ch.isprintable())[:40].strip()
    return cleaned or None
