"""Time of importing one 12-megapixel photo of a workshop wall with 60 notes (issue 15).

The blueprint template is exported on A0 as mapstudio prints it, rendered with poppler's
pdftoppm, covered with 60 notes and photographed (4000 × 3000 pixels, at an angle, with
uneven light) by the synthetic generator of the tests (tests/photo/synth.py)::

    .venv/bin/python benchmarks/photo_import.py [--runs 3] [--json out.json]

row: ``photo import: 12 MP, 60 notes`` — `analyse_photos` on the JPEG bytes (decode,
markers, code, straightening, notes, cells, cut-outs; OCR off, as it depends on what
is installed), median of the runs; budget 5 s. Its floor: decoding the same JPEG with
OpenCV. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

BUDGET = 5.0
ROW = "photo import: 12 MP, 60 notes"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    import cv2
    import numpy as np

    from mapstudio.fileformat import load_project
    from mapstudio.layout import Rect
    from mapstudio.photo import PhotoInput, analyse_photos
    from mapstudio.resources import as_file, resource
    from photo.synth import Shot, photograph, render_poster, stick_notes

    with as_file(resource("templates", "service-blueprint.mapstudio")) as path:
        project = load_project(path).project
    poster = render_poster(project, "blueprint", 110, page="A0", template=True)
    rng = np.random.default_rng(15)
    wall = stick_notes(poster, rng, 60, largest=45 * 72 / 25.4)
    plan = poster.plan
    shot = Shot(Rect(0, 0, plan.trim_w, plan.trim_h), 18, -10, 4, (3000, 4000))
    data = photograph(wall, shot, rng, 88)
    photo = PhotoInput("wall.jpg", data)
    buffer = np.frombuffer(data, np.uint8)
    floors, figures, found = [], [], None
    for _ in range(args.runs):
        start = time.perf_counter()
        cv2.imdecode(buffer, cv2.IMREAD_COLOR)
        floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        found = analyse_photos(project, None, [photo], ocr=False)
        figures.append(time.perf_counter() - start)
    assert found is not None
    figure, floor = statistics.median(figures), statistics.median(floors)
    verdict = "pass" if figure <= BUDGET else "fail"
    print(
        f"{ROW}: {figure:.2f} s (floor {floor:.2f} s, budget {BUDGET:g} s) {verdict}; "
        f"{len(wall.notes)} notes stuck, {len(found.notes)} found, "
        f"{len(data) / 1e6:.1f} MB JPEG"
    )
    if args.json:
        row = {
            "name": ROW,
            "figure": figure,
            "floor": floor,
            "budget": BUDGET,
            "unit": "s",
            "verdict": verdict,
            "details": {"samples": figures, "notes": len(wall.notes), "found": len(found.notes)},
        }
        args.json.write_text(json.dumps({"rows": [row]}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
