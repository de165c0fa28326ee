"""The compare view: View ▸ Compare With… marks what changes on the map, step by step.

The window's map is compared with another map of the project (a map with its future
state), the same map in another file, or a revision from the revision store. While
comparing, a read-only canvas takes the editing canvas's place: the shown map with a
mark on every added, removed (a faded ghost in its old cell), changed and moved card, an
icon as well as a colour on each, a legend above the map, the other side's emotion curve
dashed over this one with the change per stage; and the Changes dock lists the changes
per stage to step through (F8 / Shift+F8). Stop Comparing brings the editing canvas back
and the marks go with it.

The comparison itself is `mapstudio.compare.compare_view`; the geometry of the marks is
the layout engine's (`mapstudio.layout.marks`); the items that paint them are in
`mapstudio.ui.canvas.marks`. What is compared, and the words for each side, is in
`compare_sources`; the Changes dock and the Compare With dialog in `compare_panels`.
Nothing here changes the document.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGraphicsItem,
    QMessageBox,
)

from mapstudio.compare import ChangeEntry, CompareView, compare_view
from mapstudio.edit import DocumentChange
from mapstudio.fileformat import ProjectFileError, load_project
from mapstudio.fileformat.revisions import RevisionStore
from mapstudio.layout.marks import CompareDrawing, LegendText, compare_drawing
from mapstudio.model import Project
from mapstudio.ui.canvas.marks import (
    CardMarkItem,
    DeltaItem,
    LegendItem,
    OtherCurveItem,
    PointMarkItem,
)
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.view import MapView
from mapstudio.ui.compare_panels import MARK_SYMBOLS, ChangesDock, CompareDialog, short_title
from mapstudio.ui.compare_sources import (
    CompareSource,
    map_source,
    project_source,
    saved_at,
    side_details,
    sources_line,
    stored_revisions,
    when,
)
from mapstudio.ui.file_controller import documents_folder, safe_file_stem
from mapstudio.ui.plain import message_box

if TYPE_CHECKING:
    from mapstudio.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class CompareController(QObject):
    """Compare mode of one main window: its actions, canvas, marks and Changes dock."""

    started = Signal()
    stopped = Signal()

    def __init__(self, window: MainWindow, store: RevisionStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.source: CompareSource | None = None
        self.title = ""
        self.side_names = ("", "")  # how the legend names the before and after sides
        self._dock_state: QByteArray | None = None
        self.comparison: CompareView | None = None
        self.drawing: CompareDrawing | None = None
        self.scene = MapScene(window)
        self.view = MapView(self.scene, window)
        self.view.setAccessibleName(self.tr("Compared map"))
        self.view.hide()
        # Ctrl+wheel on the compare canvas: the status bar shows its zoom.
        self.view.zoom_changed.connect(lambda _zoom: window.show_zoom_of(self.view))
        central = window.central_layout()
        central.addWidget(self.view, 1)
        self.mark_items: dict[str, CardMarkItem] = {}
        self.point_mark_items: dict[str, PointMarkItem] = {}
        self.curve_items: list[OtherCurveItem] = []
        self.delta_items: list[DeltaItem] = []
        self.legend_item: LegendItem | None = None
        self.dock = ChangesDock(window)
        self.dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.entry_chosen.connect(self.show_entry)
        self.dock.stop_requested.connect(self.stop)
        self._build_actions()
        self._unsubscribe = window.document.subscribe(self._on_document_changed)
        window.tabs.currentChanged.connect(lambda _index: self.stop())
        # Closing the window ends compare mode first, so the dock layout the window
        # saves is the editing one (no empty Changes panel at the next start).
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    # -- actions -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        self.act_compare = QAction(self.tr("Co&mpare With…"), w)
        self.act_compare.setStatusTip(
            self.tr("Mark what changes from another map, file or revision on this map")
        )
        self.act_compare.triggered.connect(self.choose)
        self.act_next = QAction(self.tr("Ne&xt Change"), w)
        self.act_next.setShortcut(QKeySequence("F8"))
        self.act_next.triggered.connect(lambda: self.step(1))
        self.act_previous = QAction(self.tr("Pre&vious Change"), w)
        self.act_previous.setShortcut(QKeySequence("Shift+F8"))
        self.act_previous.triggered.connect(lambda: self.step(-1))
        self.act_stop = QAction(self.tr("S&top Comparing"), w)
        self.act_stop.triggered.connect(self.stop)
        self.act_pdf = QAction(self.tr("Export Comparison as P&DF…"), w)
        self.act_pdf.triggered.connect(self.export_pdf_dialog)
        for action in (self.act_next, self.act_previous, self.act_stop, self.act_pdf):
            action.setEnabled(False)
            w.addAction(action)  # the shortcuts work wherever the focus is
        menu = w.menus["view"]
        menu.addSeparator()
        for action in (
            self.act_compare,
            self.act_next,
            self.act_previous,
            self.act_pdf,
            self.act_stop,
        ):
            menu.addAction(action)
        self.dock.next_button.clicked.connect(lambda: self.step(1))
        self.dock.pdf_button.clicked.connect(self.export_pdf_dialog)
        self.dock.previous_button.clicked.connect(lambda: self.step(-1))

    @property
    def active(self) -> bool:
        return self.source is not None

    # -- choosing what to compare with ---------------------------------------------------

    def choose(self) -> None:
        """Ask what to compare the window's map with, then compare."""
        dialog = CompareDialog(
            self.window, self.window.project, self.window.current_map.id, self._revisions()
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice == "map" and dialog.map_id is not None:
            self.compare_with_map(dialog.map_id)
        elif dialog.choice == "file" and dialog.path is not None:
            self.compare_with_file(dialog.path)
        elif dialog.choice == "revision" and dialog.revision is not None:
            self.compare_with_revision(dialog.revision)

    def _revisions(self) -> list[tuple[str, str]]:
        """The stored revisions this document descends from, newest first, as
        (revision id, words)."""
        return stored_revisions(self.store, self.window.document.parent_revisions)

    def compare_with_map(self, other_map_id: str) -> bool:
        """Compare the window's map with another map of the project (see map_source)."""
        return self._start(map_source(self.window.current_map.id, other_map_id))

    def compare_with_file(self, path: Path) -> bool:
        """Compare the window's map with the same map in another project file."""
        try:
            loaded = load_project(path)
        except ProjectFileError as error:
            self._tell(self.tr("Cannot compare with that file"), str(error))
            return False
        if loaded.beyond_limits:
            # Compared all the same (nothing is written), but not as if that were all.
            self._tell(
                self.tr("Part of that file is left out"),
                self.tr(
                    "'{name}' holds more than this version of mapstudio shows: {first} "
                    "The comparison shows the part it keeps."
                ).format(name=path.name, first=loaded.beyond_limits[0]),
            )
        return self._compare_with_project(
            loaded.project,
            self.tr("'{name}'").format(name=path.name),
            path.name,
            side_details(path.name, saved_at(path)),
        )

    def compare_with_revision(self, revision: str) -> bool:
        """Compare the window's map with a revision from the revision store."""
        project = self.store.load(revision) if self.store is not None else None
        if project is None:
            self._tell(
                self.tr("Cannot compare with that revision"),
                self.tr("The revision store no longer holds it."),
            )
            return False
        stored = self.store.stored_at(revision) if self.store is not None else None
        saved = when(stored) if stored is not None else revision[:8]
        name = self.tr("Saved {when}").format(when=saved)
        return self._compare_with_project(
            project,
            self.tr("revision {id}").format(id=revision[:8]),
            name,
            side_details(
                self.tr("the revision {id}").format(id=revision[:8]),
                saved if stored is not None else "",
            ),
        )

    def sources_line(self) -> str:
        """Both sides in words for the pages of the compare PDF (see sources_line)."""
        return sources_line(self.source, self.window.document)

    def _compare_with_project(
        self, other: Project, describe: str, name: str = "", details: str = ""
    ) -> bool:
        shown = self.window.current_map
        source = project_source(other, shown, describe, name, details)
        if source is None:
            self._tell(
                self.tr("Nothing to compare"),
                self.tr("{other} has no map '{title}'.").format(other=describe, title=shown.title),
            )
            return False
        return self._start(source)

    def _tell(self, title: str, text: str) -> None:
        message_box(QMessageBox.Icon.Warning, title, text, parent=self.window).exec()

    # -- compare mode --------------------------------------------------------------------

    def _start(self, source: CompareSource) -> bool:
        was_active = self.active
        self.source = source
        if not self._refresh(fit=True):
            self.source = None
            return False
        self.window.view.hide()
        self.view.show()
        if not was_active:
            # The docks go back as they were when comparing stops.
            self._dock_state = self.window.saveState()
            # Beside the inspector, which has nothing to show for the compared map.
            inspector = getattr(self.window, "inspector", None)
            if inspector is not None and inspector.isVisible():
                self.window.tabifyDockWidget(inspector, self.dock)
        self.dock.show()
        self.dock.raise_()
        if not was_active:
            # The list needs room: most of the window's height.
            self.window.resizeDocks(
                [self.dock], [int(self.window.height() * 0.6)], Qt.Orientation.Vertical
            )
        for action in (self.act_next, self.act_previous, self.act_stop, self.act_pdf):
            action.setEnabled(True)
        if not was_active:
            self.started.emit()
        self.window.show_zoom_of(self.view)
        self.window.update_edit_actions()  # off while comparing: see there
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def stop(self) -> None:
        """Leave compare mode: the editing canvas comes back, the marks go."""
        if not self.active:
            return
        self.source = None
        self.comparison = None
        self.drawing = None
        self._clear_marks()
        self.scene.clear_map()
        self.dock.set_view(None)
        self.dock.hide()
        if self._dock_state is not None:
            self.window.restoreState(self._dock_state)
            self._dock_state = None
        self.view.hide()
        self.window.view.show()
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window.show_zoom_of(self.window.view)
        self.window.update_edit_actions()
        for action in (self.act_next, self.act_previous, self.act_stop, self.act_pdf):
            action.setEnabled(False)
        self.stopped.emit()

    def _on_document_changed(self, change: DocumentChange) -> None:
        if not self.active:
            return
        if change.reason == "replace":
            self.stop()
        elif change.reason not in ("clean", "history") and not self._refresh(fit=False):
            self.stop()  # a side of the comparison is gone (its map was deleted)

    def _refresh(self, fit: bool) -> bool:
        """Compare again (after an edit) and redraw; False when a side is gone."""
        assert self.source is not None
        project = self.window.project
        try:
            before, before_id, after, after_id = self.source.sides(
                project, self.window.current_map.id
            )
            comparison = compare_view(before, before_id, after, after_id)
        except KeyError:
            return False
        counts = comparison.counts()
        before_name, after_name = comparison.before_title, comparison.after_title
        if before_name == after_name and self.source.before_name:
            # The same map on both sides: name each side by where it comes from.
            before_name, after_name = self.source.before_name, self.source.after_name
        text = LegendText(
            title=self.tr("Changes from '{before}' to '{after}'").format(
                before=short_title(before_name), after=short_title(after_name)
            ),
            kinds={
                "added": self.tr("Added"),
                "removed": self.tr("Removed"),
                "changed": self.tr("Changed"),
                "moved": self.tr("Moved"),
            },
            this_curve=short_title(after_name),
            other_curve=short_title(before_name),
            delta=self.tr("+1 / –1: change of the emotion score in a stage"),
        )
        drawing = compare_drawing(
            comparison.journey_map,
            comparison.project,
            comparison.card_marks,
            comparison.point_marks,
            comparison.ghosts,
            comparison.other_points,
            comparison.stage_deltas,
            counts=counts,
            text=text,
        )
        self.comparison = comparison
        self.drawing = drawing
        self.title = text.title
        self.side_names = (before_name, after_name)
        self.scene.set_assets(comparison.project.assets)
        self.scene.show_layout(drawing.layout)
        self._show_marks(drawing)
        bounds = drawing.bounds
        margin = 48.0
        rect = QRectF(bounds.x, bounds.y, bounds.w, bounds.h)
        self.scene.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        heading = text.title
        if self.source.describe and self.source.before_name not in text.title:
            heading = self.tr("{title} (compared with {what})").format(
                title=text.title, what=self.source.describe
            )
        self.dock.set_view(comparison, heading)
        if fit:
            self.view.show_map_start(rect)
        return True

    def _clear_marks(self) -> None:
        items = [
            *self.mark_items.values(),
            *self.point_mark_items.values(),
            *self.curve_items,
            *self.delta_items,
        ]
        if self.legend_item is not None:
            items.append(self.legend_item)
        for item in items:
            self.scene.removeItem(item)
        self.mark_items.clear()
        self.point_mark_items.clear()
        self.curve_items.clear()
        self.delta_items.clear()
        self.legend_item = None

    def _show_marks(self, drawing: CompareDrawing) -> None:
        self._clear_marks()
        overlay = drawing.overlay
        for card_id, mark in overlay.cards.items():
            item = CardMarkItem(mark)
            self.scene.addItem(item)
            self.mark_items[card_id] = item
        for point_id, point in overlay.points.items():
            point_item = PointMarkItem(point)
            self.scene.addItem(point_item)
            self.point_mark_items[point_id] = point_item
        for curve in overlay.curves:
            curve_item = OtherCurveItem(curve)
            self.scene.addItem(curve_item)
            self.curve_items.append(curve_item)
        for label in overlay.deltas:
            delta_item = DeltaItem(label)
            self.scene.addItem(delta_item)
            self.delta_items.append(delta_item)
        self.legend_item = LegendItem(overlay.legend)
        self.scene.addItem(self.legend_item)

    # -- the compare PDF ---------------------------------------------------------------

    def export_pdf_dialog(self) -> None:
        """Ask where to save the comparison as a PDF, then write it."""
        if self.comparison is None:
            return
        path = self.window.document.path
        folder = path.parent if path is not None else documents_folder()
        before, after = self.side_names
        stem = safe_file_stem(f"{before} to {after} changes")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Comparison as PDF"),
            str(folder / f"{stem}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, out: Path) -> bool:
        """Write the comparison shown to `out`: the map with its marks, then the list."""
        if self.comparison is None or self.drawing is None:
            return False
        from mapstudio.export import ExportError
        from mapstudio.export.compare_pdf import export_compare_pdf  # reportlab on first use

        counts = self.comparison.counts()
        subtitle = self.tr(
            "{added} added, {removed} removed, {changed} changed, {moved} moved"
        ).format(**counts)
        try:
            pages = export_compare_pdf(
                out,
                self.drawing,
                self.comparison.plain_sections(),
                title=self.title,
                subtitle=subtitle,
                sources=self.sources_line(),
                assets=self.comparison.project.assets,
            )
        except ExportError as error:
            self._tell(self.tr("Cannot export the comparison"), str(error))
            return False
        self.window.statusBar().showMessage(
            self.tr("Exported the comparison to {name} ({pages} pages)").format(
                name=out.name, pages=pages
            ),
            8000,
        )
        return True

    # -- stepping ------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) change in the dock and show it."""
        if self.active:
            self.dock.step(direction)

    def show_entry(self, entry: ChangeEntry) -> None:
        """Select the card or emotion marker of a change and scroll to it."""
        self.scene.clearSelection()
        target: QGraphicsItem | None = None
        if entry.record_id is not None:
            target = self.scene.card_items.get(entry.record_id) or self.scene.marker_items.get(
                entry.record_id
            )
        if target is None and entry.stage_id is not None:
            target = self.scene.stage_items.get(entry.stage_id)
        if target is None:
            return
        if target.flags() & target.GraphicsItemFlag.ItemIsSelectable:
            target.setSelected(True)
        self.view.ensureVisible(target, 80, 80)

    def selected_card_ids(self) -> list[str]:
        """The cards selected on the compare canvas (for tests and the status bar)."""
        return [card_id for card_id, item in self.scene.card_items.items() if item.isSelected()]


__all__ = [
    "MARK_SYMBOLS",
    "ChangesDock",
    "CompareController",
    "CompareDialog",
    "CompareSource",
]
