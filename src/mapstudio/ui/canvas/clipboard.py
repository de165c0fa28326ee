"""Cards on the clipboard, so they paste across maps and between running instances.

The clipboard is untrusted like a file: pasted cards are validated one by one, and
whatever does not validate is left out rather than breaking the paste.
"""

from __future__ import annotations

import json
import logging

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from mapstudio.model import Card, JourneyMap

log = logging.getLogger(__name__)

CARDS_MIME = "application/x-mapstudio-cards+json"
MAX_CLIPBOARD_BYTES = 8 * 1024 * 1024
MAX_CLIPBOARD_CARDS = 2_000


def cards_to_mime(cards: list[Card], journey_map: JourneyMap) -> QMimeData:
    """Mime data with the cards as JSON and their titles as plain text for other apps."""
    payload = {
        "format": "mapstudio-cards",
        "version": 1,
        "cards": [card.model_dump(mode="json") for card in cards],
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


def cards_from_mime(mime: QMimeData | None) -> list[Card]:
    """The valid cards on the clipboard, in order; empty when there are none."""
    if mime is None or not mime.hasFormat(CARDS_MIME):
        return []
    raw = bytes(mime.data(CARDS_MIME).data())
    if len(raw) > MAX_CLIPBOARD_BYTES:
        log.warning("clipboard cards ignored: %d bytes is over the limit", len(raw))
        return []
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        log.warning("clipboard cards ignored: not valid JSON")
        return []
    if not isinstance(payload, dict) or payload.get("format") != "mapstudio-cards":
        return []
    records = payload.get("cards")
    if not isinstance(records, list):
        return []
    cards: list[Card] = []
    for record in records[:MAX_CLIPBOARD_CARDS]:
        try:
            cards.append(Card.model_validate(record))
        except ValidationError:
            log.warning("a pasted card was not valid and was left out")
    return cards
