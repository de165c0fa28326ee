"""The envelope around a project: format name, version, app version and save time.

`check_envelope` decides whether a parsed document is ours and which version it is;
`build_envelope` writes the header fields in their fixed order.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mapstudio._version import __version__
from mapstudio.fileformat.constants import FORMAT_NAME, FORMAT_VERSION
from mapstudio.fileformat.errors import (
    DamagedFileError,
    NewerVersionError,
    NotAProjectFileError,
)

# Header fields in the order they are written; anything else at the top level is an
# unknown field from a newer version and is kept.
HEADER_KEYS = ("format", "version", "app_version", "saved_at")
ENVELOPE_KEYS = (*HEADER_KEYS, "project")


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
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The document to write: header first, unknown fields next, the project last."""
    envelope: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": app_version or __version__,
        "saved_at": format_time(saved_at),
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
