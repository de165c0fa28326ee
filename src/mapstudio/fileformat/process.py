"""Who we are and whether another process is still alive: for locks and recovery files.

Both lock files and recovery files record the process that wrote them; a later start
uses these helpers to tell a live owner from one that crashed or was killed.
"""

from __future__ import annotations

import getpass
import logging
import os
import socket
import sys

logger = logging.getLogger(__name__)


def hostname() -> str:
    """This machine's name, as recorded in lock and recovery files."""
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


def user_name() -> str:
    """The login name of the user running mapstudio, or "" when it cannot be told."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises several kinds when no name is set; none matter
        return ""


# The largest process id a system can have: a pid_t is a signed 32-bit int on POSIX, a
# DWORD on Windows. A larger number (read from a lock file, a recovery file or a
# temporary file's name, all of which anyone can write) names no process, and
# os.kill would raise OverflowError on it instead of answering.
MAX_PID = 2**32 - 1 if sys.platform == "win32" else 2**31 - 1


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (True when unsure).

    Unsure counts as alive: calling a live process dead would steal its lock or offer
    its recovery file while it is still being written. A number no process can have
    is not unsure: it is dead.
    """
    if pid <= 0 or pid > MAX_PID:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists but belongs to someone else
    except OSError:
        return True
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    # A killed child that its parent has not reaped yet still answers kill(pid, 0).
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        return fields[0] == b"Z"
    except (OSError, IndexError):
        return False


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    process_query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        # Access denied means it exists; anything else (invalid parameter) means gone.
        return bool(kernel32.GetLastError() == 5)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
