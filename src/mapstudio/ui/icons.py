"""QIcons and small pixmaps for the widgets: glyph icons, colour swatches and avatars.

The glyphs are the same vector paths the canvas and the PDF draw (layout/glyphs.py), so a
channel looks alike in a combo box, on a card and on paper. Every icon is rendered once
per argument set at several sizes (and at 2x for high-DPI screens) and cached: the
inspector asks for the same dozen icons after every edit.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap

from mapstudio.layout import DEFAULT_STYLE
from mapstudio.layout.glyphs import CHANNEL_GLYPHS, FACE_GLYPHS, KIND_GLYPHS, Glyph
from mapstudio.model import Channel, LaneKind, persona_initials, readable_ink
from mapstudio.ui.fonts import register_bundled_fonts
from mapstudio.ui.images import ImageError, decode_picture
from mapstudio.ui.painting import draw_glyph

ICON_SIZES = (16, 20, 24, 32, 48)
_SCALES = (1.0, 2.0)  # plain and high-DPI pixmaps of every size


def _blank(size: int, scale: float) -> QPixmap:
    pixmap = QPixmap(round(size * scale), round(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


@cache
def glyph_icon(glyph: Glyph, color: str) -> QIcon:
    """A glyph drawn in `color` as an icon with a pixmap for every common size."""
    icon = QIcon()
    for size in ICON_SIZES:
        for scale in _SCALES:
            pixmap = _blank(size, scale)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # A small inset keeps the round pen's caps inside the pixmap.
            inset = size * 0.06
            draw_glyph(
                painter, glyph, QRectF(inset, inset, size - 2 * inset, size - 2 * inset), color
            )
            painter.end()
            icon.addPixmap(pixmap)
    return icon


def channel_icon(channel: Channel) -> QIcon:
    """The icon of a touchpoint channel, in the touchpoint accent colour."""
    return glyph_icon(CHANNEL_GLYPHS[channel], DEFAULT_STYLE.kind_accent(LaneKind.TOUCHPOINTS))


def kind_icon(kind: LaneKind) -> QIcon:
    """The icon of a lane kind, in its accent colour (as on the canvas)."""
    return glyph_icon(KIND_GLYPHS[kind], DEFAULT_STYLE.kind_accent(kind))


def face_icon(face: str, color: str = "#1F2933") -> QIcon:
    """An emotion face ("very_negative" .. "very_positive")."""
    return glyph_icon(FACE_GLYPHS[face], color)


@cache
def swatch_icon(color: str | None, size: int = 16) -> QIcon:
    """A rounded colour swatch; None draws the 'no colour' swatch (a diagonal stroke)."""
    icon = QIcon()
    for scale in _SCALES:
        pixmap = _blank(size, scale)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(1.5, 1.5, size - 3, size - 3)
        painter.setPen(QPen(QColor("#8A94A3"), 1.0))
        painter.setBrush(QColor(color) if color else QColor("#FFFFFF"))
        painter.drawRoundedRect(rect, 3, 3)
        if color is None:
            painter.setPen(QPen(QColor("#C0392B"), 1.4))
            painter.drawLine(rect.bottomLeft(), rect.topRight())
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# -- avatars ---------------------------------------------------------------------------

AVATAR_DECODE_SIDE = 256  # pixels: the largest avatar drawn, at twice its size for HiDPI


@lru_cache(maxsize=64)
def _decoded(data: bytes) -> QImage:
    """A persona photo decoded small, and only as PNG or JPEG by content (a photo in a
    project file is untrusted); a null image when it cannot be read (initials then)."""
    try:
        return decode_picture(data, AVATAR_DECODE_SIDE, auto_transform=False)
    except ImageError:
        return QImage()


@lru_cache(maxsize=512)
def avatar_pixmap(
    name: str, color: str, photo: bytes | None, size: int, scale: float = 1.0
) -> QPixmap:
    """A round avatar: the photo cropped to a circle, else initials on the persona colour.

    A thin ring in the persona colour keeps a photo tied to its persona's accent.
    """
    pixmap = _blank(size, scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QRectF(0.5, 0.5, size - 1, size - 1)
    image = _decoded(photo) if photo else QImage()
    if not image.isNull():
        clip = QPainterPath()
        clip.addEllipse(circle)
        painter.setClipPath(clip)
        # Cover the circle: scale the short side to the diameter, centre the long one.
        side = min(image.width(), image.height())
        source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
        painter.drawImage(circle, image, source)
        painter.setClipping(False)
        painter.setPen(QPen(QColor(color), max(1.5, size / 20)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(circle)
        font = QFont(register_bundled_fonts())
        font.setBold(True)
        font.setPixelSize(max(6, round(size * 0.38)))
        painter.setFont(font)
        # The model's rules, as on the canvas and the poster: "Mary Ann Smith" is "MS".
        painter.setPen(QColor(readable_ink(color)))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, persona_initials(name))
    painter.end()
    return pixmap


def avatar_icon(name: str, color: str, photo: bytes | None, size: int) -> QIcon:
    """An avatar as an icon for a list that shows it at `size` pixels (plain and for
    high-DPI screens). Only that size: a library of 200 personas painted at four sizes
    and two scales was 1,600 pixmaps (0.22 s) each time the list was filled, and more
    than the pixmap cache keeps, so it was never found there."""
    icon = QIcon()
    for scale in _SCALES:
        icon.addPixmap(avatar_pixmap(name, color, photo, size, scale))
    return icon
