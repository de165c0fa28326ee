"""The compare PDF (mapstudio.export.compare_pdf), read back: the map page with its marks
and legend, then the changes per stage as text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pdf_support import content_streams, text_runs
from pypdf import PdfReader

from mapstudio.compare import compare_view
from mapstudio.export import ExportError
from mapstudio.export.compare_pdf import export_compare_pdf
from mapstudio.export.painter import Ink
from mapstudio.layout.marks import LegendText, compare_drawing
from mapstudio.layout.style import DEFAULT_COMPARE_STYLE
from mapstudio.model import Project

TITLE = "Changes from 'Current state' to 'Future state'"


def write(example: Project, out: Path) -> tuple[object, int]:
    view = compare_view(example, "current-map", example, "future-map")
    drawing = compare_drawing(
        view.journey_map,
        view.project,
        view.card_marks,
        view.point_marks,
        view.ghosts,
        view.other_points,
        view.stage_deltas,
        counts=view.counts(),
        text=LegendText(title=TITLE, this_curve="Future state", other_curve="Current state"),
    )
    pages = export_compare_pdf(
        out, drawing, view.plain_sections(), title=TITLE, assets=view.project.assets
    )
    return view, pages


def page_text(reader: PdfReader, index: int) -> str:
    return " ".join(reader.pages[index].extract_text().split())


def test_the_example_compares_current_with_future_state_on_the_map_and_per_stage(
    example: Project, tmp_path: Path
) -> None:
    out = tmp_path / "compare.pdf"
    view, pages = write(example, out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 3  # the map, then the (long) list of changes
    counts = view.counts()
    # Page 1: the legend with every mark and its count, the curves' names.
    legend = {run.text for run in text_runs(out, 0)}
    for mark in ("Removed", "Added", "Changed", "Moved"):
        assert f"{mark} ({counts[mark.lower()]})" in legend
    assert {TITLE, "Future state", "Current state"} <= legend
    # ... and the map: a removed card still shows (as a ghost), and an added one.
    first = page_text(reader, 0)
    assert "Instagram carousel ad" in first and "Guest checkout" in first
    # The marks are drawn in their colours (icons as well: each badge is a circle).
    page_one = next(content_streams(reader)).decode("latin-1")
    ink = Ink(False)
    for kind in ("added", "removed", "changed", "moved"):
        assert ink.fill(DEFAULT_COMPARE_STYLE.color(kind)) in page_one, kind
    # The following pages: every stage heading, and the changes in words.
    listing = " ".join(page_text(reader, i) for i in range(1, pages))
    for heading in ("The whole map", "Awareness", "Consideration", "Decision", "Retention"):
        assert heading in listing
    # The panel's "→" reads "to" (the bundled font has no arrow), never "->".
    assert "card 'Welcome email': body: '10 % code, valid for 7 days' to '10 % code'" in listing
    assert "->" not in listing
    assert "card 'Instagram carousel ad' removed" in listing
    assert "card 'Guest checkout' added" in listing
    # Every page of changes is A4 portrait.
    for page in reader.pages[1:]:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            595,
            842,
        )


def test_the_map_page_holds_the_whole_map_and_its_legend(example: Project, tmp_path: Path) -> None:
    out = tmp_path / "compare.pdf"
    write(example, out)
    reader = PdfReader(out)
    page = reader.pages[0]
    runs = text_runs(out, 0)
    height = float(page.mediabox.height)
    title = next(run for run in runs if run.text == TITLE)
    awareness = next(run for run in runs if run.text == "Awareness")
    assert title.y > awareness.y  # the legend is above the stage headers (y up)
    assert all(0 <= run.x <= float(page.mediabox.width) and 0 <= run.y <= height for run in runs)


def test_a_folder_that_does_not_exist_is_said_in_words_and_nothing_is_written(
    example: Project, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write(example, tmp_path / "missing" / "compare.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_writes_the_compare_pdf(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mapstudio",
            "diff",
            str(example_path),
            str(example_path),
            "--map",
            "Current state",
            "--to-map",
            "Future state",
            "--pdf",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr  # there are differences
    assert "Awareness" in result.stdout and "card 'Guest checkout' added" in result.stdout
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    assert "Removed (" in page_text(reader, 0)
    unknown = subprocess.run(
        [
            sys.executable,
            "-m",
            "mapstudio",
            "diff",
            str(example_path),
            str(example_path),
            "--map",
            "No such map",
            "--pdf",
            str(tmp_path / "none.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert unknown.returncode == 2 and "has no map 'No such map'" in unknown.stderr
    assert not (tmp_path / "none.pdf").exists()


def test_an_empty_value_reads_none_in_the_panel_and_the_pdf(
    example: Project, tmp_path: Path
) -> None:
    """A body emptied and a body filled: both say "(none)", never '' (and no "->")."""
    from mapstudio.edit import UpdateCard
    from mapstudio.model import find_map

    cards = find_map(example, "current-map").cards
    before = UpdateCard("current-map", cards[0].id, {"body": ""}).apply(example)
    before = UpdateCard("current-map", cards[1].id, {"body": "Was here"}).apply(before)
    after = UpdateCard("current-map", cards[0].id, {"body": "Now here"}).apply(before)
    after = UpdateCard("current-map", cards[1].id, {"body": ""}).apply(after)
    view = compare_view(before, "current-map", after, "current-map")
    panel = " ".join(entry.text for entry in view.entries)
    assert "body: (none) → 'Now here'" in panel and "body: 'Was here' → (none)" in panel
    assert "''" not in panel
    drawing = compare_drawing(
        view.journey_map,
        view.project,
        view.card_marks,
        view.point_marks,
        view.ghosts,
        view.other_points,
        view.stage_deltas,
    )
    out = tmp_path / "empty.pdf"
    pages = export_compare_pdf(out, drawing, view.plain_sections(), title="t")
    reader = PdfReader(out)
    listing = " ".join(page_text(reader, i) for i in range(1, pages))
    assert "body: (none) to 'Now here'" in listing
    assert "body: 'Was here' to (none)" in listing
    assert "''" not in listing and "->" not in listing
