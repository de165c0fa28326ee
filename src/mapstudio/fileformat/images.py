"""Image headers read in pure Python: the type and pixel size of an embedded image.

An image inside a project file is untrusted. Its pixel size is read from the PNG IHDR
chunk or the JPEG SOFn segment without decoding a single pixel, so a tiny file that
claims to be 100000 x 100000 pixels (an "image bomb") is refused before any decoder
allocates memory for it. Only PNG and JPEG are accepted.

A picture the user adds comes from a path (the file dialog, a drop, a paste of a file).
`read_picture_file` is the one way such a path is read: only a regular file, never a
FIFO, a device or a folder, with a size cap and a time cap, so a hostile or stuck path
costs a message, never a frozen window.
"""

from __future__ import annotations

import math
import os
import stat
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from mapstudio.model.types import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
MIME_SIGNATURES = {"image/png": PNG_SIGNATURE, "image/jpeg": JPEG_SIGNATURE}

# JPEG start-of-frame markers carry the size: C0-CF except DHT (C4), JPG (C8), DAC (CC).
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers that stand alone, without a length field.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_SOS, _EOI = 0xDA, 0xD9

MAX_PICTURE_FILE = 40 * 1024 * 1024  # bytes: larger files are refused before reading
PICTURE_READ_SECONDS = 10.0  # a local picture reads in well under a second
_CHUNK = 1 << 20
# Decoded sizes come in steps (long side 64, 128, 256, … pixels), so one decoded copy
# serves every size within a factor of two of it and zooming does not re-decode.
SMALLEST_DECODE_SIDE = 64


class ImageProblem(ValueError):
    """Why image data cannot be used; the message is a plain phrase (no full stop)."""


class ImageTooLarge(ImageProblem):
    """An image whose header claims more pixels than mapstudio opens: a caller can say
    what to do about it (save a smaller copy), as it cannot about a damaged one."""

    def __init__(self, message: str, width: int, height: int) -> None:
        super().__init__(message)
        self.width = width
        self.height = height


@dataclass(frozen=True)
class ImageInfo:
    """What the header of an image says."""

    mime: str
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


def sniff_mime(data: bytes) -> str | None:
    """The type the bytes really are ("image/png", "image/jpeg"), or None."""
    for mime, signature in MIME_SIGNATURES.items():
        if data.startswith(signature):
            return mime
    return None


def read_image_header(data: bytes, mime: str) -> ImageInfo:
    """The size of the image in `data` of type `mime`, checked against the limits.

    Raises ImageProblem when the data is not an image of that type, its header cannot be
    read, or it is larger than mapstudio opens. Reads only the header: the time taken is
    bounded by the header, never by the declared size.
    """
    kind = "PNG" if mime == "image/png" else "JPEG"
    if mime not in MIME_SIGNATURES:
        raise ImageProblem("it is not a PNG or JPEG image")
    if not data.startswith(MIME_SIGNATURES[mime]):
        raise ImageProblem(f"its data is not a {kind} image")
    size = _png_size(data) if mime == "image/png" else _jpeg_size(data)
    if size is None:
        raise ImageProblem(f"its {kind} header is damaged")
    width, height = size
    if width < 1 or height < 1:
        raise ImageProblem(f"its {kind} header gives no size")
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise ImageTooLarge(
            f"it claims to be {width:,} × {height:,} pixels, more than mapstudio opens "
            f"({MAX_IMAGE_SIDE:,} pixels a side, {MAX_IMAGE_PIXELS // 1_000_000} megapixels)",
            width,
            height,
        )
    return ImageInfo(mime, width, height)


def _png_size(data: bytes) -> tuple[int, int] | None:
    # Signature (8), then the first chunk must be IHDR: length 13, type, width, height.
    if len(data) < 24:
        return None
    length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    if kind != b"IHDR" or length != 13:
        return None
    return width, height


def _jpeg_segments(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(marker, start of its payload, its length field) of each marker segment of a JPEG,
    in order, up to its end-of-image marker (length 0 for markers that stand alone).
    Stops at the first byte that breaks the structure. Every step moves forward, and a
    scan's compressed data is searched once: linear in the data."""
    pos = 2
    end = len(data)
    while pos + 1 < end:
        if data[pos] != 0xFF:
            return
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        pos += 2
        if marker in _STANDALONE or marker == _EOI:
            yield marker, pos, 0
            if marker == _EOI:
                return
            continue
        if pos + 2 > end:
            return
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2:
            return
        yield marker, pos, length
        pos += length
        if marker == _SOS:
            pos = _end_of_scan(data, pos)
            if pos < 0:
                return


def _end_of_scan(data: bytes, pos: int) -> int:
    """Where the marker after a scan's compressed data starts, or -1 if none does:
    0xFF 0x00 is an escaped 0xFF and 0xFF 0xD0-0xD7 a restart marker inside the data."""
    end = len(data)
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= end:
            return -1
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2
        elif following == 0xFF:
            pos += 1
        else:
            return pos


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    # The size is in the first start-of-frame segment, before any image data.
    end = len(data)
    for marker, pos, length in _jpeg_segments(data):
        if marker in {_SOS, _EOI}:
            return None  # image data or the end came before any size
        if marker in _SOF_MARKERS:
            if length < 7 or pos + 7 > end:
                return None
            height, width = struct.unpack(">HH", data[pos + 3 : pos + 7])
            return width, height
    return None


def check_image_data(data: bytes, mime: str) -> None:
    """Raise ImageProblem when the image data is visibly cut short.

    A JPEG's compressed data must run to its end-of-image marker. Decoders disagree about
    a JPEG that stops early (Qt fills the rest with grey, Pillow refuses it), so every
    output decides the same way here: such a picture is damaged. (A PNG that stops early is
    refused by every decoder alike.)
    """
    if mime == "image/jpeg" and not _jpeg_complete(data):
        raise ImageProblem("its JPEG data is cut short")


def _jpeg_complete(data: bytes) -> bool:
    return any(marker == _EOI for marker, _pos, _length in _jpeg_segments(data))


# -- reading a picture file ------------------------------------------------------------


class PictureFileReason(Enum):
    """Why a picture file was not read (the UI turns each into a translated message)."""

    UNREADABLE = "unreadable"  # missing, no permission, an I/O error: see `detail`
    NOT_A_FILE = "not a file"  # a folder, FIFO, socket or device
    TOO_LARGE = "too large"
    TOO_SLOW = "too slow"  # the read did not finish within the time cap


class PictureFileProblem(Exception):
    """A picture file that was not read; `reason` says why, `detail` the system's words."""

    def __init__(self, reason: PictureFileReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}{': ' + detail if detail else ''}")
        self.reason = reason
        self.detail = detail


def read_picture_file(
    path: str | os.PathLike[str],
    max_bytes: int = MAX_PICTURE_FILE,
    timeout: float = PICTURE_READ_SECONDS,
) -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes`, read within
    `timeout` seconds. Raises PictureFileProblem otherwise.

    The file is opened without blocking and checked to be a regular file before a byte
    is read, so a FIFO, a device or a socket never blocks. The read runs on a helper
    thread: a file system that stops answering (a dead network share) costs `timeout`
    seconds and a message, not the window; the helper closes the file when the system
    lets it go.
    """
    try:
        # Look before opening: opening some devices has effects of its own.
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise PictureFileProblem(PictureFileReason.UNREADABLE, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(mode):
        raise PictureFileProblem(PictureFileReason.NOT_A_FILE)
    outcome: dict[str, bytes | BaseException] = {}
    stop = threading.Event()

    def read() -> None:
        try:
            outcome["data"] = _read_regular(path, max_bytes, stop)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=read, name="mapstudio-picture-read", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        stop.set()  # the helper gives up at its next chunk
        raise PictureFileProblem(PictureFileReason.TOO_SLOW)
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    data = outcome["data"]
    assert isinstance(data, bytes)
    return data


def _read_regular(path: str | os.PathLike[str], max_bytes: int, stop: threading.Event) -> bytes:
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)  # not every system has every flag
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise PictureFileProblem(PictureFileReason.UNREADABLE, exc.strerror or str(exc)) from None
    try:
        # The path may have been swapped since it was looked at: check what was opened.
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PictureFileProblem(PictureFileReason.NOT_A_FILE)
        if info.st_size > max_bytes:
            raise PictureFileProblem(PictureFileReason.TOO_LARGE)
        chunks: list[bytes] = []
        total = 0
        while True:
            if stop.is_set():
                raise PictureFileProblem(PictureFileReason.TOO_SLOW)
            # One byte more than allowed tells a file that grew past the cap.
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > max_bytes:
                raise PictureFileProblem(PictureFileReason.TOO_LARGE)
            chunks.append(chunk)
    except OSError as exc:
        raise PictureFileProblem(PictureFileReason.UNREADABLE, exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


# -- decoding at the size that is shown ---------------------------------------------------


def decode_side(needed: float, full: int) -> int:
    """The long side (pixels) to decode a picture at, for a place that shows it
    `needed` pixels long: the next step up (64, 128, 256, …), never more than the
    picture's own long side `full`."""
    if not math.isfinite(needed) or needed <= SMALLEST_DECODE_SIDE:
        return min(full, SMALLEST_DECODE_SIDE)
    side = SMALLEST_DECODE_SIDE
    while side < needed and side < full:
        side *= 2
    return min(side, full)


def scaled_size(width: int, height: int, long_side: int) -> tuple[int, int]:
    """(width, height) scaled so the long side is `long_side` (never up), each side ≥ 1."""
    if max(width, height) <= long_side:
        return width, height
    factor = long_side / max(width, height)
    return max(1, round(width * factor)), max(1, round(height * factor))
