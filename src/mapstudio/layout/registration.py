"""Where a poster's photo marks go, how large they are, and the revision of a layout.

A printed poster carries small square registration markers (ArUco markers of a
predefined dictionary) in the white margin round the map, plus one code square naming
the project, the map and the layout revision, above the map's top-right corner on the
foot of the title band, clear of the rule along the band's foot. A photo of the wall
finds the markers, and their known places here turn the photo back into poster
coordinates, and so into the map's cells (mapstudio.photo). Drawing the bits is
mapstudio.export's business (the PDF writer and the export dialog's preview draw what
this module places, with the white quiet zones it gives); this module only decides
sizes and places.

Sizes follow the paper's long side, not the map: a phone photo that frames the whole
poster spreads about the same number of pixels over any paper, so an A0 poster needs
marks about twice the size of an A2's to show each module in as many pixels.
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
MARKER_CELLS = MARKER_BITS + 2
MAX_MARKERS = 250
# The dictionary's ids in the order the ring takes them: those that read best when a
# marker is small, blurred and seen at a slant come first (scripts/rank_marker_ids.py;
# id 0 reads about a third as often as the best, so it comes nearly last).
_RANKED_IDS = """
    130 216 37 109 17 163 183 13 190 99 127 150 155 184 154 10 43 213 112 21 121 185
    245 131 210 157 64 114 22 142 52 159 172 24 38 3 209 42 221 164 45 126 136 158
    206 74 224 48 196 147 29 33 132 138 23 80 85 96 25 41 116 188 71 125 141 189 30
    82 83 128 201 40 177 55 146 233 235 240 15 69 153 176 90 49 222 16 103 113 247
    139 152 167 79 200 26 50 227 223 7 66 95 228 129 2 225 70 1 111 215 248 84 86
    122 218 76 91 166 124 149 230 241 18 53 140 243 4 110 120 175 236 239 32 219 94
    78 93 168 181 102 107 156 226 44 61 5 20 65 170 63 208 211 6 75 214 186 31 212
    115 217 237 59 134 234 72 207 161 220 54 198 36 60 123 242 194 77 101 108 68 162
    81 118 11 8 19 104 143 204 169 89 178 182 238 145 195 34 100 57 46 58 144 173 62
    87 205 229 98 191 174 97 148 165 106 119 197 92 151 231 51 9 193 244 160 187 67
    28 73 192 12 14 39 27 137 171 203 202 35 56 117 232 179 133 249 0 180 135 88 47
    105 246 199
"""
MARKER_IDS = tuple(int(word) for word in _RANKED_IDS.split())
CODE_NEIGHBOURS = MARKER_IDS[:2]  # the markers beside and below the code
QUIET_ZONE = 1.4  # the white square under a marker, as a multiple of its side
MM = 72 / 25.4
# A 12-megapixel photo framing a whole A1 poster (841 mm and a little wall) has about
# 4.3 pixels a millimetre: a marker of 1/125 of the long side (6.7 mm on A1) shows each
# of its six cells in about 5 pixels; the best-reading ids (MARKER_IDS) are read at 3.
MARKER_SHARE = 1 / 125
# On A4 and A3 (a photo of the sheet has 10 or more pixels a millimetre) a smaller
# marker would still read, but would print as little more than a speck.
MIN_MARKER = 3.5 * MM
MAX_MARKER = 9 * MM  # larger is no easier to find, only louder
# The code has 29 cells a side (a version 2 QR code and its quiet border): 1/27 of the
# long side (31 mm on A1) gives each about 4.5 pixels in the same photo.
CODE_SHARE = 1 / 27
MIN_CODE = 12 * MM  # on A4 and A5: still about 8 pixels a cell in a photo of the sheet
MAX_CODE = 50 * MM
# Many printers leave this much of the paper's edge unprinted: markers stay inside it
# (their white quiet zone may lie in it: unprinted paper is white too).
PRINT_EDGE = 4 * MM
MARK_GAP = 1 * MM  # white between a marker's quiet zone and the map
RULE_GAP = 1 * MM  # the band's tint between the code's white square and the band's rule
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

    @property
    def quiet_rect(self) -> Rect:
        """The white square printed under the marker (QUIET_ZONE times its side), so it
        reads on the tinted title band too."""
        return quiet_rect(self.rect)


def quiet_rect(marker: Rect) -> Rect:
    """The white square round a marker's square."""
    return marker.inset(-(QUIET_ZONE - 1) / 2 * marker.w)


def _long_side(paper_w: float, paper_h: float) -> float:
    return max(paper_w, paper_h)


def marker_side(paper_w: float, paper_h: float) -> float:
    """The side of the markers on paper of this size (points)."""
    return min(MAX_MARKER, max(MIN_MARKER, MARKER_SHARE * _long_side(paper_w, paper_h)))


def code_side(paper_w: float, paper_h: float) -> float:
    """The side of the code square (its quiet border included) on paper of this size."""
    return min(MAX_CODE, max(MIN_CODE, CODE_SHARE * _long_side(paper_w, paper_h)))


def _ring_width(side: float) -> float:
    """From the map's edge to a ring marker's outer edge: the gap, the quiet zone on the
    map's side, the marker."""
    return MARK_GAP + (QUIET_ZONE + 1) / 2 * side


def mark_margin(side: float) -> float:
    """The white margin round the map that holds a ring of markers of `side` inside the
    printer's unprinted edge."""
    return PRINT_EDGE + _ring_width(side)


def smallest_mark_margin() -> float:
    """The narrowest margin that still holds a ring of the smallest markers."""
    return mark_margin(MIN_MARKER)


def top_row_room(side: float) -> float:
    """The white between the title band's text and the map that holds the row of
    markers above the map, their quiet squares clear of the text."""
    return _ring_width(side) + (QUIET_ZONE - 1) / 2 * side + MARK_GAP


def code_lift(marker: float) -> float:
    """How far the code's foot stands above the map: clear of the quiet squares of the
    markers (of side `marker`) that begin at the map's top beside it."""
    return MARK_GAP + (QUIET_ZONE - 1) / 2 * marker


def rule_clearance(rule_width: float) -> float:
    """From the middle of the title band's rule to the foot of a code standing above
    it: half the rule, and a strip of the band's tint, so the rule runs whole."""
    return rule_width / 2 + RULE_GAP


def code_place(
    right: float, map_top: float, side: float, marker: float, rule: tuple[float, float]
) -> Rect:
    """The code square with its right edge at `right` (the map's), over the map's
    top-right corner, on the foot of the title band below the legends (the poster plan
    leaves room there, never taking width from the title's text).

    `rule` is the band's foot (y) and the width of the rule drawn along it. The code
    stands code_lift above the map's top where that keeps it clear of the rule (a map
    set lower on the paper); else it rises onto the band, rule_clearance above the
    rule: its white square across the rule would cut the line in two."""
    rule_y, rule_width = rule
    clear = rule_clearance(rule_width)
    foot = map_top - code_lift(marker)
    if foot - side < rule_y + clear:
        foot = min(foot, rule_y - clear)
    return Rect(right - side, foot - side, side, side)


def _spread(start: float, end: float, most: float) -> list[float]:
    """Evenly spaced positions from start to end (both included), at most `most` apart."""
    if end <= start:
        return [start]
    count = max(1, math.ceil((end - start) / most))
    return [start + (end - start) * i / count for i in range(count + 1)]


def place_marks(
    map_rect: Rect, room: Rect, side: float, keep_clear: Rect | None = None
) -> tuple[RegistrationMark, ...]:
    """The markers round `map_rect`, inside `room` (the paper they may use: inside the
    printer's edge; above the map, below the title band's text and with their quiet
    squares too).

    They hug the map, MARK_GAP outside it: in columns left and right of it from its top
    to its bottom corners, in a row below it, and in a row above it (on the foot of the
    title band) clear of `keep_clear` (the code). Never over a cell. Where the margin is
    narrower than a ring of `side` needs (a margin the user chose), the markers shrink
    down to MIN_MARKER, and below that there are none. The ids follow MARKER_IDS in a
    fixed order (the right column first, from the top: the first stands beside the
    code), so the same poster always carries the same markers.
    """
    strips = (map_rect.x - room.x, room.right - map_rect.right, room.bottom - map_rect.bottom)
    side = min(side, (min(strips) - MARK_GAP) / ((QUIET_ZONE + 1) / 2))
    if side < MIN_MARKER * 0.999:
        return ()
    reach = MARK_GAP + QUIET_ZONE * side / 2  # from the map's edge to a marker's centre
    left_x = map_rect.x - reach - side / 2
    right_x = map_rect.right + reach - side / 2
    bottom_y = map_rect.bottom + reach - side / 2
    most = max(2.5 * side, SPACING_SHARE * min(map_rect.w, map_rect.h))
    places: list[tuple[float, float]] = []
    # The columns run from the map's top down to the bottom corners, the right one first:
    # its first marker (CODE_NEIGHBOURS) stands at the map's top-right corner, beside
    # the code, so a photo's code is looked for round it. The bottom row runs between.
    for y in _spread(map_rect.y, bottom_y, most):
        places.append((right_x, y))
    for y in _spread(map_rect.y, bottom_y, most):
        places.append((left_x, y))
    for x in _spread(left_x, right_x, most)[1:-1]:
        places.append((x, bottom_y))
    top_y = map_rect.y - reach - side / 2
    if quiet_rect(Rect(0.0, top_y, side, side)).y >= room.y:
        for x in _spread(left_x, right_x, most)[1:-1]:
            quiet = quiet_rect(Rect(x, top_y, side, side))
            if keep_clear is None or not quiet.intersects(keep_clear.inset(-MARK_GAP)):
                places.append((x, top_y))
    return tuple(
        RegistrationMark(marker_id, Rect(x, y, side, side))
        for marker_id, (x, y) in zip(MARKER_IDS, places, strict=False)
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
    "CODE_NEIGHBOURS",
    "CODE_SHARE",
    "MARKER_BITS",
    "MARKER_CELLS",
    "MARKER_DICTIONARY",
    "MARKER_IDS",
    "MARK_GAP",
    "MAX_MARKERS",
    "MIN_MARKER",
    "PRINT_EDGE",
    "QUIET_ZONE",
    "RULE_GAP",
    "RegistrationMark",
    "code_lift",
    "code_place",
    "code_side",
    "layout_revision",
    "mark_margin",
    "marker_side",
    "place_marks",
    "quiet_rect",
    "rule_clearance",
    "smallest_mark_margin",
    "top_row_room",
]
