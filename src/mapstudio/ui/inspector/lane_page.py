"""The inspector's page for a lane (a row): its title; kind and scope are shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mapstudio.edit import UpdateLane
from mapstudio.model import LANE_KIND_TITLES, JourneyMap, Lane, LaneScope, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.inspector.common import InspectorHost, InspectorPage, Target
from mapstudio.ui.widgets.fields import CommitLineEdit
from mapstudio.ui.widgets.labels import MutedLabel


class LanePage(InspectorPage):
    """A lane (row): its title; kind and scope are shown, not edited."""

    def __init__(self, dock: InspectorHost) -> None:
        super().__init__(dock)
        self.header = self.section(translate("Inspector", "Lane"))
        self.title_edit = CommitLineEdit()
        self.row(
            translate("Inspector", "Title"),
            self.title_edit,
            translate("Inspector", "The lane's label in the left column"),
        )
        self.kind_label = MutedLabel()
        self.row(
            translate("Inspector", "Kind"),
            self.kind_label,
            translate("Inspector", "What the lane holds; fixed once it has cards"),
        )
        self.scope_label = MutedLabel()
        self.row(translate("Inspector", "Shown"), self.scope_label)
        self.title_edit.committed.connect(self._rename)
        self._lane: Lane | None = None

    def first_field(self) -> QWidget:
        return self.title_edit

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        lane = next(ln for ln in journey_map.lanes if ln.id == target.ids[0])
        self._lane = lane
        kind_title = translate("Inspector", LANE_KIND_TITLES[lane.kind])
        self.dock.set_header(lane.kind, lane.title or kind_title, translate("Inspector", "Lane"))
        self.title_edit.setPlaceholderText(kind_title)
        self.title_edit.set_value(lane.title, force=force)
        self.kind_label.setText(kind_title)
        self.scope_label.setText(
            translate("Inspector", "In every persona band")
            if lane.scope is LaneScope.PERSONA
            else translate("Inspector", "Once, shared by all personas")
        )

    def _rename(self, text: str) -> None:
        self.dock.execute(UpdateLane(self.target.map_id, self.target.ids[0], {"title": text}))
