"""The Export PDF dialog: widgets -> options, preview, export with progress, memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog
from ui_support import DialogRecorder

from mapstudio.export import MM, PAGE_SIZES
from mapstudio.fileformat import load_project
from mapstudio.model import Project
from mapstudio.ui.export_dialog import ExportPdfDialog
from mapstudio.ui.settings import config_dir


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test starts with no remembered export choices."""
    folder = tmp_path / "config"
    monkeypatch.setenv("MAPSTUDIO_CONFIG_DIR", str(folder))
    assert config_dir() == folder
    return folder


@pytest.fixture
def project(example_path: Path) -> Project:
    return load_project(example_path).project


@pytest.fixture
def dialog(qtbot, project: Project) -> ExportPdfDialog:  # type: ignore[no-untyped-def]
    dlg = ExportPdfDialog(project, project.maps[1].id, Path("/nowhere/shop.pdf"))
    qtbot.addWidget(dlg)
    return dlg


def _select(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_defaults_follow_the_current_map(dialog: ExportPdfDialog, project: Project) -> None:
    options = dialog.options()
    assert options.map == project.maps[1].id
    assert options.page == PAGE_SIZES["A1"]
    assert options.tile is None
    assert dialog.export_button.isEnabled()
    # The page is left to the export: A1, or the size at which the text reads from 1.5 m.
    assert options.auto_page and options.distance == 1.5 and options.card_text == "titles"
    assert "every text reads from 1.5 m" in dialog.notes.text_label.text().lower()


def test_widgets_set_the_options(dialog: ExportPdfDialog) -> None:
    _select(dialog.form.map_combo, None)
    _select(dialog.form.page_combo, "A2")
    _select(dialog.form.orientation_combo, "landscape")
    _select(dialog.form.fit_combo, "scale")
    dialog.form.percent_spin.setValue(40)
    dialog.form.tile_group.setChecked(True)
    _select(dialog.form.tile_combo, "Letter")
    dialog.form.overlap_spin.setValue(15)
    dialog.form.margin_spin.setValue(5)
    dialog.form.bleed_spin.setValue(3)
    dialog.form.crop_check.setChecked(True)
    dialog.form.template_check.setChecked(True)
    dialog.form.gray_check.setChecked(True)
    dialog.form.pdfx_check.setChecked(True)
    options = dialog.options()
    assert options.pdfx
    assert options.map is None
    assert options.page == PAGE_SIZES["A2"]
    assert options.orientation == "landscape"
    assert (options.fit.mode, options.fit.percent) == ("scale", 40)
    assert options.tile == PAGE_SIZES["Letter"]
    assert options.overlap == pytest.approx(15 * MM)
    assert options.margin == pytest.approx(5 * MM)
    assert options.bleed == pytest.approx(3 * MM)
    assert options.crop_marks and options.template and options.grayscale


def test_custom_size(dialog: ExportPdfDialog) -> None:
    _select(dialog.form.page_combo, "Custom…")
    assert dialog.form.custom_box.isEnabled()
    dialog.form.custom_unit.setCurrentText("cm")
    dialog.form.custom_w.setValue(50)
    dialog.form.custom_h.setValue(70)
    page = dialog.options().page
    assert page.width == pytest.approx(500 * MM)
    assert page.height == pytest.approx(700 * MM)


def test_preview_shows_the_tiling_grid(qtbot, dialog: ExportPdfDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.form.tile_group.setChecked(True)
    dialog._update_preview()
    plan = dialog.preview.plan
    assert plan is not None and plan.tiles is not None
    assert "A4 sheets" in dialog.notes.summary_label.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.preview.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # the page and the map are drawn, not a blank widget


def test_impossible_options_disable_export(dialog: ExportPdfDialog) -> None:
    dialog.form.tile_group.setChecked(True)
    _select(dialog.form.page_combo, "A5")
    _select(dialog.form.tile_combo, "A4")
    dialog._update_preview()
    assert not dialog.export_button.isEnabled()
    assert "tile" in dialog.notes.text_label.text().lower()


def test_export_writes_the_pdf_and_remembers(
    qtbot,
    dialog: ExportPdfDialog,
    project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "poster"
    asked: list[str] = []

    def save_name(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    _select(dialog.form.page_combo, "A3")
    _select(dialog.form.orientation_combo, "landscape")
    dialog.form.gray_check.setChecked(True)
    dialog.form.pdfx_check.setChecked(True)
    dialog.export()
    written = out.with_suffix(".pdf")
    assert written.exists()
    reader = PdfReader(written)
    assert reader.trailer["/Root"]["/OutputIntents"]  # the print-shop checkbox: PDF/X
    assert len(reader.pages) == 1
    x0, y0, x1, y1 = (float(v) for v in reader.pages[0].mediabox)
    assert (x1 - x0) / MM == pytest.approx(420, abs=0.1)
    assert (y1 - y0) / MM == pytest.approx(297, abs=0.1)
    assert dialog.report is not None and dialog.report.pages == 1
    assert asked and asked[0].endswith("shop.pdf")
    # The choices come back in the next dialog.
    again = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(again)
    options = again.options()
    assert options.page == PAGE_SIZES["A3"]
    assert options.orientation == "landscape"
    assert options.grayscale and options.pdfx


def test_cancelled_file_dialog_writes_nothing(
    dialog: ExportPdfDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    dialog.export()
    assert dialog.report is None


def test_export_error_shows_a_message(
    dialog: ExportPdfDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(missing), "")))
    dialog.export()
    assert dialog.report is None
    assert dialogs.texts and "does not exist" in dialogs.texts[-1]


def test_the_preview_leaves_off_the_canvas_collapse_triangle(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    """The preview shows what prints: no band-header triangle, which the PDF has not."""
    from mapstudio.export import build_options, plan_export
    from mapstudio.ui.export_dialog import render_map_image

    (plan,) = plan_export(project, build_options(page="A0", map=project.maps[0].id))
    map_layout = plan.layout
    image = render_map_image(map_layout, 2400)
    scale = image.width() / map_layout.width
    band = next(b for b in map_layout.bands if b.persona_id is not None)
    header = band.header_rect
    # The triangle sits in the square at the header's right end.
    side = header.h * scale
    right, top = (header.x + header.w) * scale, header.y * scale
    marker = (90, 102, 117)  # #5B6675, the triangle's colour
    hits = 0
    for y in range(int(top + side * 0.3), int(top + side * 0.7)):
        for x in range(int(right - side * 0.7), int(right - side * 0.3)):
            colour = image.pixelColor(x, y)
            if abs(colour.red() - marker[0]) + abs(colour.green() - marker[1]) < 20:
                hits += 1
    assert hits == 0


def test_photo_marks_are_on_until_left_out_and_that_is_remembered(
    qtbot,
    dialog: ExportPdfDialog,
    project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,  # type: ignore[no-untyped-def]
) -> None:
    """A fresh dialog prints the markers and the code (and the preview shows them where
    the PDF puts them); unticking them is remembered like the other choices. A value
    stored while they were off by default is not taken as the user's choice."""
    from mapstudio.ui.settings import app_settings

    assert dialog.form.photo_marks_check.isChecked() and dialog.options().photo_marks
    dialog._update_preview()
    plan = dialog.preview.plan
    assert plan is not None and plan.marks and plan.code_rect is not None
    dialog.form.photo_marks_check.setChecked(False)
    dialog._update_preview()
    assert dialog.preview.plan is not None and not dialog.preview.plan.marks
    out = tmp_path / "show"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), a[-1])))
    dialog.export()
    assert out.with_suffix(".pdf").exists()
    again = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(again)
    assert not again.form.photo_marks_check.isChecked() and not again.options().photo_marks
    # Ticked again and exported: on next time too.
    again.form.photo_marks_check.setChecked(True)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "w"), a[-1]))
    )
    again.export()
    third = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(third)
    assert third.form.photo_marks_check.isChecked()
    # The key the opt-in versions wrote ("photo_marks": false on every export) is ignored.
    settings = app_settings()
    settings.beginGroup("export")
    settings.setValue("photo_marks", False)
    settings.endGroup()
    settings.sync()
    fourth = ExportPdfDialog(project, project.maps[0].id, None)
    qtbot.addWidget(fourth)
    assert fourth.form.photo_marks_check.isChecked()


def test_the_preview_shows_persona_photos_in_the_title_block(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    """The title block's avatars show the persona's photo in the preview, as printed (the
    preview used to draw only the coloured disc and the initials)."""
    from io import BytesIO

    from PIL import Image
    from PySide6.QtGui import QImage

    from mapstudio.model import Asset

    buffer = BytesIO()
    Image.new("RGB", (64, 64), (0, 200, 0)).save(buffer, "PNG")  # a green no map uses
    photo = Asset.from_bytes(buffer.getvalue(), "image/png", 64, 64)
    journey = project.maps[0]
    persona_id = journey.bands[0]
    personas = tuple(
        p.model_copy(update={"photo_asset_id": photo.id}) if p.id == persona_id else p
        for p in project.personas
    )
    project = project.model_copy(
        update={"personas": personas, "assets": {**project.assets, photo.id: photo}}
    )
    dlg = ExportPdfDialog(project, journey.id, Path("/nowhere/photo.pdf"))
    qtbot.addWidget(dlg)
    preview = dlg.preview
    preview.resize(1200, 1200)
    plan = preview.plan
    assert plan is not None
    (avatar,) = [a for a in plan.title.avatars if a.photo_asset_id == photo.id]
    image = QImage(preview.size(), QImage.Format.Format_RGB32)
    preview.render(image)
    ox, oy, scale = preview.poster_placement(plan)
    centre = avatar.rect.translated(plan.title_x, plan.title_y).center
    colour = image.pixelColor(round(ox + centre.x * scale), round(oy + centre.y * scale))
    assert (colour.red(), colour.green(), colour.blue()) == (0, 200, 0)


def _rendered(qtbot, dialog: ExportPdfDialog):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    preview = dialog.preview
    preview.resize(1000, 1000)
    dialog._update_preview()
    image = QImage(preview.size(), QImage.Format.Format_RGB32)
    preview.render(image)
    return image


def _darkest(image, x: float, y: float, reach: int = 1) -> int:  # type: ignore[no-untyped-def]
    """The darkest grey level around (x, y) of the widget."""
    return min(
        image.pixelColor(round(x) + dx, round(y) + dy).lightness()
        for dx in range(-reach, reach + 1)
        for dy in range(-reach, reach + 1)
    )


def test_the_preview_draws_the_crop_marks_the_pdf_prints(qtbot, dialog: ExportPdfDialog) -> None:  # type: ignore[no-untyped-def]
    """The crop marks are the PDF's list, drawn where it prints them and, though a
    quarter point thin, visible at the preview's size."""
    from mapstudio.export.printmarks import poster_shapes
    from mapstudio.layout.display import PathShape
    from mapstudio.layout.glyphs import LineTo, MoveTo

    dialog.form.crop_check.setChecked(True)
    image = _rendered(qtbot, dialog)
    plan = dialog.preview.plan
    assert plan is not None and plan.crop_marks
    marks = next(s for s in poster_shapes(plan).marks if isinstance(s, PathShape))
    ox, oy, scale = dialog.preview.poster_placement(plan)
    pairs = list(zip(marks.ops[::2], marks.ops[1::2], strict=True))
    assert len(pairs) == 8
    for start, end in pairs:
        assert isinstance(start, MoveTo) and isinstance(end, LineTo)
        x, y = (start.x + end.x) / 2, (start.y + end.y) / 2
        assert _darkest(image, ox + x * scale, oy + y * scale) < 200, (x, y)


def test_the_preview_grid_names_each_sheet_as_the_guide_does(
    qtbot, dialog: ExportPdfDialog
) -> None:  # type: ignore[no-untyped-def]
    """The sheet grid over the preview is the assembly guide's: each printed sheet's
    name in its pill (white) with the accent's ink, where the guide's grid puts it."""
    from mapstudio.layout.display import RoundedRectShape
    from mapstudio.layout.sheets import tile_grid
    from mapstudio.layout.style import DEFAULT_SHEET_STYLE

    dialog.form.tile_group.setChecked(True)
    image = _rendered(qtbot, dialog)
    plan = dialog.preview.plan
    assert plan is not None and plan.tiles is not None
    ox, oy, scale = dialog.preview.poster_placement(plan)
    grid = tile_grid(plan.tiles, plan.media_w, plan.media_h, ox, oy, scale)
    pills = [s for s in grid if isinstance(s, RoundedRectShape)]
    assert len(pills) == len(plan.tiles.printed)
    accent = QColor(DEFAULT_SHEET_STYLE.accent)
    for pill in pills:
        inside = [
            image.pixelColor(round(x), round(pill.rect.y + pill.rect.h / 2))
            for x in range(round(pill.rect.x) + 2, round(pill.rect.right) - 2)
        ]
        # The name's letters in the accent, on the pill's white.
        assert any(abs(c.blue() - accent.blue()) + abs(c.red() - accent.red()) < 60 for c in inside)
        assert any(c.lightness() > 245 for c in inside)


def test_preview_and_pdf_draw_the_photo_marks_of_one_display_list(
    dialog: ExportPdfDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The photo markers and the poster's code are one display list
    (mapstudio.layout.sheets.photo_marks, taken through export.printmarks.poster_shapes)
    for the preview and the PDF alike: an ink that the list says shows in both. (They
    were drawn twice, by the PDF writer and by the preview, each with its own constant
    for the ink and only the PDF with the seam between runs.)"""
    import dataclasses

    from mapstudio.export import printmarks
    from mapstudio.export.painter import Ink

    magenta = "#FF00FF"
    original = printmarks.photo_marks

    def magenta_marks(symbols, paper, style=printmarks.DEFAULT_SHEET_STYLE):  # type: ignore[no-untyped-def]
        return original(symbols, paper, dataclasses.replace(style, photo_mark_ink=magenta))

    monkeypatch.setattr(printmarks, "photo_marks", magenta_marks)
    dialog.resize(1100, 800)
    dialog.show()
    dialog._update_preview()
    plan = dialog.preview.plan
    assert plan is not None and plan.marks and plan.code_rect is not None
    image = dialog.preview.grab().toImage()
    ox, oy, scale = dialog.preview.poster_placement(plan)
    ratio = image.devicePixelRatio()
    code = plan.code_rect
    magenta_pixels = 0
    for py in range(int((oy + code.y * scale) * ratio), int((oy + code.bottom * scale) * ratio)):
        for px in range(int((ox + code.x * scale) * ratio), int((ox + code.right * scale) * ratio)):
            c = image.pixelColor(px, py)
            magenta_pixels += c.red() > 160 and c.blue() > 160 and c.green() < 120
    assert magenta_pixels > 10, "the preview's code is not drawn from the display list"

    out = tmp_path / "marks.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), a[-1])))
    dialog.export()
    content = PdfReader(str(out)).pages[0].get_contents()
    assert content is not None
    assert Ink(grayscale=False).fill(magenta).encode() in content.get_data()
