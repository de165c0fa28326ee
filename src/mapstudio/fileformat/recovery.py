"""Recovery files: the unsaved state of every open document, for after a crash.

While a document has unsaved changes, the UI writes it (debounced, off the UI thread)
to the recovery folder, never to the user's own file. Each open document is one
session with a random id and three files:

- `<id>.mapstudio` - the project, a normal project file (it loads like any other);
- `<id>.json` - what the restore dialog shows: the original path (or null for a
  project never saved), the title, when it last changed, and the pid, machine and
  mapstudio version that wrote it;
- `<id>.lock` - held open with an OS lock (flock) by the writing process. The kernel
  drops that lock when the process dies, however it dies, so a later start can tell
  an orphan (its owner crashed or was killed) from a document open in another
  running instance. Where flock is missing, the recorded pid is checked instead.

The session's files are removed when the document is saved or closed normally, so
whatever is left in the folder without a live owner is work that would otherwise be
lost. Nothing here imports Qt: the UI's AutosaveController drives it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mapstudio._version import __version__
from mapstudio.fileformat.constants import DEFAULT_MAX_BYTES, FILE_EXTENSION
from mapstudio.fileformat.errors import ProjectSaveError
from mapstudio.fileformat.gate import ProjectLimitError, encode_revision
from mapstudio.fileformat.load import LoadResult, load_project
from mapstudio.fileformat.process import hostname, pid_alive
from mapstudio.fileformat.save import atomic_write
from mapstudio.model import Project

try:  # POSIX; Windows falls back on the pid recorded in the sidecar
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

STATE_DIR_ENV = "MAPSTUDIO_STATE_DIR"
APP_NAME = "mapstudio"
_SESSION_ID = re.compile(r"^[0-9a-f]{8,64}$")
_MAX_INFO_BYTES = 64 * 1024


def default_recovery_dir() -> Path:
    """`$MAPSTUDIO_STATE_DIR/recovery`, else the platform's user state folder."""
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override) / "recovery"
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "recovery"


def new_session_id() -> str:
    """A random id for one open document in one window session."""
    return secrets.token_hex(8)


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery file: what the restore dialog needs to describe it."""

    session_id: str
    project_path: Path  # the recovery project file
    original_path: Path | None  # the user's file, None when never saved
    title: str
    changed_at: datetime | None
    pid: int | None
    hostname: str
    app_version: str

    @property
    def display_name(self) -> str:
        """The file name, or "Untitled" (with the project title) for a new project."""
        if self.original_path is not None:
            return self.original_path.name
        return f"Untitled ({self.title})" if self.title else "Untitled"


@dataclass(frozen=True)
class RecoveredDocument:
    """A restored recovery file: the project loaded from it and where it belongs."""

    entry: RecoveryEntry
    result: LoadResult

    @property
    def original_path(self) -> Path | None:
        return self.entry.original_path


class RecoveryStore:
    """The recovery folder: write, remove and list recovery files. Thread-safe.

    A store object keeps open the OS locks of the sessions it writes; keep it alive for
    as long as those documents are open.
    """

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_recovery_dir()
        self._mutex = threading.Lock()
        self._lock_fds: dict[str, int] = {}

    # -- writing ------------------------------------------------------------------------

    def write(
        self,
        session_id: str,
        project: Project,
        original_path: str | os.PathLike[str] | None,
        *,
        changed_at: datetime | None = None,
        parents: Iterable[str] | None = None,
    ) -> Path:
        """Write (or replace) the recovery file of a session; returns its path.

        `parents`: the revisions the unsaved work descends from
        (`Document.parent_revisions`), written as the copy's parents so that work
        restored after a crash still finds its common ancestor with a copy that comes
        back (`LoadResult.lineage.parents` of the restored copy).

        Raises ProjectSaveError when it cannot be written (the user's file is never
        involved, so the caller only logs or shows it).
        """
        _check_session_id(session_id)
        try:
            # Through the gate: a recovery copy the loader would refuse is no recovery.
            data, _revision = encode_revision(project, parents=parents)
        except ProjectLimitError as exc:
            raise ProjectSaveError(
                f"Could not keep a recovery copy: {exc.reason}.", exc.details
            ) from exc
        info = {
            "session_id": session_id,
            "original_path": str(original_path) if original_path is not None else None,
            "title": project.title,
            "changed_at": (changed_at or datetime.now(UTC)).isoformat(),
            "pid": os.getpid(),
            "hostname": hostname(),
            "app_version": __version__,
        }
        with self._mutex:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ProjectSaveError.from_os_error(self.folder, exc) from exc
            self._hold_lock(session_id)
            # The info first: a kill between the two leaves an info file with the older
            # project, which still restores; a project without info would not be listed.
            atomic_write(self._info_path(session_id), json.dumps(info).encode("utf-8"))
            atomic_write(self._project_path(session_id), data)
        logger.debug("recovery file written for session %s (%d bytes)", session_id, len(data))
        return self._project_path(session_id)

    def remove(self, session_id: str) -> None:
        """Remove a session's recovery files (after a save or a normal close)."""
        _check_session_id(session_id)
        with self._mutex:
            self._delete_files(session_id)
            fd = self._lock_fds.pop(session_id, None)
            if fd is not None:
                with contextlib.suppress(OSError):
                    self._lock_path(session_id).unlink()
                os.close(fd)

    def adopt(self, entry: RecoveryEntry) -> str:
        """Take over an orphan's session (after restoring it) so that this process now
        owns its files; returns its session id for the AutosaveController."""
        with self._mutex:
            self._hold_lock(entry.session_id)
        return entry.session_id

    def has(self, session_id: str) -> bool:
        """Whether a recovery file exists for the session."""
        return self._project_path(session_id).exists()

    def close(self) -> None:
        """Release the OS locks of every session (their files stay for the next start)."""
        with self._mutex:
            for fd in self._lock_fds.values():
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._lock_fds.clear()

    # -- after a crash --------------------------------------------------------------------

    def entries(self) -> list[RecoveryEntry]:
        """Every readable recovery entry in the folder, newest change first."""
        found: list[RecoveryEntry] = []
        try:
            infos = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for info_path in infos:
            entry = self._read_entry(info_path)
            if entry is not None:
                found.append(entry)
        epoch = datetime.min.replace(tzinfo=UTC)
        found.sort(key=lambda e: e.changed_at or epoch, reverse=True)
        return found

    def orphans(self) -> list[RecoveryEntry]:
        """Entries whose writer is gone (crashed or killed): work to offer back."""
        return [
            e for e in self.entries() if e.session_id not in self._lock_fds and self._orphaned(e)
        ]

    def load(self, entry: RecoveryEntry, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
        """Load an entry's project; raises the usual ProjectFileError subclasses."""
        return load_project(entry.project_path, max_bytes=max_bytes)

    def discard(self, entry: RecoveryEntry) -> None:
        """Delete an entry's files for good."""
        with self._mutex:
            self._delete_files(entry.session_id)
            if entry.session_id not in self._lock_fds:
                with contextlib.suppress(OSError):
                    self._lock_path(entry.session_id).unlink()

    # -- internals ------------------------------------------------------------------------

    def _project_path(self, session_id: str) -> Path:
        return self.folder / f"{session_id}{FILE_EXTENSION}"

    def _info_path(self, session_id: str) -> Path:
        return self.folder / f"{session_id}.json"

    def _lock_path(self, session_id: str) -> Path:
        return self.folder / f"{session_id}.lock"

    def _delete_files(self, session_id: str) -> None:
        # The project last: an info file alone is never listed, a project alone would be
        # a stray file.
        for path in (self._info_path(session_id), self._project_path(session_id)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                logger.warning("could not remove the recovery file %s", path, exc_info=True)

    def _hold_lock(self, session_id: str) -> None:
        if session_id in self._lock_fds or fcntl is None:
            return
        try:
            fd = os.open(self._lock_path(session_id), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            logger.warning("no lock for recovery session %s", session_id, exc_info=True)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            logger.warning("recovery session %s is locked by another process", session_id)
            return
        self._lock_fds[session_id] = fd

    def _orphaned(self, entry: RecoveryEntry) -> bool:
        lock_path = self._lock_path(entry.session_id)
        if fcntl is not None:
            try:
                fd = os.open(lock_path, os.O_RDWR)
            except FileNotFoundError:
                fd = None  # never locked, or its owner removed it: judge by the pid
            except OSError:
                return False
            if fd is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    return False  # its owner holds it: alive
                else:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                    return True
                finally:
                    os.close(fd)
        if entry.hostname and entry.hostname != hostname():
            return True  # a copied state folder: nobody here is writing it
        return entry.pid is None or not pid_alive(entry.pid)

    def _read_entry(self, info_path: Path) -> RecoveryEntry | None:
        session_id = info_path.stem
        if not _SESSION_ID.match(session_id):
            return None
        project_path = self._project_path(session_id)
        if not project_path.exists():
            return None
        try:
            with info_path.open("rb") as stream:
                raw: Any = json.loads(stream.read(_MAX_INFO_BYTES).decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            logger.warning("unreadable recovery info %s", info_path, exc_info=True)
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        original = raw.get("original_path")
        changed: datetime | None = None
        if isinstance(raw.get("changed_at"), str):
            with contextlib.suppress(ValueError):
                changed = datetime.fromisoformat(raw["changed_at"])
        if changed is None:
            with contextlib.suppress(OSError):
                changed = datetime.fromtimestamp(project_path.stat().st_mtime, UTC)
        pid = raw.get("pid")
        return RecoveryEntry(
            session_id=session_id,
            project_path=project_path,
            original_path=Path(original) if isinstance(original, str) and original else None,
            title=_text(raw.get("title")),
            changed_at=changed,
            pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
            hostname=_text(raw.get("hostname")),
            app_version=_text(raw.get("app_version")),
        )


def _check_session_id(session_id: str) -> None:
    # The id becomes a file name: never let it carry a path.
    if not _SESSION_ID.match(session_id):
        raise ValueError(f"not a session id: {session_id!r}")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return "".join(ch for ch in value if ch.isprintable())[:200]
