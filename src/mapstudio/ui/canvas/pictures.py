"""Embedded pictures on the canvas: decoded once per scene, drawn clipped and cropped.

The layout reserves a rect for each card picture (from the asset's stored size); the
scene's `PictureCache` decodes an asset the first time an item paints it and keeps the
QImage while the project still holds that asset. An asset id never changes its content,
so a decoded picture never goes stale.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from mapstudio.layout.glyphs import PICTURE_GLYPH
from mapstudio.model import Asset
from mapstudio.ui.painting import draw_glyph

log = logging.getLogger(__name__)

PLACEHOLDER_FILL = QColor("#D5D9DE")
PLACEHOLDER_INK = QColor("#7B8794")


class PictureCache:
    """The project's assets (a reference, no copy) and the pictures decoded from them."""

    def __init__(self) -> None:
        self.assets: Mapping[str, Asset] = {}
        self._images: dict[str, QImage | None] = {}
        self.decoded = 0  # how many assets were decoded, for tests

    def set_assets(self, assets: Mapping[str, Asset]) -> None:
        """Follow the project's assets; forget pictures of assets no longer there."""
        if assets is self.assets:
            return
        self.assets = assets
        for asset_id in [i for i in self._images if i not in assets]:
            del self._images[asset_id]

    def image(self, asset_id: str | None) -> QImage | None:
        """The decoded picture, or None for a missing or undecodable asset."""
        if asset_id is None:
            return None
        if asset_id in self._images:
            return self._images[asset_id]
        image: QImage | None = None
        asset = self.assets.get(asset_id)
        if asset is not None:
            self.decoded += 1
            try:
                decoded = QImage.fromData(QByteArray(asset.data))
            except Exception:  # a damaged picture must never break painting
                log.warning("picture %s could not be decoded", asset_id, exc_info=True)
                decoded = QImage()
            if decoded.isNull():
                log.warning("picture %s is not a readable image", asset_id)
            else:
                image = decoded
        self._images[asset_id] = image
        return image


def cover_source(image: QImage, target: QRectF) -> QRectF:
    """The centred part of `image` with the aspect ratio of `target` ("object-fit: cover")."""
    iw, ih = image.width(), image.height()
    if target.width() <= 0 or target.height() <= 0:
        return QRectF(0, 0, iw, ih)
    ratio = target.width() / target.height()
    if iw / ih > ratio:
        w = ih * ratio
        return QRectF((iw - w) / 2, 0, w, ih)
    h = iw / ratio
    return QRectF(0, (ih - h) / 2, iw, h)


def draw_picture(painter: QPainter, image: QImage | None, rect: QRectF, radius: float) -> None:
    """A picture filling `rect` with rounded corners; a grey placeholder with a picture
    glyph when `image` is None (the asset is missing or damaged)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    if image is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PLACEHOLDER_FILL)
        painter.drawPath(path)
        side = min(rect.width(), rect.height(), 48.0) * 0.8
        glyph = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        draw_glyph(painter, PICTURE_GLYPH, glyph, PLACEHOLDER_INK)
    else:
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        painter.drawImage(rect, image, cover_source(image, rect))
    painter.restore()


def draw_round_photo(painter: QPainter, image: QImage, rect: QRectF) -> None:
    """A persona photo in the circle inscribed in `rect`, cropped to fill it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(rect)
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    painter.drawImage(rect, image, cover_source(image, rect))
    painter.restore()
