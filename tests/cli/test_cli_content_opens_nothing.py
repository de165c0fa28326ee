"""`mapstudio validate` and every `mapstudio export` open nothing a file names (issue 12).

The project's every text holds markup naming a FIFO, a listening Unix socket and a
listening TCP port, and its pictures refer to a socket in the working folder. Each
command runs in a child process with a time limit while a watcher notes any reader of
the FIFO and any connection to the sockets (see content_traps): a command that read
the FIFO would block, and then fails here on the watcher's report or the time limit
instead of hanging the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from content_traps import Traps, hostile_file, watched_traps

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@pytest.fixture
def traps(tmp_path: Path) -> Iterator[Traps]:
    with watched_traps(tmp_path) as found:
        yield found


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{file}"],
        ["export", "{file}", "-o", "out.pdf"],
        ["export", "{file}", "-o", "out.pdf", "--pdfx", "--tile", "A4"],
        ["export", "{file}", "-o", "out.png"],
        ["export", "{file}", "-o", "out.svg"],
        ["export", "{file}", "-o", "out.csv"],
        ["export", "{file}", "-o", "out.xlsx"],
    ],
    ids=["validate", "pdf", "pdfx-tiled", "png", "svg", "csv", "xlsx"],
)
def test_a_command_opens_nothing_the_file_names(
    command: list[str], traps: Traps, tmp_path: Path, example_path: Path
) -> None:
    path = hostile_file(example_path, traps, tmp_path)
    argv = [part.replace("{file}", str(path)) for part in command]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "mapstudio", *argv],
            cwd=tmp_path,  # where the socket named like the picture waits
            capture_output=True,
            text=True,
            timeout=240,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"mapstudio {command[0]} hung; noted: {traps.touched}")
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert traps.touched == [], traps.touched
    if command[0] == "export":
        assert done.returncode == 0, done.stderr[-3000:]
        assert (tmp_path / argv[3]).stat().st_size > 0


def test_the_watcher_notes_a_reader_and_connections(traps: Traps, tmp_path: Path) -> None:
    """What the commands above are checked with sees each kind of access."""
    import socket
    import time

    reader = os.open(traps.fifo, os.O_RDONLY | os.O_NONBLOCK)
    with socket.create_connection(("127.0.0.1", traps.port), timeout=5):
        pass
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
        unix.connect(str(traps.unix_path))
    deadline = time.monotonic() + 10
    while len(set(traps.touched)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.close(reader)
    assert "the FIFO was opened for reading" in traps.touched
    assert sum("connection" in note for note in set(traps.touched)) == 2, traps.touched
