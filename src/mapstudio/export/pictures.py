"""Card pictures and persona photos for print: decoded one at a time, at print size.

A picture inside a project file is untrusted: it may be large (40 megapixels is legal,
and a 1-bit PNG of that size is a few kilobytes) or damaged. For the PDF a picture is
decoded only when it is drawn, only as the PNG or JPEG its bytes say it is, reduced to
the pixels its place on paper needs at PRINT_DPI, handed to reportlab (which keeps only
the compressed stream) and released. So an export holds one decoded picture at a time,
whatever the file holds. A picture that cannot be decoded raises PictureUnreadable: the
painter draws the placeholder and the export names the card in a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any

from mapstudio.fileformat.images import (
    ImageProblem,
    check_image_data,
    read_image_header,
    scaled_size,
    sniff_mime,
)
from mapstudio.model import JourneyMap, Project

if TYPE_CHECKING:
    from PIL.Image import Image

PRINT_DPI = 300.0  # pixels per inch on paper: sharp at reading distance, and no more
JPEG_QUALITY = 90  # re-encoded photos: indistinguishable in print, a tenth of raw pixels
MAX_NAMED = 8  # damaged pictures named one by one in an export's warnings
MIN_PRINT_PPI = 150.0  # below this a picture looks soft or blocky from close up


class PictureUnreadable(Exception):
    """A picture that cannot be decoded; the message says why (a plain phrase)."""


@dataclass(frozen=True)
class PrintPicture:
    """A picture ready to embed: JPEG bytes (embedded as they are) or decoded pixels."""

    width: int
    height: int
    jpeg: bytes | None = None
    image: Image | None = None


def print_picture(
    data: bytes,
    long_side: int,
    grayscale: bool,
    convert: Callable[[Image], Image] | None = None,
) -> PrintPicture:
    """The picture in `data` with at most `long_side` pixels on its long side, flattened
    on white paper, grey when `grayscale`, then passed through `convert` (to CMYK for a
    print shop) when given. Raises PictureUnreadable.

    A JPEG that is small enough (and in colour, or already grey, for a grey print) is
    kept as it is after a full decode proves it intact; a larger one is decoded at a
    reduced scale (libjpeg's own) and re-encoded. A PNG is decoded in full, then
    reduced: the only copy at full size lives inside this call.
    """
    mime = sniff_mime(data)
    if mime is None:
        raise PictureUnreadable("it is not a PNG or JPEG image")
    try:
        info = read_image_header(data, mime)
        check_image_data(data, mime)
    except ImageProblem as exc:
        raise PictureUnreadable(str(exc)) from None
    target = scaled_size(info.width, info.height, long_side)
    jpeg = mime == "image/jpeg"
    try:
        return _decode(data, jpeg, (info.width, info.height), target, grayscale, convert)
    except PictureUnreadable:
        raise
    except MemoryError:
        raise PictureUnreadable("there is not enough memory to decode it") from None
    except Exception as exc:  # Pillow raises many kinds for damaged data
        raise PictureUnreadable(f"its data is damaged ({exc})") from None


def _decode(
    data: bytes,
    jpeg: bool,
    size: tuple[int, int],
    target: tuple[int, int],
    grayscale: bool,
    convert: Callable[[Image], Image] | None,
) -> PrintPicture:
    from PIL import Image

    # Named explicitly: Pillow never guesses another format from the bytes.
    with Image.open(BytesIO(data), formats=["JPEG" if jpeg else "PNG"]) as opened:
        if opened.size != size:
            raise PictureUnreadable("its size differs from its header")
        keep_as_is = (
            jpeg
            and convert is None
            and target == size
            and (opened.mode == "L" or (opened.mode == "RGB" and not grayscale))
        )
        if jpeg and not keep_as_is:
            # libjpeg decodes at 1/2, 1/4 or 1/8 scale, no smaller than asked.
            opened.draft("L" if grayscale else "RGB", target)
        opened.load()  # decodes every pixel: damage shows here, not in reportlab
        if keep_as_is:
            return PrintPicture(size[0], size[1], jpeg=data)
        picture = _reduce(opened, target)
    picture = _on_paper(picture, grayscale)
    if convert is not None:
        picture = convert(picture)
    if not jpeg:
        return PrintPicture(picture.width, picture.height, image=picture)
    # A photo stays a JPEG: raw pixels would make the PDF several times larger.
    out = BytesIO()
    picture.save(out, "JPEG", quality=JPEG_QUALITY)
    return PrintPicture(picture.width, picture.height, jpeg=out.getvalue())


def _reduce(image: Any, target: tuple[int, int]) -> Image:
    """`image` resized to `target`, in a mode that resizes well."""
    from PIL import Image as PILImage

    if image.mode == "1":
        image = image.convert("L")
    elif image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit grey: scale to 8 bits rather than let conversion clip it to white.
        image = image.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    elif image.mode == "P" or image.mode not in ("L", "LA", "RGB", "RGBA"):
        transparent = "transparency" in image.info or image.mode in ("PA", "RGBa", "La")
        image = image.convert("RGBA" if transparent else "RGB")
    if image.size != target:
        image = image.resize(target, PILImage.Resampling.LANCZOS, reducing_gap=3.0)
    return image


def _on_paper(image: Image, grayscale: bool) -> Image:
    """Transparency flattened onto white (no PDF transparency), then grey if asked."""
    from PIL import Image as PILImage

    if image.mode in ("RGBA", "LA"):
        rgba = image.convert("RGBA")
        paper = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = PILImage.alpha_composite(paper, rgba).convert("RGB")
    if grayscale:
        return image.convert("L")
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


# -- warnings ---------------------------------------------------------------------------


def damaged_picture_warnings(
    project: Project, maps: Iterable[JourneyMap], asset_ids: Iterable[str]
) -> list[str]:
    """Warnings naming the cards (and persona photos) on `maps` whose picture could not
    be drawn and was replaced by the placeholder."""
    damaged = set(asset_ids)
    if not damaged:
        return []
    names: list[str] = []
    for journey_map in maps:
        for card in journey_map.cards:
            if card.image_asset_id in damaged:
                names.append(
                    f"the picture on card “{_card_name(card.title, card.body)}” "
                    f"(map “{journey_map.title}”)"
                )
    for persona in project.personas:
        if persona.photo_asset_id in damaged:
            names.append(f"the photo of persona “{persona.name}”")
    names = list(dict.fromkeys(names))
    if not names:
        return []
    if len(names) == 1:
        name = names[0]
        return [
            f"{name[0].upper()}{name[1:]} could not be read and is drawn as a grey "
            "placeholder; choose the picture again to print it."
        ]
    shown = names[:MAX_NAMED]
    more = len(names) - len(shown)
    listed = "; ".join(shown) + (f"; and {more} more" if more else "")
    return [
        f"{len(names)} pictures could not be read and are drawn as grey placeholders: "
        f"{listed}. Choose them again to print them."
    ]


def low_resolution_warnings(
    project: Project, maps: Iterable[JourneyMap], ppi: dict[str, float]
) -> list[str]:
    """Warnings naming the pictures on `maps` that print at fewer than MIN_PRINT_PPI
    pixels per inch (`ppi`: the lowest for each asset, as the painter placed it)."""
    low = {asset: value for asset, value in ppi.items() if value < MIN_PRINT_PPI}
    if not low:
        return []
    names: dict[str, float] = {}
    for journey_map in maps:
        for card in journey_map.cards:
            if card.image_asset_id in low:
                name = (
                    f"the picture on card “{_card_name(card.title, card.body)}” "
                    f"(map “{journey_map.title}”)"
                )
                names.setdefault(name, low[card.image_asset_id])
    for persona in project.personas:
        if persona.photo_asset_id in low:
            names.setdefault(f"the photo of persona “{persona.name}”", low[persona.photo_asset_id])
    if not names:
        return []
    listed = [f"{name} ({value:.0f} ppi)" for name, value in names.items()]
    shown = listed[:MAX_NAMED]
    more = len(listed) - len(shown)
    text = "; ".join(shown) + (f"; and {more} more" if more else "")
    return [
        f"Pictures that print at less than {MIN_PRINT_PPI:.0f} pixels per inch look blurred "
        f"from close up: {text[0].upper()}{text[1:]}. Use larger pictures, or a smaller "
        "page."
    ]


def _card_name(title: str, body: str) -> str:
    text = " ".join((title or body).split())
    if not text:
        return "untitled"
    return text if len(text) <= 60 else text[:59] + "…"


__all__ = [
    "JPEG_QUALITY",
    "MIN_PRINT_PPI",
    "PRINT_DPI",
    "PictureUnreadable",
    "PrintPicture",
    "damaged_picture_warnings",
    "low_resolution_warnings",
    "print_picture",
]
