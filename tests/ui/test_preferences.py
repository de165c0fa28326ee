"""Preferences: saved and read back through the settings file, defaults from the locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mapstudio.model import DEFAULT_SCALE_LABELS, EmotionScale
from mapstudio.ui.preferences import (
    GROUP,
    Preferences,
    PreferencesDialog,
    apply_theme,
    is_dark,
    load_preferences,
    locale_defaults,
    save_preferences,
)
from mapstudio.ui.settings import app_settings, config_dir


@pytest.fixture(autouse=True)
def clean_preferences(qapp: QApplication) -> Iterator[None]:
    """Each test starts without saved preferences and in a known locale."""
    settings = app_settings()
    settings.remove(GROUP)
    settings.sync()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)
    settings.remove(GROUP)
    settings.sync()
    apply_theme(qapp, Preferences(theme="system"))


def test_settings_live_in_the_test_config_dir() -> None:
    # tests/conftest.py points MAPSTUDIO_CONFIG_DIR at a temporary folder.
    assert "mapstudio-tests-" in str(config_dir())


def test_round_trip_through_the_settings_file() -> None:
    prefs = Preferences(
        paper_size="Letter",
        units="in",
        autosave=False,
        scale_min=1,
        scale_max=5,
        scale_labels=("Awful", "Poor", "OK", "Good", "Great"),
        recent_limit=4,
        theme="dark",
    )
    save_preferences(prefs)
    assert (config_dir() / "settings.ini").read_text(encoding="utf-8").count("[preferences]") == 1
    assert load_preferences() == prefs
    assert load_preferences().emotion_scale == EmotionScale(
        min=1, max=5, labels=("Awful", "Poor", "OK", "Good", "Great")
    )


def test_a_one_label_list_and_booleans_survive_the_ini_format() -> None:
    # QSettings returns a one-item list as a string and booleans as "true"/"false".
    prefs = Preferences(scale_min=0, scale_max=1, scale_labels=("No", "Yes"), autosave=True)
    save_preferences(prefs)
    assert load_preferences() == prefs


def test_nothing_saved_gives_the_defaults() -> None:
    prefs = load_preferences()
    assert prefs.autosave is True
    assert prefs.recent_limit == 10
    assert prefs.theme == "system"
    assert (prefs.scale_min, prefs.scale_max) == (-2, 2)
    assert prefs.scale_labels == DEFAULT_SCALE_LABELS


def test_a_broken_value_falls_back_to_the_default() -> None:
    settings = app_settings()
    settings.setValue(f"{GROUP}/paper_size", "A17")
    settings.setValue(f"{GROUP}/recent_limit", "lots")
    settings.setValue(f"{GROUP}/scale_min", -2)
    settings.setValue(f"{GROUP}/scale_max", 2)
    settings.setValue(f"{GROUP}/scale_labels", ["only", "three", "labels"])
    settings.sync()
    prefs = load_preferences()
    assert prefs.paper_size == "A4"
    assert prefs.recent_limit == 10
    assert prefs.emotion_scale == EmotionScale()
    assert prefs.scale_labels == DEFAULT_SCALE_LABELS


@pytest.mark.parametrize(
    ("language", "territory", "paper", "units"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, "Letter", "in"),
        (QLocale.Language.German, QLocale.Country.Germany, "A4", "mm"),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, "A4", "mm"),
        (QLocale.Language.French, QLocale.Country.Canada, "Letter", "mm"),
    ],
)
def test_paper_and_units_follow_the_locale(
    language: QLocale.Language, territory: QLocale.Country, paper: str, units: str
) -> None:
    QLocale.setDefault(QLocale(language, territory))
    assert (locale_defaults().paper_size, locale_defaults().units) == (paper, units)
    assert (load_preferences().paper_size, load_preferences().units) == (paper, units)


def test_en_us_by_name_gives_letter() -> None:
    QLocale.setDefault(QLocale("en_US"))
    assert load_preferences().paper_size == "Letter"
    QLocale.setDefault(QLocale("de_DE"))
    assert load_preferences().paper_size == "A4"


def test_dialog_edits_are_saved_on_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    dialog.units_combo.setCurrentIndex(dialog.units_combo.findData("in"))
    dialog.autosave_check.setChecked(False)
    dialog.scale_min_spin.setValue(1)
    dialog.scale_max_spin.setValue(3)
    dialog.labels_edit.setPlainText("Low\nMiddle\nHigh")
    dialog.recent_spin.setValue(7)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert load_preferences() == Preferences(
        paper_size="Letter",
        units="in",
        autosave=False,
        scale_min=1,
        scale_max=3,
        scale_labels=("Low", "Middle", "High"),
        recent_limit=7,
        theme="light",
    )


def test_cancel_saves_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.recent_spin.setValue(3)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert load_preferences().recent_limit == 10


def test_a_scale_without_matching_labels_cannot_be_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.scale_max_spin.setValue(3)  # six steps, five labels
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "needs 6 labels" in dialog.scale_error.text()
    dialog.labels_edit.setPlainText("\n".join(["a", "b", "c", "d", "e", "f"]))
    assert ok.isEnabled()


def test_restore_defaults_resets_the_widgets_but_saves_only_on_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    save_preferences(Preferences(paper_size="Letter", recent_limit=3, theme="dark"))
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.recent_spin.value() == 3
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.edited_preferences() == locale_defaults()
    assert load_preferences().recent_limit == 3
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_preferences() == locale_defaults()


def test_dark_theme_darkens_the_chrome_and_system_restores_it(qapp: QApplication) -> None:
    before = qapp.palette().color(qapp.palette().ColorRole.Window)
    apply_theme(qapp, Preferences(theme="dark"))
    assert is_dark(qapp.palette())
    apply_theme(qapp, Preferences(theme="light"))
    assert not is_dark(qapp.palette())
    apply_theme(qapp, Preferences(theme="system"))
    assert qapp.palette().color(qapp.palette().ColorRole.Window) == before


def test_the_canvas_stays_paper_white_in_the_dark_theme(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.main_window import MainWindow

    apply_theme(qapp, Preferences(theme="dark"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    image = window.view.grab().toImage()
    rect = window.view.mapFromScene(window.scene.map_rect()).boundingRect()
    inside = rect.intersected(window.view.viewport().rect())
    # The map's paper, a little inside its top-left corner, is near-white.
    color = image.pixelColor(inside.left() + 3, inside.top() + 3)
    assert color.lightness() > 230, color.name()
