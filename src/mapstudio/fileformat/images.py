"""Image headers read in pure Python: the type and pixel size of an embedded image.

An image inside a project file is untrusted. Its pixel size is read from the PNG IHDR
chunk or the JPEG SOFn segment without decoding a single pixel, so a tiny file that
claims to be 100000 x 100000 pixels (an "image bomb") is refused before any decoder
allocates memory for it. Only PNG and JPEG are accepted.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from mapstudio.model.types import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
MIME_SIGNATURES = {"image/png": PNG_SIGNATURE, "image/jpeg": JPEG_SIGNATURE}

# JPEG start-of-frame markers carry the size: C0-CF except DHT (C4), JPG (C8), DAC (CC).
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers that stand alone, without a length field.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_SOS, _EOI = 0xDA, 0xD9


class ImageProblem(ValueError):
    """Why image data cannot be used; the message is a plain phrase (no full stop)."""


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
        raise ImageProblem(
            f"it claims to be {width:,} × {height:,} pixels, more than mapstudio opens "
            f"({MAX_IMAGE_SIDE:,} pixels a side, {MAX_IMAGE_PIXELS // 1_000_000} megapixels)"
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


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    # Walk the marker segments up to the first start-of-frame. Every step moves forward
    # by at least two bytes, so the walk ends within len(data) steps.
    pos = 2
    end = len(data)
    while pos + 1 < end:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        pos += 2
        if marker in _STANDALONE:
            continue
        if marker in {_SOS, _EOI} or pos + 2 > end:
            return None  # image data or the end came before any size
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2:
            return None
        if marker in _SOF_MARKERS:
            if length < 7 or pos + 7 > end:
                return None
            height, width = struct.unpack(">HH", data[pos + 3 : pos + 7])
            return width, height
        pos += length
    return None
