"""Measure every row of the performance budget (DESIGN.md) and the floor it is compared with.

One command, one run, one table::

    .venv/bin/python benchmarks/run.py --size large [--json out.json] [--seed N]
    .venv/bin/python benchmarks/run.py --growth [--json growth.json]
    .venv/bin/python benchmarks/run.py --largest [--json largest.json]

Rows (budgets are those of DESIGN.md for the ``large`` map; other sizes are judged by the
same numbers, which only means something for ``large``):

=====================  ======================================  ===========================
row                    what is timed                           floor (same run)
=====================  ======================================  ===========================
startup                fresh ``python`` process to the first   the same for a bare
                       paint of an empty MainWindow            PySide6 QMainWindow
open                   load_project + MainWindow(document) +   read + ``json.loads`` of
                       show + first paint of the viewport,     the same file
                       in a running app (fresh process)
edit: move card        Document.execute(MoveCards) -> scene    —
                       sync -> viewport repainted (100 % zoom)
edit: retitle card     the same with UpdateCard(title)         —
zoom frame             whole map fitted; zoom x1.2 / /1.2 ->   —
                       full viewport repaint
pan frame              most of the map visible; scroll 40 px   —
                       -> the repaint Qt does for it
save                   save_project (atomic, fsync, backup)    ``json.dumps`` of the same
                                                               data (plain dicts)
pdf: A0 sheet          mapstudio.export.export_pdf, one A0     reportlab drawing the same
                       page                                    card rects and strings on
                                                               A0, no layout
pdf: tiled to A4       export_pdf tiled onto A4 sheets         the floor drawing placed on
                                                               16 A4 pages as one form
pdf: A0 PDF/X          the A0 sheet as PDF/X-4 (CMYK, output   the A0 floor
                       intent, XMP)
memory                 peak RSS (VmHWM) of the process that    —
                       opened the map (the open row's worker)
diff: two copies       mapstudio.compare.diff of two copies    every card of one copy
                       of the map edited apart (each loaded     compared by id with ``==``
                       from its own file)                       to the other's
merge: two copies      mapstudio.compare.merge of the same      the same comparison
                       two copies with their common base
=====================  ======================================  ===========================

``--largest`` measures instead the largest project the model's limits accept
(``generate.largest``: every count at its limit at once, every drawn text at its longest,
the file just under the loader's size limit), with its cards spread over the first map
("largest") or all in one cell ("crowded cell"). Each row runs three times, each in a
fresh process, and reports the median seconds, with every run's wall and CPU seconds and
the process's peak RSS in its details; the budget is the one the limits are set for,
10 s and 2 GB:

=============================  ===================================================
row                            what is timed
=============================  ===================================================
<shape>: open                  load_project + layout of the first map (what opening
                               costs before Qt draws anything)
<shape>: open in the window    the ``open`` row of the budget above, on this file
<shape>: validate              ``mapstudio validate FILE``, in-process
<shape>: PDF export            ``mapstudio export FILE -o OUT.pdf`` (every map)
<shape>: peak memory           the largest peak RSS of the rows above
=============================  ===================================================

Qt runs offscreen (QT_QPA_PLATFORM=offscreen). Every Qt measurement runs in a fresh
subprocess (this file with ``--worker``), so the timings are not warmed by each other and
the memory figure is that of an app that only opened the map. The machine may be shared
and has few cores: every figure is a median of several runs, and the load average is
recorded with the machine.

The JSON written by ``--json`` is ``{"machine": {...}, "size": ..., "rows": [{"name",
"figure", "floor", "ratio", "budget", "unit", "verdict", ...}]}``; figures are seconds
(``unit: "s"``) or megabytes (``unit: "MB"``). A row that cannot be measured yet (the PDF
export while it is not written) has ``figure: null`` and ``verdict: "n/a"`` with a
``note``.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # for `generate` when run as a script or a worker

# Qt must be offscreen before any Qt import, here and in every worker we start.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

RESULT_PREFIX = "RESULT "
WORKER_TIMEOUT = 900.0  # seconds; an xlarge open on a busy 2-core machine is slow


# -- rows -------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table: a measured figure, its floor, the budget and the verdict."""

    name: str
    figure: float | None
    floor: float | None
    budget: float | None
    unit: str = "s"
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.figure is None or not self.floor:
            return None
        return self.figure / self.floor

    @property
    def verdict(self) -> str:
        if self.figure is None:
            return "n/a"
        if self.budget is None:
            return "info"
        return "pass" if self.figure <= self.budget else "fail"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["verdict"] = self.verdict
        return data


# Budgets of DESIGN.md, in the row's unit. The tiled PDF and the print shop's PDF/X have
# no row of their own there; they are held to the A0 budget, as the same job.
BUDGETS: dict[str, tuple[float, str]] = {
    "startup": (1.0, "s"),
    "open": (1.5, "s"),
    "edit: move card": (0.016, "s"),
    "edit: retitle card": (0.016, "s"),
    "zoom frame": (0.016, "s"),
    "pan frame": (0.016, "s"),
    "save": (0.3, "s"),
    "pdf: A0 sheet": (3.0, "s"),
    "pdf: tiled to A4": (3.0, "s"),
    "pdf: A0 PDF/X": (3.0, "s"),
    "memory": (400.0, "MB"),
    # Issue 14: comparing and merging two edited copies of the large map.
    "diff: two copies": (1.0, "s"),
    "merge: two copies": (1.0, "s"),
}

# Repeats per size: (startup runs, open runs, interactive samples, save/pdf runs).
REPEATS: dict[str, tuple[int, int, int, int]] = {
    "small": (2, 2, 12, 3),
    "large": (5, 3, 40, 5),
    "xlarge": (3, 3, 24, 3),
}


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, list[float]]:
    """Median and all samples of `runs` calls of `fn`, in seconds."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return median(samples), samples


def timed_cpu(fn: Callable[[], Any], runs: int) -> tuple[float, list[float], float]:
    """`timed`, and the median CPU seconds of this process per call (what the work
    costs, whoever else holds the cores)."""
    samples, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        fn()
        samples.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return median(samples), samples, median(cpu)


# -- machine ----------------------------------------------------------------------------


def machine_info() -> dict[str, Any]:
    """What the figures were measured on; the load average tells how busy it was."""
    info: dict[str, Any] = {
        "os": platform.platform(),
        "python": platform.python_version(),
        "cores": os.cpu_count(),
    }
    with contextlib.suppress(AttributeError):
        info["usable_cores"] = len(os.sched_getaffinity(0))
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_mb"] = round(int(line.split()[1]) / 1024)
                break
    with contextlib.suppress(OSError):
        info["loadavg_start"] = os.getloadavg()
    with contextlib.suppress(ImportError):
        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    with contextlib.suppress(ImportError):
        import reportlab

        info["reportlab"] = reportlab.Version
    with contextlib.suppress(ImportError):
        import pydantic

        info["pydantic"] = pydantic.VERSION
    info["qpa"] = os.environ.get("QT_QPA_PLATFORM")
    return info


# -- subprocess helpers -----------------------------------------------------------------

# Both start-up children wait for the first paint event of the widget that shows the
# content, then say so; the parent times the whole process from spawn to that line, so
# interpreter start and imports count, as they do for a designer double-clicking the app.
_PAINT_PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QEventLoop, QObject
class Probe(QObject):
    painted = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False
def wait_painted(app, probe):
    while not probe.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
"""

BARE_WINDOW = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
probe = Probe()
window.installEventFilter(probe)
window.show()
wait_painted(app, probe)
print("painted", flush=True)
"""
)

APP_WINDOW = (
    _PAINT_PROBE
    + """
from mapstudio.ui.app import create_application
from mapstudio.ui.main_window import MainWindow
app = create_application()
window = MainWindow()
probe = Probe()
window.view.viewport().installEventFilter(probe)
window.show()
wait_painted(app, probe)
print("painted", flush=True)
"""
)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Keep settings and logs of the benchmark out of the user's real folders.
    scratch = Path(tempfile.gettempdir()) / "mapstudio-bench-home"
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[name] = str(scratch / name.lower())
    # An installed app starts from compiled bytecode (pip writes it); with this set in
    # the shell every start compiled ~150 modules first (~0.4 s of a 1.3 s start-up).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_process(code: str) -> float:
    """Seconds from spawning `python -c code` until it prints its first line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=WORKER_TIMEOUT)
    if not line.startswith("painted"):
        raise RuntimeError(f"start-up child failed (exit {process.returncode})")
    return elapsed


def run_worker(*args: str) -> dict[str, Any]:
    """Run this file as `--worker ...` and return the JSON it reports."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=WORKER_TIMEOUT,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    raise RuntimeError(f"worker {args} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")


# -- the GUI worker (runs in its own process) ----------------------------------------------


def read_memory() -> dict[str, float]:
    """Current and peak resident memory of this process, in MB (Linux /proc)."""
    found: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            key = line.split(":", 1)[0]
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(line.split()[1]) / 1024
    if "VmHWM" not in found:  # not Linux: ru_maxrss is KB on Linux, bytes on macOS
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        found["VmHWM"] = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return found


def gui_worker(path: Path, samples: int, generated: str | None = None) -> dict[str, Any]:
    """Open `path` as a running app would, report timings and memory; with `samples`,
    also time edits, zoom and pan frames on the opened window.

    `generated` ("SIZE:SEED"): instead of loading a file, open that generated project
    (one over the model's limits, which no file may hold); the open then times the
    window and its first paint only.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    from mapstudio.edit import Document
    from mapstudio.fileformat import load_project
    from mapstudio.ui.app import create_application
    from mapstudio.ui.main_window import MainWindow

    class Probe(QObject):
        """Counts paint events of the widget it watches."""

        painted = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    app = create_application()

    def wait_painted(probe: Probe, before: int) -> None:
        deadline = time.perf_counter() + 60
        while probe.painted == before and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    # The app as it is before File > Open: an empty window shown, fonts parsed.
    empty = MainWindow()
    probe = Probe()
    empty.view.viewport().installEventFilter(probe)
    empty.show()
    wait_painted(probe, 0)
    memory_before = read_memory()

    if generated is not None:
        from generate import generate

        name, seed = generated.split(":")
        project = generate(name, int(seed))
        floor, warnings = 0.0, 0
        started = loaded = time.perf_counter()
    else:
        # The floor: what merely parsing the file costs.
        started = time.perf_counter()
        json.loads(path.read_bytes())
        floor = time.perf_counter() - started

        started = time.perf_counter()
        result = load_project(path)
        loaded = time.perf_counter()
        project, warnings = result.project, len(result.warnings)
    window = MainWindow(Document(project, path))
    built = time.perf_counter()
    probe = Probe()
    viewport = window.view.viewport()
    viewport.installEventFilter(probe)
    window.show()
    wait_painted(probe, 0)
    painted = time.perf_counter()
    empty.hide()
    memory = read_memory()
    report: dict[str, Any] = {
        "open": painted - started,
        "floor": floor,
        "load_project": loaded - started,
        "main_window": built - loaded,
        "show_and_paint": painted - built,
        "warnings": warnings,
        "rss_mb": memory.get("VmRSS"),
        "peak_mb": memory["VmHWM"],
        "empty_app_rss_mb": memory_before.get("VmRSS"),
        "scene_items": len(window.scene.items()),
    }
    if samples:
        report.update(_interactive(app, window, probe, samples))
    return report


def _interactive(app: Any, window: Any, probe: Any, samples: int) -> dict[str, Any]:
    """Edit, zoom and pan timings (medians) on an opened MainWindow."""
    from mapstudio.edit import MoveCards, UpdateCard

    view = window.view
    viewport = view.viewport()
    document = window.document

    forced_frames = 0

    def frame() -> None:
        nonlocal forced_frames
        # Deliver what the change queued (scene index and update signals, the viewport's
        # update request); if Qt painted nothing, force the paint so a frame is counted.
        before = probe.painted
        app.processEvents()
        if probe.painted == before:
            forced_frames += 1
            viewport.repaint()
            app.processEvents()

    # -- edits at 100 % zoom, centred on the card, as while working on it
    view.zoom_actual_size()
    journey = window.current_map
    stages = [s.id for s in journey.stages]
    move_times, retitle_times, syncs = [], [], []
    move_cpu, retitle_cpu = [], []
    for n in range(samples):
        cards = window.current_map.cards
        card = cards[(n * 97) % len(cards)]
        view.centerOn(window.scene.card_items[card.id])
        frame()
        target = stages[(stages.index(card.stage_id) + 1) % len(stages)]
        command = MoveCards(journey.id, (card.id,), card.persona_id, card.lane_id, target)
        started, cpu = time.perf_counter(), time.process_time()
        document.execute(command)
        frame()
        move_times.append(time.perf_counter() - started)
        move_cpu.append(time.process_time() - cpu)
        syncs.append(window.scene.last_sync)

        card = window.current_map.cards[(n * 131 + 7) % len(cards)]
        view.centerOn(window.scene.card_items[card.id])
        frame()
        command = UpdateCard(journey.id, card.id, {"title": f"Edited title number {n}"})
        started, cpu = time.perf_counter(), time.process_time()
        document.execute(command)
        frame()
        retitle_times.append(time.perf_counter() - started)
        retitle_cpu.append(time.process_time() - cpu)

    # -- zoom: the whole map fitted, then one step in or out, full repaint
    view.fit_map()
    frame()
    fitted = view.zoom
    zoom_times, zoom_cpu = [], []
    for n in range(samples):
        started, cpu = time.perf_counter(), time.process_time()
        view.set_zoom(fitted * (1.2 if n % 2 == 0 else 1.0))
        viewport.repaint()  # a zoom always repaints the whole viewport
        app.processEvents()
        zoom_times.append(time.perf_counter() - started)
        zoom_cpu.append(time.process_time() - cpu)

    # -- pan: most of the map visible, scroll by 40 px back and forth along whichever
    # axes can scroll (a tall map fitted to the window scrolls only vertically)
    view.set_zoom(fitted * 1.25)
    frame()
    bars = [
        b
        for b in (view.horizontalScrollBar(), view.verticalScrollBar())
        if b.maximum() > b.minimum()
    ]
    pan_times, pan_cpu, forced = [], [], 0
    for n in range(samples if bars else 0):
        bar = bars[(n // 2) % len(bars)]
        step = 40 if n % 2 == 0 else -40
        value = bar.value()
        before = probe.painted
        started, cpu = time.perf_counter(), time.process_time()
        bar.setValue(value + step if value + step <= bar.maximum() else value - step)
        app.processEvents()
        if probe.painted == before:  # Qt painted nothing for the scroll: force it
            forced += 1
            viewport.repaint()
            app.processEvents()
        pan_times.append(time.perf_counter() - started)
        pan_cpu.append(time.process_time() - cpu)

    last = syncs[-1]
    return {
        "edit_move": median(move_times),
        "edit_retitle": median(retitle_times),
        "zoom": median(zoom_times),
        "pan": median(pan_times) if pan_times else None,
        "pan_forced_repaints": forced,
        "edit_forced_repaints": forced_frames,
        "edit_move_max": max(move_times),
        "edit_retitle_max": max(retitle_times),
        "zoom_max": max(zoom_times),
        "pan_max": max(pan_times, default=None),
        "fit_zoom": fitted,
        # CPU seconds of this process: what the work costs whoever else holds the cores.
        "cpu": {
            "edit_move": median(move_cpu),
            "edit_retitle": median(retitle_cpu),
            "zoom": median(zoom_cpu),
            "pan": median(pan_cpu) if pan_cpu else None,
            "edit_move_max": max(move_cpu),
            "edit_retitle_max": max(retitle_cpu),
        },
        "last_move_sync": {
            "created": last.created,
            "updated": last.updated,
            "removed": last.removed,
            "untouched": last.untouched,
        },
    }


# -- PDF --------------------------------------------------------------------------------


def pdf_export_api() -> tuple[Any, Any] | None:
    """(export_pdf, ExportOptions) when mapstudio.export provides them, else None."""
    try:
        from mapstudio import export
    except ImportError:
        return None
    export_pdf = getattr(export, "export_pdf", None)
    options = getattr(export, "ExportOptions", None)
    if export_pdf is None or options is None:
        return None
    return export_pdf, options


def pdf_options(options_type: Any, tiled: bool, pdfx: bool = False) -> Any:
    """ExportOptions for one A0 sheet, or for the same poster tiled onto A4 paper, or
    for the A0 sheet as a print shop's PDF/X."""
    # The export is being written alongside this benchmark: prefer its parser of the
    # words a user types (build_options), else build the value from its page table.
    build = None
    with contextlib.suppress(ImportError):
        from mapstudio.export.options import build_options as build
    if build is not None:
        # Card text printed, as the floor draws every card's title and body (a poster
        # prints titles only by default; the floor would then draw more than it).
        text = {"card_text": "text"} if "card_text" in inspect.signature(build).parameters else {}
        if pdfx:
            return build(page="A0", pdfx=True, **text)
        return build(page="A0", tile="A4" if tiled else None, **text)
    from mapstudio.export.pages import PAGE_SIZES

    return options_type(page=PAGE_SIZES["A0"], tile=PAGE_SIZES["A4"] if tiled else None)


def floor_pdf(map_layout_free: list[tuple[str, str]], out: Path, tiled: bool) -> None:
    """reportlab drawing one rounded rect and the strings of every card on A0, no layout.

    Cards sit on a plain grid; the body is cut into 6-word lines so that about as many
    strings are drawn as the real export draws. Tiled: the same drawing made once as a
    form and placed on 16 A4 pages (A0 is exactly 4 x 4 A4), which is how a tiled poster
    can avoid drawing the map 16 times.
    """
    from reportlab.lib.pagesizes import A0, A4
    from reportlab.pdfgen.canvas import Canvas

    font = _floor_font()
    width, height = A0
    count = len(map_layout_free)
    columns = max(1, int((count * width / height) ** 0.5))
    rows = (count + columns - 1) // columns
    cell_w, cell_h = width / columns, height / max(1, rows)
    scale = min(cell_w / 170.0, cell_h / 120.0)

    def draw(canvas: Canvas) -> None:
        canvas.setLineWidth(0.5)
        for i, (title, body) in enumerate(map_layout_free):
            x, y = (i % columns) * cell_w, height - (i // columns + 1) * cell_h
            canvas.saveState()
            canvas.translate(x, y)
            canvas.scale(scale, scale)
            canvas.setFillColorRGB(1.0, 0.96, 0.72)
            canvas.roundRect(4, 4, 162, 112, 6, stroke=1, fill=1)
            canvas.setFillColorRGB(0.1, 0.1, 0.1)
            canvas.setFont(font, 9)
            canvas.drawString(10, 100, title)
            canvas.setFont(font, 8)
            words = body.split()
            for line_no in range(0, len(words), 6):
                canvas.drawString(10, 88 - line_no * 1.7, " ".join(words[line_no : line_no + 6]))
            canvas.restoreState()

    if not tiled:
        canvas = Canvas(str(out), pagesize=A0)
        draw(canvas)
        canvas.showPage()
        canvas.save()
        return
    canvas = Canvas(str(out), pagesize=A4)
    canvas.beginForm("poster", lowerx=0, lowery=0, upperx=width, uppery=height)
    draw(canvas)
    canvas.endForm()
    tile_w, tile_h = A4
    for row in range(4):
        for column in range(4):
            canvas.saveState()
            canvas.translate(-column * tile_w, -(3 - row) * tile_h)
            canvas.doForm("poster")
            canvas.restoreState()
            canvas.showPage()
    canvas.save()


_FLOOR_FONT: str | None = None


def _floor_font() -> str:
    """The bundled Noto Sans in reportlab (as the export embeds it), else Helvetica."""
    global _FLOOR_FONT
    if _FLOOR_FONT is None:
        try:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            from mapstudio.resources import as_file, resource

            with as_file(resource("fonts", "NotoSans-Regular.ttf")) as font_path:
                pdfmetrics.registerFont(TTFont("BenchNotoSans", str(font_path)))
            _FLOOR_FONT = "BenchNotoSans"
        except Exception:  # the floor still works with a base font
            _FLOOR_FONT = "Helvetica"
    return _FLOOR_FONT


# -- one size -----------------------------------------------------------------------------


def measure(size: str, seed: int, workdir: Path, log: Callable[[str], None]) -> list[Row]:
    """Every row of the budget for one generated map."""
    from generate import generate

    from mapstudio.fileformat import load_project, save_project
    from mapstudio.model.types import MAX_CARDS

    startup_runs, open_runs, samples, file_runs = REPEATS.get(size, REPEATS["xlarge"])
    path = workdir / f"{size}.mapstudio"
    log(f"[{size}] generating the map (seed {seed})")
    project = generate(size, seed)
    journey = project.maps[0]
    # Past the model's limit (run.py --cards): no file may hold it, so only what the
    # window does with it is measured, from the project made in the worker.
    over_limit = len(journey.cards) > MAX_CARDS
    if not over_limit:
        save_project(project, path)
    shape = {
        "cards": len(journey.cards),
        "personas": len(project.personas),
        "stages": len(journey.stages),
        "file_mb": None if over_limit else round(path.stat().st_size / 1e6, 2),
    }
    rows: list[Row] = []

    def add(name: str, figure: float | None, floor: float | None, **extra: Any) -> Row:
        budget, unit = BUDGETS[name]
        row = Row(name, figure, floor, budget, unit, **extra)
        rows.append(row)
        log(f"[{size}] {name}: {_show(figure, unit)}")
        return row

    # Start-up does not depend on the map; both kinds of process alternate so that a
    # burst of load elsewhere on the machine hits both alike.
    log(f"[{size}] start-up, {startup_runs} fresh processes each")
    bare, app = [], []
    time_process(APP_WINDOW)  # untimed: writes the bytecode an installed app starts from
    for _ in range(startup_runs):
        bare.append(time_process(BARE_WINDOW))
        app.append(time_process(APP_WINDOW))
    add("startup", median(app), median(bare), details={"samples": app, "floor_samples": bare})

    log(f"[{size}] open, {open_runs} fresh processes (the first also edits, zooms, pans)")
    worker = ("gui-generated", f"{size}:{seed}") if over_limit else ("gui", str(path))
    opens = [run_worker(*worker, str(samples if i == 0 else 0)) for i in range(open_runs)]
    first = opens[0]
    keys = ("load_project", "main_window", "show_and_paint", "scene_items", "warnings")
    add(
        "open",
        median([o["open"] for o in opens]),
        None if over_limit else median([o["floor"] for o in opens]),
        note="made in the process, not loaded: over the model's limits" if over_limit else "",
        details={
            "samples": [o["open"] for o in opens],
            **{k: median([o[k] for o in opens]) for k in keys},
        },
    )
    cpu = first["cpu"]
    add("edit: move card", first["edit_move"], None, details={
        "max": first["edit_move_max"], "last_sync": first["last_move_sync"], "n": samples,
        "forced_repaints_of_all_frames": first["edit_forced_repaints"],
        "cpu": cpu["edit_move"], "cpu_max": cpu["edit_move_max"], "zoom": 1.0})  # fmt: skip
    add("edit: retitle card", first["edit_retitle"], None, details={
        "max": first["edit_retitle_max"], "n": samples, "cpu": cpu["edit_retitle"],
        "cpu_max": cpu["edit_retitle_max"], "zoom": 1.0})  # fmt: skip
    add("zoom frame", first["zoom"], None, details={
        "max": first["zoom_max"], "n": samples, "fit_zoom": first["fit_zoom"],
        "cpu": cpu["zoom"]})  # fmt: skip
    add("pan frame", first["pan"], None, details={
        "max": first["pan_max"], "n": samples, "cpu": cpu["pan"],
        "forced_full_repaints": first["pan_forced_repaints"]})  # fmt: skip

    if over_limit:
        note = f"not measured: {len(journey.cards):,} cards are over the model's limit"
        for name in ("save", "pdf: A0 sheet", "pdf: tiled to A4", "pdf: A0 PDF/X"):
            add(name, None, None, note=note)
        add("memory", median([o["peak_mb"] for o in opens]), None)
        for name in ("diff: two copies", "merge: two copies"):
            add(name, None, None, note=note)
        for row in rows:
            row.details.setdefault("map", shape)
        return rows

    log(f"[{size}] save, {file_runs} runs")
    loaded = load_project(path).project
    out = workdir / f"{size}-saved.mapstudio"
    figure, save_samples, save_cpu = timed_cpu(lambda: save_project(loaded, out), file_runs)
    data = json.loads(path.read_text(encoding="utf-8"))
    floor, _ = timed(lambda: json.dumps(data, indent=2, ensure_ascii=False), file_runs)
    dump, _ = timed(lambda: loaded.model_dump(mode="json"), file_runs)
    add("save", figure, floor, details={
        "samples": save_samples, "cpu": save_cpu, "model_dump": dump})  # fmt: skip

    log(f"[{size}] pdf, {file_runs} runs")
    strings = [(card.title, card.body) for card in journey.cards]
    api = pdf_export_api()
    for name, tiled, pdfx in (
        ("pdf: A0 sheet", False, False),
        ("pdf: tiled to A4", True, False),
        ("pdf: A0 PDF/X", False, True),
    ):
        target = workdir / f"{size}-floor{'-tiled' if tiled else ''}.pdf"
        floor, _ = timed(lambda t=target, tl=tiled: floor_pdf(strings, t, tl), file_runs)
        if api is None:
            add(name, None, floor, note="mapstudio.export.export_pdf is not available yet")
            continue
        export_pdf, options_type = api
        target = workdir / f"{size}{'-tiled' if tiled else ''}{'-pdfx' if pdfx else ''}.pdf"
        try:
            options = pdf_options(options_type, tiled, pdfx)
            figure, samples_pdf, pdf_cpu = timed_cpu(
                lambda o=options, t=target, f=export_pdf: f(loaded, t, o), file_runs
            )
        except Exception as exc:  # an unfinished export must not stop the run
            add(name, None, floor, note=f"export_pdf failed: {exc!r}"[:300])
            continue
        add(name, figure, floor, details={
            "samples": samples_pdf, "cpu": pdf_cpu, "bytes": target.stat().st_size})  # fmt: skip

    add("memory", median([o["peak_mb"] for o in opens]), None, details={
        "rss_after_open_mb": median([o["rss_mb"] for o in opens]),
        "empty_app_rss_mb": median([o["empty_app_rss_mb"] for o in opens]),
    })  # fmt: skip

    log(f"[{size}] diff and merge of two edited copies, {file_runs} runs")
    measure_merge(path, workdir, file_runs, add)
    for row in rows:
        row.details.setdefault("map", shape)
    return rows


# -- the largest accepted project ---------------------------------------------------------

LIMIT_SECONDS = 10.0  # what the model's limits are set for (DESIGN.md, issue 12)
LIMIT_MB = 2000.0
LARGEST_SHAPES = {"spread": "largest", "crowded": "crowded cell"}
LARGEST_RUNS = 3  # fresh processes per row; the median is the figure


def limits_worker(kind: str, path: Path) -> dict[str, Any]:
    """Open, validate or export `path` in this fresh process; seconds and peak RSS."""
    from mapstudio._runtime import tune_garbage_collector

    tune_garbage_collector()  # as the window and the command line do
    report: dict[str, Any] = {}
    started = time.perf_counter()
    cpu = time.process_time()
    if kind == "open":
        from mapstudio.fileformat import load_project
        from mapstudio.layout import layout

        result = load_project(path)
        report["load"] = time.perf_counter() - started
        map_layout = layout(result.project.maps[0], result.project)
        report.update(warnings=len(result.warnings), cards_laid_out=len(map_layout.cards))
    elif kind in ("validate", "pdf"):
        import io

        from mapstudio.cli.main import main as cli

        out, err = io.StringIO(), io.StringIO()
        argv = ["validate", str(path)]
        if kind == "pdf":
            argv = ["export", str(path), "-o", str(path.with_suffix(".pdf"))]
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            report["status"] = cli(argv)
        finally:
            sys.stdout, sys.stderr = saved
        report["output"] = (out.getvalue() + err.getvalue())[-400:]
    else:
        raise ValueError(f"unknown worker {kind!r}")
    report["seconds"] = time.perf_counter() - started
    report["cpu_seconds"] = time.process_time() - cpu
    report["peak_mb"] = read_memory()["VmHWM"]
    return report


def measure_largest(seed: int, workdir: Path, log: Callable[[str], None]) -> list[Row]:
    """Open, validate and export the largest projects the limits accept, each row in a
    fresh process; budgets 10 s and 2 GB."""
    from generate import largest

    from mapstudio.fileformat import load_project, save_project

    rows: list[Row] = []
    for shape, title in LARGEST_SHAPES.items():
        path = workdir / f"largest-{shape}.mapstudio"
        log(f"[{title}] generating and saving the largest project (seed {seed})")
        project = largest(shape, seed)
        save_project(project, path)  # the gate: it must save, and open without repairs
        shape_info = {
            "file_mb": round(path.stat().st_size / 2**20, 2),
            "maps": len(project.maps),
            "cards": sum(len(m.cards) for m in project.maps),
            "emotion_points": sum(len(m.emotion_points) for m in project.maps),
            "personas": len(project.personas),
            "warnings_on_load": len(load_project(path).warnings),
        }
        del project
        peaks = []
        for kind, name in (
            ("open", "open"),
            ("gui", "open in the window"),
            ("validate", "validate"),
            ("pdf", "PDF export"),
        ):
            # Three fresh processes per row, the median reported: single runs on this
            # shared machine move by a quarter.
            reports = [run_worker(kind, str(path), "0") for _ in range(LARGEST_RUNS)]
            samples = [r["open"] if kind == "gui" else r["seconds"] for r in reports]
            seconds = median(samples)
            report = reports[samples.index(sorted(samples)[len(samples) // 2])]
            peaks.extend(r["peak_mb"] for r in reports)
            details = {k: v for k, v in report.items() if k not in ("seconds", "open")}
            details["samples"] = samples
            details["cpu_samples"] = [r.get("cpu_seconds") for r in reports]
            details["project"] = shape_info
            note = "" if report.get("status", 0) == 0 else f"exit status {report['status']}"
            row = Row(f"{title}: {name}", seconds, None, LIMIT_SECONDS, note=note, details=details)
            rows.append(row)
            shown = ", ".join(_show(x, "s") for x in samples)
            peak = max(r["peak_mb"] for r in reports)
            log(f"[{title}] {name}: {_show(seconds, 's')} ({shown}), peak {peak:.0f} MB")
        rows.append(Row(f"{title}: peak memory", max(peaks), None, LIMIT_MB, unit="MB"))
    return rows


def edited_copies(project: Any, seed: int) -> tuple[Any, Any]:
    """Two copies of `project` edited apart, as two designers would in a week: each
    retitles and moves some cards, deletes a few and adds a few, one moves a stage;
    both retitle the same card (one conflict)."""
    import random

    from mapstudio.edit import (
        AddCard,
        DeleteCards,
        MoveCards,
        MoveStage,
        UpdateCard,
    )
    from mapstudio.model import Card, LaneKind

    rng = random.Random(seed)
    journey = project.maps[0]
    cards = list(journey.cards)
    rng.shuffle(cards)
    pain = next(lane for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS)
    shared = cards[0]

    # 80 cards per copy on the large map (fewer on a small one): 40 retitled, 30 moved,
    # 10 deleted; and 10 new cards each.
    share = max(2, min(80, (len(cards) - 1) // 2))

    def edit(copy: Any, picks: list[Any], who: str) -> Any:
        retitle, move = share // 2, share * 7 // 8
        for card in picks[:retitle]:
            copy = UpdateCard(journey.id, card.id, {"title": f"{card.title} ({who})"}).apply(copy)
        for card in picks[retitle:move]:
            stage = rng.choice(journey.stages)
            copy = MoveCards(journey.id, (card.id,), card.persona_id, card.lane_id, stage.id,
                             0).apply(copy)  # fmt: skip
        if picks[move:share]:
            copy = DeleteCards(journey.id, tuple(c.id for c in picks[move:share])).apply(copy)
        for n in range(10):
            stage = rng.choice(journey.stages).id
            persona = rng.choice(journey.bands)
            new = Card(lane_id=pain.id, stage_id=stage, persona_id=persona, title=f"New {n}")
            copy = AddCard(journey.id, new).apply(copy)
        return UpdateCard(journey.id, shared.id, {"title": f"Shared ({who})"}).apply(copy)

    ours = edit(project, cards[1 : 1 + share], "ours")
    theirs = edit(project, cards[1 + share : 1 + 2 * share], "theirs")
    theirs = MoveStage(journey.id, journey.stages[-1].id, 0).apply(theirs)
    return ours, theirs


def measure_merge(path: Path, workdir: Path, runs: int, add: Callable[..., Row]) -> None:
    """The diff and merge rows: copies saved and loaded back, so that no object is
    shared between them (as with files that came back by mail)."""
    from mapstudio.compare import diff, merge
    from mapstudio.fileformat import load_project, save_project

    base = load_project(path).project
    ours, theirs = edited_copies(base, 14)
    for name, copy in (("ours", ours), ("theirs", theirs)):
        save_project(copy, workdir / f"{name}.mapstudio")
    ours = load_project(workdir / "ours.mapstudio").project
    theirs = load_project(workdir / "theirs.mapstudio").project

    def compare_cards() -> int:
        differing = 0
        for mine, other in zip(ours.maps, theirs.maps, strict=False):
            by_id = {card.id: card for card in other.cards}
            differing += sum(1 for card in mine.cards if by_id.get(card.id) != card)
        return differing

    floor, _ = timed(compare_cards, runs)
    figure, samples = timed(lambda: diff(ours, theirs), runs)
    changes = len(diff(ours, theirs))
    add("diff: two copies", figure, floor, details={"samples": samples, "changes": changes})
    figure, samples = timed(lambda: merge(base, ours, theirs), runs)
    result = merge(base, ours, theirs)
    add("merge: two copies", figure, floor, details={
        "samples": samples, "conflicts": len(result.conflicts),
        "cards": len(result.project.maps[0].cards)})  # fmt: skip


# -- output -----------------------------------------------------------------------------


def _show(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value:.2f} s"


def format_table(rows: list[Row]) -> str:
    header = f"{'row':<20} {'figure':>10} {'floor':>10} {'ratio':>7} {'budget':>10}  verdict"
    lines = [header, "-" * len(header)]
    for row in rows:
        ratio = f"{row.ratio:.1f}x" if row.ratio is not None else "—"
        lines.append(
            f"{row.name:<20} {_show(row.figure, row.unit):>10} {_show(row.floor, row.unit):>10} "
            f"{ratio:>7} {_show(row.budget, row.unit):>10}  {row.verdict}"
            + (f"  ({row.note})" if row.note else "")
        )
    return "\n".join(lines)


def growth_rows(large: list[Row], xlarge: list[Row], size: str = "xlarge") -> list[dict[str, Any]]:
    """`size` (xlarge unless --cards) / large per row: data-sized rows may grow as the
    cards do, interactive ones barely. Rows measured with CPU time give that ratio too."""
    from generate import SIZES

    cards = SIZES[size].cards / SIZES["large"].cards
    interactive = {"edit: move card", "edit: retitle card", "zoom frame", "pan frame"}
    by_name = {row.name: row for row in xlarge}
    result = []
    for row in large:
        other = by_name.get(row.name)
        ratio = (
            other.figure / row.figure if other and other.figure is not None and row.figure else None
        )
        cpu_large = row.details.get("cpu")
        cpu_other = other.details.get("cpu") if other else None
        cpu_ratio = cpu_other / cpu_large if cpu_large and cpu_other else None
        if row.name == "startup":
            expected = 1.0
        elif row.name in interactive:
            expected = 1.5
        else:
            expected = cards
        result.append(
            {
                "name": row.name,
                "large": row.figure,
                "xlarge": other.figure if other else None,
                "ratio": ratio,
                "cpu_large": cpu_large,
                "cpu_xlarge": cpu_other,
                "cpu_ratio": cpu_ratio,
                "expected_at_most": expected,
                "verdict": "n/a"
                if ratio is None
                else ("pass" if ratio <= expected * 1.1 else "fail"),
            }
        )
    return result


def format_growth(growth: list[dict[str, Any]]) -> str:
    header = (
        f"{'row':<20} {'large':>10} {'xlarge':>10} {'ratio':>7} {'expect':>7}  verdict"
        f"  {'CPU large':>10} {'CPU xlarge':>10} {'ratio':>6}"
    )
    lines = [header, "-" * len(header)]
    for g in growth:
        unit = BUDGETS[g["name"]][1]
        ratio = f"{g['ratio']:.2f}x" if g["ratio"] is not None else "—"
        cpu = ""
        if g.get("cpu_ratio") is not None:
            cpu = (
                f"  {_show(g['cpu_large'], unit):>10} {_show(g['cpu_xlarge'], unit):>10} "
                f"{g['cpu_ratio']:.2f}x"
            )
        lines.append(
            f"{g['name']:<20} {_show(g['large'], unit):>10} {_show(g['xlarge'], unit):>10} "
            f"{ratio:>7} {'<=' + format(g['expected_at_most'], 'g') + 'x':>7}  "
            f"{g['verdict']:<7}{cpu}"
        )
    return "\n".join(lines)


@contextlib.contextmanager
def workspace(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="mapstudio-bench-") as name:
        yield Path(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large", "xlarge"), default="large")
    parser.add_argument("--seed", type=int, default=None, help="generator seed")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--growth", action="store_true", help="run large and xlarge, compare")
    parser.add_argument(
        "--largest", action="store_true", help="the largest project the limits accept"
    )
    parser.add_argument("--workdir", type=Path, help="keep generated maps and PDFs here")
    parser.add_argument(
        "--cards",
        type=int,
        help="with --growth: compare large with a map of this many cards instead of xlarge "
        "(16 personas, stages as needed). Above the model's limit of 10,000 cards only "
        "the window's rows are measured (no file may hold such a map).",
    )
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "FILE", "SAMPLES"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args(argv)

    if args.worker:
        kind, file, samples = args.worker
        if kind == "gui":
            report = gui_worker(Path(file), int(samples))
        elif kind == "gui-generated":
            unsaved = Path(tempfile.gettempdir()) / "mapstudio-bench-generated.mapstudio"
            report = gui_worker(unsaved, int(samples), generated=file)
        else:
            report = limits_worker(kind, Path(file))
        print(RESULT_PREFIX + json.dumps(report), flush=True)
        return 0

    from generate import DEFAULT_SEED

    seed = args.seed if args.seed is not None else DEFAULT_SEED

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    machine = machine_info()
    started = time.perf_counter()
    output: dict[str, Any] = {"machine": machine, "seed": seed}
    with workspace(args.workdir) as workdir:
        if args.largest:
            rows = measure_largest(seed, workdir, log)
            output.update(size="largest", rows=[r.as_json() for r in rows])
            print(format_table(rows))
        elif args.growth:
            from generate import SIZES, size_with_cards

            other = "xlarge" if args.cards is None else size_with_cards(args.cards)
            large = measure("large", seed, workdir, log)
            xlarge = measure(other, seed, workdir, log)
            growth = growth_rows(large, xlarge, other)
            output.update(
                size="large",
                other_size=other,
                other_cards=SIZES[other].cards,
                rows=[r.as_json() for r in large],
                xlarge_rows=[r.as_json() for r in xlarge],
                growth=growth,
            )
            times = SIZES[other].cards / SIZES["large"].cards
            print("large:\n" + format_table(large))
            print(f"\n{other}:\n" + format_table(xlarge))
            print(f"\ngrowth ({other} / large, {times:g} times the cards):\n")
            print(format_growth(growth))
        else:
            rows = measure(args.size, seed, workdir, log)
            output.update(size=args.size, rows=[r.as_json() for r in rows])
            print(format_table(rows))
    with contextlib.suppress(OSError):
        machine["loadavg_end"] = os.getloadavg()
    output["elapsed_s"] = round(time.perf_counter() - started, 1)
    print(
        f"\n{machine.get('cpu', '?')}, {machine.get('usable_cores')} cores, Python "
        f"{machine['python']}, Qt {machine.get('qt')}; load average "
        f"{machine.get('loadavg_start')} -> {machine.get('loadavg_end')}; medians; "
        f"{output['elapsed_s']} s"
    )
    if args.json:
        args.json.write_text(json.dumps(output, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
