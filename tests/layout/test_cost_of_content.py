"""The layout costs what is drawn: empty cells cost nothing, long texts their shown lines.

A 23 kB file with 200 personas x 100 lanes x 300 stages and no cards once took 42 s and
6 GB to open, because every empty cell was built; such a grid must now lay out (and
print) in a process with a small memory limit. Text is bounded per box: titles, lane
labels and stage names show a few lines, ending in an ellipsis.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mapstudio.layout import DEFAULT_STYLE, ELLIPSIS, LayoutCache, layout
from mapstudio.layout.boxes import CellMap
from mapstudio.model import Card, JourneyMap, Lane, LaneKind, LaneScope, Persona, Project, Stage

LONG = ("a rather long name that keeps going on " * 10)[:200]


def grid(personas: int, lanes: int, stages: int, *, name: str = "n") -> Project:
    """A map of personas x lanes x stages, built without the model's checks (so it may
    pass the limits, as a damaged or hostile file could before the loader cut it)."""
    people = tuple(Persona(id=f"p{i}", name=f"P{i}") for i in range(personas))
    rows = tuple(
        Lane(id=f"l{i}", kind=LaneKind.EMOTIONS if i == 1 else LaneKind.ACTIONS, title=name)
        for i in range(lanes)
    )
    columns = tuple(Stage(id=f"s{i}", name=name) for i in range(stages))
    journey_map = JourneyMap(id="m", title="t").model_copy(
        update={"stages": columns, "lanes": rows, "bands": tuple(p.id for p in people)}
    )
    return Project(maps=(JourneyMap(id="x", title="x"),)).model_copy(
        update={"personas": people, "maps": (journey_map,)}
    )


def test_empty_cells_are_not_built_but_can_be_asked_for() -> None:
    project = grid(3, 4, 5)
    journey_map = project.maps[0]
    card = Card(id="c", lane_id="l2", stage_id="s3", persona_id="p1", title="One")
    journey_map = journey_map.model_copy(update={"cards": (card,)})
    cache = LayoutCache()
    result = layout(journey_map, project, cache=cache)

    assert list(cache.cells) == [("p1", "l2", "s3")]  # only the cell with a card
    assert isinstance(result.cells, CellMap)
    assert len(result.cells) == 3 * 4 * 5
    assert len(list(result.cells)) == 3 * 4 * 5
    assert dict(result.cells.filled) == {("p1", "l2", "s3"): result.cells[("p1", "l2", "s3")]}

    empty = result.cells[("p2", "l0", "s4")]
    row = next(r for r in result.rows if (r.persona_id, r.lane_id) == ("p2", "l0"))
    column = result.column("s4")
    assert (empty.rect.x, empty.rect.y, empty.rect.w, empty.rect.h) == (
        column.x,
        row.y,
        column.w,
        row.h,
    )
    assert empty.card_ids == () and empty.accepts_cards and empty.kind is LaneKind.ACTIONS
    assert not result.cells[("p0", "l1", "s0")].accepts_cards  # the emotion lane
    assert ("p0", "l9", "s0") not in result.cells
    assert ("p0", "l0", "s9") not in result.cells
    with pytest.raises(KeyError):
        result.cells[("nobody", "l0", "s0")]
    hit = result.hit_test(empty.rect.x + 1, empty.rect.y + 1)
    assert hit is not None and (hit.kind, hit.persona_id, hit.lane_id) == ("cell", "p2", "l0")


def test_the_grid_from_cells_is_the_grid_from_rows_and_columns() -> None:
    project = grid(2, 3, 4)
    result = layout(project.maps[0], project)
    fresh = layout(project.maps[0], project)
    assert result.cells == fresh.cells
    for key, cell in result.cells.items():
        assert result.cells[key] == cell


def test_a_huge_empty_grid_lays_out_and_prints_in_little_memory(tmp_path: Path) -> None:
    """200 personas x 100 lanes x 300 stages: 6,000,000 empty cells, far past the
    limits; run with a 1 GB address-space limit and a time limit, so building every
    cell (6 GB before) fails the test instead of the machine."""
    script = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_cost_of_content import grid
        from mapstudio.export import build_options, export_pdf
        from mapstudio.layout import layout
        project = grid(200, 100, 300)
        result = layout(project.maps[0], project)
        assert len(result.cells) == 200 * 100 * 300
        export_pdf(project, {str(tmp_path / "grid.pdf")!r}, build_options(page="A0"))
        print("done")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"
    assert (tmp_path / "grid.pdf").stat().st_size > 0


def test_every_text_on_the_map_shows_a_bounded_number_of_lines() -> None:
    project = grid(1, 1, 1, name=LONG)
    journey_map = project.maps[0]
    card = Card(lane_id="l0", stage_id="s0", persona_id="p0", title=LONG, body=LONG * 25)
    journey_map = journey_map.model_copy(update={"cards": (card,)})
    result = layout(journey_map, project)
    box = result.cards[card.id]
    shown = {
        "title": (box.title_lines, DEFAULT_STYLE.card_title_max_lines),
        "body": (box.body_lines, DEFAULT_STYLE.card_body_max_lines),
        "stage": (result.stage_headers[0].lines, DEFAULT_STYLE.stage_header_max_lines),
        "lane": (result.lane_labels[0].lines, DEFAULT_STYLE.lane_label_max_lines),
    }
    for name, (lines, limit) in shown.items():
        assert len(lines) == limit, name
        assert lines[-1].text.endswith(ELLIPSIS), name


def test_a_short_title_is_not_cut() -> None:
    project = grid(1, 1, 1)
    card = Card(lane_id="l0", stage_id="s0", persona_id="p0", title="Slow checkout")
    journey_map = project.maps[0].model_copy(update={"cards": (card,)})
    [line] = layout(journey_map, project).cards[card.id].title_lines
    assert line.text == "Slow checkout"


def test_shared_lanes_of_a_grid_keep_their_cells() -> None:
    project = grid(2, 2, 2)
    journey_map = project.maps[0]
    shared = Lane(id="shared", kind=LaneKind.BACKSTAGE, scope=LaneScope.SHARED)
    card = Card(id="c", lane_id="shared", stage_id="s1", title="Stock check")
    journey_map = journey_map.model_copy(
        update={"lanes": (*journey_map.lanes, shared), "cards": (card,)}
    )
    result = layout(journey_map, project)
    assert result.cells[(None, "shared", "s1")].card_ids == ("c",)
    assert result.cells[(None, "shared", "s0")].card_ids == ()
