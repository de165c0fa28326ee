"""The export dialog's remembered choices: the option form's last values and the last
folder, in the settings group "export", restored when the dialog opens and saved after
an export that worked.

A value that does not fit its widget (an old key, a hand-edited file) is passed over:
the widget keeps its default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from mapstudio.export.reading import DEFAULT_CARD_TEXT
from mapstudio.ui.export_dialog.form import UNITS, ExportOptionsForm
from mapstudio.ui.settings import app_settings

LEAVE_OUT_PHOTO_MARKS = "leave_out_photo_marks"  # settings key


def _settings() -> QSettings:
    settings = app_settings()
    settings.beginGroup("export")
    return settings


def _spins(form: ExportOptionsForm) -> tuple[tuple[QDoubleSpinBox, str], ...]:
    """The form's numbers and their keys."""
    return (
        (form.custom_w, "custom_w"),
        (form.custom_h, "custom_h"),
        (form.percent_spin, "percent"),
        (form.overlap_spin, "overlap_mm"),
        (form.margin_spin, "margin_mm"),
        (form.bleed_spin, "bleed_mm"),
        (form.distance_spin, "distance_m"),
    )


def restore_choices(form: ExportOptionsForm) -> None:
    """Set the form to the choices of the last export."""
    s = _settings()

    def pick(combo: QComboBox, key: str) -> None:
        value = s.value(key)
        if value is not None:
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def number(spin: QDoubleSpinBox, key: str) -> None:
        value = s.value(key)
        try:
            if value is not None:
                spin.setValue(float(value))
        except (TypeError, ValueError):
            pass

    def flag(key: str, default: bool = False) -> bool:
        return str(s.value(key, default)).lower() in ("true", "1")

    pick(form.page_combo, "page")
    pick(form.distance_combo, "distance_preset")
    pick(form.card_text_combo, "card_text")
    if s.value("card_text") is None:
        form.card_text_combo.setCurrentIndex(form.card_text_combo.findData(DEFAULT_CARD_TEXT))
    if s.value("distance_preset") is None:
        form.distance_combo.setCurrentIndex(form.distance_combo.findData("wall"))
    pick(form.orientation_combo, "orientation")
    pick(form.fit_combo, "fit")
    pick(form.tile_combo, "tile")
    unit = s.value("custom_unit")
    if unit in UNITS:
        form.custom_unit.setCurrentText(str(unit))
    for spin, key in _spins(form):
        number(spin, key)
    form.tile_group.setChecked(flag("tiled"))
    form.crop_check.setChecked(flag("crop_marks"))
    form.template_check.setChecked(flag("template"))
    form.gray_check.setChecked(flag("grayscale"))
    form.pdfx_check.setChecked(flag("pdfx"))
    # Remembered as "left out": the marks are on until the user leaves them out (a
    # "photo_marks" value from when they were off by default is not a choice).
    form.photo_marks_check.setChecked(not flag(LEAVE_OUT_PHOTO_MARKS))
    s.endGroup()


def remember_choices(form: ExportOptionsForm, folder: Path) -> None:
    """Keep the form's choices and the folder written to, for the next export."""
    s = _settings()
    s.setValue("page", form.page_combo.currentData())
    s.setValue("distance_preset", form.distance_combo.currentData())
    s.setValue("card_text", form.card_text_combo.currentData())
    s.setValue("custom_unit", form.custom_unit.currentText())
    s.setValue("orientation", form.orientation_combo.currentData())
    s.setValue("fit", form.fit_combo.currentData())
    s.setValue("tiled", form.tile_group.isChecked())
    s.setValue("tile", form.tile_combo.currentData())
    for spin, key in _spins(form):
        s.setValue(key, spin.value())
    s.setValue("crop_marks", form.crop_check.isChecked())
    s.setValue("template", form.template_check.isChecked())
    s.setValue("grayscale", form.gray_check.isChecked())
    s.setValue("pdfx", form.pdfx_check.isChecked())
    s.setValue(LEAVE_OUT_PHOTO_MARKS, not form.photo_marks_check.isChecked())
    s.setValue("last_dir", str(folder))
    s.endGroup()
    s.sync()


def start_path(suggested: Path | None) -> Path:
    """Where the save dialog starts: the suggested name in the last folder written to."""
    s = _settings()
    folder = s.value("last_dir", "")
    s.endGroup()
    if suggested is not None:
        return Path(str(folder)) / suggested.name if folder else suggested
    return Path(str(folder or Path.home())) / "journey-map.pdf"


__all__ = ["LEAVE_OUT_PHOTO_MARKS", "remember_choices", "restore_choices", "start_path"]
