"""Process-wide settings every entry point applies: the window, the CLI, benchmarks."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# Python's defaults (700, 10, 10) suit programs with few long-lived objects. A project is
# a tree of small frozen objects without reference cycles (hundreds of thousands for a
# 20,000-card map), which the collector's older passes scan again and again for nothing:
# laying out such a map took 1.4-2.0 s with the defaults and 0.9 s with these.
GC_THRESHOLDS = (50_000, 20, 100)


def tune_garbage_collector() -> None:
    """Collect less often: large maps allocate many objects that all stay alive."""
    gc.set_threshold(*GC_THRESHOLDS)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for a large batch job that makes no reference cycles:
    dumping a project, planning and drawing posters, comparing and merging copies.

    Such a job allocates as many objects as the project has and keeps most of them
    until it ends; each automatic collection it triggers walks every object alive in
    the process again, so without a pause the job grew faster than the project (the
    PDF of a map four times as large took five times as long). A pause that found the
    collector on turns it on again when it ends; one that found it off (a caller's
    pause, or another thread's) leaves it off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
