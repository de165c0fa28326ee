"""Embedding pictures in a project: read, decode, downscale, re-encode, never link.

Persona photos and card pictures arrive from a file, the clipboard or a drop. They are
untrusted: only PNG and JPEG are accepted, told apart by their bytes (a name or an
extension says nothing), and decoded by Qt's PNG or JPEG reader named explicitly, never
by format detection, so a file that is really SVG (or any format that can reference
other files) is refused before anything renders it. Paths are read only through
`mapstudio.fileformat.images.read_picture_file` (regular files, a size cap, a time cap).
The picture is scaled down so a mailed project stays small and re-encoded as PNG
(transparency) or JPEG, which also drops camera and GPS metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from mapstudio.edit import AddAsset, Command, Document, RemoveAsset, UpdateCard
from mapstudio.fileformat import FILE_EXTENSION
from mapstudio.fileformat.images import (
    MAX_PICTURE_FILE,
    ImageProblem,
    PictureFileProblem,
    PictureFileReason,
    check_image_data,
    read_image_header,
    read_picture_file,
    scaled_size,
    sniff_mime,
)
from mapstudio.model import Asset, Card, Project
from mapstudio.model.types import MAX_ASSET_BYTES
from mapstudio.ui.i18n import translate

CARD_PICTURE_MAX_SIDE = 1600  # pixels on the long side: sharp on a poster, small by mail
PHOTO_MAX_SIDE = 512  # pixels; an avatar never needs more, and the file stays small
# Qt's reader for each accepted type, named explicitly: nothing is left to detection.
QT_READERS = {"image/png": b"png", "image/jpeg": b"jpeg"}
PICTURE_FILE_FILTER = "*.png *.jpg *.jpeg"
# Clipboard and drop formats tried first; any other "image/…" format is used only when
# its bytes are PNG or JPEG.
PREFERRED_MIME_FORMATS = ("image/png", "image/jpeg", "image/jpg", "image/pjpeg")


class ImageError(Exception):
    """An image that cannot be embedded (unreadable, too large); the message is for the user."""


def only_png_and_jpeg() -> str:
    return translate("Images", "Only PNG and JPEG pictures can be used.")


def read_picture_path(path: Path) -> bytes:
    """The bytes of the picture file at `path` (regular files only, size and time capped).
    Raises ImageError with a message naming the file."""
    try:
        return read_picture_file(path)
    except PictureFileProblem as problem:
        if problem.reason is PictureFileReason.NOT_A_FILE:
            text = translate("Images", "“{name}” is not a file. {only}")
        elif problem.reason is PictureFileReason.TOO_LARGE:
            text = translate("Images", "“{name}” is too large; choose a picture under {limit} MB.")
        elif problem.reason is PictureFileReason.TOO_SLOW:
            text = translate(
                "Images", "“{name}” could not be read in time; copy it to this computer first."
            )
        else:
            text = translate("Images", "Cannot read “{name}”: {why}")
        raise ImageError(
            text.format(
                name=path.name,
                only=only_png_and_jpeg(),
                limit=MAX_PICTURE_FILE // 2**20,
                why=problem.detail,
            )
        ) from None


def decode_picture(
    data: bytes,
    max_side: int | None = None,
    *,
    name: str | None = None,
    auto_transform: bool = True,
) -> QImage:
    """Decode PNG or JPEG bytes, at most `max_side` pixels on the long side (decoding
    smaller where the reader can, as JPEG can). Raises ImageError (naming `name`, a
    file name, when given) for anything else, a damaged picture or one over the limits.

    The type is read from the bytes, and only Qt's PNG or JPEG reader ever sees them.
    """
    mime = sniff_mime(data)
    if mime is None:
        if name is None:
            raise ImageError(only_png_and_jpeg())
        raise ImageError(
            translate("Images", "“{name}” is not a PNG or JPEG picture. {only}").format(
                name=name, only=only_png_and_jpeg()
            )
        )
    try:
        # The header's size is checked against the limits before a pixel is decoded.
        info = read_image_header(data, mime)
        check_image_data(data, mime)
    except ImageProblem as problem:
        raise ImageError(_cannot_use(name, str(problem))) from None
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QT_READERS[mime])
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(auto_transform)  # honour the camera's orientation flag
    target: tuple[int, int] | None = None
    if max_side is not None and max(info.width, info.height) > max_side:
        target = scaled_size(info.width, info.height, max_side)
        if mime == "image/jpeg":
            # libjpeg decodes at 1/2, 1/4 or 1/8 scale: the full size never exists.
            reader.setScaledSize(QSize(*target))
            target = None
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise ImageError(_cannot_use(name, reader.errorString()))
    if target is not None:
        image = _reduce(image, target)
    return image


def _reduce(image: QImage, target: tuple[int, int]) -> QImage:
    """`image` scaled down to `target`, cheaply for a huge one.

    A PNG decodes at full size in its own format (1-bit, palette, grey: a fraction of
    32-bit pixels). Qt's smooth scaling would first turn all of it into 32-bit pixels,
    so a huge picture is first sampled down to four times the target in its own format,
    then smoothed: sixteen samples per pixel, a few times the target's memory.
    """
    width, height = target
    if image.width() > 4 * width and image.height() > 4 * height:
        image = image.scaled(
            4 * width,
            4 * height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    return image.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _cannot_use(name: str | None, why: str) -> str:
    if name is None:
        return translate("Images", "The picture cannot be used: {why}.").format(why=why)
    return translate("Images", "“{name}” cannot be used: {why}.").format(name=name, why=why)


def image_asset_from_file(path: Path, max_side: int = CARD_PICTURE_MAX_SIDE) -> Asset:
    """Read a PNG or JPEG file, scale it to at most `max_side` pixels on its long side
    and re-encode it (PNG if it has transparency, else JPEG) as an embeddable Asset.

    Every path a picture comes from (the file dialog, a drop, a paste) goes through
    here. Re-encoding also drops the file's metadata (camera, GPS position), which should
    not travel inside a project file mailed to colleagues. Raises ImageError.
    """
    data = read_picture_path(path)
    return image_asset(decode_picture(data, max_side, name=path.name), max_side)


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
    # PySide6's stub wants the format as bytes; at run time it takes (only) a str.
    if alpha:
        converted = image.convertToFormat(QImage.Format.Format_ARGB32)
        ok = converted.save(buffer, "PNG")  # type: ignore[call-overload]
        mime = "image/png"
    else:
        converted = image.convertToFormat(QImage.Format.Format_RGB32)
        ok = converted.save(buffer, "JPEG", 88)  # type: ignore[call-overload]
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
    """A picture from the clipboard or a drop: PNG or JPEG data, a picture this app
    decoded itself, or a local file (read by content). None when `mime` offers none;
    raises ImageError for a picture that cannot be used."""
    if mime is None:
        return None
    formats = [f for f in mime.formats() if f.lower().startswith("image/")]
    if formats:
        # Encoded bytes from another program: use them only if they are PNG or JPEG.
        # Never ask Qt for a decoded image here: it would pick a decoder by guessing,
        # SVG included.
        ordered = [f for f in PREFERRED_MIME_FORMATS if f in formats]
        ordered += [f for f in formats if f not in ordered and "svg" not in f.lower()]
        for fmt in ordered:
            data = bytes(mime.data(fmt).data())
            if len(data) > MAX_PICTURE_FILE:
                raise ImageError(
                    translate(
                        "Images", "The picture is too large; use one under {limit} MB."
                    ).format(limit=MAX_PICTURE_FILE // 2**20)
                )
            if sniff_mime(data) is not None:
                return image_asset(decode_picture(data, max_side), max_side)
        if not mime.hasUrls():
            raise ImageError(only_png_and_jpeg())
    elif mime.hasImage():
        # No encoded form on offer: a QImage made in this process (a drag or a copy
        # inside mapstudio), already decoded.
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return image_asset(image, max_side)
    for url in mime.urls():
        if _picture_file_url(url.toLocalFile() if url.isLocalFile() else None):
            return image_asset_from_file(Path(url.toLocalFile()), max_side)
    return None


def _picture_file_url(local_path: str | None) -> bool:
    """Whether a dropped URL may be a picture: a local path that is not a project file
    (those open in the window). Its content decides later whether it is one."""
    return bool(local_path) and not str(local_path).endswith(FILE_EXTENSION)


def has_picture(mime: QMimeData | None) -> bool:
    """Whether `mime` may offer a picture (image data, or a local file other than a
    project), judged by its formats alone, never by reading anything: cheap enough for
    every drag move. What is really in it is decided on the drop, by content."""
    if mime is None:
        return False
    if mime.hasImage() or any(f.lower().startswith("image/") for f in mime.formats()):
        return True
    return any(
        _picture_file_url(url.toLocalFile() if url.isLocalFile() else None) for url in mime.urls()
    )


def describe_asset(asset: Asset) -> str:
    """Size, kind and weight of a picture for the inspector: "1200 × 800 px · JPEG · 140 KB"."""
    kind = "PNG" if asset.mime == "image/png" else "JPEG"
    size = len(asset.data) / 1024
    return f"{asset.width} × {asset.height} px · {kind} · {size:.0f} KB"
