"""The guide's remaining gestures and shortcuts, pressed for real: double-click to add a
card or an emotion point, the windows and dialogs each shortcut opens, and quitting."""

from __future__ import annotations

from pathlib import Path

import pytest
from driver import RealApp, Rect
from test_palette_drags import reveal_cell


def test_double_click_an_empty_cell_adds_a_card_and_types_its_title(example_app: RealApp) -> None:
    app = example_app
    cell = app.cell(kind="actions", stage_index=1)
    rect = Rect.of(cell["rect"])
    known = {c["id"] for c in app.current_map()["cards"]}
    app.input.double_click(rect.x + rect.w // 2, rect.y + rect.h - 5)
    app.wait_for(lambda: app.focus()["inline"], "the new card's field")
    app.input.type("Measures the hallway")
    app.input.key("Return")
    app.settle()
    added = [c for c in app.current_map()["cards"] if c["id"] not in known]
    assert [c["title"] for c in added] == ["Measures the hallway"]
    assert added[0]["stage_id"] == cell["stage_id"] and added[0]["lane_id"] == cell["lane_id"]


def test_double_click_the_emotion_lane_adds_a_point(example_app: RealApp) -> None:
    app = example_app
    cell = reveal_cell(app, "emotions", 4)
    rect = Rect.of(cell["rect"])
    before = {p["id"] for p in app.current_map()["emotion_points"]}
    curve = Rect.of(app.canvas()["curves"][cell["persona_id"]])
    app.input.double_click(rect.x + rect.w // 4, curve.y + curve.h - 6)
    app.settle()
    added = [p for p in app.current_map()["emotion_points"] if p["id"] not in before]
    assert len(added) == 1
    assert added[0]["stage_id"] == cell["stage_id"]
    assert added[0]["score"] == app.current_map()["emotion_scale"]["min"]


@pytest.mark.parametrize(
    ("keys", "dialog_class"),
    [
        ("ctrl+o", "QFileDialog"),
        ("ctrl+p", "ExportPdfDialog"),
        ("ctrl+shift+n", "TemplateGalleryDialog"),
        ("F1", "UserGuideDialog"),
    ],
)
def test_a_shortcut_opens_its_dialog(example_app: RealApp, keys: str, dialog_class: str) -> None:
    app = example_app
    app.input.key(keys)
    dialogs = app.wait_for(lambda: app.state()["dialogs"], f"the dialog of {keys}")
    assert dialogs[0]["class"] == dialog_class, dialogs
    # Esc goes to the window that has the keyboard: wait until the new one has it.
    app.wait_for(lambda: app.focus()["active_window"] == dialog_class, "the dialog's focus")
    app.input.key("Escape")
    app.wait_for(lambda: not app.state()["dialogs"], "the dialog to close")


def test_ctrl_q_with_unsaved_changes_asks_first(example_app: RealApp, example_file: Path) -> None:
    app = example_app
    card = next(c for c in app.current_map()["cards"] if c["title"])
    app.input.click(*Rect.of(app.canvas()["cards"][card["id"]]).center)
    app.input.key("Delete")
    app.settle()
    app.input.key("ctrl+q")
    dialog = app.wait_for(lambda: next(iter(app.state()["dialogs"]), None), "the question")
    assert "Save" in dialog["buttons"], dialog
    app.input.click(*Rect.of(dialog["buttons"]["Save"]).center)
    assert app.process is not None
    app.process.wait(timeout=20)
    saved = example_file.read_text(encoding="utf-8")
    assert card["id"] not in saved  # the deletion was saved before quitting


def test_after_exporting_a_pdf_the_window_has_the_keyboard_again(
    example_app: RealApp, real_home: Path
) -> None:
    app = example_app
    pdf = real_home / "poster.pdf"
    app.input.key("ctrl+p")
    dialog = app.wait_for(
        lambda: next((d for d in app.state()["dialogs"] if d["class"] == "ExportPdfDialog"), None),
        "the export dialog",
        timeout=30,
    )
    app.wait_for(lambda: app.focus()["active_window"] == "ExportPdfDialog", "the dialog's focus")
    app.input.click(*Rect.of(dialog["buttons"]["Export…"]).center)
    app.wait_for(
        lambda: any(d["class"] == "QFileDialog" for d in app.state()["dialogs"]),
        "the file dialog",
    )
    app.input.key("ctrl+a")
    app.input.type(str(pdf))
    app.input.key("Return")
    app.wait_for(lambda: pdf.exists() and pdf.stat().st_size > 0, pdf.name, timeout=90)
    done = app.wait_for(
        lambda: next((d for d in app.state()["dialogs"] if "OK" in d["buttons"]), None),
        "the confirmation",
        timeout=30,
    )
    app.input.click(*Rect.of(done["buttons"]["OK"]).center)
    app.wait_for(lambda: not app.state()["dialogs"], "the dialogs to close")
    # The keyboard is back in the window: its shortcuts work without a click first.
    app.wait_for(lambda: app.focus()["active_window"] == "MainWindow", "the window's focus")
    app.input.key("F1")
    dialogs = app.wait_for(lambda: app.state()["dialogs"], "the guide from F1")
    assert dialogs[0]["class"] == "UserGuideDialog", dialogs
