"""The working state of one `layout()` call: style, measurer, caches, text helpers."""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING

from mapstudio.layout.boxes import BandBox, LayoutChanges, MapLayout, TextLine
from mapstudio.layout.cache import CellEntry, CurveEntry, LayoutCache, MeasuredLines
from mapstudio.layout.fonts import FontSpec, TextMeasurer
from mapstudio.layout.style import MapStyle
from mapstudio.layout.text import wrap_measured
from mapstudio.model import Asset, CellKey

if TYPE_CHECKING:
    from mapstudio.layout.cache import BandKey
    from mapstudio.layout.rows import PlacedRow, RowKey

# Bound on cached header texts: renaming things for hours must not grow memory forever.
_MAX_TEXTS = 20_000


class LayoutRun:
    """Inputs of one layout and the cache entries it rebuilds as it goes."""

    def __init__(
        self,
        style: MapStyle,
        measurer: TextMeasurer,
        cache: LayoutCache,
        template: bool,
        assets: Mapping[str, Asset] | None = None,
    ) -> None:
        self.style = style
        self.measurer = measurer
        self.cache = cache
        self.template = template
        # The project's pictures: only their stored pixel sizes are read (no decoding).
        self.assets: Mapping[str, Asset] = assets if assets is not None else {}
        # Header texts are few (stages, lanes, bands, emotion labels), so they are kept
        # across layouts rather than pruned: a reused curve does not re-register its own.
        if len(cache.texts) > _MAX_TEXTS:
            cache.texts.clear()
        self.texts = cache.texts
        # The cells of the row being built, from the last layout (see cards.cell_entry).
        self.old_cells: Mapping[CellKey, CellEntry] = {}
        self.new_cells: dict[CellKey, CellEntry] = {}
        self.old_curves = cache.curves
        self.new_curves: dict[str, CurveEntry] = {}
        self.new_bands: dict[str | None, tuple[BandKey, BandBox]] = {}
        self.old_rows = cache.rows
        self.new_rows: dict[RowKey, PlacedRow] = {}
        # Ids of the cards whose boxes are not the same objects as in the last layout,
        # but for rows that only moved (`moved_rows`), whose cards all moved with them.
        self.changed_cards: set[str] = set()
        self.moved_rows: set[RowKey] = set()
        self._metrics: dict[FontSpec, tuple[float, float]] = {}
        # Each lane title's label lines and height: every band repeats the map's lanes.
        self.lane_labels: dict[str, tuple[tuple[TextLine, ...], float]] = {}

    def reuse_row(self, key: RowKey, old: PlacedRow, placed: PlacedRow) -> None:
        """Take a lane row from the last layout as it is, perhaps at another top (its
        cells count as hits)."""
        self.cache.hits += len(old.entry.entries)
        self.cache.rows_reused += 1
        if placed is not old:
            self.moved_rows.add(key)

    def rebuilt_row(self, key: RowKey, old: PlacedRow | None, new: PlacedRow) -> None:
        """Note which cards a row built again changed, and where its cards now are."""
        after = new.entry.cards
        changed = self.changed_cards
        where = self.cache.card_rows
        if old is not None:
            before = old.entry.cards
            if old.moved:
                # Last time's boxes were made for the moved row: none is in the new one.
                changed.update(before)
                changed.update(after)
            else:
                changed.update(i for i, box in after.items() if before.get(i) is not box)
                changed.update(i for i in before if i not in after)
            for card_id in before:
                if card_id not in after and where.get(card_id) == key:
                    del where[card_id]
        else:
            changed.update(after)
        for card_id in after:
            where[card_id] = key

    def finish(self, result: MapLayout) -> MapLayout:
        """Keep only what this layout used, so the cache tracks the current map, and
        return `result` with what changed since the last layout of this cache."""
        cache = self.cache
        old_rows, new_rows = self.old_rows, self.new_rows
        where = cache.card_rows
        for key in old_rows.keys() - new_rows.keys():
            gone = old_rows[key].entry.cards  # rows no longer shown: their cards went too
            self.changed_cards.update(gone)
            for card_id in gone:
                if where.get(card_id) == key:
                    del where[card_id]
        cache.curves = self.new_curves
        cache.bands = self.new_bands
        cache.rows = new_rows
        previous = cache.last_layout
        if previous is not None:
            changes = LayoutChanges(
                previous, frozenset(self.changed_cards), frozenset(self.moved_rows)
            )
            result = dataclasses.replace(result, changes=changes)
        cache.last_layout = weakref.ref(result)
        return result

    def wrap(
        self, text: str, font: FontSpec, max_width: float, max_lines: int | None = None
    ) -> MeasuredLines:
        """Wrapped header text with widths, reused when wrapped the same way before."""
        key = (text, font, max_width, max_lines)
        lines = self.texts.get(key)
        if lines is None:
            lines = self.wrap_now(text, font, max_width, max_lines)
            self.texts[key] = lines
        return lines

    def wrap_now(
        self, text: str, font: FontSpec, max_width: float, max_lines: int | None = None
    ) -> MeasuredLines:
        """Wrapped text with widths, counted in the cache's `wraps`."""
        self.cache.wraps += 1
        return wrap_measured(text, font, max_width, self.measurer, max_lines)

    def text_lines(
        self,
        lines: MeasuredLines,
        font: FontSpec,
        color: str,
        x: float,
        top: float,
        *,
        center_width: float | None = None,
    ) -> tuple[TextLine, ...]:
        """Lines stacked from `top`, left-aligned at `x` or centred in `center_width`."""
        if not lines:
            return ()
        ascent, step = self._vertical(font)
        result: list[TextLine] = []
        baseline = top + ascent
        for text, width in lines:
            left = x if center_width is None else x + (center_width - width) / 2
            result.append(TextLine(text, left, baseline, font, color, width))
            baseline += step
        return tuple(result)

    def block_height(self, count: int, font: FontSpec) -> float:
        """The height of `count` lines of `font`."""
        return count * self._vertical(font)[1]

    def _vertical(self, font: FontSpec) -> tuple[float, float]:
        # Ascent and line height per font, asked thousands of times per layout.
        metrics = self._metrics.get(font)
        if metrics is None:
            metrics = (self.measurer.ascent(font), self.measurer.line_height(font))
            self._metrics[font] = metrics
        return metrics
