"""The Export PDF dialog's reading distance: the control, the verdict, the one-click advice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from ui_support import DialogRecorder

from mapstudio.export import MM, PAGE_SIZES
from mapstudio.fileformat import load_project
from mapstudio.model import Project
from mapstudio.ui.export_dialog import CUSTOM, ExportPdfDialog
from mapstudio.ui.settings import config_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pdf_support import text_runs

BLUEPRINT = Path(__file__).resolve().parents[2] / "resources/templates/service-blueprint.mapstudio"


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("MAPSTUDIO_CONFIG_DIR", str(folder))
    assert config_dir() == folder
    return folder


@pytest.fixture
def project() -> Project:
    return load_project(BLUEPRINT).project


@pytest.fixture
def dialog(qtbot, project: Project) -> ExportPdfDialog:  # type: ignore[no-untyped-def]
    dlg = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(dlg)
    return dlg


def _select(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_distance_presets_and_other_distance(dialog: ExportPdfDialog) -> None:
    assert dialog.options().distance == 1.5
    assert not dialog.form.distance_spin.isEnabled()
    assert "6.0 mm" in dialog.form.rule_label.text()
    _select(dialog.form.distance_combo, "table")
    assert dialog.options().distance == 0.7
    assert "2.8 mm" in dialog.form.rule_label.text()
    _select(dialog.form.distance_combo, "other")
    assert dialog.form.distance_spin.isEnabled()
    dialog.form.distance_spin.setValue(3.0)
    assert dialog.options().distance == 3.0
    assert "12.0 mm" in dialog.form.rule_label.text()
    dialog._update_preview()
    # The preview's plan is sized for 3 m: its checks ask for 12 mm capitals.
    plan = dialog.preview.plan
    assert plan is not None and plan.distance == 3.0
    assert all(check.needed == pytest.approx(12.0) for check in plan.text_checks)


def test_card_text_choice_reaches_the_options(dialog: ExportPdfDialog) -> None:
    for value in ("titles", "text", "everything"):
        _select(dialog.form.card_text_combo, value)
        assert dialog.options().card_text == value


def test_a_small_page_lists_what_fails_and_offers_the_size_that_passes(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: ExportPdfDialog,
    project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    _select(dialog.form.page_combo, "A1")
    dialog._update_preview()
    verdict = dialog.notes.text_label.text()
    assert "too small to read from 1.5 m" in verdict.lower()
    assert "card titles" in verdict and "% too small" in verdict
    assert dialog.notes.advice_button.isVisibleTo(dialog)
    advice = dialog.notes.advice
    assert advice is not None and advice.page == PAGE_SIZES["A0"] and advice.tile is None
    assert dialog.notes.advice_button.text() == f"Use A0 {advice.orientation}"
    # One click: the page the advice names, and the verdict turns.
    qtbot.mouseClick(dialog.notes.advice_button, Qt.MouseButton.LeftButton)
    options = dialog.options()
    assert options.page == PAGE_SIZES["A0"] and options.orientation == advice.orientation
    assert options.tile is None and not options.auto_page
    assert "every text reads from 1.5 m" in dialog.notes.text_label.text().lower()
    assert not dialog.notes.advice_button.isVisibleTo(dialog)
    # And the PDF it writes passes, read back from the file.
    out = tmp_path / "advised.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "PDF (*.pdf)"))
    )
    dialog.export()
    titles = {card.title for card in project.maps[0].cards}
    caps = [r.cap_mm for r in text_runs(out) if "Bold" in r.font and r.text in titles]
    assert caps and min(caps) >= 6.0 * 0.998


def test_on_office_paper_the_advice_is_a_tiling(
    qtbot,
    dialog: ExportPdfDialog,  # type: ignore[no-untyped-def]
) -> None:
    _select(dialog.form.page_combo, "A3")
    dialog._update_preview()
    assert dialog.notes.advice_button.text().startswith("Use A0 ")
    assert " on " in dialog.notes.advice_button.text()
    assert dialog.notes.advice_button.text().endswith(" A3 sheets")
    qtbot.mouseClick(dialog.notes.advice_button, Qt.MouseButton.LeftButton)
    options = dialog.options()
    assert options.page == PAGE_SIZES["A0"] and options.tile == PAGE_SIZES["A3"]
    assert dialog.form.tile_group.isChecked()
    assert "every text reads" in dialog.notes.text_label.text().lower()


def test_advice_beyond_a0_picks_2a0_by_name(
    qtbot,
    example_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """2A0 is in the paper list: the advice picks it there, and the summary says 2A0,
    not "Custom…" and what the custom fields would spell (1189mmx1682mm)."""
    example = load_project(example_path).project
    dlg = ExportPdfDialog(example, example.maps[1].id, None)
    qtbot.addWidget(dlg)
    _select(dlg.form.page_combo, "A0")
    dlg._update_preview()
    assert dlg.notes.advice_button.text() == "Use 2A0 portrait (1189 × 1682 mm)"
    qtbot.mouseClick(dlg.notes.advice_button, Qt.MouseButton.LeftButton)
    assert dlg.form.page_combo.currentData() == "2A0" != CUSTOM
    assert dlg.form.page_combo.currentText().startswith("2A0  (1189 × 1682 mm)")
    page = dlg.options().page
    assert (page.width / MM, page.height / MM) == pytest.approx((1189, 1682), abs=0.1)
    assert "2A0 portrait (1189 × 1682 mm)" in dlg.notes.summary_label.text()
    assert "mmx" not in dlg.notes.summary_label.text()
    assert "every text reads" in dlg.notes.text_label.text().lower()
    # A size typed into the custom fields that is 2A0 is shown as 2A0 too.
    _select(dlg.form.page_combo, CUSTOM)
    dlg.form.custom_unit.setCurrentText("mm")
    dlg.form.custom_w.setValue(1189)
    dlg.form.custom_h.setValue(1682)
    dlg._update_preview()
    assert "2A0 portrait (1189 × 1682 mm)" in dlg.notes.summary_label.text()


def test_the_automatic_page_is_a1_or_the_size_that_passes(
    qtbot,
    dialog: ExportPdfDialog,  # type: ignore[no-untyped-def]
) -> None:
    plan = dialog.preview.plan
    assert plan is not None and plan.page.name == "A0"  # A1 cannot pass for this map
    assert "on A1 its text would not read" in dialog.notes.text_label.text()
    _select(dialog.form.distance_combo, "table")
    dialog._update_preview()
    plan = dialog.preview.plan
    assert plan is not None and plan.page.name == "A1"  # from the table, A1 passes
    assert not dialog.notes.advice_button.isVisibleTo(dialog)


def test_a_map_too_large_for_a0_names_what_a0_reads_from(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The example's current state needs 2A0 to read from the wall: the dialog says so
    and what the largest common sheet would read from, so the designer can choose."""
    example = Path(__file__).resolve().parents[2] / "resources/examples/online-purchase.mapstudio"
    project = load_project(example).project
    dlg = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(dlg)
    assert dlg.form.card_text_combo.currentData() == "titles"
    assert "Card text is for reading up close" not in dlg.form.rule_label.text()
    dlg._update_preview()
    verdict = dlg.notes.text_label.text()
    assert "Printed on 2A0 portrait (1189 × 1682 mm)" in verdict
    assert "On A0 portrait (841 × 1189 mm)" in verdict and "reads from 1.1 m" in verdict
    # Asking for card text from the wall says what it costs.
    _select(dlg.form.card_text_combo, "text")
    assert "Card text is for reading up close" in dlg.form.rule_label.text()


def test_the_message_after_export_speaks_in_the_dialogs_words(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    """The export's notes name the dialog's controls, never the command line's options:
    there is no command line in the dialog to type --page A0 into."""
    example = Path(__file__).resolve().parents[2] / "resources/examples/online-purchase.mapstudio"
    project = load_project(example).project
    dlg = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(dlg)
    out = tmp_path / "wall.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    # Automatic chooses 2A0, and says what A0 would read from.
    assert "(choose A0 in Paper size)" in dlg.notes.text_label.text()
    dlg.export()
    said = "\n".join(box.text() + "\n" + box.informativeText() for box in dialogs.shown)
    assert "On A0 portrait (841 × 1189 mm)" in said
    assert "(choose A0 in Paper size)" in said
    # A1 asked for: the note says which size passes, as the dialog's choices.
    dialogs.shown.clear()
    dlg = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(dlg)
    _select(dlg.form.page_combo, "A1")
    dlg._update_preview()
    dlg.export()
    said = "\n".join(box.text() + "\n" + box.informativeText() for box in dialogs.shown)
    assert "choose 2A0 in Paper size, Portrait in Orientation" in said
    assert "--" not in said, said


def test_every_export_confirms_what_it_wrote_and_where(
    dialog: ExportPdfDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    """A tiled export with nothing to warn about still says what it wrote, as the
    single sheet does: its pages, the sheets to print and the file."""
    _select(dialog.form.distance_combo, "table")
    dialog.form.tile_group.setChecked(True)
    _select(dialog.form.tile_combo, "A4")
    dialog._update_preview()
    out = tmp_path / "tiles.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    dialog.export()
    report = dialog.report
    assert report is not None and report.sheet == "A4" and not report.warnings
    assert len(dialogs.shown) == 1
    box = dialogs.shown[0]
    assert box.windowTitle() == "PDF exported"
    assert box.text().startswith(f"The PDF was written: {report.pages} pages, an assembly guide")
    assert f"{report.sheets} A4 sheets to print at 100 %" in box.text()
    assert f"File: {out}" in box.informativeText()
    # The single sheet: the same message, its page and the file.
    dialogs.shown.clear()
    dialog.form.tile_group.setChecked(False)
    dialog._update_preview()
    dialog.export()
    assert len(dialogs.shown) == 1
    assert dialogs.shown[0].text().startswith("The PDF was written: 1 page, A1 ")
    assert f"File: {out}" in dialogs.shown[0].informativeText()


def test_card_text_from_the_wall_offers_titles_only_or_a_table(
    qtbot,  # type: ignore[no-untyped-def]
    example_path: Path,
) -> None:
    """Titles and text from 1.5 m on A0: besides 4A0, the poster twice as large, the
    advice offers what a designer can really do — print titles only, or read the text at
    a table."""
    example = load_project(example_path).project
    dialog = ExportPdfDialog(example, example.maps[0].id, None)
    qtbot.addWidget(dialog)
    _select(dialog.form.page_combo, "A0")
    _select(dialog.form.card_text_combo, "text")
    dialog._update_preview()
    assert dialog.notes.advice_button.text().startswith("Use 4A0 portrait")  # still offered
    verdict = dialog.notes.text_label.text()
    assert "print titles only" in verdict and "at a table (0.7 m)" in verdict
    assert dialog.notes.titles_button.isVisibleTo(dialog)
    assert dialog.notes.table_button.isVisibleTo(dialog)
    assert dialog.notes.table_button.text() == "Read at a table (0.7 m)"
    # Reading at the table: the card text stays, sized for 0.7 m, and it passes on A0.
    qtbot.mouseClick(dialog.notes.table_button, Qt.MouseButton.LeftButton)
    options = dialog.options()
    assert options.distance == 0.7 and options.card_text == "text"
    assert options.page == PAGE_SIZES["A0"]
    assert "every text reads from 0.7 m" in dialog.notes.text_label.text().lower()
    assert not dialog.notes.titles_button.isVisibleTo(dialog)
    assert not dialog.notes.advice_button.isVisibleTo(dialog)
    # Back to the wall, and titles only: the wall distance stays, the card text goes.
    _select(dialog.form.distance_combo, "wall")
    dialog._update_preview()
    assert dialog.notes.titles_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.notes.titles_button, Qt.MouseButton.LeftButton)
    options = dialog.options()
    assert options.distance == 1.5 and options.card_text == "titles"
    # Titles only on A0 reads from 1.1 m: now the advice is 2A0, not 4A0.
    assert dialog.notes.advice_button.text().startswith("Use 2A0 portrait")
    assert not dialog.notes.titles_button.isVisibleTo(dialog)
    assert not dialog.notes.table_button.isVisibleTo(dialog)
