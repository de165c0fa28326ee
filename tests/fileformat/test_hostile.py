"""Every file is untrusted: the hostile corpus loads as a sound project or a typed error.

Small hostile files live in tests/fixtures/hostile (made by generate.py there); big
ones are made here at test time. Each case states what it must give: a project with
the expected warnings, or the expected typed error with a plain message. Nothing may
raise anything else, hang (a watchdog alarm guards every case) or open a path or an
address named in the file.
"""

from __future__ import annotations

import base64
import builtins
import hashlib
import io
import json
import os
import signal
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mapstudio.fileformat import (
    DamagedFileError,
    FileAccessError,
    FileTooLargeError,
    LoadResult,
    NewerVersionError,
    NotAProjectFileError,
    ProjectFileError,
    dumps_project,
    load_project,
    loads_project,
)
from mapstudio.fileformat.constants import MAX_CONTAINERS, MAX_VALUES
from mapstudio.fileformat.load import UNEXPECTED
from mapstudio.model import integrity_problems
from mapstudio.model.types import (
    MAX_ASSET_BYTES,
    MAX_CARDS,
    MAX_LIST_ITEMS,
    MAX_NAME,
    MAX_PERSONAS,
    MAX_STAGES,
    MAX_TAGS,
    MAX_TEXT,
)

from .strategies import png_header
from .test_errors import assert_plain

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
MINIMAL = json.loads((HOSTILE.parent / "fileformat" / "minimal.mapstudio").read_text("utf-8"))
WATCHDOG_S = 30  # generous: the slowest case takes well under a second


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """Fail a case that hangs instead of hanging the test run."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError("loading a hostile file took too long")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(WATCHDOG_S)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def load_sound(source: Path | bytes | str) -> LoadResult:
    """Load, and check that what loaded is sound and saves as a clean file."""
    result = load_project(source) if isinstance(source, Path) else loads_project(source)
    assert integrity_problems(result.project) == []
    again = loads_project(dumps_project(result.project))
    assert again.warnings == ()
    assert again.project == result.project
    return result


def expect_error(source: Path | bytes | str, error: type[ProjectFileError], words: str) -> None:
    with pytest.raises(ProjectFileError) as info:
        load_project(source) if isinstance(source, Path) else loads_project(source)
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    assert words in info.value.message, info.value.message
    assert not info.value.details.startswith(UNEXPECTED), info.value.details
    assert_plain(info.value)


NOT_OURS = "not a mapstudio project"
BINARY = "looks like a binary file"
# file -> (error class, words in the message)
REFUSED: dict[str, tuple[type[ProjectFileError], str]] = {
    "empty.mapstudio": (NotAProjectFileError, "The file is empty"),
    "whitespace.mapstudio": (NotAProjectFileError, "The file is empty"),
    "not_json.mapstudio": (NotAProjectFileError, "not a readable JSON document"),
    "binary_zip.mapstudio": (NotAProjectFileError, BINARY),
    "binary_png.mapstudio": (NotAProjectFileError, BINARY),
    "latin1.mapstudio": (NotAProjectFileError, "not stored as UTF-8"),
    "utf16_le_bom.mapstudio": (NotAProjectFileError, "stored as UTF-16 text"),
    "utf16_be_bom.mapstudio": (NotAProjectFileError, "stored as UTF-16 text"),
    "utf16_le_no_bom.mapstudio": (NotAProjectFileError, BINARY),
    "utf32_bom.mapstudio": (NotAProjectFileError, "stored as UTF-32 text"),
    "json_array.mapstudio": (NotAProjectFileError, NOT_OURS),
    "json_string.mapstudio": (NotAProjectFileError, NOT_OURS),
    "other_json.mapstudio": (NotAProjectFileError, NOT_OURS),
    "deep_arrays.mapstudio": (NotAProjectFileError, "nested far deeper"),
    "deep_objects.mapstudio": (NotAProjectFileError, "nested far deeper"),
    "deep_in_project.mapstudio": (NotAProjectFileError, "nested far deeper"),
    "truncated_half.mapstudio": (DamagedFileError, "ends too early"),
    "truncated_one_byte.mapstudio": (DamagedFileError, "ends too early"),
    "trailing_garbage.mapstudio": (DamagedFileError, "not readable at line 143, column 1"),
    "nan_in_card.mapstudio": (DamagedFileError, "'NaN', which is not a number"),
    "infinity.mapstudio": (DamagedFileError, "'-Infinity', which is not a number"),
    "float_overflow.mapstudio": (DamagedFileError, "a number that is far too large"),
    "long_number.mapstudio": (DamagedFileError, "a number that is far too large"),
    "long_fraction.mapstudio": (DamagedFileError, "a number that is far too long"),
    "format_other.mapstudio": (NotAProjectFileError, NOT_OURS),
    "format_missing.mapstudio": (NotAProjectFileError, NOT_OURS),
    "version_missing.mapstudio": (DamagedFileError, "format version is missing or unreadable"),
    "version_string.mapstudio": (DamagedFileError, "format version is missing or unreadable"),
    "version_fraction.mapstudio": (DamagedFileError, "format version is missing or unreadable"),
    "version_negative.mapstudio": (DamagedFileError, "format version is missing or unreadable"),
    "version_true.mapstudio": (DamagedFileError, "format version is missing or unreadable"),
    "project_missing.mapstudio": (DamagedFileError, "the project is missing"),
    "project_list.mapstudio": (DamagedFileError, "the project is not readable"),
    "future_version.mapstudio": (NewerVersionError, "made by mapstudio 9.1.0 (file format 7)"),
    "maps_object.mapstudio": (DamagedFileError, "the list of maps is not readable"),
    "maps_empty.mapstudio": (DamagedFileError, "it contains no maps"),
    "cards_string.mapstudio": (DamagedFileError, "map 'Checkout': the list of cards"),
    "persona_name_list.mapstudio": (DamagedFileError, "persona 1: name must be text"),
    "assets_list.mapstudio": (DamagedFileError, "the list of images is not readable"),
}

PHOTO_CLEARED = "Persona 1 ('Ana'): its photo was missing and was cleared."
# file -> the warnings, exactly
LOADED: dict[str, tuple[str, ...]] = {
    "utf8_bom.mapstudio": (),
    "duplicate_keys.mapstudio": (),
    "order_string.mapstudio": (),
    "paths_and_urls.mapstudio": (),
    "lone_surrogates.mapstudio": (
        "1 text held characters that cannot be stored, which were replaced (the first in title).",
    ),
    "card_is_number.mapstudio": ("Map 'Checkout', card 4 was not readable and was removed.",),
    "title_object.mapstudio": ("The project: title must be text; it was reset to the default.",),
    "score_list.mapstudio": (
        "Map 'Checkout', emotion point 1 ('curious') was removed: score must be a whole number.",
    ),
    "severity_text.mapstudio": (
        "Map 'Checkout', card 1 ('Searches for a gift') was removed: severity must be a whole "
        "number from 1 to 5.",
    ),
    "markup_and_controls.mapstudio": (
        "2 texts held invisible control characters or old-style line breaks, which were "
        "removed (the first in map 1, card 1, body).",
    ),
    "png_wrong_size.mapstudio": (
        "Image 'img': its size (4000 × 3000) did not match the image (40 × 30) and was corrected.",
    ),
    "image_path_key.mapstudio": ("Image '../../etc/passwd' was removed: its id is not valid.",),
    "image_url_data.mapstudio": (
        "Image 'img' was removed: its image data is damaged.",
        PHOTO_CLEARED,
    ),
    "png_bomb.mapstudio": (
        "Image 'img' was removed: it claims to be 100,000 × 100,000 pixels, more than "
        "mapstudio opens (8,000 pixels a side, 40 megapixels).",
        PHOTO_CLEARED,
    ),
    "png_bomb_tall.mapstudio": (
        "Image 'img' was removed: it claims to be 1 × 2,147,483,647 pixels, more than "
        "mapstudio opens (8,000 pixels a side, 40 megapixels).",
        PHOTO_CLEARED,
    ),
    "png_over_pixels.mapstudio": (
        "Image 'img' was removed: it claims to be 7,000 × 7,000 pixels, more than "
        "mapstudio opens (8,000 pixels a side, 40 megapixels).",
        PHOTO_CLEARED,
    ),
    "jpeg_bomb.mapstudio": (
        "Image 'img' was removed: it claims to be 65,535 × 65,535 pixels, more than "
        "mapstudio opens (8,000 pixels a side, 40 megapixels).",
        PHOTO_CLEARED,
    ),
    "jpeg_without_size.mapstudio": (
        "Image 'img' was removed: its JPEG header is damaged.",
        PHOTO_CLEARED,
    ),
    "text_as_png.mapstudio": (
        "Image 'img' was removed: its data is not a PNG image.",
        PHOTO_CLEARED,
    ),
    "gif.mapstudio": ("Image 'img' was removed: it is not a PNG or JPEG image.", PHOTO_CLEARED),
    "gif_as_png.mapstudio": (
        "Image 'img' was removed: its data is not a PNG image.",
        PHOTO_CLEARED,
    ),
    "svg_script.mapstudio": (
        "Image 'img' was removed: it is not a PNG or JPEG image.",
        PHOTO_CLEARED,
    ),
    "svg_as_png.mapstudio": (
        "Image 'img' was removed: its data is not a PNG image.",
        PHOTO_CLEARED,
    ),
}


def test_every_hostile_file_has_an_expectation() -> None:
    on_disk = {p.name for p in HOSTILE.glob("*.mapstudio")}
    assert on_disk == set(REFUSED) | set(LOADED)
    assert not set(REFUSED) & set(LOADED)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_hostile_file(name: str) -> None:
    error, words = REFUSED[name]
    expect_error(HOSTILE / name, error, words)


@pytest.mark.parametrize("name", sorted(LOADED))
def test_loaded_hostile_file(name: str) -> None:
    assert load_sound(HOSTILE / name).warnings == LOADED[name]


# -- what the loaded ones look like -----------------------------------------------------


def test_duplicate_keys_the_last_one_wins() -> None:
    assert load_sound(HOSTILE / "duplicate_keys.mapstudio").project.title == "Last title"


def test_markup_stays_literal_text_and_controls_go() -> None:
    project = load_sound(HOSTILE / "markup_and_controls.mapstudio").project
    assert project.title == "<h1>Shop</h1>[31m red [0m"
    card = project.maps[0].cards[0]
    assert card.title == "<script>alert(1)</script>"
    assert card.body == "line one\nline two\nline three end\ttab"


def test_image_size_comes_from_its_header() -> None:
    asset = load_sound(HOSTILE / "png_wrong_size.mapstudio").project.assets["img"]
    assert (asset.width, asset.height) == (40, 30)


def test_paths_and_urls_load_as_plain_text() -> None:
    project = load_sound(HOSTILE / "paths_and_urls.mapstudio").project
    texts = json.dumps(project.model_dump(mode="json"))
    for value in ("file:///etc/passwd", "\\\\\\\\server\\\\share", "http://169.254.169.254"):
        assert value in texts


# -- nothing named in a file is ever opened ------------------------------------------------


def test_loading_opens_no_file_and_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    hostile = [(HOSTILE / name).read_bytes() for name in sorted(LOADED) + sorted(REFUSED)]
    opened: list[str] = []

    def refuse(what: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            opened.append(f"{what}{args[:1]}")
            raise AssertionError(f"loading tried {what}{args[:1]}")

        return call

    for owner, name in [
        (builtins, "open"),
        (io, "open"),
        (os, "open"),
        (os, "stat"),
        (os, "listdir"),
        (os, "scandir"),
        (os, "system"),
        (os, "startfile"),
        (socket, "socket"),
        (socket, "create_connection"),
        (socket, "getaddrinfo"),
        (urllib.request, "urlopen"),
        (subprocess, "Popen"),
        (Path, "open"),
        (Path, "read_bytes"),
        (Path, "read_text"),
        (Path, "exists"),
    ]:
        if hasattr(owner, name):
            monkeypatch.setattr(owner, name, refuse(f"{getattr(owner, '__name__', owner)}.{name}"))
    outcomes = []
    for data in hostile:
        try:
            outcomes.append(loads_project(data))
        except ProjectFileError as error:
            outcomes.append(error)
    monkeypatch.undo()
    assert opened == []
    assert sum(isinstance(o, LoadResult) for o in outcomes) == len(LOADED)


# -- big hostile files, made at test time ---------------------------------------------------


def document(change: Any = None) -> dict[str, Any]:
    copy = json.loads(json.dumps(MINIMAL))
    if change is not None:
        change(copy)
    return copy


def checkout(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["project"]["maps"][0]


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.mapstudio"
    with path.open("wb") as stream:
        stream.truncate(64 * 1024 * 1024 + 1)  # sparse: costs no disk
    expect_error(path, FileTooLargeError, "'huge.mapstudio' is too large to open (64 MB")


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "Trip.mapstudio"
    path.write_text(json.dumps(MINIMAL), encoding="utf-8")
    with pytest.raises(FileTooLargeError):
        load_project(path, max_bytes=1000)
    assert load_project(path, max_bytes=10_000).project.title == "Online shop"


def test_huge_string_is_shortened() -> None:
    doc = document(lambda d: checkout(d)["cards"][0].update(body="x" * 10_000_000))
    result = load_sound(json.dumps(doc))
    assert result.project.maps[0].cards[0].body == "x" * MAX_TEXT
    assert result.warnings == (
        "Map 'Checkout', card 1 ('Searches for a gift'): body was longer than "
        f"{MAX_TEXT} characters and was shortened.",
    )


def test_huge_title_and_name_are_shortened() -> None:
    doc = document(
        lambda d: (
            d["project"].update(title="T" * 1_000_000),
            d["project"]["personas"][0].update(name="N" * 1_000_000),
        )
    )
    result = load_sound(json.dumps(doc))
    assert result.project.title == "T" * MAX_NAME
    assert result.project.personas[0].name == "N" * MAX_NAME
    assert len(result.warnings) == 2


@pytest.mark.parametrize(
    ("where", "key", "limit", "words"),
    [
        ("project", "personas", MAX_PERSONAS, "personas"),
        ("map", "stages", MAX_STAGES, "stages"),
        ("map", "cards", MAX_CARDS, "cards"),
    ],
)
def test_huge_lists_are_cut_to_their_limit(where: str, key: str, limit: int, words: str) -> None:
    doc = document()
    owner = doc["project"] if where == "project" else checkout(doc)
    template = owner[key][0]
    owner[key] = [{**template, "id": f"x{i}"} for i in range(limit + 5)]
    if key == "personas":
        checkout(doc)["bands"] = ["x0"]
        for item in checkout(doc)["cards"] + checkout(doc)["emotion_points"]:
            if item.get("persona_id"):
                item["persona_id"] = "x0"
    result = loads_project(json.dumps(doc))
    assert (
        f"had {limit + 5:,} {words}, more than the {limit:,} this version of mapstudio holds; "
        f"only the first {limit:,} were kept." in " ".join(result.beyond_limits)
    )
    kept = result.project.personas if key == "personas" else getattr(result.project.maps[0], key)
    assert len(kept) <= limit


def test_huge_lists_inside_a_record_are_cut() -> None:
    doc = document(
        lambda d: (
            checkout(d)["cards"][0].update(tags=[f"t{i}" for i in range(10_000)]),
            d["project"]["personas"][0].update(goals=["g"] * 10_000),
        )
    )
    result = load_sound(json.dumps(doc))
    assert len(result.project.maps[0].cards[0].tags) == MAX_TAGS
    assert len(result.project.personas[0].goals) == MAX_LIST_ITEMS


def test_image_over_the_byte_limit_is_dropped() -> None:
    data = png_header(10, 10) + bytes(MAX_ASSET_BYTES)
    entry = {
        "mime": "image/png",
        "data": base64.b64encode(data).decode(),
        "width": 10,
        "height": 10,
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    result = load_sound(json.dumps(document(lambda d: d["project"].update(assets={"big": entry}))))
    assert result.project.assets == {}
    assert result.warnings == ("Image 'big' was removed: it is larger than the limit.",)


def test_millions_of_empty_objects_are_refused_before_parsing() -> None:
    text = '{"format": "mapstudio", "x": [' + "{}," * (MAX_CONTAINERS + 1) + "{}]}"
    expect_error(text, DamagedFileError, "far more entries than a project can have")


def test_millions_of_values_are_refused_before_parsing() -> None:
    text = "[" + "0," * (MAX_VALUES + 1) + "0]"
    expect_error(text, NotAProjectFileError, "not a readable JSON document")


def test_deep_nesting_far_beyond_the_limit_is_quick() -> None:
    depth = 2_000_000
    expect_error("[" * depth + "]" * depth, NotAProjectFileError, "nested far deeper")
    expect_error('{"a":' * depth, NotAProjectFileError, "nested far deeper")


def test_huge_unknown_field_survives() -> None:
    doc = document(lambda d: d["project"].update(x_notes=["n" * 1000] * 1000))
    result = load_sound(json.dumps(doc))
    assert len(result.project.model_dump()["x_notes"]) == 1000


def test_lone_surrogates_anywhere_are_replaced_and_the_project_saves() -> None:
    # "\ud800" escapes are valid JSON but no character UTF-8 can store. In an unknown
    # field's value they loaded silently and then made every save fail; as an unknown
    # key they cost a whole card, or (at the project's level) the whole file.
    doc = document()
    doc["project"]["x_top\ud800"] = "kept"
    card = checkout(doc)["cards"][0]
    card["x_note"] = {"by": "Ana \udc00", "\udbff": 1}
    card["title"] = "Slow \ud800 checkout"
    cards = len(checkout(doc)["cards"])
    result = load_sound(json.dumps(doc))  # escapes: ensure_ascii is json.dumps' default
    loaded = result.project.maps[0].cards[0]
    assert len(result.project.maps[0].cards) == cards
    assert loaded.title == "Slow \ufffd checkout"
    assert loaded.model_extra == {"x_note": {"by": "Ana \ufffd", "\ufffd": 1}}
    assert result.project.model_extra == {"x_top\ufffd": "kept"}
    assert any("cannot be stored" in warning for warning in result.warnings), result.warnings


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_a_device_is_not_a_project_file(tmp_path: Path) -> None:
    # The watchdog fails this test if the FIFO is opened for reading and blocks.
    fifo = tmp_path / "Pipe.mapstudio"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        if not path.exists():
            continue
        with pytest.raises(FileAccessError) as info:
            load_project(path)  # the FIFO blocked for good; /dev/zero read 64 MB
        assert info.value.message == (
            f"'{path.name}' is not a project file: it is a pipe, a device or a socket."
        )
