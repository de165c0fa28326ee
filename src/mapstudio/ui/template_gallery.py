"""File > New from Template: a gallery of the bundled templates to start a project from.

Each tile shows a thumbnail of the template's first map (drawn by the canvas's own items,
so it looks like what the designer will get), its title, its sentence and its size. A
checkbox leaves out the example content. The dialog only chooses: `chosen()` returns a
new Project with fresh ids, and the window opens it. The dialog's own strings go through
Qt's translation; template titles and sentences come from resources/templates/index.json.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.layout import layout
from mapstudio.model import Project
from mapstudio.templates import (
    TemplateError,
    TemplateInfo,
    list_templates,
    load_template,
    new_project_from_template,
)
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.drawing import render_map
from mapstudio.ui.i18n import translate
from mapstudio.ui.plain import PlainLabel, message_box

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(240, 140)  # logical pixels of a tile's picture
TILE_SIZE = QSize(264, 282)
SENTENCE_LINES = 3
THUMB_SCALE = 2  # rendered at twice the size, so it stays sharp on high-DPI screens
NAME_ROLE = Qt.ItemDataRole.UserRole
SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB_ROLE = Qt.ItemDataRole.UserRole + 3

DESK = QColor("#EEF0F3")


@cache
def template_thumbnail(
    name: str, width: int = THUMB_SIZE.width(), height: int = THUMB_SIZE.height()
) -> QImage:
    """A picture of the top of a template's first map, `width` × `height` logical pixels
    (cached: templates never change while the app runs)."""
    project = load_template(name)
    journey_map = project.maps[0]
    map_layout = layout(journey_map, project)
    pictures = PictureCache()
    pictures.set_assets(project.assets)
    image = QImage(width * THUMB_SCALE, height * THUMB_SCALE, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(THUMB_SCALE)
    image.fill(DESK)
    # The whole width of the map, as much of its height as the tile's shape allows: the
    # stage headers, the first band and the first lanes say what kind of map it is.
    source_height = min(map_layout.height, map_layout.width * height / width)
    source = QRectF(0.0, 0.0, map_layout.width, source_height)
    scale = min(width / source.width(), height / source.height())
    target = QRectF(0.0, 0.0, source.width() * scale, source.height() * scale)
    target.moveCenter(QRectF(0.0, 0.0, width, height).center())
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        render_map(painter, map_layout, target, source, pictures)
    finally:
        painter.end()
    return image


def _summary(project: Project) -> str:
    journey_map = project.maps[0]
    stages, personas = len(journey_map.stages), len(journey_map.bands)
    cards = len(journey_map.cards)
    # Singular and plural spelled out: without an English .qm, Qt's "%n stage(s)" would
    # show the "(s)" as it is.
    parts = [
        _plural(
            stages,
            translate("TemplateGalleryDialog", "1 stage"),
            translate("TemplateGalleryDialog", "{n} stages"),
        ),
        _plural(
            personas,
            translate("TemplateGalleryDialog", "1 persona"),
            translate("TemplateGalleryDialog", "{n} personas"),
        ),
        _plural(
            cards,
            translate("TemplateGalleryDialog", "1 example card"),
            translate("TemplateGalleryDialog", "{n} example cards"),
        )
        if cards
        else translate("TemplateGalleryDialog", "no example content"),
    ]
    return " · ".join(parts)


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


def wrap_lines(
    text: str, metrics: QFontMetrics, width: int, max_lines: int = SENTENCE_LINES
) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width` pixels, the last one
    ending in an ellipsis when the text does not fit: never a line cut in half."""
    lines: list[str] = []
    words = text.split()
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            rest = " ".join(words[i:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


class TemplateTileDelegate(QStyledItemDelegate):
    """Draws a tile: thumbnail, bold title, the sentence and a grey summary line."""

    PADDING = 12

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return TILE_SIZE

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        state = option.state
        palette = option.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        highlight = palette.highlight().color()
        if selected:
            fill = QColor(highlight)
            fill.setAlpha(28)
            painter.setBrush(fill)
            painter.setPen(QPen(highlight, 2.0))
        else:
            painter.setBrush(palette.base().color())
            painter.setPen(QPen(QColor("#B8C0CC") if hovered else QColor("#D5DAE1"), 1.0))
        painter.drawRoundedRect(QRectF(rect), 8, 8)

        pad = self.PADDING
        thumb = index.data(THUMB_ROLE)
        thumb_rect = QRect(
            rect.x() + (rect.width() - THUMB_SIZE.width()) // 2,
            rect.y() + pad,
            THUMB_SIZE.width(),
            THUMB_SIZE.height(),
        )
        if isinstance(thumb, QImage) and not thumb.isNull():
            painter.drawImage(thumb_rect, thumb)
        painter.setPen(QPen(QColor("#D5DAE1"), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(thumb_rect).adjusted(-0.5, -0.5, 0.5, 0.5))

        text_left = rect.x() + pad
        text_width = rect.width() - 2 * pad
        y = thumb_rect.bottom() + 10
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        painter.setFont(title_font)
        painter.setPen(palette.text().color())
        title_height = painter.fontMetrics().height()
        painter.drawText(
            QRect(text_left, y, text_width, title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )
        y += title_height + 2
        body_font = QFont(option.font)
        painter.setFont(body_font)
        painter.setPen(QColor("#3F4856"))
        metrics = painter.fontMetrics()
        line = metrics.lineSpacing()
        meta_top = rect.bottom() - pad - line
        for text in wrap_lines(str(index.data(SENTENCE_ROLE)), metrics, text_width):
            painter.drawText(
                QRect(text_left, y, text_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += line
        meta_font = QFont(body_font)
        meta_font.setPointSizeF(body_font.pointSizeF() * 0.92)
        painter.setFont(meta_font)
        painter.setPen(QColor("#6B7480"))
        painter.drawText(
            QRect(text_left, meta_top, text_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(index.data(META_ROLE)),
        )
        painter.restore()


class TemplateGalleryDialog(QDialog):
    """Choose a template (and whether to keep its example content) for a new project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self._chosen: Project | None = None

        intro = PlainLabel(
            self.tr(
                "Start a new project from a template. Each one comes with example personas, "
                "cards and emotions to show how it is used; clear them below to start blank."
            )
        )
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWrapping(True)
        self.list.setUniformItemSizes(True)
        self.list.setGridSize(TILE_SIZE + QSize(8, 8))
        self.list.setSpacing(0)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.setItemDelegate(TemplateTileDelegate(self.list))
        self.list.setStyleSheet("QListWidget { background: #EEF0F3; border: none; }")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        self.without_content = QCheckBox(self.tr("Start without example content"))
        self.without_content.setToolTip(
            self.tr(
                "Keep the template's stages, lanes and personas; leave out its example cards "
                "and emotion points."
            )
        )

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.list, 1)
        box.addWidget(self.without_content)
        box.addWidget(buttons)

        self._fill()
        # Four tiles across and two rows: every template at a glance on a laptop screen.
        self.resize(4 * (TILE_SIZE.width() + 8) + 40, 2 * (TILE_SIZE.height() + 8) + 130)

    def _fill(self) -> None:
        for info in list_templates():
            try:
                project = load_template(info.name)
                thumb = template_thumbnail(info.name)
            except TemplateError:
                # A damaged installation: the other templates still work.
                log.exception("template %s left out of the gallery", info.name)
                continue
            self._add_tile(info, project, thumb)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _add_tile(self, info: TemplateInfo, project: Project, thumb: QImage) -> None:
        item = QListWidgetItem(info.title)
        item.setData(NAME_ROLE, info.name)
        item.setData(SENTENCE_ROLE, info.sentence)
        item.setData(META_ROLE, _summary(project))
        item.setData(THUMB_ROLE, thumb)
        item.setToolTip(info.sentence)
        item.setSizeHint(TILE_SIZE)
        self.list.addItem(item)

    # -- what the window and tests use ---------------------------------------------------

    def template_names(self) -> list[str]:
        """The names of the templates shown, in order."""
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def selected_name(self) -> str | None:
        """The name of the selected template, if any."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(NAME_ROLE))

    def select(self, name: str) -> None:
        """Select the template called `name` (KeyError if it is not shown)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(NAME_ROLE) == name:
                self.list.setCurrentRow(i)
                return
        raise KeyError(name)

    def accept(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        try:
            self._chosen = new_project_from_template(
                name, with_content=not self.without_content.isChecked()
            )
        except TemplateError as exc:
            message_box(
                QMessageBox.Icon.Warning, self.tr("New from Template"), str(exc), parent=self
            ).exec()
            return
        log.info("new project from template %s (empty=%s)", name, self.without_content.isChecked())
        super().accept()

    def reject(self) -> None:
        self._chosen = None
        super().reject()

    def chosen(self) -> Project | None:
        """The new project after Create (fresh ids; example content as chosen); None after
        Cancel or before the dialog was accepted."""
        return self._chosen


__all__ = ["TemplateGalleryDialog", "TemplateTileDelegate", "template_thumbnail"]
