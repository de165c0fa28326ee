"""The persona library list of the Personas dock: one row per persona (colour strip,
avatar, name over role, an "On map" badge), dragged onto the canvas as PERSONA_MIME."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QDrag, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mapstudio.model import Persona
from mapstudio.ui.canvas.palette_entries import PERSONA_MIME
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import avatar_pixmap

# What each row of the list carries besides its name (DisplayRole) and avatar.
ID_ROLE = Qt.ItemDataRole.UserRole
ROLE_ROLE = Qt.ItemDataRole.UserRole + 1
ON_MAP_ROLE = Qt.ItemDataRole.UserRole + 2
COLOR_ROLE = Qt.ItemDataRole.UserRole + 3


class PersonaLookup(Protocol):
    """What the list asks of its dock: a persona by id, and its photo."""

    def persona(self, persona_id: str | None) -> Persona | None: ...

    def photo_bytes(self, persona: Persona) -> bytes | None: ...


def persona_mime_data(persona: Persona) -> QMimeData:
    """What a persona dragged from the list carries: its id as PERSONA_MIME (UTF-8)."""
    mime = QMimeData()
    mime.setData(PERSONA_MIME, QByteArray(persona.id.encode("utf-8")))
    return mime


class PersonaDelegate(QStyledItemDelegate):
    """A persona row: colour strip, avatar, name over role, and an 'On map' badge."""

    ROW_HEIGHT = 54
    AVATAR = 36

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        # The platform's own selection and hover background, then our content on top.
        opt.text = ""
        opt.icon = type(opt.icon)()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        rect: QRect = option.rect
        color = QColor(index.data(COLOR_ROLE) or "#4C78A8")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRect(rect.left(), rect.top() + 6, 4, rect.height() - 12), color)

        icon = index.data(Qt.ItemDataRole.DecorationRole)
        top = rect.top() + (rect.height() - self.AVATAR) // 2
        if icon is not None:
            icon.paint(painter, QRect(rect.left() + 14, top, self.AVATAR, self.AVATAR))

        text_left = rect.left() + 14 + self.AVATAR + 10
        on_map = bool(index.data(ON_MAP_ROLE))
        badge_text = translate("PersonasDock", "On map")
        badge_font = QFont(opt.font)
        badge_font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.82))
        badge_font.setBold(True)
        badge_w = 0
        if on_map:
            painter.setFont(badge_font)
            fm = painter.fontMetrics()
            badge_w = fm.horizontalAdvance(badge_text) + 14
            badge_h = fm.height() + 4
            badge = QRect(
                rect.right() - badge_w - 10,
                rect.top() + (rect.height() - badge_h) // 2,
                badge_w,
                badge_h,
            )
            if selected:
                # On the selection colour a white pill reads better than a tint.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#FFFFFF"))
                ink = color.darker(120)
            else:
                fill = QColor(color)
                fill.setAlphaF(0.12)
                painter.setPen(QPen(color, 1.0))
                painter.setBrush(fill)
                ink = color.darker(130)
            painter.drawRoundedRect(badge, badge_h / 2, badge_h / 2)
            painter.setPen(ink)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        text_right = rect.right() - (badge_w + 20 if on_map else 10)
        width = max(10, text_right - text_left)

        palette = opt.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        muted = QColor(text_color)
        muted.setAlphaF(0.68)
        name_font = QFont(opt.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        fm = painter.fontMetrics()
        name = fm.elidedText(
            index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.TextElideMode.ElideRight, width
        )
        role = index.data(ROLE_ROLE) or ""
        mid = rect.top() + rect.height() // 2
        painter.setPen(text_color)
        if role:
            painter.drawText(QPoint(text_left, mid - 3), name)
            painter.setFont(opt.font)
            fm = painter.fontMetrics()
            painter.setPen(muted)
            painter.drawText(
                QPoint(text_left, mid + fm.ascent() + 1),
                fm.elidedText(role, Qt.TextElideMode.ElideRight, width),
            )
        else:
            painter.drawText(QPoint(text_left, mid + fm.ascent() // 2 - 1), name)
        painter.restore()


class PersonaList(QListWidget):
    """The library list; dragging a row carries the persona's id to the canvas."""

    def __init__(self, dock: PersonaLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dock = dock
        self.setItemDelegate(PersonaDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(PersonaDelegate.AVATAR, PersonaDelegate.AVATAR))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("PersonasDock", "Personas"))

    def mimeTypes(self) -> list[str]:
        return [PERSONA_MIME]

    def startDrag(self, supported: Qt.DropAction) -> None:
        item = self.currentItem()
        persona = self._dock.persona(item.data(ID_ROLE)) if item else None
        if persona is None:
            return
        drag = QDrag(self)
        drag.setMimeData(persona_mime_data(persona))
        photo = self._dock.photo_bytes(persona)
        dpr = self.devicePixelRatioF() or 1.0
        drag.setPixmap(avatar_pixmap(persona.name, persona.color, photo, 40, dpr))
        drag.setHotSpot(QPoint(20, 20))
        drag.exec(Qt.DropAction.CopyAction)
