"""Lock files: a project open in one instance is seen as open by the next one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapstudio.fileformat import locks
from mapstudio.fileformat.locks import Lock, LockedBy, LockInfo, acquire, lock_path_for


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Trip.mapstudio"
    path.write_text("{}", encoding="utf-8")
    return path


def write_lock(project: Path, **fields: object) -> Path:
    info = {
        "pid": os.getpid(),
        "hostname": locks.hostname(),
        "user": "ben",
        "app_version": "0.1.0",
        "created_at": "2026-03-01T09:30:00+00:00",
        **fields,
    }
    path = lock_path_for(project)
    path.write_text(json.dumps(info), encoding="utf-8")
    return path


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_lock_file_sits_next_to_the_project(project) -> None:
    assert lock_path_for(project) == project.parent / ".~Trip.mapstudio.lock"


def test_acquire_and_release(project) -> None:
    lock = acquire(project)
    assert isinstance(lock, Lock) and lock.held
    info = json.loads(lock_path_for(project).read_text(encoding="utf-8"))
    assert set(info) == {"pid", "hostname", "user", "app_version", "created_at"}
    assert info["pid"] == os.getpid()
    lock.release()
    assert not lock_path_for(project).exists()
    lock.release()  # twice is harmless
    assert sorted(p.name for p in project.parent.iterdir()) == ["Trip.mapstudio"]


def test_second_acquire_sees_the_first(project) -> None:
    with acquire(project) as first:
        assert isinstance(first, Lock)
        second = acquire(project)
        assert isinstance(second, LockedBy)
        assert second.info.pid == os.getpid()
        assert second.info.hostname == locks.hostname()
    assert isinstance(acquire(project), Lock)


def test_lock_held_by_another_live_process(project) -> None:
    script = (
        "import sys, time\n"
        "from mapstudio.fileformat.locks import acquire\n"
        "lock = acquire(sys.argv[1])\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
        "lock.release()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        result = acquire(project)
        assert isinstance(result, LockedBy)
        assert result.info.pid == child.pid
    finally:
        child.communicate("\n", timeout=30)
    assert isinstance(acquire(project), Lock)  # released on close


def test_stale_lock_of_a_dead_process_is_taken_over(project) -> None:
    write_lock(project, pid=dead_pid())
    lock = acquire(project)
    assert isinstance(lock, Lock) and lock.held
    assert json.loads(lock_path_for(project).read_text("utf-8"))["pid"] == os.getpid()


def test_lock_from_another_machine_is_trusted_until_old(project) -> None:
    path = write_lock(project, hostname="far-away-laptop", pid=1)
    assert isinstance(acquire(project), LockedBy)
    old = time.time() - 13 * 3600
    os.utime(path, (old, old))
    assert isinstance(acquire(project), Lock)


def test_stale_hours_are_configurable(project) -> None:
    path = write_lock(project, hostname="far-away-laptop", pid=1)
    old = time.time() - 2 * 3600
    os.utime(path, (old, old))
    assert isinstance(acquire(project), LockedBy)
    assert isinstance(acquire(project, stale_after_hours=1), Lock)


def test_unreadable_lock_counts_until_it_is_old(project) -> None:
    path = lock_path_for(project)
    path.write_bytes(b"\x00garbage")
    result = acquire(project)
    assert isinstance(result, LockedBy) and result.info.pid is None
    old = time.time() - 120
    os.utime(path, (old, old))
    assert isinstance(acquire(project), Lock)


def test_release_leaves_someone_elses_lock(project) -> None:
    lock = acquire(project)
    assert isinstance(lock, Lock)
    write_lock(project, user="someone else")  # taken over meanwhile
    lock.release()
    assert lock_path_for(project).exists()


def test_read_only_folder_opens_unlocked(project, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(locks.os, "open", refuse)
    lock = acquire(project)
    assert isinstance(lock, Lock) and not lock.held
    lock.release()


def test_without_hard_links_o_excl_is_used(project, monkeypatch) -> None:
    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(locks.os, "link", no_links)
    lock = acquire(project)
    assert isinstance(lock, Lock) and lock.held
    assert isinstance(acquire(project), LockedBy)
    lock.release()
    assert sorted(p.name for p in project.parent.iterdir()) == ["Trip.mapstudio"]


def test_describe_in_plain_words() -> None:
    info = LockInfo(pid=1, hostname="studio-pc", user="ben", app_version="0.1.0", created_at=None)
    assert info.describe() == "ben on studio-pc"
    assert LockInfo.from_bytes(b"[1]") is None
    assert LockInfo.from_bytes(b'{"pid": true, "user": "\\u0007x"}') == LockInfo(
        None, "", "x", "", None
    )


# A lock file comes from whoever can write into the folder (a shared drive, an unzipped
# mail attachment): its pid is any integer JSON can hold, not one the system can have.
@pytest.mark.parametrize("pid", [2**31, 9_999_999_999, 2**63, 10**30])
def test_a_lock_naming_a_process_no_system_can_have_is_stale_not_a_crash(project, pid) -> None:
    write_lock(project, pid=pid)
    lock = acquire(project)
    assert isinstance(lock, Lock) and lock.held
    assert json.loads(lock_path_for(project).read_text("utf-8"))["pid"] == os.getpid()


# -- something that is not a lock file at the lock's name (issue 12, finding 3) ----------

# Runs `acquire` in a child process: a FIFO that is opened for reading blocks until a
# writer comes, so a regression must fail on the timeout, not hang the test run.
ACQUIRE_IN_CHILD = """
import sys
from mapstudio.fileformat.locks import Lock, acquire
lock = acquire(sys.argv[1])
assert isinstance(lock, Lock), lock
print("held" if lock.held else "not held", lock.problem, sep="|", flush=True)
lock.release()
print("released", flush=True)
"""


def acquire_in_child(project: Path) -> tuple[bool, str]:
    """(held, problem) of a lock taken in a child process; fails if it hangs."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", ACQUIRE_IN_CHILD, str(project)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("taking the lock hung")
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert second == "released"
    state, problem = first.split("|")
    return state == "held", problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_at_the_lock_name_neither_hangs_nor_is_touched(project) -> None:
    fifo = lock_path_for(project)
    os.mkfifo(fifo)
    held, problem = acquire_in_child(project)
    assert not held and "not a lock file" in problem
    assert fifo.is_fifo()  # someone else's: left exactly as it was
    assert sorted(p.name for p in project.parent.iterdir()) == [fifo.name, "Trip.mapstudio"]


def test_a_folder_at_the_lock_name_means_no_lock_not_a_crash(project) -> None:
    folder = lock_path_for(project)
    folder.mkdir()
    lock = acquire(project)
    assert isinstance(lock, Lock) and not lock.held
    assert "not a lock file" in lock.problem
    lock.release()
    assert folder.is_dir()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_link_at_the_lock_name_is_not_followed(project, tmp_path) -> None:
    fifo = tmp_path / "elsewhere"
    os.mkfifo(fifo)
    lock_path_for(project).symlink_to(fifo)
    held, problem = acquire_in_child(project)
    assert not held and "not a lock file" in problem
    # A link to a lock-looking file is not ours to judge or remove either.
    real = tmp_path / "real.lock"
    real.write_text(json.dumps({"pid": dead_pid(), "hostname": locks.hostname()}), "utf-8")
    lock_path_for(project).unlink()
    lock_path_for(project).symlink_to(real)
    assert acquire_in_child(project)[0] is False
    assert real.exists() and lock_path_for(project).is_symlink()


def test_an_unreadable_lock_means_no_lock_not_a_crash(project, monkeypatch) -> None:
    write_lock(project)
    real_open = os.open

    def refuse_reading(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path) == str(lock_path_for(project)) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(locks.os, "open", refuse_reading)
    lock = acquire(project)
    assert isinstance(lock, Lock) and not lock.held and lock.problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_release_does_not_hang_on_a_fifo_put_in_place_of_our_lock(project) -> None:
    script = (
        "import os, sys\n"
        "from mapstudio.fileformat.locks import acquire, lock_path_for\n"
        "lock = acquire(sys.argv[1])\n"
        "assert lock.held\n"
        "lock_path_for(sys.argv[1]).unlink()\n"
        "os.mkfifo(lock_path_for(sys.argv[1]))\n"
        "lock.release()\n"
        "print('released', flush=True)\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, str(project.resolve())],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("releasing the lock hung on a FIFO")
    assert done.stdout.strip() == "released", done.stderr
    assert lock_path_for(project).is_fifo()
