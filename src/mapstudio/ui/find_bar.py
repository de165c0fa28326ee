"""Find (Ctrl+F): search card and persona text in the current map and step through hits."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from mapstudio.model import JourneyMap, Project, band_personas


@dataclass(frozen=True)
class FindHit:
    """A card or a persona band whose text contains the query."""

    kind: str  # "card" | "persona"
    id: str


def find_in_map(project: Project, journey_map: JourneyMap, query: str) -> list[FindHit]:
    """Hits in reading order: persona bands in band order, then cards in map order."""
    needle = query.casefold().strip()
    if not needle:
        return []
    hits: list[FindHit] = []
    for persona in band_personas(project, journey_map):
        text = " ".join((persona.name, persona.role, persona.description, persona.quote))
        if needle in text.casefold():
            hits.append(FindHit("persona", persona.id))
    for card in journey_map.cards:
        text = " ".join((card.title, card.body, card.unit, card.evidence, *card.tags))
        if needle in text.casefold():
            hits.append(FindHit("card", card.id))
    return hits


class _QueryEdit(QLineEdit):
    escape = Signal()
    previous = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """A slim bar above the canvas: query, hit count, previous/next, close."""

    query_changed = Signal(str)
    step = Signal(int)  # +1 next, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.edit = _QueryEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in cards and personas"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName("Find text")
        self.count = QLabel(self)
        self.count.setMinimumWidth(90)
        previous = QToolButton(self)
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        following = QToolButton(self)
        following.setText("▼")
        following.setToolTip(self.tr("Next match (Enter)"))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        for widget in (
            QLabel(self.tr("Find:"), self),
            self.edit,
            self.count,
            previous,
            following,
            close,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.edit.textChanged.connect(self.query_changed)
        self.edit.returnPressed.connect(lambda: self.step.emit(1))
        self.edit.previous.connect(lambda: self.step.emit(-1))
        self.edit.escape.connect(self.close_bar)
        previous.clicked.connect(lambda: self.step.emit(-1))
        following.clicked.connect(lambda: self.step.emit(1))
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(f"{current + 1} of {total}")
