"""The main window: map tabs over the canvas, menus, file handling and undo.

The window owns one `Document`; every change goes through `Document.execute`, and the
canvas is redrawn from a fresh layout after each change (incrementally, by id).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from mapstudio.edit import Document, DocumentChange
from mapstudio.fileformat import (
    FILE_EXTENSION,
    ProjectFileError,
    load_project,
    save_project,
)
from mapstudio.layout import LayoutCache, MapLayout, layout
from mapstudio.model import JourneyMap, Project, blank_project
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.view import MapView

log = logging.getLogger(__name__)

FILE_FILTER = f"mapstudio projects (*{FILE_EXTENSION});;All files (*)"


class MainWindow(QMainWindow):
    """One project in one window: tabs for its maps, the canvas, menus."""

    def __init__(self, document: Document | None = None) -> None:
        super().__init__()
        self.document = document or Document(blank_project())
        self._unsubscribe = self.document.subscribe(self._on_document_changed)
        self._map_id: str = self.document.project.maps[0].id
        self._layout_cache = LayoutCache()
        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.tabs = QTabBar(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.tabs)
        box.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(self._show_zoom)
        self._build_actions()
        self._build_menus()
        self.resize(1400, 900)
        self._rebuild_tabs()
        self._show_map(fit=True)
        self._update_title()

    # -- actions and menus -------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.act_new = self._action("&New", self.new_project, keys.New, "Start a new project")
        self.act_open = self._action("&Open…", self.open_dialog, keys.Open, "Open a project file")
        self.act_save = self._action("&Save", self.save, keys.Save, "Save the project")
        self.act_save_as = self._action(
            "Save &As…", self.save_as, keys.SaveAs, "Save the project under a new name"
        )
        self.act_quit = self._action("&Quit", self.close, keys.Quit, "Quit mapstudio")
        self.act_undo = self._action("&Undo", self.document.undo, keys.Undo)
        self.act_redo = self._action("&Redo", self.document.redo, keys.Redo)
        self.act_zoom_in = self._action("Zoom &In", self.view.zoom_in, keys.ZoomIn)
        self.act_zoom_out = self._action("Zoom &Out", self.view.zoom_out, keys.ZoomOut)
        self.act_zoom_fit = self._action(
            "&Fit Map", self.view.fit_map, "Ctrl+0", "Show the whole map"
        )
        self.act_zoom_100 = self._action(
            "&Actual Size", self.view.zoom_actual_size, "Ctrl+1", "Show the map at 100 %"
        )
        self._update_undo_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (self.act_new, self.act_open, None, self.act_save, self.act_save_as):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        view_menu = bar.addMenu("&View")
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_fit, self.act_zoom_100):
            view_menu.addAction(action)

    # -- maps and tabs -----------------------------------------------------------------

    @property
    def current_map(self) -> JourneyMap:
        project = self.document.project
        for journey_map in project.maps:
            if journey_map.id == self._map_id:
                return journey_map
        return project.maps[0]

    def _rebuild_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        current = 0
        for index, journey_map in enumerate(self.document.project.maps):
            self.tabs.addTab(journey_map.title or "Untitled map")
            self.tabs.setTabData(index, journey_map.id)
            if journey_map.id == self._map_id:
                current = index
        self.tabs.setCurrentIndex(current)
        self._map_id = self.tabs.tabData(current)
        self.tabs.blockSignals(False)

    def _on_tab_changed(self, index: int) -> None:
        if index < 0:
            return
        self._map_id = self.tabs.tabData(index)
        self._layout_cache = LayoutCache()
        self.scene.clear_map()
        self._show_map(fit=True)

    def current_layout(self) -> MapLayout:
        """Lay out the current map, reusing what did not change since last time."""
        return layout(self.current_map, self.document.project, cache=self._layout_cache)

    def _show_map(self, fit: bool = False) -> None:
        self.scene.show_layout(self.current_layout())
        if fit:
            self.view.fit_rect(self.scene.map_rect())

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    # -- document changes --------------------------------------------------------------

    def _on_document_changed(self, change: DocumentChange) -> None:
        maps_before = [(m.id, m.title) for m in change.before.maps]
        maps_after = [(m.id, m.title) for m in change.after.maps]
        if maps_before != maps_after or change.reason == "replace":
            if self._map_id not in {m.id for m in change.after.maps}:
                self._map_id = change.after.maps[0].id
            self._rebuild_tabs()
        if change.reason == "replace":
            self._layout_cache = LayoutCache()
            self.scene.clear_map()
            self._show_map(fit=True)
        else:
            self._show_map()
        self._update_undo_actions()
        self._update_title()

    def _update_undo_actions(self) -> None:
        undo, redo = self.document.undo_label, self.document.redo_label
        self.act_undo.setEnabled(undo is not None)
        self.act_undo.setText(f"&Undo {undo}" if undo else "&Undo")
        self.act_redo.setEnabled(redo is not None)
        self.act_redo.setText(f"&Redo {redo}" if redo else "&Redo")

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else "Untitled"
        self.setWindowTitle(f"{name}[*] — mapstudio")
        self.setWindowModified(self.document.is_dirty)

    # -- files -------------------------------------------------------------------------

    def new_project(self) -> None:
        if self._confirm_discard():
            self.document.replace_project(blank_project(), None)

    def open_dialog(self) -> None:
        if not self._confirm_discard():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, "Open project", start, FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Load a project file, telling the user in plain words what went wrong or was repaired."""
        try:
            result = load_project(path)
        except ProjectFileError as error:
            log.warning("could not open %s: %s", path, error)
            box = QMessageBox(
                QMessageBox.Icon.Warning, "Cannot open project", str(error), parent=self
            )
            box.setInformativeText(f"File: {path}")
            if error.details:
                box.setDetailedText(error.details)
            box.exec()
            return False
        self.document.replace_project(result.project, path)
        if result.warnings:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Project repaired",
                f"'{path.name}' had {len(result.warnings)} problem(s) that were repaired. "
                "Save to keep the repaired version.",
                parent=self,
            )
            box.setDetailedText("\n".join(result.warnings))
            box.exec()
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(
            self.document.path or Path.home() / f"{self.document.project.title}{FILE_EXTENSION}"
        )
        name, _ = QFileDialog.getSaveFileName(self, "Save project as", start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix != FILE_EXTENSION:
            path = path.with_name(path.name + FILE_EXTENSION)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            save_project(self.document.project, path)
        except ProjectFileError as error:
            log.warning("could not save %s: %s", path, error)
            box = QMessageBox(QMessageBox.Icon.Critical, "Could not save", str(error), parent=self)
            box.setInformativeText("Your changes are still open here; nothing was lost.")
            if error.details:
                box.setDetailedText(error.details)
            box.exec()
            return False
        self.document.path = path
        self.document.mark_clean()
        self._update_title()
        self.statusBar().showMessage(f"Saved {path.name}", 4000)
        return True

    def _confirm_discard(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current project."""
        if not self.document.is_dirty:
            return True
        name = self.document.path.name if self.document.path else "this project"
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"Do you want to save the changes to {name}?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._confirm_discard():
            self._unsubscribe()
            event.accept()
        else:
            event.ignore()

    @property
    def project(self) -> Project:
        return self.document.project
