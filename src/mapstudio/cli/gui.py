"""`mapstudio [FILE]`: start the desktop app, importing Qt only now."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TextIO

from mapstudio._version import __version__

log = logging.getLogger(__name__)


def build_parser(commands: dict[str, str]) -> argparse.ArgumentParser:
    """The parser of the GUI form; `commands` (name -> help) are listed in the help."""
    listing = "\n".join(f"  {name:<10} {text}" for name, text in commands.items())
    parser = argparse.ArgumentParser(
        prog="mapstudio",
        description="Offline desktop designer for customer journey maps.",
        epilog=(
            f"commands:\n{listing}\n\nRun 'mapstudio COMMAND --help' for the options of a command."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a .mapstudio project to open (default: a new, empty project)",
    )
    parser.add_argument("--version", action="version", version=f"mapstudio {__version__}")
    return parser


def run(argv: list[str], commands: dict[str, str], err: TextIO) -> int:
    """Parse the GUI form of the command line and run the app until it quits."""
    args = build_parser(commands).parse_args(argv)
    path: Path | None = args.file
    if path is not None and not path.exists():
        # Fail fast in the terminal instead of starting Qt only to show the same error.
        print(f"mapstudio: '{path}' was not found.", file=err)
        return 1
    try:
        # Lazy on purpose: only the GUI pays for importing Qt (DESIGN.md rule 6).
        from mapstudio.ui.app import run_app
    except ImportError as exc:
        log.exception("cannot start the GUI")
        print(f"mapstudio: cannot start the window ({exc}).", file=err)
        if not (getattr(exc, "name", None) or "").startswith("mapstudio"):
            # Qt itself failed to load: almost always missing system libraries.
            print(
                "On Linux, install the system libraries listed in the README "
                "('System packages on Linux'). 'mapstudio validate' works without them.",
                file=err,
            )
        return 1
    log.info("starting the GUI on %s", path or "a new project")
    return int(run_app(path))


__all__ = ["build_parser", "run"]
