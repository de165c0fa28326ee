"""Photo marks on the poster plan: on by default, and where they take nothing from the
title block, never stand over the map or over text, and cost the map little.

Pure geometry of the plan (the PDF draws what the plan places; tests/photo reads the
printed marks back from rendered PDFs and synthetic photos).
"""

from __future__ import annotations

import pytest

from mapstudio.export import build_options, export_pdf, plan_export
from mapstudio.export.options import ExportOptions
from mapstudio.export.poster import PosterPlan
from mapstudio.fileformat import load_project
from mapstudio.layout import Rect
from mapstudio.layout.registration import PRINT_EDGE
from mapstudio.layout.style import DEFAULT_SHEET_STYLE
from mapstudio.model import Project
from mapstudio.resources import as_file, resource

MM = 72 / 25.4
PAGES = ["A0", "A1", "A3", "A4", "Letter"]
ORIENTATIONS = ["portrait", "landscape"]
POSTERS = [
    ("examples", "online-purchase.mapstudio", False),
    ("templates", "blank.mapstudio", True),
    ("templates", "day-in-the-life.mapstudio", True),
]


def _project(folder: str, name: str) -> Project:
    with as_file(resource(folder, name)) as path:
        return load_project(path).project


@pytest.fixture(scope="module")
def projects() -> dict[str, Project]:
    return {name: _project(folder, name) for folder, name, _template in POSTERS}


def _plans(project: Project, template: bool, page: str, orientation: str):  # type: ignore[no-untyped-def]
    def plan(marks: bool) -> PosterPlan:
        options = build_options(
            page=page,
            orientation=orientation,
            template=template,
            map=project.maps[0].id,
            photo_marks=marks,
        )
        return plan_export(project, options)[0]

    return plan(True), plan(False)


def _line_box(line, x: float, y: float) -> Rect:  # type: ignore[no-untyped-def]
    size = line.font.size
    return Rect(x + line.x, y + line.y_baseline - 0.95 * size, line.width, 1.2 * size)


def _title_boxes(plan: PosterPlan) -> list[Rect]:
    """Every text line, legend face and avatar of the title block, on the paper."""
    block, x, y = plan.title, plan.title_x, plan.title_y
    boxes = [_line_box(line, x, y) for line in block.lines]
    boxes += [item.rect.translated(x, y) for item in (*block.faces, *block.avatars)]
    return boxes


def _title_section(plan: PosterPlan) -> list[tuple[str, object]]:
    """The title's, scenario's, meta and print lines with their fonts."""
    block = plan.title
    return [(line.text, line.font) for line in block.lines if line.x < block.title_width]


def test_posters_carry_photo_marks_by_default(projects: dict[str, Project]) -> None:
    assert ExportOptions().photo_marks
    assert build_options().photo_marks
    project = projects["online-purchase.mapstudio"]
    plan = plan_export(project, build_options(page="A1", map=project.maps[0].id))[0]
    assert plan.marks and plan.code_rect is not None and plan.code_text
    tiled = plan_export(project, build_options(page="A0", tile="A4", map=project.maps[0].id))[0]
    assert tiled.marks and tiled.code_rect is not None
    single = plan_export(project, build_options(page="A0", map=project.maps[0].id))[0]
    # A tiled poster is the single sheet cut up: the same marks in the same places.
    assert tiled.marks == single.marks and tiled.code_rect == single.code_rect


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(("folder", "name", "template"), POSTERS, ids=lambda v: str(v))
def test_the_marks_take_nothing_from_the_title_and_cover_nothing(
    projects: dict[str, Project],
    folder: str,
    name: str,
    template: bool,
    page: str,
    orientation: str,
) -> None:
    project = projects[name]
    marked, plain = _plans(project, template, page, orientation)
    assert marked.marks and marked.code_rect is not None
    # The title block is the one printed without marks: the same lines at the same
    # size (none cut, none rewrapped), unless the code stands beside the legends, which
    # then move left while the title's own lines stay as they are.
    assert _title_section(marked) == _title_section(plain)
    assert marked.title.unit == plain.title.unit
    assert (marked.title_x, marked.title_y) == (plain.title_x, plain.title_y)
    assert not any(line.text.endswith("…") for line in marked.title.lines)

    trim = marked.trim_rect
    code = marked.code_rect
    text = _title_boxes(marked)
    # The code: on the paper, outside the map, over no text, no face, no marker.
    assert trim.x <= code.x and code.right <= trim.right and trim.y <= code.y
    assert not code.intersects(marked.map_rect)
    assert not any(code.intersects(box) for box in text), name
    # The markers: inside the printer's edge, outside the map, over no text, on white.
    printable = trim.inset(PRINT_EDGE - 0.01)
    for mark in marked.marks:
        r = mark.rect
        assert printable.x <= r.x and r.right <= printable.right
        assert printable.y <= r.y and r.bottom <= printable.bottom
        assert not mark.quiet_rect.intersects(marked.map_rect)
        assert not mark.quiet_rect.intersects(code)
        assert not any(mark.quiet_rect.intersects(box) for box in text)


@pytest.mark.parametrize("page", ["A0", "A1"])
@pytest.mark.parametrize(("folder", "name", "template"), POSTERS, ids=lambda v: str(v))
def test_the_marks_cost_the_map_little(
    projects: dict[str, Project], folder: str, name: str, template: bool, page: str
) -> None:
    """The margin round the map and the band's foot grow a little for the marks; the map
    keeps at least 97.5 % of its size (its text what it would read from without)."""
    for orientation in ORIENTATIONS:
        marked, plain = _plans(projects[name], template, page, orientation)
        assert marked.scale >= 0.975 * plain.scale, (orientation, marked.scale, plain.scale)


def test_a_template_says_what_it_is_whatever_the_project_is_called(
    projects: dict[str, Project],
) -> None:
    """The meta line ("project · kind · blank workshop template") wraps with the rest: a
    long project name on a narrow sheet once cut its last words off."""
    project = projects["blank.mapstudio"]
    named = project.model_copy(
        update={"title": "Northern region customer service improvement programme 2027"}
    )
    for page in ("A4", "A3", "Letter"):
        options = build_options(page=page, orientation="portrait", template=True)
        plan = plan_export(named, options)[0]
        printed = " ".join(line.text for line in plan.title.lines)
        assert "blank workshop template" in printed, (page, printed)


def test_a_margin_too_narrow_for_the_markers_says_so(
    projects: dict[str, Project], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    project = projects["blank.mapstudio"]
    report = export_pdf(
        project, tmp_path / "narrow.pdf", build_options(page="A3", template=True, margin="6mm")
    )
    assert any("no room for the photo markers" in w for w in report.warnings), report.warnings
    roomy = export_pdf(
        project, tmp_path / "roomy.pdf", build_options(page="A3", template=True, margin="12mm")
    )
    assert not any("photo markers" in w for w in roomy.warnings)
    # Without photo marks nothing is missing.
    plain = export_pdf(
        project,
        tmp_path / "plain.pdf",
        build_options(page="A3", template=True, margin="6mm", photo_marks=False),
    )
    assert not any("photo markers" in w for w in plain.warnings)


@pytest.mark.parametrize("fit", ["page", "width"])
@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("page", ["2A0", "A0", "A1", "A3", "A4", "Letter"])
@pytest.mark.parametrize(("folder", "name", "template"), POSTERS, ids=lambda v: str(v))
def test_the_code_stands_clear_of_the_title_bands_rule(
    projects: dict[str, Project],
    folder: str,
    name: str,
    template: bool,
    page: str,
    orientation: str,
    fit: str,
) -> None:
    """The code's white square once hung across the rule along the band's foot, which
    it cut in two: it stands wholly on the band above the rule (a strip of the band's
    tint between), or, over a map set lower on the paper, wholly in the white below."""
    project = projects[name]
    options = build_options(
        page=page, orientation=orientation, template=template, map=project.maps[0].id, fit=fit
    )
    plan = plan_export(project, options)[0]
    code, band = plan.code_rect, plan.title_band
    assert code is not None
    half_rule = DEFAULT_SHEET_STYLE.title_rule_width * plan.title.unit / 2
    rule_top, rule_bottom = band.bottom - half_rule, band.bottom + half_rule
    on_the_band = band.y <= code.y and code.bottom < rule_top - 0.5 * MM
    below_the_band = code.y > rule_bottom + 0.5 * MM
    assert on_the_band or below_the_band, (
        f"code {code.y / MM:.1f}..{code.bottom / MM:.1f} mm, rule at {band.bottom / MM:.1f} mm"
    )
    # Still above the map, clear of its markers, over no text (as everywhere).
    assert code.bottom <= plan.map_rect.y
    assert not any(mark.quiet_rect.intersects(code) for mark in plan.marks)
    assert not any(code.intersects(box) for box in _title_boxes(plan))
