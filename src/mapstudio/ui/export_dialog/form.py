"""The export dialog's option form: the widgets of every choice of a poster export
(reading distance, paper, tiling, print shop, content) and the `ExportOptions` they
describe.

The form knows widgets and options only: it says `changed` when a choice changes and
leaves planning, preview and export to the dialog (mapstudio.ui.export_dialog.dialog).
Its choices are remembered by mapstudio.ui.export_dialog.remembered.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from mapstudio.export import MM, PAGE_SIZES, ExportOptions, Fit, PageSize, parse_page_size
from mapstudio.export.poster import Advice
from mapstudio.export.reading import (
    CARD_TEXT_NAMES,
    DEFAULT_DISTANCE,
    DISTANCE_PRESETS,
    MAX_DISTANCE,
    MIN_DISTANCE,
    check_distance,
    needed_cap_height,
)
from mapstudio.model import Project
from mapstudio.ui.export_dialog.wording import CUSTOM, TABLE_DISTANCE
from mapstudio.ui.plain import PlainLabel

AUTO = "auto"  # the page: A1, or the size the text needs
OTHER_DISTANCE = "other"
TILE_SIZES = ("A4", "Letter", "A3", "Tabloid", "Legal", "A5")
UNITS = {"mm": MM, "cm": 10 * MM, "in": 72.0}
FITS = (("Fit the page", "page"), ("Fit the width", "width"), ("Scale", "scale"))


def _spin(value: float, maximum: float, suffix: str, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0.0, maximum)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


def _row(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
    """Widgets side by side, as one field of a form."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        row.addWidget(widget, 1 if stretch_first and i == 0 else 0)
    box = QWidget()
    box.setLayout(row)
    return box


class ExportOptionsForm(QWidget):
    """The options of a PDF export, one group of widgets per concern."""

    changed = Signal()  # any choice changed (the enabled widgets are already updated)

    def __init__(
        self, project: Project, current_map_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (
            self._reading_group(),
            self._poster_group(project, current_map_id),
            self._tile_group(),
            self._shop_group(),
            self._content_group(),
        ):
            layout.addWidget(group)
        layout.addStretch(1)
        self._connect()

    # -- widgets ---------------------------------------------------------------------

    def _reading_group(self) -> QGroupBox:
        reading = QGroupBox("Reading distance")
        self.distance_combo = QComboBox()
        for word, name, metres in DISTANCE_PRESETS:
            self.distance_combo.addItem(f"{name} ({metres:g} m)", word)
        self.distance_combo.addItem("Other distance", OTHER_DISTANCE)
        self.distance_combo.setToolTip("Where people will stand to read the poster")
        self.distance_spin = _spin(DEFAULT_DISTANCE, MAX_DISTANCE, " m", 1)
        self.distance_spin.setMinimum(MIN_DISTANCE)
        self.distance_spin.setSingleStep(0.1)
        distance_box = _row(self.distance_combo, self.distance_spin, stretch_first=True)
        self.card_text_combo = QComboBox()
        for value, name in CARD_TEXT_NAMES.items():
            self.card_text_combo.addItem(name[0].upper() + name[1:], value)
        self.card_text_combo.setToolTip(
            "What of each card is printed, at a size that reads from the distance: on a "
            "wall, titles; card text is for reading up close, at a table"
        )
        # The rule in words: what the export sizes text by.
        self.rule_label = PlainLabel()
        self.rule_label.setWordWrap(True)
        form = QFormLayout(reading)
        form.addRow("Read &from:", distance_box)
        form.addRow("&Cards show:", self.card_text_combo)
        form.addRow(self.rule_label)
        return reading

    def _poster_group(self, project: Project, current_map_id: str) -> QGroupBox:
        self.map_combo = QComboBox()
        for journey_map in project.maps:
            self.map_combo.addItem(journey_map.title, journey_map.id)
        if len(project.maps) > 1:
            self.map_combo.addItem("All maps (one page or tile set each)", None)
        index = self.map_combo.findData(current_map_id)
        self.map_combo.setCurrentIndex(max(0, index))

        self.page_combo = QComboBox()
        self.page_combo.addItem("Automatic: A1, or larger for the reading distance", AUTO)
        for name, size in PAGE_SIZES.items():
            self.page_combo.addItem(
                f"{name}  ({size.width / MM:.0f} × {size.height / MM:.0f} mm)", name
            )
        self.page_combo.addItem(CUSTOM, CUSTOM)
        self.custom_w = _spin(600, 5080, "", 1)
        self.custom_h = _spin(900, 5080, "", 1)
        self.custom_unit = QComboBox()
        self.custom_unit.addItems(list(UNITS))
        self.custom_box = _row(self.custom_w, PlainLabel("×"), self.custom_h, self.custom_unit)

        self.orientation_combo = QComboBox()
        for label, value in (
            ("Automatic (larger map)", "auto"),
            ("Portrait", "portrait"),
            ("Landscape", "landscape"),
        ):
            self.orientation_combo.addItem(label, value)
        self.fit_combo = QComboBox()
        for label, value in FITS:
            self.fit_combo.addItem(label, value)
        self.percent_spin = _spin(100, 1000, " %", 0)
        self.percent_spin.setMinimum(1)

        paper = QGroupBox("Poster")
        form = QFormLayout(paper)
        form.addRow("&Map:", self.map_combo)
        form.addRow("&Paper size:", self.page_combo)
        form.addRow("Custom size:", self.custom_box)
        form.addRow("&Orientation:", self.orientation_combo)
        form.addRow("&Scale:", _row(self.fit_combo, self.percent_spin, stretch_first=True))
        return paper

    def _tile_group(self) -> QGroupBox:
        self.tile_group = QGroupBox("Tile onto office paper")
        self.tile_group.setCheckable(True)
        self.tile_group.setChecked(False)
        self.tile_group.setToolTip(
            "Print the poster in pieces on an office printer and tape them together"
        )
        self.tile_combo = QComboBox()
        for name in TILE_SIZES:
            self.tile_combo.addItem(name, name)
        self.overlap_spin = _spin(10, 100, " mm")
        self.margin_spin = _spin(6, 50, " mm")
        self.overlap_spin.setToolTip("How much neighbouring sheets share, to glue them")
        self.margin_spin.setToolTip("The edge of the sheet your printer cannot print")
        form = QFormLayout(self.tile_group)
        form.addRow("S&heet size:", self.tile_combo)
        form.addRow("O&verlap:", self.overlap_spin)
        form.addRow("Printer &margin:", self.margin_spin)
        return self.tile_group

    def _shop_group(self) -> QGroupBox:
        shop = QGroupBox("Print shop")
        self.bleed_spin = _spin(0, 25, " mm")
        self.bleed_spin.setToolTip("Background colours run this far past the trim (3 mm is usual)")
        self.crop_check = QCheckBox("&Crop marks outside the trim")
        self.pdfx_check = QCheckBox("PDF/&X-4 in CMYK, black text")
        self.pdfx_check.setToolTip(
            "For a print shop: colours converted for offset printing on coated paper "
            "(FOGRA39), text and grey lines in black ink only. Leave it off for office "
            "printers."
        )
        form = QFormLayout(shop)
        form.addRow("&Bleed:", self.bleed_spin)
        form.addRow(self.crop_check)
        form.addRow(self.pdfx_check)
        return shop

    def _content_group(self) -> QGroupBox:
        content = QGroupBox("Content")
        self.template_check = QCheckBox("Blank &workshop template (cells for 76 mm notes)")
        self.gray_check = QCheckBox("&Greyscale")
        self.photo_marks_check = QCheckBox("Markers to read workshop p&hotos back")
        self.photo_marks_check.setToolTip(
            "Small grey markers round the map and a code above its top-right corner: File ▸ "
            "Import Workshop Photos… then finds the map and its cells in a photo of the "
            "wall. On by default; untick it for a poster that is only for show."
        )
        self.photo_marks_check.setChecked(True)
        layout = QVBoxLayout(content)
        layout.addWidget(self.template_check)
        layout.addWidget(self.gray_check)
        layout.addWidget(self.photo_marks_check)
        return content

    def _connect(self) -> None:
        for combo in (
            self.distance_combo,
            self.card_text_combo,
            self.map_combo,
            self.page_combo,
            self.custom_unit,
            self.orientation_combo,
            self.fit_combo,
            self.tile_combo,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (
            self.distance_spin,
            self.custom_w,
            self.custom_h,
            self.percent_spin,
            self.overlap_spin,
            self.margin_spin,
            self.bleed_spin,
        ):
            spin.valueChanged.connect(self._changed)
        for check in (
            *(self.crop_check, self.template_check, self.gray_check, self.pdfx_check),
            self.photo_marks_check,
        ):
            check.toggled.connect(self._changed)
        self.tile_group.toggled.connect(self._changed)

    def _changed(self, *args: object) -> None:
        self.update_enabled()
        self.changed.emit()

    def update_enabled(self) -> None:
        """Enable the widgets the current choices use, and say the reading rule."""
        self.custom_box.setEnabled(self.page_combo.currentData() == CUSTOM)
        self.percent_spin.setEnabled(self.fit_combo.currentData() == "scale")
        preset = self.distance_combo.currentData()
        self.distance_spin.setEnabled(preset == OTHER_DISTANCE)
        for word, _name, metres in DISTANCE_PRESETS:
            if word == preset:
                self.distance_spin.blockSignals(True)
                self.distance_spin.setValue(metres)
                self.distance_spin.blockSignals(False)
        distance = self.distance_spin.value()
        rule = (
            f"Text is sized so that capitals are at least {needed_cap_height(distance):.1f} mm "
            f"high: the distance ÷ 250, readable from {distance:g} m."
        )
        if not self.titles_only() and distance > TABLE_DISTANCE:
            # Card text at a size for the wall makes the poster about twice as large.
            rule += " Card text is for reading up close: from further away, titles only."
        self.rule_label.setText(rule)

    # -- options -----------------------------------------------------------------------

    def titles_only(self) -> bool:
        """Whether cards print their titles only."""
        return bool(self.card_text_combo.currentData() == "titles")

    def _page(self) -> PageSize:
        name = self.page_combo.currentData()
        if name == AUTO:
            return PAGE_SIZES["A1"]
        if name != CUSTOM:
            return PAGE_SIZES[name]
        unit = self.custom_unit.currentText()
        return parse_page_size(
            f"{self.custom_w.value():g}{unit}x{self.custom_h.value():g}{unit}", what="custom size"
        )

    def options(self) -> ExportOptions:
        """The options the widgets describe; ExportError when they cannot work."""
        fit_mode = self.fit_combo.currentData()
        fit = Fit("scale", self.percent_spin.value()) if fit_mode == "scale" else Fit(fit_mode)
        tiled = self.tile_group.isChecked()
        return ExportOptions(
            page=self._page(),
            orientation=self.orientation_combo.currentData(),
            fit=fit,
            tile=PAGE_SIZES[self.tile_combo.currentData()] if tiled else None,
            overlap=self.overlap_spin.value() * MM,
            margin=self.margin_spin.value() * MM,
            bleed=self.bleed_spin.value() * MM,
            crop_marks=self.crop_check.isChecked(),
            template=self.template_check.isChecked(),
            grayscale=self.gray_check.isChecked(),
            map=self.map_combo.currentData(),
            distance=self.distance(),
            card_text=self.card_text_combo.currentData(),
            auto_page=self.page_combo.currentData() == AUTO,
            pdfx=self.pdfx_check.isChecked(),
            photo_marks=self.photo_marks_check.isChecked(),
        )

    def distance(self) -> float:
        """The reading distance in metres (ExportError when out of range)."""
        metres = round(self.distance_spin.value(), 2)
        check_distance(metres)
        return metres

    # -- choices made for the user -------------------------------------------------------

    def choose_advice(self, advice: Advice) -> None:
        """Set the page, orientation and tiling that the advice names, as one change
        (no `changed` per widget: the caller re-plans once)."""
        widgets: tuple[QWidget, ...] = (
            *(self.page_combo, self.orientation_combo, self.tile_group, self.tile_combo),
            *(self.custom_w, self.custom_h, self.custom_unit),
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            index = self.page_combo.findData(advice.page.name)
            if index < 0:  # beyond A0: a custom size in millimetres
                index = self.page_combo.findData(CUSTOM)
                self.custom_unit.setCurrentText("mm")
                self.custom_w.setValue(round(advice.page.width / MM, 1))
                self.custom_h.setValue(round(advice.page.height / MM, 1))
            self.page_combo.setCurrentIndex(index)
            self.orientation_combo.setCurrentIndex(
                self.orientation_combo.findData(advice.orientation)
            )
            self.tile_group.setChecked(advice.tile is not None)
            if advice.tile is not None:
                self.tile_combo.setCurrentIndex(self.tile_combo.findData(advice.tile.name))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.update_enabled()

    def choose_titles_only(self) -> None:
        """Cards show their titles only (the advice for card text read from afar)."""
        self.card_text_combo.setCurrentIndex(self.card_text_combo.findData("titles"))
        self.update_enabled()

    def choose_table_distance(self) -> None:
        """The workshop-table distance, where card text is read (the other advice)."""
        self.distance_combo.setCurrentIndex(self.distance_combo.findData("table"))
        self.update_enabled()


__all__ = ["AUTO", "OTHER_DISTANCE", "UNITS", "ExportOptionsForm"]
