"""The Personas dock: the project's persona library, its editor, and bands on the map.

The list shows every persona with its avatar, name, role and whether the current map
shows it; below it an editor panel changes the selected persona. Every change is a
command (AddPersona, UpdatePersona, DeletePersona, AddBand, RemoveBand, AddAsset and
RemoveAsset, grouped into one undo step where one gesture needs several). A persona can
be dragged onto the canvas as MIME type `PERSONA_MIME` carrying its id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDrag, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mapstudio.edit import (
    AddBand,
    AddPersona,
    CommandError,
    DeletePersona,
    Document,
    DocumentChange,
    RemoveBand,
    UpdatePersona,
)
from mapstudio.model import PERSONA_COLORS, Asset, JourneyMap, Persona, Project
from mapstudio.ui.canvas.palette_entries import PERSONA_MIME
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import avatar_icon, avatar_pixmap
from mapstudio.ui.images import (
    PHOTO_MAX_SIDE,
    ImageError,
    attach_picture,
    image_asset_from_file,
)
from mapstudio.ui.plain import PlainLabel, ask, rich_tooltip
from mapstudio.ui.selection import SelectionModel
from mapstudio.ui.widgets import (
    PERSONA_PALETTE,
    ColorButton,
    CommitLineEdit,
    CommitTextEdit,
    MutedLabel,
    SectionHeader,
    format_lines,
    parse_lines,
)

log = logging.getLogger(__name__)


_ID_ROLE = Qt.ItemDataRole.UserRole
_ROLE_ROLE = Qt.ItemDataRole.UserRole + 1
_ON_MAP_ROLE = Qt.ItemDataRole.UserRole + 2
_COLOR_ROLE = Qt.ItemDataRole.UserRole + 3


# -- photos ------------------------------------------------------------------------------


def persona_mime_data(persona: Persona) -> QMimeData:
    """What a persona dragged from the list carries: its id as PERSONA_MIME (UTF-8)."""
    mime = QMimeData()
    mime.setData(PERSONA_MIME, QByteArray(persona.id.encode("utf-8")))
    return mime


# -- the list ---------------------------------------------------------------------------


class _PersonaDelegate(QStyledItemDelegate):
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
        color = QColor(index.data(_COLOR_ROLE) or "#4C78A8")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRect(rect.left(), rect.top() + 6, 4, rect.height() - 12), color)

        icon = index.data(Qt.ItemDataRole.DecorationRole)
        top = rect.top() + (rect.height() - self.AVATAR) // 2
        if icon is not None:
            icon.paint(painter, QRect(rect.left() + 14, top, self.AVATAR, self.AVATAR))

        text_left = rect.left() + 14 + self.AVATAR + 10
        on_map = bool(index.data(_ON_MAP_ROLE))
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
        role = index.data(_ROLE_ROLE) or ""
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


class _PersonaList(QListWidget):
    """The library list; dragging a row carries the persona's id to the canvas."""

    def __init__(self, dock: PersonasDock) -> None:
        super().__init__(dock)
        self._dock = dock
        self.setItemDelegate(_PersonaDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(_PersonaDelegate.AVATAR, _PersonaDelegate.AVATAR))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("PersonasDock", "Personas"))

    def mimeTypes(self) -> list[str]:
        return [PERSONA_MIME]

    def startDrag(self, supported: Qt.DropAction) -> None:
        item = self.currentItem()
        persona = self._dock.persona(item.data(_ID_ROLE)) if item else None
        if persona is None:
            return
        drag = QDrag(self)
        drag.setMimeData(persona_mime_data(persona))
        photo = self._dock.photo_bytes(persona)
        dpr = self.devicePixelRatioF() or 1.0
        drag.setPixmap(avatar_pixmap(persona.name, persona.color, photo, 40, dpr))
        drag.setHotSpot(QPoint(20, 20))
        drag.exec(Qt.DropAction.CopyAction)


# -- the editor ---------------------------------------------------------------------------


class _PersonaEditor(QWidget):
    """Every field of one persona; each finished edit is one UpdatePersona."""

    def __init__(self, dock: PersonasDock) -> None:
        super().__init__()
        self._dock = dock
        self.persona_id: str | None = None
        form = QFormLayout(self)
        form.setContentsMargins(14, 6, 14, 12)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(7)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        # Photo row: the avatar and its two buttons.
        self.avatar = PlainLabel()
        self.avatar.setFixedSize(64, 64)
        self.avatar.setAccessibleName(translate("PersonasDock", "Avatar"))
        self.photo_button = QPushButton(translate("PersonasDock", "Choose photo…"))
        self.photo_button.setToolTip(
            translate(
                "PersonasDock", "Embed a picture in the project (scaled to at most {n} px)"
            ).format(n=PHOTO_MAX_SIDE)
        )
        self.remove_photo_button = QPushButton(translate("PersonasDock", "Remove photo"))
        self.remove_photo_button.setToolTip(
            translate("PersonasDock", "Show the initials instead of a photo")
        )
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        photo_row = QWidget()
        # Fixed height: the buttons' stretch must not make the row soak up free space.
        photo_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        photo_box = QHBoxLayout(photo_row)
        photo_box.setContentsMargins(0, 4, 0, 4)
        photo_box.setSpacing(12)
        photo_box.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        photo_box.addLayout(buttons, 1)
        form.addRow(photo_row)

        self.name_edit = CommitLineEdit()
        self.name_edit.setPlaceholderText(translate("PersonasDock", "e.g. Maya Okafor"))
        self.role_edit = CommitLineEdit()
        self.role_edit.setPlaceholderText(translate("PersonasDock", "e.g. First-time buyer, 34"))
        self.color_button = ColorButton(PERSONA_PALETTE, allow_default=False)
        self.description_edit = CommitTextEdit(rows=3)
        self.description_edit.setPlaceholderText(
            translate("PersonasDock", "Who they are, in a sentence or two")
        )
        self.quote_edit = CommitTextEdit(rows=2)
        self.quote_edit.setPlaceholderText(translate("PersonasDock", "Something they would say"))
        self.goals_edit = CommitTextEdit(rows=3)
        self.needs_edit = CommitTextEdit(rows=3)
        self.frustrations_edit = CommitTextEdit(rows=3)
        for edit in (self.goals_edit, self.needs_edit, self.frustrations_edit):
            edit.setPlaceholderText(translate("PersonasDock", "One per line"))

        def row(label: str, widget: QWidget, tip: str) -> None:
            widget.setAccessibleName(label)
            widget.setToolTip(tip)
            form.addRow(label, widget)

        row(
            translate("PersonasDock", "Name"),
            self.name_edit,
            translate("PersonasDock", "The persona's name, shown in its band header"),
        )
        row(
            translate("PersonasDock", "Role"),
            self.role_edit,
            translate("PersonasDock", "A short description under the name"),
        )
        row(
            translate("PersonasDock", "Colour"),
            self.color_button,
            translate("PersonasDock", "The accent of the band and the emotion curve"),
        )
        row(
            translate("PersonasDock", "About"),
            self.description_edit,
            translate("PersonasDock", "A short description of the persona"),
        )
        row(
            translate("PersonasDock", "Quote"),
            self.quote_edit,
            translate("PersonasDock", "A typical thing this persona says"),
        )
        form.addRow(SectionHeader(translate("PersonasDock", "Goals, needs, frustrations")))
        row(
            translate("PersonasDock", "Goals"),
            self.goals_edit,
            translate("PersonasDock", "What they want to achieve; one per line"),
        )
        row(
            translate("PersonasDock", "Needs"),
            self.needs_edit,
            translate("PersonasDock", "What they need along the way; one per line"),
        )
        row(
            translate("PersonasDock", "Frustrations"),
            self.frustrations_edit,
            translate("PersonasDock", "What gets in their way; one per line"),
        )

        self.name_edit.committed.connect(self._rename)
        self.role_edit.committed.connect(lambda t: self._update({"role": t.strip()}))
        self.color_button.color_chosen.connect(lambda c: self._update({"color": c}) if c else None)
        self.description_edit.committed.connect(lambda t: self._update({"description": t}))
        self.quote_edit.committed.connect(lambda t: self._update({"quote": t}))
        self.goals_edit.committed.connect(lambda t: self._update({"goals": parse_lines(t)}))
        self.needs_edit.committed.connect(lambda t: self._update({"needs": parse_lines(t)}))
        self.frustrations_edit.committed.connect(
            lambda t: self._update({"frustrations": parse_lines(t)})
        )
        self.photo_button.clicked.connect(self._choose_photo)
        self.remove_photo_button.clicked.connect(
            lambda: self.persona_id and self._dock.remove_photo(self.persona_id)
        )

    def commit_widgets(self) -> list[CommitLineEdit | CommitTextEdit]:
        return [
            self.name_edit,
            self.role_edit,
            self.description_edit,
            self.quote_edit,
            self.goals_edit,
            self.needs_edit,
            self.frustrations_edit,
        ]

    def flush(self) -> None:
        for widget in self.commit_widgets():
            widget.commit()

    def load(self, project: Project, persona: Persona | None, force: bool) -> None:
        self.persona_id = persona.id if persona else None
        self.setEnabled(persona is not None)
        if persona is None:
            for widget in self.commit_widgets():
                widget.set_value("", force=True)
            self.avatar.clear()
            return
        photo = project.assets.get(persona.photo_asset_id or "")
        dpr = self.devicePixelRatioF() or 1.0
        self.avatar.setPixmap(
            avatar_pixmap(persona.name, persona.color, photo.data if photo else None, 64, dpr)
        )
        self.remove_photo_button.setEnabled(photo is not None)
        self.name_edit.set_value(persona.name, force=force)
        self.role_edit.set_value(persona.role, force=force)
        self.color_button.set_color(persona.color)
        self.description_edit.set_value(persona.description, force=force)
        self.quote_edit.set_value(persona.quote, force=force)
        self.goals_edit.set_value(format_lines(persona.goals), force=force)
        self.needs_edit.set_value(format_lines(persona.needs), force=force)
        self.frustrations_edit.set_value(format_lines(persona.frustrations), force=force)

    def _update(self, changes: dict[str, Any]) -> None:
        if self.persona_id is not None:
            self._dock.execute(UpdatePersona(self.persona_id, changes))

    def _rename(self, text: str) -> None:
        name = text.strip()
        if not name:
            self._dock.show_error(translate("PersonasDock", "A persona needs a name."))
            current = self._dock.persona(self.persona_id)
            self.name_edit.set_value(current.name if current else "", force=True)
            return
        self._update({"name": name})

    def _choose_photo(self) -> None:
        if self.persona_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("PersonasDock", "Choose a photo"),
            "",
            translate("PersonasDock", "PNG and JPEG pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self._dock.set_photo_from_file(self.persona_id, Path(path))


# -- the dock ----------------------------------------------------------------------------


class PersonasDock(QDockWidget):
    """The persona library of the project, with an editor and band controls.

    `persona_activated(persona_id)` is emitted on double-click (to scroll the canvas to
    that band). `current_map_id()` names the map whose bands "on map" refers to; call
    `refresh()` when it changes without a document change (switching map tabs).
    """

    persona_activated = Signal(str)

    def __init__(
        self,
        document: Document,
        selection: SelectionModel,
        current_map_id: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("PersonasDock", "Personas"), parent)
        self.setObjectName("personas")
        self.document = document
        self.selection = selection
        self._current_map_id = current_map_id
        self._shown: tuple[Any, ...] | None = None  # what the list was last built from
        self._editor_persona: Persona | None = None

        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # Toolbar.
        bar = QWidget(body)
        bar.setObjectName("personasBar")
        bar.setStyleSheet("#personasBar { background: #F7F8FA; border-bottom: 1px solid #E1E4E8; }")
        tools = QHBoxLayout(bar)
        tools.setContentsMargins(8, 5, 8, 5)
        tools.setSpacing(2)

        def tool(text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
            button = QToolButton(bar)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setAutoRaise(True)
            button.clicked.connect(lambda: slot())
            tools.addWidget(button)
            return button

        self.add_button = tool(
            translate("PersonasDock", "+ Add"),
            translate("PersonasDock", "Add a persona to the project"),
            self.add_persona,
        )
        self.edit_button = tool(
            translate("PersonasDock", "Edit"),
            translate("PersonasDock", "Edit the selected persona"),
            self._edit_current,
        )
        self.delete_button = tool(
            translate("PersonasDock", "Delete"),
            translate("PersonasDock", "Delete the selected persona from the project"),
            self._delete_current,
        )
        tools.addStretch(1)
        self.band_button = tool(
            translate("PersonasDock", "Add to map"),
            translate("PersonasDock", "Show the selected persona on this map"),
            self._toggle_band,
        )
        outer.addWidget(bar)

        self.list = _PersonaList(self)
        self.editor = _PersonaEditor(self)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_scroll.setWidget(self.editor)
        editor_panel = QWidget()
        editor_box = QVBoxLayout(editor_panel)
        editor_box.setContentsMargins(0, 0, 0, 0)
        editor_box.setSpacing(0)
        self.editor_title = SectionHeader(translate("PersonasDock", "Persona"))
        self.editor_title.setContentsMargins(14, 0, 14, 0)
        editor_box.addWidget(self.editor_title)
        editor_box.addWidget(editor_scroll, 1)
        # At least two and a half rows, so the list reads as a list next to the editor.
        self.list.setMinimumHeight(round(_PersonaDelegate.ROW_HEIGHT * 2.5))
        self.splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(editor_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self.hint = MutedLabel(
            translate("PersonasDock", "Drag a persona onto the map to add its band.")
        )
        self.hint.setContentsMargins(14, 6, 14, 6)
        outer.addWidget(self.hint)

        self.status = PlainLabel(parent=body)
        self.status.setObjectName("personasStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(
            "#personasStatus { color: #8A1F11; background: #FDECEA;"
            " border-top: 1px solid #F5C6C0; padding: 8px 14px; }"
        )
        self.status.hide()
        outer.addWidget(self.status)
        self.setWidget(body)
        self.setMinimumWidth(260)

        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemDoubleClicked.connect(
            lambda item: self.persona_activated.emit(item.data(_ID_ROLE))
        )
        self.list.customContextMenuRequested.connect(self._context_menu)
        self._unsubscribe = document.subscribe(self._on_document_changed)
        selection.changed.connect(self._on_selection_changed)
        self.refresh(force=True)

    # -- queries -------------------------------------------------------------------------

    def current_map(self) -> JourneyMap:
        project = self.document.project
        wanted = self._current_map_id()
        return next((m for m in project.maps if m.id == wanted), project.maps[0])

    def persona(self, persona_id: str | None) -> Persona | None:
        return next((p for p in self.document.project.personas if p.id == persona_id), None)

    def photo_bytes(self, persona: Persona) -> bytes | None:
        asset = self.document.project.assets.get(persona.photo_asset_id or "")
        return asset.data if asset else None

    def current_persona_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_ID_ROLE) if item else None

    def dispose(self) -> None:
        """Stop listening to the document (call before dropping the dock)."""
        self._unsubscribe()

    # -- refresh -------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Rebuild the list and the editor from the project (cheap when nothing they
        show changed, so a canvas drag does not redraw the library)."""
        project = self.document.project
        journey_map = self.current_map()
        shown = (project.personas, project.assets, journey_map.id, journey_map.bands)
        if (
            not force
            and self._shown is not None
            and all(a is b for a, b in zip(shown, self._shown, strict=True))
        ):
            return
        self._shown = shown
        current = self.current_persona_id()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            bands = set(journey_map.bands)
            for persona in project.personas:
                item = QListWidgetItem(persona.name or translate("PersonasDock", "Unnamed"))
                item.setData(_ID_ROLE, persona.id)
                item.setData(_ROLE_ROLE, persona.role)
                item.setData(_ON_MAP_ROLE, persona.id in bands)
                item.setData(_COLOR_ROLE, persona.color)
                item.setIcon(avatar_icon(persona.name, persona.color, self.photo_bytes(persona)))
                item.setToolTip(
                    rich_tooltip(
                        persona.name,
                        persona.role,
                        translate("PersonasDock", "Shown on this map")
                        if persona.id in bands
                        else translate("PersonasDock", "Not on this map"),
                    )
                )
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                self.list.addItem(item)
            row = next(
                (i for i, p in enumerate(project.personas) if p.id == current),
                0 if project.personas else -1,
            )
            self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
        self._load_editor(force=force)

    def _load_editor(self, force: bool = False) -> None:
        persona = self.persona(self.current_persona_id())
        switched = (persona.id if persona else None) != self.editor.persona_id
        self.editor.load(self.document.project, persona, force or switched)
        self.editor_title.setText(
            (persona.name if persona else translate("PersonasDock", "No persona")).upper()
        )
        on_map = persona is not None and persona.id in self.current_map().bands
        self.band_button.setText(
            translate("PersonasDock", "Remove from map")
            if on_map
            else translate("PersonasDock", "Add to map")
        )
        self.band_button.setToolTip(
            translate(
                "PersonasDock", "Remove this persona's band from the map (it stays in the library)"
            )
            if on_map
            else translate("PersonasDock", "Show this persona as a band on the map")
        )
        for button in (self.edit_button, self.delete_button, self.band_button):
            button.setEnabled(persona is not None)

    # -- actions -------------------------------------------------------------------------

    def execute(self, command: Any) -> bool:
        """Run a command; a refusal shows up in the status line instead of raising."""
        try:
            self.document.execute(command)
        except CommandError as error:
            self.show_error(str(error))
            return False
        self.status.hide()
        return True

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    def select_persona(self, persona_id: str) -> None:
        """Make a persona the current row (its fields fill the editor)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == persona_id:
                self.list.setCurrentRow(row)
                return

    def focus_persona(self, persona_id: str) -> None:
        """Show the dock with this persona in the editor and the name field focused."""
        self.show()
        self.raise_()
        self.select_persona(persona_id)
        self.editor.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.name_edit.selectAll()

    def add_persona(self) -> str | None:
        """Add "Persona N" with the next unused colour; returns its id."""
        project = self.document.project
        used = {p.color.upper() for p in project.personas}
        color = next(
            (c for c in PERSONA_COLORS if c.upper() not in used),
            PERSONA_COLORS[len(project.personas) % len(PERSONA_COLORS)],
        )
        names = {p.name for p in project.personas}
        number = len(project.personas) + 1
        while translate("PersonasDock", "Persona {n}").format(n=number) in names:
            number += 1
        persona = Persona(
            name=translate("PersonasDock", "Persona {n}").format(n=number), color=color
        )
        if not self.execute(AddPersona(persona)):
            return None
        self.focus_persona(persona.id)
        return persona.id

    def delete_persona(self, persona_id: str) -> bool:
        """Delete after the user confirms; True when it was deleted."""
        persona = self.persona(persona_id)
        if persona is None:
            return False
        project = self.document.project
        maps = [m for m in project.maps if persona_id in m.bands]
        cards = sum(1 for m in maps for c in m.cards if c.persona_id == persona_id)
        points = sum(1 for m in maps for p in m.emotion_points if p.persona_id == persona_id)
        text = translate("PersonasDock", "Delete “{name}” from the project?").format(
            name=persona.name
        )
        if maps:
            text += " " + translate(
                "PersonasDock",
                "It is shown on {maps} map(s); its {cards} card(s) and {points} emotion "
                "point(s) there are deleted too.",
            ).format(maps=len(maps), cards=cards, points=points)
        text += " " + translate("PersonasDock", "You can undo this.")
        answer = ask(
            self,
            translate("PersonasDock", "Delete persona"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.editor.flush()
        return self.execute(DeletePersona(persona_id))

    def add_to_map(self, persona_id: str) -> bool:
        return self.execute(AddBand(self.current_map().id, persona_id))

    def remove_from_map(self, persona_id: str) -> bool:
        """Remove the band; asks first when the persona has cards or points there."""
        journey_map = self.current_map()
        persona = self.persona(persona_id)
        if persona is None:
            return False
        cards = sum(1 for c in journey_map.cards if c.persona_id == persona_id)
        points = sum(1 for p in journey_map.emotion_points if p.persona_id == persona_id)
        if cards or points:
            answer = ask(
                self,
                translate("PersonasDock", "Remove from map"),
                translate(
                    "PersonasDock",
                    "Remove “{name}” from “{map}”? Its {cards} card(s) and {points} emotion "
                    "point(s) on this map are deleted; the persona stays in the library. "
                    "You can undo this.",
                ).format(name=persona.name, map=journey_map.title, cards=cards, points=points),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.execute(RemoveBand(journey_map.id, persona_id))

    def set_photo_from_file(self, persona_id: str, path: Path) -> bool:
        """Embed an image file as the persona's photo, in one undo step."""
        try:
            asset = image_asset_from_file(path, PHOTO_MAX_SIDE)
        except ImageError as error:
            self.show_error(str(error))
            return False
        return self.set_photo(persona_id, asset)

    def set_photo(self, persona_id: str, asset: Asset | None) -> bool:
        """Set (or with None remove) a persona's photo, in one undo step."""
        persona = self.persona(persona_id)
        if persona is None:
            return False
        label = (
            translate("PersonasDock", "Set Persona Photo")
            if asset is not None
            else translate("PersonasDock", "Remove Persona Photo")
        )
        try:
            attach_picture(
                self.document,
                label,
                asset,
                persona.photo_asset_id,
                lambda asset_id: UpdatePersona(persona_id, {"photo_asset_id": asset_id}),
            )
        except CommandError as error:
            self.show_error(str(error))
            return False
        self.status.hide()
        return True

    def remove_photo(self, persona_id: str) -> bool:
        persona = self.persona(persona_id)
        if persona is None or persona.photo_asset_id is None:
            return False
        return self.set_photo(persona_id, None)

    # -- reactions -----------------------------------------------------------------------

    def _edit_current(self) -> None:
        persona_id = self.current_persona_id()
        if persona_id:
            self.focus_persona(persona_id)

    def _delete_current(self) -> None:
        persona_id = self.current_persona_id()
        if persona_id:
            self.delete_persona(persona_id)

    def _toggle_band(self) -> None:
        persona_id = self.current_persona_id()
        if persona_id is None:
            return
        if persona_id in self.current_map().bands:
            self.remove_from_map(persona_id)
        else:
            self.add_to_map(persona_id)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        menu = QMenu(self)
        if item is not None:
            persona_id = item.data(_ID_ROLE)
            self.list.setCurrentItem(item)
            menu.addAction(
                translate("PersonasDock", "Edit"), lambda: self.focus_persona(persona_id)
            )
            if persona_id in self.current_map().bands:
                menu.addAction(
                    translate("PersonasDock", "Remove from map"),
                    lambda: self.remove_from_map(persona_id),
                )
            else:
                menu.addAction(
                    translate("PersonasDock", "Add to map"), lambda: self.add_to_map(persona_id)
                )
            menu.addSeparator()
            menu.addAction(
                translate("PersonasDock", "Delete…"), lambda: self.delete_persona(persona_id)
            )
            menu.addSeparator()
        menu.addAction(translate("PersonasDock", "Add persona"), self.add_persona)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        # Finish an edit on the persona that was shown before showing the next one.
        self.editor.flush()
        self._load_editor(force=True)

    def _on_selection_changed(self) -> None:
        state = self.selection.state
        if state.persona_ids and state.persona_ids[0] != self.current_persona_id():
            self.select_persona(state.persona_ids[0])
        self.refresh()  # the map (tab) may have changed

    def _on_document_changed(self, change: DocumentChange) -> None:
        if not isValid(self):  # the dock is gone but the document outlived it
            self._unsubscribe()
            return
        self.refresh(force=change.reason == "replace")
