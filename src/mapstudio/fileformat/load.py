"""Loading a project file: size check, decode, parse, envelope, migrate, repair, validate.

The steps run in that order so that the cheap refusals (too large, not ours, too new)
happen before any expensive work, and every failure is one of the typed errors in
`errors`.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapstudio.fileformat.constants import DEFAULT_MAX_BYTES, ENVELOPE_EXTRA_KEY
from mapstudio.fileformat.envelope import (
    Lineage,
    check_envelope,
    check_project_object,
    extra_fields,
    read_lineage,
)
from mapstudio.fileformat.errors import (
    DamagedFileError,
    FileAccessError,
    FileTooLargeError,
    ProjectFileError,
)
from mapstudio.fileformat.gate import envelope_fields
from mapstudio.fileformat.migrations import migrate
from mapstudio.fileformat.parse import decode, parse_json
from mapstudio.fileformat.repair import repair_project
from mapstudio.fileformat.sanitize import may_hold_control_characters, strip_control_characters
from mapstudio.model import Project

logger = logging.getLogger(__name__)

UNEXPECTED = "unexpected error: "  # the start of `details` when the safety net caught a bug


@dataclass(frozen=True)
class LoadResult:
    """A loaded project, the repairs made while loading, the version migrated from and
    the file's lineage (its revision id and the revisions it came from)."""

    project: Project
    warnings: tuple[str, ...] = ()
    migrated_from: int | None = None
    # Of the warnings, those that left out valid content beyond the model's limits (a
    # file of a version that held more): saving over the file would lose it.
    beyond_limits: tuple[str, ...] = ()
    lineage: Lineage = field(default_factory=Lineage)


def load_project(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Read, check, upgrade and repair the project file at `path`."""
    path = Path(path)
    try:
        data = _read_regular_file(path, max_bytes)
    except OSError as exc:
        raise FileAccessError.from_os_error(path, exc) from exc
    if len(data) > max_bytes:
        raise FileTooLargeError(len(data), max_bytes, path.name)
    result = loads_project(data, max_bytes=max_bytes)
    logger.info(
        "loaded %s (%d bytes, %d warnings, migrated from %s)",
        path,
        len(data),
        len(result.warnings),
        result.migrated_from,
    )
    return result


def _read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` + 1 of them.

    Opened without waiting and checked once open: a FIFO, a device or a socket named as
    a project (typed, dropped, left in the recent files, or in place of a mailed copy)
    would otherwise block until someone writes to it, or read /dev/zero to the limit.
    """
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)  # not every system has every flag
    fd = os.open(path, flags)
    with open(fd, "rb") as stream:  # closes fd
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise FileAccessError(
                f"'{path.name}' is not a project file: it is a pipe, a device or a socket.",
                f"st_mode {oct(info.st_mode)}",
            )
        if info.st_size > max_bytes:
            raise FileTooLargeError(info.st_size, max_bytes, path.name)
        # Never more than the limit, even if the file grew since fstat().
        return stream.read(max_bytes + 1)


def loads_project(data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Check, upgrade and repair a project given as the bytes (or text) of a file."""
    if len(data) > max_bytes:
        raise FileTooLargeError(len(data), max_bytes)
    text = decode(data)
    return load_document(
        parse_json(text), text=text, utf8=data if isinstance(data, bytes) else None
    )


def load_document(
    document: Any, *, text: str | None = None, utf8: bytes | None = None
) -> LoadResult:
    """Check, upgrade and repair a project file already parsed (by `parse.parse_json`,
    which bounds its size and depth). The argument may be changed. `text` (and its
    `utf8` bytes), when given, let a file without control characters skip that scan."""
    check_envelope(document)
    document, migrated_from = migrate(document)
    lineage, lineage_warnings = read_lineage(document)
    raw_project = check_project_object(document)
    controls = text is None or may_hold_control_characters(text, utf8)
    cleaned = strip_control_characters(raw_project) if controls else []
    try:
        project, warnings, beyond_limits = repair_project(raw_project)
    except ProjectFileError:
        raise
    except Exception as exc:
        # A bug of ours must still reach the designer as "damaged", not as a crash;
        # the log keeps the traceback.
        logger.exception("unexpected failure while repairing a project")
        raise DamagedFileError("", "it could not be read", f"{UNEXPECTED}{exc!r}") from exc
    extra, dropped = envelope_fields(extra_fields(document), project)
    if extra:
        # Carried inside the project so that a plain save writes them back.
        project = project.model_copy(update={ENVELOPE_EXTRA_KEY: extra})
    return LoadResult(
        project=project,
        warnings=(*cleaned, *lineage_warnings, *warnings, *dropped),
        migrated_from=migrated_from,
        lineage=lineage,
        beyond_limits=(*beyond_limits, *dropped),
    )
