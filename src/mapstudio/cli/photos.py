"""`mapstudio photo-import PROJECT PHOTO... -o OUT`: workshop photos into cards.

Reads photos of a poster mapstudio printed (with its photo marks), adds a card for each
sticky note in its cell with the note's picture, and saves the result as OUT. There is
no review on the command line: notes the analysis is unsure of are added tagged
"check" (or left out with --skip-uncertain). Nothing is written when no photo can be
read. Exit status 0 when cards were added (or none found), 1 on a problem.
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import TextIO

log = logging.getLogger(__name__)

NAME = "photo-import"
HELP = "turn photos of a workshop poster's sticky notes into cards"


def build_parser(prog: str = "mapstudio photo-import") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Read photos of a poster mapstudio printed, after a workshop: every sticky "
            "note becomes a card in its cell, with the note's picture. Several photos of "
            "one wall (or one per tiled sheet) are combined; a note seen twice becomes "
            "one card. Notes the analysis is unsure of are tagged “check”."
        ),
    )
    parser.add_argument("project", type=Path, metavar="PROJECT", help="a .mapstudio file")
    parser.add_argument("photos", type=Path, nargs="+", metavar="PHOTO", help="JPEG or PNG")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the project to write"
    )
    parser.add_argument(
        "--map", metavar="NAME|ID", help="the map the photos show (default: the poster's code)"
    )
    parser.add_argument(
        "--skip-uncertain", action="store_true", help="leave out notes the analysis is unsure of"
    )
    parser.add_argument(
        "--no-ocr", dest="ocr", action="store_false", help="do not read the notes' text"
    )
    return parser


def run(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run the subcommand on `argv` (the arguments after 'photo-import')."""
    args = build_parser().parse_args(argv)
    # Imported here: OpenCV and the export take a moment to load.
    from mapstudio.edit import CommandError
    from mapstudio.export import ExportError, select_maps
    from mapstudio.fileformat import (
        ProjectFileError,
        ProjectSaveError,
        load_project,
        save_project,
    )
    from mapstudio.photo import PhotoError, analyse_photos, decisions_from, import_command

    def fail(message: str) -> int:
        print(f"mapstudio {NAME}: {message}", file=err)
        return 1

    try:
        loaded = load_project(args.project)
    except ProjectFileError as exc:
        return fail(f"cannot open {args.project}: {exc}")
    except OSError as exc:
        return fail(f"cannot read {args.project}: {exc.strerror or exc}")
    project = loaded.project
    for warning in loaded.beyond_limits:
        print(f"  warning: {warning}", file=err)
    if loaded.beyond_limits and _same_file(args.output, args.project):
        # As the window opens such a file read-only: what this version leaves out stays
        # in the file only if nothing is written over it.
        return fail(
            f"{args.project} holds more than this version of mapstudio keeps; writing the "
            "cards into it would lose the rest. Nothing was written; name a new file with -o."
        )
    map_id = None
    if args.map:
        try:
            map_id = select_maps(project, args.map)[0].id
        except ExportError as exc:
            return fail(str(exc))
    try:
        found = analyse_photos(project, map_id, args.photos, ocr=args.ocr)
    except PhotoError as exc:
        log.info("photo-import %s: %s", args.project, exc)
        for line in str(exc).splitlines():
            print(f"mapstudio {NAME}: {line}", file=err)
        print(f"mapstudio {NAME}: nothing was added; {args.output} was not written.", file=err)
        return 1
    for problem in found.problems:
        print(f"  warning: {problem}", file=err)
    decisions = decisions_from(found, include_uncertain=not args.skip_uncertain)
    try:
        updated = import_command(found.map_id, decisions).apply(project)
        save_project(updated, args.output)
    except CommandError as exc:
        return fail(f"cannot add the cards: {exc}")
    except (ProjectFileError, ProjectSaveError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}")
    read = sum(1 for view in found.photos if view.homography is not None)
    uncertain = sum(1 for n in found.notes if n.uncertain)
    outside = sum(1 for n in found.notes if n.cell is None)
    line = (
        f"{args.output.name}: {len(decisions)} card(s) added to “{found.map_title}” from "
        f"{len(found.notes)} note(s) in {read} photo(s)"
    )
    if read < len(args.photos):
        line += f"; {len(args.photos) - read} photo(s) left out (see the warnings)"
    if uncertain:
        tagged = "left out" if args.skip_uncertain else "tagged “check”"
        line += f"; {uncertain} uncertain ({tagged})"
    if outside:
        line += f"; {outside} outside the cells that take cards, not added"
    print(line, file=out)
    return 0


def _same_file(a: Path, b: Path) -> bool:
    """Whether two names mean one file (relative and absolute, or through a link)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # the output does not exist yet
        return os.path.realpath(a) == os.path.realpath(b)


__all__ = ["HELP", "NAME", "build_parser", "run"]
