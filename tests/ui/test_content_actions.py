"""Templates, spreadsheets and pictures from the window's menus."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QPushButton

from mapstudio.export.sheets import export_sheet
from mapstudio.fileformat import sheets
from mapstudio.fileformat.sheet_common import ImportCancelled, Progress
from mapstudio.ui import content_actions
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.template_gallery import TemplateGalleryDialog


def test_new_from_template_opens_an_unsaved_project(
    example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pick_saas_without_content(dialog: TemplateGalleryDialog) -> int:
        dialog.select("saas-onboarding")
        dialog.without_content.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(TemplateGalleryDialog, "exec", pick_saas_without_content)
    example_window.act_new_template.trigger()
    project = example_window.document.project
    assert example_window.document.path is None and not example_window.document.can_undo
    assert project.maps and all(not m.cards and not m.emotion_points for m in project.maps)
    assert any(len(m.stages) >= 4 for m in project.maps)
    titles = [example_window.tabs.tabText(i) for i in range(example_window.tabs.count())]
    assert titles == [m.title for m in project.maps]


@pytest.fixture
def reading_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads that read sheets during the test."""
    threads: list[threading.Thread] = []
    real = sheets._read_table

    def recorded(path: Path, steps: Progress) -> sheets.Table:
        threads.append(threading.current_thread())
        return real(path, steps)

    monkeypatch.setattr(sheets, "_read_table", recorded)
    return threads


def test_merge_a_spreadsheet_is_one_undo_step(
    example_window: MainWindow, tmp_path: Path, reading_threads: list[threading.Thread]
) -> None:
    window = example_window
    future = window.document.project.maps[1]
    sheet = tmp_path / "future.csv"
    export_sheet(window.document.project, sheet, [future.id])
    before = window.document.project
    count = len(window.current_map.cards)
    assert content_actions.merge_sheet_into_map(window, sheet)
    assert len(reading_threads) == 1 and reading_threads[0] is not threading.main_thread()
    assert len(window.current_map.cards) == count + len(future.cards)
    assert window.document.undo_label == "Merge Spreadsheet"
    assert window.document.undo_labels.count("Merge Spreadsheet") == 1
    window.document.undo()
    assert window.document.project == before


def test_importing_a_spreadsheet_reads_it_off_the_window_thread(
    example_window: MainWindow, tmp_path: Path, reading_threads: list[threading.Thread]
) -> None:
    sheet = tmp_path / "journey.xlsx"
    export_sheet(example_window.document.project, sheet)
    assert content_actions.import_sheet_as_project(example_window, sheet)
    assert len(reading_threads) == 1 and reading_threads[0] is not threading.main_thread()
    assert example_window.document.path is None
    assert sum(len(m.cards) for m in example_window.document.project.maps) > 0


@pytest.fixture
def endless_sheet(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Reading any sheet takes until Cancel is pressed (or 30 s, which fails the test);
    the progress dialog's Cancel button is pressed as soon as it shows."""
    seen: dict[str, object] = {"cancelled": False, "thread": None}

    def endless(path: Path, steps: Progress) -> sheets.Table:
        seen["thread"] = threading.current_thread()
        started = time.monotonic()
        while time.monotonic() - started < 30:
            try:
                steps.update((time.monotonic() - started) / 30)
            except ImportCancelled:
                seen["cancelled"] = True
                raise
            time.sleep(0.01)
        return sheets.Table(columns=["stage"], rows=[])

    monkeypatch.setattr(sheets, "_read_table", endless)
    return seen


def _press_cancel_when_shown(window: MainWindow) -> None:
    def look() -> None:
        dialogs = [d for d in window.findChildren(content_actions.ImportProgress) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, look)
            return
        buttons = dialogs[0].findChildren(QPushButton)
        assert [b.text() for b in buttons] == ["Cancel"]
        buttons[0].click()

    QTimer.singleShot(20, look)


def test_cancel_leaves_the_project_as_it_was(
    example_window: MainWindow, tmp_path: Path, endless_sheet: dict[str, object], dialogs
) -> None:  # type: ignore[no-untyped-def]
    window = example_window
    sheet = tmp_path / "big.csv"
    sheet.write_text("stage,title\nBuy,x\n", encoding="utf-8")
    before = window.document.project
    history = window.document.undo_labels
    _press_cancel_when_shown(window)
    assert not content_actions.merge_sheet_into_map(window, sheet)
    assert endless_sheet["cancelled"] is True
    assert endless_sheet["thread"] is not threading.main_thread()
    assert window.document.project is before
    assert window.document.undo_labels == history and not window.document.is_dirty
    assert "cancelled" in window.statusBar().currentMessage()
    assert dialogs.texts == []
    assert not [d for d in window.findChildren(content_actions.ImportProgress) if d.isVisible()]

    path = window.document.path
    _press_cancel_when_shown(window)
    assert not content_actions.import_sheet_as_project(window, sheet)
    assert window.document.project is before and window.document.path == path


def test_a_hostile_workbook_is_refused_in_plain_words_and_changes_nothing(
    example_window: MainWindow, tmp_path: Path, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "journey.xlsx"
    export_sheet(example_window.document.project, sheet)
    monkeypatch.setattr(
        sheets, "XLSX_LIMITS", sheets.XlsxLimits(sheet_rows=5)
    )  # the example has more rows than that
    before = example_window.document.project
    assert not content_actions.merge_sheet_into_map(example_window, sheet)
    assert example_window.document.project is before
    (text,) = dialogs.texts
    assert "journey.xlsx" in text and "5 rows" in text


def test_a_sheet_with_bad_rows_imports_the_rest_and_says_which(
    example_window: MainWindow, tmp_path: Path, dialogs
) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "bad.csv"
    export_sheet(example_window.document.project, sheet, [example_window.current_map.id])
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("kind")] = "card"
    row[header.index("lane_kind")] = "pain_points"
    row[header.index("severity")] = "9"
    lines.append(",".join(row))
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert content_actions.import_sheet_as_project(example_window, sheet)
    assert any("row" in text for text in dialogs.texts)
    imported = sum(len(m.cards) for m in example_window.document.project.maps)
    assert imported == len(example_window.document.project.maps[0].cards) > 0


def test_export_sheet_and_pictures_from_the_window(
    example_window: MainWindow, tmp_path: Path
) -> None:
    window = example_window
    assert content_actions.export_sheet_of_map(window, tmp_path / "map.xlsx")
    assert (tmp_path / "map.xlsx").stat().st_size > 0
    assert content_actions.export_picture(window, tmp_path / "map.png", dpi=36)
    image = QImage(str(tmp_path / "map.png"))
    ml = window.scene.map_layout
    assert ml is not None
    assert abs(image.width() - ml.width * 36 / 72) <= 2
    assert content_actions.export_picture(window, tmp_path / "map.svg")
    assert "<svg" in (tmp_path / "map.svg").read_text(encoding="utf-8")


def test_copy_as_image_puts_a_picture_of_the_selection_on_the_clipboard(
    example_window: MainWindow,
) -> None:
    window = example_window
    card = window.current_map.cards[0]
    window.editor.select_only([window.scene.card_items[card.id]])
    window.act_copy_image.trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    whole = window.scene.map_layout
    assert whole is not None and image.width() < whole.width
