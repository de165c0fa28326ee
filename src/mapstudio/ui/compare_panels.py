"""The widgets of compare mode: the Changes dock and the Compare With dialog.

`ChangesDock` lists the changes per stage, to step through with Next and Previous
(F8 / Shift+F8); `CompareDialog` asks what to compare the window's map with. The
compare view (`compare_view.CompareController`) drives both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.compare import ChangeEntry, CompareView
from mapstudio.fileformat import FILE_EXTENSION
from mapstudio.model import Project
from mapstudio.ui.plain import PlainLabel, plain_tooltip

# Icons of the dock's rows: the same shapes as the badges on the canvas.
MARK_SYMBOLS = {"added": "+", "removed": "−", "changed": "✎", "moved": "→"}
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def short_title(text: str, limit: int = 40) -> str:
    """A title on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ChangesDock(QDockWidget):
    """The list of changes, per stage, with Next and Previous."""

    entry_chosen = Signal(object)  # ChangeEntry
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Changes"), parent)
        self.setObjectName("changes_dock")
        body = QWidget(self)
        box = QVBoxLayout(body)
        box.setContentsMargins(6, 6, 6, 6)
        self.heading = PlainLabel(parent=body)
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        self.list = QListWidget(body)
        self.list.setAccessibleName(self.tr("Changes"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._current_changed)
        box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous"), body)
        self.previous_button.setToolTip(self.tr("Previous change (Shift+F8)"))
        self.next_button = QPushButton(self.tr("Next"), body)
        self.next_button.setToolTip(self.tr("Next change (F8)"))
        self.pdf_button = QPushButton(self.tr("PDF…"), body)
        self.pdf_button.setToolTip(self.tr("Export the comparison as a PDF"))
        self.stop_button = QPushButton(self.tr("Stop Comparing"), body)
        self.stop_button.clicked.connect(self.stop_requested)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.stop_button)
        box.addLayout(buttons)
        self.setWidget(body)
        self.entries: list[ChangeEntry] = []

    def set_view(self, comparison: CompareView | None, heading: str = "") -> None:
        """Fill the list from a comparison (None: empty it), keeping the current row's
        change when it is still there."""
        current = self.current_entry()
        self.list.blockSignals(True)
        self.list.clear()
        self.entries = []
        self.heading.setText(heading)
        if comparison is not None:
            if not comparison.entries:
                self._add_heading(self.tr("No differences."))
            for title, entries in comparison.sections:
                self._add_heading(title)
                for entry in entries:
                    item = QListWidgetItem(f"{MARK_SYMBOLS[entry.mark]}  {entry.text}")
                    item.setData(ENTRY_ROLE, len(self.entries))
                    item.setToolTip(plain_tooltip(entry.text))
                    self.list.addItem(item)
                    self.entries.append(entry)
                    if current is not None and _same_change(current, entry):
                        self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _add_heading(self, title: str) -> None:
        item = QListWidgetItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def rows(self) -> list[str]:
        """The texts of the change rows (not the headings), top to bottom."""
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).data(ENTRY_ROLE) is not None
        ]

    def current_entry(self) -> ChangeEntry | None:
        item = self.list.currentItem()
        index = item.data(ENTRY_ROLE) if item is not None else None
        return self.entries[index] if index is not None and index < len(self.entries) else None

    def step(self, direction: int) -> None:
        """Move the current row to the next (1) or previous (-1) change, wrapping."""
        rows = [
            i for i in range(self.list.count()) if self.list.item(i).data(ENTRY_ROLE) is not None
        ]
        if not rows:
            return
        current = self.list.currentRow()
        if direction > 0:
            after = [i for i in rows if i > current]
            target = after[0] if after else rows[0]
        else:
            before = [i for i in rows if i < current]
            target = before[-1] if before else rows[-1]
        self.list.setCurrentRow(target)
        self.list.scrollToItem(self.list.item(target))

    def _current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is None or item.data(ENTRY_ROLE) is None:
            return
        self.entry_chosen.emit(self.entries[item.data(ENTRY_ROLE)])


def _same_change(a: ChangeEntry, b: ChangeEntry) -> bool:
    return (a.kind, a.record_id, a.stage_id, a.text) == (b.kind, b.record_id, b.stage_id, b.text)


class CompareDialog(QDialog):
    """Compare the map with: another map of this project, the same map in another file,
    or a revision from the revision store."""

    def __init__(
        self,
        parent: QWidget,
        project: Project,
        map_id: str,
        revisions: list[tuple[str, str]],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare With"))
        self.choice: str | None = None
        self.map_id: str | None = None
        self.path: Path | None = None
        self.revision: str | None = None
        shown = next(m for m in project.maps if m.id == map_id)
        grid = QGridLayout(self)
        intro = PlainLabel(
            self.tr("Mark on the map what changes between '{title}' and:").format(
                title=short_title(shown.title)
            ),
            self,
        )
        grid.addWidget(intro, 0, 0, 1, 2)
        self.group = QButtonGroup(self)
        self.map_button = QRadioButton(self.tr("Another &map of this project"), self)
        self.maps = QComboBox(self)
        others = [m for m in project.maps if m.id != map_id]
        for other in others:
            self.maps.addItem(short_title(other.title, 60), other.id)
        # A map's future state (or current state) first: the usual comparison.
        for index, other in enumerate(others):
            if other.future_state_of == map_id or shown.future_state_of == other.id:
                self.maps.setCurrentIndex(index)
                break
        self.file_button = QRadioButton(self.tr("The same map in another &file"), self)
        self.file_choose = QPushButton(self.tr("Choose File…"), self)
        # Enter is for Compare: a button that keeps the focus must not take it over.
        self.file_choose.setAutoDefault(False)
        self.file_choose.clicked.connect(self._choose_file)
        self.file_label = PlainLabel(parent=self)
        self.revision_button = QRadioButton(self.tr("A saved &revision"), self)
        self.revisions = QComboBox(self)
        for revision, words in revisions:
            self.revisions.addItem(words, revision)
        rows = (
            (self.map_button, self.maps),
            (self.file_button, self.file_choose),
            (self.revision_button, self.revisions),
        )
        for row, (button, field) in enumerate(rows, start=1):
            self.group.addButton(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(field, row, 1)
        grid.addWidget(self.file_label, 4, 1)
        self.map_button.setEnabled(bool(others))
        self.maps.setEnabled(bool(others))
        self.revision_button.setEnabled(bool(revisions))
        self.revisions.setEnabled(bool(revisions))
        (self.map_button if others else self.file_button).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Compare"))
        ok.setDefault(True)
        self.compare_button = ok
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        grid.addWidget(self.buttons, 5, 0, 1, 2)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Compare With a File"),
            "",
            self.tr("mapstudio projects (*{ext});;All files (*)").format(ext=FILE_EXTENSION),
        )
        if name:
            self.path = Path(name)
            self.file_label.setText(self.path.name)
            self.file_button.setChecked(True)
            # The next step is Compare: Enter or Space there, not the picker again.
            self.compare_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept(self) -> None:
        if self.map_button.isChecked():
            self.choice, self.map_id = "map", self.maps.currentData()
        elif self.file_button.isChecked():
            if self.path is None:
                self._choose_file()
                if self.path is None:
                    return
            self.choice = "file"
        elif self.revision_button.isChecked():
            self.choice, self.revision = "revision", self.revisions.currentData()
        self.accept()


__all__ = ["ENTRY_ROLE", "MARK_SYMBOLS", "ChangesDock", "CompareDialog", "short_title"]
