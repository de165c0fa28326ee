"""Comparing two maps whose records may not share ids: a map with its future state.

A future-state map is a copy with fresh ids (see `DuplicateMapAsFutureState`), so `diff`
alone would call everything removed and added. `compare_maps` first matches the records
of the second map to those of the first - by id where they share ids (the same map in
another file, or two revisions), else stages by name, lanes by kind and title, cards by
lane, persona and title (in the same stage first: unchanged; then in another stage:
moved), emotion points by persona, stage and place, else by their rank on the persona's
curve - then diffs the two maps in the
first map's ids. The result maps ids both ways, so a view of either map can mark its
own records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mapstudio.compare.diff import Diff, diff
from mapstudio.model import Card, EmotionPoint, JourneyMap, Lane, Project, Stage


@dataclass(frozen=True)
class MapComparison:
    """The changes from map `a` to map `b`, in `a`'s ids; `a_ids[b_id]` names the record
    of `a` a record of `b` was matched with (unmatched `b` records keep their ids)."""

    diff: Diff
    a_map_id: str
    b_map_id: str
    a_ids: Mapping[str, str] = field(default_factory=dict)

    def b_id(self, a_id: str) -> str | None:
        """The id in map `b` of a record of map `a` (None when `b` has no match)."""
        for b_id, matched in self.a_ids.items():
            if matched == a_id:
                return b_id
        return None

    def a_id(self, b_id: str) -> str:
        """The id a record of map `b` has in the diff."""
        return self.a_ids.get(b_id, b_id)


def compare_maps(a: Project, a_map_id: str, b: Project, b_map_id: str) -> MapComparison:
    """What changes from map `a_map_id` of `a` to map `b_map_id` of `b` (KeyError when
    either is missing). The projects may be the same one."""
    first = _map(a, a_map_id)
    second = _map(b, b_map_id)
    ids = _match(first, second)
    translated = _translate(second, ids, a_map_id)
    left = a.model_copy(update={"maps": (first,)})
    right = b.model_copy(update={"maps": (translated,)})
    changes = diff(left, right)
    inside = Diff(tuple(change for change in changes if change.map_id == a_map_id))
    return MapComparison(inside, a_map_id, b_map_id, ids)


def _map(project: Project, map_id: str) -> JourneyMap:
    for journey_map in project.maps:
        if journey_map.id == map_id:
            return journey_map
    raise KeyError(map_id)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _match(a: JourneyMap, b: JourneyMap) -> dict[str, str]:
    """b id -> a id for every record of `b` matched to one of `a`."""
    ids: dict[str, str] = {}
    ids.update(_pair(a.stages, b.stages, (lambda s: _norm(s.name),)))
    ids.update(
        _pair(
            a.lanes,
            b.lanes,
            (lambda ln: (ln.kind, ln.scope, _norm(ln.title)), lambda ln: (ln.kind, ln.scope)),
        )
    )

    def lane(card: Card, here: bool) -> str:
        return card.lane_id if here else ids.get(card.lane_id, card.lane_id)

    def stage(item: Card | EmotionPoint, here: bool) -> str:
        return item.stage_id if here else ids.get(item.stage_id, item.stage_id)

    ids.update(
        _pair(
            a.cards,
            b.cards,
            (
                lambda c, here: (c.persona_id, lane(c, here), stage(c, here), _norm(c.title)),
                lambda c, here: (c.persona_id, lane(c, here), _norm(c.title)),
            ),
            sided=True,
        )
    )
    # A point dragged elsewhere is still the n-th point of its persona's curve.
    rank = {**_ranks(a.emotion_points, "a"), **_ranks(b.emotion_points, "b")}
    ids.update(
        _pair(
            a.emotion_points,
            b.emotion_points,
            (
                lambda p, here: (p.persona_id, stage(p, here), p.offset),
                lambda p, here: (p.persona_id, stage(p, here)),
                lambda p, here: (p.persona_id, rank[("a" if here else "b", p.id)]),
            ),
            sided=True,
        )
    )
    return ids


def _ranks(points: Iterable[EmotionPoint], side: str) -> dict[tuple[str, str], int]:
    """Each point's place among its persona's points, in file order."""
    seen: dict[str, int] = {}
    ranks: dict[tuple[str, str], int] = {}
    for point in points:
        ranks[(side, point.id)] = seen.get(point.persona_id, 0)
        seen[point.persona_id] = ranks[(side, point.id)] + 1
    return ranks


def _pair(
    a_items: Iterable[Any], b_items: Iterable[Any], keys: tuple[Any, ...], sided: bool = False
) -> dict[str, str]:
    """Match by id, then by each key in turn, first come first matched."""
    a_list, b_list = list(a_items), list(b_items)
    a_ids = {item.id for item in a_list}
    matched: dict[str, str] = {item.id: item.id for item in b_list if item.id in a_ids}
    taken = set(matched.values())
    for key in keys:
        waiting: dict[Any, list[str]] = {}
        for item in a_list:
            if item.id not in taken:
                waiting.setdefault(key(item, True) if sided else key(item), []).append(item.id)
        for item in b_list:
            if item.id in matched:
                continue
            candidates = waiting.get(key(item, False) if sided else key(item))
            if candidates:
                found = candidates.pop(0)
                matched[item.id] = found
                taken.add(found)
    return matched


def _translate(b: JourneyMap, ids: Mapping[str, str], map_id: str) -> JourneyMap:
    """Map `b` with matched records renamed to their match's id and references remapped."""

    def to_a(item_id: str) -> str:
        return ids.get(item_id, item_id)

    stages = tuple(_renamed(s, to_a(s.id)) for s in b.stages)
    lanes = tuple(_renamed(ln, to_a(ln.id)) for ln in b.lanes)
    cards = tuple(
        c.model_copy(
            update={"id": to_a(c.id), "lane_id": to_a(c.lane_id), "stage_id": to_a(c.stage_id)}
        )
        for c in b.cards
    )
    points = tuple(
        p.model_copy(update={"id": to_a(p.id), "stage_id": to_a(p.stage_id)})
        for p in b.emotion_points
    )
    return b.model_copy(
        update={
            "id": map_id,
            "stages": stages,
            "lanes": lanes,
            "cards": cards,
            "emotion_points": points,
        }
    )


def _renamed(item: Stage | Lane, new_id: str) -> Any:
    return item if item.id == new_id else item.model_copy(update={"id": new_id})
