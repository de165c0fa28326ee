"""The benchmark must not rot: run it on the small map and check the shape of its report.

No timing is asserted here (a timed assertion is not a test, DESIGN.md "Tests"): the
verdicts depend on the machine and on whatever else runs on it. What is checked is that
every row of the budget is measured and reported with a numeric figure, or, for a row
whose feature does not exist yet, is marked "n/a" with a reason.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"

EXPECTED_ROWS = {
    "startup",
    "open",
    "edit: move card",
    "edit: retitle card",
    "zoom frame",
    "pan frame",
    "save",
    "pdf: A0 sheet",
    "pdf: tiled to A4",
    "pdf: A0 PDF/X",
    "memory",
    "diff: two copies",
    "merge: two copies",
}


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("bench") / "small.json"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--size", "small", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "verdict" in done.stdout  # the table was printed
    return json.loads(out.read_text(encoding="utf-8"))


def test_report_describes_the_machine(report: dict) -> None:
    machine = report["machine"]
    for key in ("os", "python", "cores", "qt", "pyside6"):
        assert key in machine
    assert report["size"] == "small"


def test_every_budget_row_is_measured(report: dict) -> None:
    rows = {row["name"]: row for row in report["rows"]}
    assert set(rows) == EXPECTED_ROWS
    for name, row in rows.items():
        assert {"name", "figure", "floor", "ratio", "budget", "verdict"} <= set(row), name
        assert _number(row["budget"]), name
        assert row["verdict"] in {"pass", "fail", "n/a"}, name
        if row["verdict"] == "n/a":
            # Only a feature that does not exist yet may go unmeasured, and it says why.
            assert name.startswith("pdf"), name
            assert row["note"], name
            continue
        assert _number(row["figure"]) and row["figure"] > 0, name
        if row["floor"] is not None:
            assert _number(row["floor"]) and row["floor"] > 0, name
            assert _number(row["ratio"]), name


def test_floors_are_measured_even_without_the_feature(report: dict) -> None:
    rows = {row["name"]: row for row in report["rows"]}
    for name in ("startup", "open", "save", "pdf: A0 sheet", "pdf: tiled to A4", "pdf: A0 PDF/X"):
        assert _number(rows[name]["floor"]), name


def test_generator_is_seeded_and_sound() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    from mapstudio.fileformat import dumps_project, loads_project
    from mapstudio.model import LaneKind, integrity_problems

    first, again = generate("small", 3), generate("small", 3)
    assert integrity_problems(first) == []
    stamp = {"app_version": "0", "saved_at": "2024-01-01T00:00:00Z"}
    text = dumps_project(first, **stamp)
    assert text == dumps_project(again, **stamp)
    assert loads_project(text).warnings == ()
    journey = first.maps[0]
    assert len(journey.cards) == 150
    assert {lane.kind for lane in journey.lanes} == set(LaneKind)
    assert all(p.photo_asset_id in first.assets for p in first.personas)
    assert journey.emotion_points


def test_report_gives_the_cpu_time_of_the_interactive_and_file_rows(report: dict) -> None:
    """Wall times on a shared machine depend on the others; CPU time goes with them."""
    rows = {row["name"]: row for row in report["rows"]}
    for name in ("edit: move card", "edit: retitle card", "zoom frame", "save", "pdf: A0 sheet"):
        assert _number(rows[name]["details"]["cpu"]), name


def test_a_map_past_the_card_limit_can_be_made_for_a_measurement() -> None:
    """run.py --cards: a map over the model's limit, made without its checks, so that the
    window's rows can be measured at the size DESIGN.md names (20,000 cards)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate import generate, size_with_cards
        from run import Row, growth_rows
    finally:
        sys.path.remove(str(BENCHMARKS))
    from mapstudio.fileformat import ProjectSaveError, save_project
    from mapstudio.model.types import MAX_CARDS

    name = size_with_cards(MAX_CARDS + 1)
    project = generate(name, 1)
    journey = project.maps[0]
    assert len(journey.cards) == MAX_CARDS + 1
    assert len({card.id for card in journey.cards}) == MAX_CARDS + 1
    assert len(project.personas) == 16 and len(journey.stages) == 30
    with pytest.raises(ProjectSaveError):  # no file may hold it
        save_project(project, Path("/nonexistent/never-written.mapstudio"))

    large = [Row("edit: move card", 0.010, None, 0.016, details={"cpu": 0.008})]
    other = [Row("edit: move card", 0.013, None, 0.016, details={"cpu": 0.010})]
    (row,) = growth_rows(large, other, name)
    assert row["ratio"] == pytest.approx(1.3) and row["cpu_ratio"] == pytest.approx(1.25)
