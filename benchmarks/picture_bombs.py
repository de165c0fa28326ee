"""Peak memory and time of a project full of legal "picture bombs" (issue 12, finding 6).

A 1-bit PNG of 8000 × 5000 pixels (40 megapixels, the most a project may hold) is about
ten kilobytes on disk and 40 to 160 MB decoded. This puts ten different ones on ten
cards of the example project and measures, each in a fresh process::

    .venv/bin/python benchmarks/picture_bombs.py [--count 10] [--kind 1bit|rgba] [--json out.json]

(``--kind rgba``: the same pictures as 32-bit RGBA PNGs, 160 MB each decoded.)

rows: ``pdf colour`` and ``pdf grey`` (export_pdf, A1 single sheet), ``png 150 dpi``
(the picture export), ``window`` (open the project in the main window and paint the
whole map once, offscreen). Each row reports the wall time of the step and the peak
resident memory (VmHWM) of its process, with the process's resident memory before the
step for reference. Nothing here is asserted: tests/export/test_pdf_pictures.py checks
that such an export completes with one decoded picture alive at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROWS = ("pdf colour", "pdf grey", "png 150 dpi", "window")
RESULT = "RESULT "


def _resident_mb(field: str) -> float:
    """VmHWM (peak) or VmRSS (now) of this process in MB; ru_maxrss where /proc is absent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_project(count: int, out: Path, kind: str = "1bit") -> None:
    """The example project with `count` different 40-megapixel PNGs on its cards."""
    from PIL import Image, ImageDraw

    from mapstudio.fileformat import load_project, save_project
    from mapstudio.model import Asset
    from mapstudio.resources import as_file, resource

    with as_file(resource("examples", "online-purchase.mapstudio")) as path:
        project = load_project(path).project
    assets = []
    for i in range(count):
        if kind == "rgba":
            image = Image.new("RGBA", (8000, 5000), (240, 200, 40, 255))
            ImageDraw.Draw(image).rectangle((i * 97, 0, i * 97 + 40, 4999), fill=(0, 0, 0, 128))
        else:
            image = Image.new("1", (8000, 5000), 1)
            ImageDraw.Draw(image).rectangle((i * 97, 0, i * 97 + 40, 4999), fill=0)
        buffer = BytesIO()
        image.save(buffer, "PNG", optimize=True)
        assets.append(Asset.from_bytes(buffer.getvalue(), "image/png", 8000, 5000))
    journey = project.maps[0]
    by_card = {journey.cards[i].id: a.id for i, a in enumerate(assets)}
    cards = tuple(
        c.model_copy(update={"image_asset_id": by_card[c.id]}) if c.id in by_card else c
        for c in journey.cards
    )
    project = project.model_copy(
        update={
            "maps": (journey.model_copy(update={"cards": cards}), *project.maps[1:]),
            "assets": {a.id: a for a in assets},
        }
    )
    save_project(project, out)


def worker(row: str, path: Path, workdir: Path) -> dict[str, float | str]:
    """Run one row in this process; the figures of the step."""
    from mapstudio.fileformat import load_project

    project = load_project(path).project
    map_id = project.maps[0].id
    if row == "window":
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage, QPainter

        from mapstudio.ui.app import create_application
        from mapstudio.ui.main_window import MainWindow

        app = create_application([])
    elif row.startswith("pdf"):
        from mapstudio.export import build_options, export_pdf
    else:
        from mapstudio.ui.image_export import ensure_application, export_png

        ensure_application()
    before = _resident_mb("VmRSS")
    start = time.perf_counter()
    if row.startswith("pdf"):
        options = build_options(page="A1", map=map_id, grayscale=row == "pdf grey")
        export_pdf(project, workdir / "bombs.pdf", options)
    elif row == "png 150 dpi":
        export_png(project, map_id, workdir / "bombs.png", dpi=150)
    else:
        window = MainWindow()
        window.open_path(path)
        window.show()
        app.processEvents()
        ml = window.scene.map_layout
        assert ml is not None
        image = QImage(round(ml.width), round(ml.height), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        window.scene.render(painter, QRectF(image.rect()), QRectF(0, 0, ml.width, ml.height))
        painter.end()
        window.document.mark_clean()
    seconds = time.perf_counter() - start
    return {"row": row, "seconds": seconds, "peak_mb": _resident_mb("VmHWM"), "before_mb": before}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10, help="pictures (default 10)")
    parser.add_argument("--kind", choices=("1bit", "rgba"), default="1bit", help="PNG kind")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--worker", nargs=3, metavar=("ROW", "PROJECT", "DIR"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.worker:
        row, project, workdir = args.worker
        print(RESULT + json.dumps(worker(row, Path(project), Path(workdir))), flush=True)
        os._exit(0)  # skip Qt's teardown; the figures are out
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        path = workdir / "bombs.mapstudio"
        make_project(args.count, path, args.kind)
        size_kb = path.stat().st_size / 1024
        print(f"{args.count} {args.kind} pictures of 8000 × 5000 px; project file {size_kb:.0f} kB")
        results = []
        for row in ROWS:
            done = subprocess.run(
                [sys.executable, __file__, "--worker", row, str(path), str(workdir)],
                capture_output=True,
                text=True,
                timeout=900,
                check=False,
            )
            lines = [x for x in done.stdout.splitlines() if x.startswith(RESULT)]
            if done.returncode != 0 or not lines:
                print(f"{row:<14} failed: {done.stderr.strip()[-500:]}")
                results.append({"row": row, "error": done.stderr[-2000:]})
                continue
            result = json.loads(lines[-1][len(RESULT) :])
            results.append(result)
            print(
                f"{row:<14} {result['seconds']:6.1f} s   peak {result['peak_mb']:7.0f} MB"
                f"   (before the step {result['before_mb']:.0f} MB)"
            )
    if args.json:
        args.json.write_text(
            json.dumps({"count": args.count, "kind": args.kind, "rows": results}, indent=2),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
