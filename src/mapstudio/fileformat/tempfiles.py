"""The hidden temporary files mapstudio writes beside the user's files, and their sweep.

A save, an export or a lock first writes a temporary file in the target's folder and
renames (or links) it into place, so nobody ever sees half a file. A process killed
in between leaves the temporary file behind. Their names say whose they are:

    .<target name>.mapstudio-<pid>-<8 random characters>.tmp     saves, locks
    .<target name>.mapstudio-<pid>-<8 random characters>.part    PDF exports

The next time mapstudio writes into a folder it sweeps it (`after_writing`): a file is
removed only when all of these hold:

- its name is one of mapstudio's own temporary names (above, or the names versions up
  to 0.1 used: `.<name>.mapstudio.<8>.tmp`, `.<name>-<8>.pdf.part`,
  `.~<name>.lock.<8 hex>.tmp`); nothing else is ever touched;
- it is a regular file (never a link: links are not followed, nor is a folder entered)
  owned by the user running mapstudio;
- it was last written more than `STALE_AFTER` ago (a save takes seconds, the largest
  export well under a minute);
- the process named in it is not running on this machine: a save or an export still
  in progress in another mapstudio keeps its file, however long it takes.

Sweeping is best effort: it never raises, and a folder is swept at most once every
`SWEEP_EVERY` per process, so autosave and repeated saves do not list it each time.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

from mapstudio.fileformat.errors import ProjectSaveError
from mapstudio.fileformat.process import pid_alive

logger = logging.getLogger(__name__)

STALE_AFTER = timedelta(hours=1)
SWEEP_EVERY = timedelta(minutes=10)
MARK = "mapstudio"
# Enough of the target's name to recognise it, short enough that the temporary name
# stays under the usual 255-byte limit whatever the target's name.
_NAME_KEPT = 40

_OURS = re.compile(rf"^\..*\.{MARK}-(?P<pid>\d{{1,10}})-[a-z0-9_]{{8}}\.(?:tmp|part)$", re.DOTALL)
_LEGACY = (
    re.compile(r"^\..+\.mapstudio\.[a-z0-9_]{8}\.tmp$", re.DOTALL),  # project saves
    re.compile(r"^\..+-[a-z0-9_]{8}\.pdf\.part$", re.DOTALL),  # PDF exports
    re.compile(r"^\.~.+\.lock\.[0-9a-f]{8}\.tmp$", re.DOTALL),  # lock files
)

_last_sweep: dict[str, float] = {}
_sweep_lock = threading.Lock()


def temp_prefix(target_name: str) -> str:
    """The start of a temporary name for `target_name` (`mkstemp` adds 8 characters).

    The pid in it lets a sweep in another process see whether the writer still runs.
    """
    return f".{target_name[:_NAME_KEPT]}.{MARK}-{os.getpid()}-"


def temp_beside(target: Path, suffix: str, *, shown: Path | None = None) -> tuple[int, Path]:
    """A new temporary file in `target`'s folder, to be renamed over `target` once it is
    complete: its open descriptor and its path. Every writer (saves, recovery copies,
    PDF, picture and sheet exports, `mapstudio merge`) makes its file here.

    Refused first, before anything is written: a `target` that is a folder, a pipe, a
    device or a socket. The rename would replace it with a plain file - as root, a
    device such as /dev/full - and the user meant to write a file, not to remove those.
    Raises ProjectSaveError in plain words, naming `shown` (the path as the user gave
    it, when `target` is where its link leads) or `target`.
    """
    named = shown or target
    refuse_unwritable(target, named.name)
    try:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=temp_prefix(target.name), suffix=suffix
        )
    except OSError as exc:
        raise ProjectSaveError.from_os_error(named, exc) from exc
    return handle, Path(name)


def refuse_unwritable(target: Path, name: str | None = None) -> None:
    """Raise ProjectSaveError unless `target` is missing or a regular file (a link is
    followed: it is what the link names that gets written). The message calls it
    `name` (default: its own name)."""
    name = name or target.name
    try:
        info = os.stat(target)  # never opens it: a FIFO cannot block here
    except OSError:
        return  # nothing there (or unreadable): the write itself says what is wrong
    if stat.S_ISDIR(info.st_mode):
        raise ProjectSaveError(
            f"Could not save '{name}': a folder has that name.", f"st_mode {oct(info.st_mode)}"
        )
    if not stat.S_ISREG(info.st_mode):
        raise ProjectSaveError(
            f"'{name}' is not a file mapstudio can write to: it is a pipe, a device or a socket.",
            f"st_mode {oct(info.st_mode)}",
        )


def is_temp_name(name: str) -> bool:
    """Whether `name` is one of mapstudio's temporary names (current or older)."""
    return _OURS.match(name) is not None or any(p.match(name) for p in _LEGACY)


def after_writing(folder: str | os.PathLike[str]) -> None:
    """Sweep `folder` after mapstudio wrote into it, unless it was swept lately."""
    key = os.path.abspath(folder)
    now = time.monotonic()
    with _sweep_lock:
        last = _last_sweep.get(key)
        if last is not None and now - last < SWEEP_EVERY.total_seconds():
            return
        _last_sweep[key] = now
    sweep_stale_temps(folder)


def sweep_stale_temps(folder: str | os.PathLike[str]) -> list[str]:
    """Remove mapstudio's stale temporary files from `folder`; returns their names.

    Never raises: a folder that cannot be listed, or a file that cannot be removed,
    is logged and left alone.
    """
    removed: list[str] = []
    try:
        with os.scandir(folder) as entries:
            candidates = [entry for entry in entries if is_temp_name(entry.name)]
    except OSError as exc:
        logger.info("could not look for stale temporary files in %s: %s", folder, exc)
        return removed
    cutoff = time.time() - STALE_AFTER.total_seconds()
    for entry in candidates:
        try:
            info = entry.stat(follow_symlinks=False)
            if not _is_stale(entry.name, info, cutoff):
                continue
            os.unlink(entry.path)  # a regular file: unlink removes the name only
        except OSError as exc:
            logger.info("could not remove the stale temporary file %s: %s", entry.path, exc)
            continue
        logger.info("removed a stale temporary file %s", entry.path)
        removed.append(entry.name)
    return removed


def _is_stale(name: str, info: os.stat_result, cutoff: float) -> bool:
    if not stat.S_ISREG(info.st_mode):
        return False  # a link, a folder, a FIFO: not something we wrote
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return False  # another user's, whatever its name says
    if info.st_mtime > cutoff:
        return False  # recent: perhaps still being written
    ours = _OURS.match(name)
    # An older name records no process: its age alone tells.
    return ours is None or not pid_alive(int(ours["pid"]))


def forget_sweeps() -> None:
    """Let the next `after_writing` sweep every folder again (for tests)."""
    with _sweep_lock:
        _last_sweep.clear()


__all__ = [
    "STALE_AFTER",
    "after_writing",
    "forget_sweeps",
    "is_temp_name",
    "refuse_unwritable",
    "sweep_stale_temps",
    "temp_beside",
    "temp_prefix",
]
