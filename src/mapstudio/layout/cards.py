"""Card content: a card's icon, wrapped title, body and meta lines, relative to itself.

This is the expensive part of a layout (it wraps every word of every card), so its
results are cached per cell and reused until the cell's cards change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mapstudio.layout.boxes import CardBox, TextLine
from mapstudio.layout.cache import CellEntry, Pictures, picture_size
from mapstudio.layout.context import LayoutRun
from mapstudio.layout.geometry import Rect
from mapstudio.layout.style import MapStyle
from mapstudio.model import CHANNEL_TITLES, Card, CellKey, Channel, LaneKind


@dataclass(frozen=True, slots=True)
class CardContent:
    """A card laid out at its cell's top-left: everything but the cell's position."""

    card_id: str
    cell: CellKey
    kind: LaneKind
    dx: float
    dy: float
    w: float
    h: float
    fill: str
    corner_radius: float
    icon_rect: Rect
    icon_color: str
    title_lines: tuple[TextLine, ...]
    body_lines: tuple[TextLine, ...]
    meta_lines: tuple[TextLine, ...]
    dots: int
    dots_rect: Rect | None
    channel: Channel | None
    image_rect: Rect | None = None
    image_asset_id: str | None = None
    # The picture's pixel size the content was measured with (None: no picture drawn).
    picture: tuple[int, int] | None = None


def cell_entry(
    run: LayoutRun,
    key: CellKey,
    kind: LaneKind,
    column_width: float,
    cards: tuple[Card, ...],
) -> CellEntry:
    """The content of a cell holding `cards`: from the cache if its cards are the same
    objects as before."""
    width = column_width - 2 * run.style.cell_padding
    entry = run.old_cells.get(key)
    if entry is not None and entry.matches(cards, kind, width, run.assets):
        run.cache.hits += 1
    else:
        run.cache.misses += 1
        entry = measure_cell(run, key, cards, kind, width, entry)
    run.new_cells[key] = entry
    return entry


def measure_cell(
    run: LayoutRun,
    key: CellKey,
    cards: tuple[Card, ...],
    kind: LaneKind,
    width: float,
    previous: CellEntry | None = None,
) -> CellEntry:
    """Stack a cell's cards top to bottom with the style's padding and gaps.

    Cards that were already in the cell's `previous` entry as the very same objects
    keep their content (moved down or up if cards above them changed), so a change to
    one card of a cell wraps only that card's text and keeps the others' boxes.
    """
    style = run.style
    known: dict[int, CardContent] = {}
    if previous is not None and previous.kind is kind and previous.width == width:
        # id() is safe here: `previous.cards` keeps every one of those cards alive.
        known = {
            id(c): content for c, content in zip(previous.cards, previous.contents, strict=True)
        }
    y = style.cell_padding
    contents: list[CardContent] = []
    pictures: Pictures = ()
    for card in cards:
        content = known.get(id(card))
        picture = picture_size(card.image_asset_id, run.assets)
        if card.image_asset_id is not None:
            pictures += ((card.image_asset_id, picture),)
        if content is None or content.picture != picture:
            content = card_content(run, card, key, kind, width, style.cell_padding, y)
        elif content.dy != y:
            content = replace(content, dy=y)
        contents.append(content)
        y += content.h + style.card_gap
    height = y - style.card_gap + style.cell_padding if contents else 0.0
    entry = CellEntry(cards, kind, width, tuple(contents), height, pictures)
    if known:
        entry.previous = previous
    return entry


def place(entry: CellEntry, x: float, y: float) -> tuple[CardBox, ...]:
    """The cell's card boxes at origin (x, y); last time's boxes if the cell did not move.

    A cell measured again from a previous entry at the same origin keeps the boxes of
    the cards whose content did not change.
    """
    if entry.origin == (x, y):
        return entry.boxes
    reuse: dict[int, CardBox] = {}
    previous = entry.previous
    if previous is not None:
        entry.previous = None
        if previous.origin == (x, y):
            reuse = {id(c): box for c, box in zip(previous.contents, previous.boxes, strict=True)}
    boxes = tuple(reuse.get(id(c)) or make_box(c, x, y) for c in entry.contents)
    entry.origin = (x, y)
    entry.boxes = boxes
    entry.box_map = {box.card_id: box for box in boxes}
    return boxes


def make_box(c: CardContent, x: float, y: float) -> CardBox:
    """The box of a card whose cell's top-left corner is at (x, y)."""
    return CardBox(
        c.card_id,
        c.cell,
        c.kind,
        Rect(x + c.dx, y + c.dy, c.w, c.h),
        c.fill,
        c.corner_radius,
        c.icon_rect,
        c.icon_color,
        c.title_lines,
        c.body_lines,
        c.meta_lines,
        c.dots,
        c.dots_rect,
        c.channel,
        c.image_rect,
        c.image_asset_id,
    )


def card_content(
    run: LayoutRun, card: Card, key: CellKey, kind: LaneKind, width: float, dx: float, dy: float
) -> CardContent:
    """Wrap one card's text and stack its blocks: icon and title, picture, body, meta.

    The picture goes below the title rather than above it: the kind icon and title stay
    at the top of every note, so titles line up along a lane and read as a list, and the
    picture then illustrates the text it sits in.
    """
    style = run.style
    pad = style.card_padding
    inner = width - 2 * pad
    icon = style.card_icon_size
    title_x = pad + icon + style.card_icon_gap
    title_font = style.card_title_font
    body_font = style.quote_body_font if kind is LaneKind.THOUGHTS else style.card_body_font
    meta_font = style.card_meta_font
    text_color, muted = style.text_color, style.muted_text_color

    # The title sits right of the kind icon; body and meta use the full inner width.
    title = run.wrap_now(
        card.title, title_font, inner - icon - style.card_icon_gap, style.card_title_max_lines
    )
    title_lines = run.text_lines(title, title_font, text_color, title_x, pad)
    y = pad + max(icon, run.block_height(len(title), title_font))
    picture = picture_size(card.image_asset_id, run.assets)
    image_rect: Rect | None = None
    if picture is not None:
        y += style.card_text_gap
        image_rect = picture_rect(picture, pad, y, inner, style)
        y += image_rect.h
    body = (
        run.wrap_now(card.body, body_font, inner, style.card_body_max_lines)
        if style.show_card_body
        else ()
    )
    body_lines: tuple[TextLine, ...] = ()
    if body:
        y += style.card_text_gap
        body_lines = run.text_lines(body, body_font, text_color, pad, y)
        y += run.block_height(len(body), body_font)

    dots = (card.severity or 0) if kind is LaneKind.PAIN_POINTS else 0
    dots_rect: Rect | None = None
    meta_lines: list[TextLine] = []
    meta_step = run.block_height(1, meta_font)
    remaining = style.card_meta_max_lines
    meta = meta_text(card, kind)
    if style.show_card_meta:
        texts = [t for t in (meta, tags_text(card)) if t]
    else:
        # Left off a poster, except a KPI's figures, which are its text (with the body).
        # The severity dots still print (on a line of their own), so a pain point keeps
        # its weight without words.
        figures = kind is LaneKind.KPIS and style.show_card_body and bool(meta)
        texts = [meta] if figures else ([""] if dots else [])
    if texts:
        y += style.card_text_gap
    for i, text in enumerate(texts):
        if remaining <= 0:
            break
        lines = run.wrap_now(text, meta_font, inner, remaining) if text else ()
        block = run.text_lines(lines, meta_font, muted, pad, y)
        extra = 0.0
        if i == 0 and dots:
            # The dots follow the severity text on its line, or take a line of their own.
            diameter = style.severity_dot_diameter
            dots_w = 5 * diameter + 4 * style.severity_dot_gap
            line_top = y + meta_step * max(0, len(lines) - 1)
            after = pad + (block[-1].width + 6 if block else 0.0)
            if not block:
                extra = meta_step
            elif after + dots_w > pad + inner:
                after, line_top, extra = pad, line_top + meta_step, meta_step
            dots_rect = Rect(after, line_top + (meta_step - diameter) / 2, dots_w, diameter)
        meta_lines.extend(block)
        y += run.block_height(len(lines), meta_font) + extra
        remaining -= len(lines)
    y += pad
    return CardContent(
        card_id=card.id,
        cell=key,
        kind=kind,
        dx=dx,
        dy=dy,
        w=width,
        h=y,
        fill=card.color or style.kind_fill(kind),
        corner_radius=style.card_corner_radius,
        icon_rect=Rect(pad, pad, icon, icon),
        icon_color=style.kind_accent(kind),
        title_lines=title_lines,
        body_lines=body_lines,
        meta_lines=tuple(meta_lines),
        dots=dots,
        dots_rect=dots_rect,
        channel=card.channel if kind is LaneKind.TOUCHPOINTS else None,
        image_rect=image_rect,
        image_asset_id=card.image_asset_id if image_rect is not None else None,
        picture=picture,
    )


def picture_rect(
    size: tuple[int, int], x: float, top: float, inner: float, style: MapStyle
) -> Rect:
    """Where a picture of `size` pixels goes in a card whose text spans `inner` from `x`.

    Full width at the picture's aspect ratio; a tall picture is capped in height and
    narrowed (centred) to keep its ratio; a very wide one gets the minimum height and
    is cropped by the painters to fill it.
    """
    width_px, height_px = size
    height = inner * height_px / width_px
    cap = inner * style.card_picture_max_ratio
    if height > cap:
        width = cap * width_px / height_px
        return Rect(x + (inner - width) / 2, top, width, cap)
    return Rect(x, top, inner, max(height, min(style.card_picture_min_height, cap)))


def format_number(value: float) -> str:
    """A figure without a trailing ".0" and without float noise (38.0 -> "38")."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def meta_text(card: Card, kind: LaneKind) -> str:
    """The kind-specific figure line of a card, or "" where none applies."""
    if kind is LaneKind.TOUCHPOINTS and card.channel is not None:
        return CHANNEL_TITLES[card.channel]
    if kind is LaneKind.PAIN_POINTS and card.severity is not None:
        return f"Severity {card.severity}/5"
    if kind is LaneKind.OPPORTUNITIES:
        parts = []
        if card.impact is not None:
            parts.append(f"Impact {card.impact}")
        if card.effort is not None:
            parts.append(f"Effort {card.effort}")
        return " · ".join(parts)
    if kind is LaneKind.KPIS:
        unit = f" {card.unit}" if card.unit else ""
        parts = []
        if card.value is not None:
            parts.append(f"{format_number(card.value)}{unit}")
        if card.target is not None:
            parts.append(f"target {format_number(card.target)}{unit}")
        return " · ".join(parts)
    return ""


def tags_text(card: Card) -> str:
    """The card's tags as "#tag #tag"."""
    return " ".join(f"#{tag}" for tag in card.tags)
