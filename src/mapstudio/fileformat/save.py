"""Writing a project file: the JSON text, and the atomic save that keeps a backup.

Every write records a revision id and the revisions it came from (its parents). The id
is derived from the written text itself (a SHA-256 prefix), so writing the same project
with the same parents and time twice gives the same bytes, and two revisions with the
same id are the same content.

A save never leaves a half-written project behind: the new content goes to a temporary
file in the same folder, is flushed to the disk, and only then replaces the old file in
one rename (QSaveFile semantics). The previous version stays next to it as
"<name>.mapstudio.bak".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import stat
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from mapstudio._runtime import collector_paused
from mapstudio.fileformat.constants import (
    BACKUP_SUFFIX,
    DEFAULT_MAX_BYTES,
    ENVELOPE_EXTRA_KEY,
    MAX_PARENTS,
    MERGED_REVISIONS_KEY,
)
from mapstudio.fileformat.envelope import build_envelope, is_revision_id
from mapstudio.fileformat.errors import ProjectSaveError
from mapstudio.fileformat.gate import ProjectLimitError, encode_revision
from mapstudio.fileformat.tempfiles import after_writing, temp_beside
from mapstudio.model import Project, merged_revisions

logger = logging.getLogger(__name__)


# Which containers are written one entry per line: the envelope, the project, its lists
# and maps, and the lists of a map ("*" stands for every item of a list). Anything else,
# such as one persona, card or image, is written on one line, so changing a card
# changes one line of a diff, and a large map costs no indentation per field.
_MAP_LINES: dict[str, Any] = {"stages": {}, "lanes": {}, "bands": {}, "cards": {}}
_MAP_LINES["emotion_points"] = {}
_LINES: dict[str, Any] = {
    "project": {"personas": {}, "maps": {"*": _MAP_LINES}, "assets": {}},
}
_INDENT = "  "
# One line of JSON: text as is (not \u-escaped), no NaN, a space after "," and ":".
_one_line = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, separators=(", ", ": "), check_circular=False
).encode

# Written in the header while the text is made, then replaced by the text's own hash.
_REVISION_PLACEHOLDER = "0" * 32
REVISION_LENGTH = len(_REVISION_PLACEHOLDER)


def dumps_project(
    project: Project,
    *,
    app_version: str | None = None,
    saved_at: datetime | str | None = None,
    parents: Iterable[str] | None = None,
) -> str:
    """The file content for `project`: stable key order, one record per line, fields
    that have their default value left out (the loader fills them in), trailing newline.

    `app_version` defaults to this mapstudio's version and `saved_at` to now (UTC);
    both can be given so that the output is reproducible. `parents` are the revisions
    the project came from (see `dump_revision`).
    """
    return dump_revision(project, app_version=app_version, saved_at=saved_at, parents=parents)[0]


def dump_revision(
    project: Project,
    *,
    app_version: str | None = None,
    saved_at: datetime | str | None = None,
    parents: Iterable[str] | None = None,
) -> tuple[str, str]:
    """The file content for `project` and the revision id written in it.

    `parents`: the revisions this content descends from - `Document.parent_revisions`
    for an open document (the revision it was loaded from or last saved as, and any
    copy merged into it since). None records only the merged copies the project
    remembers (`mapstudio.model.merged_revisions`).
    """
    # Dumping makes a tree as large as the file and no reference cycles (in the
    # benchmark process, which holds several maps, a file twice as large took 4.7x as
    # long to save while the collector ran).
    with collector_paused():
        # Unknown fields are always written; only declared fields are compared with
        # their defaults, so nothing a newer version wrote is lost.
        content: dict[str, Any] = project.model_dump(mode="json", exclude_defaults=True)
        extra = content.pop(ENVELOPE_EXTRA_KEY, None)
        content.pop(MERGED_REVISIONS_KEY, None)
        chosen = merged_revisions(project) if parents is None else tuple(parents)
        envelope = build_envelope(
            content,
            app_version=app_version,
            saved_at=saved_at,
            revision=_REVISION_PLACEHOLDER,
            parents=_clean_parents(chosen),
            extra=extra if isinstance(extra, dict) else None,
        )
        chunks: list[str] = []
        _write_lines(envelope, _LINES, 0, chunks)
        chunks.append("\n")
        text = "".join(chunks)
        del content, envelope, chunks  # freed here, by reference counting
    revision = hashlib.sha256(encode_text(text)).hexdigest()[:REVISION_LENGTH]
    # The header comes first in the text, so the first occurrence is the header's.
    marker = f'"revision": "{_REVISION_PLACEHOLDER}"'
    return text.replace(marker, f'"revision": "{revision}"', 1), revision


def _clean_parents(parents: Iterable[str]) -> tuple[str, ...]:
    """Valid ids, each once, in order, at most MAX_PARENTS."""
    kept: list[str] = []
    for parent in parents:
        if is_revision_id(parent) and parent not in kept:
            kept.append(parent)
    return tuple(kept[:MAX_PARENTS])


def _write_lines(value: Any, layout: dict[str, Any], depth: int, out: list[str]) -> None:
    """Append `value` as JSON to `out`, one entry per line where `layout` says so (see
    _LINES). Pieces are joined once at the end: concatenating at every level would copy
    a large file once per level."""
    if not value or not isinstance(value, dict | list):
        out.append(_one_line(value))
        return
    inner = _INDENT * (depth + 1)
    if isinstance(value, dict):
        out.append("{\n")
        for number, (key, item) in enumerate(value.items()):
            out.append(f",\n{inner}" if number else inner)
            out.append(_one_line(key) + ": ")
            if key in layout:
                _write_lines(item, layout[key], depth + 1, out)
            else:
                out.append(_one_line(item))
        closing = "}"
    else:
        out.append("[\n")
        child = layout.get("*")
        for number, item in enumerate(value):
            out.append(f",\n{inner}" if number else inner)
            if child is not None:
                _write_lines(item, child, depth + 1, out)
            else:
                out.append(_one_line(item))
        closing = "]"
    out.append("\n" + _INDENT * depth + closing)


def encode_text(text: str) -> bytes:
    """UTF-8 bytes of the file text.

    A lone surrogate (possible after loading a "\\ud800" escape) cannot be UTF-8; it
    only ever occurs inside a JSON string, where backslashreplace turns it back into
    exactly the escape it came from.
    """
    return text.encode("utf-8", errors="backslashreplace")


def save_project(
    project: Project,
    path: str | os.PathLike[str],
    *,
    saved_at: datetime | str | None = None,
    parents: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> str:
    """Save `project` to `path` atomically, keeping the previous file as a backup, and
    return the revision id written (pass it to `Document.mark_clean(revision=...)`).

    `parents`: see `dump_revision`. Raises ProjectSaveError with a plain message when the
    save fails, or when the project could not be opened again (its file would be over
    `max_bytes`, the loader's size limit); the file that was at `path` is then left
    exactly as it was, and no
    temporary file is left behind.
    """
    shown = Path(path)
    try:
        # The gate: a project whose file the loader would refuse is not written at all.
        data, revision = encode_revision(
            project, saved_at=saved_at, parents=parents, max_bytes=max_bytes
        )
    except ProjectLimitError as exc:
        message = f"Could not save '{shown.name}': {exc.reason}."
        raise ProjectSaveError(message, exc.details) from exc
    atomic_write(shown, data, backup=True)
    return revision


def atomic_write(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Replace the file at `path` with `data` so that it is always complete.

    The bytes go to a temporary file in the same folder (a rename is only atomic within
    one file system), which is flushed and synced before it is renamed over `path`; then
    the folder is synced so that the rename itself survives a power cut. With `backup`
    the previous file is kept as "<name>.bak". Raises ProjectSaveError naming `path`;
    the old file is then untouched and the temporary file removed. After a successful
    write, stale temporary files that killed saves left in the folder are swept.
    """
    shown = Path(path)
    # Write through a symbolic link rather than replacing the link with a file.
    target = Path(os.path.realpath(shown))
    folder = target.parent
    # Refuses a folder, a pipe, a device or a socket at `target` before writing.
    handle, temp = temp_beside(target, ".tmp", shown=shown)
    try:
        try:
            stream = os.fdopen(handle, "wb")
        except BaseException:
            os.close(handle)
            raise
        with stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        copy_permissions(target, temp)
        if backup and target.exists():
            _keep_backup(target)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise ProjectSaveError.from_os_error(shown, exc) from exc
        if isinstance(exc, Exception):
            raise ProjectSaveError(
                f"Could not save '{shown.name}': something went wrong while writing it.",
                repr(exc),
            ) from exc
        raise  # KeyboardInterrupt and friends: the temp file is gone, let them through
    sync_folder(folder)
    logger.info("saved %s (%d bytes)", target, len(data))
    after_writing(folder)


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of `path` is kept: "<name>.mapstudio.bak"."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def _keep_backup(target: Path) -> None:
    """Keep the current file as the backup, without ever removing it from `target`.

    A hard link costs nothing and is atomic; where links are not possible the file is
    copied. Either way the backup is built under a temporary name and renamed, so an old
    backup is only replaced by a complete one. A failed backup does not stop the save.
    """
    backup = backup_path(target)
    temp = backup.with_name(f".{backup.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        try:
            os.link(target, temp)
        except OSError:
            shutil.copy2(target, temp)
        os.replace(temp, backup)
    except OSError:
        logger.warning("could not keep a backup of %s", target, exc_info=True)
        with contextlib.suppress(OSError):
            temp.unlink()


def copy_permissions(target: Path, temp: Path) -> None:
    """Give the new file the old file's permissions, or the usual ones for a new file
    (0666 less the umask, as any program's new file).

    mkstemp creates files readable by the owner only, which would silently change who
    can read a shared project, or keep a print server's hot folder from reading a PDF.
    """
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_current_umask()
    os.chmod(temp, mode)


def _current_umask() -> int:
    """The process umask, read without changing it where the platform allows.

    Setting and restoring it (the only portable way) briefly changes it for every
    thread, and autosave writes from a worker thread; Linux shows it in /proc.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return _UMASK_AT_START


def _read_umask_at_start() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


# Read once at import, before any worker thread exists (fallback off Linux).
_UMASK_AT_START = _read_umask_at_start()


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable; only POSIX can open and sync a folder."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
