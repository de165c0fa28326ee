"""Blank workshop templates: empty cells that take a 76 mm sticky note with margin."""

from __future__ import annotations

from mapstudio.layout import DEFAULT_STYLE, MM, STICKY_NOTE, layout, template_style
from mapstudio.model import Project, blank_project


def _check_cells(result_cells: object, minimum: float) -> None:
    for cell in result_cells.values():  # type: ignore[attr-defined]
        if cell.accepts_cards:
            assert cell.card_ids == ()
            assert cell.rect.w >= minimum
            assert cell.rect.h >= minimum


def test_template_mode_has_no_content_and_sticky_note_cells(project: Project) -> None:
    journey = project.maps[0]
    result = layout(journey, project, template=True)
    assert result.template
    assert result.cards == {}
    assert all(curve.markers == () and curve.segments == () for curve in result.curves.values())
    assert all(len(curve.guides) == 5 for curve in result.curves.values())
    minimum = 76 * MM + 2 * DEFAULT_STYLE.template_margin
    assert STICKY_NOTE == 76 * MM
    _check_cells(result.cells, minimum)


def test_template_style_on_a_blank_project() -> None:
    project = blank_project()
    style = template_style()
    assert style.column_width >= STICKY_NOTE + 2 * style.template_margin
    assert style.min_cell_height >= STICKY_NOTE + 2 * style.template_margin
    assert style.stage_header_size > DEFAULT_STYLE.stage_header_size
    result = layout(project.maps[0], project, style, template=True)
    _check_cells(result.cells, STICKY_NOTE + 2 * 6 * MM)
    # The sticky note itself fits well inside an empty cell.
    cell = next(c for c in result.cells.values() if c.accepts_cards)
    assert cell.rect.w - STICKY_NOTE >= 2 * 6 * MM - 1e-9


def test_collapsed_band_keeps_its_header_and_hides_its_lanes() -> None:
    from mapstudio.layout import layout as lay_out
    from mapstudio.model import blank_project

    project = blank_project()
    journey_map = project.maps[0]
    persona_id = journey_map.bands[0]
    full = lay_out(journey_map, project)
    folded = lay_out(journey_map, project, collapsed=frozenset({persona_id}))
    band = next(b for b in folded.bands if b.persona_id == persona_id)
    assert band.collapsed and band.rect.h == band.header_rect.h
    assert all(key.persona_id != persona_id for key in folded.cells)
    assert persona_id not in folded.curves
    assert folded.height < full.height
    hidden = lay_out(journey_map, project, hidden=frozenset({persona_id}))
    assert all(b.persona_id != persona_id for b in hidden.bands)
