"""The poster's code read back: only a well-formed mapstudio code means anything."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapstudio.export import build_options, plan_export
from mapstudio.export.photomarks import (
    CODE_QUIET,
    code_modules,
    id_tag,
    parse_poster_code,
    plan_from_code,
)
from mapstudio.fileformat import load_project
from mapstudio.layout.registration import layout_revision

GOOD = "MS2/468793/857A75/DBB5B9C6/A1/P/P/1.5/1/1/-"
# The first form (lower case, ";" between fields), printed before the code moved to QR's
# alphanumeric characters: still read.
FIRST = "MS1;468793;857a75;dbb5b9c6;A1;p;page;1.5;1;1;-"


def test_a_code_round_trips_with_the_export_choices() -> None:
    project = load_project("resources/examples/online-purchase.mapstudio").project
    options = build_options(page="A2", orientation="landscape", fit="width", distance="3",
                            card_text="titles", margin="20mm", bleed="3mm",
                            crop_marks=True)  # fmt: skip
    plan = plan_export(project, options)[0]
    code = parse_poster_code(plan.code_text)
    assert code is not None and code.names(project, plan.journey_map)
    assert code.project == id_tag(project.id) and code.map == id_tag(plan.journey_map.id)
    chosen = code.options
    assert (chosen.page.name, chosen.orientation, str(chosen.fit)) == ("A2", "landscape", "width")
    assert (chosen.distance, chosen.card_text, chosen.template) == (3.0, "titles", False)
    assert chosen.poster_margin == pytest.approx(options.poster_margin)
    again = plan_from_code(project, plan.journey_map, code)
    assert layout_revision(again.layout) == code.revision
    moved = [m.rect.translated(-plan.pad, -plan.pad) for m in plan.marks]
    assert len(again.marks) == len(moved)
    for mark, rect in zip(again.marks, moved, strict=True):
        assert (mark.rect.x, mark.rect.y, mark.rect.w) == pytest.approx((rect.x, rect.y, rect.w))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "https://example.com/",
        GOOD.replace("MS2", "MS3"),
        GOOD.replace("/", ";"),
        FIRST.replace(";", "/"),
        GOOD.replace("1.5", "NAN"),
        GOOD.replace("1.5", "INF"),
        GOOD.replace("1.5", "-3"),
        GOOD.replace("/A1/", "/99999X99999MM/"),
        GOOD.replace("/A1/", "/../../ETC/PASSWD/"),
        GOOD.replace("/A1/", "/..\\..\\ETC/"),
        GOOD.replace("/1/1/", "/7/1/"),
        GOOD.replace("/P/1.5/", "/0/1.5/"),
        GOOD.replace("/P/1.5/", "/SCALE:50/1.5/"),
        GOOD.replace("/P/1.5/", "/PAGE/1.5/"),
        GOOD + "/EXTRA",
        GOOD.replace("468793", "46879É"),
        GOOD + "X" * 300,
        FIRST.replace("1.5", "nan"),
        FIRST.replace(";A1;", ";../../etc/passwd;"),
        FIRST + ";extra",
    ],
)
def test_anything_else_is_not_a_code(text: str) -> None:
    assert parse_poster_code(text) is None


def test_a_good_code_parses() -> None:
    code = parse_poster_code(GOOD)
    assert code is not None and parse_poster_code(FIRST) == code
    assert (code.project, code.map, code.revision) == ("468793", "857a75", "dbb5b9c6")
    assert code.options.page.name == "A1" and code.options.template


@pytest.mark.parametrize(
    "choices",
    [
        {"page": "A1"},
        {"page": "Letter", "tile": "A4"},
        {"page": "ARCH D", "template": True, "margin": "25mm", "fit": "width"},
    ],
)
def test_the_code_is_written_small(choices: dict[str, object]) -> None:
    """Capitals, digits and "/.:-" only: QR's alphanumeric mode, so a poster on a named
    paper gets a version 2 symbol (25 modules and the quiet border), 14 % smaller than
    the version 3 its lower-case text needed."""
    project = load_project("resources/examples/online-purchase.mapstudio").project
    plan = plan_export(project, build_options(**choices))[0]  # type: ignore[arg-type]
    text = plan.code_text
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert len(code_modules(text)) == 25 + 2 * CODE_QUIET
    assert parse_poster_code(text) is not None


@given(st.text(max_size=120))
def test_no_text_makes_the_parser_fail(text: str) -> None:
    parse_poster_code(text)  # None or a code, never an exception
