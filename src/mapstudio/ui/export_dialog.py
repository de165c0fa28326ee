"""File > Export PDF…: every option of a poster export, a live preview, and the export.

The preview draws the same `PosterPlan` the PDF writer uses (mapstudio.export.poster):
the page with its title band and crop marks, the title block, the map and the assembly
guide's sheet grid, each from the display list the PDF prints (mapstudio.layout, through
the canvas's Qt interpreter, mapstudio.ui.drawing). Below it,
the dialog says whether every text reads from the chosen distance, lists what does not
and by how much, and offers the page size or tiling that passes in one click. The last
choices are remembered in the settings group "export".
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mapstudio.export import (
    MM,
    PAGE_SIZES,
    ExportCancelled,
    ExportError,
    ExportOptions,
    ExportReport,
    Fit,
    PageSize,
    PosterPlan,
    export_pdf,
    parse_page_size,
    plan_export,
)
from mapstudio.export.pages import is_custom
from mapstudio.export.photomarks import MARK_COLOR, code_modules, dark_runs, marker_bits
from mapstudio.export.poster import Advice, LayoutMemo, a0_alternative
from mapstudio.export.printmarks import poster_shapes
from mapstudio.export.reading import (
    CARD_TEXT_NAMES,
    DEFAULT_CARD_TEXT,
    DEFAULT_DISTANCE,
    DISTANCE_PRESETS,
    MAX_DISTANCE,
    MIN_DISTANCE,
    check_distance,
    describe_failures,
    needed_cap_height,
)
from mapstudio.export.title_shapes import title_block_shapes
from mapstudio.layout import MapLayout, Rect
from mapstudio.layout.registration import QUIET_ZONE
from mapstudio.layout.sheets import tile_grid
from mapstudio.model import Asset, Project
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.drawing import draw_shapes, paint_map_image
from mapstudio.ui.plain import PlainLabel, message_box
from mapstudio.ui.settings import app_settings

log = logging.getLogger(__name__)

CUSTOM = "Custom…"
AUTO = "auto"  # the page: A1, or the size the text needs
OTHER_DISTANCE = "other"
# Up to this distance (the workshop-table preset) card text is what people read.
TABLE_DISTANCE = next(metres for word, _n, metres in DISTANCE_PRESETS if word == "table")
PREVIEW_IMAGES = 4  # map pictures kept for the preview (one per layout)
TILE_SIZES = ("A4", "Letter", "A3", "Tabloid", "Legal", "A5")
UNITS = {"mm": MM, "cm": 10 * MM, "in": 72.0}
FITS = (("Fit the page", "page"), ("Fit the width", "width"), ("Scale", "scale"))
PREVIEW_MAP_PIXELS = 1800  # long side of the cached map picture in the preview
PREVIEW_HAIRLINE = 0.5  # pixels: the thinnest line the preview draws of the marks


def confirmation(report: ExportReport) -> str:
    """What an export wrote, for the message after it: its pages, the poster size and,
    when tiled, the sheets to print and the assembly guides."""
    pages = f"{report.pages} page" + ("s" if report.pages != 1 else "")
    sizes = ", ".join(dict.fromkeys(report.sizes))
    scales = ", ".join(dict.fromkeys(f"{s * 100:.0f} %" for s in report.scales))
    if not report.sheet:
        return f"The PDF was written: {pages}, {sizes}, map at {scales}."
    guides = len(report.maps)
    guide = "an assembly guide" if guides == 1 else f"{guides} assembly guides"
    text = (
        f"The PDF was written: {pages}, {guide} and {report.sheets} {report.sheet} "
        f"sheets to print at 100 % (actual size). Taped together they make {sizes}, "
        f"map at {scales}."
    )
    if report.skipped == 1:
        text += " One blank place of the grid is left out."
    elif report.skipped:
        text += f" {report.skipped} blank places of the grid are left out."
    return text


class DialogWording:
    """Advice in the dialog's words: the controls that carry it out, by their labels
    ("choose A0 in Paper size"), never the command line's options (--page A0)."""

    def advice(self, advice: Advice) -> str:
        page = advice.page.name
        if is_custom(advice.page):
            page = f"{CUSTOM} ({advice.page.width / MM:.0f} × {advice.page.height / MM:.0f} mm)"
        choices = [f"{page} in Paper size", f"{advice.orientation.capitalize()} in Orientation"]
        if advice.tile is not None:
            choices.append(f"{advice.tile.name} in Sheet size under “Tile onto office paper”")
        else:
            choices.append("no tiling (“Tile onto office paper” unticked)")
        return "choose " + ", ".join(choices[:-1]) + " and " + choices[-1]

    def page(self, name: str) -> str:
        return f"choose {name} in Paper size"

    def titles_only(self) -> str:
        return f"choose {CARD_TEXT_NAMES['titles'].capitalize()} in Cards show"

    def full_scale(self) -> str:
        return "choose Scale and 100 % in Scale"


DIALOG_WORDS = DialogWording()


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class PagePreview(QWidget):
    """A page of the poster, scaled to the widget, with the tiling grid on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plan: PosterPlan | None = None
        self.map_image: QImage | None = None
        self.message = ""
        self.pictures = PictureCache()  # persona photos of the title block

    def set_assets(self, assets: Mapping[str, Asset]) -> None:
        """The project's pictures, for the persona photos of the title block."""
        self.pictures.set_assets(assets)

    def show_plan(self, plan: PosterPlan | None, image: QImage | None, message: str = "") -> None:
        self.plan, self.map_image, self.message = plan, image, message
        self.update()

    def poster_placement(self, plan: PosterPlan) -> tuple[float, float, float]:
        """Where the poster's media (0, 0) shows in the widget, and pixels per point: the
        media and the assembled tiles, scaled to fit with a little room around."""
        tiles = plan.tiles
        left, top, right, bottom = 0.0, 0.0, plan.media_w, plan.media_h
        if tiles is not None:
            left, top = min(left, tiles.origin_x), min(top, tiles.origin_y)
            right = max(right, tiles.origin_x + tiles.assembled_w)
            bottom = max(bottom, tiles.origin_y + tiles.assembled_h)
        pad = 14.0
        scale = min(
            (self.width() - 2 * pad) / (right - left), (self.height() - 2 * pad) / (bottom - top)
        )
        ox = (self.width() - scale * (right - left)) / 2 - scale * left
        oy = (self.height() - scale * (bottom - top)) / 2 - scale * top
        return ox, oy, scale

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#E9EBEE"))
        plan = self.plan
        if plan is None:
            painter.setPen(QColor("#5B6675"))
            painter.drawText(
                self.rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message or "No preview",
            )
            painter.end()
            return
        tiles = plan.tiles
        ox, oy, scale = self.poster_placement(plan)
        painter.translate(ox, oy)
        painter.scale(scale, scale)
        self._paint_poster(painter, plan, scale)
        if tiles is not None:
            # The assembly guide's grid, drawn at the widget's scale: its names keep the
            # guide's sizes in pixels, so they read at any size of the dialog.
            painter.resetTransform()
            grid = tile_grid(tiles, plan.media_w, plan.media_h, ox, oy, scale)
            draw_shapes(painter, grid)
        painter.end()

    def _paint_poster(self, painter: QPainter, plan: PosterPlan, scale: float) -> None:
        # The sheet of paper itself, lifted off the dialog by a shadow.
        shadow = QRectF(0, 0, plan.media_w, plan.media_h).translated(3 / scale, 3 / scale)
        painter.fillRect(shadow, QColor(0, 0, 0, 40))
        paper = QColor(plan.layout.style.paper_color)  # as printed
        painter.fillRect(QRectF(0, 0, plan.media_w, plan.media_h), paper)
        own = poster_shapes(plan)
        draw_shapes(painter, own.ground)
        draw_shapes(
            painter, title_block_shapes(plan.title), self.pictures, plan.title_x, plan.title_y
        )
        if self.map_image is not None:
            painter.drawImage(_qrect(plan.map_rect), self.map_image)
        self._paint_photo_marks(painter, plan)
        # Crop marks are a quarter point thin: drawn at least half a pixel wide, so that
        # they show at the preview's size.
        draw_shapes(painter, own.marks, min_width=PREVIEW_HAIRLINE / scale)
        if plan.bleed > 0 or plan.crop_marks:
            # The trim as a thin dashed line, so the bleed shows as what gets cut off.
            pen = QPen(QColor("#C0392B"), 0.8 / scale, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(_qrect(plan.trim_rect))

    def _paint_photo_marks(self, painter: QPainter, plan: PosterPlan) -> None:
        """The photo markers and the code, as the PDF prints them."""
        squares = [(marker_bits(m.id), m.rect) for m in plan.marks]
        for mark in plan.marks:
            quiet = mark.rect.inset(-(QUIET_ZONE - 1) / 2 * mark.rect.w)
            painter.fillRect(_qrect(quiet), QColor("#FFFFFF"))
        if plan.code_rect is not None and plan.code_text:
            painter.fillRect(_qrect(plan.code_rect), QColor("#FFFFFF"))
            squares.append((code_modules(plan.code_text), plan.code_rect))
        ink = QColor(MARK_COLOR)
        for cells, rect in squares:
            unit = rect.w / len(cells)
            for row, col, length in dark_runs(cells):
                painter.fillRect(
                    QRectF(rect.x + col * unit, rect.y + row * unit, length * unit, unit), ink
                )


def render_map_image(
    map_layout: MapLayout,
    long_side: int = PREVIEW_MAP_PIXELS,
    assets: Mapping[str, Asset] | None = None,
) -> QImage:
    """The map's display list drawn into an image (for the preview only)."""
    scale = long_side / max(map_layout.width, map_layout.height)
    width = max(1, round(map_layout.width * scale))
    height = max(1, round(map_layout.height * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(map_layout.style.paper_color))
    pictures = PictureCache()
    if assets is not None:
        pictures.set_assets(assets)
    paint_map_image(image, map_layout, pictures=pictures)
    return image


def _spin(value: float, maximum: float, suffix: str, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0.0, maximum)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


class ExportPdfDialog(QDialog):
    """Options, preview and export of print-ready PDF posters."""

    def __init__(
        self,
        project: Project,
        current_map_id: str,
        suggested_path: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.project = project
        self.current_map_id = current_map_id
        self.suggested_path = suggested_path
        self.report: ExportReport | None = None
        self._layouts: LayoutMemo = {}
        # Map pictures by the layout they show (kept alive with it: ids stay unique).
        self._images: dict[int, tuple[MapLayout, QImage]] = {}
        self._plans: tuple[PosterPlan, ...] = ()
        self.advice: Advice | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(120)  # coalesce spin-box steps into one re-plan
        self._refresh.timeout.connect(self._update_preview)
        self._build()
        self._restore()
        self._connect()
        self._update_enabled()
        self._update_preview()

    # -- widgets ---------------------------------------------------------------------

    def _build(self) -> None:
        self.map_combo = QComboBox()
        for journey_map in self.project.maps:
            self.map_combo.addItem(journey_map.title, journey_map.id)
        if len(self.project.maps) > 1:
            self.map_combo.addItem("All maps (one page or tile set each)", None)
        index = self.map_combo.findData(self.current_map_id)
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
        custom_row = QHBoxLayout()
        custom_row.setContentsMargins(0, 0, 0, 0)
        custom_row.addWidget(self.custom_w)
        custom_row.addWidget(PlainLabel("×"))
        custom_row.addWidget(self.custom_h)
        custom_row.addWidget(self.custom_unit)
        self.custom_box = QWidget()
        self.custom_box.setLayout(custom_row)

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
        fit_row = QHBoxLayout()
        fit_row.setContentsMargins(0, 0, 0, 0)
        fit_row.addWidget(self.fit_combo, 1)
        fit_row.addWidget(self.percent_spin)
        fit_box = QWidget()
        fit_box.setLayout(fit_row)

        reading = QGroupBox("Reading distance")
        self.distance_combo = QComboBox()
        for word, name, metres in DISTANCE_PRESETS:
            self.distance_combo.addItem(f"{name} ({metres:g} m)", word)
        self.distance_combo.addItem("Other distance", OTHER_DISTANCE)
        self.distance_combo.setToolTip("Where people will stand to read the poster")
        self.distance_spin = _spin(DEFAULT_DISTANCE, MAX_DISTANCE, " m", 1)
        self.distance_spin.setMinimum(MIN_DISTANCE)
        self.distance_spin.setSingleStep(0.1)
        distance_row = QHBoxLayout()
        distance_row.setContentsMargins(0, 0, 0, 0)
        distance_row.addWidget(self.distance_combo, 1)
        distance_row.addWidget(self.distance_spin)
        distance_box = QWidget()
        distance_box.setLayout(distance_row)
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
        reading_form = QFormLayout(reading)
        reading_form.addRow("Read &from:", distance_box)
        reading_form.addRow("&Cards show:", self.card_text_combo)
        reading_form.addRow(self.rule_label)

        paper = QGroupBox("Poster")
        form = QFormLayout(paper)
        form.addRow("&Map:", self.map_combo)
        form.addRow("&Paper size:", self.page_combo)
        form.addRow("Custom size:", self.custom_box)
        form.addRow("&Orientation:", self.orientation_combo)
        form.addRow("&Scale:", fit_box)

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
        tile_form = QFormLayout(self.tile_group)
        tile_form.addRow("S&heet size:", self.tile_combo)
        tile_form.addRow("O&verlap:", self.overlap_spin)
        tile_form.addRow("Printer &margin:", self.margin_spin)

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
        shop_form = QFormLayout(shop)
        shop_form.addRow("&Bleed:", self.bleed_spin)
        shop_form.addRow(self.crop_check)
        shop_form.addRow(self.pdfx_check)

        content = QGroupBox("Content")
        self.template_check = QCheckBox("Blank &workshop template (cells for 76 mm notes)")
        self.gray_check = QCheckBox("&Greyscale")
        self.photo_marks_check = QCheckBox("Markers to read workshop p&hotos back")
        self.photo_marks_check.setToolTip(
            "Small markers round the map and a code in the title band: File ▸ Import "
            "Workshop Photos… then finds the map and its cells in a photo of the wall."
        )
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.template_check)
        content_layout.addWidget(self.gray_check)
        content_layout.addWidget(self.photo_marks_check)

        options = QVBoxLayout()
        for group in (reading, paper, self.tile_group, shop, content):
            options.addWidget(group)
        options.addStretch(1)

        self.preview = PagePreview()
        self.preview.set_assets(self.project.assets)
        # Both name maps and files: plain text, coloured by a style sheet.
        self.summary_label = PlainLabel()
        self.summary_label.setWordWrap(True)
        self.text_label = PlainLabel()
        self.text_label.setWordWrap(True)
        # The size (or tiling) that passes, in one click, when something does not.
        self.advice_button = QPushButton()
        self.advice_button.setVisible(False)
        self.advice_button.clicked.connect(self.apply_advice)
        # Card text read from further than a table: what a designer can really do,
        # besides a poster twice as large, is print titles only or read it up close.
        self.titles_button = QPushButton("Print titles only")
        self.titles_button.setToolTip(
            "Cards show their titles: what people read from where they stand"
        )
        self.titles_button.setVisible(False)
        self.titles_button.clicked.connect(self.print_titles_only)
        self.table_button = QPushButton(f"Read at a table ({TABLE_DISTANCE:g} m)")
        self.table_button.setToolTip(
            "Keep the card text and size it for reading up close, at a workshop table"
        )
        self.table_button.setVisible(False)
        self.table_button.clicked.connect(self.read_at_a_table)
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.advice_button)
        advice_row.addWidget(self.titles_button)
        advice_row.addWidget(self.table_button)
        advice_row.addStretch(1)
        preview_box = QVBoxLayout()
        preview_box.addWidget(self.preview, 1)
        preview_box.addWidget(self.summary_label)
        preview_box.addWidget(self.text_label)
        preview_box.addLayout(advice_row)

        columns = QHBoxLayout()
        columns.addLayout(options)
        columns.addLayout(preview_box, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton("&Export…")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)

        root = QVBoxLayout(self)
        root.addLayout(columns, 1)
        root.addWidget(self.buttons)
        self.resize(1100, 800)

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
        self._update_enabled()
        self._refresh.start()

    def _update_enabled(self) -> None:
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
        if self.card_text_combo.currentData() != "titles" and distance > TABLE_DISTANCE:
            # Card text at a size for the wall makes the poster about twice as large.
            rule += " Card text is for reading up close: from further away, titles only."
        self.rule_label.setText(rule)

    # -- options -----------------------------------------------------------------------

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

    # -- preview -----------------------------------------------------------------------

    def _update_preview(self) -> None:
        self.advice = None
        for button in (self.advice_button, self.titles_button, self.table_button):
            button.setVisible(False)
        try:
            options = self.options()
            self._plans = plan_export(self.project, options, layouts=self._layouts)
        except ExportError as exc:
            self._plans = ()
            self.preview.show_plan(None, None, str(exc))
            self.summary_label.setText("")
            self._show_text_size(str(exc), "#C0392B")
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        first = self._plans[0]
        self.preview.show_plan(first, self._map_image(first.layout))
        pages = sum(len(p.tiles.printed) + 1 if p.tiles else 1 for p in self._plans)
        parts = [f"{pages} page" + ("s" if pages != 1 else ""), first.size_label]
        parts.append(f"map at {first.scale * 100:.0f} %")
        if first.tiles is not None:
            t = first.tiles
            sheets = f"{len(t.printed)} {t.sheet_name} sheets plus an assembly guide"
            if t.skipped:
                sheets += f" ({len(t.skipped)} blank left out)"
            parts.append(sheets)
        if len(self._plans) > 1:
            parts.append(f"preview shows “{first.journey_map.title}”")
        self.summary_label.setText(" · ".join(parts))
        self._show_reading(options.distance)

    def _map_image(self, map_layout: MapLayout) -> QImage:
        """The map drawn as an image, once per layout the poster takes."""
        known = self._images.get(id(map_layout))
        if known is not None:
            return known[1]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image = render_map_image(map_layout, assets=self.project.assets)
        finally:
            QApplication.restoreOverrideCursor()
        self._images[id(map_layout)] = (map_layout, image)
        for old in list(self._images)[: max(0, len(self._images) - PREVIEW_IMAGES)]:
            del self._images[old]
        return image

    def _show_reading(self, distance: float) -> None:
        """Whether every text reads from the distance; if not, what fails and by how
        much, and the size that passes as a button."""
        lines = []
        for plan in self._plans:
            prefix = f"“{plan.journey_map.title}”: " if len(self._plans) > 1 else ""
            if plan.auto_chosen:
                printed = f"printed on {plan.size_label}"
                line = (
                    f"{prefix}{printed if prefix else 'P' + printed[1:]}, as on A1 its "
                    f"text would not read from {distance:g} m."
                )
                alternative = a0_alternative(plan, DIALOG_WORDS)
                if alternative:
                    line += f" {alternative}."
                lines.append(line)
            failures = describe_failures(plan.text_checks, distance)
            if failures:
                lines.append(prefix + failures[0].upper() + failures[1:] + ".")
        failing = [p for p in self._plans if not p.passes]
        card_text = self.card_text_combo.currentData() != "titles"
        if card_text and distance > TABLE_DISTANCE and (failing or self._beyond_a1()):
            # Card text from the wall takes a poster about twice as large: offer what a
            # designer can really do instead (docs/printing.md, "What of each card").
            lines.append(
                "Card text is for reading up close: print titles only to read the poster "
                f"from {distance:g} m, or keep the card text and read it at a table "
                f"({TABLE_DISTANCE:g} m)."
            )
            self.titles_button.setVisible(True)
            self.table_button.setVisible(True)
        if not failing:
            smallest = min(
                (c for p in self._plans for c in p.text_checks), key=lambda c: c.cap, default=None
            )
            head = f"Every text reads from {distance:g} m"
            if smallest is not None:
                head += f": the smallest capitals ({smallest.what}) are {smallest.cap:.1f} mm high."
            self._show_text_size("\n".join([head + ("" if smallest else "."), *lines]), "#2F8A55")
            return
        advised = [p.advice for p in failing if p.advice is not None]
        if len(advised) == len(failing):
            # One size for every map: the largest that any of them needs.
            self.advice = max(advised, key=lambda a: a.page.width * a.page.height)
            self.advice_button.setText(f"Use {self.advice.label}")
            self.advice_button.setToolTip(
                f"Every text reads from {distance:g} m on {self.advice.label}"
            )
            self.advice_button.setVisible(True)
        else:
            titles = "" if self.card_text_combo.currentData() == "titles" else "print titles only, "
            lines.append(
                "No size up to 4A0 makes every text readable from there: "
                f"{titles}choose a shorter distance, or split the map."
            )
        self._show_text_size("\n".join(lines), "#C0392B")

    def _beyond_a1(self) -> bool:
        """Whether Automatic had to choose a page larger than A1 for the text."""
        return any(plan.auto_chosen for plan in self._plans)

    def print_titles_only(self) -> None:
        """Cards show their titles only (the advice for card text read from afar)."""
        self.card_text_combo.setCurrentIndex(self.card_text_combo.findData("titles"))
        self._update_enabled()
        self._update_preview()

    def read_at_a_table(self) -> None:
        """The workshop-table distance, where card text is read (the other advice)."""
        self.distance_combo.setCurrentIndex(self.distance_combo.findData("table"))
        self._update_enabled()
        self._update_preview()

    def apply_advice(self) -> None:
        """Set the page, orientation and tiling that the advice names."""
        advice = self.advice
        if advice is None:
            return
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
        self._update_enabled()
        self._update_preview()

    def _show_text_size(self, text: str, color: str) -> None:
        self.text_label.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.text_label.setText(text)

    # -- export ------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for the output file and write the PDF, with a progress dialog."""
        try:
            options = self.options()
        except ExportError as exc:
            self._error(str(exc))
            return
        settings = self._settings()
        folder = settings.value("last_dir", "")
        if self.suggested_path is not None:
            start = self.suggested_path
            if folder:
                start = Path(str(folder)) / self.suggested_path.name
        else:
            start = Path(str(folder or Path.home())) / "journey-map.pdf"
        settings.endGroup()
        name, _filter = QFileDialog.getSaveFileName(
            self, "Export PDF", str(start), "PDF documents (*.pdf)"
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        progress = QProgressDialog("Drawing the poster…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Export PDF")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # quick exports finish before it shows

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(1, total))
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            result = export_pdf(
                self.project,
                path,
                options,
                progress=report,
                layouts=self._layouts,
                wording=DIALOG_WORDS,
            )
        except ExportCancelled:
            progress.close()
            return
        except (ExportError, OSError) as exc:
            progress.close()
            log.info("export to %s failed: %s", path, exc)
            self._error(str(exc) if isinstance(exc, ExportError) else f"Cannot write {path}: {exc}")
            return
        progress.close()
        self.report = result
        self._save(path)
        # Every export says what it wrote and where, tiled or not, notes or none: a tile
        # set of fifty sheets must not vanish into a folder without a word.
        message_box(
            QMessageBox.Icon.Information,
            "PDF exported",
            confirmation(result),
            QMessageBox.StandardButton.Ok,
            self,
            informative="\n\n".join([f"File: {result.path}", *result.warnings]),
        ).exec()
        self.accept()

    def _error(self, text: str) -> None:
        message_box(
            QMessageBox.Icon.Warning,
            "Cannot export the PDF",
            text,
            QMessageBox.StandardButton.Ok,
            self,
        ).exec()

    # -- remembered choices ---------------------------------------------------------------

    @staticmethod
    def _settings() -> QSettings:
        settings = app_settings()
        settings.beginGroup("export")
        return settings

    def _restore(self) -> None:
        s = self._settings()

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

        pick(self.page_combo, "page")
        pick(self.distance_combo, "distance_preset")
        pick(self.card_text_combo, "card_text")
        if s.value("card_text") is None:
            self.card_text_combo.setCurrentIndex(self.card_text_combo.findData(DEFAULT_CARD_TEXT))
        if s.value("distance_preset") is None:
            self.distance_combo.setCurrentIndex(self.distance_combo.findData("wall"))
        pick(self.orientation_combo, "orientation")
        pick(self.fit_combo, "fit")
        pick(self.tile_combo, "tile")
        unit = s.value("custom_unit")
        if unit in UNITS:
            self.custom_unit.setCurrentText(str(unit))
        for spin, key in (
            (self.custom_w, "custom_w"),
            (self.custom_h, "custom_h"),
            (self.percent_spin, "percent"),
            (self.overlap_spin, "overlap_mm"),
            (self.margin_spin, "margin_mm"),
            (self.bleed_spin, "bleed_mm"),
            (self.distance_spin, "distance_m"),
        ):
            number(spin, key)
        self.tile_group.setChecked(flag("tiled"))
        self.crop_check.setChecked(flag("crop_marks"))
        self.template_check.setChecked(flag("template"))
        self.gray_check.setChecked(flag("grayscale"))
        self.pdfx_check.setChecked(flag("pdfx"))
        self.photo_marks_check.setChecked(flag("photo_marks"))
        s.endGroup()

    def _save(self, path: Path) -> None:
        s = self._settings()
        s.setValue("page", self.page_combo.currentData())
        s.setValue("distance_preset", self.distance_combo.currentData())
        s.setValue("distance_m", self.distance_spin.value())
        s.setValue("card_text", self.card_text_combo.currentData())
        s.setValue("custom_w", self.custom_w.value())
        s.setValue("custom_h", self.custom_h.value())
        s.setValue("custom_unit", self.custom_unit.currentText())
        s.setValue("orientation", self.orientation_combo.currentData())
        s.setValue("fit", self.fit_combo.currentData())
        s.setValue("percent", self.percent_spin.value())
        s.setValue("tiled", self.tile_group.isChecked())
        s.setValue("tile", self.tile_combo.currentData())
        s.setValue("overlap_mm", self.overlap_spin.value())
        s.setValue("margin_mm", self.margin_spin.value())
        s.setValue("bleed_mm", self.bleed_spin.value())
        s.setValue("crop_marks", self.crop_check.isChecked())
        s.setValue("template", self.template_check.isChecked())
        s.setValue("grayscale", self.gray_check.isChecked())
        s.setValue("pdfx", self.pdfx_check.isChecked())
        s.setValue("photo_marks", self.photo_marks_check.isChecked())
        s.setValue("last_dir", str(path.parent))
        s.endGroup()
        s.sync()


__all__ = ["DIALOG_WORDS", "DialogWording", "ExportPdfDialog", "PagePreview", "render_map_image"]
