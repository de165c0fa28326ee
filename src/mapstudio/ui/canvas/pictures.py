"""Embedded pictures on the canvas: decoded at the size they are shown, drawn clipped.

The layout reserves a rect for each card picture (from the asset's stored size); the
scene's `PictureCache` decodes an asset the first time an item paints it, at the size it
is painted (in steps of two, so zooming seldom decodes again), and keeps the decoded
pictures within a budget of bytes, forgetting the least recently painted first. A
picture in a file is untrusted: it is decoded only as PNG or JPEG by content (see
mapstudio.ui.images), and a damaged one is painted as a placeholder, remembered so it
is not decoded again and so an export can name its card.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QPainterPath

from mapstudio.fileformat.images import decode_side
from mapstudio.layout.glyphs import PICTURE_GLYPH
from mapstudio.model import Asset
from mapstudio.ui.images import ImageError, decode_picture
from mapstudio.ui.painting import draw_glyph

log = logging.getLogger(__name__)

PLACEHOLDER_FILL = QColor("#D5D9DE")
PLACEHOLDER_INK = QColor("#7B8794")
# Decoded pictures kept at once. One 40-megapixel picture at full size takes 160 MB;
# a card picture on screen takes a few hundred kilobytes.
PICTURE_BUDGET_BYTES = 256 * 1024 * 1024
# Pictures painted into a vector file (SVG, PDF) keep this resolution on paper.
VECTOR_PICTURE_DPI = 300.0
_VECTOR_ENGINES = frozenset(
    {QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture}
)


class PictureCache:
    """The project's assets (a reference, no copy) and pictures decoded from them."""

    def __init__(self, budget_bytes: int = PICTURE_BUDGET_BYTES) -> None:
        self.assets: Mapping[str, Asset] = {}
        self.budget_bytes = budget_bytes
        # asset id -> the decoded picture, least recently used first
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self.bytes = 0  # decoded bytes held now
        self.damaged: dict[str, None] = {}  # assets that cannot be decoded, in order found
        self.decoded = 0  # how many decodes ran, for tests
        # Told once per asset that cannot be decoded (the window names its card).
        self.on_damaged: Callable[[str], None] | None = None

    def set_assets(self, assets: Mapping[str, Asset]) -> None:
        """Follow the project's assets; forget pictures of assets no longer there."""
        if assets is self.assets:
            return
        self.assets = assets
        for asset_id in [i for i in self._images if i not in assets]:
            self._forget(asset_id)
        for asset_id in [i for i in self.damaged if i not in assets]:
            del self.damaged[asset_id]

    def image(self, asset_id: str | None, side: float | None = None) -> QImage | None:
        """The picture decoded with a long side of at least `side` pixels (or as large
        as it is; None: full size), or None for a missing or damaged asset."""
        if asset_id is None or asset_id in self.damaged:
            return None
        asset = self.assets.get(asset_id)
        if asset is None:
            return None
        full = max(asset.width, asset.height)
        wanted = full if side is None else decode_side(side, full)
        cached = self._images.get(asset_id)
        if cached is not None:
            have = max(cached.width(), cached.height())
            if have >= wanted or have >= full:
                self._images.move_to_end(asset_id)
                return cached
            self._forget(asset_id)
        self.decoded += 1
        try:
            image = decode_picture(
                asset.data, wanted if wanted < full else None, auto_transform=False
            )
        except ImageError as error:  # a damaged picture must never break painting
            log.warning("picture %s not shown: %s", asset_id, error)
            self.damaged[asset_id] = None
            if self.on_damaged is not None:
                self.on_damaged(asset_id)
            return None
        self._images[asset_id] = image
        self.bytes += image.sizeInBytes()
        while self.bytes > self.budget_bytes and len(self._images) > 1:
            oldest = next(iter(self._images))
            self._forget(oldest)
        return image

    def image_for(self, painter: QPainter, asset_id: str | None, rect: QRectF) -> QImage | None:
        """The picture for covering `rect` with `painter`: with as many pixels as the
        device shows there (print resolution for SVG and PDF), never more than it has."""
        if asset_id is None:
            return None
        asset = self.assets.get(asset_id)
        if asset is None:
            return None
        width, height = device_size(painter, rect)
        # Covering crops one side, so the other decides the scale.
        scale = max(width / asset.width, height / asset.height)
        return self.image(asset_id, max(asset.width, asset.height) * scale)

    def _forget(self, asset_id: str) -> None:
        image = self._images.pop(asset_id, None)
        if image is not None:
            self.bytes -= image.sizeInBytes()


def device_size(painter: QPainter, rect: QRectF) -> tuple[float, float]:
    """The device pixels `rect` covers when `painter` paints it; for vector outputs,
    the pixels it needs at VECTOR_PICTURE_DPI."""
    mapped = painter.deviceTransform().mapRect(rect)
    width, height = mapped.width(), mapped.height()
    engine = painter.paintEngine()
    if engine is not None and engine.type() in _VECTOR_ENGINES:
        device = painter.device()
        factor = VECTOR_PICTURE_DPI / max(1, device.logicalDpiX() if device is not None else 72)
        width, height = width * factor, height * factor
    if not (math.isfinite(width) and math.isfinite(height)):
        return 0.0, 0.0
    return width, height


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
