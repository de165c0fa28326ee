"""Pydantic errors in plain words, and the layering rule that keeps Qt out."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError

from mapstudio.fileformat.plain import describe_error, describe_validation_error, field_words
from mapstudio.model import Card, Lane


def errors_of(model, data):
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return info.value


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"severity": "high"}, "severity must be a whole number from 1 to 5"),
        ({"impact": 12}, "impact must be a whole number from 1 to 5"),
        ({"order": -1}, "order must be at least 0"),
        ({"title": 5}, "title must be text"),
        ({"title": "x" * 201}, "title is longer than 200 characters"),
        ({"color": "red"}, "colour must be a colour such as #3A6EA5"),
        ({"channel": "fax"}, "channel must be one of 'web', 'app'"),
        ({"value": "lots"}, "value must be a number"),
        ({"tags": "a,b"}, "tags must be a list"),
        ({"tags": [""]}, "tag 1 is empty"),
        ({"lane_id": None}, "lane must be text"),
        ({"image_asset_id": "a b"}, "picture is not a valid id"),
    ],
)
def test_card_errors_in_plain_words(data, words) -> None:
    base = {"lane_id": "l", "stage_id": "s"}
    error = errors_of(Card, {**base, **data})
    assert describe_error(error.errors()[0]).startswith(words)


def test_missing_field() -> None:
    error = errors_of(Card, {"lane_id": "l"})
    assert describe_validation_error(error) == "stage is missing"


def test_model_validator_error_keeps_its_own_words() -> None:
    error = errors_of(Lane, {"kind": "kpis", "scope": "persona"})
    assert describe_validation_error(error) == "a kpis lane can only be shared"


def test_many_errors_are_summarised() -> None:
    error = errors_of(Card, {"severity": 0, "impact": 0, "effort": 0, "order": -1})
    text = describe_validation_error(error, limit=2)
    assert text.endswith("and 4 more problems")


def test_locations_in_words() -> None:
    assert field_words(("tags", 0)) == "tag 1"
    assert field_words(("emotion_scale", "labels", 2)) == "emotion scale, label 3"
    assert field_words(("persona_id",)) == "persona"


def test_fileformat_does_not_import_qt() -> None:
    code = (
        "import sys, mapstudio.fileformat, mapstudio.fileformat.schema; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'reportlab'}); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
