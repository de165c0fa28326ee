"""Every way a file can fail to load gives its own typed error and a plain message."""

from __future__ import annotations

import json
import os
import re

import pytest

from mapstudio._version import __version__
from mapstudio.fileformat import (
    DEFAULT_MAX_BYTES,
    DamagedFileError,
    FileAccessError,
    FileTooLargeError,
    NewerVersionError,
    NotAProjectFileError,
    ProjectFileError,
    load_project,
    loads_project,
)
from mapstudio.fileformat import load as load_module

# Words that must never reach a designer: jargon and traceback debris.
JARGON = re.compile(r"Traceback|Error\b|JSON[A-Z]|pydantic|\bdict\b|\bNone\b|errno|\\x", re.I)


def assert_plain(error: ProjectFileError) -> None:
    assert str(error) == error.message
    assert error.message.endswith(".")
    assert "\n" not in error.message
    assert not JARGON.search(error.message), error.message
    assert isinstance(error.details, str)


@pytest.mark.parametrize(
    ("fixture", "error_class", "words"),
    [
        ("empty.mapstudio", NotAProjectFileError, "empty"),
        ("not_json.mapstudio", NotAProjectFileError, "not a mapstudio project"),
        ("binary.mapstudio", NotAProjectFileError, "binary"),
        ("utf16.mapstudio", NotAProjectFileError, "UTF-16"),
        ("wrong_envelope.mapstudio", NotAProjectFileError, "not a mapstudio project"),
        ("deep_nesting.mapstudio", NotAProjectFileError, "nested"),
        ("truncated.mapstudio", DamagedFileError, "ends too early"),
        ("nan.mapstudio", DamagedFileError, "NaN"),
        ("huge_int.mapstudio", DamagedFileError, "too large"),
        ("newer_version.mapstudio", NewerVersionError, "Update mapstudio"),
    ],
)
def test_bad_fixture_raises_typed_plain_error(fixtures_dir, fixture, error_class, words) -> None:
    with pytest.raises(error_class) as info:
        load_project(fixtures_dir / fixture)
    assert words in info.value.message
    assert_plain(info.value)


def test_newer_version_names_both_app_versions(fixtures_dir) -> None:
    with pytest.raises(NewerVersionError) as info:
        load_project(fixtures_dir / "newer_version.mapstudio")
    error = info.value
    assert error.version == 3
    assert error.app_version == "0.9.0"
    assert error.message == (
        f"This file was made by mapstudio 0.9.0 (file format 3); this is mapstudio "
        f"{__version__}, which reads format 2. Update mapstudio to open it."
    )


def test_newer_version_without_app_version(minimal_document) -> None:
    minimal_document["version"] = 3
    del minimal_document["app_version"]
    with pytest.raises(NewerVersionError) as info:
        loads_project(json.dumps(minimal_document))
    assert info.value.app_version is None
    assert "made by a newer mapstudio (file format 3)" in info.value.message


def test_newer_version_is_refused_before_its_content_is_read(minimal_document) -> None:
    minimal_document["version"] = 99
    minimal_document["project"] = "a format we know nothing about"
    with pytest.raises(NewerVersionError):
        loads_project(json.dumps(minimal_document))


def test_huge_file_is_refused_before_reading(fixtures_dir, monkeypatch) -> None:
    path = fixtures_dir / "minimal.mapstudio"
    size = path.stat().st_size

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened although it is too large")

    monkeypatch.setattr(type(path), "open", no_reading)
    with pytest.raises(FileTooLargeError) as info:
        load_project(path, max_bytes=size - 1)
    assert info.value.size == size
    assert info.value.max_bytes == size - 1
    assert "'minimal.mapstudio' is too large to open" in info.value.message
    assert_plain(info.value)


def test_file_that_grows_after_stat_is_still_refused(fixtures_dir, monkeypatch, tmp_path) -> None:
    path = tmp_path / "growing.mapstudio"
    path.write_bytes((fixtures_dir / "minimal.mapstudio").read_bytes())
    real_stat = type(path).stat

    def small_stat(self, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        return os.stat_result((*result[:6], 10, *result[7:]))  # st_size = 10

    monkeypatch.setattr(type(path), "stat", small_stat)
    with pytest.raises(FileTooLargeError):
        load_project(path, max_bytes=100)


def test_loads_refuses_data_over_the_limit() -> None:
    with pytest.raises(FileTooLargeError) as info:
        loads_project(b"{" + b" " * 100 + b"}", max_bytes=50)
    assert info.value.message.startswith("This file is too large to open")
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024


def test_missing_file(tmp_path) -> None:
    with pytest.raises(FileAccessError) as info:
        load_project(tmp_path / "Gone.mapstudio")
    assert "'Gone.mapstudio' was not found" in info.value.message
    assert_plain(info.value)


def test_folder_instead_of_file(tmp_path) -> None:
    folder = tmp_path / "Folder.mapstudio"
    folder.mkdir()
    with pytest.raises(FileAccessError) as info:
        load_project(folder)
    assert "'Folder.mapstudio'" in info.value.message
    assert_plain(info.value)


def test_permission_denied(tmp_path, monkeypatch, fixtures_dir) -> None:
    path = tmp_path / "Locked.mapstudio"
    path.write_bytes((fixtures_dir / "minimal.mapstudio").read_bytes())

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    # The loader opens the file with os.open (without waiting, for FIFOs).
    monkeypatch.setattr(load_module.os, "open", refuse)
    with pytest.raises(FileAccessError) as info:
        load_project(path)
    monkeypatch.undo()
    assert info.value.message == "You do not have permission to open 'Locked.mapstudio'."


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t ", "", "\ufeff"],
)
def test_empty_data(data) -> None:
    with pytest.raises(NotAProjectFileError) as info:
        loads_project(data)
    assert info.value.message == "The file is empty."


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe{\x00}\x00",  # UTF-16 LE with BOM
        b"{\x00}\x00",  # UTF-16 without BOM: NUL bytes
        b"\xff\xd8\xff\xe0 a JPEG",  # not UTF-8
        b'{"format": "mapstudio", "x": "caf\xe9"}',  # Latin-1
        '{"format": "mapstudio\u0000"}',
    ],
)
def test_wrong_encodings_and_binary(data) -> None:
    with pytest.raises(NotAProjectFileError) as info:
        loads_project(data)
    assert_plain(info.value)


def test_depth_guard_runs_before_the_parser() -> None:
    # Deep enough to crash json.loads with RecursionError if it ever got there.
    with pytest.raises(NotAProjectFileError):
        loads_project("[" * 200_000 + "]" * 200_000)
    with pytest.raises(NotAProjectFileError):
        loads_project('{"format": "mapstudio", "a": ' + "[" * 100_000)


def test_brackets_inside_strings_do_not_count_as_nesting(minimal_document) -> None:
    minimal_document["project"]["title"] = "[[[[{{{{" * 50 + '\\"]]]'
    result = loads_project(json.dumps(minimal_document))
    assert result.project.title.startswith("[[[[{{{{")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_numbers_are_refused(minimal_document, literal) -> None:
    text = json.dumps(minimal_document).replace('"severity": 4', f'"severity": {literal}')
    with pytest.raises(DamagedFileError) as info:
        loads_project(text)
    assert literal in info.value.message


def test_json_that_is_not_ours(minimal_document) -> None:
    for document in ([minimal_document], "mapstudio", 7, {"format": "other", "version": 1}):
        with pytest.raises(NotAProjectFileError):
            loads_project(json.dumps(document))


@pytest.mark.parametrize("version", [None, "1", 1.0, True, -1, [1]])
def test_unreadable_version(minimal_document, version) -> None:
    minimal_document["version"] = version
    with pytest.raises(DamagedFileError) as info:
        loads_project(json.dumps(minimal_document))
    assert info.value.message == "The file is damaged: its format version is missing or unreadable."
    assert info.value.where == ""


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.pop("project"), "the project is missing"),
        (lambda d: d.update(project=[1, 2]), "the project is not readable"),
        (lambda d: d["project"].update(maps=[]), "it contains no maps"),
        (lambda d: d["project"].pop("maps"), "it contains no maps"),
        (lambda d: d["project"].update(maps={"a": 1}), "the list of maps is not readable"),
        (lambda d: d["project"].update(personas="Ana"), "the list of personas is not readable"),
        (lambda d: d["project"].update(assets=[]), "the list of images is not readable"),
        (lambda d: d["project"]["maps"].append("Checkout"), "map 2: it is not readable"),
        (
            lambda d: d["project"]["maps"][0].pop("title"),
            "map 1: title is missing",
        ),
        (
            lambda d: d["project"]["maps"][0].update(cards={}),
            "map 'Checkout': the list of cards is not readable",
        ),
        (lambda d: d["project"]["personas"][0].pop("name"), "persona 1: name is missing"),
        (
            lambda d: d["project"]["personas"][0].update(name=["Ana"]),
            "persona 1: name must be text",
        ),
        (lambda d: d["project"]["personas"].append(None), "persona 2: it is not readable"),
    ],
)
def test_structurally_broken_files_are_damaged(minimal_document, change, words) -> None:
    change(minimal_document)
    with pytest.raises(DamagedFileError) as info:
        loads_project(json.dumps(minimal_document))
    assert info.value.message == f"The file is damaged: {words}."
    assert_plain(info.value)


def test_damaged_error_names_where() -> None:
    error = DamagedFileError("map 'Checkout', card 3", "severity must be 1..5")
    assert error.where == "map 'Checkout', card 3"
    assert str(error) == "The file is damaged: map 'Checkout', card 3: severity must be 1..5."


def test_all_errors_share_the_base_class() -> None:
    for cls in (
        NotAProjectFileError,
        NewerVersionError,
        DamagedFileError,
        FileTooLargeError,
        FileAccessError,
    ):
        assert issubclass(cls, ProjectFileError)
    assert issubclass(ProjectFileError, Exception)
