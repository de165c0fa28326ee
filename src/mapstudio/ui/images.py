"""Embedding pictures in a project: decode, downscale, re-encode, never link.

Persona photos and card pictures arrive from a file, the clipboard or a drop; they
are decoded with Qt, scaled down so a mailed project stays small, and re-encoded as
PNG (transparency) or JPEG, which also drops camera and GPS metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt
from PySide6.QtGui import QImage, QImageReader

from mapstudio.edit import AddAsset, Command, Document, RemoveAsset, UpdateCard
from mapstudio.model import Asset, Card, Project
from mapstudio.model.types import MAX_ASSET_BYTES
from mapstudio.ui.i18n import translate

CARD_PICTURE_MAX_SIDE = 1600  # pixels on the long side: sharp on a poster, small by mail
PHOTO_MAX_SIDE = 512  # pixels; an avatar never needs more, and the file stays small
MAX_IMAGE_FILE = 40 * 1024 * 1024  # refuse to even read larger files
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")


class ImageError(Exception):
    """An image that cannot be embedded (unreadable, too large); the message is for the user."""


def image_asset_from_file(path: Path, max_side: int = CARD_PICTURE_MAX_SIDE) -> Asset:
    """Decode an image file, scale it to at most `max_side` pixels on its long side and
    re-encode it (PNG if it has transparency, else JPEG) as an embeddable Asset.

    Re-encoding also drops the file's metadata (camera, GPS position), which should not
    travel inside a project file mailed to colleagues.
    """
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImageError(
            translate("Images", "Cannot read “{name}”: {why}").format(
                name=path.name, why=error.strerror
            )
        ) from None
    if size > MAX_IMAGE_FILE:
        raise ImageError(
            translate(
                "Images",
                "“{name}” is too large ({mb:.0f} MB); choose an image under {limit} MB.",
            ).format(name=path.name, mb=size / 2**20, limit=MAX_IMAGE_FILE // 2**20)
        )
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # honour the camera's orientation flag
    image = reader.read()
    if image.isNull():
        raise ImageError(
            translate("Images", "“{name}” is not an image mapstudio can read ({why}).").format(
                name=path.name, why=reader.errorString()
            )
        )
    return image_asset(image, max_side)


def image_asset(image: QImage, max_side: int = CARD_PICTURE_MAX_SIDE) -> Asset:
    """A decoded image as an embeddable Asset, downscaled to `max_side` if larger."""
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    alpha = image.hasAlphaChannel()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if alpha:
        ok = image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        mime = "image/png"
    else:
        ok = image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)
        mime = "image/jpeg"
    buffer.close()
    if not ok or data.isEmpty() or data.size() > MAX_ASSET_BYTES:
        raise ImageError(
            translate("Images", "The image could not be converted for the project file.")
        )
    return Asset.from_bytes(bytes(data.data()), mime, image.width(), image.height())


def asset_in_use(project: Project, asset_id: str) -> bool:
    """Whether any persona or card still shows this image."""
    if any(p.photo_asset_id == asset_id for p in project.personas):
        return True
    return any(c.image_asset_id == asset_id for m in project.maps for c in m.cards)


def attach_picture(
    document: Document,
    label: str,
    asset: Asset | None,
    old_asset_id: str | None,
    point_at: Callable[[str | None], Command],
) -> None:
    """In one undo step: embed `asset` (a picture already in the project is reused),
    point its owner at it with `point_at(asset_id)` (None removes the picture), and drop
    the old picture when nothing else shows it. Raises CommandError."""
    asset_id: str | None = None
    with document.transaction(label):
        if asset is not None:
            assets = document.project.assets.values()
            same = next((a for a in assets if a.sha256 == asset.sha256), None)
            asset_id = same.id if same else asset.id
            if same is None:
                document.execute(AddAsset(asset))
        document.execute(point_at(asset_id))
        old = old_asset_id
        if old and old != asset_id and not asset_in_use(document.project, old):
            document.execute(RemoveAsset(old))


def set_card_picture(document: Document, map_id: str, card: Card, asset: Asset | None) -> None:
    """Give a card a picture (or take it away) as one undo step. Raises CommandError."""
    label = (
        translate("Images", "Set Card Picture")
        if asset
        else translate("Images", "Remove Card Picture")
    )
    attach_picture(
        document,
        label,
        asset,
        card.image_asset_id,
        lambda asset_id: UpdateCard(map_id, card.id, {"image_asset_id": asset_id}),
    )


def image_from_mime(mime: QMimeData | None, max_side: int = CARD_PICTURE_MAX_SIDE) -> Asset | None:
    """A picture from the clipboard or a drop: image data, or a local image file."""
    if mime is None:
        return None
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return image_asset(image, max_side)
    for url in mime.urls():
        path = Path(url.toLocalFile())
        if url.isLocalFile() and path.suffix.lower() in IMAGE_SUFFIXES:
            return image_asset_from_file(path, max_side)
    return None


def has_picture(mime: QMimeData | None) -> bool:
    """Whether `mime` offers a picture (image data or a local image file), judged by
    its formats and file names alone: cheap enough for every drag move."""
    if mime is None:
        return False
    if mime.hasImage():
        return True
    return any(
        url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES
        for url in mime.urls()
    )


def describe_asset(asset: Asset) -> str:
    """Size, kind and weight of a picture for the inspector: "1200 × 800 px · JPEG · 140 KB"."""
    kind = "PNG" if asset.mime == "image/png" else "JPEG"
    size = len(asset.data) / 1024
    return f"{asset.width} × {asset.height} px · {kind} · {size:.0f} KB"
