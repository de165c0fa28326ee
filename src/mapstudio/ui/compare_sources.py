"""What the compare view compares the window's map with, and the words for each side.

A `CompareSource` is another map of the project, the same map in another file, or a
revision from the revision store, kept as a function that gives both sides again after
every edit. The words (which revision, saved when, which file) are the ones the compare
dialog, the legend and the compare PDF show. Nothing here has widgets; the strings keep
the "CompareController" translation context they had in the controller.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mapstudio.edit import Document
from mapstudio.fileformat.revisions import RevisionStore
from mapstudio.model import JourneyMap, MapKind, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.recovery_dialog import describe_when


@dataclass(frozen=True)
class CompareSource:
    """What the window's map is compared with, and how to get it again after an edit."""

    describe: str  # "'old.mapstudio'", "revision 3f2a…"; "" for a map of this project
    # (this project) -> (before project, before map id, after project, after map id)
    sides: Callable[[Project, str], tuple[Project, str, Project, str]]
    # The sides named by where they come from ("old.mapstudio", "This file"), for when
    # both maps have the same title; "" for two maps of this project.
    before_name: str = ""
    after_name: str = ""
    # Both sides in full for the compare PDF: files and when they were saved.
    details: str = ""


def map_source(this_id: str, other_map_id: str) -> CompareSource:
    """The window's map and another map of the project. A map and its future state
    compare the current state (before) with the future state (after), whichever of the
    two is shown: the marks go on the future state."""

    def sides(project: Project, _shown: str) -> tuple[Project, str, Project, str]:
        maps = {m.id: m for m in project.maps}
        this, other = maps[this_id], maps[other_map_id]
        if other.future_state_of == this.id or (
            this.kind is MapKind.CURRENT_STATE
            and other.kind is MapKind.FUTURE_STATE
            and this.future_state_of != other.id
        ):
            return project, this.id, project, other.id
        return project, other.id, project, this.id

    # No words about the source: the legend's title names both maps already.
    return CompareSource("", sides)


def project_source(
    other: Project, shown: JourneyMap, describe: str, name: str = "", details: str = ""
) -> CompareSource | None:
    """The window's map and the same map in `other` (by id, else by title): `other`
    before, this project after. None when `other` has no such map."""
    match = next((m for m in other.maps if m.id == shown.id), None)
    if match is None:
        match = next((m for m in other.maps if m.title == shown.title), None)
    if match is None:
        return None
    other_map_id = match.id
    this_id = shown.id

    def sides(project: Project, _shown: str) -> tuple[Project, str, Project, str]:
        return other, other_map_id, project, this_id

    return CompareSource(
        describe, sides, name, translate("CompareController", "This file"), details
    )


def stored_revisions(
    store: RevisionStore | None, parents: tuple[str, ...]
) -> list[tuple[str, str]]:
    """The stored revisions a document with these parent revisions descends from,
    newest first, as (revision id, words)."""
    if store is None:
        return []
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    frontier = list(parents)
    steps = 0
    while frontier and len(found) < 50 and steps < 500:
        steps += 1
        revision = frontier.pop(0)
        if revision in seen:
            continue
        seen.add(revision)
        if revision in store:
            found.append((revision, revision_words(store, revision, len(found))))
        frontier.extend(store.parents(revision) or ())
    return found


def revision_words(store: RevisionStore, revision: str, back: int) -> str:
    """A stored revision as a designer knows it: by when it was saved ("Saved today at
    14:02 - the last save"), never by its id."""
    which = (
        translate("CompareController", "the last save")
        if back == 0
        else translate("CompareController", "{count} saves back").format(count=back + 1)
    )
    saved_at = store.saved_at(revision)
    if saved_at is None:
        return which[:1].upper() + which[1:]
    when = describe_when(datetime.fromtimestamp(saved_at, UTC))
    return translate("CompareController", "Saved {when} — {which}").format(when=when, which=which)


def side_details(other: str, other_saved: str) -> str:
    """The other side in words for the PDF: its file or revision and when it was saved."""
    if not other_saved:
        return other
    return translate("CompareController", "{name}, saved {when}").format(
        name=other, when=other_saved
    )


def sources_line(source: CompareSource | None, document: Document) -> str:
    """Both sides in words for the pages of the compare PDF ("" for two maps of this
    project): the other file or revision, and this window's file, with the times they
    were saved."""
    if source is None or not source.details:
        return ""
    path = document.path
    if path is None:
        this = translate("CompareController", "This file: not saved yet")
    elif document.is_dirty:
        this = translate(
            "CompareController", "This file: {name}, with changes not saved yet"
        ).format(name=path.name)
    else:
        saved = saved_at(path)
        this = (
            translate("CompareController", "This file: {name}, saved {when}").format(
                name=path.name, when=saved
            )
            if saved
            else translate("CompareController", "This file: {name}").format(name=path.name)
        )
    return translate("CompareController", "Compared with {other}. {this}.").format(
        other=source.details, this=this
    )


def when(timestamp: float) -> str:
    """A moment as the PDF and the legend write it: "2026-11-25 18:02" (local time)."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def saved_at(path: Path) -> str:
    """When a file was last written, or "" when that cannot be read."""
    try:
        return when(path.stat().st_mtime)
    except OSError:
        return ""
