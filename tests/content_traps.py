"""Traps for content that names paths and addresses: a FIFO, a listening Unix socket and
a listening TCP port on this machine, watched from a thread, and a project whose every
text holds markup naming them. Shared by the command-line and the real-window tests of
"nothing named in a file is ever opened" (issue 12).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapstudio.fileformat import load_project, save_project
from mapstudio.model import Project

# Every field of the model that holds words from the file's author, with its limit.
TEXT_KEYS = frozenset(
    {
        "name",
        "role",
        "description",
        "quote",
        "goals",
        "needs",
        "frustrations",
        "title",
        "scenario",
        "body",
        "unit",
        "tags",
        "evidence",
        "feeling",
        "note",
        "labels",
    }
)
SHORT_LIMITS = {"tags": 60}
NAME_LIMIT = 200
PICTURE_ID = "pic-sock"  # a picture reference, and the name of a socket beside the app


@dataclass
class Traps:
    """A FIFO, a listening Unix socket and a listening TCP port, watched."""

    folder: Path
    fifo: Path
    unix_path: Path
    port: int
    sockets: list[socket.socket]
    touched: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def pieces(self) -> list[str]:
        """Markup that makes Qt load each trap as soon as it renders it."""
        return [
            f'<img src="{self.fifo}">',
            f'<img src="file://{self.unix_path}">',
            f'<a href="http://127.0.0.1:{self.port}/">x</a>',
            f'<img src="http://127.0.0.1:{self.port}/x.png">',
        ]

    def watch(self) -> None:
        """Note a reader of the FIFO (and let it go on) or a connection to a socket."""
        while not self.stop.is_set():
            try:
                # Without a reader this fails with ENXIO; a reader, even one blocked in
                # open(), makes it succeed (and unblocks that reader).
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    self.touched.append(f"FIFO check failed: {exc}")
            else:
                self.touched.append("the FIFO was opened for reading")
                os.close(fd)
            for sock in self.sockets:
                with contextlib.suppress(BlockingIOError):
                    conn, _address = sock.accept()
                    self.touched.append(f"a connection to {sock.getsockname()!r}")
                    conn.close()
            time.sleep(0.02)


@contextlib.contextmanager
def watched_traps(app_folder: Path) -> Iterator[Traps]:
    """The traps, watched while the block runs; a socket named PICTURE_ID is put in
    `app_folder` (the app's working folder), where a picture id taken for a relative
    path would lead."""
    # A short folder: the markup must fit in a tag (60 characters).
    folder = Path(tempfile.mkdtemp(prefix="ms-", dir="/tmp"))
    sockets: list[socket.socket] = []
    try:
        fifo = folder / "f"
        os.mkfifo(fifo)
        unix_path = folder / "s"
        for path in (unix_path, app_folder / PICTURE_ID):
            unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            unix.bind(str(path))
            sockets.append(unix)
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.bind(("127.0.0.1", 0))
        sockets.append(tcp)
        for sock in sockets:
            sock.listen(16)
            sock.setblocking(False)
        found = Traps(folder, fifo, unix_path, tcp.getsockname()[1], sockets)
        watcher = threading.Thread(target=found.watch, daemon=True)
        watcher.start()
        try:
            yield found
        finally:
            found.stop.set()
            watcher.join(timeout=10)
    finally:
        for sock in sockets:
            sock.close()
        shutil.rmtree(folder, ignore_errors=True)


def hostile_file(example_path: Path, traps: Traps, folder: Path) -> Path:
    """The example with markup in front of every text and pictures that name a socket."""
    content = load_project(example_path).project.model_dump(mode="json")
    pieces = traps.pieces()
    every = "".join(pieces)
    count = 0

    def poison(node: Any) -> None:
        nonlocal count
        if isinstance(node, list):
            for item in node:
                poison(item)
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            limit = SHORT_LIMITS.get(key)
            if key in TEXT_KEYS and isinstance(value, str | list):
                texts = [value] if isinstance(value, str) else value
                marked = []
                for text in texts:
                    # Short fields take one piece each, in turn; the rest take all four.
                    markup = pieces[count % len(pieces)] if limit else every
                    count += 1
                    marked.append((markup + text)[: limit or NAME_LIMIT])
                node[key] = marked[0] if isinstance(value, str) else marked
            else:
                poison(value)

    poison(content)
    for card in content["maps"][0]["cards"][:3]:
        card["image_asset_id"] = PICTURE_ID
    content["personas"][0]["photo_asset_id"] = PICTURE_ID
    project = Project.model_validate(content)
    assert every in project.maps[0].title and every in project.personas[0].name
    path = folder / "from-a-stranger.mapstudio"
    save_project(project, path)
    return path
