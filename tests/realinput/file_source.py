"""A stand-in for a file manager: another X client whose one label, when dragged, offers
a file the way a file manager does (text/uri-list), so a drop between two programs goes
through the window system's drag-and-drop protocol (XDND).

    python file_source.py FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel


class FileLabel(QLabel):
    def __init__(self, path: Path) -> None:
        super().__init__(f"  {path.name}  ")
        self.path = path
        self.setStyleSheet("QLabel { background: #FFE08A; font-size: 18px; }")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWindowTitle("files")
        self._pressed = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._pressed:
            return
        self._pressed = False
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(self.path))])
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = FileLabel(Path(sys.argv[1]))
    label.resize(220, 80)
    label.move(1350, 880)
    label.show()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
