"""Planning posters pauses the cycle collector (their layouts are large trees without
reference cycles) and leaves it as it found it: on, off, or after a failure."""

from __future__ import annotations

import gc

import pytest

from mapstudio.export import ExportError, build_options, plan_export, poster
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
