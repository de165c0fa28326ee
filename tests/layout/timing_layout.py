"""Rough timing of a full and an incremental layout of the large map (not a test).

Run: .venv/bin/python tests/layout/timing_layout.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from layout_maps import large_project

from mapstudio.layout import BundledFontMeasurer, LayoutCache, layout


def _figures(name: str, seconds: list[float]) -> None:
    median, best = statistics.median(seconds) * 1000, min(seconds) * 1000
    print(f"{name:<40} median {median:7.1f} ms   min {best:7.1f} ms   (n={len(seconds)})")


def main() -> None:
    started = time.perf_counter()
    project = large_project()
    journey = project.maps[0]
    print(f"generated {len(journey.cards)} cards in {time.perf_counter() - started:.2f} s")
    layout(journey, project)  # parse the fonts once, as an app would at start

    cold = []
    for _ in range(5):
        started = time.perf_counter()
        layout(journey, project, measurer=BundledFontMeasurer(), cache=LayoutCache())
        cold.append(time.perf_counter() - started)
    warm = []
    for _ in range(5):
        started = time.perf_counter()
        layout(journey, project, cache=LayoutCache())
        warm.append(time.perf_counter() - started)

    cache = LayoutCache()
    result = layout(journey, project, cache=cache)
    retitle, move = [], []
    for n in range(40):
        cards = list(journey.cards)
        i = (n * 97) % len(cards)
        cards[i] = cards[i].model_copy(update={"title": f"Edited title {n}"})
        journey = journey.model_copy(update={"cards": tuple(cards)})
        misses = cache.misses
        started = time.perf_counter()
        result = layout(journey, project, cache=cache)
        retitle.append(time.perf_counter() - started)
        assert cache.misses - misses == 1
    for n in range(40):
        # Move a card to another stage of its lane: two cells change.
        cards = list(journey.cards)
        i = (n * 131) % len(cards)
        stage = f"s{(int(cards[i].stage_id[1:]) + 1) % 30}"
        cards[i] = cards[i].model_copy(update={"stage_id": stage})
        journey = journey.model_copy(update={"cards": tuple(cards)})
        started = time.perf_counter()
        result = layout(journey, project, cache=cache)
        move.append(time.perf_counter() - started)
    print(f"cells {len(result.cells)}, cards {len(result.cards)}")
    _figures("full layout, fresh measurer", cold)
    _figures("full layout, warm word widths", warm)
    _figures("incremental, one title edited", retitle)
    _figures("incremental, one card moved", move)


if __name__ == "__main__":
    main()
