"""A persona's initials on the poster follow the model's one rule (first and last word),
in the band header and in the title block's persona legend alike."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from mapstudio.export import build_options, export_pdf, plan_export
from mapstudio.model import Project


def _renamed(project: Project, name: str) -> tuple[Project, str]:
    first = project.personas[0]
    renamed = first.model_copy(update={"name": name})
    return project.model_copy(update={"personas": (renamed, *project.personas[1:])}), first.id


def test_mary_ann_smith_is_ms_in_the_band_and_in_the_legend(example: Project) -> None:
    project, persona_id = _renamed(example, "Mary Ann Smith")
    plan = plan_export(project, build_options(page="A1"))[0]
    band = next(b for b in plan.layout.bands if b.persona_id == persona_id)
    assert [line.text for line in band.avatar_lines] == ["MS"]
    legend = [a.initials.text for a in plan.title.avatars if a.initials is not None]
    assert "MS" in legend and "MA" not in legend


def test_the_pdf_prints_ms_and_never_ma(example: Project, tmp_path: Path) -> None:
    project, _ = _renamed(example, "Mary Ann Smith")
    out = tmp_path / "poster.pdf"
    export_pdf(project, out, build_options(page="A1"))
    words = PdfReader(out).pages[0].extract_text().split()
    assert "MS" in words
    assert "MA" not in words


def test_a_name_without_letters_prints_no_initials(example: Project) -> None:
    project, persona_id = _renamed(example, "🙂 —")
    plan = plan_export(project, build_options(page="A1"))[0]
    band = next(b for b in plan.layout.bands if b.persona_id == persona_id)
    assert band.avatar_lines == ()
