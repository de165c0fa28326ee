"""The user's preferences: what they are, where they are kept, and the dialog to edit them.

`Preferences` is a plain value; `load_preferences()` reads it from the settings file
(group "preferences", see ui/settings.py) and fills anything missing with defaults that
fit the user's locale (Letter and inches in the US, A4 and millimetres elsewhere), and
`save_preferences()` writes it back. `PreferencesDialog` edits a copy and saves on OK.
`apply_theme()` switches the window chrome between the system's, a light and a dark look;
the canvas keeps its own paper colours in every theme so a map looks like what prints.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Literal, cast

from pydantic import ValidationError
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mapstudio.model import DEFAULT_SCALE_LABELS, EmotionScale
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.settings import app_settings

log = logging.getLogger(__name__)

GROUP = "preferences"
PaperSize = Literal["A4", "Letter"]
Units = Literal["mm", "in"]
Theme = Literal["system", "light", "dark"]
PAPER_SIZES: tuple[PaperSize, ...] = ("A4", "Letter")
UNITS: tuple[Units, ...] = ("mm", "in")
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
RECENT_MIN, RECENT_MAX = 1, 50

# Where Letter is the usual office paper although most of them measure in metric.
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
}


@dataclass(frozen=True)
class Preferences:
    """Everything the user can set in Edit ▸ Preferences."""

    paper_size: PaperSize = "A4"
    units: Units = "mm"
    autosave: bool = True
    scale_min: int = -2
    scale_max: int = 2
    scale_labels: tuple[str, ...] = field(default=DEFAULT_SCALE_LABELS)
    recent_limit: int = 10
    theme: Theme = "system"

    @property
    def emotion_scale(self) -> EmotionScale:
        """The emotion scale for new maps (the model's default if the stored one is bad)."""
        try:
            return EmotionScale(min=self.scale_min, max=self.scale_max, labels=self.scale_labels)
        except ValidationError:
            return EmotionScale()


def locale_defaults(locale: QLocale | None = None) -> Preferences:
    """The default preferences for `locale` (default: the application's default locale)."""
    locale = locale or QLocale()
    system = locale.measurementSystem()
    imperial = system == QLocale.MeasurementSystem.ImperialUSSystem
    letter = imperial or locale.territory() in _LETTER_TERRITORIES
    return Preferences(paper_size="Letter" if letter else "A4", units="in" if imperial else "mm")


def _text(settings: QSettings, key: str, allowed: tuple[str, ...], default: str) -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) and value in allowed else default


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(str(settings.value(key, default)))
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default


def _bool(settings: QSettings, key: str, default: bool) -> bool:
    # An INI file stores booleans as the strings "true" and "false".
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def _labels(settings: QSettings, key: str) -> tuple[str, ...] | None:
    value = settings.value(key)
    if value is None:
        return None
    # QSettings hands back a one-item list as a plain string.
    items = [value] if isinstance(value, str) else list(value)
    return tuple(str(item) for item in items)


def load_preferences(settings: QSettings | None = None) -> Preferences:
    """The saved preferences, with locale defaults for anything not saved or invalid."""
    settings = settings or app_settings()
    base = locale_defaults()
    settings.beginGroup(GROUP)
    try:
        prefs = Preferences(
            paper_size=cast(PaperSize, _text(settings, "paper_size", PAPER_SIZES, base.paper_size)),
            units=cast(Units, _text(settings, "units", UNITS, base.units)),
            autosave=_bool(settings, "autosave", base.autosave),
            scale_min=_int(settings, "scale_min", base.scale_min, -100, 100),
            scale_max=_int(settings, "scale_max", base.scale_max, -100, 100),
            scale_labels=_labels(settings, "scale_labels") or base.scale_labels,
            recent_limit=_int(settings, "recent_limit", base.recent_limit, RECENT_MIN, RECENT_MAX),
            theme=cast(Theme, _text(settings, "theme", THEMES, base.theme)),
        )
    finally:
        settings.endGroup()
    scale = prefs.emotion_scale
    # A hand-edited file with a scale the model rejects falls back to the model's scale.
    return replace(prefs, scale_min=scale.min, scale_max=scale.max, scale_labels=scale.labels)


def save_preferences(prefs: Preferences, settings: QSettings | None = None) -> None:
    """Write `prefs` to the settings file now (not at some later sync)."""
    settings = settings or app_settings()
    settings.beginGroup(GROUP)
    settings.setValue("paper_size", prefs.paper_size)
    settings.setValue("units", prefs.units)
    settings.setValue("autosave", prefs.autosave)
    settings.setValue("scale_min", prefs.scale_min)
    settings.setValue("scale_max", prefs.scale_max)
    settings.setValue("scale_labels", list(prefs.scale_labels))
    settings.setValue("recent_limit", prefs.recent_limit)
    settings.setValue("theme", prefs.theme)
    settings.endGroup()
    settings.sync()


# -- theme ------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark palette for the window chrome, used where the platform cannot switch."""
    palette = QPalette()
    window, base, text = QColor("#2B2D31"), QColor("#1F2023"), QColor("#E6E6E6")
    disabled = QColor("#808080")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#FF6B6B"),
        QPalette.ColorRole.Highlight: QColor("#3D7BD9"),
        QPalette.ColorRole.HighlightedText: QColor("#FFFFFF"),
        QPalette.ColorRole.Link: QColor("#7AB0FF"),
        QPalette.ColorRole.Mid: QColor("#3A3C40"),
        QPalette.ColorRole.Dark: QColor("#18191B"),
        QPalette.ColorRole.Light: QColor("#44464B"),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# The application palette before apply_theme first replaced it, to go back to the system.
_system_palette: QPalette | None = None


def apply_theme(app: QApplication, prefs: Preferences) -> None:
    """Make the window chrome follow `prefs.theme` (the canvas keeps its paper colours).

    Qt 6.8+ can ask the platform for a colour scheme (QStyleHints.setColorScheme); where
    the platform ignores the request (offscreen, some Linux desktops) a palette is set,
    so "dark" is dark everywhere. The canvas paints its paper and cards in fixed colours,
    so a map looks the same, and as it prints, in every theme.
    """
    global _system_palette
    scheme = {
        "system": Qt.ColorScheme.Unknown,  # Unknown = follow the system again
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }[prefs.theme]
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    if prefs.theme == "system":
        if _system_palette is not None:
            app.setPalette(_system_palette)
            _system_palette = None
        return
    want_dark = prefs.theme == "dark"
    if is_dark(app.palette()) == want_dark:
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    light = app.style().standardPalette()
    if is_dark(light):  # a dark desktop style: build a light palette from one colour
        light = QPalette(QColor("#EFEFEF"))
    app.setPalette(dark_palette() if want_dark else light)
    log.info("theme %s set through the palette", prefs.theme)


# -- dialog -----------------------------------------------------------------------------


class PreferencesDialog(QDialog):
    """Edit ▸ Preferences: edits a copy of the preferences; OK saves and applies them."""

    def __init__(self, parent: QWidget | None = None, prefs: Preferences | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("PreferencesDialog")
        self.preferences = prefs or load_preferences()

        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "Letter")
        self.paper_combo.setAccessibleName(self.tr("Default paper size"))
        self.units_combo = QComboBox()
        self.units_combo.addItem(self.tr("Millimetres (mm)"), "mm")
        self.units_combo.addItem(self.tr("Inches (in)"), "in")
        self.units_combo.setAccessibleName(self.tr("Units"))
        self.autosave_check = QCheckBox(self.tr("Keep a recovery copy of unsaved changes"))
        self.autosave_check.setAccessibleName(self.tr("Autosave"))
        self.scale_min_spin = QSpinBox()
        self.scale_max_spin = QSpinBox()
        for spin, name in (
            (self.scale_min_spin, self.tr("Lowest score")),
            (self.scale_max_spin, self.tr("Highest score")),
        ):
            spin.setRange(-100, 100)
            spin.setAccessibleName(name)
        self.labels_edit = QPlainTextEdit()
        self.labels_edit.setTabChangesFocus(True)  # Tab leaves the box: keyboard users
        self.labels_edit.setAccessibleName(self.tr("Score labels, one per line"))
        self.labels_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 7)
        self.scale_error = PlainLabel()
        self.scale_error.setWordWrap(True)
        self.scale_error.setStyleSheet("color: #B3261E")
        self.recent_spin = QSpinBox()
        self.recent_spin.setRange(RECENT_MIN, RECENT_MAX)
        self.recent_spin.setAccessibleName(self.tr("Recent files to remember"))
        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("Follow the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.theme_combo.setAccessibleName(self.tr("Theme"))

        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_min_spin)
        scale_row.addWidget(PlainLabel(self.tr("to")))
        scale_row.addWidget(self.scale_max_spin)
        scale_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Default &paper size:"), self.paper_combo)
        form.addRow(self.tr("&Units:"), self.units_combo)
        form.addRow(self.tr("Autosave:"), self.autosave_check)
        form.addRow(self.tr("Emotion scale for new maps:"), scale_row)
        form.addRow(self.tr("Score &labels (lowest first):"), self.labels_edit)
        form.addRow("", self.scale_error)
        form.addRow(self.tr("&Recent files to remember:"), self.recent_spin)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        hint = PlainLabel(self.tr("The map itself stays paper-white in every theme, as it prints."))
        hint.setWordWrap(True)
        form.addRow("", hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)

        self.show_preferences(self.preferences)
        for spin in (self.scale_min_spin, self.scale_max_spin):
            spin.valueChanged.connect(self._check_scale)
        self.labels_edit.textChanged.connect(self._check_scale)
        self._check_scale()

    def show_preferences(self, prefs: Preferences) -> None:
        """Put `prefs` into the widgets (nothing is saved until OK)."""
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(prefs.paper_size))
        self.units_combo.setCurrentIndex(self.units_combo.findData(prefs.units))
        self.autosave_check.setChecked(prefs.autosave)
        self.scale_min_spin.setValue(prefs.scale_min)
        self.scale_max_spin.setValue(prefs.scale_max)
        self.labels_edit.setPlainText("\n".join(prefs.scale_labels))
        self.recent_spin.setValue(prefs.recent_limit)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(prefs.theme))

    def restore_defaults(self) -> None:
        self.show_preferences(locale_defaults())

    def _labels(self) -> tuple[str, ...]:
        lines = (" ".join(line.split()) for line in self.labels_edit.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def _check_scale(self) -> bool:
        low, high = self.scale_min_spin.value(), self.scale_max_spin.value()
        steps, labels = high - low + 1, self._labels()
        message = ""
        if steps < 2:
            message = self.tr("The highest score must be above the lowest.")
        else:
            try:
                EmotionScale(min=low, max=high, labels=labels)
            except ValidationError:
                message = self.tr(
                    "A scale from {low} to {high} needs {steps} labels, one per line "
                    "(there are {count})."
                ).format(low=low, high=high, steps=steps, count=len(labels))
        self.scale_error.setText(message)
        self.scale_error.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def edited_preferences(self) -> Preferences:
        """The preferences as the widgets show them now."""
        return Preferences(
            paper_size=self.paper_combo.currentData(),
            units=self.units_combo.currentData(),
            autosave=self.autosave_check.isChecked(),
            scale_min=self.scale_min_spin.value(),
            scale_max=self.scale_max_spin.value(),
            scale_labels=self._labels(),
            recent_limit=self.recent_spin.value(),
            theme=self.theme_combo.currentData(),
        )

    def accept(self) -> None:
        if not self._check_scale():
            return
        self.preferences = self.edited_preferences()
        save_preferences(self.preferences)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.preferences)
        super().accept()


def edit_preferences(parent: QWidget | None = None) -> Preferences | None:
    """Show the dialog modally; the saved preferences after OK, None after Cancel."""
    dialog = PreferencesDialog(parent)
    return dialog.preferences if dialog.exec() == QDialog.DialogCode.Accepted else None


__all__ = [
    "GROUP",
    "PAPER_SIZES",
    "THEMES",
    "UNITS",
    "Preferences",
    "PreferencesDialog",
    "apply_theme",
    "dark_palette",
    "edit_preferences",
    "is_dark",
    "load_preferences",
    "locale_defaults",
    "save_preferences",
]
