"""Pasted cards pass the loader's gate: whatever is pasted, the project still saves and
opens again, and nothing raises into the crash dialog.

Before, the clipboard was read with json.loads and Card.model_validate only: NaN,
Infinity, a 5,000-digit integer, deep nesting or millions of lists in a card's unknown
fields got into the project, so every later save failed or wrote a file the app then
refused to open, and the integer raised straight out of the paste.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData

from mapstudio.edit import PasteCards
from mapstudio.fileformat import load_project, save_project
from mapstudio.fileformat.constants import MAX_CONTAINERS, MAX_DEPTH
from mapstudio.model import Project, blank_project
from mapstudio.ui.canvas.clipboard import (
    CARDS_MIME,
    cards_from_mime,
    cards_to_mime,
    read_clipboard,
)


def card_with(value: str) -> str:
    """A card's JSON whose unknown field holds `value`, written as is."""
    return '{"lane_id": "l", "stage_id": "s", "title": "Pasted", "x_field": ' + value + "}"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


PAYLOADS = {
    "NaN": card_with("NaN"),
    "Infinity": card_with("Infinity"),
    "-Infinity": card_with("-Infinity"),
    "1e400": card_with("1e400"),
    "5,000-digit integer": card_with("9" * 5000),
    "nesting past the file's limit": card_with(nested(MAX_DEPTH + 5)),
    "nesting within a paste, past a file": card_with(nested(MAX_DEPTH - 3)),
    "millions of lists": card_with("[" + "[]," * (MAX_CONTAINERS + 1) + "[]]"),
    "a million lists": card_with("[" + "[]," * (MAX_CONTAINERS // 2) + "[]]"),
    # JSON escapes of lone surrogates: valid JSON, but no character UTF-8 can store.
    "a lone surrogate in an unknown field": card_with('{"by": "Ana \\ud800"}'),
    "a lone surrogate as an unknown key": card_with('{"\\udc00": 1}'),
    "a lone surrogate in a title": card_with("1").replace('"Pasted"', '"Past\\udbffed"'),
}


def mime_with(cards_json: str) -> QMimeData:
    mime = QMimeData()
    text = '{"format": "mapstudio-cards", "version": 1, "cards": [' + cards_json + "]}"
    mime.setData(CARDS_MIME, text.encode("utf-8"))
    return mime


def paste_all(project: Project, mime: QMimeData, times: int = 1) -> Project:
    journey_map = project.maps[0]
    lane, stage, persona = journey_map.lanes[0].id, journey_map.stages[0].id, journey_map.bands[0]
    for _ in range(times):
        cards = cards_from_mime(mime)
        if cards:
            command = PasteCards(journey_map.id, tuple(cards), persona, lane, stage)
            project = command.apply(project)
    return project


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_whatever_is_pasted_the_project_saves_and_opens_again(name: str, tmp_path: Path) -> None:
    project = paste_all(blank_project(), mime_with(PAYLOADS[name]), times=3)
    path = tmp_path / "Pasted.mapstudio"
    save_project(project, path)  # raised ProjectSaveError (NaN) or wrote an unreadable file
    reopened = load_project(path)
    assert reopened.warnings == ()
    assert reopened.project == project


def test_a_refused_paste_says_why_in_plain_words() -> None:
    pasted = read_clipboard(mime_with(PAYLOADS["5,000-digit integer"]))
    assert pasted.cards == ()
    assert pasted.refused == (
        "The clipboard cannot be pasted as cards: it contains a number that is far too large."
    )


def test_unknown_fields_that_fit_are_pasted_and_kept(tmp_path: Path) -> None:
    fields: dict[str, Any] = {"x_votes": [1, 2.5, None, True], "x_meta": {"by": "Ana"}}
    card = {"lane_id": "l", "stage_id": "s", "title": "Pasted", **fields}
    project = paste_all(blank_project(), mime_with(json.dumps(card)))
    pasted = next(c for c in project.maps[0].cards if c.title == "Pasted")
    assert pasted.model_extra == fields
    path = tmp_path / "Kept.mapstudio"
    save_project(project, path)
    assert load_project(path).project == project


def test_cards_copied_from_the_app_paste_back_unchanged() -> None:
    project = blank_project()
    journey_map = project.maps[0]
    source = paste_all(
        project, mime_with('{"lane_id": "l", "stage_id": "s", "title": "T", "severity": 3}')
    )
    cards = list(source.maps[0].cards)
    again = cards_from_mime(cards_to_mime(cards, journey_map))
    assert again == cards


def test_save_refuses_in_plain_words_and_leaves_the_file(example_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    """A project the loader would refuse is not written: the message says why and the
    file on disk keeps its last good version."""
    from mapstudio.model import Card
    from mapstudio.model.types import MAX_CARDS

    window = example_window
    path = window.document.path
    before = path.read_bytes()
    project = window.document.project
    first = project.maps[0]
    lane = next(ln for ln in first.lanes if ln.kind.value == "actions")
    cards = tuple(
        Card(id=f"many{i}", lane_id=lane.id, stage_id=first.stages[0].id,
             persona_id=first.bands[0], order=i)
        for i in range(MAX_CARDS + 1)
    )  # fmt: skip
    # Built outside the commands (which would refuse it), as a broken plug-in might.
    too_big = project.model_copy(update={"maps": (first.model_copy(update={"cards": cards}),)})
    window.document.replace_project(too_big, path)
    assert not window.save()
    assert dialogs.texts[-1] == (
        f"Could not save '{path.name}': it has {MAX_CARDS + 1:,} cards, and a project "
        f"holds at most {MAX_CARDS:,}."
    )
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
