"""Maps, stages, lanes and persona bands from the window's Map menu and context menus.

Each function is the body of one menu action of the main window (or fills one of its
menus); every change goes through a command, so each is one undo step. The strings keep
the "MainWindow" translation context they had when this code lived in the window.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from mapstudio.edit import (
    AddLane,
    AddMap,
    AddStage,
    DeleteLane,
    DeleteMap,
    DuplicateMapAsFutureState,
    MoveLane,
    UpdateMap,
)
from mapstudio.model import LANE_KIND_TITLES, LaneKind, Stage, blank_map, default_lane, find_lane
from mapstudio.ui.i18n import translate
from mapstudio.ui.plain import ask
from mapstudio.ui.preferences import load_preferences

if TYPE_CHECKING:
    from mapstudio.ui.main_window import MainWindow


def new_map(window: MainWindow) -> None:
    """Map ▸ New Map: a map with the classic stages and this map's personas."""
    project = window.document.project
    personas = tuple(p for p in project.personas if p.id in set(window.current_map.bands))
    number = len(project.maps) + 1
    journey_map = blank_map(translate("MainWindow", "Map {number}").format(number=number), personas)
    journey_map = journey_map.model_copy(update={"emotion_scale": load_preferences().emotion_scale})
    if window.run_command(AddMap(journey_map)):
        window.show_new_map(journey_map.id)


def rename_map(window: MainWindow) -> None:
    current = window.current_map
    title, ok = QInputDialog.getText(
        window,
        translate("MainWindow", "Rename map"),
        translate("MainWindow", "Map title:"),
        text=current.title,
    )
    title = " ".join(title.split())
    if ok and title and title != current.title:
        window.run_command(UpdateMap(current.id, {"title": title}))


def duplicate_as_future_state(window: MainWindow) -> None:
    current = window.current_map
    title = translate("MainWindow", "{title} — future state").format(title=current.title)
    command = DuplicateMapAsFutureState(current.id, title)
    if window.run_command(command):
        window.show_new_map(command.new_map_id)


def delete_map(window: MainWindow) -> None:
    current = window.current_map
    if len(window.document.project.maps) == 1:
        window.statusBar().showMessage(
            translate("MainWindow", "A project keeps at least one map."), 5000
        )
        return
    answer = ask(
        window,
        translate("MainWindow", "Delete map"),
        translate(
            "MainWindow", "Delete the map '{title}' with its {count} cards? You can undo this."
        ).format(title=current.title, count=len(current.cards)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.run_command(DeleteMap(current.id))


def tab_menu(window: MainWindow, pos: QPoint) -> None:
    """The context menu of the map tabs."""
    tabs = window.tabs
    index = tabs.tabAt(pos)
    if index >= 0:
        tabs.setCurrentIndex(index)
    actions = window.action_by_id
    menu = QMenu(window)
    menu.addAction(actions["new_map"])
    if index >= 0:
        for name in ("rename_map", "future_map", "delete_map"):
            menu.addAction(actions[name])
    menu.exec(tabs.mapToGlobal(pos))


def fill_lanes_menu(window: MainWindow, menu: QMenu) -> None:
    """Map ▸ Lanes, filled each time it opens: a tick per kind of lane the map has."""
    menu.clear()
    shown = {lane.kind for lane in window.current_map.lanes}
    for kind in LaneKind:
        action = menu.addAction(LANE_KIND_TITLES[kind])
        action.setCheckable(True)
        action.setChecked(kind in shown)
        action.toggled.connect(lambda on, k=kind: set_lane_kind_shown(window, k, on))


def set_lane_kind_shown(window: MainWindow, kind: LaneKind, shown: bool) -> None:
    """Add a lane of `kind`, or remove every lane of that kind (undoable)."""
    journey_map = window.current_map
    lanes = [lane for lane in journey_map.lanes if lane.kind is kind]
    if shown and not lanes:
        window.run_command(AddLane(journey_map.id, default_lane(kind)))
    elif not shown and lanes:
        with window.document.transaction(f"Remove {LANE_KIND_TITLES[kind]} Lane"):
            for lane in lanes:
                window.run_command(DeleteLane(journey_map.id, lane.id))


def add_context_entries(window: MainWindow, pos: QPointF, menu: QMenu) -> None:
    """The window's entries in the map's context menu: on a lane's label, moving,
    adding and deleting lanes; elsewhere, when the canvas offered nothing, Paste and
    Fit Map."""
    scene = window.scene
    hit = scene.map_layout.hit_test(pos.x(), pos.y()) if scene.map_layout else None
    if hit is None or hit.kind != "lane_label" or hit.lane_id is None:
        if menu.isEmpty():
            menu.addAction(window.action_by_id["paste"])
            menu.addSeparator()
            menu.addAction(window.action_by_id["zoom_fit"])
        return
    journey_map = window.current_map
    lane = find_lane(journey_map, hit.lane_id)
    lanes = [ln.id for ln in journey_map.lanes]
    index = lanes.index(lane.id)
    run = window.run_command
    up = menu.addAction(
        translate("MainWindow", "Move Lane Up"),
        lambda: run(MoveLane(journey_map.id, lane.id, index - 1)),
    )
    up.setEnabled(index > 0)
    down = menu.addAction(
        translate("MainWindow", "Move Lane Down"),
        lambda: run(MoveLane(journey_map.id, lane.id, index + 1)),
    )
    down.setEnabled(index < len(lanes) - 1)
    add = menu.addMenu(translate("MainWindow", "Add Lane Below"))
    for kind in LaneKind:
        entry = partial(_add_lane, window, journey_map.id, kind, index)
        add.addAction(LANE_KIND_TITLES[kind], entry)
    menu.addSeparator()
    menu.addAction(
        translate("MainWindow", "Delete Lane"), lambda: run(DeleteLane(journey_map.id, lane.id))
    )


def _add_lane(window: MainWindow, map_id: str, kind: LaneKind, above: int) -> None:
    """Map context menu ▸ Add Lane Below: a lane of `kind` below lane `above`."""
    window.run_command(AddLane(map_id, default_lane(kind), above + 1))


def add_stage(window: MainWindow) -> None:
    """A new stage after the selected one (or last), with its name open for typing."""
    journey_map = window.current_map
    ids = [stage.id for stage in journey_map.stages]
    selected = [i for i in window.selection.state.stage_ids if i in ids]
    index = ids.index(selected[-1]) + 1 if selected else len(ids)
    stage = Stage(name=translate("MainWindow", "New stage"))
    if window.run_command(AddStage(journey_map.id, stage, index)):
        window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        item = window.scene.stage_items.get(stage.id)
        if item is not None:
            window.editor.select_only([item])  # the Inspector shows the new stage
        window.editor.rename_stage(stage.id)  # and its name field scrolls into view


def add_persona_band(window: MainWindow) -> None:
    """A new persona in the library with a band on this map (one undo step); its
    name field in the Personas panel takes the keyboard."""
    personas = window.personas
    with window.document.transaction(translate("MainWindow", "Add Persona Band")):
        persona_id = personas.add_persona()
        if persona_id is None or not personas.add_to_map(persona_id):
            return
    personas.focus_persona(persona_id)
