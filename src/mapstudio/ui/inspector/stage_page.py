"""The inspector's page for a stage (a column): its name and description."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mapstudio.edit import UpdateStage
from mapstudio.model import JourneyMap, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.inspector.common import InspectorHost, InspectorPage, Target
from mapstudio.ui.widgets.fields import CommitLineEdit, CommitTextEdit
from mapstudio.ui.widgets.labels import MutedLabel


class StagePage(InspectorPage):
    """A stage (column): its name and description."""

    def __init__(self, dock: InspectorHost) -> None:
        super().__init__(dock)
        self.info = MutedLabel()
        self.form.addRow(self.info)
        self.header = self.section(translate("Inspector", "Stage"))
        self.name_edit = CommitLineEdit()
        self.name_edit.setPlaceholderText(translate("Inspector", "e.g. Checkout"))
        self.row(
            translate("Inspector", "Name"),
            self.name_edit,
            translate("Inspector", "The stage's name, shown in the header row"),
        )
        self.description_edit = CommitTextEdit(rows=4)
        self.description_edit.setPlaceholderText(
            translate("Inspector", "What happens in this phase")
        )
        self.row(
            translate("Inspector", "Description"),
            self.description_edit,
            translate("Inspector", "A note about this phase"),
        )
        self.name_edit.committed.connect(lambda text: self._update({"name": text}))
        self.description_edit.committed.connect(lambda text: self._update({"description": text}))

    def first_field(self) -> QWidget:
        return self.name_edit

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        one = len(target.ids) == 1
        self.show_rows(one, self.header, self.name_edit, self.description_edit)
        if not one:
            self.dock.set_header(
                None, translate("Inspector", "{n} stages").format(n=len(target.ids)), ""
            )
            self.info.setText(translate("Inspector", "Select one stage to rename it."))
            return
        index, stage = next(
            (i, s) for i, s in enumerate(journey_map.stages) if s.id == target.ids[0]
        )
        count = sum(1 for c in journey_map.cards if c.stage_id == stage.id)
        detail = translate("Inspector", "Stage {i} of {n} · {cards} cards").format(
            i=index + 1, n=len(journey_map.stages), cards=count
        )
        self.dock.set_header(None, stage.name or translate("Inspector", "Stage"), detail)
        self.info.setText(detail)
        self.name_edit.set_value(stage.name, force=force)
        self.description_edit.set_value(stage.description, force=force)

    def _update(self, changes: dict[str, Any]) -> None:
        self.dock.execute(UpdateStage(self.target.map_id, self.target.ids[0], changes))
