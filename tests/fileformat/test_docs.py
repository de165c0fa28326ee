"""The format reference stays true: its example loads cleanly and its limits are real."""

from __future__ import annotations

import re
from pathlib import Path

from mapstudio.fileformat import DEFAULT_MAX_BYTES, MIME_TYPE, loads_project
from mapstudio.fileformat.constants import MAX_DEPTH, MAX_INT_DIGITS
from mapstudio.model import integrity_problems
from mapstudio.model.types import MAX_CARDS, MAX_NAME, MAX_TEXT

DOC = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"


def test_example_in_the_reference_loads_without_repairs() -> None:
    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    example = next(block for block in blocks if '"project": {\n' in block)
    result = loads_project(example)
    assert result.warnings == ()
    assert integrity_problems(result.project) == []
    assert result.project.maps[0].cards[0].title == "Slow checkout"


def test_limits_in_the_reference_match_the_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert MIME_TYPE in text
    assert f"{DEFAULT_MAX_BYTES // (1024 * 1024)} MB" in text
    assert f"deeper than {MAX_DEPTH} levels" in text
    assert f"more than {MAX_INT_DIGITS} digits" in text
    assert f"up to {MAX_NAME} characters" in text
    assert f"up to {MAX_TEXT:,}" in text
    assert f"{MAX_CARDS:,} cards" in text


def test_safety_limits_in_the_reference_match_the_code() -> None:
    from mapstudio.fileformat.constants import MAX_CONTAINERS, MAX_VALUES
    from mapstudio.fileformat.locks import STALE_AFTER_HOURS
    from mapstudio.model.types import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE

    text = DOC.read_text(encoding="utf-8")
    assert "## Safety and recovery" in text
    assert f"| {MAX_CONTAINERS:,} |" in text
    assert f"| {MAX_VALUES:,} |" in text
    assert (
        f"{MAX_IMAGE_SIDE:,} pixels a side and {MAX_IMAGE_PIXELS // 1_000_000} megapixels" in text
    )
    assert f"older than {STALE_AFTER_HOURS:.0f} hours" in " ".join(text.split())
