"""Every writer refuses an output path that is a pipe, a socket or a folder (issue 12).

As root, the atomic rename once replaced /dev/full with a plain file: a save or an
export renamed its temporary file over whatever had the output's name. Here the output
is a FIFO, a listening Unix socket or a folder in a temporary folder (never a real
device); each command runs in a child process with a time limit, since a writer that
opened the FIFO would block. The command must fail with the plain message on stderr,
leave the FIFO a FIFO and the socket a socket, and leave no temporary file behind.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not hasattr(socket, "AF_UNIX"), reason="needs FIFOs and sockets"
)

REFUSAL = "is not a file mapstudio can write to: it is a pipe, a device or a socket."


def _fifo(path: Path) -> Callable[[], bool]:
    os.mkfifo(path)
    return lambda: stat.S_ISFIFO(os.lstat(path).st_mode)


@pytest.fixture
def make_target() -> Iterator[Callable[[str, Path], Callable[[], bool]]]:
    """Makes the hostile output; returns a check that it is still what it was."""
    sockets: list[socket.socket] = []

    def make(kind: str, path: Path) -> Callable[[], bool]:
        if kind == "fifo":
            return _fifo(path)
        if kind == "socket":
            listener = socket.socket(socket.AF_UNIX)
            listener.bind(str(path))
            listener.listen(1)
            sockets.append(listener)
            return lambda: stat.S_ISSOCK(os.lstat(path).st_mode)
        path.mkdir()
        (path / "inside.txt").write_text("kept")
        return lambda: (path / "inside.txt").read_text() == "kept"

    yield make
    for listener in sockets:
        listener.close()


def _run(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        return subprocess.run(
            [sys.executable, "-m", "mapstudio", *argv],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"mapstudio {' '.join(argv)} hung on its output path")


@pytest.mark.parametrize("kind", ["fifo", "socket", "folder"])
@pytest.mark.parametrize("suffix", ["pdf", "png", "svg", "csv", "merge"])
def test_a_command_refuses_an_output_that_is_not_a_file(
    suffix: str,
    kind: str,
    tmp_path: Path,
    example_path: Path,
    make_target: Callable[[str, Path], Callable[[], bool]],
) -> None:
    work = tmp_path / "w"  # short: a Unix socket's path is limited to about 100 bytes
    work.mkdir()
    source = work / "m.mapstudio"
    shutil.copyfile(example_path, source)
    output = work / ("out.mapstudio" if suffix == "merge" else f"out.{suffix}")
    still_there = make_target(kind, output)
    if suffix == "merge":
        argv = ["merge", str(source), str(source), str(source), "-o", str(output)]
    else:
        argv = ["export", str(source), "-o", str(output)]
    done = _run(argv, work)
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    if kind == "folder":
        assert "a folder has that name" in done.stderr, done.stderr
    else:
        assert f"'{output.name}' {REFUSAL}" in done.stderr, done.stderr
    assert still_there()
    assert sorted(p.name for p in work.iterdir()) == sorted([source.name, output.name])
