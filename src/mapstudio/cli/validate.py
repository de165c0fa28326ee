"""`mapstudio validate FILE...`: check project files without opening a window.

Loads each file exactly as the app would (repairs included) and prints one line per
file: "ok" with a summary and any repair warnings, or "invalid" with the plain reason.
Exit status: 0 when every file can be opened, 1 when any cannot, 2 for usage errors.
`--limits` prints the limits a project keeps (also in `--help`).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TextIO

log = logging.getLogger(__name__)

NAME = "validate"
HELP = "check project files without opening a window"


def build_parser(prog: str = "mapstudio validate") -> argparse.ArgumentParser:
    """The argument parser of the subcommand."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Check that mapstudio project files can be opened. Prints 'ok' or 'invalid' "
            "for each file, with what was repaired or why it cannot be opened."
        ),
        epilog=(
            "Exit status: 0 if every file is valid, 1 if any is invalid, 2 on usage errors.\n\n"
            f"Limits of a project (anything past them is cut with a warning, or refused):\n"
            f"{_limits()}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="a .mapstudio project file"
    )
    parser.add_argument(
        "--limits", action="store_true", help="print the limits a project keeps, then check"
    )
    return parser


def _limits() -> str:
    from mapstudio.fileformat.gate import limits_text

    return "\n".join(f"  {line}" for line in limits_text().splitlines())


def run(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run the subcommand on `argv` (the arguments after 'validate')."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.limits:
        print(f"Limits of a project:\n{_limits()}", file=out)
    elif not args.files:
        parser.error("name at least one FILE (or ask for --limits)")
    results = [check_file(path, out) for path in args.files]
    return 0 if all(results) else 1


def check_file(path: Path, out: TextIO) -> bool:
    """Check one file and print its line(s); True when it can be opened."""
    # The file format is imported here, not at module level, so `mapstudio --help`
    # and the GUI start do not pay for it.
    from mapstudio.fileformat import ProjectFileError, load_project
    from mapstudio.model import integrity_problems

    name = str(path)
    try:
        result = load_project(path)
    except ProjectFileError as exc:
        log.info("validate %s: invalid: %s", path, getattr(exc, "details", "") or exc)
        print(f"invalid  {name}: {exc}", file=out)
        return False
    except OSError as exc:  # the file format should wrap these; belt and braces
        log.info("validate %s: cannot read: %r", path, exc)
        print(f"invalid  {name}: could not read the file ({exc.strerror or exc}).", file=out)
        return False
    except Exception as exc:
        # A bug, not a bad file: keep the traceback in the log, not on the screen.
        log.exception("validate %s: unexpected error", path)
        print(f"invalid  {name}: unexpected error ({type(exc).__name__}); see the log.", file=out)
        return False

    project = result.project
    problems = integrity_problems(project)
    if problems:
        # load_project repairs references, so this would be a bug in the repair step.
        log.error("validate %s: loaded with integrity problems: %s", path, problems)
        print(f"invalid  {name}: {problems[0]}", file=out)
        return False

    cards = sum(len(m.cards) for m in project.maps)
    summary = (
        f"{_count(len(project.maps), 'map')}, {_count(len(project.personas), 'persona')}, "
        f"{_count(cards, 'card')}"
    )
    migrated = getattr(result, "migrated_from", None)
    if migrated is not None:
        summary += f"; upgraded from file format {migrated}"
    warnings = [str(w) for w in result.warnings]
    if warnings:
        print(f"ok  {name} ({summary}) — {_count(len(warnings), 'warning')}:", file=out)
        for warning in warnings:
            print(f"  - {warning}", file=out)
    else:
        print(f"ok  {name} ({summary})", file=out)
    if result.beyond_limits:
        print(
            "  The file holds more than this version keeps: the window opens it read-only, "
            "and a copy saved from it keeps only what is shown.",
            file=out,
        )
    log.info("validate %s: ok (%s), %d warnings", path, summary, len(warnings))
    return True


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n:,} {noun}s"


__all__ = ["HELP", "NAME", "build_parser", "check_file", "run"]
