"""Command-line entry point: `mapstudio [FILE]`, `mapstudio validate FILE...`, `export`,
`diff`, `merge` and the others in COMMANDS.

`mapstudio FILE` and `mapstudio validate` share the first positional argument, so the
dispatch looks at argv[0]: a known command name runs that command, anything else is the
GUI form. Qt is imported only by the GUI form, inside a function, so the commands run
on machines without a display or Qt's system libraries.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TextIO

from mapstudio._runtime import tune_garbage_collector
from mapstudio.cli import compare, export, gui, photos, sheets, templates, validate
from mapstudio.logsetup import setup_logging

log = logging.getLogger(__name__)

# name -> (one-line help, runner(argv after the name, out, err) -> exit status).
# Add `export`, `new`, `templates` and `import` here: each is a module like validate.py
# with NAME, HELP, build_parser() and run().
Runner = Callable[[list[str], TextIO, TextIO], int]
COMMANDS: dict[str, tuple[str, Runner]] = {
    validate.NAME: (validate.HELP, validate.run),
    export.NAME: (export.HELP, export.run),
    templates.NAME: (templates.HELP, templates.run),
    templates.NEW_NAME: (templates.NEW_HELP, templates.run_new),
    sheets.NAME: (sheets.HELP, sheets.run),
    compare.DIFF_NAME: (compare.DIFF_HELP, compare.run_diff),
    compare.MERGE_NAME: (compare.MERGE_HELP, compare.run_merge),
    photos.NAME: (photos.HELP, photos.run),
}


def main(argv: list[str] | None = None) -> int:
    """Run mapstudio with `argv` (default: sys.argv[1:]); the process exit status."""
    args = sys.argv[1:] if argv is None else list(argv)
    out, err = sys.stdout, sys.stderr
    setup_logging()
    tune_garbage_collector()  # validate and export read large projects too
    try:
        if args and args[0] in COMMANDS:
            _help, runner = COMMANDS[args[0]]
            return runner(args[1:], out, err)
        return gui.run(args, {name: text for name, (text, _) in COMMANDS.items()}, err)
    except SystemExit as exc:
        # argparse exits for --help, --version (0) and usage errors (2); return the
        # status so main() can be called in-process (tests, other tools).
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.exception("unexpected error")
        print(f"mapstudio: unexpected error ({type(exc).__name__}: {exc}); see the log.", file=err)
        return 1


__all__ = ["COMMANDS", "main"]
