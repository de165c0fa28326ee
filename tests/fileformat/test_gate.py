"""One gate for untrusted data: whatever passes it can be saved and opened again.

Pasted cards go through the loader's checks; unknown fields keep the model's limits in
files and pastes alike; saving and recovery copies refuse, with a plain message and
nothing written, a project whose file the loader would refuse.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from mapstudio.edit import PasteCards
from mapstudio.fileformat import (
    DEFAULT_MAX_BYTES,
    ProjectSaveError,
    dumps_project,
    load_project,
    loads_project,
    save_project,
)
from mapstudio.fileformat.constants import MAX_CONTAINERS, MAX_DEPTH, MAX_INT_DIGITS, MAX_VALUES
from mapstudio.fileformat.gate import (
    MAX_CLIPBOARD_CARDS,
    ProjectLimitError,
    check_project,
    encode_project,
    read_pasted_cards,
)
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.model import Card, Project, blank_project, integrity_problems
from mapstudio.model.types import (
    MAX_ASSETS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_LANES,
    MAX_LIST_ITEMS,
    MAX_MAPS,
    MAX_PERSONAS,
    MAX_SCALE_STEPS,
    MAX_STAGES,
    MAX_TAGS,
)
from mapstudio.model.unknown import MAX_UNKNOWN_DEPTH, MAX_UNKNOWN_VALUES

SAVED_AT = "2026-03-01T09:30:00Z"


def nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


def clipboard(*cards: dict[str, Any], raw: str | None = None) -> bytes:
    """The clipboard's JSON for these card records (NaN and Infinity written as is)."""
    if raw is not None:
        return raw.encode("utf-8")
    payload = {"format": "mapstudio-cards", "version": 1, "cards": list(cards)}
    return json.dumps(payload, allow_nan=True).encode("utf-8")


def card(**extra: Any) -> dict[str, Any]:
    return {"id": "c1", "lane_id": "l", "stage_id": "s", "title": "Pasted", **extra}


def paste(project: Project, cards: tuple[Card, ...]) -> Project:
    """The project with the cards pasted into its first actions cell."""
    journey_map = project.maps[0]
    lane = journey_map.lanes[0]
    stage = journey_map.stages[0]
    return PasteCards(journey_map.id, cards, journey_map.bands[0], lane.id, stage.id).apply(project)


def saves_and_reopens(project: Project, folder: Path) -> None:
    path = folder / "Pasted.mapstudio"
    save_project(project, path)
    again = load_project(path)
    assert again.warnings == ()
    assert again.project == project


# -- pasted cards -------------------------------------------------------------------------

HOSTILE_PASTES = {
    "NaN": clipboard(
        raw='{"format": "mapstudio-cards", "cards": [{"lane_id": "l", '
        '"stage_id": "s", "x_score": NaN}]}'
    ),
    "Infinity": clipboard(card(x_score=math.inf)),
    "huge integer": clipboard(
        raw='{"format": "mapstudio-cards", "cards": [{"lane_id": "l", '
        '"stage_id": "s", "x_id": ' + "9" * 5000 + "}]}"
    ),
    "deep nesting": clipboard(card(x_tree=nested(MAX_DEPTH))),
    "millions of containers": clipboard(
        raw='{"format": "mapstudio-cards", "cards": [{'
        '"lane_id": "l", "stage_id": "s", "x_many": [' + "[]," * (MAX_CONTAINERS + 10) + "[]]}]}"
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE_PASTES))
def test_hostile_paste_is_refused_or_cleaned_and_the_project_still_saves(
    name: str, tmp_path: Path
) -> None:
    pasted = read_pasted_cards(HOSTILE_PASTES[name])
    project = blank_project()
    if pasted.cards:
        project = paste(project, pasted.cards)
    else:
        assert pasted.refused.startswith("The clipboard cannot be pasted as cards: ")
        assert "\n" not in pasted.refused
    saves_and_reopens(project, tmp_path)


def test_unknown_fields_nested_too_deep_are_removed_and_the_card_kept() -> None:
    pasted = read_pasted_cards(clipboard(card(x_tree=nested(MAX_UNKNOWN_DEPTH + 1), x_ok=1)))
    [kept] = pasted.cards
    assert kept.title == "Pasted"
    assert kept.model_extra == {}
    assert any("are nested more than 16 levels deep and were removed" in w for w in pasted.warnings)


def test_unknown_fields_within_the_limits_are_pasted() -> None:
    extra = {"x_votes": [1, 2.5, None, True, "five"], "x_tree": nested(MAX_UNKNOWN_DEPTH)}
    [kept] = read_pasted_cards(clipboard(card(**extra))).cards
    assert kept.model_extra == extra


def test_pasted_cards_are_repaired_like_cards_of_a_file() -> None:
    records = [
        card(title="T" * 300, severity=9, body="bell\x07 and\r\nbreak"),
        card(lane_id=None),  # no cell at all: left out
        "not a card",
    ]
    pasted = read_pasted_cards(clipboard(*records))
    [kept] = pasted.cards
    assert len(kept.title) == 200
    assert kept.severity == 5
    assert kept.body == "bell and\nbreak"
    assert len(pasted.warnings) >= 4


def test_a_paste_takes_at_most_its_limit_of_cards() -> None:
    records = [card(id=f"c{i}") for i in range(MAX_CLIPBOARD_CARDS + 3)]
    pasted = read_pasted_cards(clipboard(*records))
    assert len(pasted.cards) == MAX_CLIPBOARD_CARDS
    assert f"Only the first {MAX_CLIPBOARD_CARDS:,} of" in pasted.warnings[0]


def test_somebody_elses_json_is_not_cards_and_not_an_error() -> None:
    assert (
        read_pasted_cards(b'{"format": "other", "cards": []}') == type(read_pasted_cards(b"{}"))()
    )
    assert read_pasted_cards(b"\xff\xfe not text").refused


# -- unknown fields in files ----------------------------------------------------------------


def test_unknown_fields_of_a_file_keep_the_same_limits(minimal_document, tmp_path) -> None:
    checkout = minimal_document["project"]["maps"][0]
    checkout["cards"][0]["x_tree"] = nested(MAX_UNKNOWN_DEPTH + 1)
    checkout["cards"][0]["x_fine"] = {"a": [1, 2]}
    result = loads_project(json.dumps(minimal_document))
    loaded = result.project.maps[0].cards[0]
    assert loaded.model_extra == {}  # the record's unknown fields go together
    assert len(result.warnings) == 1
    assert "fields from a newer mapstudio ('x_tree', 'x_fine')" in result.warnings[0]
    # A newer version's content, not damage: the window opens the file read-only.
    assert result.beyond_limits == result.warnings
    saves_and_reopens(result.project, tmp_path)


def test_unknown_fields_of_a_project_are_bounded_in_all(minimal_document) -> None:
    checkout = minimal_document["project"]["maps"][0]
    half = MAX_UNKNOWN_VALUES // 2
    checkout["cards"][0]["x_many"] = [0] * half
    checkout["stages"][0]["x_many"] = [0] * half  # together past the limit
    result = loads_project(json.dumps(minimal_document))
    kept = result.project.maps[0]
    assert len(kept.stages[0].model_extra["x_many"]) == half
    assert kept.cards[0].model_extra == {}
    assert "past the 200,000 values of such fields it keeps" in " ".join(result.beyond_limits)


def test_unknown_envelope_fields_keep_the_same_limits(minimal_document) -> None:
    minimal_document["x_tree"] = nested(MAX_UNKNOWN_DEPTH + 1)
    result = loads_project(json.dumps(minimal_document))
    assert "__mapstudio_envelope__" not in (result.project.model_extra or {})
    assert result.warnings[-1].startswith("The file's fields from a newer mapstudio ('x_tree')")
    assert result.beyond_limits == (result.warnings[-1],)


def test_the_model_refuses_unknown_fields_it_could_not_save() -> None:
    for value in (math.nan, math.inf, 10**MAX_INT_DIGITS, nested(MAX_UNKNOWN_DEPTH + 1), b"x"):
        with pytest.raises(ValueError, match="its unknown fields"):
            Card(lane_id="l", stage_id="s", x_value=value)


# -- saving: never a file the loader refuses ------------------------------------------------


def test_save_refuses_a_project_over_the_size_limit_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "Big.mapstudio"
    save_project(blank_project(), path)
    before = path.read_bytes()
    big = blank_project("Big")
    size = len(encode_project(big))
    save_project(big, tmp_path / "Fits.mapstudio", max_bytes=size)
    with pytest.raises(ProjectSaveError) as info:
        save_project(big, path, max_bytes=size - 1)
    assert info.value.message.startswith("Could not save 'Big.mapstudio': its file would take ")
    assert "more than the" in info.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Big.mapstudio", "Fits.mapstudio"]


def too_many_cards() -> Project:
    """Two maps that each keep the per-map limit but together pass the project's."""
    project = blank_project()
    journey_map = project.maps[0]
    lane, stage = journey_map.lanes[0].id, journey_map.stages[0].id
    persona = journey_map.bands[0]
    cards = tuple(
        Card(id=f"c{i}", lane_id=lane, stage_id=stage, persona_id=persona, order=i)
        for i in range(MAX_CARDS // 2 + 1)
    )
    half = journey_map.model_copy(update={"cards": cards})
    other = half.model_copy(update={"id": "second"})
    return project.model_copy(update={"maps": (half, other)})


def test_save_refuses_a_project_past_the_models_totals(tmp_path: Path) -> None:
    # Commands keep the totals; a project put together some other way is still checked.
    too_many = too_many_cards()
    with pytest.raises(ProjectSaveError, match=f"a project holds at most {MAX_CARDS:,}"):
        save_project(too_many, tmp_path / "Many.mapstudio")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ProjectLimitError):
        check_project(too_many)
    with pytest.raises(ValueError, match="a project holds at most"):
        Project.model_validate(dict(too_many))


def test_a_recovery_copy_the_loader_would_refuse_is_not_written(tmp_path: Path) -> None:
    good = blank_project()
    store = RecoveryStore(tmp_path)
    store.write("00112233aabbccdd", good, None)
    with pytest.raises(ProjectSaveError, match=r"^Could not keep a recovery copy: it has "):
        store.write("00112233aabbccdd", too_many_cards(), None)
    [entry] = store.entries()
    assert store.load(entry).project == good  # the last good copy stays
    store.close()


# -- the limits fit together ------------------------------------------------------------------


def test_the_models_limits_fit_the_loaders_limits() -> None:
    """Depth, lists and objects, and values of the largest project the model accepts stay
    within what the loader reads, so only the file's size needs checking on save."""
    stages, lanes = MAX_MAPS * MAX_STAGES, MAX_MAPS * MAX_LANES
    # Own lists and objects per record: a card and its tags; a persona and its three
    # lists; a map, its five lists and its scale with its labels; the envelope and the
    # project with its three collections.
    containers = (
        5
        + MAX_PERSONAS * 4
        + MAX_ASSETS
        + MAX_MAPS * 8
        + stages
        + lanes
        + MAX_CARDS * 2
        + MAX_EMOTION_POINTS
        + MAX_UNKNOWN_VALUES  # each unknown value could be an empty list
    )
    assert containers <= MAX_CONTAINERS
    # Values: every field of every record, every list entry, every unknown value.
    values = (
        12
        + MAX_PERSONAS * (10 + 3 * MAX_LIST_ITEMS)
        + MAX_ASSETS * 6
        + MAX_MAPS * (8 + MAX_PERSONAS + 3 + MAX_SCALE_STEPS)
        + stages * 3
        + lanes * 4
        + MAX_CARDS * (18 + MAX_TAGS)
        + MAX_EMOTION_POINTS * 7
        + MAX_UNKNOWN_VALUES
    )
    assert values <= MAX_VALUES
    # A card's tag sits 7 levels deep; a record is at most 6 levels deep.
    assert 6 + MAX_UNKNOWN_DEPTH <= MAX_DEPTH


def test_the_size_limit_is_the_loaders() -> None:
    project = blank_project()
    text = dumps_project(project, saved_at=SAVED_AT).encode("utf-8")
    assert encode_project(project, saved_at=SAVED_AT) == text
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024
    assert integrity_problems(project) == []


def test_an_import_past_a_maps_limits_is_refused_in_plain_words() -> None:
    from mapstudio.model import Stage

    project = blank_project()
    journey_map = project.maps[0]
    stages = tuple(Stage(name=f"S{i}") for i in range(MAX_STAGES + 1))
    wide = project.model_copy(update={"maps": (journey_map.model_copy(update={"stages": stages}),)})
    with pytest.raises(ProjectLimitError) as info:
        check_project(wide)
    assert info.value.message == (
        f"The project cannot be kept: its map 'Customer journey' has {MAX_STAGES + 1} "
        f"stages, and a map has at most {MAX_STAGES}."
    )
