"""The export dialog's preview: one page of the poster as the PDF prints it, scaled to
the widget.

It draws the same `PosterPlan` the PDF writer uses (mapstudio.export.poster): the paper
with its title band and crop marks, the title block, the map, the photo marks and the
assembly guide's sheet grid, each from the display list the PDF prints
(mapstudio.layout), through the canvas's Qt interpreter (mapstudio.ui.drawing). The map
itself is drawn once per layout into a picture that the preview scales.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from mapstudio.export import PosterPlan
from mapstudio.export.printmarks import poster_shapes
from mapstudio.export.title_shapes import title_block_shapes
from mapstudio.layout import MapLayout, Rect
from mapstudio.layout.sheets import tile_grid
from mapstudio.model import Asset
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.drawing import draw_shapes, paint_map_image

PREVIEW_IMAGES = 4  # map pictures kept for the preview (one per layout)
PREVIEW_MAP_PIXELS = 1800  # long side of the cached map picture in the preview
PREVIEW_HAIRLINE = 0.5  # pixels: the thinnest line the preview draws of the marks


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
        draw_shapes(painter, own.photo)  # the photo markers and the code
        # Crop marks are a quarter point thin: drawn at least half a pixel wide, so that
        # they show at the preview's size.
        draw_shapes(painter, own.marks, min_width=PREVIEW_HAIRLINE / scale)
        if plan.bleed > 0 or plan.crop_marks:
            # The trim as a thin dashed line, so the bleed shows as what gets cut off.
            pen = QPen(QColor("#C0392B"), 0.8 / scale, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(_qrect(plan.trim_rect))


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


class MapPictures:
    """The map pictures of the last few layouts the preview showed: drawing a large map
    takes a moment, and stepping a spin box back and forth must not draw it again."""

    def __init__(self, assets: Mapping[str, Asset]) -> None:
        self.assets = assets
        # By the layout they show, kept alive with it so that ids stay unique.
        self._images: dict[int, tuple[MapLayout, QImage]] = {}

    def picture(self, map_layout: MapLayout) -> QImage:
        """The map drawn as an image, once per layout the poster takes."""
        known = self._images.get(id(map_layout))
        if known is not None:
            return known[1]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image = render_map_image(map_layout, assets=self.assets)
        finally:
            QApplication.restoreOverrideCursor()
        self._images[id(map_layout)] = (map_layout, image)
        for old in list(self._images)[: max(0, len(self._images) - PREVIEW_IMAGES)]:
            del self._images[old]
        return image


__all__ = ["MapPictures", "PagePreview", "render_map_image"]
