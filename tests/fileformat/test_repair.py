"""Repairs: each problem is fixed or its record dropped, with one plain warning, and the
rest of the project is kept."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from mapstudio.fileformat import DamagedFileError, LoadResult, dumps_project, loads_project
from mapstudio.model import EmotionScale, integrity_problems
from mapstudio.model.types import MAX_NAME, MAX_STAGES, MAX_TAGS

from .conftest import JPEG_BYTES, PNG_BYTES


def load(document: dict[str, Any]) -> LoadResult:
    """Load a document and check that the result is sound and stays sound."""
    result = loads_project(json.dumps(document))
    assert integrity_problems(result.project) == []
    # A repaired project saves as a clean file: repairs never need repeating.
    again = loads_project(dumps_project(result.project))
    assert again.warnings == ()
    assert again.project == result.project
    return result


def checkout(document: dict[str, Any]) -> dict[str, Any]:
    return document["project"]["maps"][0]


def card(**fields: Any) -> dict[str, Any]:
    base = {"lane_id": "l-actions", "stage_id": "s-search", "persona_id": "p-ana", "title": "New"}
    return {**base, **fields}


def card_titles(result: LoadResult) -> list[str]:
    return [c.title for c in result.project.maps[0].cards]


def image(data: bytes = PNG_BYTES, mime: str = "image/png", **fields: Any) -> dict[str, Any]:
    import hashlib

    return {
        "mime": mime,
        "data": base64.b64encode(data).decode(),
        "width": 1,
        "height": 1,
        "sha256": hashlib.sha256(data).hexdigest(),
        **fields,
    }


# -- references --------------------------------------------------------------------------


def test_card_on_a_missing_stage_is_dropped_and_the_rest_kept(minimal_document) -> None:
    checkout(minimal_document)["cards"].insert(1, card(title="Slow checkout", stage_id="gone"))
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', card 2 ('Slow checkout') pointed to a stage that no longer exists "
        "and was removed.",
    )
    assert card_titles(result) == ["Searches for a gift", "Slow checkout", "Stock check"]
    assert "gone" not in {c.stage_id for c in result.project.maps[0].cards}


def test_card_on_a_missing_lane_is_dropped(minimal_document) -> None:
    checkout(minimal_document)["cards"].append(card(lane_id="nowhere"))
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', card 4 ('New') pointed to a lane that no longer exists and was removed.",
    )
    assert len(result.project.maps[0].cards) == 3


def test_card_of_a_persona_not_on_the_map_is_dropped(minimal_document) -> None:
    checkout(minimal_document)["cards"].append(card(persona_id="p-ghost"))
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', card 4 ('New') belonged to a persona who is not shown on the map and "
        "was removed.",
    )


def test_card_in_a_persona_lane_without_a_persona_is_dropped(minimal_document) -> None:
    checkout(minimal_document)["cards"].append(card(persona_id=None, title=""))
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', card 4 sat in a persona lane without a persona and was removed.",
    )


def test_card_in_an_emotions_lane_is_dropped(minimal_document) -> None:
    checkout(minimal_document)["cards"].append(card(lane_id="l-emotions"))
    result = load(minimal_document)
    assert len(result.warnings) == 1
    assert "emotions lane" in result.warnings[0] and "was removed" in result.warnings[0]
    assert len(result.project.maps[0].cards) == 3


def test_card_in_a_shared_lane_loses_its_persona(minimal_document) -> None:
    checkout(minimal_document)["cards"][2]["persona_id"] = "p-ana"
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', card 3 ('Stock check') sat in a shared lane but belonged to a "
        "persona; it now belongs to the shared lane.",
    )
    assert result.project.maps[0].cards[2].persona_id is None


def test_emotion_points_with_broken_references_are_dropped(minimal_document) -> None:
    points = checkout(minimal_document)["emotion_points"]
    points.append({"persona_id": "p-ghost", "stage_id": "s-search", "score": 0})
    points.append({"persona_id": "p-ana", "stage_id": "gone", "score": 0, "feeling": "calm"})
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', emotion point 3 belonged to a persona who is not shown on the map "
        "and was removed.",
        "Map 'Checkout', emotion point 4 ('calm') pointed to a stage that no longer exists "
        "and was removed.",
    )
    assert len(result.project.maps[0].emotion_points) == 2


def test_bands_of_unknown_or_repeated_personas_are_removed(minimal_document) -> None:
    checkout(minimal_document)["bands"] = ["p-ana", "p-ghost", "p-ana", 7]
    result = load(minimal_document)
    assert result.project.maps[0].bands == ("p-ana",)
    assert result.warnings == (
        "Map 'Checkout': a band showed a persona that does not exist and was removed.",
        "Map 'Checkout': a persona was shown twice; the second band was removed.",
        "Map 'Checkout': a band showed a persona that does not exist and was removed.",
    )


def test_cards_of_a_removed_band_go_with_it(minimal_document) -> None:
    checkout(minimal_document)["bands"] = []
    result = load(minimal_document)
    assert card_titles(result) == ["Stock check"]  # the shared-lane card stays
    assert result.project.maps[0].emotion_points == ()


def test_missing_pictures_are_cleared(minimal_document) -> None:
    minimal_document["project"]["personas"][0]["photo_asset_id"] = "no-such-image"
    checkout(minimal_document)["cards"][0]["image_asset_id"] = "no-such-image"
    result = load(minimal_document)
    assert result.warnings == (
        "Persona 1 ('Ana'): its photo was missing and was cleared.",
        "Map 'Checkout', card 1 ('Searches for a gift'): its picture was missing and was cleared.",
    )
    assert result.project.personas[0].photo_asset_id is None
    assert result.project.maps[0].cards[0].image_asset_id is None


def test_dangling_future_state_link_is_cleared(minimal_document) -> None:
    checkout(minimal_document)["future_state_of"] = "m-gone"
    result = load(minimal_document)
    assert result.project.maps[0].future_state_of is None
    assert result.warnings == (
        "Map 'Checkout' referred to a current-state map that does not exist; the link was removed.",
    )


# -- duplicate ids -------------------------------------------------------------------------


def test_duplicate_card_id_gets_a_fresh_id(minimal_document) -> None:
    checkout(minimal_document)["cards"].append(card(id="c-search", title="Compares prices"))
    result = load(minimal_document)
    cards = result.project.maps[0].cards
    assert cards[0].id == "c-search"  # the first keeps its id
    assert cards[3].id != "c-search" and cards[3].title == "Compares prices"
    assert result.warnings == (
        "Map 'Checkout', card 4 ('Compares prices') had the same id as another card and was "
        "given a new one.",
    )


@pytest.mark.parametrize(
    ("collection", "extra", "noun"),
    [
        ("stages", {"id": "s-search", "name": "Again"}, "stage"),
        ("lanes", {"id": "l-actions", "kind": "notes", "title": "Again"}, "lane"),
        (
            "emotion_points",
            {"id": "e-1", "persona_id": "p-ana", "stage_id": "s-search", "feeling": "Again"},
            "emotion point",
        ),
    ],
)
def test_duplicate_ids_inside_a_map(minimal_document, collection, extra, noun) -> None:
    checkout(minimal_document)[collection].append(extra)
    result = load(minimal_document)
    records = getattr(result.project.maps[0], collection)
    assert (
        len({r.id for r in records}) == len(records) == len(checkout(minimal_document)[collection])
    )
    assert len(result.warnings) == 1
    assert f"had the same id as another {noun} and was given a new one" in result.warnings[0]


def test_duplicate_persona_and_map_ids(minimal_document) -> None:
    project = minimal_document["project"]
    project["personas"].append({"id": "p-ana", "name": "Ana's twin"})
    project["maps"].append({"id": "m-checkout", "title": "Future"})
    result = load(minimal_document)
    assert len({p.id for p in result.project.personas}) == 2
    assert len({m.id for m in result.project.maps}) == 2
    assert result.project.maps[0].bands == ("p-ana",)  # still the first Ana
    assert result.warnings == (
        "Persona 2 ('Ana's twin') had the same id as another persona and was given a new one.",
        "Map 'Future' had the same id as another map and was given a new one.",
    )


def test_invalid_id_is_replaced(minimal_document) -> None:
    checkout(minimal_document)["cards"][0]["id"] = "has spaces/and slashes"
    result = load(minimal_document)
    assert result.project.maps[0].cards[0].title == "Searches for a gift"
    assert result.warnings == (
        "Map 'Checkout', card 1 ('Searches for a gift'): its id was not valid and was replaced "
        "by a new one.",
    )


def test_missing_ids_are_given_quietly(minimal_document) -> None:
    del checkout(minimal_document)["cards"][0]["id"]
    result = load(minimal_document)
    assert result.warnings == ()
    assert result.project.maps[0].cards[0].id


# -- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [("severity", 9, 5), ("severity", 0, 1), ("impact", -3, 1), ("effort", 6, 5)],
)
def test_levels_are_clamped(minimal_document, field, value, expected) -> None:
    checkout(minimal_document)["cards"][1][field] = value
    result = load(minimal_document)
    assert getattr(result.project.maps[0].cards[1], field) == expected
    assert result.warnings == (
        f"Map 'Checkout', card 2 ('Slow checkout'): {field} was {value}, outside the allowed "
        f"range, and was set to {expected}.",
    )


def test_fractional_level_is_rounded(minimal_document) -> None:
    checkout(minimal_document)["cards"][1]["severity"] = 3.6
    result = load(minimal_document)
    assert result.project.maps[0].cards[1].severity == 4
    assert result.warnings == (
        "Map 'Checkout', card 2 ('Slow checkout'): severity was 3.6 and was rounded to 4.",
    )


def test_offset_is_clamped(minimal_document) -> None:
    checkout(minimal_document)["emotion_points"][0]["offset"] = -0.5
    result = load(minimal_document)
    assert result.project.maps[0].emotion_points[0].offset == 0.0
    assert result.warnings == (
        "Map 'Checkout', emotion point 1 ('curious'): offset was -0.5, outside the allowed "
        "range, and was set to 0.0.",
    )


def test_score_is_clamped_to_the_map_scale(minimal_document) -> None:
    checkout(minimal_document)["emotion_points"][1]["score"] = -40
    result = load(minimal_document)
    assert result.project.maps[0].emotion_points[1].score == -2
    assert result.warnings == (
        "Map 'Checkout', emotion point 2 ('frustrated'): score -40 was outside the map's "
        "scale (-2 to 2) and was set to -2.",
    )


def test_long_texts_are_shortened(minimal_document) -> None:
    checkout(minimal_document)["cards"][0]["title"] = "x" * (MAX_NAME + 50)
    checkout(minimal_document)["cards"][0]["tags"] = ["a" * 100, "ok"]
    result = load(minimal_document)
    first = result.project.maps[0].cards[0]
    assert first.title == "x" * MAX_NAME
    assert first.tags == ("a" * 60, "ok")
    assert len(result.warnings) == 2
    assert "title was longer than 200 characters and was shortened" in result.warnings[0]
    assert "tag 1 was longer than 60 characters and was shortened" in result.warnings[1]


def test_too_many_tags_and_bad_tags(minimal_document) -> None:
    checkout(minimal_document)["cards"][0]["tags"] = ["", 5, *[f"t{i}" for i in range(40)]]
    result = load(minimal_document)
    # The list is cut to the limit first, then its bad entries go; the card stays.
    assert result.project.maps[0].cards[0].tags == tuple(f"t{i}" for i in range(MAX_TAGS - 2))
    assert len(result.project.maps[0].cards) == 3
    assert [w.split(": ", 1)[1] for w in result.warnings] == [
        "tags had more than 30 entries; the rest were removed.",
        "tag 1 is empty, so it was removed.",
        "tag 2 must be text, so it was removed.",
    ]


def test_long_persona_goal_is_shortened_and_persona_kept(minimal_document) -> None:
    minimal_document["project"]["personas"][0]["goals"] = ["g" * 500]
    result = load(minimal_document)
    assert result.project.personas[0].goals == ("g" * MAX_NAME,)
    assert result.warnings == (
        "Persona 1 ('Ana'): goal 1 was longer than 200 characters and was shortened.",
    )


def test_a_card_that_cannot_be_fixed_is_dropped_and_the_rest_kept(minimal_document) -> None:
    cards = checkout(minimal_document)["cards"]
    cards[1]["severity"] = "high"
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', card 2 ('Slow checkout') was removed: severity must be a whole "
        "number from 1 to 5.",
    )
    assert card_titles(result) == ["Searches for a gift", "Stock check"]
    assert len(result.project.maps[0].stages) == 3
    assert len(result.project.maps[0].emotion_points) == 2


def test_unreadable_records_are_dropped(minimal_document) -> None:
    checkout(minimal_document)["cards"].append("just text")
    checkout(minimal_document)["stages"].append(None)
    result = load(minimal_document)
    assert result.warnings == (
        "Map 'Checkout', stage 4 was not readable and was removed.",
        "Map 'Checkout', card 4 was not readable and was removed.",
    )


def test_colours_and_channels_are_reset(minimal_document) -> None:
    minimal_document["project"]["personas"][0]["color"] = "blue"
    checkout(minimal_document)["cards"][0]["color"] = "#12345"
    checkout(minimal_document)["cards"][0]["channel"] = "fax"
    result = load(minimal_document)
    assert result.project.personas[0].color == "#4C78A8"
    first = result.project.maps[0].cards[0]
    assert first.color is None
    assert first.channel == "other"
    assert len(result.warnings) == 3


def test_bad_optional_persona_field_is_reset(minimal_document) -> None:
    minimal_document["project"]["personas"][0]["role"] = {"not": "text"}
    result = load(minimal_document)
    assert result.project.personas[0].role == ""
    assert result.warnings == (
        "Persona 1 ('Ana'): role must be text; it was reset to the default.",
    )


def test_bad_map_kind_is_reset(minimal_document) -> None:
    checkout(minimal_document)["kind"] = "imaginary"
    result = load(minimal_document)
    assert result.project.maps[0].kind == "current_state"
    assert len(result.warnings) == 1 and result.warnings[0].startswith("Map 'Checkout': kind")


def test_lane_scope_that_does_not_fit_its_kind_is_fixed(minimal_document) -> None:
    checkout(minimal_document)["lanes"][3]["scope"] = "persona"  # backstage is shared only
    result = load(minimal_document)
    assert result.project.maps[0].lanes[3].scope == "shared"
    assert card_titles(result) == ["Searches for a gift", "Slow checkout", "Stock check"]
    assert result.warnings == (
        "Map 'Checkout', lane 4 ('Backstage'): a backstage lane cannot be persona, so it was "
        "made shared.",
    )


def test_unknown_lane_kind_drops_the_lane_and_its_cards(minimal_document) -> None:
    checkout(minimal_document)["lanes"][0]["kind"] = "dreams"
    result = load(minimal_document)
    assert [lane.title for lane in result.project.maps[0].lanes] == [
        "Emotions",
        "Pain points",
        "Backstage",
    ]
    assert card_titles(result) == ["Slow checkout", "Stock check"]
    assert result.warnings[0].startswith("Map 'Checkout', lane 1 ('Actions') was removed: kind")
    assert "pointed to a lane that no longer exists" in result.warnings[1]


@pytest.mark.parametrize(
    "scale",
    [
        {"min": 2, "max": -2},
        {"min": -2, "max": 2, "labels": ["too", "few"]},
        "five steps",
        {"min": -500},
    ],
)
def test_invalid_emotion_scale_is_replaced_by_the_default(minimal_document, scale) -> None:
    checkout(minimal_document)["emotion_scale"] = scale
    result = load(minimal_document)
    assert result.project.maps[0].emotion_scale == EmotionScale()
    assert result.warnings == (
        "Map 'Checkout': its emotion scale was not valid and was replaced by the standard "
        "scale from -2 to +2.",
    )


def test_map_without_stages_is_fine(minimal_document) -> None:
    journey = checkout(minimal_document)
    journey["stages"] = []
    journey["cards"] = [c for c in journey["cards"] if False]
    journey["emotion_points"] = []
    result = load(minimal_document)
    assert result.warnings == ()
    assert result.project.maps[0].stages == ()


def test_too_many_stages_are_cut_to_the_limit(minimal_document) -> None:
    checkout(minimal_document)["stages"] += [{"name": f"S{i}"} for i in range(MAX_STAGES)]
    result = load(minimal_document)
    assert len(result.project.maps[0].stages) == MAX_STAGES
    expected = (
        f"Map 'Checkout' had {MAX_STAGES + 3} stages, more than the {MAX_STAGES} this version "
        f"of mapstudio holds; only the first {MAX_STAGES} were kept.",
    )
    assert result.warnings == expected
    # Valid content a newer limit left out, not damage: the window opens it read-only.
    assert result.beyond_limits == expected


def test_bad_project_title_is_reset(minimal_document) -> None:
    minimal_document["project"]["title"] = 42
    result = load(minimal_document)
    assert result.project.title == "Untitled project"
    assert result.warnings == ("The project: title must be text; it was reset to the default.",)


# -- images --------------------------------------------------------------------------------


def test_sound_images_load(minimal_document) -> None:
    minimal_document["project"]["assets"] = {
        "img-photo": image(id="img-photo"),
        "img-shot": image(JPEG_BYTES, "image/jpeg", id="img-shot", width=640, height=480),
    }
    minimal_document["project"]["personas"][0]["photo_asset_id"] = "img-photo"
    result = load(minimal_document)
    assert result.warnings == ()
    assert result.project.assets["img-photo"].data == PNG_BYTES
    assert result.project.assets["img-shot"].mime == "image/jpeg"


def test_wrong_checksum_is_recomputed(minimal_document) -> None:
    minimal_document["project"]["assets"] = {"img": image(id="img", sha256="0" * 64)}
    result = load(minimal_document)
    assert result.project.assets["img"].sha256 != "0" * 64
    assert result.warnings == (
        "Image 'img': its checksum did not match its data and was recomputed.",
    )


def test_asset_id_follows_its_key(minimal_document) -> None:
    minimal_document["project"]["assets"] = {"img": image(id="other"), "img2": image()}
    result = load(minimal_document)
    assert result.project.assets["img"].id == "img"
    assert result.project.assets["img2"].id == "img2"
    assert result.warnings == ("Image 'img': its id did not match its key and was corrected.",)


@pytest.mark.parametrize(
    ("asset", "reason"),
    [
        (image(data=b"GIF89a...", mime="image/gif"), "it is not a PNG or JPEG image"),
        (image(data=JPEG_BYTES, mime="image/png"), "its data is not a PNG image"),
        ({**image(), "data": "not*base64!"}, "its image data is damaged"),
        ({**image(), "data": None}, "its image data is missing"),
        (image(data=PNG_BYTES[:20]), "its PNG header is damaged"),
        (image(data=JPEG_BYTES[:8], mime="image/jpeg"), "its JPEG header is damaged"),
        ("a path/to/photo.png", "it is not readable"),
    ],
)
def test_bad_image_is_dropped_and_references_cleared(minimal_document, asset, reason) -> None:
    minimal_document["project"]["assets"] = {"img": asset}
    minimal_document["project"]["personas"][0]["photo_asset_id"] = "img"
    checkout(minimal_document)["cards"][0]["image_asset_id"] = "img"
    result = load(minimal_document)
    assert result.project.assets == {}
    assert result.project.personas[0].photo_asset_id is None
    assert result.project.maps[0].cards[0].image_asset_id is None
    assert result.warnings[0] == f"Image 'img' was removed: {reason}."
    assert len(result.warnings) == 3  # the image, the photo, the card picture


@pytest.mark.parametrize("size", [{"width": 0}, {"height": "tall"}, {"width": 9000}])
def test_image_size_is_taken_from_the_image_header(minimal_document, size) -> None:
    minimal_document["project"]["assets"] = {"img": image(**size)}
    result = load(minimal_document)
    assert (result.project.assets["img"].width, result.project.assets["img"].height) == (1, 1)
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("Image 'img': its size (")
    assert result.warnings[0].endswith("did not match the image (1 × 1) and was corrected.")


def test_missing_image_size_is_filled_in_quietly(minimal_document) -> None:
    asset = image(JPEG_BYTES, "image/jpeg")
    del asset["width"], asset["height"]
    minimal_document["project"]["assets"] = {"img": asset}
    result = load(minimal_document)
    assert (result.project.assets["img"].width, result.project.assets["img"].height) == (640, 480)
    assert result.warnings == ()


def test_image_with_an_invalid_key_is_dropped(minimal_document) -> None:
    minimal_document["project"]["assets"] = {"../etc/passwd": image()}
    result = load(minimal_document)
    assert result.project.assets == {}
    assert result.warnings == ("Image '../etc/passwd' was removed: its id is not valid.",)


# -- the fixture with a bit of everything ------------------------------------------------


def test_repairable_fixture(fixtures_dir) -> None:
    text = (fixtures_dir / "repairable.mapstudio").read_text(encoding="utf-8")
    result = load(json.loads(text))
    assert result.warnings == (
        "Map 'Checkout': a band showed a persona that does not exist and was removed.",
        "Map 'Checkout', card 4 ('Lost card') pointed to a stage that no longer exists and "
        "was removed.",
        "Map 'Checkout', card 5 ('Confusing filters'): severity was 9, outside the allowed "
        "range, and was set to 5.",
        "Map 'Checkout', card 5 ('Confusing filters') had the same id as another card and was "
        "given a new one.",
        "Map 'Checkout', card 6 ('Broken card') was removed: severity must be a whole number "
        "from 1 to 5.",
        "Map 'Checkout', emotion point 3: score 7 was outside the map's scale (-2 to 2) and "
        "was set to 2.",
        "Map 'Checkout', emotion point 3: offset was 1.7, outside the allowed range, and was "
        "set to 1.0.",
    )
    assert card_titles(result) == [
        "Searches for a gift",
        "Slow checkout",
        "Stock check",
        "Confusing filters",
    ]


def test_required_field_of_a_map_cannot_be_repaired(minimal_document) -> None:
    checkout(minimal_document)["title"] = None
    with pytest.raises(DamagedFileError) as info:
        loads_project(json.dumps(minimal_document))
    assert info.value.where == "map 1"
    assert info.value.message == "The file is damaged: map 1: title must be text."
