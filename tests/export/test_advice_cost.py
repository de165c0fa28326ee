"""Advice on a larger page weighs only the sheets that could pass.

`advise` tries the other orientation and the larger sizes of the series up to 4A0. A
sheet whose whole area (no margin, no title block) already shows the map too small by
the bound `best_column_width` tries first cannot pass; its title block is not measured.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.export import build_options, plan_export
from mapstudio.export import poster as poster_module
from mapstudio.export.poster import advise
from mapstudio.fileformat import load_project

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "online-purchase.mapstudio"
)


def _counted_fits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = poster_module._fit_for

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[3].name)
        return real(*args, **kwargs)

    monkeypatch.setattr(poster_module, "_fit_for", counting)
    return calls


def test_sheets_too_small_by_the_bound_measure_no_title_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = load_project(EXAMPLE).project
    options = build_options(page="A0", distance="10", map=project.maps[0].id)
    (plan,) = plan_export(project, options)
    calls = _counted_fits(monkeypatch)
    assert advise(project, project.maps[0], options, plan) is None
    assert calls == []  # 2A0 and 4A0, both ways up: none could show 10 m text


def test_a_sheet_that_may_pass_is_still_weighed_and_advised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = load_project(EXAMPLE).project
    options = build_options(page="A4", distance="1.5", map=project.maps[0].id)
    (plan,) = plan_export(project, options)
    calls = _counted_fits(monkeypatch)
    found = advise(project, project.maps[0], options, plan)
    assert found is not None
    advice, _single, advised = found
    assert advised.passes
    assert calls  # the sheets the bound lets through are weighed with their title block
    assert advice.page.name in calls
