"""What every page of the inspector shares: the target, the page base, form helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QWidget

from mapstudio.edit import Command, Document
from mapstudio.model import JourneyMap, LaneKind, Project
from mapstudio.ui.widgets.fields import CommitLineEdit, CommitTextEdit
from mapstudio.ui.widgets.labels import SectionHeader

TargetKind = Literal["map", "cards", "points", "stages", "lanes", "bands", "mixed"]


class InspectorHost(Protocol):
    """What a page asks of the dock that shows it (InspectorDock)."""

    document: Document

    def execute(self, command: Command) -> bool:
        """Run a command; a refusal is shown, not raised."""
        ...

    def run_steps(self, steps: Callable[[], object]) -> bool:
        """Run steps that execute several commands in one transaction."""
        ...

    def show_error(self, message: str) -> None: ...

    def set_header(self, kind: LaneKind | None, title: str, detail: str) -> None: ...

    def request_persona_focus(self, persona_id: str) -> None: ...


@dataclass(frozen=True)
class Target:
    """What the inspector edits: a kind, the map and the ids that still exist."""

    kind: TargetKind
    map_id: str
    ids: tuple[str, ...] = ()


def common_value(values: Sequence[Any]) -> tuple[Any, bool]:
    """The shared value and False, or (None, True) when the values disagree."""
    first = values[0] if values else None
    if all(value == first for value in values):
        return first, False
    return None, True


def form_layout() -> QFormLayout:
    """A page's form: labels right-aligned beside fields that grow with the dock."""
    form = QFormLayout()
    form.setContentsMargins(14, 8, 14, 12)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(7)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def described(widget: QWidget, name: str, tip: str = "") -> QWidget:
    """Accessible name and tooltip in one place, so no field goes without them."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    return widget


class InspectorPage(QWidget):
    """One form of the inspector; `load` fills it from the project for `target`."""

    def __init__(self, dock: InspectorHost) -> None:
        super().__init__()
        self.dock = dock
        self.form = form_layout()
        self.setLayout(self.form)
        self.target = Target("map", "")

    # Building blocks ------------------------------------------------------------------

    def section(self, title: str) -> SectionHeader:
        header = SectionHeader(title)
        self.form.addRow(header)
        return header

    def row(self, label: str, widget: QWidget, tip: str = "") -> QWidget:
        described(widget, label, tip)
        self.form.addRow(label, widget)
        return widget

    def show_rows(self, visible: bool, *widgets: QWidget) -> None:
        for widget in widgets:
            self.form.setRowVisible(widget, visible)

    def commit_widgets(self) -> list[CommitLineEdit | CommitTextEdit]:
        return [
            w for w in self.findChildren(QWidget) if isinstance(w, CommitLineEdit | CommitTextEdit)
        ]

    def flush(self) -> None:
        """Finish any edit in progress (before the target changes)."""
        for widget in self.commit_widgets():
            if widget.isVisibleTo(self):
                widget.commit()

    def first_field(self) -> QWidget | None:
        return None

    # To implement ---------------------------------------------------------------------

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        raise NotImplementedError
