"""The `mapstudio templates` and `mapstudio new` commands (the templates themselves are
mapstudio.templates).

    mapstudio templates                        one name and its sentence per line
    mapstudio new --template NAME -o FILE      a new project file from a template
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TextIO

from mapstudio.templates import (
    DEFAULT_TEMPLATE,
    TemplateError,
    find_template,
    list_templates,
    new_project_from_template,
)

log = logging.getLogger(__name__)

NAME = "templates"
HELP = "list the bundled templates for new projects"
NEW_NAME = "new"
NEW_HELP = "create a new project file from a template"


# -- `mapstudio templates` --------------------------------------------------------------


def build_parser(prog: str = "mapstudio templates") -> argparse.ArgumentParser:
    """The argument parser of `mapstudio templates`."""
    return argparse.ArgumentParser(
        prog=prog,
        description=(
            "List the templates a new project can start from, one name and its sentence "
            "per line. Use a name with: mapstudio new --template NAME -o FILE"
        ),
    )


def run(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run `mapstudio templates` on `argv` (the arguments after 'templates')."""
    build_parser().parse_args(argv)
    infos = list_templates()
    width = max(len(info.name) for info in infos)
    for info in infos:
        print(f"{info.name:<{width}}  {info.sentence}", file=out)
    return 0


# -- `mapstudio new` --------------------------------------------------------------------


def build_new_parser(prog: str = "mapstudio new") -> argparse.ArgumentParser:
    """The argument parser of `mapstudio new`."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Create a new project file from a bundled template (see 'mapstudio templates'). "
            "The template's example content is kept unless --empty is given."
        ),
        epilog=(
            "Examples:\n"
            "  mapstudio new --template saas-onboarding -o onboarding.mapstudio\n"
            "  mapstudio new --template service-blueprint --empty -o blueprint.mapstudio\n"
            "Exit status: 0 written, 1 unknown template or cannot write, 2 usage error."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "-t",
        "--template",
        default=DEFAULT_TEMPLATE,
        metavar="NAME",
        help=f"the template to start from (default: {DEFAULT_TEMPLATE})",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the file to create"
    )
    parser.add_argument(
        "--empty",
        action="store_true",
        help="leave out the example cards and emotion points; keep stages, lanes and personas",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (a backup is kept)"
    )
    return parser


def run_new(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run `mapstudio new` on `argv` (the arguments after 'new')."""
    from mapstudio.fileformat import ProjectFileError, save_project

    args = build_new_parser().parse_args(argv)
    path: Path = args.output
    try:
        info = find_template(args.template)
        if path.exists() and not args.force:
            print(
                f"mapstudio new: '{path}' already exists; choose another name or add --force.",
                file=err,
            )
            return 1
        project = new_project_from_template(info.name, with_content=not args.empty)
        save_project(project, path)
    except (TemplateError, ProjectFileError) as exc:
        print(f"mapstudio new: {exc}", file=err)
        return 1
    journey_map = project.maps[0]
    content = "no example content" if args.empty else _count(len(journey_map.cards), "example card")
    print(
        f"created {path} from the '{info.name}' template: "
        f"{_count(len(journey_map.stages), 'stage')}, {_count(len(journey_map.lanes), 'lane')}, "
        f"{_count(len(project.personas), 'persona')}, {content}",
        file=out,
    )
    log.info("new %s from template %s (empty=%s)", path, info.name, args.empty)
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


__all__ = [
    "HELP",
    "NAME",
    "NEW_HELP",
    "NEW_NAME",
    "build_new_parser",
    "build_parser",
    "run",
    "run_new",
]
