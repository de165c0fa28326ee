"""The main window: map tabs over the canvas, docks, the menus, and undo.

The window owns one `Document`; every change goes through `Document.execute`, and the
canvas is redrawn from a fresh layout after each change (incrementally, by id). Its
actions and menus are declared in `action_table` and built by `window_actions`; its
file (open, save, locks, autosave) is the `FileController`'s; the Map menu's work is in
`map_actions`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mapstudio.edit import Command, Document, DocumentChange
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.fileformat.revisions import RevisionStore
from mapstudio.layout import LayoutCache, MapLayout, Rect, layout
from mapstudio.model import JourneyMap, Project, blank_project
from mapstudio.ui import map_actions, merge_actions
from mapstudio.ui.about import app_icon
from mapstudio.ui.canvas.clipboard import CARDS_MIME
from mapstudio.ui.canvas.editor import CanvasEditor
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.view import MapView, ViewPlace
from mapstudio.ui.commands import run_command
from mapstudio.ui.compare_view import CompareController
from mapstudio.ui.file_controller import FileController
from mapstudio.ui.find_bar import FindBar
from mapstudio.ui.find_session import FindSession
from mapstudio.ui.images import has_picture
from mapstudio.ui.inspector import InspectorDock
from mapstudio.ui.palette import PaletteDock
from mapstudio.ui.personas_dock import PersonasDock
from mapstudio.ui.plain import PlainLabel, no_mnemonic, plain_title, plain_tooltip
from mapstudio.ui.selection import SelectionModel, SelectionState
from mapstudio.ui.settings import app_settings
from mapstudio.ui.text_commands import focused_text_field
from mapstudio.ui.window_actions import (
    apply_enabled,
    build_actions,
    build_menus,
    enable_text_commands,
)

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One project in one window: tabs for its maps, the canvas, docks, menus."""

    def __init__(
        self,
        document: Document | None = None,
        *,
        store: RecoveryStore | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__()
        self.document = document or Document(blank_project())
        # The window's file: its lock, the watch on disk, autosave and revisions.
        self.files = FileController(self, self.document, store=store, session_id=session_id)
        self._unsubscribe = self.document.subscribe(self._on_document_changed)
        self._map_id: str = self.document.project.maps[0].id
        self._layout_cache = LayoutCache()
        # View state per map: folded and hidden persona bands (never in the file).
        self._collapsed: dict[str, set[str]] = {}
        self._hidden: dict[str, set[str]] = {}
        # Zoom, scroll and selection of each map left for another tab (for the session).
        self._left_views: dict[str, tuple[ViewPlace, SelectionState]] = {}
        self.selection = SelectionModel(self)
        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.editor = CanvasEditor(
            self.scene,
            self.document,
            self.selection,
            lambda: self.current_map,
            self.current_layout,
            self,
        )
        self.view.editor = self.editor
        self.view.context_menu_requested = partial(map_actions.add_context_entries, self)  # type: ignore[method-assign]
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.scene.pictures.on_damaged = self._picture_damaged
        self.editor.collapse_toggled.connect(self.toggle_band_collapsed)
        self.editor.hide_requested.connect(self.hide_band)
        self.tabs = QTabBar(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setMovable(False)
        self.tabs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.customContextMenuRequested.connect(partial(map_actions.tab_menu, self))
        self.tabs.tabBarDoubleClicked.connect(lambda _index: map_actions.rename_map(self))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.find_bar = FindBar(self)
        self.finder = FindSession(self)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.tabs)
        box.addWidget(self.find_bar)
        box.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self._central_layout = box
        self.conflicts_bar = merge_actions.install_pending_bar(self)
        self.zoom_label = PlainLabel(parent=self)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(lambda zoom: self.show_zoom_of(self.view))
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        # Every action of the window, by its id in the action table (also act_<id>).
        self.action_by_id = build_actions(self)
        self.menus = build_menus(self)
        self.docks: list[QWidget] = []
        self.palette_dock = PaletteDock(self)
        self.add_dock(self.palette_dock, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.palette_dock.entry_chosen.connect(self.add_palette_entry)
        self._update_undo_actions()
        self.update_edit_actions()
        self.selection.changed.connect(self.update_edit_actions)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # the window is only made inside the app
        app.focusChanged.connect(self._on_focus_changed)
        QGuiApplication.clipboard().dataChanged.connect(self.update_edit_actions)
        self.inspector = InspectorDock(self.document, self.selection, self)
        self.personas = PersonasDock(
            self.document, self.selection, lambda: self.current_map.id, self
        )
        self.add_dock(self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock(self.personas, Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.inspector, self.personas, Qt.Orientation.Vertical)
        self.personas.persona_activated.connect(self.show_band)
        self.editor.persona_activated.connect(self._focus_persona)
        # View ▸ Compare With…: its own read-only canvas and Changes dock.
        self.compare = CompareController(self, RevisionStore())
        self.resize(self._default_size())
        self._rebuild_tabs()
        self._show_map(fit=True)
        self.update_title()
        self.statusBar().showMessage(
            self.tr("Drag from the palette onto the map · double-click a cell to add a card"), 8000
        )

    def _default_size(self) -> QSize:
        """1500 x 950, or less on a smaller screen (a 1280 x 800 laptop): a window
        wider than its screen cuts off the docks on the right, headers and all."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1500, 950)
        room = screen.availableGeometry()
        # The window manager's frame (title bar, borders) is not known before the
        # first show: leave room for a usual one.
        return QSize(min(1500, room.width() - 16), min(950, room.height() - 48))

    def central_layout(self) -> QVBoxLayout:
        """The column under the menus: tabs, find bar, the map (and bars placed there)."""
        return self._central_layout

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a dock and its show/hide entry in the View menu."""
        self.addDockWidget(area, dock)
        self.menus["view"].addAction(dock.toggleViewAction())
        self.docks.append(dock)

    def _picture_damaged(self, asset_id: str) -> None:
        """The canvas found a picture it cannot decode and paints a placeholder: say
        which card (or persona) it belongs to. Called while painting, so the message
        waits for the next turn of the event loop."""
        card = next((c for c in self.current_map.cards if c.image_asset_id == asset_id), None)
        if card is not None:
            name = " ".join((card.title or card.body).split())[:60]
            text = self.tr(
                "The picture on card “{name}” cannot be read; it shows as a grey placeholder."
            ).format(name=name)
        else:
            persona = next(
                (p for p in self.document.project.personas if p.photo_asset_id == asset_id), None
            )
            if persona is None:
                return
            text = self.tr("The photo of “{name}” cannot be read; initials show instead.").format(
                name=persona.name
            )
        QTimer.singleShot(0, self, lambda: self.statusBar().showMessage(text, 10000))

    def set_conditions(self, conditions: Mapping[str, bool]) -> None:
        """Enable the actions that depend on these states (see action_table.CONDITIONS)."""
        apply_enabled(self, conditions)

    # -- maps and tabs -----------------------------------------------------------------

    @property
    def current_map(self) -> JourneyMap:
        project = self.document.project
        for journey_map in project.maps:
            if journey_map.id == self._map_id:
                return journey_map
        return project.maps[0]

    def select_map(self, map_id: str) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.tabData(index) == map_id:
                self.tabs.setCurrentIndex(index)
                return

    def _rebuild_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        current = 0
        for index, journey_map in enumerate(self.document.project.maps):
            self.tabs.addTab(no_mnemonic(journey_map.title) or self.tr("Untitled map"))
            self.tabs.setTabData(index, journey_map.id)
            self.tabs.setTabToolTip(index, plain_tooltip(journey_map.scenario or journey_map.title))
            if journey_map.id == self._map_id:
                current = index
        self.tabs.setCurrentIndex(current)
        self._map_id = self.tabs.tabData(current)
        self.tabs.blockSignals(False)

    def _on_tab_changed(self, index: int) -> None:
        if index < 0:
            return
        # Text still being typed belongs to the map being left: apply it first.
        self.editor.commit_inline()
        self._left_views[self._map_id] = (self.view.place(), self.selection.state)
        self._map_id = self.tabs.tabData(index)
        self._reset_canvas(come_back=True)

    def _reset_canvas(self, come_back: bool = False) -> None:
        """Show the current map afresh; with `come_back`, as it was left (zoom, scroll
        and selection) when it was on screen before in this session."""
        self.editor.commit_inline()
        self.editor.cancel_gesture()
        self.editor.forget_cell()
        self._layout_cache = LayoutCache()
        self.scene.clear_map()
        self.editor.hide_overlays()
        self.selection.set_state(SelectionState(map_id=self._map_id))
        left = self._left_views.get(self._map_id) if come_back else None
        self._show_map(fit=left is None)
        if left is not None:
            place, selection = left
            self.view.restore_place(place)
            if selection.map_id == self._map_id:
                self.editor.restore_selection(selection)

    def show_band(self, persona_id: str) -> None:
        """Scroll the canvas to a persona's band (from the Personas dock)."""
        item = self.scene.band_items.get(persona_id)
        if item is None:
            self.statusBar().showMessage(self.tr("That persona is not shown on this map."), 5000)
            return
        self.editor.select_only([item])
        self.view.ensureVisible(item, 40, 40)

    def add_palette_entry(self, key: str) -> bool:
        """Enter on a palette entry: the canvas adds it beside the selection, or in the
        first free cell of the part of the map on screen."""
        if self.shown_view() is not self.view:
            return False  # comparing: the map on screen is read-only
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        visible = Rect(shown.x(), shown.y(), shown.width(), shown.height())
        return self.editor.add_from_palette(key, visible)

    def _focus_persona(self, persona_id: str) -> None:
        self.personas.show()
        self.personas.raise_()
        self.personas.focus_persona(persona_id)

    def current_layout(self) -> MapLayout:
        """Lay out the current map, reusing what did not change since last time."""
        map_id = self.current_map.id
        return layout(
            self.current_map,
            self.document.project,
            cache=self._layout_cache,
            collapsed=frozenset(self._collapsed.get(map_id, ())),
            hidden=frozenset(self._hidden.get(map_id, ())),
        )

    def toggle_band_collapsed(self, persona_id: str) -> None:
        folded = self._collapsed.setdefault(self.current_map.id, set())
        folded.symmetric_difference_update({persona_id})
        self._show_map()

    def hide_band(self, persona_id: str) -> None:
        self._hidden.setdefault(self.current_map.id, set()).add(persona_id)
        self.editor.clear_selection()
        self._show_map()
        self.statusBar().showMessage(
            self.tr("Band hidden — View ▸ Show Hidden Bands brings it back"), 6000
        )

    def show_hidden_bands(self) -> None:
        self._hidden.pop(self.current_map.id, None)
        self._show_map()

    def _show_map(self, fit: bool = False) -> None:
        self.scene.set_assets(self.document.project.assets)
        self.scene.show_layout(self.current_layout())
        if fit:
            self.view.show_map_start(self.scene.map_rect())

    def shown_view(self) -> MapView:
        """The canvas on screen: the compare canvas while comparing, else the editor."""
        compare = getattr(self, "compare", None)
        if compare is not None and compare.active:
            return compare.view
        return self.view

    def show_zoom_of(self, view: MapView) -> None:
        """Show `view`'s zoom in the status bar when it is the canvas on screen (a hidden
        canvas that refits itself must not change what the status bar says)."""
        shown = self.shown_view()
        if view is shown:
            self.zoom_label.setText(f"{shown.zoom * 100:.0f} %")

    def show_new_map(self, map_id: str) -> None:
        """Switch to a map just added to the project, on a tab of its own."""
        self._map_id = map_id
        self._rebuild_tabs()
        self._reset_canvas()

    def focus_next_pane(self, step: int) -> None:
        """F6 and Shift+F6: the keyboard goes round the map, the Inspector, the
        Personas panel and the Palette (those that are open)."""
        panes: list[QWidget] = [self.view, self.inspector, self.personas, self.palette_dock]
        panes = [pane for pane in panes if pane is self.view or pane.isVisible()]
        focus = QApplication.focusWidget()
        here = next(
            (
                i
                for i, pane in enumerate(panes)
                if focus is not None and (focus is pane or pane.isAncestorOf(focus))
            ),
            -1,
        )
        target = panes[(here + step) % len(panes)]
        if target is self.inspector:
            self.inspector.focus_first_field()
        elif target is self.personas:
            self.personas.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif target is self.palette_dock:
            self.palette_dock.take_keyboard()
        else:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _run(self, command: Command) -> bool:
        return run_command(
            self.document, command, lambda text: self.statusBar().showMessage(text, 6000)
        )

    def run_command(self, command: Command) -> bool:
        """Execute a command; a refusal goes to the status bar."""
        return self._run(command)

    def view_state(self) -> dict[str, frozenset[str]]:
        """Folded and hidden bands of the current map, for pictures of what is shown."""
        map_id = self.current_map.id
        return {
            "collapsed": frozenset(self._collapsed.get(map_id, ())),
            "hidden": frozenset(self._hidden.get(map_id, ())),
        }

    # -- document changes --------------------------------------------------------------

    def _on_document_changed(self, change: DocumentChange) -> None:
        maps_before = [(m.id, m.title) for m in change.before.maps]
        maps_after = [(m.id, m.title) for m in change.after.maps]
        if maps_before != maps_after or change.reason == "replace":
            if self._map_id not in {m.id for m in change.after.maps}:
                self._map_id = change.after.maps[0].id
            self._rebuild_tabs()
        if change.reason == "replace":
            self._left_views.clear()  # another project (or the file again): fresh views
            self._reset_canvas()
        elif change.reason not in ("clean", "history"):
            # A drag under way ends first, while its items still stand where it found
            # them; then the scene follows the new layout (Ctrl+Z mid-drag).
            self.editor.cancel_gesture()
            self._show_map()
            self._drop_stale_selection()
            self.editor.forget_stale_state()
        self._update_undo_actions()
        self.update_title()

    def _drop_stale_selection(self) -> None:
        state = self.selection.state
        if state.map_id == self._map_id:
            self.editor.restore_selection(state)

    def update_edit_actions(self) -> None:
        """Cut, Copy, Paste, Duplicate and Delete are enabled only when they can act: on
        the text field that has the keyboard, or else on the map's selection."""
        if focused_text_field() is not None:
            enable_text_commands(self)  # Undo, Cut, Paste… act on the field's text
            self.action_by_id["undo"].setText(self.tr("&Undo"))
            self.action_by_id["redo"].setText(self.tr("&Redo"))
            return
        if self.shown_view() is not self.view:
            # Comparing: the map on screen is read-only and the editor's selection is
            # hidden, so Delete or Cut must not act on cards nobody sees.
            off = ("map_shown", "cards_selected", "anything_deletable", "pasteable")
            self.set_conditions(dict.fromkeys(off, False))
            return
        state = self.selection.state
        mime = QGuiApplication.clipboard().mimeData()
        pasteable = mime is not None and (
            mime.hasFormat(CARDS_MIME) or (len(state.card_ids) == 1 and has_picture(mime))
        )
        self.set_conditions(
            {
                "map_shown": True,
                "cards_selected": bool(state.card_ids),
                "anything_deletable": bool(state.card_ids or state.point_ids or state.stage_ids),
                "anything_selected": not state.is_empty,
                "pasteable": pasteable,
            }
        )

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if isValid(self):
            self._update_undo_actions()
            self.update_edit_actions()

    def _update_undo_actions(self) -> None:
        if focused_text_field() is not None:
            return  # Undo and Redo act on that field's text (see update_edit_actions)
        undo, redo = self.document.undo_label, self.document.redo_label
        self.set_conditions({"can_undo": undo is not None, "can_redo": redo is not None})
        self.action_by_id["undo"].setText(
            self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        )
        self.action_by_id["redo"].setText(
            self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        )

    def update_title(self) -> None:
        """The file's name (or Untitled), read-only or not, and the unsaved-changes mark."""
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        if self.files.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        # A file's name is data: a "[*]" in it is not the unsaved-changes mark.
        name = plain_title(name)
        self.setWindowTitle(self.tr("{name}[*] — mapstudio").format(name=name))
        self.setWindowModified(self.document.is_dirty)

    # -- files: the window's file verbs, done by its FileController --------------------

    def open_path(self, path: Path) -> bool:
        """Open a project file in this window (False when it was not opened)."""
        return self.files.open_path(path)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def new_project(self) -> None:
        self.files.new_project()

    def new_from_example(self) -> None:
        self.files.new_from_example()

    def confirm_discard(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current project."""
        return self.files.confirm_discard()

    def start_new_project(self, project: Project) -> None:
        """Show `project` as a new, unsaved document (templates, imports)."""
        self.files.start_new_project(project)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.confirm_discard():
            settings = app_settings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
            self._unsubscribe()
            self.files.close()
            self.scene.selectionChanged.disconnect(self.editor._publish_selection)
            self.inspector.dispose()
            self.conflicts_bar.dispose()
            self.personas.dispose()
            event.accept()
        else:
            event.ignore()

    def restore_window_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    @property
    def project(self) -> Project:
        return self.document.project
