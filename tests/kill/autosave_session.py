"""Helper process of the autosave kill test: a scripted editing session.

Run as `python autosave_session.py` with MAPSTUDIO_STATE_DIR set. It opens a project
of 1,000 cards in a Document with an AutosaveController (the real one, on a real Qt
event loop), renames the first card to "edit 1", "edit 2", ... every 100 ms, and
prints "edit N T" after each edit, where T is time.monotonic() (one clock for the
whole machine, so the test can compare it with the moment it killed this process).
It runs until it is killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from kill_support import large_project
from PySide6.QtCore import QCoreApplication, QTimer

from mapstudio.edit import Document, UpdateCard
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.ui.autosave import AutosaveController

EDIT_INTERVAL_MS = 100


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    project = large_project(1000, "A")
    document = Document(project)
    controller = AutosaveController(document, RecoveryStore())
    map_id = project.maps[0].id
    count = 0

    def edit() -> None:
        nonlocal count
        count += 1
        document.execute(UpdateCard(map_id, "card-00000", {"title": f"edit {count}"}))
        print(f"edit {count} {time.monotonic():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(edit)
    timer.start(EDIT_INTERVAL_MS)
    print(f"ready {controller.session_id}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
