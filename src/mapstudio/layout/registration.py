"""Where a poster's photo markers go, and the revision of a layout's geometry.

A printed poster carries small square registration markers (ArUco markers of a
predefined dictionary) in the white ring between the map and the edge of the paper,
plus one code square naming the project, the map and the layout revision. A photo of
the wall finds the markers, and their known places here turn the photo back into poster
coordinates, and so into the map's cells (mapstudio.photo). The drawing of the bits is
mapstudio.export's business; this module only decides where each marker sits.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from mapstudio.layout.boxes import MapLayout
from mapstudio.layout.geometry import Rect

# The predefined ArUco dictionary the markers come from: 4x4 bits, so each bit is large
# for the marker's size, and 250 ids, far more than a poster's ring needs.
MARKER_DICTIONARY = "DICT_4X4_250"
MARKER_BITS = 4  # data bits on a side; the drawn marker adds a one-bit black border
MAX_MARKERS = 250
QUIET_ZONE = 1.4  # the white square under a marker, as a multiple of its side
MM = 72 / 25.4
MIN_MARKER = 5 * MM  # smaller than this and an ordinary photo of the wall cannot read it
MAX_MARKER = 16 * MM  # larger is no easier to find, only louder
# Markers along an edge stand at most this far apart (as a share of the map's shorter
# side), so a photo that shows a third of the poster still holds three of them.
SPACING_SHARE = 0.22


@dataclass(frozen=True, slots=True)
class RegistrationMark:
    """One marker: its id in MARKER_DICTIONARY and its square, in poster points."""

    id: int
    rect: Rect

    @property
    def corners(self) -> tuple[tuple[float, float], ...]:
        """Top-left, top-right, bottom-right, bottom-left: the order ArUco reports."""
        r = self.rect
        return ((r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom))


def marker_size(map_rect: Rect, room: Rect) -> float:
    """The side of the markers: most of the narrowest white strip beside or below the
    map, within MIN_MARKER..MAX_MARKER (0 when the strip is too narrow to hold one)."""
    strips = (map_rect.x - room.x, room.right - map_rect.right, room.bottom - map_rect.bottom)
    narrowest = min(strips)
    side = min(MAX_MARKER, 0.72 * narrowest)
    return side if side >= MIN_MARKER else 0.0


def _spread(start: float, end: float, most: float) -> list[float]:
    """Evenly spaced positions from start to end (both included), at most `most` apart."""
    if end <= start:
        return [start]
    count = max(1, math.ceil((end - start) / most))
    return [start + (end - start) * i / count for i in range(count + 1)]


def place_marks(
    map_rect: Rect, room: Rect, size: float | None = None
) -> tuple[RegistrationMark, ...]:
    """The markers around `map_rect`, inside `room` (the paper the map may share with
    them: below the title band, inside the margin's outer edge).

    They stand in the middle of the strips left and right of the map (from its top to
    its bottom) and below it (from corner to corner), and above it when the strip there
    is wide enough, never over a cell. The painter puts each on a white square of
    QUIET_ZONE times its side, as the strip above the map may be tinted. Ids count from
    0 in a fixed order, so the same poster always carries the same markers.
    """
    side = marker_size(map_rect, room) if size is None else size
    if side <= 0:
        return ()
    left_x = (room.x + map_rect.x - side) / 2
    right_x = (map_rect.right + room.right - side) / 2
    bottom_y = (map_rect.bottom + room.bottom - side) / 2
    most = max(2.5 * side, SPACING_SHARE * min(map_rect.w, map_rect.h))
    places: list[tuple[float, float]] = []
    # The columns run from the map's top down to the bottom corners; the bottom row runs
    # between them.
    for y in _spread(map_rect.y, bottom_y, most):
        places.append((left_x, y))
    for y in _spread(map_rect.y, bottom_y, most):
        places.append((right_x, y))
    for x in _spread(left_x, right_x, most)[1:-1]:
        places.append((x, bottom_y))
    top_gap = map_rect.y - room.y
    if top_gap >= 1.5 * side:
        top_y = (room.y + map_rect.y - side) / 2
        for x in _spread(left_x, right_x, most)[1:-1]:
            places.append((x, top_y))
    return tuple(
        RegistrationMark(index, Rect(x, y, side, side))
        for index, (x, y) in enumerate(places[:MAX_MARKERS])
    )


def layout_revision(map_layout: MapLayout) -> str:
    """Eight hex digits that change whenever the cells move: the stage columns, the rows
    of bands and lanes, and which band, lane and stage each stands for. A photo of a
    poster printed from another revision cannot be mapped onto today's cells."""
    digest = hashlib.sha256()
    for column in map_layout.columns:
        digest.update(f"c|{column.stage_id}|{column.x:.1f}|{column.w:.1f}\n".encode())
    for row in map_layout.rows:
        digest.update(
            f"r|{row.kind}|{row.persona_id}|{row.lane_id}|{row.y:.1f}|{row.h:.1f}\n".encode()
        )
    return digest.hexdigest()[:8]


__all__ = [
    "MARKER_BITS",
    "MARKER_DICTIONARY",
    "MAX_MARKERS",
    "QUIET_ZONE",
    "RegistrationMark",
    "layout_revision",
    "marker_size",
    "place_marks",
]
