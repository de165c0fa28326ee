"""The display list: what each box draws, decided once from the box and the style."""

from __future__ import annotations

from dataclasses import replace

from mapstudio.layout import MapLayout, Rect
from mapstudio.layout.display import (
    CircleShape,
    GlyphShape,
    ImageShape,
    PathShape,
    RectShape,
    RoundedRectShape,
    TextRun,
    band_header_shapes,
    card_shapes,
    cover,
    glyph_square,
    marker_shapes,
)
from mapstudio.layout.glyphs import PICTURE_GLYPH


def test_a_card_is_a_shadowed_note_with_icon_and_text(laid_out: MapLayout) -> None:
    box = next(iter(laid_out.cards.values()))
    style = laid_out.style
    body, icon, text = laid_out.drawing.card(box)[:3]
    assert isinstance(body, RoundedRectShape)
    assert body.rect == Rect(0.0, 0.0, box.rect.w, box.rect.h)  # relative to the card
    assert (body.fill, body.stroke, body.width) == (
        box.fill,
        style.card_border_color,
        style.card_border_width,
    )
    assert body.shadow is not None
    assert (body.shadow.dx, body.shadow.dy) == (0.0, style.card_shadow_offset)
    assert body.shadow.alpha == style.card_shadow_alpha
    assert isinstance(icon, GlyphShape) and icon.rect.w == icon.rect.h
    assert isinstance(text, TextRun) and text.clip == body.rect
    assert text.lines[: len(box.title_lines)] == box.title_lines


def test_the_look_follows_the_style(laid_out: MapLayout) -> None:
    box = next(iter(laid_out.cards.values()))
    style = replace(laid_out.style, card_shadow_offset=4.0, card_border_width=2.0)
    body = card_shapes(box, style)[0]
    assert isinstance(body, RoundedRectShape) and body.shadow is not None
    assert body.shadow.dy == 4.0 and body.width == 2.0


def test_severity_dots_are_five_and_the_first_ones_filled(laid_out: MapLayout) -> None:
    box = next(b for b in laid_out.cards.values() if b.dots_rect is not None)
    assert box.dots_rect is not None
    dots = [s for s in laid_out.drawing.card(box) if isinstance(s, CircleShape)]
    assert len(dots) == 5
    assert [d.fill is not None for d in dots] == [i < box.dots for i in range(5)]
    area = box.dots_rect
    assert dots[0].cx - dots[0].r == area.x
    assert dots[-1].cx + dots[-1].r == area.right
    assert all(d.cy == area.y + area.h / 2 for d in dots)


def test_a_picture_covers_its_frame_centred() -> None:
    frame = Rect(10.0, 20.0, 100.0, 50.0)
    wide = cover(frame, 400, 100)  # wider than the frame: the height decides
    assert wide.h == 50.0 and wide.w == 200.0
    assert wide.x == 10.0 - 50.0 and wide.y == 20.0
    tall = cover(frame, 100, 400)
    assert tall.w == 100.0 and tall.h == 400.0 and tall.y == 20.0 + 25.0 - 200.0


def test_a_card_picture_falls_back_to_a_placeholder(laid_out: MapLayout) -> None:
    box = next(iter(laid_out.cards.values()))
    style = laid_out.style
    with_picture = replace(box, image_rect=Rect(8.0, 30.0, 154.0, 80.0), image_asset_id="a1")
    image = card_shapes(with_picture, style)[-1]
    assert isinstance(image, ImageShape) and image.asset_id == "a1"
    assert image.radius == box.corner_radius * style.picture_corner_ratio
    frame, icon = image.fallback
    assert isinstance(frame, RoundedRectShape) and frame.fill == style.picture_placeholder_fill
    assert isinstance(icon, GlyphShape) and icon.glyph == PICTURE_GLYPH
    assert icon.color == style.picture_placeholder_ink
    assert icon.rect.w == min(80.0, style.picture_placeholder_max_icon) * 0.8


def test_a_band_avatar_is_a_photo_with_the_initials_behind_it(laid_out: MapLayout) -> None:
    band = next(b for b in laid_out.bands if b.persona_id is not None)
    plain = band_header_shapes(replace(band, photo_asset_id=None))
    assert isinstance(plain[0], RectShape) and plain[0].fill == band.color
    disc, initials = plain[1], plain[2]
    assert isinstance(disc, CircleShape) and disc.fill == band.color
    assert isinstance(initials, TextRun) and initials.lines == band.avatar_lines
    photo = band_header_shapes(replace(band, photo_asset_id="p1"))[1]
    assert isinstance(photo, ImageShape) and photo.radius is None
    assert photo.fallback == (disc, initials)


def test_a_marker_rings_its_face_in_the_curve_colour(laid_out: MapLayout) -> None:
    curve = next(iter(laid_out.curves.values()))
    marker = curve.markers[0]
    style = laid_out.style
    ring, face, words = marker_shapes(marker, curve.color, style)
    assert isinstance(ring, CircleShape)
    assert (ring.fill, ring.stroke, ring.width) == (
        style.marker_fill,
        curve.color,
        style.marker_ring_width,
    )
    assert ring.r == marker.rect.w / 2 and ring.cx == marker.rect.w / 2
    assert isinstance(face, GlyphShape)
    assert face.rect == glyph_square(Rect(0, 0, marker.rect.w, marker.rect.h).inset(1.0))
    assert isinstance(words, TextRun) and words.lines == marker.lines


def test_the_curve_guides_are_dashed_and_local(laid_out: MapLayout) -> None:
    curve = next(iter(laid_out.curves.values()))
    shapes = laid_out.drawing.curves[0][2]
    guides = shapes[0]
    assert isinstance(guides, PathShape) and guides.dash == laid_out.style.guide_dash
    assert guides.ops[0].y == curve.guides[0].y - curve.rect.y  # type: ignore[union-attr]
    line = shapes[-1]
    assert isinstance(line, PathShape) and line.cap == "round" and line.stroke == curve.color


def test_grid_rules_grow_with_rows_and_columns_not_cells(laid_out: MapLayout) -> None:
    rules = laid_out.drawing.grid[-1]
    assert isinstance(rules, PathShape)
    lines = sum(1 for op in rules.ops if type(op).__name__ == "MoveTo")
    rows, columns = len(laid_out.rows), len(laid_out.column_edges)
    headers = len(laid_out.stage_headers) + len(laid_out.bands)
    assert lines <= headers + rows + len(laid_out.bands) * (columns + 1) + columns + 1


def test_lists_are_built_once_per_layout(laid_out: MapLayout) -> None:
    box = next(iter(laid_out.cards.values()))
    assert laid_out.drawing is laid_out.drawing
    assert laid_out.drawing.card(box) is laid_out.drawing.card(box)
    assert laid_out.drawing.grid is laid_out.drawing.grid


def test_layers_leave_out_cards_far_from_the_window(laid_out: MapLayout) -> None:
    every = list(laid_out.drawing.layers())
    box = next(iter(laid_out.cards.values()))
    window = Rect(box.rect.x + 1, box.rect.y + 1, 2, 2)
    some = list(laid_out.drawing.layers(window))
    assert len(some) == len(every) - len(laid_out.cards) + 1
