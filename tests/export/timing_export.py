"""Rough timing of a PDF export of the large map (not a test; DESIGN.md budget < 3 s).

Run: .venv/bin/python tests/export/timing_export.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "layout"))

from layout_maps import large_project

from mapstudio.export import build_options, export_pdf
from mapstudio.layout import layout


def main() -> None:
    project = large_project()
    journey = project.maps[0]
    layout(journey, project)  # parse the fonts once, as the app has at export time
    options = build_options(page="A0")
    with tempfile.TemporaryDirectory() as folder:
        runs = []
        for i in range(3):
            out = Path(folder) / f"large-{i}.pdf"
            started = time.perf_counter()
            report = export_pdf(project, out, options)
            runs.append(time.perf_counter() - started)
        size = out.stat().st_size / 1e6
    print(f"{len(journey.cards)} cards -> {report.summary()}")
    print(
        f"A0 export: median {statistics.median(runs):.2f} s, min {min(runs):.2f} s "
        f"(n={len(runs)}), {size:.1f} MB; budget < 3 s"
    )


if __name__ == "__main__":
    main()
