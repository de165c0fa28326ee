"""The Inspector dock: a header saying what is selected, the page for that kind of
selection, and a message strip for refused edits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mapstudio.edit import Command, Document, DocumentChange
from mapstudio.model import LaneKind, Project
from mapstudio.ui.commands import MessageStrip
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import kind_icon
from mapstudio.ui.inspector.band_page import BandPage
from mapstudio.ui.inspector.card_page import CardPage
from mapstudio.ui.inspector.common import InspectorPage, Target, TargetKind
from mapstudio.ui.inspector.lane_page import LanePage
from mapstudio.ui.inspector.map_page import MapPage
from mapstudio.ui.inspector.mixed_page import MixedPage
from mapstudio.ui.inspector.point_page import PointPage
from mapstudio.ui.inspector.stage_page import StagePage
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.selection import SelectionModel, SelectionState
from mapstudio.ui.widgets.labels import let_shrink


class InspectorDock(QDockWidget):
    """Shows and edits the properties of what is selected on the canvas.

    `persona_focus_requested(persona_id)` is emitted when the user asks to edit a band's
    persona; the dock also raises a sibling dock named "personas" in the same window (if
    it has a `focus_persona(id)` method), so no wiring is needed for that.
    """

    persona_focus_requested = Signal(str)

    def __init__(
        self,
        document: Document,
        selection: SelectionModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("Inspector", "Inspector"), parent)
        self.setObjectName("inspector")
        self.document = document
        self.selection = selection
        self._target: Target | None = None
        self._flushing = False

        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # Header: what is being inspected.
        header = QWidget(body)
        header.setObjectName("inspectorHeader")
        header.setStyleSheet(
            "#inspectorHeader { background: #F7F8FA; border-bottom: 1px solid #E1E4E8; }"
        )
        row = QHBoxLayout(header)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(10)
        self.header_icon = PlainLabel(parent=header)
        self.header_icon.setFixedSize(24, 24)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.header_title = PlainLabel(parent=header)
        font = self.header_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header_title.setFont(font)
        self.header_title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # A title of 200 characters wraps (or is cut) in the dock's width instead of
        # widening the dock until the canvas is a sliver.
        let_shrink(self.header_title)
        self.header_detail = PlainLabel(parent=header)
        self.header_detail.setStyleSheet("QLabel { color: #5B6675; }")
        self.header_detail.setWordWrap(True)
        titles.addWidget(self.header_title)
        titles.addWidget(self.header_detail)
        row.addWidget(self.header_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(titles, 1)
        outer.addWidget(header)

        # Pages in a scroll area (a card's form is taller than a short dock).
        self.pages: dict[TargetKind, InspectorPage] = {
            "map": MapPage(self),
            "cards": CardPage(self),
            "points": PointPage(self),
            "stages": StagePage(self),
            "lanes": LanePage(self),
            "bands": BandPage(self),
            "mixed": MixedPage(self),
        }
        self.stack = QStackedWidget()
        # As tall as its page, never taller: spare height goes below the form, not
        # between its rows.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for page in self.pages.values():
            self.stack.addWidget(page)
        holder = QWidget()
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(0, 0, 0, 0)
        holder_box.addWidget(self.stack)
        holder_box.addStretch(1)
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)

        # Status: why the last edit was refused, in plain words.
        self.status = MessageStrip(
            "inspectorStatus", translate("Inspector", "Inspector messages"), body
        )
        outer.addWidget(self.status)

        self.setWidget(body)
        self.setMinimumWidth(260)

        self._unsubscribe: Callable[[], None] = document.subscribe(self._on_document_changed)
        selection.changed.connect(self._on_selection_changed)
        self.refresh(force=True)

    # -- public --------------------------------------------------------------------------

    @property
    def target(self) -> Target | None:
        """What is shown now."""
        return self._target

    @property
    def page(self) -> InspectorPage:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def dispose(self) -> None:
        """Stop listening to the document (call before dropping the dock)."""
        self._unsubscribe()

    def focus_first_field(self) -> None:
        """Put the keyboard in the first field of the current page (e.g. on Enter)."""
        self.show()
        self.raise_()
        widget = self.page.first_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, force: bool = False) -> None:
        """Fill the fields from the current project for the current selection."""
        project = self.document.project
        target = self._resolve(project, self.selection.state)
        force = force or target != self._target
        journey_map = next(m for m in project.maps if m.id == target.map_id)
        page = self.pages[target.kind]
        if self.stack.currentWidget() is not page or self._target is None:
            # Let only the visible page decide the height, so the scroll area fits it
            # (a stack is otherwise as tall as its tallest page).
            for other in self.pages.values():
                other.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.stack.setCurrentWidget(page)
        self._target = target
        page.load(project, journey_map, target, force)

    def execute(self, command: Command) -> bool:
        """Run a command; a refusal shows up in the message strip instead of raising."""
        return self.status.run(self.document, command)

    def run_steps(self, steps: Callable[[], object]) -> bool:
        """Run steps that execute several commands in one transaction (a picture)."""
        return self.status.run_steps(steps)

    def show_error(self, message: str) -> None:
        self.status.show_message(message)

    def set_header(self, kind: LaneKind | None, title: str, detail: str) -> None:
        if kind is None:
            self.header_icon.clear()
        else:
            self.header_icon.setPixmap(kind_icon(kind).pixmap(QSize(24, 24)))
        self.header_icon.setVisible(kind is not None)
        self.header_title.setText(title)
        self.header_detail.setText(detail)
        self.header_detail.setVisible(bool(detail))

    def request_persona_focus(self, persona_id: str) -> None:
        self.persona_focus_requested.emit(persona_id)
        window = self.window()
        if window is self:
            return
        dock = window.findChild(QDockWidget, "personas")
        focus = getattr(dock, "focus_persona", None)
        if callable(focus):
            focus(persona_id)

    # -- reactions -----------------------------------------------------------------------

    def _on_document_changed(self, change: DocumentChange) -> None:
        if not isValid(self):  # the dock is gone but the document outlived it
            self._unsubscribe()
            return
        if self._flushing:
            return  # the selection handler refreshes right after its flush
        self.refresh(force=change.reason == "replace")

    def _on_selection_changed(self) -> None:
        # Finish a half-made edit on what was selected before the form switches over.
        self._flushing = True
        try:
            self.page.flush()
        finally:
            self._flushing = False
        self.status.hide()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @staticmethod
    def _resolve(project: Project, state: SelectionState) -> Target:
        """The selection as it applies to this project: ids that no longer exist (after
        an undo or a delete) are dropped; nothing left means the map itself."""
        journey_map = next((m for m in project.maps if m.id == state.map_id), project.maps[0])
        found: list[tuple[TargetKind, tuple[str, ...]]] = []
        if state.card_ids:
            ids = {c.id for c in journey_map.cards}
            found.append(("cards", tuple(i for i in state.card_ids if i in ids)))
        if state.point_ids:
            ids = {p.id for p in journey_map.emotion_points}
            found.append(("points", tuple(i for i in state.point_ids if i in ids)))
        if state.stage_ids:
            ids = {s.id for s in journey_map.stages}
            found.append(("stages", tuple(i for i in state.stage_ids if i in ids)))
        if state.lane_ids:
            ids = {ln.id for ln in journey_map.lanes}
            found.append(("lanes", tuple(i for i in state.lane_ids if i in ids)))
        if state.persona_ids:
            ids = set(journey_map.bands)
            found.append(("bands", tuple(i for i in state.persona_ids if i in ids)))
        found = [(kind, ids) for kind, ids in found if ids]
        if not found:
            return Target("map", journey_map.id)
        if len(found) > 1:
            return Target("mixed", journey_map.id, tuple(i for _, ids in found for i in ids))
        kind, chosen = found[0]
        if kind == "lanes":
            chosen = chosen[:1]  # one lane at a time: only its title is editable
        return Target(kind, journey_map.id, chosen)
