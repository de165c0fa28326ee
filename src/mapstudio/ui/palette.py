"""The palette dock: everything a designer can drag onto the map, grouped and iconed.

Enter on an entry adds it without a drag (the window asks the canvas where it goes)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from mapstudio.layout import DEFAULT_STYLE
from mapstudio.model import LaneKind
from mapstudio.ui.canvas.palette_entries import PALETTE, PALETTE_MIME, PaletteEntry
from mapstudio.ui.icons import glyph_icon

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _PaletteList(QListWidget):
    """A list whose items drag out as palette entries; Enter chooses the current one."""

    entry_chosen = Signal(str)  # the key of the entry Enter was pressed on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(20, 20))
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setAccessibleName("Palette")

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        if items:
            mime.setData(PALETTE_MIME, str(items[0].data(_KEY_ROLE)).encode("utf-8"))
        return mime

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            # Handled here rather than through `itemActivated`, which some desktops
            # emit on a single click: a click only chooses an entry, never adds it.
            event.accept()
            self.entry_chosen.emit(str(item.data(_KEY_ROLE)))
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def startDrag(self, supported: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)


def _color(entry: PaletteEntry) -> str:
    return DEFAULT_STYLE.kind_accent(entry.kind or LaneKind.NOTES)


class PaletteDock(QDockWidget):
    """Stages, every card kind (a touchpoint per channel) and emotion points, to drag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Palette"))
        self.setObjectName("palette")
        self.list = _PaletteList(self)
        for entry in PALETTE:
            item = QListWidgetItem(glyph_icon(entry.glyph, _color(entry)), entry.title)
            item.setData(_KEY_ROLE, entry.key)
            item.setToolTip(entry.hint)
            item.setStatusTip(entry.hint)
            self.list.addItem(item)
        self.setWidget(self.list)
        self.setMinimumWidth(180)
        self.entry_chosen = self.list.entry_chosen

    def take_keyboard(self) -> None:
        """Put the keyboard on the entries (F6), on the first one if none is current,
        so that the arrows choose one and Enter adds it."""
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def entry_keys(self) -> list[str]:
        return [str(self.list.item(i).data(_KEY_ROLE)) for i in range(self.list.count())]
