"""The inspector's page for a selection of different kinds: nothing to edit together."""

from __future__ import annotations

from mapstudio.model import JourneyMap, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.inspector.common import InspectorHost, InspectorPage, Target
from mapstudio.ui.widgets.labels import MutedLabel


class MixedPage(InspectorPage):
    """Items of different kinds selected: nothing sensible to edit together."""

    def __init__(self, dock: InspectorHost) -> None:
        super().__init__(dock)
        self.info = MutedLabel(
            translate(
                "Inspector",
                "Items of different kinds are selected. Select cards only, or emotion points "
                "only, to edit them together.",
            )
        )
        self.form.addRow(self.info)

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        self.dock.set_header(
            None,
            translate("Inspector", "{n} items").format(n=len(target.ids)),
            translate("Inspector", "Mixed selection"),
        )
