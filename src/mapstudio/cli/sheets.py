"""`mapstudio import SHEET -o PROJECT [--into PROJECT --map NAME]`: spreadsheets in.

Reads a CSV or XLSX sheet (one row per card or emotion point, see docs/spreadsheets.md)
into a new project file, or merges it into a map of an existing one. Prints a summary,
then every row that could not be used with its number and the reason. Exit status: 0
when the project was written, 1 when it was not (the sheet or project cannot be read,
the output exists, or --strict and some rows could not be used), 2 for usage errors.
Imports no Qt.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from mapstudio.fileformat.sheet_import import ImportResult
    from mapstudio.model import JourneyMap, Project

log = logging.getLogger(__name__)

NAME = "import"
HELP = "import cards and emotion points from a CSV or XLSX sheet"


def build_parser(prog: str = "mapstudio import") -> argparse.ArgumentParser:
    """The argument parser of the subcommand."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Import a CSV or XLSX sheet with one row per card or emotion point (the columns "
            "of 'mapstudio export --format csv|xlsx', see docs/spreadsheets.md). Without "
            "--into it becomes a new project; with --into its rows are added to a map of "
            "that project, matching stages, lanes and personas by name and creating the "
            "missing ones. Rows that cannot be used are listed with their row numbers; the "
            "rest are imported."
        ),
        epilog=(
            "Examples:\n"
            "  mapstudio import research.xlsx -o research.mapstudio\n"
            "  mapstudio import workshop.csv --into shop.mapstudio --map 'Current state'\n"
            "  mapstudio import workshop.csv --into shop.mapstudio -o shop-v2.mapstudio\n"
            "Exit status: 0 written, 1 nothing written, 2 usage error."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("sheet", type=Path, metavar="SHEET", help="a .csv or .xlsx file")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PROJECT",
        help="the project file to write (with --into: defaults to that file)",
    )
    parser.add_argument(
        "--into",
        type=Path,
        metavar="PROJECT",
        help="merge into this existing project instead of making a new one",
    )
    parser.add_argument(
        "--map",
        metavar="NAME|ID",
        help="with --into: the map to merge into, by title or id (default: the first map)",
    )
    parser.add_argument(
        "--title", help="the title of a new project (default: the sheet's file name)"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an existing output file (a backup is kept)"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="write nothing if any row cannot be used",
    )
    return parser


def run(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run the subcommand on `argv` (the arguments after 'import')."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.into is None and args.output is None:
        parser.error("give the project to write with -o PROJECT (or merge with --into PROJECT)")
    if args.into is None and args.map is not None:
        parser.error("--map needs --into PROJECT")

    from mapstudio.fileformat import ProjectFileError, load_project, save_project
    from mapstudio.fileformat.sheet_common import SheetError
    from mapstudio.fileformat.sheet_import import import_sheet, merge_sheet

    output: Path = args.output if args.output is not None else args.into
    # Writing back into the --into file is the point of merging in place; anything else
    # that exists is only replaced on request.
    in_place = args.into is not None and output.resolve() == args.into.resolve()
    if output.exists() and not (args.force or in_place):
        print(
            f"mapstudio import: '{output}' already exists; choose another name or add --force.",
            file=err,
        )
        return 1
    try:
        if args.into is None:
            result = import_sheet(args.sheet, title=args.title)
            target = None
        else:
            loaded = load_project(args.into)
            for warning in loaded.warnings:
                print(f"  note: {args.into}: {warning}", file=err)
            if in_place and loaded.beyond_limits:
                # As the window opens such a file read-only: what this version leaves
                # out stays in the file only if nothing is written over it.
                print(
                    f"mapstudio import: '{args.into}' holds more than this version of "
                    "mapstudio keeps; writing the import into it would lose the rest. "
                    "Nothing was written; write the result to a new project with -o.",
                    file=err,
                )
                return 1
            target = _find_map(loaded.project, args.map)
            result = merge_sheet(loaded.project, target.id, args.sheet)
    except (SheetError, ProjectFileError, LookupError) as exc:
        print(f"mapstudio import: {exc}", file=err)
        return 1

    _report(result, args.sheet, target, out)
    if args.strict and result.problems:
        print(
            "mapstudio import: nothing written (--strict and some rows could not be used).",
            file=err,
        )
        return 1
    if result.cards == 0 and result.emotion_points == 0:
        print(
            f"mapstudio import: nothing written; no row of '{args.sheet}' could be used.", file=err
        )
        return 1
    try:
        save_project(result.project, output)
    except ProjectFileError as exc:
        print(f"mapstudio import: {exc}", file=err)
        return 1
    print(f"wrote {output}", file=out)
    log.info("import %s -> %s: %d problems", args.sheet, output, len(result.problems))
    return 0


def _find_map(project: Project, wanted: str | None) -> JourneyMap:
    """The map named or with the id `wanted` (the first map when None)."""
    if wanted is None:
        return project.maps[0]
    key = wanted.strip().casefold()
    for journey_map in project.maps:
        if journey_map.id == wanted or journey_map.title.strip().casefold() == key:
            return journey_map
    titles = ", ".join(f"'{m.title}'" for m in project.maps)
    raise LookupError(f"the project has no map called '{wanted}'; its maps are {titles}.")


def _report(result: ImportResult, sheet: Path, target: JourneyMap | None, out: TextIO) -> None:
    where = f"into map '{target.title}'" if target is not None else "as a new project"
    print(
        f"imported {sheet} {where}: {_count(result.cards, 'card')}, "
        f"{_count(result.emotion_points, 'emotion point')}"
        + (f"; {_count(len(result.problems), 'row')} left out" if result.problems else ""),
        file=out,
    )
    if result.created and target is not None:
        print(f"  created {', '.join(result.created)}", file=out)
    for warning in result.warnings:
        print(f"  note: {warning}", file=out)
    for problem in result.problems:
        print(f"  {problem}", file=out)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


__all__ = ["HELP", "NAME", "build_parser", "run"]
