"""Lock files that tell a second mapstudio that a project is already open.

Opening "Trip.mapstudio" creates ".~Trip.mapstudio.lock" next to it, holding who has
it open (process, machine, user, mapstudio version, since when). A second instance
that finds the lock can open the file read-only or anyway. A lock whose owner is gone
is stale and taken over silently: on the same machine when its process no longer
runs; from another machine (a shared folder) only when it is older than
`STALE_AFTER_HOURS`, since we cannot see that machine's processes.

Locks are advice between mapstudio instances, not protection: the file itself stays
writable, and a folder where no lock can be created (read-only share, mail attachment
folder) still opens, just unprotected. So does a project whose lock name is taken by
something that is not a lock file (a folder, a FIFO, a link, a file we may not read):
it is never read, followed, judged or removed, and `Lock.problem` says why there is no
lock. A FIFO in particular is never opened for reading, which would wait for a writer
forever.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import stat
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from mapstudio._version import __version__
from mapstudio.fileformat.process import hostname, pid_alive, user_name
from mapstudio.fileformat.tempfiles import temp_prefix

logger = logging.getLogger(__name__)

STALE_AFTER_HOURS = 12.0
# A lock we cannot read was cut short by a crash (or is not ours): after this long its
# writer is certainly done with it.
UNREADABLE_GRACE = timedelta(minutes=1)
_MAX_LOCK_BYTES = 4096


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock, as written in the lock file. Unknown fields are None or ""."""

    pid: int | None
    hostname: str
    user: str
    app_version: str
    created_at: datetime | None

    @classmethod
    def ours(cls) -> LockInfo:
        return cls(
            pid=os.getpid(),
            hostname=hostname(),
            user=user_name(),
            app_version=__version__,
            created_at=datetime.now(UTC).replace(microsecond=0),
        )

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        data["created_at"] = self.created_at.isoformat() if self.created_at else None
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_bytes(cls, data: bytes) -> LockInfo | None:
        """The info in a lock file, or None when it is not readable."""
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return None
        if not isinstance(raw, dict):
            return None
        pid = raw.get("pid")
        created: datetime | None = None
        if isinstance(raw.get("created_at"), str):
            with contextlib.suppress(ValueError):
                created = datetime.fromisoformat(raw["created_at"])
                if created.tzinfo is None:
                    created = created.replace(tzinfo=UTC)
        return cls(
            pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
            hostname=_text(raw.get("hostname")),
            user=_text(raw.get("user")),
            app_version=_text(raw.get("app_version")),
            created_at=created,
        )

    def describe(self) -> str:
        """Who and since when, in plain words: "anna on studio-pc since 09:30"."""
        who = self.user or "someone"
        where = f" on {self.hostname}" if self.hostname else ""
        when = ""
        if self.created_at is not None:
            local = self.created_at.astimezone()
            if local.date() == datetime.now().astimezone().date():
                when = f" since {local:%H:%M}"
            else:
                when = f" since {local:%d %b %Y, %H:%M}"
        return f"{who}{where}{when}"


@dataclass(frozen=True)
class LockedBy:
    """`acquire` found the file open elsewhere: `info` says by whom."""

    path: Path
    lock_path: Path
    info: LockInfo


class Lock:
    """A lock we hold on a project file; `release()` it when the file is closed.

    `held` is False when no lock file could be created (a read-only folder, something
    else at the lock's name): the file opens unprotected, `problem` says why in plain
    words, and `release()` does nothing.
    """

    def __init__(
        self, path: Path, lock_path: Path, content: bytes | None, problem: str = ""
    ) -> None:
        self.path = path
        self.lock_path = lock_path
        self._content = content
        self.problem = problem

    @property
    def held(self) -> bool:
        return self._content is not None

    def release(self) -> None:
        """Remove the lock file if it is still ours; safe to call more than once."""
        content, self._content = self._content, None
        if content is None:
            return
        try:
            # Only our own lock: after "open anyway" elsewhere and a stale take-over,
            # the file there may belong to another instance by now.
            if _read_lock(self.lock_path) == content:
                self.lock_path.unlink()
        except OSError:
            logger.warning("could not remove the lock %s", self.lock_path, exc_info=True)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"Lock({str(self.lock_path)!r}, held={self.held})"


def lock_path_for(path: str | os.PathLike[str]) -> Path:
    """Where the lock of `path` lives: ".~<name>.lock" in the same folder."""
    path = Path(path)
    return path.with_name(f".~{path.name}.lock")


def acquire(
    path: str | os.PathLike[str], *, stale_after_hours: float = STALE_AFTER_HOURS
) -> Lock | LockedBy:
    """Lock `path` for this process, or tell who has it open.

    Never raises for file-system reasons: when no lock can be made the result is a
    Lock with `held` False.
    """
    path = Path(os.path.realpath(path))
    lock_path = lock_path_for(path)
    content = LockInfo.ours().to_json().encode("utf-8")
    for _ in range(3):  # a stale lock is removed, then we try again
        try:
            _create_exclusively(lock_path, content)
        except FileExistsError:
            try:
                existing = _read_lock(lock_path)
            except OSError as exc:
                logger.warning("cannot read the lock %s (%s); opening unlocked", lock_path, exc)
                return Lock(path, lock_path, None, _why_unreadable(lock_path, exc))
            if existing is None:
                continue  # it went away in between
            verdict = _judge(lock_path, existing, stale_after_hours)
            if isinstance(verdict, LockInfo):
                return LockedBy(path, lock_path, verdict)
            logger.info("removing a stale lock %s (%s)", lock_path, verdict)
            _remove_if_unchanged(lock_path, existing)
            continue
        except OSError as exc:
            logger.warning("cannot create the lock %s; opening unlocked", lock_path, exc_info=True)
            return Lock(path, lock_path, None, f"no lock file can be made there ({_reason(exc)})")
        return Lock(path, lock_path, content)
    logger.warning("gave up on the lock %s after repeated races", lock_path)
    return Lock(path, lock_path, None, "the lock file kept changing")


# -- internals ---------------------------------------------------------------------------


def _create_exclusively(lock_path: Path, content: bytes) -> None:
    """Create `lock_path` holding `content`, failing with FileExistsError if it exists.

    The content is written to a private file first and hard-linked into place, so that
    nobody ever reads a half-written lock; where the file system has no hard links,
    O_CREAT | O_EXCL does the job with a tiny window of an empty file.
    """
    temp = lock_path.with_name(f"{temp_prefix(lock_path.name)}{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(content)
        try:
            os.link(temp, lock_path)
            return
        except FileExistsError:
            raise
        except OSError:
            pass  # no hard links here (FAT, some network shares)
        fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as stream:
            stream.write(content)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


class NotALockFile(OSError):
    """Something other than a regular file (a folder, FIFO, device, socket or link)
    has the lock's name."""


def _read_lock(lock_path: Path) -> bytes | None:
    """The start of the lock file; None when there is none.

    Raises NotALockFile, without opening it, for anything but a regular file, and
    OSError when it cannot be read. The file is opened without following links and
    without waiting, and checked again once open, so a FIFO swapped in at the last
    moment cannot block either.
    """
    try:
        if not stat.S_ISREG(os.lstat(lock_path).st_mode):
            raise NotALockFile(f"{lock_path.name} is not a lock file")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(lock_path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotALockFile(f"{lock_path.name} is not a lock file")
        return os.read(fd, _MAX_LOCK_BYTES)
    finally:
        os.close(fd)


def _why_unreadable(lock_path: Path, exc: OSError) -> str:
    if isinstance(exc, NotALockFile):
        return f"something that is not a lock file is named {lock_path.name}"
    return f"its lock file cannot be read ({_reason(exc)})"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _judge(lock_path: Path, data: bytes, stale_after_hours: float) -> LockInfo | str:
    """The holder of a live lock, or why the lock is stale."""
    info = LockInfo.from_bytes(data)
    now = datetime.now(UTC)
    age = _age(lock_path, info, now)
    if info is None or info.pid is None:
        if age is not None and age > UNREADABLE_GRACE:
            return "unreadable and old"
        return info or LockInfo(None, "", "", "", None)
    if info.hostname == hostname():
        if not pid_alive(info.pid):
            return f"process {info.pid} is gone"
        return info
    if age is not None and age > timedelta(hours=stale_after_hours):
        return f"from {info.hostname} and {age} old"
    return info


def _age(lock_path: Path, info: LockInfo | None, now: datetime) -> timedelta | None:
    # The file's own time cannot be set from the lock's content; the recorded time is
    # a fallback for file systems with odd clocks.
    try:
        return now - datetime.fromtimestamp(lock_path.stat().st_mtime, UTC)
    except OSError:
        if info is not None and info.created_at is not None:
            return now - info.created_at
        return None


def _remove_if_unchanged(lock_path: Path, expected: bytes) -> None:
    # Another instance may have taken over the stale lock a moment ago; only remove the
    # file if it still holds what we judged.
    with contextlib.suppress(OSError):
        if _read_lock(lock_path) == expected:
            lock_path.unlink()


def _text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    # It ends up in a dialog: keep it short and printable.
    return "".join(ch for ch in value if ch.isprintable())[:80]
