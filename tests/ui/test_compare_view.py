"""View ▸ Compare With…: marks on a read-only canvas, the Changes dock, stepping, the PDF
(offscreen; the real-input tier drives the menu and keys in tests/realinput)."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mapstudio.edit import DeleteCards, UpdateCard
from mapstudio.fileformat import save_project
from mapstudio.model import find_map
from mapstudio.ui.canvas.marks import CardMarkItem, DeltaItem, LegendItem, OtherCurveItem
from mapstudio.ui.compare_view import CompareDialog
from mapstudio.ui.main_window import MainWindow


def marks_by_kind(window: MainWindow) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for item in window.compare.scene.items():
        if isinstance(item, CardMarkItem):
            found.setdefault(item.kind, set()).add(item.card_id)
    return found


def test_comparing_with_the_future_state_marks_every_change_on_its_card(
    example_window: MainWindow,
) -> None:
    window = example_window
    assert window.compare.compare_with_map("future-map")
    compare = window.compare
    assert compare.view.isVisible() and not window.view.isVisible()
    comparison = compare.comparison
    assert comparison is not None and comparison.map_id == "future-map"
    kinds = marks_by_kind(window)
    expected: dict[str, set[str]] = {}
    for card_id, marks in comparison.card_marks.items():
        strongest = next(k for k in ("removed", "added", "changed", "moved") if k in marks)
        expected.setdefault(strongest, set()).add(card_id)
    assert kinds == expected
    assert {"added", "removed", "changed"} <= set(kinds)
    # Each mark item sits on its card's box: the card of an added mark is a new card.
    future = {c.id for c in find_map(window.project, "future-map").cards}
    current = {c.id for c in find_map(window.project, "current-map").cards}
    for item in compare.mark_items.values():
        card_item = compare.scene.card_items[item.card_id]
        assert item.sceneBoundingRect().contains(card_item.sceneBoundingRect().center())
        if item.kind == "added":
            assert item.card_id in future
        if item.kind == "removed":
            assert item.card_id in current and item.card_id not in future
    # The legend above the map, the other side's curve, a difference per stage.
    legend = [i for i in compare.scene.items() if isinstance(i, LegendItem)]
    assert len(legend) == 1
    words = " ".join(legend[0].words)
    assert "Added (" in words and "Removed (" in words and "Moved (" in words
    assert (
        legend[0].sceneBoundingRect().bottom()
        < compare.scene.stage_items[comparison.journey_map.stages[0].id].sceneBoundingRect().top()
    )
    assert any(isinstance(i, OtherCurveItem) for i in compare.scene.items())
    deltas = [i.text for i in compare.scene.items() if isinstance(i, DeltaItem)]
    assert deltas and all(t[0] in "+–±" for t in deltas)
    # The dock lists every change, under a heading per stage.
    assert len(compare.dock.rows()) == len(comparison.entries)
    assert compare.dock.isVisible()


def test_stepping_selects_each_change_on_the_canvas(example_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = example_window
    window.compare.compare_with_map("future-map")
    compare = window.compare
    entries = compare.dock.entries
    first_card = next(i for i, e in enumerate(entries) if e.kind == "card")
    for _ in range(first_card + 1):
        compare.act_next.trigger()
    assert compare.dock.current_entry() == entries[first_card]
    assert compare.selected_card_ids() == [entries[first_card].record_id]
    compare.act_next.trigger()
    assert compare.dock.current_entry() == entries[first_card + 1]
    compare.act_previous.trigger()
    assert compare.selected_card_ids() == [entries[first_card].record_id]
    # Choosing a row selects its card too.
    last_card = max(i for i, e in enumerate(entries) if e.kind == "card")
    rows = [
        i
        for i in range(compare.dock.list.count())
        if compare.dock.list.item(i).data(0x0100) is not None
    ]
    compare.dock.list.setCurrentRow(rows[last_card])
    assert compare.selected_card_ids() == [entries[last_card].record_id]


def test_stop_comparing_clears_the_marks_and_brings_the_editing_canvas_back(
    example_window: MainWindow,
) -> None:
    window = example_window
    window.compare.compare_with_map("future-map")
    window.compare.act_stop.trigger()
    compare = window.compare
    assert not compare.active
    assert not [i for i in compare.scene.items() if isinstance(i, CardMarkItem | LegendItem)]
    assert not compare.view.isVisible() and window.view.isVisible()
    assert not compare.dock.isVisible() and compare.dock.rows() == []
    assert not compare.act_next.isEnabled()
    # The editing scene never had marks.
    assert not [i for i in window.scene.items() if isinstance(i, CardMarkItem)]


def test_an_edit_while_comparing_updates_the_marks(example_window: MainWindow) -> None:
    window = example_window
    window.compare.compare_with_map("future-map")
    compare = window.compare
    added = next(i.card_id for i in compare.mark_items.values() if i.kind == "added")
    rows = len(compare.dock.rows())
    # Deleting an added card takes its mark and its row away: nothing changed there now.
    assert window.run_command(DeleteCards("future-map", (added,)))
    assert added not in compare.mark_items and added not in compare.scene.card_items
    assert len(compare.dock.rows()) == rows - 1
    # A new body on a changed card keeps its mark and lists the new text.
    changed = next(i.card_id for i in compare.mark_items.values() if i.kind == "changed")
    assert window.run_command(UpdateCard("future-map", changed, {"body": "A new body"}))
    assert compare.mark_items[changed].kind == "changed"
    assert any("→ 'A new body'" in row for row in compare.dock.rows())
    # Edit ▸ Undo while comparing (as the guide says): the marks follow it back.
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert not any("→ 'A new body'" in row for row in compare.dock.rows())
    window.act_undo.trigger()
    assert added in compare.mark_items and len(compare.dock.rows()) == rows


def test_compare_with_the_same_map_in_another_file(
    example_window: MainWindow, tmp_path: Path
) -> None:
    window = example_window
    window.select_map("current-map")
    first = find_map(window.project, "current-map").cards[0]
    second = find_map(window.project, "current-map").cards[1]
    other = UpdateCard("current-map", first.id, {"title": "Slow"}).apply(window.project)
    other = DeleteCards("current-map", (second.id,)).apply(other)
    path = tmp_path / "sent.mapstudio"
    save_project(other, path)
    assert window.compare.compare_with_file(path)
    kinds = marks_by_kind(window)
    # The file is the older side: the open document changed the title back and has the
    # card the file lacks.
    assert first.id in kinds["changed"] and second.id in kinds["added"]
    rows = window.compare.dock.rows()
    assert any(f"title: 'Slow' → '{first.title}'" in row for row in rows)


def test_the_same_map_in_another_file_is_named_by_its_file(
    example_window: MainWindow, tmp_path: Path
) -> None:
    """Both sides have the map's title: the legend, the curve key, the dock and the PDF
    name them by where they come from, not 'Current state' twice."""
    window = example_window
    window.select_map("current-map")
    title = find_map(window.project, "current-map").title
    first = find_map(window.project, "current-map").cards[0]
    other = UpdateCard("current-map", first.id, {"title": "Slow"}).apply(window.project)
    path = tmp_path / "example-orig.mapstudio"
    save_project(other, path)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    assert window.compare.compare_with_file(path)
    compare = window.compare
    (legend,) = [i for i in compare.scene.items() if isinstance(i, LegendItem)]
    words = list(legend.words)
    assert words[0] == "Changes from 'example-orig.mapstudio' to 'This file'"
    # The curve key: this side solid, the other dashed.
    assert "This file" in words and "example-orig.mapstudio" in words
    assert f"'{title}' to '{title}'" not in compare.dock.heading.text()
    assert "example-orig.mapstudio" in compare.dock.heading.text()
    out = tmp_path / "changes.pdf"
    assert compare.export_pdf(out)
    saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(1_700_000_000))
    assert window.document.path is not None
    for page in PdfReader(out).pages:
        text = " ".join(page.extract_text().split())
        assert "example-orig.mapstudio" in text and "This file" in text
        assert f"'{title}' to '{title}'" not in text
    first_text = " ".join(PdfReader(out).pages[1].extract_text().split())
    assert saved in first_text and window.document.path.name in first_text


def test_a_file_that_cannot_be_read_is_said_in_words(
    example_window: MainWindow, tmp_path: Path, dialogs
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "broken.mapstudio"
    bad.write_text("{ not json", encoding="utf-8")
    assert not example_window.compare.compare_with_file(bad)
    assert not example_window.compare.active
    assert dialogs.shown and "Cannot compare" in dialogs.shown[-1].windowTitle()


def test_the_compare_dialog_offers_the_future_state_first(example_window: MainWindow) -> None:
    window = example_window
    window.select_map("current-map")
    dialog = CompareDialog(window, window.project, "current-map", [])
    assert dialog.map_button.isChecked() and dialog.maps.currentData() == "future-map"
    assert not dialog.revision_button.isEnabled()
    dialog._accept()
    assert (dialog.choice, dialog.map_id) == ("map", "future-map")


def test_the_comparison_exports_as_a_pdf(example_window: MainWindow, tmp_path: Path) -> None:
    window = example_window
    window.compare.compare_with_map("future-map")
    out = tmp_path / "changes.pdf"
    assert window.compare.export_pdf(out)
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    first = reader.pages[0].extract_text()
    assert "Changes from 'Current state' to 'Future state'" in first
    assert "Removed (" in first


def test_stopping_puts_the_docks_back_and_closing_the_window_stops_comparing(
    example_window: MainWindow,
) -> None:
    window = example_window
    before = window.inspector.height()
    window.compare.compare_with_map("future-map")
    window.compare.stop()
    assert window.inspector.height() == before
    assert window.inspector.isVisible() and not window.compare.dock.isVisible()
    window.compare.compare_with_map("future-map")
    window.document.mark_clean()
    window.close()
    assert not window.compare.active


def test_compare_with_a_stored_revision_this_document_descends_from(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.edit import Document
    from mapstudio.fileformat import load_project
    from mapstudio.fileformat.envelope import Lineage
    from mapstudio.fileformat.revisions import RevisionStore
    from mapstudio.resources import resource

    project = load_project(resource("examples/online-purchase.mapstudio")).project
    store = RevisionStore(tmp_path / "revisions")
    card = find_map(project, "current-map").cards[0]
    older = UpdateCard("current-map", card.id, {"title": "As it was saved"}).apply(project)
    today_at_9 = datetime.now().astimezone().replace(hour=9, minute=5, second=0)
    yesterday_at_14 = (today_at_9 - timedelta(days=1)).replace(hour=14, minute=2)
    assert store.remember(Lineage("rev-old", (), saved_at=yesterday_at_14.timestamp()), older)
    assert store.remember(
        Lineage("rev-new", ("rev-old",), saved_at=today_at_9.timestamp()), project
    )
    # Opening the file again later does not make it "saved" later.
    assert store.remember(Lineage("rev-new", ("rev-old",), saved_at=None), project)
    window = MainWindow(Document(project, parents=("rev-new",)))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    window.compare.store = store
    # Both saves are offered, the nearest first, by when they were saved (not an id).
    assert window.compare._revisions() == [
        ("rev-new", "Saved today at 9:05 — the last save"),
        ("rev-old", "Saved yesterday at 14:02 — 2 saves back"),
    ]
    assert window.compare.compare_with_revision("rev-old")
    assert window.compare.mark_items[card.id].kind == "changed"
    # Both sides are 'Current state': the revision is named by when it was saved.
    (legend,) = [i for i in window.compare.scene.items() if isinstance(i, LegendItem)]
    saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(store.stored_at("rev-old") or 0))
    assert legend.words[0] == f"Changes from 'Saved {saved}' to 'This file'"
    assert any(
        f"title: 'As it was saved' → '{card.title}'" in r for r in window.compare.dock.rows()
    )
    assert not window.compare.compare_with_revision("rev-unknown")


def test_zoom_acts_on_the_compare_canvas_and_the_status_bar_shows_its_zoom(
    example_window: MainWindow,
) -> None:
    window = example_window
    editor_zoom = window.view.zoom
    assert window.compare.compare_with_map("future-map")
    compare = window.compare.view
    before = compare.zoom
    assert window.zoom_label.text() == f"{before * 100:.0f} %"
    window.act_zoom_in.trigger()
    assert compare.zoom > before
    assert window.view.zoom == editor_zoom  # the hidden editing canvas stays as it was
    assert window.zoom_label.text() == f"{compare.zoom * 100:.0f} %"
    window.act_zoom_100.trigger()
    assert compare.zoom == pytest.approx(1.0) and window.zoom_label.text() == "100 %"
    # Ctrl+wheel zooms the compare canvas through set_zoom: the status bar follows.
    compare.set_zoom(0.5, anchor_under_mouse=True)
    assert window.zoom_label.text() == "50 %"
    window.compare.stop()
    assert window.view.zoom == pytest.approx(editor_zoom)
    assert window.zoom_label.text() == f"{editor_zoom * 100:.0f} %"


def test_enter_after_choosing_a_file_compares(
    example_window: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The Choose File… button must not keep Enter: Enter compares, it does not open
    the file picker again."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QFileDialog

    path = tmp_path / "sent.mapstudio"
    save_project(example_window.project, path)
    asked: list[str] = []

    def pick(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append("picker")
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    dialog = CompareDialog(example_window, example_window.project, "current-map", [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.file_button.setChecked(True)
    dialog.file_choose.setFocus()
    qtbot.keyClick(dialog.file_choose, Qt.Key.Key_Space)  # press the button by keyboard
    assert asked == ["picker"] and dialog.path == path
    # Enter goes to the widget of the dialog that has the keyboard.
    focused = dialog.focusWidget() or dialog
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert asked == ["picker"]  # not asked again
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "file"


def test_delete_while_comparing_never_deletes_the_hidden_editor_selection(
    example_window: MainWindow,
) -> None:
    """A card selected in the editor before comparing is hidden while comparing:
    Delete, Cut and Select All then Delete must not remove anything nobody sees."""
    window = example_window
    window.select_map("current-map")
    card_id = next(iter(window.scene.card_items))
    window.scene.card_items[card_id].setSelected(True)
    assert window.act_delete.isEnabled()
    before = window.project
    assert window.compare.compare_with_map("future-map")
    for action in (window.act_delete, window.act_cut, window.act_select_all):
        assert not action.isEnabled()
    window.act_select_all.trigger()
    window.act_delete.trigger()
    window.act_cut.trigger()
    assert window.project is before
    window.compare.stop()
    assert window.act_delete.isEnabled()  # the editor's selection is back on screen


def test_a_file_beyond_the_limits_is_compared_with_a_word_about_what_is_left_out(
    example_window: MainWindow, beyond_the_map_limit: Path, dialogs
) -> None:  # type: ignore[no-untyped-def]
    assert example_window.compare.compare_with_file(beyond_the_map_limit)
    assert example_window.compare.active
    box = dialogs.shown[-1]
    assert box.windowTitle() == "Part of that file is left out"
    assert "more than the 25 this version of mapstudio holds" in box.text()
    example_window.compare.stop()
