"""PDF/X-4 for print shops: colours in CMYK for one printing condition, and the file's
output intent, metadata and PDF/X keys.

The poster is drawn in sRGB. For a print shop every colour is converted here, once,
with the bundled FOGRA39 profile (offset on coated paper; resources/color/LICENSE.txt):

- all text, and lines in greys (the app's are a little blue), become black ink only
  (K) of the same lightness: small dark text in four inks (a "rich black" of 250 % and
  more) smears when the plates are a hair out of register, and so do thin rules;
- areas in pure grey do too; other colours, pale tints included, go through the
  profile (relative colorimetric, black point compensation), so the shop's RIP
  reproduces them instead of guessing;
- pictures go through it too (perceptual), as CMYK images.

`make_pdfx` then adds what ISO 15930-7 (PDF/X-4) asks of the file: the output intent
with the embedded profile, GTS_PDFXVersion and Trapped in the document information, and
the same facts in XMP metadata. reportlab writes no output intents or XMP; pikepdf
(qpdf) edits the finished file.
"""

from __future__ import annotations

import datetime as dt
import uuid
import warnings
import zlib
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from mapstudio.export.errors import ExportError
from mapstudio.fileformat.errors import write_failure_words
from mapstudio.resources import resource

if TYPE_CHECKING:
    from PIL.Image import Image

PROFILE_FILE = "mapstudio-fogra39.icc"
PDFX_VERSION = "PDF/X-4"
# The characterized printing condition, as the ICC registry names it.
OUTPUT_CONDITION_ID = "FOGRA39"
OUTPUT_CONDITION = (
    "Offset printing, according to ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 = "
    "coated art, 115 g/m2, tone value increase curves A (CMY) and B (K)"
)
REGISTRY = "http://www.color.org"
# A line or a dark area whose sRGB channels lie within this of each other (0..1) is
# grey, printed in black ink alone: the app's greys are a little blue (#1F2933,
# #5B6675), and through the profile they would be a rich black of 250 %. A pale area
# must be grey to the last digit: a pale blue card (#E8F1FB) is no closer to grey.
LINE_GREY_SPREAD = 0.12
AREA_GREY_SPREAD = 1 / 255
DARK = 0.5  # luma below which an area counts as dark

CMYK = tuple[float, float, float, float]


def profile_bytes() -> bytes:
    """The bundled CMYK output profile."""
    return resource("color", PROFILE_FILE).read_bytes()


class CmykConverter:
    """sRGB colours ("#RRGGBB") and pictures in the bundled CMYK profile's inks."""

    def __init__(self) -> None:
        from PIL import Image, ImageCms

        self._image = Image
        cmyk = ImageCms.ImageCmsProfile(BytesIO(profile_bytes()))
        srgb = ImageCms.createProfile("sRGB")
        lab = ImageCms.createProfile("LAB")
        relative = ImageCms.Intent.RELATIVE_COLORIMETRIC
        bpc = ImageCms.Flags.BLACKPOINTCOMPENSATION
        self._colour = ImageCms.buildTransform(
            srgb, cmyk, "RGB", "CMYK", renderingIntent=relative, flags=bpc
        )
        self._photo = ImageCms.buildTransform(
            srgb, cmyk, "RGB", "CMYK", renderingIntent=ImageCms.Intent.PERCEPTUAL, flags=bpc
        )
        self._lightness = ImageCms.buildTransform(srgb, lab, "RGB", "LAB", renderingIntent=relative)
        # The lightness the press gives each step of black ink alone (0..255 each),
        # paper white first: a grey is matched to the black that looks as light.
        ramp = Image.new("CMYK", (256, 1))
        ramp.putdata([(0, 0, 0, k) for k in range(256)])
        to_lab = ImageCms.buildTransform(cmyk, lab, "CMYK", "LAB", renderingIntent=relative)
        printed = ImageCms.applyTransform(ramp, to_lab)
        assert printed is not None
        self._black_lightness = [printed.getpixel((k, 0))[0] for k in range(256)]  # type: ignore[index]
        # The black-ink step for each sRGB lightness, 0..255.
        self._black_for = [self._black_step(value) for value in range(256)]
        self._memo: dict[tuple[str, bool], CMYK] = {}

    def _black_step(self, lightness: int) -> int:
        ramp = self._black_lightness
        if lightness >= ramp[0]:
            return 0
        for k in range(1, 256):
            if ramp[k] <= lightness:
                # Between two steps: the nearer one.
                return k if ramp[k - 1] - lightness > lightness - ramp[k] else k - 1
        return 255

    def _rgb(self, color: str) -> tuple[int, int, int]:
        value = color.lstrip("#")
        if len(value) == 3:
            value = "".join(c * 2 for c in value)
        try:
            return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
        except ValueError:
            return (0, 0, 0)

    def black_only(self, color: str) -> CMYK:
        """`color` as black ink alone, as light as the colour looks."""
        found = self._memo.get((color, True))
        if found is None:
            pixel = self._image.new("RGB", (1, 1), self._rgb(color))
            lab = self._lightness_of(pixel)
            found = self._memo[(color, True)] = (0.0, 0.0, 0.0, self._black_for[lab] / 255)
        return found

    def _lightness_of(self, pixel: Image) -> int:
        from PIL import ImageCms

        converted = ImageCms.applyTransform(pixel, self._lightness)
        assert converted is not None
        return int(converted.getpixel((0, 0))[0])  # type: ignore[index]

    def ink(self, color: str, line: bool = False) -> CMYK:
        """`color` in the profile's inks: black alone for greys (a line, or a dark area,
        may be a little tinted; a pale area must be grey exactly), else converted by
        the profile."""
        r, g, b = self._rgb(color)
        spread = (max(r, g, b) - min(r, g, b)) / 255
        dark = (0.299 * r + 0.587 * g + 0.114 * b) / 255 < DARK
        if spread <= AREA_GREY_SPREAD or (spread <= LINE_GREY_SPREAD and (line or dark)):
            return self.black_only(color)
        found = self._memo.get((color, False))
        if found is not None:
            return found
        from PIL import ImageCms

        pixel = self._image.new("RGB", (1, 1), (r, g, b))
        converted = ImageCms.applyTransform(pixel, self._colour)
        assert converted is not None
        c, m, y, k = converted.getpixel((0, 0))  # type: ignore[misc]
        found = self._memo[(color, False)] = (c / 255, m / 255, y / 255, k / 255)
        return found

    def picture(self, image: Image) -> Image:
        """An RGB or grey picture (on white, no alpha) converted to CMYK: colour through
        the profile (perceptual), grey in black ink alone."""
        from PIL import ImageCms

        if image.mode == "L":
            black = image.point(lambda v: self._black_for[v])
            empty = self._image.new("L", image.size, 0)
            return self._image.merge("CMYK", (empty, empty, empty, black))
        converted = ImageCms.applyTransform(image.convert("RGB"), self._photo)
        assert converted is not None
        return converted


@cache
def cmyk_converter() -> CmykConverter:
    """One converter per process: building the transforms reads the profile."""
    return CmykConverter()


def make_pdfx(
    path: Path, *, title: str, today: dt.datetime | None = None, shown: Path | None = None
) -> None:
    """Make the PDF at `path` (drawn in CMYK, fonts embedded, every page with a
    TrimBox) a PDF/X-4 file, in place. Raises ExportError when it cannot be written,
    naming `shown` (the file the user chose, when `path` is its temporary file)."""
    import pikepdf
    from pikepdf import Dictionary, Name

    try:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            profile = pdf.make_stream(b"")
            profile.write(zlib.compress(profile_bytes(), 9), filter=Name.FlateDecode)
            profile.N = 4
            profile.Alternate = Name.DeviceCMYK
            intent = Dictionary(
                Type=Name.OutputIntent,
                S=Name.GTS_PDFX,
                OutputConditionIdentifier=OUTPUT_CONDITION_ID,
                OutputCondition=OUTPUT_CONDITION,
                RegistryName=REGISTRY,
                Info="Coated FOGRA39 (mapstudio's profile from the FOGRA39 data)",
                DestOutputProfile=profile,
            )
            pdf.Root.OutputIntents = pikepdf.Array([intent])
            info = pdf.docinfo
            if not str(info.get(Name.Title, "")).strip():
                info[Name.Title] = title or "Journey map"
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                with warnings.catch_warnings():
                    # Trapped has no XMP twin in pikepdf's table: it is set below.
                    warnings.simplefilter("ignore", UserWarning)
                    meta.load_from_docinfo(info)
                if not any(str(name).strip() for name in meta.get("dc:creator", [])):
                    del meta["dc:creator"]  # reportlab's empty author
                meta["pdfxid:GTS_PDFXVersion"] = PDFX_VERSION
                meta["pdf:Trapped"] = "False"
                stamp = (today or dt.datetime.now(dt.UTC)).isoformat()
                meta["xmp:MetadataDate"] = stamp
                meta["xmpMM:DocumentID"] = f"uuid:{uuid.uuid4()}"
                meta["xmpMM:InstanceID"] = f"uuid:{uuid.uuid4()}"
                meta["xmpMM:VersionID"] = "1"
                meta["xmpMM:RenditionClass"] = "default"
            # The information dictionary says the same (PDF/X-4 asks both).
            info[Name.GTS_PDFXVersion] = PDFX_VERSION
            info[Name.Trapped] = Name("/False")
            # reportlab compressed its streams and the profile is compressed above: copy
            # them as they are (compressing again costs more than drawing the poster), and
            # leave the XMP as text, as PDF/X readers like it.
            pdf.save(
                path,
                min_version="1.6",
                fix_metadata_version=False,
                compress_streams=False,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
            )
    except OSError as exc:  # the disk's trouble, in the words every writer uses
        raise ExportError(write_failure_words(shown or path, exc)) from exc
    except pikepdf.PdfError as exc:
        raise ExportError(f"Cannot write the PDF/X file: {exc}.") from exc


__all__ = [
    "OUTPUT_CONDITION_ID",
    "PDFX_VERSION",
    "CmykConverter",
    "cmyk_converter",
    "make_pdfx",
    "profile_bytes",
]
