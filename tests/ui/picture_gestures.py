"""Run one picture gesture in the real window, in a process of its own, and report.

Hostile picture paths (a FIFO, an SVG whose image is a FIFO) would hang a broken build
forever. The tests start this script with a timeout, so a regression fails the test
instead of freezing the suite::

    python picture_gestures.py GESTURE PROJECT PICTURE

GESTURE is one of drop-card, drop-band, paste-card, inspector-choose, inspector-paste,
persona-photo. The script prints one line of JSON: whether the gesture changed the
project, how many pictures the project holds before and after, and the messages shown.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QMimeData, QPointF, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_support import drop_mime

from mapstudio.ui.app import create_application, release_offscreen_clipboard
from mapstudio.ui.inspector.card_page import CardPage
from mapstudio.ui.main_window import MainWindow


def _file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def main(gesture: str, project: Path, picture: Path) -> dict[str, object]:
    app = create_application([])
    messages: list[str] = []
    QMessageBox.exec = lambda box: messages.append(box.text()) or 0  # type: ignore[method-assign]
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(picture), ""))  # type: ignore[method-assign]
    window = MainWindow()
    window.editor.message.connect(messages.append)
    assert window.open_path(project)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    before = window.document.project
    card = window.current_map.cards[0]
    layout = window.scene.map_layout
    assert layout is not None
    rect = layout.cards[card.id].rect
    at_card = QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)
    result: object = None
    if gesture == "drop-card":
        result = drop_mime(window.view, _file_mime(picture), at_card)
    elif gesture == "drop-band":
        band = next(b for b in layout.bands if b.persona_id is not None)
        header = band.header_rect
        at = QPointF(header.x + header.w / 2, header.y + header.h / 2)
        result = drop_mime(window.view, _file_mime(picture), at)
    elif gesture in ("paste-card", "inspector-paste"):
        window.editor.select_only([window.scene.card_items[card.id]])
        QGuiApplication.clipboard().setMimeData(_file_mime(picture))
        app.processEvents()
        if gesture == "paste-card":
            result = window.editor.paste()
        else:
            page = window.inspector.findChild(CardPage)
            page._paste_picture()
            messages.append(window.inspector.status.text())
    elif gesture == "inspector-choose":
        window.editor.select_only([window.scene.card_items[card.id]])
        app.processEvents()
        page = window.inspector.findChild(CardPage)
        page._choose_picture()
        messages.append(window.inspector.status.text())
    elif gesture == "persona-photo":
        persona = window.document.project.personas[0]
        result = window.personas.set_photo_from_file(persona.id, picture)
        messages.append(window.personas.status.text())
    else:
        raise SystemExit(f"unknown gesture {gesture}")
    after = window.document.project
    report = {
        "result": result,
        "changed": after is not before,
        "assets_before": len(before.assets),
        "assets_after": len(after.assets),
        "messages": [m for m in messages if m],
    }
    window.document.mark_clean()
    release_offscreen_clipboard()
    return report


if __name__ == "__main__":
    outcome = main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
    print(json.dumps(outcome), flush=True)
    # Skip Qt's teardown: only the report matters, and windows may still hold locks.
    os._exit(0)
