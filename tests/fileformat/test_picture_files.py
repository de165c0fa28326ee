"""Reading a picture file: regular files only, a size cap and a time cap (issue 12);
a JPEG cut short is damaged for every output alike.

The hostile cases (a FIFO, a link to one, a read that never ends) would block forever if
the guard broke, so they run in a process of their own with a timeout.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mapstudio.fileformat import images
from mapstudio.fileformat.images import (
    ImageProblem,
    PictureFileProblem,
    PictureFileReason,
    check_image_data,
    decode_side,
    read_picture_file,
    scaled_size,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")

# Prints the reason the file was refused, or "read N" when it was read.
READER = """
import sys
from mapstudio.fileformat.images import PictureFileProblem, read_picture_file
try:
    data = read_picture_file(sys.argv[1])
except PictureFileProblem as problem:
    print(problem.reason.name)
else:
    print("read", len(data))
"""


def _read_isolated(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", READER, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3 * 2**20))  # several read chunks
    assert read_picture_file(path) == path.read_bytes()


@needs_fifo
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)
    assert _read_isolated(fifo) == "NOT_A_FILE"


@needs_fifo
def test_a_link_to_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "photo.jpg"
    link.symlink_to(fifo)
    assert _read_isolated(link) == "NOT_A_FILE"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets on this system")
def test_a_listening_socket_is_refused_without_connecting(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(str(path))
        listener.listen(1)
        assert _read_isolated(path) == "NOT_A_FILE"
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody knocked
    finally:
        listener.close()


def test_a_folder_and_a_device_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PictureFileProblem) as caught:
        read_picture_file(tmp_path)
    assert caught.value.reason is PictureFileReason.NOT_A_FILE
    if Path("/dev/zero").exists():
        assert _read_isolated(Path("/dev/zero")) == "NOT_A_FILE"


def test_a_missing_file_says_why(tmp_path: Path) -> None:
    with pytest.raises(PictureFileProblem) as caught:
        read_picture_file(tmp_path / "gone.png")
    assert caught.value.reason is PictureFileReason.UNREADABLE
    assert caught.value.detail  # the system's words, e.g. "No such file or directory"


def test_a_file_over_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(bytes(2000))
    with pytest.raises(PictureFileProblem) as caught:
        read_picture_file(path, max_bytes=1000)
    assert caught.value.reason is PictureFileReason.TOO_LARGE
    assert read_picture_file(path, max_bytes=2000) == bytes(2000)


def test_a_file_that_grows_past_the_cap_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fstat said small, the reads go on: the cap holds for what is read, not what was said.
    path = tmp_path / "growing.png"
    path.write_bytes(bytes(10))
    real_read = os.read
    monkeypatch.setattr(images.os, "read", lambda fd, n: real_read(fd, n) or bytes(n))
    with pytest.raises(PictureFileProblem) as caught:
        read_picture_file(path, max_bytes=5000)
    assert caught.value.reason is PictureFileReason.TOO_LARGE


def test_a_read_that_never_ends_is_given_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file system that stops answering (a dead network share): the read blocks until
    # released. The caller gets a message after the time cap; the helper thread ends
    # once the read returns.
    path = tmp_path / "share.png"
    path.write_bytes(bytes(100))
    release = threading.Event()
    real_read = os.read

    def stuck_read(fd: int, n: int) -> bytes:
        release.wait(60)
        return real_read(fd, n)

    monkeypatch.setattr(images.os, "read", stuck_read)
    try:
        with pytest.raises(PictureFileProblem) as caught:
            read_picture_file(path, timeout=0.2)
        assert caught.value.reason is PictureFileReason.TOO_SLOW
    finally:
        release.set()


def test_decode_sides_come_in_steps_and_never_exceed_the_picture() -> None:
    assert decode_side(10, 4000) == 64
    assert decode_side(65, 4000) == 128
    assert decode_side(500, 4000) == 512
    assert decode_side(513, 4000) == 1024
    assert decode_side(3000, 4000) == 4000
    assert decode_side(100_000, 4000) == 4000
    assert decode_side(500, 300) == 300
    assert decode_side(float("inf"), 300) == 64
    assert scaled_size(8000, 5000, 1600) == (1600, 1000)
    assert scaled_size(40, 8000, 64) == (1, 64)
    assert scaled_size(300, 200, 1600) == (300, 200)


def _jpeg(**options: object) -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.effect_noise((160, 120), 60).convert("RGB").save(buffer, "JPEG", **options)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "options",
    [{}, {"progressive": True}, {"restart_marker_rows": 1}, {"quality": 100}],
    ids=["baseline", "progressive", "restart markers", "quality 100"],
)
def test_a_whole_jpeg_is_complete_and_a_cut_one_is_not(options: dict) -> None:
    data = _jpeg(**options)
    check_image_data(data, "image/jpeg")
    check_image_data(data + b"trailing data after the end, as phones append", "image/jpeg")
    for cut in (len(data) // 3, len(data) - 2):
        with pytest.raises(ImageProblem, match="cut short"):
            check_image_data(data[:cut], "image/jpeg")


def test_a_thumbnail_inside_does_not_hide_a_cut_jpeg() -> None:
    # An EXIF thumbnail carries its own end marker inside a segment: it is skipped by
    # its length, so the main picture's missing end still counts.
    thumbnail = _jpeg(quality=30)
    exif = b"Exif\x00\x00" + thumbnail
    segment = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    data = _jpeg()
    with_thumbnail = data[:2] + segment + data[2:]
    check_image_data(with_thumbnail, "image/jpeg")
    with pytest.raises(ImageProblem):
        check_image_data(with_thumbnail[: len(with_thumbnail) - 500], "image/jpeg")
