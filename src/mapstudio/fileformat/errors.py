"""Typed errors of loading and saving project files, each with a plain message.

The UI shows `message` to the designer as is, so it is one plain sentence without
jargon or traceback text; `details` carries the technical text for a "Show details"
button or the log.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from mapstudio.fileformat.constants import FORMAT_VERSION


class ProjectFileError(Exception):
    """Base of every error of the file format; `str(err)` is the plain message."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class NotAProjectFileError(ProjectFileError):
    """The data is not a mapstudio project: empty, binary, not UTF-8, not JSON, not ours."""


class NewerVersionError(ProjectFileError):
    """The file was written in a newer format than this version of mapstudio reads."""

    def __init__(self, version: int, app_version: str | None, this_app_version: str) -> None:
        made_by = f"mapstudio {app_version}" if app_version else "a newer mapstudio"
        message = (
            f"This file was made by {made_by} (file format {version}); this is mapstudio "
            f"{this_app_version}, which reads format {FORMAT_VERSION}. "
            "Update mapstudio to open it."
        )
        super().__init__(message)
        self.version = version
        self.app_version = app_version


class DamagedFileError(ProjectFileError):
    """The file is a project but broken in a way that cannot be repaired."""

    def __init__(self, where: str, problem: str, details: str = "") -> None:
        problem = problem.rstrip(".")
        message = (
            f"The file is damaged: {where}: {problem}."
            if where
            else f"The file is damaged: {problem}."
        )
        super().__init__(message, details)
        self.where = where


class FileTooLargeError(ProjectFileError):
    """The file is bigger than the limit, so it is refused before it is read."""

    def __init__(self, size: int, max_bytes: int, name: str | None = None) -> None:
        subject = f"'{name}'" if name else "This file"
        message = (
            f"{subject} is too large to open ({megabytes(size)}; "
            f"the limit is {megabytes(max_bytes)})."
        )
        super().__init__(message, f"size {size} bytes > limit {max_bytes} bytes")
        self.size = size
        self.max_bytes = max_bytes


class FileAccessError(ProjectFileError):
    """The operating system would not let us read the file."""

    @classmethod
    def from_os_error(cls, path: str | os.PathLike[str], exc: OSError) -> FileAccessError:
        name = Path(path).name or str(path)
        if isinstance(exc, FileNotFoundError):
            message = f"'{name}' was not found; it may have been moved, renamed or deleted."
        elif isinstance(exc, PermissionError):
            message = f"You do not have permission to open '{name}'."
        elif isinstance(exc, IsADirectoryError):
            message = f"'{name}' is a folder, not a project file."
        else:
            message = f"Could not read '{name}': {_reason(exc)}."
        return cls(message, f"{type(exc).__name__}: {exc}")


class ProjectSaveError(ProjectFileError):
    """A save failed; the previous file on disk is left as it was."""

    @classmethod
    def from_os_error(cls, path: str | os.PathLike[str], exc: OSError) -> ProjectSaveError:
        return cls(write_failure_words(path, exc), f"{type(exc).__name__}: {exc}")


def write_failure_words(path: str | os.PathLike[str], exc: OSError) -> str:
    """Why writing `path` failed, in the one wording every writer uses (a save, a PDF,
    a picture, a sheet): "Could not save 'map.pdf': the disk is full." """
    name = Path(path).name or str(path)
    return f"Could not save '{name}': {_reason(exc)}."


# Plain words for the errors a designer is likely to meet; the rest fall back to the
# operating system's own (already translated) description.
_REASONS: dict[int, str] = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "the folder is read-only or you do not have permission to write there",
    errno.EPERM: "the folder is read-only or you do not have permission to write there",
    errno.ENOENT: "the folder does not exist",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EISDIR: "a folder has that name",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "your disk quota is full"
_IN_USE = "the file is in use by another program; close it there and try again"
for _name in ("EBUSY", "ETXTBSY"):
    if hasattr(errno, _name):
        _REASONS[getattr(errno, _name)] = _IN_USE
# Windows reports a file held open by another program (an editor, a sync client, a
# virus scanner) as a sharing or lock violation.
_WINDOWS_REASONS: dict[int, str] = {32: _IN_USE, 33: _IN_USE, 112: "the disk is full"}


def _reason(exc: OSError) -> str:
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[winerror]
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    text = exc.strerror or str(exc) or type(exc).__name__
    return text[:1].lower() + text[1:]


def megabytes(size: int) -> str:
    """A size in words: "900 bytes", "12 KB", "3.4 MB", "70 MB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    mb = size / (1024 * 1024)
    return f"{mb:.1f} MB" if mb < 10 else f"{mb:.0f} MB"
