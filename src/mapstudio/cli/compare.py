"""`mapstudio diff A B` and `mapstudio merge BASE OURS THEIRS -o OUT`.

diff prints what changed from A to B, grouped by map and stage (or JSON with --json).
Exit status as diff(1): 0 no differences, 1 differences, 2 trouble (usage, a file that
cannot be read). Called by git as an external diff driver (seven arguments: path,
old file, old hash, old mode, new file, new hash, new mode) it prints the same report
and exits 0, because git stops at a driver that exits otherwise.

merge merges THEIRS into OURS, both edited from BASE ("-" or an empty file: no common
ancestor, a two-way merge), and writes the result to OUT. Exit status: 0 merged, 1 merged
with conflicts (OUT then holds the default choices, which lose nothing, and the list of
conflicts, which the app shows for the designer to resolve), 2 usage error or a file
that cannot be read (OUT is then not written). That is what git expects of a merge
driver: `mapstudio merge %O %A %B -o %A`.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mapstudio.compare import Diff, RecordChange
    from mapstudio.compare.view import MarkKind
    from mapstudio.fileformat import LoadResult
    from mapstudio.model import Project

log = logging.getLogger(__name__)

DIFF_NAME = "diff"
DIFF_HELP = "show what changed between two project files"
MERGE_NAME = "merge"
MERGE_HELP = "merge two edited copies of a project (also as a git merge driver)"

NO_BASE = "-"
_GIT_DIFF_ARGS = 7


class _Trouble(Exception):
    """A file that cannot be used; the message is plain words."""


# -- diff ---------------------------------------------------------------------------------


def build_diff_parser(prog: str = "mapstudio diff") -> argparse.ArgumentParser:
    """The argument parser of `mapstudio diff`."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Show what changed from project A to project B: cards, stages, lanes, "
            "personas, emotion points and images added, removed, changed or moved, "
            "grouped by map and stage."
        ),
        epilog=(
            "Exit status: 0 no differences, 1 differences, 2 trouble.\n"
            "As a git diff driver git calls it with seven arguments "
            "(see docs/working-with-colleagues.md); it then exits 0."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", type=Path, metavar="A", help="the older or other project file")
    parser.add_argument("new", type=Path, metavar="B", help="the newer project file")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.add_argument(
        "--map",
        metavar="MAP",
        help="compare only this map of A (its title or id): text, exit status and PDF",
    )
    parser.add_argument(
        "--to-map",
        metavar="MAP",
        help="the map of B to compare it with (title or id; default: the same map), "
        "e.g. a map's future state in the same file",
    )
    parser.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT.pdf",
        help="also write the comparison of one map as a PDF: the map with its changes "
        "marked, and a page listing them per stage",
    )
    return parser


def run_diff(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run `mapstudio diff` on `argv` (the arguments after 'diff')."""
    if len(argv) == _GIT_DIFF_ARGS and not any(a.startswith("-") for a in argv[1:2]):
        return _git_diff(argv, out, err)
    args = build_diff_parser().parse_args(argv)
    try:
        old_loaded, new_loaded = _load(args.old, err), _load(args.new, err)
    except _Trouble as trouble:
        print(f"mapstudio diff: {trouble}", file=err)
        return 2
    old, new = old_loaded.project, new_loaded.project
    for path, loaded in ((args.old, old_loaded), (args.new, new_loaded)):
        if loaded.beyond_limits and not args.json:
            # "No differences" must not read as "the files are the same".
            print(
                f"Compared what this version keeps: {_safe(str(path))} holds more "
                "(see the notes on what was left out).",
                file=out,
            )
    if args.map is not None or args.to_map is not None or args.pdf is not None:
        return _diff_map(args, old, new, out, err)
    from mapstudio.compare import diff

    changes = diff(old, new)
    if args.json:
        json.dump(
            {"a": str(args.old), "b": str(args.new), **changes.to_json()},
            out,
            indent=2,
            ensure_ascii=False,
        )
        out.write("\n")
    else:
        write_report(changes, old, new, out, title=f"{args.old} → {args.new}")
    return 0 if changes.is_empty else 1


def _diff_map(
    args: argparse.Namespace, old: Project, new: Project, out: TextIO, err: TextIO
) -> int:
    """One map of A against one map of B: the changes per stage, and the compare PDF."""
    from mapstudio.compare import compare_view

    try:
        old_map = _find_map(old, args.map, None, "A")
        new_map = _find_map(new, args.to_map or args.map, old_map, "B")
    except _Trouble as trouble:
        print(f"mapstudio diff: {trouble}", file=err)
        return 2
    view = compare_view(old, old_map.id, new, new_map.id)
    old_name, new_name = old_map.title, new_map.title
    if old_name == new_name:
        # The same map in two files: name the sides by their files, not the map twice.
        old_name, new_name = args.old.name, args.new.name
        if old_name == new_name:
            old_name, new_name = str(args.old), str(args.new)
    title = f"Changes from {_quoted(old_name)} to {_quoted(new_name)}"
    if args.json:
        data = {
            "a": str(args.old),
            "b": str(args.new),
            "map": old_map.id,
            "to_map": new_map.id,
            "counts": view.counts(),
            "sections": [
                {"stage": heading, "changes": [{"mark": m, "text": t} for m, t in entries]}
                for heading, entries in view.plain_sections()
            ],
        }
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        print(title, file=out)
        if not view.entries:
            print("No differences.", file=out)
        symbols = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}
        for heading, entries in view.plain_sections():
            print(f"\n  {_safe(heading)}", file=out)
            for mark, text in entries:
                print(f"    {symbols.get(mark, '~')} {_safe(text)}", file=out)
        if view.entries:
            print("\n" + _count_words(view.counts()), file=out)
    if args.pdf is not None:
        from mapstudio.export import ExportError
        from mapstudio.export.compare_pdf import export_compare_pdf
        from mapstudio.layout.marks import LegendText, compare_drawing

        drawing = compare_drawing(
            view.journey_map,
            view.project,
            view.card_marks,
            view.point_marks,
            view.ghosts,
            view.other_points,
            view.stage_deltas,
            counts=view.counts(),
            text=LegendText(title=title, this_curve=new_name[:40], other_curve=old_name[:40]),
        )
        try:
            pages = export_compare_pdf(
                args.pdf,
                drawing,
                view.plain_sections(),
                title=title,
                subtitle=f"{args.old.name} → {args.new.name}: " + _count_words(view.counts()),
                sources=f"A: {_file_words(args.old)}. B: {_file_words(args.new)}.",
                assets=view.project.assets,
            )
        except ExportError as error:
            print(f"mapstudio diff: {error}", file=err)
            return 2
        print(f"Wrote {_safe(str(args.pdf))} ({pages} pages).", file=err)
    return 1 if view.entries else 0


def _file_words(path: Path) -> str:
    """A file and when it was last written, for the pages of the compare PDF."""
    try:
        saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
    except OSError:
        return path.name
    return f"{path.name}, saved {saved}"


def _count_words(counts: Mapping[MarkKind, int]) -> str:
    parts = [f"{count} {mark}" for mark, count in counts.items() if count]
    return ", ".join(parts) + "." if parts else "No differences."


def _find_map(project: Project, wanted: str | None, like: Any, side: str) -> Any:
    """A map by id or title; without one, the map with `like`'s id or title, or the
    first map."""
    maps = project.maps
    if wanted is not None:
        for journey_map in maps:
            if journey_map.id == wanted:
                return journey_map
        for journey_map in maps:
            if journey_map.title == wanted:
                return journey_map
        raise _Trouble(f"{side} has no map {_quoted(wanted)}.")
    if like is not None:
        for journey_map in maps:
            if journey_map.id == like.id:
                return journey_map
        for journey_map in maps:
            if journey_map.title == like.title:
                return journey_map
    return maps[0]


def _git_diff(argv: list[str], out: TextIO, err: TextIO) -> int:
    """git's external diff: path old-file old-hex old-mode new-file new-hex new-mode."""
    path, old_file, _old_hex, _old_mode, new_file, _new_hex, _new_mode = argv
    try:
        old_result = _load_or_empty(Path(old_file), err)
        new_result = _load_or_empty(Path(new_file), err)
    except _Trouble as trouble:
        print(f"mapstudio diff: {path}: {trouble}", file=err)
        return 2
    from mapstudio.compare import diff

    if old_result is None or new_result is None:
        if old_result is not new_result:
            state = "new file" if old_result is None else "deleted"
            print(f"mapstudio diff {_safe(path)} ({state})", file=out)
        return 0
    old, new = old_result.project, new_result.project
    write_report(diff(old, new), old, new, out, title=f"mapstudio diff {path}")
    return 0


def write_report(changes: Diff, old: Project, new: Project, out: TextIO, *, title: str) -> None:
    """The changes as text: project-wide records first, then each map by stage."""
    print(_safe(title), file=out)
    if changes.is_empty:
        print("No differences.", file=out)
        return
    stage_names = _stage_names(old) | _stage_names(new)
    map_titles = {m.id: m.title for m in (*old.maps, *new.maps)}
    current: tuple[str | None, str | None] | None = None
    for change in changes:
        group = (change.map_id, change.stage_id)
        if group != current:
            if change.map_id is not None and (current is None or current[0] != change.map_id):
                print(f"\nMap {_quoted(map_titles.get(change.map_id, change.map_id))}", file=out)
            elif change.map_id is None and current is None:
                print("", file=out)
            if change.stage_id is not None and change.map_id is not None:
                name = stage_names.get((change.map_id, change.stage_id), change.stage_id)
                print(f"  Stage {_quoted(name)}", file=out)
            current = group
        indent = "    " if change.stage_id is not None else "  "
        print(indent + _safe(_line(change)), file=out)
    print("\n" + _totals(changes), file=out)


def _line(change: RecordChange) -> str:
    return change.describe()


def _totals(changes: Diff) -> str:
    parts = []
    for mark in ("added", "removed", "changed", "moved"):
        total = sum(changes.counts().get(mark, {}).values())
        if total:
            parts.append(f"{total} {mark}")
    count = len(changes)
    return f"{count} record{'s' if count != 1 else ''} differ: {', '.join(parts)}."


def _stage_names(project: Project) -> dict[tuple[str, str], str]:
    return {(m.id, s.id): s.name or "untitled stage" for m in project.maps for s in m.stages}


def _quoted(text: str) -> str:
    return "'" + _safe(" ".join(text.split()))[:80] + "'"


def _safe(text: str) -> str:
    """Text from a file, made harmless for a terminal: no escape or control codes."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in text)


# -- merge --------------------------------------------------------------------------------


def build_merge_parser(prog: str = "mapstudio merge") -> argparse.ArgumentParser:
    """The argument parser of `mapstudio merge`."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Merge THEIRS into OURS, two copies of a project both edited from BASE, and "
            "write the result to OUT. Changes of both copies are kept down to single "
            "fields; where both changed the same thing, OUT holds a choice that loses "
            "nothing and lists the conflict for the app to show."
        ),
        epilog=(
            "BASE may be '-' (or an empty file) when the common ancestor is unknown: "
            "then every difference is listed as a conflict.\n"
            "Exit status: 0 merged, 1 merged with conflicts, 2 usage error or a file "
            "that cannot be read.\n"
            "As a git merge driver: mapstudio merge %O %A %B -o %A "
            "(see docs/working-with-colleagues.md)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("base", metavar="BASE", help="the common ancestor, or '-'")
    parser.add_argument("ours", type=Path, metavar="OURS", help="our edited copy")
    parser.add_argument("theirs", type=Path, metavar="THEIRS", help="their edited copy")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the summary and conflicts as JSON"
    )
    return parser


def run_merge(argv: list[str], out: TextIO, err: TextIO) -> int:
    """Run `mapstudio merge` on `argv` (the arguments after 'merge')."""
    args = build_merge_parser().parse_args(argv)
    from mapstudio.compare import MergeError, merge, with_pending_conflicts
    from mapstudio.fileformat import ProjectFileError, dump_revision
    from mapstudio.fileformat.save import atomic_write, encode_text

    try:
        base = None if args.base == NO_BASE else _load_or_empty(Path(args.base), err)
        ours = _load(args.ours, err)
        theirs = _load(args.theirs, err)
    except _Trouble as trouble:
        print(f"mapstudio merge: {trouble}", file=err)
        return 2
    for path, loaded in ((args.base, base), (args.ours, ours), (args.theirs, theirs)):
        if loaded is not None and loaded.beyond_limits:
            # A merge holds only what was loaded: the rest of such a copy would be lost
            # without a word, in OUT (OURS itself when run as git's merge driver).
            print(
                f"mapstudio merge: {_safe(str(path))} holds more than this version of "
                "mapstudio keeps, and a merge would lose the rest; nothing was written.",
                file=err,
            )
            return 2
    try:
        result = merge(base.project if base is not None else None, ours.project, theirs.project)
    except MergeError as error:
        print(f"mapstudio merge: {error}", file=err)
        return 2
    project = result.project
    if result.conflicts:
        project = with_pending_conflicts(project, result.conflicts, result.choices)
    parents = (*ours.lineage.heads, *theirs.lineage.heads)
    try:
        text, revision = dump_revision(project, parents=parents)
        # No backup next to OUT: as a git driver OUT is a file in the work tree.
        atomic_write(args.output, encode_text(text))
    except ProjectFileError as error:
        print(f"mapstudio merge: {error}", file=err)
        return 2
    log.info(
        "merged %s and %s into %s (revision %s, %d conflicts)",
        args.ours,
        args.theirs,
        args.output,
        revision,
        len(result.conflicts),
    )
    if args.json:
        json.dump(_merge_json(result, args.output, revision), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        how = "two-way (no common ancestor)" if result.two_way else "three-way"
        print(f"Merged {how} into {_safe(str(args.output))}.", file=out)
        for line in result.summary.lines():
            print(f"  {_safe(line)}", file=out)
        if result.conflicts:
            count = len(result.conflicts)
            print(
                f"{count} conflict{'s' if count != 1 else ''} to resolve in mapstudio "
                "(the file holds a choice that loses nothing for each):",
                file=out,
            )
            for conflict in result.conflicts:
                print(f"  - {_safe(conflict.describe())}", file=out)
    return 1 if result.conflicts else 0


def _merge_json(result: Any, output: Path, revision: str) -> dict[str, Any]:
    summary = result.summary
    return {
        "output": str(output),
        "revision": revision,
        "two_way": result.two_way,
        "conflicts": [c.to_json(result.choices.get(c.id)) for c in result.conflicts],
        "summary": {
            "ours": summary.ours.counts(),
            "theirs": summary.theirs.counts(),
            "restored": len(summary.restored),
            "adjustments": list(summary.adjustments),
            "decisions": list(summary.decisions),
        },
    }


# -- loading ------------------------------------------------------------------------------


def _load(path: Path, err: TextIO) -> LoadResult:
    from mapstudio.fileformat import ProjectFileError, load_project

    try:
        result = load_project(path)
    except ProjectFileError as error:
        raise _Trouble(f"{path}: {error}") from None
    for warning in result.warnings:
        # Content past a limit is not damage: it is left out of what is compared.
        kind = "left out" if warning in result.beyond_limits else "repaired"
        print(f"mapstudio: {_safe(str(path))}: {kind}: {_safe(warning)}", file=err)
    return result


def _load_or_empty(path: Path, err: TextIO) -> LoadResult | None:
    """A project, or None for an empty file or /dev/null (git's "no such version")."""
    try:
        if path.stat().st_size == 0:
            return None
    except OSError:
        pass  # the loader says it in plain words
    return _load(path, err)


__all__ = [
    "DIFF_HELP",
    "DIFF_NAME",
    "MERGE_HELP",
    "MERGE_NAME",
    "build_diff_parser",
    "build_merge_parser",
    "run_diff",
    "run_merge",
    "write_report",
]
