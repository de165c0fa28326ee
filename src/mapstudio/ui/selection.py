"""What the user has selected on the canvas: view state, never in the document.

The canvas writes it; the inspector, the personas dock and the menus read it. Ids are
kept rather than items, so the selection survives the scene updating its items.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class SelectionState:
    """The ids selected in one map (empty tuples when nothing of that kind is)."""

    map_id: str | None = None
    card_ids: tuple[str, ...] = ()
    point_ids: tuple[str, ...] = ()
    stage_ids: tuple[str, ...] = ()
    lane_ids: tuple[str, ...] = ()
    persona_ids: tuple[str, ...] = ()  # persona bands

    @property
    def is_empty(self) -> bool:
        return not (
            self.card_ids or self.point_ids or self.stage_ids or self.lane_ids or self.persona_ids
        )


class SelectionModel(QObject):
    """Holds the current SelectionState and says when it changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = SelectionState()

    @property
    def state(self) -> SelectionState:
        return self._state

    def set_state(self, state: SelectionState) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()

    def clear(self) -> None:
        self.set_state(SelectionState(map_id=self._state.map_id))
