"""What successive layouts of one map share: per-cell card content, the card index,
emotion curves and wrapped header texts.

Models are frozen, so after an edit every unchanged card, persona and emotion point is
the very same object as before. The cache therefore checks identity (`is`), which costs
a pointer comparison, where equality of pydantic models would cost nearly as much as
laying the card out again.
"""

from __future__ import annotations

from bisect import insort
from typing import TYPE_CHECKING

from mapstudio.model import (
    Card,
    CellKey,
    EmotionPoint,
    JourneyMap,
    LaneKind,
    cell_of,
    index_cells,
)

if TYPE_CHECKING:
    from mapstudio.layout.boxes import CardBox, CellBox, ColumnBox, EmotionCurveBox
    from mapstudio.layout.cards import CardContent
    from mapstudio.layout.fonts import FontSpec, TextMeasurer
    from mapstudio.layout.geometry import Rect
    from mapstudio.layout.style import MapStyle
    from mapstudio.model import EmotionScale, Persona

WrapKey = tuple[str, "FontSpec", float, int | None]
MeasuredLines = tuple[tuple[str, float], ...]

# Past this many replaced cards an edit is no small edit: index from scratch.
_MAX_PATCHED_CARDS = 64


def _by_order(card: Card) -> int:
    return card.order


class CellEntry:
    """One cell's cards laid out relative to the cell, and its boxes at the last origin."""

    __slots__ = ("box_map", "boxes", "card_ids", "cards", "cell_box", "contents", "height")
    __slots__ += ("kind", "origin", "width")

    def __init__(
        self,
        cards: tuple[Card, ...],
        kind: LaneKind,
        width: float,
        contents: tuple[CardContent, ...],
        height: float,
    ) -> None:
        self.cards = cards
        self.kind = kind
        self.width = width
        self.contents = contents
        self.height = height
        self.origin: tuple[float, float] | None = None
        self.boxes: tuple[CardBox, ...] = ()
        self.box_map: dict[str, CardBox] = {}
        self.card_ids: tuple[str, ...] = tuple(c.card_id for c in contents)
        self.cell_box: CellBox | None = None

    def matches(self, cards: tuple[Card, ...], kind: LaneKind, width: float) -> bool:
        """Whether this content is still right for `cards` at `width`."""
        if self.kind is not kind or self.width != width:
            return False
        if self.cards is cards:
            return True
        return len(self.cards) == len(cards) and all(
            a is b for a, b in zip(self.cards, cards, strict=True)
        )


class CurveEntry:
    """An emotion curve and everything it was computed from."""

    __slots__ = ("box", "columns", "lane_id", "persona", "points", "rect", "scale", "template")

    def __init__(
        self,
        persona: Persona,
        lane_id: str,
        rect: Rect,
        columns: tuple[ColumnBox, ...],
        scale: EmotionScale,
        points: tuple[EmotionPoint, ...],
        template: bool,
        box: EmotionCurveBox,
    ) -> None:
        self.persona = persona
        self.lane_id = lane_id
        self.rect = rect
        self.columns = columns
        self.scale = scale
        self.points = points
        self.template = template
        self.box = box

    def matches(
        self,
        persona: Persona,
        lane_id: str,
        rect: Rect,
        columns: tuple[ColumnBox, ...],
        scale: EmotionScale,
        points: tuple[EmotionPoint, ...],
        template: bool,
    ) -> bool:
        """Whether the cached curve is still right for these inputs."""
        return (
            self.persona is persona
            and self.scale is scale
            and self.template == template
            and self.lane_id == lane_id
            and self.rect == rect
            and len(self.points) == len(points)
            and all(a is b for a, b in zip(self.points, points, strict=True))
            and self.columns == columns
        )


class CardIndex:
    """`index_cells` of the latest map, patched rather than rebuilt after small edits.

    A patched index holds exactly what `index_cells` would return; cells an edit did
    not touch keep the very same tuple, which lets their cell entries match at once.
    """

    def __init__(self) -> None:
        self.cards: tuple[Card, ...] | None = None
        self.cells: dict[CellKey, tuple[Card, ...]] = {}
        self._positions: dict[CellKey, list[int]] = {}

    def update(self, journey_map: JourneyMap) -> dict[CellKey, tuple[Card, ...]]:
        """The cards of every non-empty cell of `journey_map`, in display order."""
        journey_cards = journey_map.cards
        old = self.cards
        if old is journey_cards:
            return self.cells
        if old is not None and len(old) == len(journey_cards):
            changed = [
                i for i, (a, b) in enumerate(zip(old, journey_cards, strict=True)) if a is not b
            ]
            if len(changed) <= _MAX_PATCHED_CARDS:
                self._patch(old, journey_cards, changed)
                self.cards = journey_cards
                return self.cells
        self._rebuild(journey_map)
        return self.cells

    def _rebuild(self, journey_map: JourneyMap) -> None:
        journey_cards = journey_map.cards
        self.cells = index_cells(journey_map)
        positions: dict[CellKey, list[int]] = {}
        for i, card in enumerate(journey_cards):
            positions.setdefault(cell_of(card), []).append(i)
        self._positions = positions
        self.cards = journey_cards

    def _patch(self, old: tuple[Card, ...], new: tuple[Card, ...], changed: list[int]) -> None:
        positions = self._positions
        touched: set[CellKey] = set()
        for i in changed:
            before, after = cell_of(old[i]), cell_of(new[i])
            if before != after:
                slots = positions[before]
                slots.remove(i)
                if not slots:
                    del positions[before]
                insort(positions.setdefault(after, []), i)
            touched.add(before)
            touched.add(after)
        for key in touched:
            slots = positions.get(key)
            if slots:
                # Positions are in file order and sorted() is stable: the same tie-break
                # on equal `order` as index_cells.
                self.cells[key] = tuple(sorted((new[i] for i in slots), key=_by_order))
            else:
                self.cells.pop(key, None)


class LayoutCache:
    """Results to reuse between successive `layout()` calls of the same map.

    Pass the same cache to every layout of one map (one cache per open map). Cell and
    curve entries the latest layout did not use are dropped, so the cache never outgrows
    one map (header texts are kept, up to a bound); a change of style or measurer
    empties it.

    Counters, for tests and benchmarks: `misses` counts cells whose card content was
    computed afresh (text wrapped), `hits` cells reused as they were; `wraps` counts
    text wrapping calls of any kind.
    """

    def __init__(self) -> None:
        self.misses = 0
        self.hits = 0
        self.wraps = 0
        self.cells: dict[CellKey, CellEntry] = {}
        self.texts: dict[WrapKey, MeasuredLines] = {}
        self.curves: dict[str, CurveEntry] = {}
        self.index = CardIndex()
        self._style: MapStyle | None = None
        self._measurer: TextMeasurer | None = None

    def begin(self, style: MapStyle, measurer: TextMeasurer) -> None:
        """Forget everything measured with another style or measurer."""
        if style is not self._style or measurer is not self._measurer:
            self.cells = {}
            self.texts = {}
            self.curves = {}
            self._style = style
            self._measurer = measurer
