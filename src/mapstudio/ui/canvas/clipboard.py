"""Cards on the clipboard, so they paste across maps and between running instances.

The clipboard is untrusted like a file, so pasted cards pass the loader's gate
(mapstudio.fileformat.gate): the same limits on size, nesting, numbers and unknown
fields, the same repairs, and whatever still does not validate is left out rather than
breaking the paste.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

from mapstudio.fileformat.gate import (
    CARDS_FORMAT,
    MAX_CLIPBOARD_BYTES,
    MAX_CLIPBOARD_CARDS,
    PastedCards,
    read_pasted_cards,
)
from mapstudio.model import Card, JourneyMap

CARDS_MIME = "application/x-mapstudio-cards+json"

__all__ = [
    "CARDS_MIME",
    "MAX_CLIPBOARD_BYTES",
    "MAX_CLIPBOARD_CARDS",
    "cards_from_mime",
    "cards_to_mime",
    "read_clipboard",
]


def cards_to_mime(cards: list[Card], journey_map: JourneyMap) -> QMimeData:
    """Mime data with the cards as JSON and their titles as plain text for other apps."""
    payload = {
        "format": CARDS_FORMAT,
        "version": 1,
        # Like a file: fields at their default are left out (the paste fills them in).
        "cards": [card.model_dump(mode="json", exclude_defaults=True) for card in cards],
    }
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    stage_names = {stage.id: stage.name for stage in journey_map.stages}
    lines = []
    for card in cards:
        line = f"{card.title} ({stage_names.get(card.stage_id, '')})"
        lines.append(line + (f"\n  {card.body}" if card.body else ""))
    mime.setText("\n".join(lines))
    return mime


def read_clipboard(mime: QMimeData | None) -> PastedCards:
    """The cards on the clipboard, through the same gate as a file (see
    mapstudio.fileformat.gate): the cards that can be pasted, what was repaired or left
    out, and `refused` (a plain sentence) when nothing could be read."""
    if mime is None or not mime.hasFormat(CARDS_MIME):
        return PastedCards()
    return read_pasted_cards(bytes(mime.data(CARDS_MIME).data()))


def cards_from_mime(mime: QMimeData | None) -> list[Card]:
    """The valid cards on the clipboard, in order; empty when there are none."""
    return list(read_clipboard(mime).cards)
