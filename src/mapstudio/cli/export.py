"""`mapstudio export FILE -o OUT [options]`: posters, spreadsheets and pictures from a script.

Loads the project as the app would and writes a print-ready PDF poster (the default),
a CSV or XLSX sheet of the cards and emotion points, or a PNG or SVG picture, by the
suffix of OUT or --format. Prints a one-line summary plus any warnings. Exit status: 0
when the file was written, 1 when the project cannot be loaded or the export cannot be
made (with the reason in plain words), 2 for usage errors. Qt is imported only for PNG
and SVG.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TextIO

log = logging.getLogger(__name__)

NAME = "export"
HELP = "export maps as PDF posters, CSV/XLSX sheets or PNG/SVG pictures"
FORMATS = ("pdf", "csv", "xlsx", "png", "svg")


def build_parser(prog: str = "mapstudio export") -> argparse.ArgumentParser:
    """The argument parser of the subcommand."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Export journey maps as print-ready PDF posters: any paper size, or tiled "
            "onto office sheets to tape together; with bleed and crop marks for print "
            "shops, or as blank workshop templates. Lengths take a unit: 3mm, 0.125in, "
            "1cm, 12pt."
        ),
        epilog=(
            "Examples:\n"
            "  mapstudio export shop.mapstudio -o poster.pdf --page A0\n"
            "  mapstudio export shop.mapstudio -o a.pdf --distance table --card-text everything\n"
            "  mapstudio export shop.mapstudio -o tiles.pdf --page A1 --tile A4\n"
            "  mapstudio export shop.mapstudio -o print.pdf --page A0 --bleed 3mm --crop-marks "
            "--pdfx\n"
            "  mapstudio export shop.mapstudio -o wall.pdf --template --fit scale:100 "
            "--page 1200x900mm\n"
            "  mapstudio export shop.mapstudio -o cards.xlsx\n"
            "  mapstudio export shop.mapstudio -o slide.png --map 'Current state' --dpi 200\n"
            "Exit status: 0 written, 1 load or export error, 2 usage error."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .mapstudio project file")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: from the suffix of OUT)",
    )
    parser.add_argument(
        "--dpi",
        type=float,
        default=150.0,
        help="resolution of a PNG picture in dots per inch (default 150)",
    )
    parser.add_argument(
        "--map",
        default="all",
        metavar="NAME|ID|all",
        help="the map to export, by title or id; 'all' (default) puts every map in one PDF",
    )
    parser.add_argument(
        "--page",
        default=None,
        metavar="SIZE",
        help="poster size: 4A0, 2A0, A0–A5, B1–B3, Letter, Legal, Tabloid, Ledger, ARCH C/D/E, or "
        "WIDTHxHEIGHT with a unit such as 600x900mm (default: A1, or the size the text "
        "needs to read from the distance)",
    )
    parser.add_argument(
        "--distance",
        default=None,
        metavar="METRES|table|wall|corridor",
        help="where people stand to read the poster: metres (1.5, 150cm) or table (0.7 m), "
        "wall (1.5 m, default), corridor (3 m); text is sized so its capitals are at "
        "least distance/250 high",
    )
    parser.add_argument(
        "--card-text",
        default=None,
        choices=("titles", "text", "everything"),
        help="what of each card is printed, at a size that reads from the distance: "
        "titles only (default; card text is for reading up close), titles and text, or "
        "everything (channel, severity, figures, tags)",
    )
    parser.add_argument(
        "--orientation",
        default="auto",
        choices=("auto", "portrait", "landscape"),
        help="auto (default) turns the page the way that shows the map larger",
    )
    parser.add_argument(
        "--fit",
        default="page",
        metavar="page|width|scale:PERCENT",
        help="page: as large as fits (default); width: fill the width, the poster grows in "
        "length if needed; scale:100 prints the map at its natural size",
    )
    parser.add_argument(
        "--tile", metavar="SIZE", help="cut the poster into sheets of this size (e.g. A4, Letter)"
    )
    parser.add_argument(
        "--overlap", metavar="LENGTH", help="overlap of neighbouring sheets (default 10mm)"
    )
    parser.add_argument(
        "--margin",
        metavar="LENGTH",
        help="with --tile: the edge your printer cannot print (default 6mm); without: "
        "the white margin around the poster (default: from the page size)",
    )
    parser.add_argument(
        "--bleed", metavar="LENGTH", help="extend background colours past the trim (e.g. 3mm)"
    )
    parser.add_argument(
        "--crop-marks", action="store_true", help="print crop marks outside the trim"
    )
    parser.add_argument(
        "--template",
        action="store_true",
        help="a blank workshop template: headers and lanes, empty cells for 76 mm notes",
    )
    parser.add_argument("--grayscale", "--greyscale", action="store_true", help="print in grey")
    parser.add_argument(
        "--pdfx",
        action="store_true",
        help="for a print shop: PDF/X-4 in CMYK for offset on coated paper (FOGRA39), "
        "text and grey rules in black ink only (default: RGB, for office printers)",
    )
    marks = parser.add_mutually_exclusive_group()
    marks.add_argument(
        "--no-photo-marks",
        dest="photo_marks",
        action="store_false",
        help="leave out the small markers round the map and the code above its top-right "
        "corner that let `mapstudio photo-import` read photos of the poster back after a "
        "workshop (they are printed by default)",
    )
    marks.add_argument(
        "--photo-marks",
        dest="photo_marks",
        action="store_true",
        help="print the photo marks (the default; for scripts that say so)",
    )
    parser.set_defaults(photo_marks=True)
    return parser


def run(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run the subcommand on `argv` (the arguments after 'export')."""
    parser = build_parser()
    args = parser.parse_args(argv)
    fmt = args.format or (args.output.suffix.lower().lstrip(".") or "pdf")
    if fmt not in FORMATS:
        parser.error(
            f"cannot tell the format from “{args.output.name}”: name the output "
            ".pdf, .csv, .xlsx, .png or .svg, or pass --format"
        )
    if fmt != "pdf":
        return _run_other_format(fmt, args, out, err)

    # Imported here so `mapstudio --help` and the GUI start do not pay for reportlab.
    from mapstudio.export import ExportError, build_options, export_pdf
    from mapstudio.fileformat import ProjectFileError, load_project

    try:
        options = build_options(
            page=args.page,
            orientation=args.orientation,
            fit=args.fit,
            tile=args.tile,
            overlap=args.overlap,
            margin=args.margin,
            bleed=args.bleed,
            crop_marks=args.crop_marks,
            template=args.template,
            grayscale=args.grayscale,
            map=args.map,
            distance=args.distance,
            card_text=args.card_text,
            pdfx=args.pdfx,
            photo_marks=args.photo_marks,
        )
    except ExportError as exc:
        print(f"mapstudio export: {exc}", file=err)
        return 1
    try:
        result = load_project(args.file)
    except ProjectFileError as exc:
        log.info("export %s: cannot load: %s", args.file, exc)
        print(f"mapstudio export: cannot open {args.file}: {exc}", file=err)
        return 1
    except OSError as exc:
        print(f"mapstudio export: cannot read {args.file}: {exc.strerror or exc}", file=err)
        return 1
    for warning in result.beyond_limits:
        # What is past a limit is not printed: say so rather than leave it out quietly.
        print(f"  warning: {warning}", file=err)
    try:
        report = export_pdf(result.project, args.output, options)
    except ExportError as exc:
        log.info("export %s: %s", args.file, exc)
        print(f"mapstudio export: {exc}", file=err)
        return 1
    except OSError as exc:
        print(f"mapstudio export: cannot write {args.output}: {exc.strerror or exc}", file=err)
        return 1
    print(report.summary(), file=out)
    for warning in report.warnings:
        print(f"  warning: {warning}", file=err)
    return 0


def _run_other_format(fmt: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Sheets (no Qt) and pictures (Qt, offscreen when there is no display)."""
    from mapstudio.export import ExportError, select_maps
    from mapstudio.fileformat import ProjectFileError, load_project

    try:
        result = load_project(args.file)
    except ProjectFileError as exc:
        print(f"mapstudio export: cannot open {args.file}: {exc}", file=err)
        return 1
    project = result.project
    for warning in result.beyond_limits:  # as for a PDF: what is past a limit, said
        print(f"  warning: {warning}", file=err)
    selector = None if args.map == "all" else args.map
    try:
        maps = select_maps(project, selector)
        output = args.output.with_suffix(f".{fmt}") if not args.output.suffix else args.output
        if fmt in ("csv", "xlsx"):
            from mapstudio.export.sheets import export_sheet

            rows = export_sheet(project, output, [m.id for m in maps])
            print(f"{output.name}: {rows} rows from {len(maps)} map(s)", file=out)
            return 0
        if selector is None and len(maps) > 1:
            maps = maps[:1]
            print(f"  note: a picture shows one map; exported “{maps[0].title}”", file=err)
        from mapstudio.ui.image_export import ensure_application, export_png, export_svg

        ensure_application()
        if fmt == "png":
            report = export_png(project, maps[0].id, output, dpi=args.dpi)
            print(
                f"{output.name}: {report.width} × {report.height} px at {args.dpi:g} dpi", file=out
            )
        else:
            report = export_svg(project, maps[0].id, output)
            print(f"{output.name}: {report.width} × {report.height} pt", file=out)
        for warning in report.warnings:
            print(f"  warning: {warning}", file=err)
        return 0
    except ExportError as exc:
        print(f"mapstudio export: {exc}", file=err)
        return 1
    except OSError as exc:
        print(f"mapstudio export: cannot write {args.output}: {exc.strerror or exc}", file=err)
        return 1


__all__ = ["FORMATS", "HELP", "NAME", "build_parser", "run"]
