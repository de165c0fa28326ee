"""Helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


class DialogRecorder:
    """Stands in for modal message boxes: a GUI test must never block on one."""

    def __init__(self) -> None:
        self.shown: list[QMessageBox] = []
        self.texts: list[str] = []
        self.answer = QMessageBox.StandardButton.Discard

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(box)
        self.texts.append(box.text())
        return int(self.answer.value)

    def question(self, parent: object, title: str, text: str, *args: object) -> object:
        self.texts.append(text)
        return self.answer
