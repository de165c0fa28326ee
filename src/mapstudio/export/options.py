"""What the user asks of a PDF export: paper, scale, tiling, print marks and mode.

`ExportOptions` is a frozen value shared by the CLI, the dialog and the painter; the
parsers turn the words people type ("A3", "scale:50", "3mm") into it with plain errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from mapstudio.export.errors import ExportError
from mapstudio.export.pages import PAGE_SIZES, PageSize, parse_page_size
from mapstudio.export.reading import (
    DEFAULT_CARD_TEXT,
    DEFAULT_DISTANCE,
    check_distance,
    parse_card_text,
    parse_distance,
)
from mapstudio.export.units import MM, parse_length
from mapstudio.layout.style import CardText

Orientation = Literal["auto", "portrait", "landscape"]
FitMode = Literal["page", "width", "scale"]
ORIENTATIONS: tuple[Orientation, ...] = ("auto", "portrait", "landscape")

DEFAULT_OVERLAP = 10 * MM
DEFAULT_SHEET_MARGIN = 6 * MM  # what most office printers cannot print
MAX_BLEED = 25 * MM  # print shops ask for 2–5 mm; more is a typo of units
MIN_PERCENT, MAX_PERCENT = 1.0, 1000.0


@dataclass(frozen=True, slots=True)
class Fit:
    """How the map is scaled onto the poster.

    page: as large as fits the page; width: fill the page width (the poster grows in
    length when the map is taller, for roll paper and tiling); scale: a fixed
    percentage of the map's natural size (100 % = the canvas at 100 % zoom).
    """

    mode: FitMode = "page"
    percent: float = 100.0

    def __str__(self) -> str:
        return f"scale:{self.percent:g}" if self.mode == "scale" else self.mode


def parse_fit(text: str) -> Fit:
    """`page`, `width`, `scale:PERCENT` (also `PERCENT%`) as a `Fit`."""
    raw = (text or "").strip().lower()
    if raw in ("page", "width"):
        return Fit(raw)  # type: ignore[arg-type]
    number = raw.removeprefix("scale:").removeprefix("scale").strip().removesuffix("%").strip()
    if raw.startswith("scale") or raw.endswith("%"):
        try:
            percent = float(number.replace(",", "."))
        except ValueError:
            percent = -1.0
        if not MIN_PERCENT <= percent <= MAX_PERCENT:
            raise ExportError(
                f"The scale “{text}” must be a percentage from {MIN_PERCENT:g} to "
                f"{MAX_PERCENT:g}, for example scale:50."
            )
        return Fit("scale", percent)
    raise ExportError(f"Unknown fit “{text}”. Use page, width or scale:PERCENT (e.g. scale:50).")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Every choice of a PDF export. Lengths are in points."""

    page: PageSize = field(default_factory=lambda: PAGE_SIZES["A1"])
    orientation: Orientation = "auto"
    fit: Fit = field(default_factory=Fit)
    # Tiling: the office sheet size, or None for one sheet.
    tile: PageSize | None = None
    overlap: float = DEFAULT_OVERLAP
    margin: float = DEFAULT_SHEET_MARGIN  # unprintable edge of each tile sheet
    # White space between the trim edge and the map; None picks one from the page size.
    poster_margin: float | None = None
    bleed: float = 0.0
    crop_marks: bool = False
    template: bool = False
    grayscale: bool = False
    # PDF/X-4 for a print shop: CMYK inks of the bundled FOGRA39 profile, black text.
    pdfx: bool = False
    # One map by id or title, or None for every map of the project in one PDF.
    map: str | None = None
    # -- reading distance (see mapstudio.export.reading) --------------------------------
    distance: float = DEFAULT_DISTANCE  # metres from which people read the poster
    card_text: CardText = DEFAULT_CARD_TEXT  # what of each card is printed
    # `page` unless the map's text cannot pass there: then the size that passes.
    auto_page: bool = False
    # Photo markers: small registration markers round the map and a code naming the
    # project, map and layout revision, so a photo of the wall can be read back
    # (mapstudio.photo). On by default: the workshop poster is what gets photographed.
    photo_marks: bool = True

    def __post_init__(self) -> None:
        if self.orientation not in ORIENTATIONS:
            raise ExportError(
                f"Unknown orientation “{self.orientation}”. Use auto, portrait or landscape."
            )
        for name, value in (
            ("overlap", self.overlap),
            ("margin", self.margin),
            ("bleed", self.bleed),
            ("poster margin", self.poster_margin or 0.0),
        ):
            if value < 0:
                raise ExportError(f"The {name} cannot be negative.")
        if self.bleed > MAX_BLEED:
            raise ExportError(
                f"A bleed of {self.bleed / MM:.1f} mm is more than any print shop asks for "
                "(usually 3 mm, at most 25 mm). Check the unit."
            )
        if self.fit.mode == "scale" and not MIN_PERCENT <= self.fit.percent <= MAX_PERCENT:
            raise ExportError(f"The scale must be from {MIN_PERCENT:g} to {MAX_PERCENT:g} percent.")
        check_distance(self.distance)
        parse_card_text(self.card_text)

    @property
    def tiled(self) -> bool:
        """Whether the poster is cut into office sheets."""
        return self.tile is not None


def build_options(
    *,
    page: str | None = "A1",
    orientation: str = "auto",
    fit: str = "page",
    tile: str | None = None,
    overlap: str | None = None,
    margin: str | None = None,
    bleed: str | None = None,
    crop_marks: bool = False,
    template: bool = False,
    grayscale: bool = False,
    map: str | None = None,
    distance: str | None = None,
    card_text: str | None = None,
    pdfx: bool = False,
    photo_marks: bool = True,
) -> ExportOptions:
    """Options from the words of the command line (or a settings file).

    `margin` is the printer margin of each sheet when tiling, and the poster's white
    margin otherwise: one word for "keep the map this far from the edge". A `page` of
    None means A1, or a larger size when the text would not read from the distance.
    """
    tile_size = parse_page_size(tile, what="tile size") if tile else None
    margin_pt = parse_length(margin, what="margin") if margin else None
    selected = None if map is None or map.strip().lower() in ("", "all") else map.strip()
    return ExportOptions(
        page=parse_page_size(page or "A1"),
        orientation=orientation.strip().lower(),  # type: ignore[arg-type]
        fit=parse_fit(fit),
        tile=tile_size,
        overlap=parse_length(overlap, what="overlap") if overlap else DEFAULT_OVERLAP,
        margin=margin_pt if margin_pt is not None and tile_size else DEFAULT_SHEET_MARGIN,
        poster_margin=margin_pt if tile_size is None else None,
        bleed=parse_length(bleed, what="bleed") if bleed else 0.0,
        crop_marks=crop_marks,
        template=template,
        grayscale=grayscale,
        map=selected,
        distance=parse_distance(distance) if distance else DEFAULT_DISTANCE,
        card_text=parse_card_text(card_text) if card_text else DEFAULT_CARD_TEXT,
        auto_page=page is None,
        pdfx=pdfx,
        photo_marks=photo_marks,
    )


__all__ = [
    "DEFAULT_OVERLAP",
    "DEFAULT_SHEET_MARGIN",
    "ORIENTATIONS",
    "ExportOptions",
    "Fit",
    "FitMode",
    "Orientation",
    "build_options",
    "parse_fit",
]
