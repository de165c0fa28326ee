"""The photo markers of a poster: the code that names it, and the bits that are drawn.

A poster printed with photo marks (the default) carries ArUco registration markers round
the map and one QR code above its top-right corner (both placed and sized by
mapstudio.layout.registration). The code names the project, the map and the layout
revision, and the few export choices that decide where the cells fall on the paper, so
`plan_from_code` can plan the very same poster again and mapstudio.photo can map a photo
of it onto today's cells.

The code is plain text: "MS2/PROJECT/MAP/REVISION/PAGE/O/FIT/DISTANCE/CARD/TEMPLATE/
MARGIN" (FIT is P, W or the scale's percent; CARD the index of the card text in
CARD_TEXTS; MARGIN millimetres or "-"), in capitals, digits and "/.-" only. QR codes
hold such text in their alphanumeric mode, so a poster on named paper gets a version 2
symbol (25 modules a side) rather than version 3 (29): 14 % smaller for the same module
size. Positions are measured from the trim's top-left corner, so bleed and crop marks
(which only move the trim on the media) need not be named. Codes of the first form
("MS1;project;...", lower case, ";" between fields, the fit in words) are still read.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mapstudio.export.errors import ExportError
from mapstudio.export.options import ExportOptions, Fit, parse_fit
from mapstudio.export.pages import PAGE_SIZES, parse_page_size
from mapstudio.export.units import MM
from mapstudio.layout.registration import MARKER_DICTIONARY, layout_revision
from mapstudio.layout.style import CARD_TEXTS
from mapstudio.model import JourneyMap, Project

if TYPE_CHECKING:
    from mapstudio.export.poster import PosterPlan

CODE_PREFIX = "MS2"
CODE_SEPARATOR = "/"  # in QR's alphanumeric set, and in none of the fields
FIRST_PREFIX, FIRST_SEPARATOR = "MS1", ";"  # the first form, still read
ID_DIGITS = 6  # hex digits of a hash of the project's and the map's ids
CODE_QUIET = 2  # white modules round the code (its square includes them)
MAX_CODE_TEXT = 200  # a poster's code is about 50 characters; longer is not ours


@dataclass(frozen=True)
class PosterCode:
    """What a poster's code says."""

    project: str  # id_tag of the project's id
    map: str  # id_tag of the map's id
    revision: str  # layout_revision of the map as printed
    options: ExportOptions  # the choices that place the cells on the paper

    def names(self, project: Project, journey_map: JourneyMap) -> bool:
        """Whether the code was printed from this project and map."""
        return id_tag(project.id) == self.project and id_tag(journey_map.id) == self.map


def id_tag(record_id: str) -> str:
    """A short tag of an id for the code: hashed, as ids made from templates or by hand
    ("project-online-purchase") may share their first letters."""
    return hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:ID_DIGITS]


def _millimetres(points: float) -> str:
    """A length in millimetres, to a hundredth, without trailing zeros: "600", "215.9"."""
    return f"{round(points / MM, 2):g}"


def _page_word(plan: PosterPlan) -> str:
    page = plan.page
    known = PAGE_SIZES.get(page.name)
    if known is not None and known == page:
        return page.name.replace(" ", "")
    return f"{_millimetres(page.width)}x{_millimetres(page.height)}mm"


# The fit in one letter, or the scale's percent alone: every character makes the code
# larger, and "page" or "scale:" would often push it to the next QR version.
_FIT_LETTERS = {"page": "p", "width": "w"}


def _fit_word(fit: Fit) -> str:
    return _FIT_LETTERS.get(fit.mode) or f"{fit.percent:g}"


def _parse_fit_word(word: str) -> Fit:
    for mode, letter in _FIT_LETTERS.items():
        if word == letter:
            return parse_fit(mode)
    return parse_fit(f"scale:{word}")


def poster_code_text(
    project: Project,
    journey_map: JourneyMap,
    revision: str,
    options: ExportOptions,
    plan: PosterPlan,
) -> str:
    """The text of the poster's code (QR alphanumeric characters, about 43 of them)."""
    margin = "-" if options.poster_margin is None else _millimetres(options.poster_margin)
    return CODE_SEPARATOR.join(
        (
            CODE_PREFIX,
            id_tag(project.id),
            id_tag(journey_map.id),
            revision,
            _page_word(plan),
            plan.orientation[0],
            _fit_word(options.fit),
            f"{options.distance:g}",
            str(CARD_TEXTS.index(options.card_text)),  # "titles" and "text" share a letter
            "1" if options.template else "0",
            margin,
        )
    ).upper()


def parse_poster_code(text: str) -> PosterCode | None:
    """The code's meaning, or None when the text is not a mapstudio poster code."""
    text = text.strip()
    if text.startswith(CODE_PREFIX + CODE_SEPARATOR):
        parts = text.lower().split(CODE_SEPARATOR)
        read_fit: Callable[[str], Fit] = _parse_fit_word
    elif text.startswith(FIRST_PREFIX + FIRST_SEPARATOR):
        parts = text.lower().split(FIRST_SEPARATOR)
        read_fit = parse_fit
    else:
        return None
    if len(parts) != 11:
        return None
    _prefix, project, map_id, revision, page, orient, fit, distance, card, template, margin = parts
    texts = {str(i): t for i, t in enumerate(CARD_TEXTS)}
    if len(text) > MAX_CODE_TEXT or not text.isascii():
        return None
    try:
        if not math.isfinite(float(distance)):
            return None
        options = ExportOptions(
            page=parse_page_size(page),
            orientation="landscape" if orient == "l" else "portrait",
            fit=read_fit(fit),
            distance=float(distance),
            card_text=texts[card],
            template=template == "1",
            poster_margin=None if margin == "-" else float(margin) * MM,
            photo_marks=True,
        )
    except (ExportError, KeyError, ValueError):
        return None
    if not (project.isalnum() and map_id.isalnum() and revision.isalnum()):
        return None
    return PosterCode(project, map_id, revision, options)


def plan_from_code(project: Project, journey_map: JourneyMap, code: PosterCode) -> PosterPlan:
    """The poster the code was printed from, planned again from today's project (its
    positions measured from the trim's corner). Compare `layout_revision(plan.layout)`
    with `code.revision` to know whether the cells are where they were printed."""
    from mapstudio.export.poster import plan_poster

    return plan_poster(project, journey_map, code.options)


def current_revision(plan: PosterPlan) -> str:
    """The layout revision of a planned poster's map."""
    return layout_revision(plan.layout)


# -- the bits ---------------------------------------------------------------------------


@functools.cache
def marker_bits(marker_id: int) -> tuple[tuple[bool, ...], ...]:
    """The marker's cells, border included, row by row: True where it is dark."""
    import cv2  # imported on first use: OpenCV takes a moment to load

    dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, MARKER_DICTIONARY))
    image = cv2.aruco.generateImageMarker(dictionary, marker_id, 6, borderBits=1)
    return tuple(tuple(bool(v < 128) for v in row) for row in image)


@functools.cache
def code_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules with a CODE_QUIET white border, row by row: True = dark."""
    import cv2

    params = cv2.QRCodeEncoder_Params()  # type: ignore[attr-defined]  # missing in the stubs
    params.correction_level = cv2.QRCodeEncoder_CORRECT_LEVEL_L
    image = cv2.QRCodeEncoder.create(params).encode(text)
    dark = image < 128
    rows, cols = dark.shape
    # Trim the encoder's own border, then add ours.
    used_rows = [r for r in range(rows) if dark[r].any()]
    used_cols = [c for c in range(cols) if dark[:, c].any()]
    core = dark[used_rows[0] : used_rows[-1] + 1, used_cols[0] : used_cols[-1] + 1]
    size = core.shape[0] + 2 * CODE_QUIET
    out = [[False] * size for _ in range(size)]
    for r in range(core.shape[0]):
        for c in range(core.shape[1]):
            out[r + CODE_QUIET][c + CODE_QUIET] = bool(core[r, c])
    return tuple(tuple(row) for row in out)


def module_size(side: float, cells: int) -> float:
    """The side of one cell of a square of `cells` cells drawn `side` points wide."""
    return side / max(1, cells) if not math.isclose(side, 0.0) else 0.0


__all__ = [
    "CODE_PREFIX",
    "CODE_SEPARATOR",
    "PosterCode",
    "code_modules",
    "current_revision",
    "id_tag",
    "marker_bits",
    "module_size",
    "parse_poster_code",
    "plan_from_code",
    "poster_code_text",
]
