"""Where the photo marks go and how large they are (mapstudio.layout.registration)."""

from __future__ import annotations

import pytest

from mapstudio.layout import Rect
from mapstudio.layout.registration import (
    MARK_GAP,
    MARKER_IDS,
    MIN_MARKER,
    QUIET_ZONE,
    RULE_GAP,
    code_place,
    code_side,
    mark_margin,
    marker_side,
    place_marks,
    quiet_rect,
)

MM = 72 / 25.4
# Long and short sides of ISO papers, in points.
PAPERS = {
    "A5": (148, 210),
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
}


def _paper(name: str) -> tuple[float, float]:
    w, h = PAPERS[name]
    return w * MM, h * MM


def test_marks_grow_with_the_paper_and_stay_small() -> None:
    """A photo framing a larger poster has fewer pixels a millimetre, so its marks are
    larger; on any paper the markers stay under a centimetre and the code under 5 cm."""
    names = list(PAPERS)
    markers = [marker_side(*_paper(n)) for n in names]
    codes = [code_side(*_paper(n)) for n in names]
    assert markers == sorted(markers) and codes == sorted(codes)
    assert markers[-1] > markers[0] and codes[-1] > codes[0]
    assert all(MIN_MARKER <= m <= 10 * MM for m in markers)
    assert all(12 * MM - 1e-6 <= c <= 50 * MM for c in codes)
    # On A1, the poster the photo import is proven on, a marker shows each of its six
    # cells in over three pixels of a 7-megapixel photo of the whole wall (3 px/mm).
    assert marker_side(*_paper("A1")) / 6 * 3 / MM >= 3.3
    # Either way up, the same.
    w, h = _paper("A2")
    assert marker_side(w, h) == marker_side(h, w) and code_side(w, h) == code_side(h, w)


def test_the_margin_holds_a_ring_of_markers() -> None:
    side = marker_side(*_paper("A1"))
    margin = mark_margin(side)
    page = Rect(0, 0, *_paper("A1"))
    map_rect = Rect(margin, 100 * MM, page.w - 2 * margin, page.h - 100 * MM - margin)
    room = page.inset(4 * MM)
    marks = place_marks(map_rect, room, side)
    assert marks and all(m.rect.w == pytest.approx(side) for m in marks)
    for mark in marks:
        # Never over the map: the quiet square too stays MARK_GAP clear of it.
        assert not mark.quiet_rect.inset(-MARK_GAP * 0.99).intersects(map_rect)
        r = mark.rect
        assert room.x - 1e-6 <= r.x and r.right <= room.right + 1e-6
        assert r.bottom <= room.bottom + 1e-6
    # On all four sides, so a photo of part of the wall holds markers in two directions.
    assert any(m.rect.right <= map_rect.x for m in marks)
    assert any(m.rect.x >= map_rect.right for m in marks)
    assert any(m.rect.y >= map_rect.bottom for m in marks)
    assert any(m.rect.bottom <= map_rect.y for m in marks)
    # Ids in the fixed ranked order, the first at the map's top-right corner (the code
    # is looked for beside it).
    assert [m.id for m in marks] == list(MARKER_IDS[: len(marks)])
    first = marks[0].rect
    assert first.x >= map_rect.right and first.y == pytest.approx(map_rect.y)


def test_the_row_above_the_map_keeps_clear_of_the_code_and_the_title() -> None:
    w, h = _paper("A1")
    side = marker_side(w, h)
    margin = mark_margin(side)
    map_rect = Rect(margin, 100 * MM, w - 2 * margin, h - 100 * MM - margin)
    room = Rect(4 * MM, 80 * MM, w - 8 * MM, h - 84 * MM)  # below the title's text
    # The title band's foot 6 mm above the map, with a rule 0.6 mm wide along it.
    rule_y, rule_width = map_rect.y - 6 * MM, 0.6 * MM
    code = code_place(map_rect.right, map_rect.y, code_side(w, h), side, (rule_y, rule_width))
    marks = place_marks(map_rect, room, side, keep_clear=code)
    above = [m for m in marks if m.rect.bottom <= map_rect.y]
    assert len(above) >= 3
    assert all(not m.quiet_rect.intersects(code) for m in marks)
    assert all(m.quiet_rect.y >= room.y for m in above)
    # The code stands over the map's top-right corner, on the band: clear of the rule
    # by a strip of the band, so its white square never cuts the rule in two.
    assert code.right == pytest.approx(map_rect.right)
    assert code.bottom == pytest.approx(rule_y - rule_width / 2 - RULE_GAP)
    corner = max((m for m in marks if m.rect.x > map_rect.right), key=lambda m: -m.rect.y)
    assert code.bottom <= corner.quiet_rect.y


def test_over_a_map_set_lower_the_code_stays_just_above_the_map() -> None:
    """Where the map stands far below the title band (a map shorter than its paper),
    the code keeps its place in the white just above the map, below the band's rule."""
    w, h = _paper("A1")
    side = marker_side(w, h)
    map_top = 300 * MM
    rule = (100 * MM, 0.6 * MM)
    code = code_place(500 * MM, map_top, code_side(w, h), side, rule)
    assert map_top - 3 * MM < code.bottom < map_top - MARK_GAP
    assert code.y > rule[0] + rule[1]


def test_a_narrow_margin_shrinks_the_markers_or_leaves_them_out() -> None:
    w, h = _paper("A1")
    side = marker_side(w, h)
    page = Rect(0, 0, w, h)
    room = page.inset(4 * MM)

    def marks_in(margin: float) -> tuple:
        map_rect = Rect(margin, 100 * MM, w - 2 * margin, h - 100 * MM - margin)
        return place_marks(map_rect, room, side)

    smaller = marks_in(mark_margin(side) - 2 * MM)
    assert smaller and MIN_MARKER <= smaller[0].rect.w < side
    assert marks_in(mark_margin(MIN_MARKER) - 0.5 * MM) == ()


def test_the_quiet_square_is_centred_on_the_marker() -> None:
    marker = Rect(10, 20, 30, 30)
    quiet = quiet_rect(marker)
    assert quiet.w == pytest.approx(QUIET_ZONE * 30)
    assert quiet.center == pytest.approx(marker.center)
