"""Image headers: size read without decoding; bombs, non-images and damage refused."""

from __future__ import annotations

import pytest

from mapstudio.fileformat.images import ImageProblem, read_image_header, sniff_mime

from .conftest import PNG_BYTES
from .strategies import jpeg_header, png_header


def test_png_and_jpeg_sizes() -> None:
    assert read_image_header(PNG_BYTES, "image/png").pixels == 1
    info = read_image_header(png_header(640, 480), "image/png")
    assert (info.width, info.height) == (640, 480)
    info = read_image_header(jpeg_header(1024, 768), "image/jpeg")
    assert (info.width, info.height, info.mime) == (1024, 768, "image/jpeg")


def test_jpeg_size_after_other_segments_and_fill_bytes() -> None:
    plain = jpeg_header(300, 200)
    exif = b"\xff\xe1\x00\x08Exif\x00\x00"
    data = plain[:2] + exif + b"\xff\xff" + plain[2:]
    assert read_image_header(data, "image/jpeg").width == 300


def test_sniff() -> None:
    assert sniff_mime(PNG_BYTES) == "image/png"
    assert sniff_mime(jpeg_header(1, 1)) == "image/jpeg"
    assert sniff_mime(b"GIF89a") is None


@pytest.mark.parametrize(
    ("data", "mime", "words"),
    [
        (png_header(100_000, 100_000), "image/png", "100,000 × 100,000 pixels"),
        (png_header(7000, 7000), "image/png", "7,000 × 7,000 pixels"),
        (jpeg_header(65535, 10), "image/jpeg", "65,535 × 10 pixels"),
        (png_header(0, 10), "image/png", "gives no size"),
        (jpeg_header(10, 0), "image/jpeg", "gives no size"),
        (PNG_BYTES[:20], "image/png", "PNG header is damaged"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIDAT" + bytes(8), "image/png", "header is damaged"),
        (b"\xff\xd8\xff\xda\x00\x02", "image/jpeg", "JPEG header is damaged"),
        (b"\xff\xd8\xff\xe0\x00\x00", "image/jpeg", "JPEG header is damaged"),
        (b"\xff\xd8\xff\xe0\xff\xff" * 1000, "image/jpeg", "JPEG header is damaged"),
        (b"GIF89a", "image/gif", "not a PNG or JPEG image"),
        (b"<svg/>", "image/png", "not a PNG image"),
        (PNG_BYTES, "image/jpeg", "not a JPEG image"),
    ],
)
def test_refused(data: bytes, mime: str, words: str) -> None:
    with pytest.raises(ImageProblem, match=words):
        read_image_header(data, mime)


def test_long_runs_of_segments_take_linear_time() -> None:
    # A megabyte of tiny segments without a frame header: walked, then refused.
    data = b"\xff\xd8" + b"\xff\xe0\x00\x02" * 250_000
    with pytest.raises(ImageProblem):
        read_image_header(data, "image/jpeg")
