"""The photo import's refusals, as a designer reads them: each names the photo, says
plainly what is wrong and what to do about it; several read as separate paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest

import mapstudio.photo.analyse as analyse
from mapstudio.model import blank_project
from mapstudio.photo import PhotoError, PhotoInput, analyse_photos


def _jpeg(width: int = 80, height: int = 60) -> bytes:
    noise = np.random.default_rng(5).integers(0, 255, (height, width, 3), dtype=np.uint8)
    return cv2.imencode(".jpg", noise)[1].tobytes()


def _claiming(width: int, height: int) -> bytes:
    """A small JPEG whose header claims `width` × `height` pixels (a phone's 108 MP
    mode), made without encoding a picture that large."""
    data = bytearray(_jpeg())
    frame = data.index(b"\xff\xc0")  # baseline start of frame: length, precision, h, w
    data[frame + 5 : frame + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return bytes(data)


def _refusal(photos: list[PhotoInput | Path]) -> str:
    with pytest.raises(PhotoError) as refused:
        analyse_photos(blank_project(), None, photos, ocr=False)
    return str(refused.value)


def test_a_photo_over_40_megapixels_says_to_import_a_smaller_copy() -> None:
    message = _refusal([PhotoInput("IMG_1234.jpg", _claiming(12_000, 9_000))])
    assert message.startswith("IMG_1234.jpg: ")
    assert "108 megapixels" in message and "40 megapixels" in message
    assert "Save a smaller copy, such as 12 megapixels, from your photo app" in message


Case = Callable[[Path], PhotoInput | Path]
CASES: dict[str, tuple[Case, str]] = {
    "too many pixels": (
        lambda _tmp: PhotoInput("huge.jpg", _claiming(9_000, 9_000)),
        "Save a smaller copy",
    ),
    "not a picture": (
        lambda _tmp: PhotoInput("notes.txt", b"hello"),
        "Save the photo as a JPEG",
    ),
    "a heic photo": (
        lambda _tmp: PhotoInput("IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic" + bytes(64)),
        "Save the photo as a JPEG",
    ),
    "a damaged photo": (
        lambda _tmp: PhotoInput("cut.jpg", b"\xff\xd8\xff\xe0" + bytes(10)),
        "Copy the photo from the phone or camera again",
    ),
    "a missing file": (lambda tmp: tmp / "gone.jpg", "Check that the file is still there"),
    "a folder": (
        lambda tmp: (tmp / "wall.jpg").mkdir() or tmp / "wall.jpg",
        "Choose the photo files themselves",
    ),
    "no markers": (
        lambda _tmp: PhotoInput("holiday.jpg", _jpeg(800, 600)),
        "take the photo in good light",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_every_refusal_names_the_photo_and_says_what_to_do(case: str, tmp_path: Path) -> None:
    make, advice = CASES[case]
    photo = make(tmp_path)
    name = photo.name
    message = _refusal([photo])
    assert message.startswith(f"{name}: "), message
    assert advice in message, message
    assert "Traceback" not in message and str(tmp_path) not in message


def test_a_photo_file_too_large_to_read_says_to_import_a_smaller_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cap is lowered: a test writes no 64 MB file.
    monkeypatch.setattr(analyse, "MAX_PHOTO_BYTES", 4096)
    big = tmp_path / "big.jpg"
    big.write_bytes(_jpeg(400, 300) + bytes(8192))
    message = _refusal([big])
    assert message.startswith("big.jpg: ")
    assert "Save a smaller copy, such as 12 megapixels, from your photo app" in message


def test_several_refusals_read_as_separate_paragraphs(tmp_path: Path) -> None:
    photos: list[PhotoInput | Path] = [
        PhotoInput("huge.jpg", _claiming(12_000, 9_000)),
        PhotoInput("notes.txt", b"hello"),
        tmp_path / "gone.jpg",
    ]
    message = _refusal(photos)
    paragraphs = message.split("\n\n")
    assert [p.split(":")[0] for p in paragraphs] == ["huge.jpg", "notes.txt", "gone.jpg"]
    # One paragraph a photo: no line breaks inside one, none left over between them.
    assert all("\n" not in p and p.strip() == p and p for p in paragraphs)
    assert not re.search(r"\n{3,}", message)
