"""One gate for everything untrusted that becomes part of a project, and for saving.

Files (the loader), pasted cards, dropped files, imported spreadsheets and recovery
copies all arrive from outside. They pass the same checks, with the same limits: the
JSON reader of `parse` (size, nesting, entries, NaN and huge numbers), control
characters removed, each record repaired and validated by `repair` (text lengths,
ranges, references), the model's limits on unknown fields and on the project's totals.
What passes can always be saved and read back; what cannot is refused here with a
plain message.

Saving goes through the same gate the other way: `encode_project` refuses, before
anything is written, a project whose file the loader would refuse.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mapstudio.fileformat.constants import DEFAULT_MAX_BYTES
from mapstudio.fileformat.errors import ProjectFileError, megabytes
from mapstudio.fileformat.parse import JsonProblem, decode, read_json
from mapstudio.fileformat.repair import Repairer
from mapstudio.fileformat.sanitize import strip_control_characters
from mapstudio.model import Card, Project
from mapstudio.model.types import (
    MAX_ASSET_BYTES,
    MAX_ASSETS,
    MAX_BANDS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_LANES,
    MAX_MAPS,
    MAX_NAME,
    MAX_PERSONAS,
    MAX_STAGES,
    MAX_TAG,
    MAX_TAGS,
    MAX_TEXT,
)
from mapstudio.model.unknown import (
    MAX_UNKNOWN_DEPTH,
    MAX_UNKNOWN_VALUES,
    measure_unknown,
    project_unknown_values,
)

logger = logging.getLogger(__name__)

# The clipboard format of copied cards (see mapstudio.ui.canvas.clipboard).
CARDS_FORMAT = "mapstudio-cards"
MAX_CLIPBOARD_BYTES = 8 * 1024 * 1024
MAX_CLIPBOARD_CARDS = 2_000


class ProjectLimitError(ProjectFileError):
    """A project (being saved, imported or pasted into) goes past what a project file
    can hold, so it could not be opened again. `reason` completes "it ..." or "they ..."."""

    def __init__(self, reason: str, details: str = "") -> None:
        super().__init__(f"The project cannot be kept: {reason}.", details)
        self.reason = reason


# -- whole projects ------------------------------------------------------------------------


def project_problem(project: Project) -> str | None:
    """Why `project` goes past the model's project-wide limits, or None.

    Commands keep these limits while editing; this catches a project built any other
    way (an import, a template). Counts lists (per map as well) and looks once at each
    record for unknown fields; the records themselves were validated when made.
    """
    for words, count, limit in (
        ("maps", len(project.maps), MAX_MAPS),
        ("personas", len(project.personas), MAX_PERSONAS),
        ("images", len(project.assets), MAX_ASSETS),
    ):
        if count > limit:
            return f"it has {count:,} {words}, and a project holds at most {limit:,}"
    for journey_map in project.maps:
        for words, count, limit in (
            ("stages", len(journey_map.stages), MAX_STAGES),
            ("lanes", len(journey_map.lanes), MAX_LANES),
            ("personas shown", len(journey_map.bands), MAX_BANDS),
        ):
            if count > limit:
                title = " ".join(journey_map.title.split())[:40]
                return f"its map '{title}' has {count:,} {words}, and a map has at most {limit:,}"
    cards = sum(len(m.cards) for m in project.maps)
    if cards > MAX_CARDS:
        return f"it has {cards:,} cards, and a project holds at most {MAX_CARDS:,}"
    points = sum(len(m.emotion_points) for m in project.maps)
    if points > MAX_EMOTION_POINTS:
        return (
            f"it has {points:,} emotion points, and a project holds at most {MAX_EMOTION_POINTS:,}"
        )
    if project_unknown_values(project) > MAX_UNKNOWN_VALUES:
        return (
            "it carries more data from a newer mapstudio than a project keeps "
            f"({MAX_UNKNOWN_VALUES:,} values)"
        )
    return None


def encode_project(
    project: Project,
    *,
    saved_at: datetime | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> bytes:
    """The bytes of `project`'s file, checked to be a file the loader opens (see
    `encode_revision`)."""
    return encode_revision(project, saved_at=saved_at, max_bytes=max_bytes)[0]


def encode_revision(
    project: Project,
    *,
    saved_at: datetime | str | None = None,
    parents: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[bytes, str]:
    """The bytes of `project`'s file and the revision id written in it, checked to be a
    file the loader opens. `parents`: see `save.dump_revision`.

    Raises ProjectLimitError when the project goes past the model's limits or its file
    would be larger than `max_bytes` (the loader's limit). The depth, the number of
    entries and the numbers of a file need no check here: the model's limits on records
    and unknown fields keep every project within the loader's (tests/fileformat/
    test_gate.py works it out).
    """
    from mapstudio.fileformat.save import dump_revision, encode_text

    problem = project_problem(project)
    if problem:
        raise ProjectLimitError(problem)
    try:
        text, revision = dump_revision(project, saved_at=saved_at, parents=parents)
        data = encode_text(text)
    except (ValueError, TypeError) as exc:  # not expected: the model refuses such values
        raise ProjectLimitError("it holds a value that cannot be written", repr(exc)) from exc
    if len(data) > max_bytes:
        raise ProjectLimitError(
            f"its file would take {megabytes(len(data))}, more than the "
            f"{megabytes(max_bytes)} a project file may have; remove some pictures or "
            "cards, or move some maps to a project of their own",
            f"{len(data)} bytes > {max_bytes}",
        )
    return data, revision


def check_project(project: Project, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse (ProjectLimitError) a project made outside the editor, such as an imported
    spreadsheet, that could not be saved and opened again."""
    encode_project(project, max_bytes=max_bytes)


def limits_text() -> str:
    """The limits a project keeps, in words (for `mapstudio validate --limits`)."""
    return "\n".join(
        [
            f"a project file: at most {megabytes(DEFAULT_MAX_BYTES)}",
            f"a project: {MAX_CARDS:,} cards and {MAX_EMOTION_POINTS:,} emotion points (all "
            f"maps together), {MAX_MAPS} maps, {MAX_PERSONAS} personas, {MAX_ASSETS:,} images "
            f"of {megabytes(MAX_ASSET_BYTES)} each",
            f"a map: {MAX_STAGES} stages, {MAX_LANES} lanes, {MAX_BANDS} personas shown",
            f"texts: names and titles {MAX_NAME} characters, bodies and notes {MAX_TEXT:,}, "
            f"{MAX_TAGS} tags of {MAX_TAG} characters per card",
            f"fields from a newer mapstudio: {MAX_UNKNOWN_DEPTH} levels deep, "
            f"{MAX_UNKNOWN_VALUES:,} values per project",
        ]
    )


def envelope_fields(
    fields: dict[str, Any], project: Project
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A file's unknown top-level fields to keep with `project`, and the warnings: all of
    them, or none when they break the limits of unknown fields."""
    size = measure_unknown(fields)
    problem = size.problem
    if not problem and project_unknown_values(project) + size.values > MAX_UNKNOWN_VALUES:
        problem = f"would take the project past the {MAX_UNKNOWN_VALUES:,} values it keeps"
    if not problem:
        return fields, ()
    names = ", ".join(f"'{str(key)[:40]}'" for key in list(fields)[:3])
    return {}, (f"The file's fields from a newer mapstudio ({names}) {problem} and were removed.",)


# -- pasted cards ------------------------------------------------------------------------


@dataclass(frozen=True)
class PastedCards:
    """What the clipboard held: the cards that can be pasted, what was repaired or left
    out (in words), and why nothing could be read (`refused`, or "")."""

    cards: tuple[Card, ...] = ()
    warnings: tuple[str, ...] = ()
    refused: str = ""


def read_pasted_cards(data: bytes) -> PastedCards:
    """Cards from the clipboard's JSON, through the loader's checks and repairs.

    The JSON is read with the loader's limits; each card has its control characters
    removed, is repaired and validated like a card of a file, and keeps its unknown
    fields only within the model's limits. Bad cards are left out with a warning.
    """
    if len(data) > MAX_CLIPBOARD_BYTES:
        return _refused(
            f"it holds {megabytes(len(data))} of data, more than the "
            f"{megabytes(MAX_CLIPBOARD_BYTES)} a paste may hold"
        )
    try:
        payload = read_json(decode(data))
    except JsonProblem as exc:
        return _refused(exc.problem, exc.details)
    except ProjectFileError as exc:  # not text (decode)
        return _refused("it is not readable text", exc.details or exc.message)
    if not isinstance(payload, dict) or payload.get("format") != CARDS_FORMAT:
        return PastedCards()  # somebody else's JSON: simply not cards
    records = payload.get("cards")
    if not isinstance(records, list):
        return _refused("its list of cards is not readable")
    warnings: list[str] = []
    if len(records) > MAX_CLIPBOARD_CARDS:
        warnings.append(
            f"Only the first {MAX_CLIPBOARD_CARDS:,} of {len(records):,} cards were pasted."
        )
        records = records[:MAX_CLIPBOARD_CARDS]
    repairer = Repairer()
    cards: list[Card] = []
    for number, record in enumerate(records, start=1):
        where = f"pasted card {number}"
        if not isinstance(record, dict):
            repairer.warn(f"{where} was not readable and was left out.")
            continue
        warnings += strip_control_characters(record)
        card = repairer.validate(Card, record, where, droppable=True)
        if card is not None:
            cards.append(card)
    warnings += repairer.warnings
    for warning in warnings:
        logger.info("paste: %s", warning)
    return PastedCards(tuple(cards), tuple(warnings))


def _refused(reason: str, details: str = "") -> PastedCards:
    message = f"The clipboard cannot be pasted as cards: {reason}."
    logger.warning("paste refused: %s (%s)", reason, details)
    return PastedCards(refused=message)


__all__ = [
    "CARDS_FORMAT",
    "MAX_CLIPBOARD_BYTES",
    "MAX_CLIPBOARD_CARDS",
    "PastedCards",
    "ProjectLimitError",
    "check_project",
    "encode_project",
    "encode_revision",
    "envelope_fields",
    "limits_text",
    "project_problem",
    "read_pasted_cards",
]
