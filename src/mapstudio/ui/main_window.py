"""The main window: map tabs over the canvas, docks, menus, file handling and undo.

The window owns one `Document`; every change goes through `Document.execute`, and the
canvas is redrawn from a fresh layout after each change (incrementally, by id).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QPointF, QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mapstudio.edit import (
    AddLane,
    AddMap,
    AddStage,
    Command,
    DeleteLane,
    DeleteMap,
    Document,
    DocumentChange,
    DuplicateMapAsFutureState,
    MoveLane,
    UpdateMap,
)
from mapstudio.fileformat import (
    FILE_EXTENSION,
    ProjectFileError,
    load_project,
    loads_project,
    save_project,
)
from mapstudio.fileformat.envelope import Lineage
from mapstudio.fileformat.locks import Lock, LockedBy, acquire
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.fileformat.revisions import RevisionStore
from mapstudio.layout import LayoutCache, MapLayout, layout
from mapstudio.model import (
    LANE_KIND_TITLES,
    JourneyMap,
    LaneKind,
    Project,
    Stage,
    blank_map,
    blank_project,
    default_lane,
    find_lane,
)
from mapstudio.resources import is_bundled, resource
from mapstudio.ui import content_actions, merge_actions, photo_review
from mapstudio.ui.about import app_icon
from mapstudio.ui.autosave import AutosaveController
from mapstudio.ui.canvas.clipboard import CARDS_MIME
from mapstudio.ui.canvas.editor import CanvasEditor
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.view import MapView
from mapstudio.ui.commands import run_command
from mapstudio.ui.compare_view import CompareController
from mapstudio.ui.file_guard import FileGuard, ask_open_locked, ask_reload
from mapstudio.ui.find_bar import FindBar, FindHit, find_in_map
from mapstudio.ui.first_run import show_first_run_hint
from mapstudio.ui.help import add_help_actions
from mapstudio.ui.images import has_picture
from mapstudio.ui.inspector import InspectorDock
from mapstudio.ui.lineage import BackgroundRevisions
from mapstudio.ui.palette import PaletteDock
from mapstudio.ui.personas_dock import PersonasDock
from mapstudio.ui.plain import PlainLabel, ask, message_box, no_mnemonic, plain_tooltip
from mapstudio.ui.preferences import edit_preferences, load_preferences
from mapstudio.ui.selection import SelectionModel, SelectionState
from mapstudio.ui.settings import app_settings, clear_recent, recent_files, remember_recent
from mapstudio.ui.text_commands import focused_text_field, run_on_text

log = logging.getLogger(__name__)

FILE_FILTER = f"mapstudio projects (*{FILE_EXTENSION});;All files (*)"


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
        self.read_only = False
        self.showing_example = False  # the bundled example, opened unsaved
        self._lock: Lock | None = None
        self.file_guard = FileGuard(self)
        self.file_guard.changed_on_disk.connect(self._on_changed_on_disk)
        # The revisions this window saved or opened, so a copy that comes back finds
        # its common ancestor (File > Merge a Copy...).
        self.revisions = BackgroundRevisions()
        # Autosave runs for windows of the running app; tests build windows without it.
        self.autosave: AutosaveController | None = None
        if store is not None:
            self.autosave = AutosaveController(self.document, store, self, session_id=session_id)
            self.autosave.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._unsubscribe = self.document.subscribe(self._on_document_changed)
        self._map_id: str = self.document.project.maps[0].id
        self._layout_cache = LayoutCache()
        # View state per map: folded and hidden persona bands (never in the file).
        self._collapsed: dict[str, set[str]] = {}
        self._hidden: dict[str, set[str]] = {}
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
        self.view.context_menu_requested = self._add_window_context_entries  # type: ignore[method-assign]
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.scene.pictures.on_damaged = self._picture_damaged
        self.editor.collapse_toggled.connect(self.toggle_band_collapsed)
        self.editor.hide_requested.connect(self.hide_band)
        self.tabs = QTabBar(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setMovable(False)
        self.tabs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.customContextMenuRequested.connect(self._tab_menu)
        self.tabs.tabBarDoubleClicked.connect(lambda _index: self.rename_map())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.find_bar = FindBar(self)
        self.find_bar.query_changed.connect(self._find)
        self.find_bar.step.connect(self._find_step)
        self.find_bar.closed.connect(self._find_closed)
        self._find_hits: list[FindHit] = []
        self._find_index = 0
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
        self.palette_dock = PaletteDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.docks: list[QWidget] = [self.palette_dock]
        self.zoom_label = PlainLabel(parent=self)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(lambda zoom: self.show_zoom_of(self.view))
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        # Actions that only change the view or the keyboard focus: they leave text
        # being typed on the map open (see `_action`).
        self._view_actions: set[QAction] = set()
        self._build_actions()
        self._view_actions.update(
            (
                self.act_zoom_in,
                self.act_zoom_out,
                self.act_zoom_fit,
                self.act_zoom_selection,
                self.act_zoom_100,
                self.act_next_pane,
                self.act_previous_pane,
                self.act_find,
                self.act_find_next,
                self.act_find_previous,
            )
        )
        self._build_menus()
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
        self.resize(1500, 950)
        self._rebuild_tabs()
        self._show_map(fit=True)
        self._update_title()
        self.statusBar().showMessage(
            self.tr("Drag from the palette onto the map · double-click a cell to add a card"), 8000
        )

    # -- actions and menus -------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        *,
        text_command: str | None = None,
    ) -> QAction:
        """A window action. With `text_command`, it acts on the text field that has the
        keyboard instead, when there is one; any other action that changes the project
        first finishes the text being typed on the map (so it lands as its own step)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)

        def trigger(_checked: bool = False) -> None:
            field = focused_text_field()
            if text_command is not None and field is not None:
                run_on_text(field, text_command)
                return
            if text_command is None and action not in self._view_actions:
                self.editor.commit_inline()
            slot()

        action.triggered.connect(trigger)
        self.addAction(action)  # shortcuts work even where a menu is hidden
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        editor = self.editor
        self.act_new = self._action(
            self.tr("&New"), self.new_project, keys.New, "Start a new project"
        )
        self.act_new_example = self._action(
            self.tr("New from &Example"),
            self.new_from_example,
            None,
            "Start from the bundled example map",
        )
        self.act_open = self._action(
            self.tr("&Open…"), self.open_dialog, keys.Open, "Open a project file"
        )
        self.act_save = self._action(self.tr("&Save"), self.save, keys.Save, "Save the project")
        self.act_merge_copy = self._action(
            self.tr("&Merge a Copy…"),
            lambda: merge_actions.merge_copy_dialog(self),
            None,
            self.tr("Bring in the changes of another copy of this project"),
        )
        self.act_save_as = self._action(
            self.tr("Save &As…"), self.save_as, keys.SaveAs, "Save the project under a new name"
        )
        self.act_export_pdf = self._action(
            self.tr("Export &PDF…"),
            self.export_pdf,
            keys.Print,
            self.tr("Print-ready PDF poster, tiled sheets or a blank workshop template"),
        )
        self.act_new_template = self._action(
            self.tr("New from &Template…"),
            lambda: content_actions.new_from_template(self),
            "Ctrl+Shift+N",
            self.tr("Start from a template: online purchase, SaaS onboarding, blueprint…"),
        )
        self.act_import_new = self._action(
            self.tr("Spreadsheet as &New Project…"),
            lambda: content_actions.import_sheet_as_project(self),
            None,
            self.tr("Make a project from a CSV or XLSX sheet of cards"),
        )
        self.act_import_merge = self._action(
            self.tr("&Merge Spreadsheet into This Map…"),
            lambda: content_actions.merge_sheet_into_map(self),
            None,
            self.tr("Add a sheet's cards to this map, matching stages, lanes and personas"),
        )
        self.act_export_sheet = self._action(
            self.tr("&Spreadsheet (CSV, XLSX)…"),
            lambda: content_actions.export_sheet_of_map(self),
            None,
            self.tr("One row per card or emotion point of this map"),
        )
        self.act_export_picture = self._action(
            self.tr("P&icture (PNG, SVG)…"),
            lambda: content_actions.export_picture(self),
            None,
            self.tr("The map, or the selected cards, as a picture for slides"),
        )
        self.act_copy_image = self._action(
            self.tr("Copy as &Image"),
            lambda: content_actions.copy_as_image(self),
            "Ctrl+Shift+C",
            self.tr("Copy the selection, or the whole map, as a picture"),
        )
        self.act_quit = self._action(
            self.tr("&Quit"), self.close, keys.Quit, self.tr("Quit mapstudio")
        )
        self.act_undo = self._action(
            self.tr("&Undo"), self.document.undo, keys.Undo, text_command="undo"
        )
        self.act_redo = self._action(
            self.tr("&Redo"), self.document.redo, keys.Redo, text_command="redo"
        )
        self.act_redo.setShortcuts(redo_shortcuts())
        self.act_cut = self._action(
            self.tr("Cu&t"),
            editor.cut_selection,
            keys.Cut,
            "Cut the selected cards",
            text_command="cut",
        )
        self.act_copy = self._action(
            self.tr("&Copy"),
            editor.copy_selection,
            keys.Copy,
            "Copy the selected cards",
            text_command="copy",
        )
        self.act_paste = self._action(
            self.tr("&Paste"),
            editor.paste,
            keys.Paste,
            "Paste cards into the selected cell",
            text_command="paste",
        )
        self.act_duplicate = self._action(
            self.tr("D&uplicate"),
            editor.duplicate_selection,
            "Ctrl+D",
            "Duplicate the selected cards",
        )
        self.act_delete = self._action(
            self.tr("&Delete"),
            editor.delete_selection,
            keys.Delete,
            "Delete the selection",
            text_command="delete",
        )
        self.act_select_all = self._action(
            self.tr("Select &All Cards"),
            editor.select_all,
            keys.SelectAll,
            "Select every card of the map",
            text_command="select_all",
        )
        self.act_preferences = self._action(
            self.tr("&Preferences…"),
            lambda: edit_preferences(self),
            keys.Preferences,
            self.tr("Paper size, units, autosave, emotion scale, theme"),
        )
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_find = self._action(
            self.tr("&Find…"), self.find_bar.open_bar, keys.Find, "Find text in cards and personas"
        )
        self.act_find_next = self._action(
            self.tr("Find &Next"), lambda: self._find_step(1), keys.FindNext
        )
        self.act_find_previous = self._action(
            self.tr("Find Pre&vious"), lambda: self._find_step(-1), keys.FindPrevious
        )
        # The zoom actions act on the canvas on screen: the compare canvas while comparing.
        self.act_zoom_in = self._action(
            self.tr("Zoom &In"), lambda: self.shown_view().zoom_in(), keys.ZoomIn
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &Out"), lambda: self.shown_view().zoom_out(), keys.ZoomOut
        )
        self.act_zoom_fit = self._action(
            self.tr("&Fit Map"), lambda: self.shown_view().fit_map(), "Ctrl+0", "Show the whole map"
        )
        self.act_zoom_selection = self._action(
            self.tr("Fit &Selection"),
            lambda: self.shown_view().fit_selection(),
            "Ctrl+2",
            "Zoom to the selection",
        )
        self.act_zoom_100 = self._action(
            self.tr("&Actual Size"),
            lambda: self.shown_view().zoom_actual_size(),
            "Ctrl+1",
            "Show the map at 100 %",
        )
        self.act_add_stage = self._action(
            self.tr("Add &Stage"),
            self.add_stage,
            None,
            self.tr("Add a stage after the selected one (or at the end) and name it"),
        )
        self.act_add_persona_band = self._action(
            self.tr("Add &Persona Band"),
            self.add_persona_band,
            None,
            self.tr("Add a new persona to the project and give it a band on this map"),
        )
        self.act_next_pane = self._action(
            self.tr("Next &Panel"),
            lambda: self.focus_next_pane(1),
            "F6",
            self.tr("Move the keyboard to the map, the Inspector or the Personas panel"),
        )
        self.act_previous_pane = self._action(
            self.tr("Pre&vious Panel"), lambda: self.focus_next_pane(-1), "Shift+F6"
        )
        self.act_show_hidden = self._action(
            self.tr("Show &Hidden Bands"),
            self.show_hidden_bands,
            None,
            "Show every persona band again",
        )
        self.act_new_map = self._action(
            self.tr("&New Map"), self.new_map, "Ctrl+Shift+M", "Add a map with the classic stages"
        )
        self.act_rename_map = self._action(self.tr("&Rename Map…"), self.rename_map)
        self.act_future_map = self._action(
            self.tr("Duplicate as &Future State"),
            self.duplicate_as_future_state,
            None,
            "Copy this map as a future-state map linked to it",
        )
        self.act_delete_map = self._action(self.tr("&Delete Map"), self.delete_map)
        self._update_undo_actions()
        self.update_edit_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new)
        file_menu.addAction(self.act_new_template)
        file_menu.addAction(self.act_new_example)
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.act_merge_copy)
        file_menu.addSeparator()
        file_menu.addAction(self.act_save)
        file_menu.addAction(self.act_save_as)
        self.file_menu = file_menu
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("&Import"))
        import_menu.addAction(self.act_import_new)
        import_menu.addAction(self.act_import_merge)
        photo_review.add_menu_entry(self, file_menu)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.addAction(self.act_export_pdf)
        export_menu.addAction(self.act_export_sheet)
        export_menu.addAction(self.act_export_picture)
        file_menu.addAction(self.act_export_pdf)
        self.export_separator = file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.act_undo, self.act_redo):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (
            self.act_cut,
            self.act_copy,
            self.act_paste,
            self.act_duplicate,
            self.act_delete,
        ):
            edit_menu.addAction(action)
        edit_menu.addAction(self.act_copy_image)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_select_all)
        edit_menu.addSeparator()
        for action in (self.act_find, self.act_find_next, self.act_find_previous):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_preferences)
        map_menu = bar.addMenu(self.tr("&Map"))
        for action in (
            self.act_new_map,
            self.act_rename_map,
            self.act_future_map,
            self.act_delete_map,
        ):
            map_menu.addAction(action)
        map_menu.addSeparator()
        map_menu.addAction(self.act_add_stage)
        map_menu.addAction(self.act_add_persona_band)
        self.lanes_menu = map_menu.addMenu(self.tr("&Lanes"))
        self.lanes_menu.aboutToShow.connect(self._fill_lanes_menu)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in (
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_zoom_fit,
            self.act_zoom_selection,
            self.act_zoom_100,
        ):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_next_pane)
        self.view_menu.addAction(self.act_previous_pane)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_show_hidden)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.palette_dock.toggleViewAction())
        self.help_menu = bar.addMenu(self.tr("&Help"))
        add_help_actions(self, self.help_menu)

    def central_layout(self) -> QVBoxLayout:
        """The column under the menus: tabs, find bar, the map (and bars placed there)."""
        return self._central_layout

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a dock and its show/hide entry in the View menu."""
        self.addDockWidget(area, dock)
        self.view_menu.addAction(dock.toggleViewAction())
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
        self._map_id = self.tabs.tabData(index)
        self._reset_canvas()

    def _reset_canvas(self) -> None:
        self.editor.commit_inline()
        self.editor.cancel_gesture()
        self.editor.forget_cell()
        self._layout_cache = LayoutCache()
        self.scene.clear_map()
        self.editor.hide_overlays()
        self.selection.set_state(SelectionState(map_id=self._map_id))
        self._show_map(fit=True)

    def show_band(self, persona_id: str) -> None:
        """Scroll the canvas to a persona's band (from the Personas dock)."""
        item = self.scene.band_items.get(persona_id)
        if item is None:
            self.statusBar().showMessage(self.tr("That persona is not shown on this map."), 5000)
            return
        self.editor.select_only([item])
        self.view.ensureVisible(item, 40, 40)

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

    def _tab_menu(self, pos: QPoint) -> None:
        index = self.tabs.tabAt(pos)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.act_new_map)
        if index >= 0:
            for action in (self.act_rename_map, self.act_future_map, self.act_delete_map):
                menu.addAction(action)
        menu.exec(self.tabs.mapToGlobal(pos))

    def new_map(self) -> None:
        project = self.document.project
        personas = tuple(p for p in project.personas if p.id in set(self.current_map.bands))
        number = len(project.maps) + 1
        journey_map = blank_map(self.tr("Map {number}").format(number=number), personas)
        journey_map = journey_map.model_copy(
            update={"emotion_scale": load_preferences().emotion_scale}
        )
        if self._run(AddMap(journey_map)):
            self._map_id = journey_map.id
            self._rebuild_tabs()
            self._reset_canvas()

    def rename_map(self) -> None:
        current = self.current_map
        title, ok = QInputDialog.getText(
            self, self.tr("Rename map"), self.tr("Map title:"), text=current.title
        )
        title = " ".join(title.split())
        if ok and title and title != current.title:
            self._run(UpdateMap(current.id, {"title": title}))

    def duplicate_as_future_state(self) -> None:
        current = self.current_map
        title = self.tr("{title} — future state").format(title=current.title)
        command = DuplicateMapAsFutureState(current.id, title)
        if self._run(command):
            self._map_id = command.new_map_id
            self._rebuild_tabs()
            self._reset_canvas()

    def delete_map(self) -> None:
        current = self.current_map
        if len(self.document.project.maps) == 1:
            self.statusBar().showMessage(self.tr("A project keeps at least one map."), 5000)
            return
        answer = ask(
            self,
            self.tr("Delete map"),
            self.tr("Delete the map '{title}' with its {count} cards? You can undo this.").format(
                title=current.title, count=len(current.cards)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(DeleteMap(current.id))

    def _fill_lanes_menu(self) -> None:
        menu = self.lanes_menu
        menu.clear()
        shown = {lane.kind for lane in self.current_map.lanes}
        for kind in LaneKind:
            action = menu.addAction(LANE_KIND_TITLES[kind])
            action.setCheckable(True)
            action.setChecked(kind in shown)
            action.toggled.connect(lambda on, k=kind: self.set_lane_kind_shown(k, on))

    def set_lane_kind_shown(self, kind: LaneKind, shown: bool) -> None:
        """Add a lane of `kind`, or remove every lane of that kind (undoable)."""
        journey_map = self.current_map
        lanes = [lane for lane in journey_map.lanes if lane.kind is kind]
        if shown and not lanes:
            self._run(AddLane(journey_map.id, default_lane(kind)))
        elif not shown and lanes:
            with self.document.transaction(f"Remove {LANE_KIND_TITLES[kind]} Lane"):
                for lane in lanes:
                    self._run(DeleteLane(journey_map.id, lane.id))

    def _add_window_context_entries(self, pos: QPointF, menu: QMenu) -> None:
        hit = self.scene.map_layout.hit_test(pos.x(), pos.y()) if self.scene.map_layout else None
        if hit is None or hit.kind != "lane_label" or hit.lane_id is None:
            if menu.isEmpty():
                menu.addAction(self.act_paste)
                menu.addSeparator()
                menu.addAction(self.act_zoom_fit)
            return
        journey_map = self.current_map
        lane = find_lane(journey_map, hit.lane_id)
        lanes = [ln.id for ln in journey_map.lanes]
        index = lanes.index(lane.id)
        up = menu.addAction(
            self.tr("Move Lane Up"), lambda: self._run(MoveLane(journey_map.id, lane.id, index - 1))
        )
        up.setEnabled(index > 0)
        down = menu.addAction(
            self.tr("Move Lane Down"),
            lambda: self._run(MoveLane(journey_map.id, lane.id, index + 1)),
        )
        down.setEnabled(index < len(lanes) - 1)
        add = menu.addMenu(self.tr("Add Lane Below"))
        for kind in LaneKind:
            entry = partial(self._add_lane, journey_map.id, kind, index)
            add.addAction(LANE_KIND_TITLES[kind], entry)
        menu.addSeparator()
        menu.addAction(
            self.tr("Delete Lane"), lambda: self._run(DeleteLane(journey_map.id, lane.id))
        )

    def add_stage(self) -> None:
        """A new stage after the selected one (or last), with its name open for typing."""
        journey_map = self.current_map
        ids = [stage.id for stage in journey_map.stages]
        selected = [i for i in self.selection.state.stage_ids if i in ids]
        index = ids.index(selected[-1]) + 1 if selected else len(ids)
        stage = Stage(name=self.tr("New stage"))
        if self._run(AddStage(journey_map.id, stage, index)):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            item = self.scene.stage_items.get(stage.id)
            if item is not None:
                self.editor.select_only([item])  # the Inspector shows the new stage
            self.editor.rename_stage(stage.id)  # and its name field scrolls into view

    def add_persona_band(self) -> None:
        """A new persona in the library with a band on this map (one undo step); its
        name field in the Personas panel takes the keyboard."""
        with self.document.transaction(self.tr("Add Persona Band")):
            persona_id = self.personas.add_persona()
            if persona_id is None or not self.personas.add_to_map(persona_id):
                return
        self.personas.focus_persona(persona_id)

    def focus_next_pane(self, step: int) -> None:
        """F6 and Shift+F6: the keyboard goes round the map, the Inspector and the
        Personas panel (those that are open)."""
        panes: list[QWidget] = [self.view, self.inspector, self.personas]
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
        else:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add_lane(self, map_id: str, kind: LaneKind, above: int) -> None:
        """Map context menu ▸ Add Lane Below: a lane of `kind` below lane `above`."""
        self._run(AddLane(map_id, default_lane(kind), above + 1))

    def _run(self, command: Command) -> bool:
        return run_command(
            self.document, command, lambda text: self.statusBar().showMessage(text, 6000)
        )

    # -- find --------------------------------------------------------------------------

    def _find(self, query: str) -> None:
        self._find_hits = find_in_map(self.document.project, self.current_map, query)
        self._find_index = 0
        found = {hit.id for hit in self._find_hits if hit.kind == "card"}
        for card_id, item in self.scene.card_items.items():
            item.set_found(card_id in found)
        self._show_find_hit()

    def _find_step(self, direction: int) -> None:
        if not self._find_hits:
            if not self.find_bar.isVisible():
                self.find_bar.open_bar()
            return
        self._find_index = (self._find_index + direction) % len(self._find_hits)
        self._show_find_hit()

    def _show_find_hit(self) -> None:
        self.find_bar.show_count(self._find_index, len(self._find_hits))
        if not self._find_hits:
            return
        hit = self._find_hits[self._find_index]
        item = (
            self.scene.card_items.get(hit.id)
            if hit.kind == "card"
            else self.scene.band_items.get(hit.id)
        )
        if item is not None:
            self.editor.select_only([item])
            self.view.ensureVisible(item, 80, 80)

    def _find_closed(self) -> None:
        for item in self.scene.card_items.values():
            item.set_found(False)
        self._find_hits = []
        self.view.setFocus()

    # -- document changes --------------------------------------------------------------

    def _on_document_changed(self, change: DocumentChange) -> None:
        maps_before = [(m.id, m.title) for m in change.before.maps]
        maps_after = [(m.id, m.title) for m in change.after.maps]
        if maps_before != maps_after or change.reason == "replace":
            if self._map_id not in {m.id for m in change.after.maps}:
                self._map_id = change.after.maps[0].id
            self._rebuild_tabs()
        if change.reason == "replace":
            self._reset_canvas()
        elif change.reason not in ("clean", "history"):
            # A drag under way ends first, while its items still stand where it found
            # them; then the scene follows the new layout (Ctrl+Z mid-drag).
            self.editor.cancel_gesture()
            self._show_map()
            self._drop_stale_selection()
            self.editor.forget_stale_state()
        self._update_undo_actions()
        self._update_title()

    def _drop_stale_selection(self) -> None:
        state = self.selection.state
        if state.map_id == self._map_id:
            self.editor.restore_selection(state)

    def update_edit_actions(self) -> None:
        """Cut, Copy, Paste, Duplicate and Delete are enabled only when they can act: on
        the text field that has the keyboard, or else on the map's selection."""
        if focused_text_field() is not None:
            # They act on the field's text, which changes with every key: kept enabled
            # (a shortcut of a disabled action would do nothing at all).
            for action in (
                self.act_undo,
                self.act_redo,
                self.act_cut,
                self.act_copy,
                self.act_paste,
                self.act_delete,
                self.act_select_all,
            ):
                action.setEnabled(True)
            self.act_undo.setText(self.tr("&Undo"))
            self.act_redo.setText(self.tr("&Redo"))
            return
        if self.shown_view() is not self.view:
            # Comparing: the map on screen is read-only and the editor's selection is
            # hidden, so Delete or Cut must not act on cards nobody sees.
            for action in (
                self.act_cut,
                self.act_copy,
                self.act_paste,
                self.act_duplicate,
                self.act_delete,
                self.act_select_all,
            ):
                action.setEnabled(False)
            return
        self.act_select_all.setEnabled(True)
        state = self.selection.state
        cards = bool(state.card_ids)
        for action in (self.act_cut, self.act_copy, self.act_duplicate):
            action.setEnabled(cards)
        self.act_delete.setEnabled(bool(state.card_ids or state.point_ids or state.stage_ids))
        self.act_zoom_selection.setEnabled(not state.is_empty)
        mime = QGuiApplication.clipboard().mimeData()
        pasteable = mime is not None and (
            mime.hasFormat(CARDS_MIME) or (len(state.card_ids) == 1 and has_picture(mime))
        )
        self.act_paste.setEnabled(pasteable)

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if isValid(self):
            self._update_undo_actions()
            self.update_edit_actions()

    def _update_undo_actions(self) -> None:
        if focused_text_field() is not None:
            return  # Undo and Redo act on that field's text (see update_edit_actions)
        undo, redo = self.document.undo_label, self.document.redo_label
        self.act_undo.setEnabled(undo is not None)
        self.act_undo.setText(
            self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        )
        self.act_redo.setEnabled(redo is not None)
        self.act_redo.setText(
            self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        )

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        if self.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(self.tr("{name}[*] — mapstudio").format(name=name))
        self.setWindowModified(self.document.is_dirty)

    # -- files -------------------------------------------------------------------------

    def new_project(self) -> None:
        if self._confirm_discard():
            self._forget_file()
            self.document.replace_project(blank_project(), None)

    def _forget_file(self) -> None:
        self.showing_example = False
        self._release_lock()
        self.file_guard.watch(None)
        self.set_read_only(False)

    def new_from_example(self) -> None:
        if not self._confirm_discard():
            return
        data = resource("examples", "online-purchase.mapstudio").read_bytes()
        self._forget_file()
        self.document.replace_project(loads_project(data).project, None)
        self.showing_example = True
        if self.isVisible():
            show_first_run_hint(self)

    def open_dialog(self) -> None:
        if not self._confirm_discard():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), start, FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Load a project file, telling the user in plain words what went wrong or was
        repaired."""
        try:
            result = load_project(path)
        except ProjectFileError as error:
            log.warning("could not open %s: %s", path, error)
            message_box(
                QMessageBox.Icon.Warning,
                self.tr("Cannot open project"),
                str(error),
                parent=self,
                informative=self.tr("File: {path}").format(path=path),
                detailed=_details(error, path),
            ).exec()
            return False
        if not self._take_lock(path):
            return False
        self.showing_example = False
        self.document.replace_project(result.project, path, parents=result.lineage.heads)
        self.revisions.remember_loaded(result)
        self.file_guard.watch(path)
        self._update_title()
        remember_recent(path, limit=load_preferences().recent_limit)
        if result.warnings:
            message_box(
                QMessageBox.Icon.Information,
                self.tr("Project repaired"),
                self.tr(
                    "'{name}' had {count} problem(s) that were repaired. "
                    "Save to keep the repaired version."
                ).format(name=path.name, count=len(result.warnings)),
                parent=self,
                detailed="\n".join(result.warnings),
            ).exec()
        return True

    def _take_lock(self, path: Path) -> bool:
        """Lock `path` for this window, asking what to do when it is open elsewhere."""
        if (
            self._lock is not None
            and self._lock.held
            and os.path.realpath(self._lock.path) == os.path.realpath(path)
        ):
            return True  # reopening our own file (Open Recent, a drop): the lock is ours
        result = acquire(path)
        mode = "locked"
        if isinstance(result, LockedBy):
            mode = ask_open_locked(self, path, result.info)
            if mode == "cancel":
                return False
        self._release_lock()
        self._lock = result if isinstance(result, Lock) else None
        self.set_read_only(mode == "read_only")
        if isinstance(result, Lock) and not result.held and result.problem:
            # Opened unprotected: say so, without stopping the designer.
            self.statusBar().showMessage(
                self.tr(
                    "Opened without a lock: {why}. Another mapstudio would not see that "
                    "this file is open here."
                ).format(why=result.problem),
                15000,
            )
        return True

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def set_read_only(self, read_only: bool) -> None:
        """A file open in another window: look, export, Save As — but no Save over it."""
        self.read_only = read_only
        self.act_save.setEnabled(not read_only)
        self._update_title()

    def _on_changed_on_disk(self, path: str) -> None:
        if not ask_reload(self, path, self.document.is_dirty):
            return
        try:
            result = load_project(Path(path))
        except ProjectFileError as error:
            self.statusBar().showMessage(str(error), 8000)
            return
        self.document.replace_project(result.project, Path(path), parents=result.lineage.heads)
        self.revisions.remember_loaded(result)
        self.statusBar().showMessage(self.tr("Reloaded {name}").format(name=Path(path).name), 5000)

    def export_pdf(self) -> None:
        """File ▸ Export PDF…: the poster dialog for the current map."""
        from mapstudio.ui.export_dialog import ExportPdfDialog  # reportlab on first use

        self.editor.commit_inline()
        path = self.document.path
        suggested = (
            path.with_suffix(".pdf") if path else Path.home() / f"{self.current_map.title}.pdf"
        )
        dialog = ExportPdfDialog(self.document.project, self.current_map.id, suggested, self)
        dialog.exec()
        report = getattr(dialog, "report", None)
        if report is not None:
            self.statusBar().showMessage(report.summary(), 8000)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for path in paths:
            action = self.recent_menu.addAction(no_mnemonic(path.name))
            action.setToolTip(plain_tooltip(str(path)))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear Menu"), clear_recent)

    def _open_recent(self, path: Path) -> None:
        if self._confirm_discard():
            self.open_path(path)

    def save(self) -> bool:
        self.editor.commit_inline()  # what is being typed belongs in the file
        if self.document.path is None or is_bundled(self.document.path):
            return self.save_as()  # never over the app's own example or template
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        self.editor.commit_inline()
        path = self.document.path
        if path is None or is_bundled(path):
            # A new project, or an example or template from the install folder: start
            # in the user's documents, named after the project (made safe as a name).
            start = str(
                documents_folder() / f"{safe_file_stem(self.document.project.title)}"
                f"{FILE_EXTENSION}"
            )
        else:
            start = str(path)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix != FILE_EXTENSION:
            path = path.with_name(path.name + FILE_EXTENSION)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if self.read_only and path == self.document.path:
            self.statusBar().showMessage(
                self.tr("This file is open elsewhere; use Save As to keep your version."), 6000
            )
            return False
        project, parents = self.document.project, self.document.parent_revisions
        try:
            revision = save_project(project, path, parents=parents)
        except ProjectFileError as error:
            log.warning("could not save %s: %s", path, error)
            message_box(
                QMessageBox.Icon.Critical,
                self.tr("Could not save"),
                str(error),
                parent=self,
                informative=self.tr("Your changes are still open here; nothing was lost."),
                detailed=_details(error, path),
            ).exec()
            return False
        if path == self.document.path:
            self.file_guard.note_saved()
        else:
            self._release_lock()
            locked = acquire(path)
            self._lock = locked if isinstance(locked, Lock) else None
            self.set_read_only(False)
            self.file_guard.watch(path)
            self.file_guard.note_saved()
        self.document.path = path
        self.document.mark_clean(revision=revision)
        self.revisions.remember(Lineage(revision, parents, saved_at=time.time()), project)
        remember_recent(path, limit=load_preferences().recent_limit)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def confirm_discard(self) -> bool:
        """Ask about unsaved changes before the project is replaced (public for actions)."""
        return self._confirm_discard()

    def start_new_project(self, project: Project) -> None:
        """Show `project` as a new, unsaved document (templates, imports)."""
        self._forget_file()
        self.document.replace_project(project, None)

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

    def _confirm_discard(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current project."""
        self.editor.commit_inline()  # typed text counts as a change to ask about
        if not self.document.is_dirty:
            return True
        name = self.document.path.name if self.document.path else self.tr("this project")
        answer = ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("Do you want to save the changes to {name}?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().endswith(FILE_EXTENSION) for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix == FILE_EXTENSION:
                event.acceptProposedAction()
                # A second project on an open one: merge it, open it beside, or not.
                # Deferred, so the drag source is not kept waiting while we ask.
                QTimer.singleShot(0, lambda p=path: merge_actions.dropped_project(self, p))
                return
        event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._confirm_discard():
            settings = app_settings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
            self._unsubscribe()
            if self.autosave is not None:
                self.autosave.close()
            self._forget_file()
            self.scene.selectionChanged.disconnect(self.editor._publish_selection)
            self.inspector.dispose()
            self.conflicts_bar.dispose()
            self.revisions.flush(timeout=10)  # the last save's revision, for later merges
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


def _details(error: ProjectFileError, path: Path) -> str:
    """The "Show Details" text of a file error: what kind of problem, where, and why."""
    lines = [f"{type(error).__name__}: {error.message}", f"File: {path}"]
    if error.details:
        lines += ["", error.details]
    return "\n".join(lines)


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Y where it is not a Mac: both Ctrl+Shift+Z
    and Ctrl+Y are what people press for Redo on Linux and Windows."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")
    if sys.platform != "darwin" and ctrl_y not in keys:
        keys.append(ctrl_y)
    shift_z = QKeySequence("Ctrl+Shift+Z")
    if shift_z not in keys:
        keys.append(shift_z)
    return keys


def documents_folder() -> Path:
    """The user's documents folder (their home folder if the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def safe_file_stem(title: str) -> str:
    """A project title as a file name: no folders, no hidden files, no odd characters."""
    kept = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in title)
    stem = " ".join(kept.split()).strip(" .")[:80]
    return stem or "Untitled project"
