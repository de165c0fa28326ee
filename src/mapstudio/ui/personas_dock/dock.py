"""The Personas dock itself: a toolbar, the library list over the editor panel, and
the commands behind them (add, delete, show on the map or not, set a photo)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mapstudio.edit import (
    AddBand,
    AddPersona,
    Command,
    DeletePersona,
    Document,
    DocumentChange,
    RemoveBand,
    UpdatePersona,
)
from mapstudio.model import Asset, JourneyMap, Persona, next_persona_color, next_persona_name
from mapstudio.ui.commands import MessageStrip
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import avatar_icon
from mapstudio.ui.images import PHOTO_MAX_SIDE, ImageError, attach_picture, image_asset_from_file
from mapstudio.ui.personas_dock.editor import PersonaEditor
from mapstudio.ui.personas_dock.persona_list import (
    COLOR_ROLE,
    ID_ROLE,
    ON_MAP_ROLE,
    ROLE_ROLE,
    PersonaDelegate,
    PersonaList,
)
from mapstudio.ui.plain import ask, rich_tooltip
from mapstudio.ui.selection import SelectionModel
from mapstudio.ui.widgets.labels import MutedLabel, SectionHeader


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

        self.list = PersonaList(self, self)
        self.editor = PersonaEditor(self)
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
        self.list.setMinimumHeight(round(PersonaDelegate.ROW_HEIGHT * 2.5))
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

        self.status = MessageStrip(
            "personasStatus", translate("PersonasDock", "Personas messages"), body
        )
        outer.addWidget(self.status)
        self.setWidget(body)
        self.setMinimumWidth(260)

        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemDoubleClicked.connect(
            lambda item: self.persona_activated.emit(item.data(ID_ROLE))
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
        return item.data(ID_ROLE) if item else None

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
            size = self.list.iconSize().width()
            for persona in project.personas:
                item = QListWidgetItem(persona.name or translate("PersonasDock", "Unnamed"))
                item.setData(ID_ROLE, persona.id)
                item.setData(ROLE_ROLE, persona.role)
                item.setData(ON_MAP_ROLE, persona.id in bands)
                item.setData(COLOR_ROLE, persona.color)
                item.setIcon(
                    avatar_icon(persona.name, persona.color, self.photo_bytes(persona), size)
                )
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

    def execute(self, command: Command) -> bool:
        """Run a command; a refusal shows up in the message strip instead of raising."""
        return self.status.run(self.document, command)

    def show_error(self, message: str) -> None:
        self.status.show_message(message)

    def select_persona(self, persona_id: str) -> None:
        """Make a persona the current row (its fields fill the editor)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == persona_id:
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
        personas = self.document.project.personas
        persona = Persona(
            name=next_persona_name(personas, translate("PersonasDock", "Persona {n}")),
            color=next_persona_color(personas),
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
        return self.status.run_steps(
            lambda: attach_picture(
                self.document,
                label,
                asset,
                persona.photo_asset_id,
                lambda asset_id: UpdatePersona(persona_id, {"photo_asset_id": asset_id}),
            )
        )

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
            persona_id = item.data(ID_ROLE)
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
