"""A save refuses a path that is a pipe, a socket or a folder, and writes nothing.

The atomic save renames its temporary file over the target, which would replace a FIFO,
a socket or (as root) a device with a plain file. The save runs in a child process with
a time limit: a writer that opened the FIFO, or copied it as a backup, would block.
Never a real device here: as root that would replace a system file.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not hasattr(socket, "AF_UNIX"), reason="needs FIFOs and sockets"
)

_SAVE = """
import sys
from mapstudio.fileformat import ProjectSaveError, save_project
from mapstudio.fileformat.save import atomic_write
from mapstudio.model import blank_project
try:
    if sys.argv[2] == "project":
        save_project(blank_project("Trip"), sys.argv[1])
    else:
        atomic_write(sys.argv[1], b"data")
except ProjectSaveError as error:
    print(error.message)
    sys.exit(3)
print("written")
"""


def _save(path: Path, how: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-c", _SAVE, str(path), how],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"saving to {path.name} hung")


@pytest.mark.parametrize("how", ["project", "atomic_write"])
def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path: Path, how: str) -> None:
    path = tmp_path / "Trip.mapstudio"
    os.mkfifo(path)
    done = _save(path, how)
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stdout.strip() == (
        "'Trip.mapstudio' is not a file mapstudio can write to: it is a pipe, a device or a socket."
    )
    assert stat.S_ISFIFO(os.lstat(path).st_mode)
    assert os.listdir(tmp_path) == ["Trip.mapstudio"]  # no temporary file, no backup


@pytest.mark.parametrize("how", ["project", "atomic_write"])
def test_a_socket_is_refused_and_stays_a_socket(tmp_path: Path, how: str) -> None:
    path = tmp_path / "T.mapstudio"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        done = _save(path, how)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "'T.mapstudio' is not a file mapstudio can write to" in done.stdout
    assert stat.S_ISSOCK(os.lstat(path).st_mode)
    assert os.listdir(tmp_path) == ["T.mapstudio"]


def test_a_link_to_a_fifo_is_refused_under_the_link_s_name(tmp_path: Path) -> None:
    """A link is written through (the file it names is replaced), so what it names is
    checked; the message names the file as the user chose it."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "Trip.mapstudio"
    link.symlink_to(fifo)
    done = _save(link, "project")
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stdout.startswith("'Trip.mapstudio' is not a file mapstudio can write to")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["Trip.mapstudio", "pipe"]
