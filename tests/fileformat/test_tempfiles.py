"""Stray temporary files of killed saves and exports are swept (issue 12, finding 10).

A save or an export killed half-way leaves a hidden temporary file beside the user's
files. The next write into that folder removes it, once it is stale, and nothing else:
not the temporary file of a save still running in another mapstudio, not a file that
merely looks similar, not a link, not another user's file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mapstudio.fileformat import load_project, save_project
from mapstudio.fileformat.locks import acquire, lock_path_for
from mapstudio.fileformat.tempfiles import (
    forget_sweeps,
    is_temp_name,
    sweep_stale_temps,
    temp_prefix,
)
from mapstudio.model import blank_project

TWO_HOURS = 2 * 3600


@pytest.fixture(autouse=True)
def fresh_sweeps() -> Iterator[None]:
    forget_sweeps()
    yield
    forget_sweeps()


def age(path: Path, seconds: float = TWO_HOURS) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)
    return path


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def stray(folder: Path, name: str, seconds: float = TWO_HOURS) -> Path:
    path = folder / name
    path.write_bytes(b"half a file")
    return age(path, seconds)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# A save killed while writing, in the real code: the child stops (SIGSTOP) at fsync, so
# its temporary file is on disk; then it is killed.
KILLED_SAVE = """
import os, signal, sys
from mapstudio.fileformat import save_project
from mapstudio.fileformat import save as save_module
from mapstudio.model import blank_project
def stop(fd):
    os.kill(os.getpid(), signal.SIGKILL)
save_module.os.fsync = stop
save_project(blank_project("Killed"), sys.argv[1])
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_a_killed_save_leaves_a_temp_that_the_next_save_sweeps(tmp_path: Path) -> None:
    target = tmp_path / "Trip.mapstudio"
    child = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(target)], timeout=60)
    assert child.returncode == -signal.SIGKILL
    (left,) = [p for p in tmp_path.iterdir()]
    assert left.name.startswith(".Trip.mapstudio.mapstudio-") and is_temp_name(left.name)
    save_project(blank_project("Now"), tmp_path / "Other.mapstudio")
    assert left.exists()  # young: it could be a save in progress
    age(left)
    forget_sweeps()
    save_project(blank_project("Later"), tmp_path / "Other.mapstudio")
    assert names(tmp_path) == ["Other.mapstudio", "Other.mapstudio.bak"]


def test_only_stale_temps_of_finished_processes_go(tmp_path: Path) -> None:
    gone = dead_pid()
    old_ours = stray(tmp_path, f".Trip.mapstudio.mapstudio-{gone}-a1b2c3d4.tmp")
    old_pdf = stray(tmp_path, f".poster.pdf.mapstudio-{gone}-k_9zq0ab.part")
    legacy_save = stray(tmp_path, ".Trip.mapstudio.x7_k2m9q.tmp")
    legacy_pdf = stray(tmp_path, ".poster-ab12cd34.pdf.part")
    legacy_lock = stray(tmp_path, ".~Trip.mapstudio.lock.0badc0de.tmp")
    young = stray(tmp_path, f".Trip.mapstudio.mapstudio-{gone}-zzzzzzzz.tmp", seconds=60)
    # A save in progress in a running mapstudio (this test process stands in for it).
    running = stray(tmp_path, f".Trip.mapstudio.mapstudio-{os.getpid()}-qqqqqqqq.tmp")
    lookalikes = [
        stray(tmp_path, name)
        for name in (
            "Trip.mapstudio",
            "Trip.mapstudio.bak",
            ".Trip.mapstudio.bak",
            "notes.tmp",
            ".notes.tmp",
            ".report.csv.abcdefgh.tmp",  # not a name mapstudio used for a project
            ".Trip.mapstudio.mapstudio-12-short.tmp",
            ".Trip.mapstudio.mapstudio-12-abcdefgh.tmp.keep",
            ".download.part",
            "poster-ab12cd34.pdf.part",  # not hidden
        )
    ]
    removed = sweep_stale_temps(tmp_path)
    assert sorted(removed) == sorted(
        p.name for p in (old_ours, old_pdf, legacy_save, legacy_pdf, legacy_lock)
    )
    for kept in (young, running, *lookalikes):
        assert kept.exists(), kept.name


def test_a_stray_naming_a_process_no_system_can_have_does_not_break_a_save(
    tmp_path: Path,
) -> None:
    # A name fits the pattern with up to ten digits, more than any process id: the
    # sweep took it for a pid, and the save that swept the folder failed after writing.
    impossible = stray(tmp_path, ".Trip.mapstudio.mapstudio-9999999999-abcdefgh.tmp")
    project = tmp_path / "Trip.mapstudio"
    save_project(blank_project(), project)
    assert not impossible.exists()
    assert load_project(project).project.maps


def test_links_folders_and_fifos_are_never_touched(tmp_path: Path) -> None:
    gone = dead_pid()
    outside = tmp_path / "outside"
    outside.mkdir()
    precious = stray(outside, "precious.mapstudio")
    folder = tmp_path / "work"
    folder.mkdir()
    link = folder / f".Trip.mapstudio.mapstudio-{gone}-linklink.tmp"
    link.symlink_to(precious)
    age(link)
    as_folder = folder / f".Trip.mapstudio.mapstudio-{gone}-folderxx.tmp"
    as_folder.mkdir()
    stray(as_folder, "inside.txt")
    age(as_folder)
    if hasattr(os, "mkfifo"):
        fifo = folder / f".Trip.mapstudio.mapstudio-{gone}-fifofifo.tmp"
        os.mkfifo(fifo)
        age(fifo)
    assert sweep_stale_temps(folder) == []
    assert link.is_symlink() and precious.read_bytes() == b"half a file"
    assert (as_folder / "inside.txt").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_another_users_temp_is_left_alone(tmp_path: Path) -> None:
    theirs = stray(tmp_path, f".Trip.mapstudio.mapstudio-{dead_pid()}-theirsxx.tmp")
    os.chown(theirs, 4242, 4242)
    assert sweep_stale_temps(tmp_path) == []
    assert theirs.exists()


def test_a_folder_that_cannot_be_listed_is_not_an_error(tmp_path: Path) -> None:
    assert sweep_stale_temps(tmp_path / "missing") == []


def test_the_pdf_export_sweeps_its_folder(tmp_path: Path) -> None:
    from mapstudio.export import build_options, export_pdf
    from mapstudio.fileformat import load_project
    from mapstudio.resources import as_file, resource

    left = stray(tmp_path, f".poster.pdf.mapstudio-{dead_pid()}-a1b2c3d4.part")
    with as_file(resource("examples", "online-purchase.mapstudio")) as example:
        project = load_project(example).project
    export_pdf(project, tmp_path / "poster.pdf", build_options(page="A3"))
    assert not left.exists()
    assert names(tmp_path) == ["poster.pdf"]


def test_temporary_names_are_recognised_and_short(tmp_path: Path) -> None:
    long_name = "Ä" * 200 + ".mapstudio"
    prefix = temp_prefix(long_name)
    assert len((prefix + "abcdefgh.tmp").encode()) < 255
    assert is_temp_name(prefix + "abcdefgh.tmp") and is_temp_name(prefix + "abcdefgh.part")
    # The lock's own temporary file follows the same pattern.
    project = tmp_path / "Trip.mapstudio"
    project.write_text("{}", encoding="utf-8")
    with acquire(project) as lock:
        assert lock.held
    assert not lock_path_for(project).exists()
    assert names(tmp_path) == ["Trip.mapstudio"]


def test_the_reference_states_the_sweep_as_coded() -> None:
    from datetime import timedelta

    from mapstudio.fileformat.tempfiles import STALE_AFTER

    doc = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"
    text = " ".join(doc.read_text(encoding="utf-8").split())
    assert timedelta(hours=1) == STALE_AFTER
    assert "removes those that are more than an hour old" in text
    assert ".<name>.mapstudio-<pid>-<8 characters>.tmp" in text
