"""From reviewed notes to cards: one undoable step that adds every card with its picture.

The review (dialog or command line) turns each detected note into a `NoteDecision`:
the cell the user settled on, the title, the picture. `import_command` makes the one
command that adds them all: each picture as an image of the project, each card at the
bottom of its cell in the order of the notes, so notes stuck over existing cards on a
filled poster become new cards beside them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mapstudio.edit import AddAsset, AddCard, Command, Composite
from mapstudio.model import Asset, Card, CellKey
from mapstudio.photo.result import DetectedNote, PhotoImport

COMMAND_LABEL = "Import Workshop Photos"
UNCERTAIN_TAG = "check"  # tags a card the command line added from an uncertain note


@dataclass(frozen=True)
class NoteDecision:
    """A note as the review leaves it: its cell, its title, its picture (PNG)."""

    cell: CellKey
    title: str
    picture: bytes
    picture_size: tuple[int, int]
    tags: tuple[str, ...] = ()


def decisions_from(found: PhotoImport, *, include_uncertain: bool = True) -> list[NoteDecision]:
    """Every note with a cell, as detected, titled with its recognised text: what the
    review starts from, and what the command line adds without one. Uncertain notes
    are tagged UNCERTAIN_TAG, or left out without `include_uncertain`."""
    decisions = []
    for note in sorted(found.notes, key=_reading_key):
        if note.cell is None or (note.uncertain and not include_uncertain):
            continue
        tags = (UNCERTAIN_TAG,) if note.uncertain else ()
        decisions.append(NoteDecision(note.cell, note.text, note.picture, note.picture_size, tags))
    return decisions


def _reading_key(note: DetectedNote) -> tuple[float, float]:
    return (note.poster_rect.y, note.poster_rect.x)


def import_command(map_id: str, decisions: Iterable[NoteDecision]) -> Command:
    """One command (one undo step) adding a card with its picture for each decision,
    in the order given (top to bottom within each cell)."""
    commands: list[Command] = []
    for decision in decisions:
        w, h = decision.picture_size
        asset = Asset.from_bytes(decision.picture, "image/png", w, h)
        key = decision.cell
        card = Card(
            lane_id=key.lane_id,
            stage_id=key.stage_id,
            persona_id=key.persona_id,
            title=decision.title,
            image_asset_id=asset.id,
            tags=decision.tags,
        )
        commands += [AddAsset(asset), AddCard(map_id, card)]
    return Composite(COMMAND_LABEL, tuple(commands))


def count_cards(decisions: Sequence[NoteDecision]) -> int:
    """How many cards the decisions add (for the review's confirm button)."""
    return len(decisions)
