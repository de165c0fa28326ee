"""What reading workshop photos finds: plain values a review dialog can show and edit.

Coordinates: a photo's pixels (x right, y down from its top-left), or poster points
measured from the poster's trim corner (y down), as mapstudio.export plans the poster.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from mapstudio.layout import Rect
from mapstudio.model import CellKey

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]
# (done, total) -> None, and () -> True when the user asked to stop.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

UNCERTAIN_BELOW = 0.6  # confidence under which a note is shown as uncertain


class PhotoError(Exception):
    """Nothing can be imported from these photos; the message says why, in plain words."""


class PhotoCancelled(PhotoError):
    """The user stopped the analysis."""


@dataclass(frozen=True)
class PhotoInput:
    """One photo to read: its name (for messages) and the bytes of its file; or, when
    its file could not be read (`read_photo`), no bytes and the reason in `problem`."""

    name: str
    data: bytes
    problem: str | None = None


@dataclass(frozen=True)
class PhotoView:
    """How one photo was read.

    `homography` maps the photo's pixels to poster points (row-major 3x3), or is None
    when the photo could not be placed on the poster; `problem` then says why.
    """

    index: int
    name: str
    width: int
    height: int
    markers: int = 0
    homography: tuple[float, ...] | None = None
    problem: str | None = None

    def to_poster(self, x: float, y: float) -> tuple[float, float]:
        """A photo pixel in poster points."""
        return _apply(self.homography, x, y)

    def to_photo(self, x: float, y: float) -> tuple[float, float]:
        """A poster point in the photo's pixels."""
        return _apply(_inverse(self.homography), x, y)


@dataclass(frozen=True)
class DetectedNote:
    """One sticky note as found: where it is, which cell it belongs to, its picture."""

    id: str
    photo: int  # index of the photo its picture was cut from (its best view)
    outline: Quad  # its corners in that photo's pixels, clockwise from top-left
    poster_rect: Rect  # its box on the poster, in points from the trim corner
    cell: CellKey | None  # None: not over a cell that takes cards
    cell_label: str  # "Maya Okafor · Actions · Awareness", or where it was found instead
    order: int  # top to bottom (then left to right) among the notes of its cell
    confidence: float  # 0..1
    colour: str  # "yellow", "orange", "pink", "green", "blue", "purple"
    picture: bytes  # PNG, perspective-corrected
    picture_size: tuple[int, int]
    seen_in: tuple[int, ...] = ()  # every photo that shows it
    text: str = ""  # recognised text (OCR), offered as the card's title

    @property
    def uncertain(self) -> bool:
        """Whether the review should ask the user to look at this note."""
        return self.cell is None or self.confidence < UNCERTAIN_BELOW


@dataclass(frozen=True)
class PhotoImport:
    """Everything found in a set of photos of one poster."""

    map_id: str
    map_title: str
    photos: tuple[PhotoView, ...]
    notes: tuple[DetectedNote, ...]
    problems: tuple[str, ...] = ()  # plain messages about photos that were left out
    cells: tuple[tuple[CellKey, Rect, str], ...] = field(default=(), repr=False)

    def cell_at(self, x: float, y: float) -> CellKey | None:
        """The cell (one that takes cards) under a poster point, for a note the user
        moves or a box the user draws."""
        for key, rect, _label in self.cells:
            if rect.contains(x, y):
                return key
        return None

    def cell_label(self, key: CellKey) -> str:
        """'Maya Okafor · Actions · Awareness' for a cell of the map."""
        for other, _rect, label in self.cells:
            if other == key:
                return label
        return ""

    @property
    def certain(self) -> tuple[DetectedNote, ...]:
        return tuple(n for n in self.notes if not n.uncertain)

    @property
    def uncertain(self) -> tuple[DetectedNote, ...]:
        return tuple(n for n in self.notes if n.uncertain)


def _apply(matrix: tuple[float, ...] | None, x: float, y: float) -> tuple[float, float]:
    if matrix is None:
        raise ValueError("this photo is not placed on the poster")
    a, b, c, d, e, f, g, h, i = matrix
    w = g * x + h * y + i
    return ((a * x + b * y + c) / w, (d * x + e * y + f) / w)


def _inverse(matrix: tuple[float, ...] | None) -> tuple[float, ...] | None:
    if matrix is None:
        return None
    a, b, c, d, e, f, g, h, i = matrix
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    return (
        (e * i - f * h) / det,
        (c * h - b * i) / det,
        (b * f - c * e) / det,
        (f * g - d * i) / det,
        (a * i - c * g) / det,
        (c * d - a * f) / det,
        (d * h - e * g) / det,
        (b * g - a * h) / det,
        (a * e - b * d) / det,
    )
