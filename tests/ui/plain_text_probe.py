"""Shows a project full of markup in every place the window can show project text.

`exercise` opens the project, selects each kind of thing, shows every tooltip, asks
every question and shows every message box that can hold project text or a file name.
The in-process test (test_plain_text.py) runs it with harmless markup and checks each
widget; run as a script, it points the markup at a FIFO: any widget that renders it as
rich text makes Qt open the FIFO and the script never finishes, which the test that
starts it (with a timeout) reports as a failure.

    python plain_text_probe.py FOLDER    # FOLDER holds the FIFO "f"; prints DONE
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from hostile_text import hostile_project, picture_markup
from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QListWidget,
    QMessageBox,
    QTabBar,
    QToolTip,
    QWidget,
)

from mapstudio.export.sheets import export_sheet
from mapstudio.fileformat import save_project
from mapstudio.fileformat.locks import LockInfo
from mapstudio.fileformat.recovery import RecoveryEntry
from mapstudio.ui import content_actions, map_actions
from mapstudio.ui.crash import CrashDialog
from mapstudio.ui.file_guard import ask_open_locked, ask_reload
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.recovery_dialog import RecoveryDialog

Step = Callable[[str], None]


def file_name_markup() -> str:
    """Markup that fits in a file name (no slash): a picture relative to the folder."""
    return picture_markup("f")


def exercise(window: MainWindow, folder: Path, markup: str, step: Step) -> None:
    """Everything that can show project text or a file name, one step at a time.

    `step(name)` is called after each thing is on screen; it renders and checks.
    """
    name_markup = file_name_markup()
    project_path = folder / f"{name_markup} trip.mapstudio"
    save_project(hostile_project(markup), project_path)

    damaged = folder / f"{name_markup}.mapstudio"
    damaged.write_text("{ this is not a project", encoding="utf-8")
    window.open_path(damaged)
    step("the error box of a damaged file with markup in its name")

    assert window.open_path(project_path)
    step("the window on the project")

    scene, editor = window.scene, window.editor
    for kind, items in (
        ("card", list(scene.card_items.values())),
        ("emotion point", list(scene.marker_items.values())),
        ("stage", list(scene.stage_items.values())),
        ("lane", list(scene.lane_items.values())),
        ("band", [item for key, item in scene.band_items.items() if key is not None]),
    ):
        assert items, kind
        _select(window, items[:1])
        step(f"one {kind} selected")
        _select(window, items[:3])
        step(f"several of kind {kind} selected")
    for item in scene.card_items.values():  # every kind of card has its own fields
        _select(window, [item])
    editor.clear_selection()
    step("the map page")

    show_all_tooltips(window)
    step("every tooltip")

    persona = window.current_map.bands[0]
    window.personas.select_persona(persona)
    step("the personas dock")
    window.personas.remove_from_map(persona)
    step("the remove-band question")
    window.personas.delete_persona(persona)
    step("the delete-persona question")
    map_actions.delete_map(window)
    step("the delete-map question")
    window.inspector.show_error(markup)
    window.personas.show_error(markup)
    window.statusBar().showMessage(markup)
    step("refusals in the docks and the status bar")

    info = LockInfo(None, markup, markup, markup, datetime.now(UTC))
    ask_open_locked(window, project_path, info)
    step("the file-already-open question")
    ask_reload(window, project_path, dirty=True)
    step("the changed-on-disk question")

    sheet = folder / f"{name_markup} sheet.csv"
    export_sheet(window.document.project, sheet, [window.current_map.id])
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("kind")] = "card"
    row[header.index("lane_kind")] = "pain_points"
    row[header.index("severity")] = "9"
    sheet.write_text("\n".join([*lines, ",".join(row)]) + "\n", encoding="utf-8")
    content_actions.import_sheet_as_project(window, sheet)
    step("the report of a spreadsheet import with markup in its name")
    broken_sheet = folder / f"{name_markup} broken.csv"
    broken_sheet.write_text("", encoding="utf-8")
    content_actions.import_sheet_as_project(window, broken_sheet)
    step("the error of a spreadsheet import")
    assert window.open_path(project_path)

    entry = RecoveryEntry(
        session_id="s1",
        project_path=folder / "recovery.mapstudio",
        original_path=project_path,
        title=markup,
        changed_at=None,
        pid=None,
        hostname=markup,
        app_version="0",
    )
    untitled = RecoveryEntry("s2", folder / "r2.mapstudio", None, markup, None, None, "", "0")
    recovery = RecoveryDialog([entry, untitled], window)
    recovery.show()
    step("the recovery dialog")
    recovery.close()

    error = ValueError(markup)
    crash = CrashDialog(ValueError, error, markup, folder / f"{name_markup}.log", parent=window)
    crash.add_exception(ValueError, error, markup)
    crash.show()
    step("the crash dialog")
    crash.close()

    _exercise_merge(window, folder, project_path, markup, step)

    from mapstudio.ui.export_dialog import ExportPdfDialog

    dialog = ExportPdfDialog(window.document.project, window.current_map.id, project_path, window)
    dialog.form.map_combo.setCurrentIndex(dialog.form.map_combo.findData(None))  # "All maps"
    dialog._update_preview()
    dialog.show()
    step("the PDF export dialog")
    dialog._error(f"Cannot write {project_path}: denied")
    step("the PDF export error")
    dialog.close()


def _exercise_merge(
    window: MainWindow, folder: Path, project_path: Path, markup: str, step: Step
) -> None:
    """Merge a Copy: the conflict dialog on every conflict, the summary, a copy that
    cannot be read, the drop question and conflicts a file holds, all with markup in
    the project's texts and the copy's file name."""
    from mapstudio.compare import merge, with_pending_conflicts
    from mapstudio.edit import DeleteCards, UpdateCard
    from mapstudio.fileformat import load_project
    from mapstudio.ui import merge_actions
    from mapstudio.ui.merge_dialog import ConflictDialog

    name_markup = file_name_markup()
    mailed = load_project(project_path)
    base = mailed.project
    journey_map = base.maps[0]
    first, second, third = (card.id for card in journey_map.cards[:3])
    ours = UpdateCard(journey_map.id, first, {"title": markup + "mine"}).apply(base)
    ours = DeleteCards(journey_map.id, (second,)).apply(ours)
    theirs = UpdateCard(journey_map.id, first, {"title": markup + "theirs"}).apply(base)
    theirs = UpdateCard(journey_map.id, second, {"body": markup + "edited"}).apply(theirs)
    result = merge(base, ours, theirs)
    two_way = merge(None, ours, theirs)
    for current, way in ((result, "three-way"), (two_way, "two-way")):
        dialog = ConflictDialog(
            current.conflicts,
            current.choices,
            other_name=f"'{name_markup} copy.mapstudio'",
            projects=(ours, theirs),
            two_way=current.two_way,
            parent=window,
        )
        dialog.show()
        for row in range(len(current.conflicts)):
            dialog.list.setCurrentRow(row)
            step(f"the {way} conflict dialog, conflict {row + 1}")
        dialog.close()

    pending = with_pending_conflicts(result.project, result.conflicts, result.choices)
    held = folder / f"{name_markup} held.mapstudio"
    save_project(pending, held)
    assert window.open_path(held)
    step("the bar of conflicts a file holds")
    stored = ConflictDialog(
        [conflict for conflict in result.conflicts],
        result.choices,
        other_name=f"'{held.name}'",
        projects=(pending,),
        pending=True,
        parent=window,
    )
    stored.show()
    step("the dialog of conflicts a file holds")
    stored.close()

    assert window.open_path(project_path)
    copy = folder / f"{name_markup} copy.mapstudio"
    changed = UpdateCard(journey_map.id, third, {"title": markup + "new"}).apply(base)
    save_project(changed, copy, parents=mailed.lineage.heads)
    merge_actions.merge_copy(window, copy)
    step("the summary of a merge")
    broken = folder / f"{name_markup} broken.mapstudio"
    broken.write_text("{ not a project", encoding="utf-8")
    merge_actions.merge_copy(window, broken)
    step("the error of a copy that cannot be read")
    merge_actions.dropped_project(window, copy)
    step("the question about a dropped project file")
    window.document.mark_clean()
    assert window.open_path(project_path)


def _select(window: MainWindow, items: list[QGraphicsItem]) -> None:
    window.editor.select_only(items)
    QApplication.processEvents()


def show_all_tooltips(window: MainWindow) -> None:
    """Every tooltip the window has, shown the way Qt shows it on hover."""
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if widget.toolTip():
            _help_event(widget, QPoint(2, 2))
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                _help_event(widget, widget.tabRect(index).center())
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                rect = widget.visualItemRect(widget.item(row))
                _help_event(widget.viewport(), rect.center())
    view = window.view
    for item in window.scene.items():
        if not item.toolTip():
            continue
        view.centerOn(item)
        QApplication.processEvents()
        _help_event(view.viewport(), view.mapFromScene(item.sceneBoundingRect().center()))
        # And directly, in case another item covers this one.
        QToolTip.showText(view.viewport().mapToGlobal(QPoint(5, 5)), item.toolTip(), view)
        QToolTip.hideText()


def _help_event(widget: QWidget, pos: QPoint) -> None:
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()
    QToolTip.hideText()


# -- the script ---------------------------------------------------------------------------


def _close_message_boxes(step: Step) -> None:
    """Answer every modal message box with Cancel once it has been drawn."""
    widget = QApplication.activeModalWidget()
    if isinstance(widget, QMessageBox):
        step(f"the box {widget.windowTitle()!r}")
        widget.done(QMessageBox.StandardButton.Cancel.value)


def main(folder: Path) -> int:
    from mapstudio.ui.app import create_application, release_offscreen_clipboard

    os.chdir(folder)  # relative picture sources in file names resolve here
    app = create_application([])

    def step(name: str) -> None:
        print(f"step: {name}", flush=True)
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.grab()  # paints every visible label, as the screen would

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(lambda: _close_message_boxes(step))
    closer.start()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    print("step: start", flush=True)
    exercise(window, folder, picture_markup(str(folder / "f")), step)
    window.document.mark_clean()
    window.close()
    closer.stop()
    release_offscreen_clipboard()
    del app
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
