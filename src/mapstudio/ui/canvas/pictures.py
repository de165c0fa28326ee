"""Embedded pictures on the canvas: decoded at the size they are shown.

The layout reserves a rect for each card picture (from the asset's stored size); the
scene's `PictureCache` decodes an asset the first time an item paints it, at the size it
is painted (in steps of two, so zooming seldom decodes again), and keeps the decoded
pictures within a budget of bytes, forgetting the least recently painted first. A
picture in a file is untrusted: it is decoded only as PNG or JPEG by content (see
mapstudio.ui.images), and a damaged one is painted as its display list's fallback
(mapstudio.ui.drawing), remembered so it is not decoded again and so an export can
name its card.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPaintEngine, QPainter

from mapstudio.fileformat.images import decode_side
from mapstudio.model import Asset
from mapstudio.ui.images import ImageError, decode_picture

log = logging.getLogger(__name__)

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

    def image_for(self, painter: QPainter, asset_id: str | None, placed: QRectF) -> QImage | None:
        """The picture for drawing the whole of it onto `placed` (where the display list
        puts it; a clip may show only part) with `painter`: with as many pixels as the
        device shows there (print resolution for SVG and PDF), never more than it has."""
        if asset_id is None:
            return None
        width, height = device_size(painter, placed)
        return self.image(asset_id, max(width, height))

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
