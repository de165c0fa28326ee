"""Edge cases a designer hits by accident: things that vanish mid-gesture or mid-edit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from mapstudio.edit import AddStage, DeleteStage
from mapstudio.fileformat import load_project
from mapstudio.fileformat.locks import lock_path_for
from mapstudio.model import LaneKind, Stage
from mapstudio.ui.main_window import MainWindow

NO_MOD = Qt.KeyboardModifier.NoModifier


def _click_empty_cell(window: MainWindow) -> QPointF:
    ml = window.scene.map_layout
    assert ml is not None
    cell = next(c for c in ml.cells.values() if c.accepts_cards and c.kind is LaneKind.ACTIONS)
    point = QPointF(cell.rect.x + cell.rect.w / 2, cell.rect.bottom - 2)
    window.editor.press(point, NO_MOD)
    window.editor.release(point)
    return point


@pytest.mark.parametrize("change", ["other map", "collapse band", "delete stage"])
def test_keyboard_after_the_remembered_cell_is_gone(
    example_window: MainWindow, change: str
) -> None:
    window = example_window
    _click_empty_cell(window)
    journey_map = window.current_map
    if change == "other map":
        window.tabs.setCurrentIndex(1)
    elif change == "collapse band":
        window.toggle_band_collapsed(journey_map.bands[0])
    else:
        window.document.execute(DeleteStage(journey_map.id, journey_map.stages[0].id))
    count = len(window.current_map.cards)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Right)  # no exception
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor.inline_editor
    if editor is not None:
        editor.cancel()
    # Ctrl+Enter either added a card somewhere visible, or nothing at all.
    added = [c for c in window.current_map.cards if c.id not in {c.id for c in journey_map.cards}]
    assert len(window.current_map.cards) in (count, count + 1)
    for card in added:
        assert card.id in window.scene.card_items


def test_text_being_typed_is_saved_and_asked_about(example_window: MainWindow, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = example_window
    card = window.current_map.cards[0]
    window.editor.edit_card_text(card.id, None)
    editor = window.editor.inline_editor
    assert editor is not None
    editor.editor.setPlainText("Typed just before saving")
    assert window.save()
    saved = load_project(window.document.path).project
    assert saved.maps[0].cards[0].title == "Typed just before saving"

    window.editor.edit_card_text(card.id, None)
    editor = window.editor.inline_editor
    assert editor is not None
    editor.editor.setPlainText("Typed just before closing")
    dialogs.answer = dialogs.answer.Cancel
    assert window.files.confirm_discard() is False  # the pending text made it ask
    assert window.current_map.cards[0].title == "Typed just before closing"


def test_a_dragged_stage_removed_by_undo_mid_drag(example_window: MainWindow) -> None:
    window = example_window
    stage = Stage(name="Temporary")
    window.document.execute(AddStage(window.current_map.id, stage, 0))
    rect = window.scene.stage_items[stage.id].box.rect
    start = QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)
    window.editor.press(start, NO_MOD)
    window.editor.move(start + QPointF(300, 0))
    window.document.undo()
    assert window.editor.release(start + QPointF(300, 0)) in (True, False)
    assert stage.id not in {s.id for s in window.current_map.stages}


def test_an_edit_box_whose_card_is_undone_away_closes_quietly(
    example_window: MainWindow,
) -> None:
    window = example_window
    hit_point = _click_empty_cell(window)
    hit = window.scene.map_layout.hit_test(hit_point.x(), hit_point.y())  # type: ignore[union-attr]
    card_id = window.editor.add_card_in_cell(hit, edit=True)  # type: ignore[arg-type]
    assert card_id is not None and window.editor.inline_editor is not None
    window.document.undo()
    assert window.editor.inline_editor is None or not window.editor.inline_editor.active
    assert "no card" not in window.statusBar().currentMessage()


def test_reopening_the_open_file_keeps_its_lock(qtbot, tmp_path: Path, example_copy: Path) -> None:  # type: ignore[no-untyped-def]
    project_file = tmp_path / "mine.mapstudio"
    shutil.copy(example_copy, project_file)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(project_file)
    assert window.files.open_recent(project_file) is None
    assert not window.files.read_only and window.act_save.isEnabled()
    assert lock_path_for(project_file.resolve()).exists()
