"""How the export names sizes and choices: 2A0 and 4A0 by name, custom sizes by their
measure, numbers kept with their units in the assembly guide, and advice in the words
of whoever asked (the command line's options, the dialog's controls)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_support import text_runs

from mapstudio.export import PAGE_SIZES, build_options, export_pdf, parse_page_size, plan_export
from mapstudio.export.poster import COMMAND_LINE, Advice, reading_notes
from mapstudio.layout import FontSpec, default_measurer, wrap_text
from mapstudio.layout.sheets import NO_BREAK_SPACE, wrap_keeping_units
from mapstudio.model import Project


@pytest.mark.parametrize(("text", "name"), [("2A0", "2A0"), ("4a0", "4A0"), ("1682x1189mm", "2A0")])
def test_sizes_beyond_a0_go_by_their_names(text: str, name: str) -> None:
    page = parse_page_size(text)
    assert page == PAGE_SIZES[name]
    # A custom size that is a known one is that one: 841 x 1189 mm is A0.
    assert parse_page_size("84.1cm x 118.9cm") == PAGE_SIZES["A0"]


def test_a_custom_size_is_named_by_its_measure_not_by_what_was_typed(example: Project) -> None:
    options = build_options(page="600x900mm", orientation="portrait", map=example.maps[0].id)
    plan = plan_export(example, options)[0]
    assert plan.size_label == "custom portrait (600 × 900 mm)"


def test_advice_names_2a0_with_its_size() -> None:
    advice = Advice(PAGE_SIZES["2A0"], "portrait")
    assert advice.label == "2A0 portrait (1189 × 1682 mm)"
    assert advice.arguments == "--page 2A0 --orientation portrait"
    assert Advice(PAGE_SIZES["A0"], "landscape").label == "A0 landscape"


def test_the_guide_never_breaks_a_number_from_its_unit() -> None:
    measurer = default_measurer()
    font = FontSpec("regular", 8.5)
    text = "50 A4 sheets · map at 108 % · taped poster 1189 × 1682 mm"
    # A line just wide enough for "… map at 108": the plain wrap leaves "%" alone below.
    width = measurer.width("50 A4 sheets · map at 108", font) + 0.5
    assert wrap_text(text, font, width, measurer)[1].startswith("%")
    lines = wrap_keeping_units(text, font, width, measurer)
    assert lines[0] == "50 A4 sheets · map at"
    assert lines[1].startswith(f"108{NO_BREAK_SPACE}%")
    assert all(measurer.width(line, font) <= width for line in lines)
    assert f"1189{NO_BREAK_SPACE}×{NO_BREAK_SPACE}1682{NO_BREAK_SPACE}mm" in lines[-1]
    # A word wider than the line is still split, so wrapping always ends.
    long = "x" * 200
    assert "".join(wrap_keeping_units(long, font, 40, measurer)) == long


def test_the_tiled_2a0_guide_names_2a0_and_keeps_its_percent(
    example: Project, tmp_path: Path
) -> None:
    """The reviewer's export: the example's second map on 2A0 portrait tiled on A4."""
    options = build_options(page="2A0", orientation="portrait", tile="A4", map=example.maps[1].id)
    out = tmp_path / "tiles.pdf"
    report = export_pdf(example, out, options)
    assert report.sheet == "A4" and report.sheets > 20
    guide = [run.text for run in text_runs(out, 0)]
    facts = " ".join(guide)
    assert "from 2A0 portrait (1189" in facts and "mmx" not in facts
    for line in guide:
        assert not line.startswith(("%", "mm", "×")), guide


def test_the_command_line_keeps_its_option_names(example: Project) -> None:
    options = build_options(page="A1", map=example.maps[0].id)
    plan = plan_export(example, options)[0]
    assert plan.advice is not None
    notes = " ".join(reading_notes(plan))
    assert f"({plan.advice.arguments})" in notes
    assert "--page" in notes
    # The same notes in other words: each wording names its own choices.
    assert reading_notes(plan, COMMAND_LINE) == reading_notes(plan)
