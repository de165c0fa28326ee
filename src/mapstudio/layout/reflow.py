"""Reflowing a map for a sheet: stage columns as wide as make the map fill the sheet.

A poster's columns may widen or narrow; text wraps accordingly, so a wider column makes
a shorter map. `reflow` finds the column width at which the laid-out map has the
proportions of the area it must fill, which makes it as large as that area allows.

Laying out a 5,000-card map takes about half a second, far too long to try a dozen
widths, so the search runs on `SizeModel`: the map's width and height as functions of
the column width, computed from word widths measured once per card with the engine's
own rules (greedy wrapping, the same paddings and line heights). Only the chosen width
is then laid out for real. The screen layout never goes through here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from mapstudio.layout.boxes import MapLayout
from mapstudio.layout.cache import picture_size
from mapstudio.layout.cards import meta_text, picture_rect, tags_text
from mapstudio.layout.engine import layout, shown_bands
from mapstudio.layout.fonts import FontSpec, TextMeasurer, default_measurer
from mapstudio.layout.style import MapStyle
from mapstudio.layout.text import EPSILON, paragraph_widths_of, word_widths_of, wrap_measured
from mapstudio.model import (
    LANE_KIND_TITLES,
    Card,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Project,
    cell_accepts_cards,
    index_cells,
    persona_lanes,
    shared_lanes,
)

# Column widths the search may choose, as multiples of the style's column width: card
# titles keep at least about 18 characters a line, and no line runs past about 75.
NARROWEST = 0.85
WIDEST = 2.5
_STEPS = 24  # bisection steps: the width to within a point on any sheet
_STEP_BUDGET = 40_000  # card measurements a search may spend on bisection steps
_KEPT_HEIGHTS = 64  # column widths whose row heights a size model keeps

Paragraphs = tuple[tuple[float, ...], ...]  # word widths, paragraph by paragraph
_WORD = re.compile(r"\S+")
_LAZY_PARAGRAPH = 400  # characters; a longer paragraph is split only as far as it is shown


def _paragraphs(text: str, font: FontSpec, measurer: TextMeasurer) -> Paragraphs:
    """The widths of the words of `text`, split as `wrap_text` splits it."""
    paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    if paragraphs == [""]:
        return ()
    measure = paragraph_widths_of(measurer)
    return tuple(tuple(measure(p, font)) for p in paragraphs)


def _shown_paragraphs(
    text: str, font: FontSpec, measurer: TextMeasurer, max_width: float, max_lines: int
) -> tuple[Paragraphs, bool]:
    """The word widths of as much of `text` as `max_lines` lines of `max_width` (or
    narrower) can show, and whether the rest was left unmeasured.

    A line holds at most `max_width` of words, and a line break eats at most a space,
    so words that with their spaces add up to more than `max_lines` × (width + space)
    fill more lines than are counted: what follows them changes no count. A body of
    thousands of words costs the few lines it shows, as in `wrap_measured`. Words are
    measured a batch at a time (see `word_widths_of`).
    """
    if max_width <= 0:
        return _paragraphs(text, font, measurer), False
    paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    if paragraphs == [""]:
        return (), False
    measure = word_widths_of(measurer)
    measure_paragraph = paragraph_widths_of(measurer)
    space = measurer.width(" ", font)
    line = max_width + EPSILON + space  # the most of a paragraph one line takes
    budget = max_lines * line
    used = 0.0  # lines' worth of text measured so far (each paragraph at least one)
    result: list[tuple[float, ...]] = []
    for index, paragraph in enumerate(paragraphs):
        words: list[float] = []
        length = 0.0
        for widths in _width_batches(paragraph, font, measure, measure_paragraph):
            for count, word_width in enumerate(widths, 1):
                length += word_width + space
                if used + length > budget:
                    words += widths[:count]
                    result.append(tuple(words))
                    return tuple(result), True
            words += widths
        result.append(tuple(words))
        used += max(length, line)
        if used > budget:
            return tuple(result), index < len(paragraphs) - 1
    return tuple(result), False


def _width_batches(
    paragraph: str,
    font: FontSpec,
    measure: Callable[[Sequence[str], FontSpec], list[float]],
    measure_paragraph: Callable[[str, FontSpec], list[float]],
) -> Iterator[list[float]]:
    """The widths of a paragraph's words in batches: a short paragraph's all at once
    (kept by the measurer for the layout, which wraps the same text), a long one's as
    far as they are asked for, in batches twice as large each time."""
    if len(paragraph) <= _LAZY_PARAGRAPH:
        yield measure_paragraph(paragraph, font)
        return
    found = (match.group() for match in _WORD.finditer(paragraph))
    size = 16
    while batch := list(islice(found, size)):
        yield measure(batch, font)
        size *= 2


def count_lines(
    paragraphs: Paragraphs, space: float, max_width: float, max_lines: int | None = None
) -> int:
    """How many lines `wrap_text` makes of the text (greedy breaking at spaces; a word
    wider than the line is cut, here counted as the lines its width fills)."""
    if not paragraphs:
        return 0
    limit = max_width + EPSILON
    lines = 0
    for words in paragraphs:
        if not words:
            lines += 1
            continue
        current = -1.0  # no line started
        for word in words:
            if current >= 0 and current + space + word <= limit:
                current += space + word
                continue
            if current >= 0:
                lines += 1
            if word <= limit:
                current = word
            else:
                pieces = max(1, math.ceil(word / max(max_width, 1e-6)))
                lines += pieces - 1
                current = word - (pieces - 1) * max_width
            if max_lines is not None and lines >= max_lines:
                return max_lines  # full lines enough, and a line started: the rest is cut
        lines += 1
        if max_lines is not None and lines >= max_lines:
            return max_lines
    return lines


@dataclass(frozen=True, slots=True)
class _CardText:
    title: Paragraphs
    body: Paragraphs
    metas: tuple[tuple[Paragraphs, float], ...]  # each meta text and its one-line width
    dots: bool
    picture: tuple[int, int] | None
    # The widest card text (inner width) for which the counts are exact: words past
    # what so wide a card shows were not measured (infinite when all of them were).
    reach: float


class SizeModel:
    """A map's laid-out width and height as functions of its column width.

    Mirrors the layout engine's arithmetic (tests hold the two together): what does not
    depend on the column width (band headers, lane labels, emotion lanes) is measured
    once, and each card's text once as word widths.
    """

    def __init__(
        self,
        journey_map: JourneyMap,
        project: Project,
        style: MapStyle,
        measurer: TextMeasurer | None = None,
        *,
        template: bool = False,
    ) -> None:
        self.style = style
        self.measurer = measurer = measurer if measurer is not None else default_measurer()
        self.template = template
        self.assets = project.assets
        self.cell_min = style.template_cell_size if template else 0.0
        self._line = {
            f: measurer.line_height(f)
            for f in (
                style.card_title_font,
                style.card_body_font,
                style.quote_body_font,
                style.card_meta_font,
                style.stage_header_font,
                style.lane_label_font,
            )
        }
        self._space = {f: measurer.width(" ", f) for f in self._line}
        # A space and a line of card titles and of the small print, asked for every card
        # at every width tried.
        self._title_metrics = (
            self._space[style.card_title_font],
            self._line[style.card_title_font],
        )
        self._meta_metrics = (self._space[style.card_meta_font], self._line[style.card_meta_font])
        header = style.stage_header_font
        self.stage_names = [_paragraphs(s.name, header, measurer) for s in journey_map.stages]
        pad = style.stage_header_padding
        self.stage_min = [
            max(
                (w for p in names for w in p),
                default=0.0,
            )
            + 2 * pad
            for names in self.stage_names
        ]
        index = {} if template else index_cells(journey_map)
        groups: list[tuple[Persona | None, tuple[Lane, ...]]] = [
            (p, persona_lanes(journey_map)) for p in shown_bands(journey_map, project)
        ]
        if shared_lanes(journey_map):
            groups.append((None, shared_lanes(journey_map)))
        # Fixed heights: every band header; per lane its label's need, and for an
        # emotion lane its whole height. Card rows: the cards of each of its cells, whose
        # text is measured only when a size is first asked for.
        self.fixed = 0.0
        self._label_heights: dict[str, float] = {}
        # Only the cells that hold cards, by stage index: a map's empty cells (up to its
        # limits, tens of thousands) cost nothing per size asked.
        self.rows: list[tuple[float, LaneKind, list[tuple[int, tuple[Card, ...]]]]] = []
        stage_index = {stage.id: i for i, stage in enumerate(journey_map.stages)}
        filled: dict[tuple[str | None, str], list[tuple[int, tuple[Card, ...]]]] = {}
        for key, cards in index.items():
            if key.stage_id in stage_index:
                filled.setdefault((key.persona_id, key.lane_id), []).append(
                    (stage_index[key.stage_id], cards)
                )
        for persona, lanes in groups:
            self.fixed += style.band_header_height
            for lane in lanes:
                label = self._label_height(lane.title or LANE_KIND_TITLES[lane.kind])
                if not cell_accepts_cards(lane):
                    self.fixed += max(style.emotion_lane_height, label)
                    continue
                persona_id = persona.id if persona is not None else None
                cells = sorted(filled.get((persona_id, lane.id), ()), key=lambda c: c[0])
                self.rows.append((max(self.cell_min, label), lane.kind, cells))
        self._texts: dict[str, _CardText] = {}
        # The inner width of a card in the widest columns the search tries.
        widest = max(self.column_widths(WIDEST * style.column_width), default=0.0)
        self._widest_inner = widest - 2 * style.cell_padding - 2 * style.card_padding
        self._sizes: dict[float, tuple[float, float]] = {}
        # _heights by column width: the poster asks the chosen width's rows again to
        # grow its cells (cell_floor_for), a tenth of a second on a 10,000-card map.
        self._row_heights: dict[float, tuple[float, tuple[float, ...]]] = {}
        self.card_count = sum(len(cards) for _n, _k, cells in self.rows for _i, cards in cells)
        self._height_floor: float | None = None

    def height_floor(self) -> float:
        """A height the map never goes below at any column width: every card title on
        one line, no body, no picture. Costs no text measuring."""
        if self._height_floor is not None:
            return self._height_floor
        style = self.style
        title = self._line[style.card_title_font]
        card = 2 * style.card_padding + max(style.card_icon_size, title)
        height = 2 * style.margin + self.fixed + style.stage_header_min_height
        for need, _kind, cells in self.rows:
            most = max((len(cards) for _i, cards in cells), default=0)
            content = 2 * style.cell_padding + most * (card + style.card_gap) - style.card_gap
            height += max(style.min_cell_height, need, content if most else 0.0)
        self._height_floor = height
        return height

    def _label_height(self, title: str) -> float:
        # Every band repeats the map's lanes: wrap each title once.
        known = self._label_heights.get(title)
        if known is None:
            known = self._label_heights[title] = self._wrapped_label_height(title)
        return known

    def _wrapped_label_height(self, title: str) -> float:
        style = self.style
        pad = style.lane_label_padding
        x = pad + style.lane_icon_size + 6
        font = style.lane_label_font
        lines = wrap_measured(
            title,
            font,
            style.label_column_width - x - pad,
            self.measurer,
            style.lane_label_max_lines,
        )
        return max(len(lines) * self._line[font], style.lane_icon_size) + 2 * pad

    def _card_text(self, card: Card, kind: LaneKind, inner: float) -> _CardText:
        """The card's text as word widths, exact for cards whose text is up to `inner`
        wide (measured once for the widest columns the search may try)."""
        memo = self._texts
        known = memo.get(card.id)
        if known is not None and inner <= known.reach:
            return known
        style, m = self.style, self.measurer
        reach = max(inner, self._widest_inner)
        body_font = style.quote_body_font if kind is LaneKind.THOUGHTS else style.card_body_font
        dots = kind is LaneKind.PAIN_POINTS and bool(card.severity)
        meta = meta_text(card, kind)
        if style.show_card_meta:
            shown = [t for t in (meta, tags_text(card)) if t]
        else:
            # As the engine does: only a KPI's figures stay, with the text (the tags,
            # thirty long words at most, are not even joined).
            figures = kind is LaneKind.KPIS and style.show_card_body and bool(meta)
            shown = [meta] if figures else []
        cut = False

        def shown_part(text: str, font: FontSpec, max_lines: int) -> Paragraphs:
            nonlocal cut
            paragraphs, rest = _shown_paragraphs(text, font, m, reach, max_lines)
            cut = cut or rest
            return paragraphs

        meta_font = style.card_meta_font
        metas = tuple(
            (
                shown_part(t, meta_font, style.card_meta_max_lines),
                # Only the first meta text of a pain point shares its line with the dots.
                m.width(t, meta_font) if dots and i == 0 else 0.0,
            )
            for i, t in enumerate(shown)
        )
        text = _CardText(
            title=shown_part(card.title, style.card_title_font, style.card_title_max_lines),
            body=shown_part(card.body, body_font, style.card_body_max_lines)
            if style.show_card_body
            else (),
            metas=metas,
            dots=dots,
            picture=picture_size(card.image_asset_id, self.assets),
            reach=reach if cut else math.inf,
        )
        memo[card.id] = text
        return text

    def column_widths(self, column_width: float) -> list[float]:
        """Each stage column's width for a requested column width (a column still widens
        for the longest word of its stage name, and for a template's sticky notes)."""
        return [max(column_width, self.cell_min, need) for need in self.stage_min]

    def size_width(self, column_width: float) -> float:
        """The map's width in points at `column_width` (measures no card text)."""
        style = self.style
        return 2 * style.margin + style.label_column_width + sum(self.column_widths(column_width))

    def know(self, column_width: float, width: float, height: float) -> None:
        """Note the size of a real layout at `column_width` (the style's cell floor), so
        it is not computed again."""
        self._sizes[column_width] = (width, height)

    def size(
        self, column_width: float, min_cell_height: float | None = None
    ) -> tuple[float, float]:
        """The map's (width, height) in points when laid out at `column_width` (and with
        `min_cell_height` instead of the style's, when given)."""
        if min_cell_height is None:
            known = self._sizes.get(column_width)
            if known is None:
                known = self._sizes[column_width] = self.size(
                    column_width, self.style.min_cell_height
                )
            return known
        fixed, needs = self._heights(column_width)
        height = fixed + sum(max(min_cell_height, n) for n in needs)
        return self.size_width(column_width), height

    def _heights(self, column_width: float) -> tuple[float, tuple[float, ...]]:
        """The height that does not depend on the cell floor (margins, headers, bands,
        emotion lanes), and what each card row needs above the floor."""
        known = self._row_heights.get(column_width)
        if known is None:
            if len(self._row_heights) >= _KEPT_HEIGHTS:
                self._row_heights.clear()  # a search asks a few dozen widths at most
            known = self._row_heights[column_width] = self._measure_heights(column_width)
        return known

    def _measure_heights(self, column_width: float) -> tuple[float, tuple[float, ...]]:
        """`_heights`, measured."""
        style = self.style
        widths = self.column_widths(column_width)
        header = style.stage_header_font
        pad = style.stage_header_padding
        space, most = self._space[header], style.stage_header_max_lines
        tallest = 0
        for names, w in zip(self.stage_names, widths, strict=True):
            tallest = max(tallest, count_lines(names, space, w - 2 * pad, most))
            if tallest == most:
                break  # no header is taller than its line limit
        fixed = 2 * style.margin + self.fixed
        fixed += max(style.stage_header_min_height, tallest * self._line[header] + 2 * pad)
        needs = []
        for need, kind, cells in self.rows:
            tallest_cell = need
            for stage, cards in cells:
                tallest_cell = max(tallest_cell, self._cell_height(kind, cards, widths[stage]))
            needs.append(tallest_cell)
        return fixed, tuple(needs)

    def cell_floor_for(self, column_width: float, height: float) -> float:
        """The smallest-cell height (at least the style's) that makes the map `height`
        tall at `column_width`: the rows with room to spare grow, evenly."""
        fixed, needs = self._heights(column_width)
        floor = self.style.min_cell_height
        if not needs or fixed + sum(max(floor, n) for n in needs) >= height:
            return floor
        # The height is piecewise linear in the floor: walk up through the rows' needs.
        levels = sorted(max(floor, n) for n in needs)
        rest = sum(levels)  # the rows above the floor, while it rises
        for count, level in enumerate(levels):
            # Between the last level and this one, `count` rows sit on the floor.
            if fixed + count * level + rest >= height:
                return (height - fixed - rest) / count
            rest -= level
        return (height - fixed) / len(levels)

    def _cell_height(self, kind: LaneKind, cards: tuple[Card, ...], column_width: float) -> float:
        style = self.style
        inner_card = column_width - 2 * style.cell_padding
        total = 2 * style.cell_padding - style.card_gap
        inner = inner_card - 2 * style.card_padding
        for card in cards:
            text = self._card_text(card, kind, inner)
            total += self._card_height(kind, text, inner_card) + style.card_gap
        return total

    def _card_height(self, kind: LaneKind, text: _CardText, card_width: float) -> float:
        style = self.style
        pad = style.card_padding
        inner = card_width - 2 * pad
        icon = style.card_icon_size
        title_space, title_line = self._title_metrics
        title_w = inner - icon - style.card_icon_gap
        title = count_lines(text.title, title_space, title_w, style.card_title_max_lines)
        y = pad + max(icon, title * title_line)
        if text.picture is not None:
            y += style.card_text_gap + picture_rect(text.picture, pad, 0.0, inner, style).h
        if text.body:
            font = style.quote_body_font if kind is LaneKind.THOUGHTS else style.card_body_font
            lines = count_lines(text.body, self._space[font], inner, style.card_body_max_lines)
            if lines:
                y += style.card_text_gap + lines * self._line[font]
        meta_space, step = self._meta_metrics
        if text.metas:
            y += style.card_text_gap
            remaining = style.card_meta_max_lines
            for i, (paragraphs, one_line) in enumerate(text.metas):
                if remaining <= 0:
                    break
                lines = count_lines(paragraphs, meta_space, inner, remaining)
                y += lines * step
                remaining -= lines
                if i == 0 and text.dots:
                    dots_w = 5 * style.severity_dot_diameter + 4 * style.severity_dot_gap
                    if lines != 1 or one_line + 6 + dots_w > inner:
                        y += step
        elif text.dots:
            y += style.card_text_gap + step  # the dots on a line of their own
        return y + pad


def best_column_width(
    model: SizeModel,
    area_w: float,
    area_h: float,
    narrowest: float,
    widest: float,
    enough: float | None = None,
) -> tuple[float, float]:
    """The column width (within the bounds) that lets the map be drawn largest in an
    area_w × area_h area, and that scale (from the model's sizes).

    The width-bound scale area_w / W falls as columns widen and the height-bound one
    area_h / H rises (text wraps less), so the best width is where they cross.

    With `enough` (the scale the caller needs), a map that cannot reach it is told so
    from bounds that measure no text, and the scale returned is then only that bound.
    """
    lo, hi = narrowest, max(narrowest, widest)
    floor = model.height_floor()
    if enough is not None:
        # Narrowest columns give the most width-bound room; no map is shorter than its
        # floor. Both measure no text.
        bound = min(area_w / model.size_width(lo), area_h / floor)
        if bound < enough:
            return lo, bound
    width_at_hi = model.size_width(hi)
    if area_w / width_at_hi >= area_h / floor:
        # Too tall even at the widest columns with every title on one line.
        return hi, area_h / model.size(hi)[1]

    def scales(cw: float) -> tuple[float, float]:
        w, h = model.size(cw)
        return area_w / w, area_h / h

    by_w, by_h = scales(hi)
    if by_w >= by_h:
        return hi, by_h  # too tall even with the widest columns (a tall map's usual case)
    by_w, by_h = scales(lo)
    if by_w <= by_h:
        return lo, by_w  # too wide even with the narrowest columns
    # Each step measures every card again: a large map gets fewer, coarser steps.
    steps = max(4, min(_STEPS, _STEP_BUDGET // max(1, model.card_count)))
    for _ in range(steps):
        mid = (lo + hi) / 2
        by_w, by_h = scales(mid)
        if by_w >= by_h:
            lo = mid
        else:
            hi = mid
        if hi - lo < 0.25:
            break
    # Height-bound just below the crossing, width-bound just above: take the larger.
    low_scale = min(scales(lo))
    high_scale = min(scales(hi))
    return (lo, low_scale) if low_scale >= high_scale else (hi, high_scale)


def reflow(
    journey_map: JourneyMap,
    project: Project,
    style: MapStyle,
    area_w: float,
    area_h: float,
    *,
    measurer: TextMeasurer | None = None,
    template: bool = False,
    model: SizeModel | None = None,
) -> MapLayout:
    """The map laid out with the column width that makes it largest in the area."""
    if model is None:
        model = SizeModel(journey_map, project, style, measurer, template=template)
    width, _scale = best_column_width(
        model, area_w, area_h, NARROWEST * style.column_width, WIDEST * style.column_width
    )
    return layout(
        journey_map,
        project,
        replace(style, column_width=width),
        measurer,
        template=template,
    )


def column_width_for_width(
    model: SizeModel, target_w: float, narrowest: float, widest: float
) -> float:
    """The column width (within the bounds) at which the map is `target_w` wide."""
    lo, hi = narrowest, max(narrowest, widest)
    if model.size_width(lo) >= target_w:
        return lo
    if model.size_width(hi) <= target_w:
        return hi
    for _ in range(_STEPS):
        mid = (lo + hi) / 2
        if model.size_width(mid) <= target_w:
            lo = mid
        else:
            hi = mid
        if hi - lo < 0.05:
            break
    return lo


__all__ = [
    "NARROWEST",
    "WIDEST",
    "SizeModel",
    "best_column_width",
    "column_width_for_width",
    "count_lines",
    "reflow",
]
