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
`mapstudio.ui.canvas.marks`. Nothing here changes the document.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.compare import ChangeEntry, CompareView, compare_view
from mapstudio.edit import DocumentChange
from mapstudio.fileformat import FILE_EXTENSION, ProjectFileError, load_project
from mapstudio.fileformat.revisions import RevisionStore
from mapstudio.layout.marks import CompareDrawing, LegendText, compare_drawing
from mapstudio.model import MapKind, Project
from mapstudio.ui.canvas.marks import (
    CardMarkItem,
    DeltaItem,
    LegendItem,
    OtherCurveItem,
    PointMarkItem,
)
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.view import MapView
from mapstudio.ui.plain import PlainLabel, message_box, plain_tooltip
from mapstudio.ui.recovery_dialog import describe_when

if TYPE_CHECKING:
    from mapstudio.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Icons of the dock's rows: the same shapes as the badges on the canvas.
MARK_SYMBOLS = {"added": "+", "removed": "−", "changed": "✎", "moved": "→"}
ENTRY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CompareSource:
    """What the window's map is compared with, and how to get it again after an edit."""

    describe: str  # "'old.mapstudio'", "revision 3f2a…"; "" for a map of this project
    # (this project) -> (before project, before map id, after project, after map id)
    sides: Callable[[Project, str], tuple[Project, str, Project, str]]
    # The sides named by where they come from ("old.mapstudio", "This file"), for when
    # both maps have the same title; "" for two maps of this project.
    before_name: str = ""
    after_name: str = ""
    # Both sides in full for the compare PDF: files and when they were saved.
    details: str = ""


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
        store = self.store
        if store is None:
            return []
        found: list[tuple[str, str]] = []
        seen: set[str] = set()
        frontier = list(self.window.document.parent_revisions)
        steps = 0
        while frontier and len(found) < 50 and steps < 500:
            steps += 1
            revision = frontier.pop(0)
            if revision in seen:
                continue
            seen.add(revision)
            if revision in store:
                found.append((revision, self._revision_words(store, revision, len(found))))
            frontier.extend(store.parents(revision) or ())
        return found

    def _revision_words(self, store: RevisionStore, revision: str, back: int) -> str:
        """A stored revision as a designer knows it: by when it was saved ("Saved today
        at 14:02 - the last save"), never by its id."""
        which = (
            self.tr("the last save")
            if back == 0
            else self.tr("{count} saves back").format(count=back + 1)
        )
        saved_at = store.saved_at(revision)
        if saved_at is None:
            return which[:1].upper() + which[1:]
        when = describe_when(datetime.fromtimestamp(saved_at, UTC))
        return self.tr("Saved {when} — {which}").format(when=when, which=which)

    def compare_with_map(self, other_map_id: str) -> bool:
        """Compare the window's map with another map of the project. A map and its
        future state compare the current state (before) with the future state (after),
        whichever of the two is shown: the marks go on the future state."""
        this_id = self.window.current_map.id

        def sides(project: Project, _shown: str) -> tuple[Project, str, Project, str]:
            maps = {m.id: m for m in project.maps}
            this, other = maps[this_id], maps[other_map_id]
            if other.future_state_of == this.id or (
                this.kind is MapKind.CURRENT_STATE
                and other.kind is MapKind.FUTURE_STATE
                and this.future_state_of != other.id
            ):
                return project, this.id, project, other.id
            return project, other.id, project, this.id

        # No words about the source: the legend's title names both maps already.
        return self._start(CompareSource("", sides))

    def compare_with_file(self, path: Path) -> bool:
        """Compare the window's map with the same map in another project file."""
        try:
            other = load_project(path).project
        except ProjectFileError as error:
            self._tell(self.tr("Cannot compare with that file"), str(error))
            return False
        return self._compare_with_project(
            other,
            self.tr("'{name}'").format(name=path.name),
            path.name,
            self._side_details(path.name, _saved_at(path)),
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
        when = _when(stored) if stored is not None else revision[:8]
        name = self.tr("Saved {when}").format(when=when)
        return self._compare_with_project(
            project,
            self.tr("revision {id}").format(id=revision[:8]),
            name,
            self._side_details(
                self.tr("the revision {id}").format(id=revision[:8]),
                when if stored is not None else "",
            ),
        )

    def _side_details(self, other: str, other_saved: str) -> str:
        """The other side in words for the PDF: its file or revision and when it was
        saved."""
        if not other_saved:
            return other
        return self.tr("{name}, saved {when}").format(name=other, when=other_saved)

    def sources_line(self) -> str:
        """Both sides in words for the pages of the compare PDF ("" for two maps of this
        project): the other file or revision, and this window's file, with the times
        they were saved."""
        if self.source is None or not self.source.details:
            return ""
        path = self.window.document.path
        if path is None:
            this = self.tr("This file: not saved yet")
        elif self.window.document.is_dirty:
            this = self.tr("This file: {name}, with changes not saved yet").format(name=path.name)
        else:
            saved = _saved_at(path)
            this = (
                self.tr("This file: {name}, saved {when}").format(name=path.name, when=saved)
                if saved
                else self.tr("This file: {name}").format(name=path.name)
            )
        return self.tr("Compared with {other}. {this}.").format(
            other=self.source.details, this=this
        )

    def _compare_with_project(
        self, other: Project, describe: str, name: str = "", details: str = ""
    ) -> bool:
        shown = self.window.current_map
        match = next((m for m in other.maps if m.id == shown.id), None)
        if match is None:
            match = next((m for m in other.maps if m.title == shown.title), None)
        if match is None:
            self._tell(
                self.tr("Nothing to compare"),
                self.tr("{other} has no map '{title}'.").format(other=describe, title=shown.title),
            )
            return False
        other_map_id = match.id
        this_id = shown.id

        def sides(project: Project, _shown: str) -> tuple[Project, str, Project, str]:
            return other, other_map_id, project, this_id

        return self._start(CompareSource(describe, sides, name, self.tr("This file"), details))

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
                before=_short(before_name), after=_short(after_name)
            ),
            kinds={
                "added": self.tr("Added"),
                "removed": self.tr("Removed"),
                "changed": self.tr("Changed"),
                "moved": self.tr("Moved"),
            },
            this_curve=_short(after_name),
            other_curve=_short(before_name),
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
        from mapstudio.ui.file_controller import documents_folder, safe_file_stem

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


def _when(timestamp: float) -> str:
    """A moment as the PDF and the legend write it: "2026-11-25 18:02" (local time)."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def _saved_at(path: Path) -> str:
    """When a file was last written, or "" when that cannot be read."""
    try:
        return _when(path.stat().st_mtime)
    except OSError:
        return ""


def _short(text: str, limit: int = 40) -> str:
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
                title=_short(shown.title)
            ),
            self,
        )
        grid.addWidget(intro, 0, 0, 1, 2)
        self.group = QButtonGroup(self)
        self.map_button = QRadioButton(self.tr("Another &map of this project"), self)
        self.maps = QComboBox(self)
        others = [m for m in project.maps if m.id != map_id]
        for other in others:
            self.maps.addItem(_short(other.title, 60), other.id)
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


__all__ = ["MARK_SYMBOLS", "ChangesDock", "CompareController", "CompareDialog", "CompareSource"]
