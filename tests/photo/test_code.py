"""The poster's code read back: only a well-formed mapstudio code means anything."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapstudio.export import build_options, plan_export
from mapstudio.export.photomarks import id_tag, parse_poster_code, plan_from_code
from mapstudio.fileformat import load_project
from mapstudio.layout.registration import layout_revision

GOOD = "MS1;468793;857a75;dbb5b9c6;A1;p;page;1.5;1;1;-"


def test_a_code_round_trips_with_the_export_choices() -> None:
    project = load_project("resources/examples/online-purchase.mapstudio").project
    options = build_options(page="A2", orientation="landscape", fit="width", distance="3",
                            card_text="titles", margin="20mm", bleed="3mm",
                            crop_marks=True, photo_marks=True)  # fmt: skip
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
        GOOD.replace("MS1", "MS2"),
        GOOD.replace("1.5", "nan"),
        GOOD.replace("1.5", "inf"),
        GOOD.replace("1.5", "-3"),
        GOOD.replace(";A1;", ";99999x99999mm;"),
        GOOD.replace(";A1;", ";../../etc/passwd;"),
        GOOD.replace(";1;1;", ";7;1;"),
        GOOD.replace("page", "scale:0"),
        GOOD + ";extra",
        GOOD.replace("468793", "46879é"),
        GOOD + "x" * 300,
    ],
)
def test_anything_else_is_not_a_code(text: str) -> None:
    assert parse_poster_code(text) is None


def test_a_good_code_parses() -> None:
    assert parse_poster_code(GOOD) is not None


@given(st.text(max_size=120))
def test_no_text_makes_the_parser_fail(text: str) -> None:
    parse_poster_code(text)  # None or a code, never an exception
