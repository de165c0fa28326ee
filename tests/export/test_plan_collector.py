"""Planning and drawing posters pauses the cycle collector (their layouts and display
lists are large trees without reference cycles) and leaves it as it found it: on, off,
or after a failure."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from mapstudio.export import ExportError, build_options, export_pdf, pdf, plan_export, poster
from mapstudio.model import Project


def test_the_collector_is_paused_while_planning_and_restored(
    example: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    plan_map = poster.plan_map

    def watched(*args: object, **kwargs: object) -> poster.PosterPlan:
        seen.append(gc.isenabled())
        return plan_map(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(poster, "plan_map", watched)
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            assert plan_export(example, build_options(page="A1"))
            assert gc.isenabled() is enabled
        assert seen and not any(seen)
    finally:
        (gc.enable if was else gc.disable)()


def test_the_collector_is_restored_when_planning_fails(
    example: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*_args: object, **_kwargs: object) -> poster.PosterPlan:
        raise ExportError("no room")

    monkeypatch.setattr(poster, "plan_map", failing)
    assert gc.isenabled()
    with pytest.raises(ExportError):
        plan_export(example, build_options(page="A1"))
    assert gc.isenabled()


def test_the_collector_is_paused_while_drawing_and_restored(
    example: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []
    write = pdf._Writer.write

    def watched(self: pdf._Writer, out: Path) -> pdf.ExportReport:
        seen.append(gc.isenabled())
        return write(self, out)

    monkeypatch.setattr(pdf._Writer, "write", watched)
    assert gc.isenabled()
    export_pdf(example, tmp_path / "map.pdf", build_options(page="A2"))
    assert seen == [False]
    assert gc.isenabled()
