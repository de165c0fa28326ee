"""A project seen as a flat set of records: what diff and merge compare.

Every object of a project becomes one record, keyed by its kind, its map (for what lives
inside a map) and its id: the project itself, personas, images, maps, and per map its
stages, lanes, bands (a persona shown on the map), cards and emotion points. A record's
`fields` are comparable values, one per thing a designer can change independently:

- a card's cell (persona, lane, stage) is one field, "@cell", because a move changes the
  three together; its `order` is not a field at all: the order inside a cell is merged
  as a sequence, like the order of stages;
- an emotion point's place (persona, stage, offset) is one field, "@place";
- an image is one field, "@image" (the Asset itself; images never change in place);
- unknown fields (from a newer version) are fields under their own name, and unknown
  envelope fields are fields of the project named "@envelope:<name>".

Names that start with "@" are never model fields; an unknown field whose own name starts
with "@" is kept under "@extra:<name>".

A record also names the records it needs (`dependencies`): a card needs its map, stage,
lane, band and picture; a band needs its persona; a future-state map its current-state
map. All but pictures and that link are *containers*: deleting one deletes what it
contains (deleting a picture or a current-state map only clears the reference).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Any, NamedTuple

from pydantic import BaseModel

from mapstudio.model import (
    Asset,
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    Persona,
    Project,
    Stage,
)
from mapstudio.model.types import ENVELOPE_EXTRA_KEY, RESERVED_KEYS

# The envelope field that holds a merge's unresolved conflicts: not content, not merged.
CONFLICTS_FIELD = "merge_conflicts"

CELL = "@cell"
PLACE = "@place"
IMAGE = "@image"
ENVELOPE_PREFIX = "@envelope:"
EXTRA_PREFIX = "@extra:"
# Fields that refer to other records: reverting them is how a record leaves a container
# that a merge deletes while the record itself stays.
REFERENCE_FIELDS = frozenset({CELL, PLACE, "image_asset_id", "photo_asset_id"})


class Kind(StrEnum):
    """What a record is."""

    PROJECT = "project"
    PERSONA = "persona"
    ASSET = "asset"
    MAP = "map"
    STAGE = "stage"
    LANE = "lane"
    BAND = "band"
    CARD = "card"
    POINT = "point"


# Kinds in the order a report lists them (and the order containers come before contents).
KIND_ORDER = {kind: i for i, kind in enumerate(Kind)}


class RecordKey(NamedTuple):
    """Which record: its kind, the map it lives in ("" outside maps) and its id ("" for
    the project). A band's id is the id of the persona it shows."""

    kind: Kind
    map_id: str
    id: str

    def __str__(self) -> str:
        if self.kind is Kind.PROJECT:
            return "project"
        return (
            f"{self.kind.value} {self.map_id}/{self.id}"
            if self.map_id
            else (f"{self.kind.value} {self.id}")
        )

    def to_json(self) -> dict[str, str]:
        """The key as a JSON object: {"kind", "map", "id"}."""
        return {"kind": self.kind.value, "map": self.map_id, "id": self.id}


PROJECT_KEY = RecordKey(Kind.PROJECT, "", "")
_new_tuple = tuple.__new__


def make_key(kind: Kind, map_id: str, item: str) -> RecordKey:
    """RecordKey(kind, map_id, item), without NamedTuple's slower constructor (large maps
    make tens of thousands of keys)."""
    return _new_tuple(RecordKey, (kind, map_id, item))


def key_from_json(value: Any) -> RecordKey | None:
    """A key written by `RecordKey.to_json`, or None when `value` is not one."""
    if not isinstance(value, Mapping):
        return None
    kind, map_id, item = value.get("kind"), value.get("map", ""), value.get("id", "")
    if not (isinstance(kind, str) and isinstance(map_id, str) and isinstance(item, str)):
        return None
    try:
        return RecordKey(Kind(kind), map_id[:64], item[:64])
    except ValueError:
        return None


# -- fields -------------------------------------------------------------------------------

# Model fields that are not record fields: ids, a card's place (the "@cell" field and the
# merged order), an emotion point's place, a map's contents (records of their own).
_SKIP: dict[type[BaseModel], frozenset[str]] = {
    Project: frozenset({"id", "personas", "maps", "assets"}),
    Persona: frozenset({"id"}),
    JourneyMap: frozenset({"id", "stages", "lanes", "bands", "cards", "emotion_points"}),
    Stage: frozenset({"id"}),
    Lane: frozenset({"id"}),
    Card: frozenset({"id", "lane_id", "stage_id", "persona_id", "order"}),
    EmotionPoint: frozenset({"id", "persona_id", "stage_id", "offset"}),
}
_FIELD_NAMES: dict[type[BaseModel], tuple[str, ...]] = {
    model: tuple(name for name in model.model_fields if name not in skip)
    for model, skip in _SKIP.items()
}


def extra_field_name(name: str) -> str:
    """The record field of an unknown model field."""
    return EXTRA_PREFIX + name if name.startswith("@") else name


def extra_model_name(field: str) -> str:
    """The model's name for the record field of an unknown field."""
    return field.removeprefix(EXTRA_PREFIX)


def record_fields(kind: Kind, obj: Any) -> dict[str, Any]:
    """The comparable fields of one record's object (see the module docstring)."""
    if kind is Kind.BAND:
        return {}
    if kind is Kind.ASSET:
        return {IMAGE: obj}
    fields: dict[str, Any] = {name: getattr(obj, name) for name in _FIELD_NAMES[type(obj)]}
    if kind is Kind.CARD:
        fields[CELL] = (obj.persona_id, obj.lane_id, obj.stage_id)
    elif kind is Kind.POINT:
        fields[PLACE] = (obj.persona_id, obj.stage_id, obj.offset)
    elif kind is Kind.PROJECT:
        fields["id"] = obj.id
    for name, value in (obj.model_extra or {}).items():
        if name in RESERVED_KEYS:
            continue
        fields[extra_field_name(name)] = value
    if kind is Kind.PROJECT:
        envelope = (obj.model_extra or {}).get(ENVELOPE_EXTRA_KEY)
        if isinstance(envelope, Mapping):
            for name, value in envelope.items():
                if name != CONFLICTS_FIELD:
                    fields[ENVELOPE_PREFIX + name] = value
    return fields


def dependencies(key: RecordKey, fields: Mapping[str, Any]) -> list[RecordKey]:
    """The records `key` needs, given its fields: containers first, then pictures."""
    kind, map_id = key.kind, key.map_id
    needs: list[RecordKey] = []
    if kind in (Kind.STAGE, Kind.LANE, Kind.BAND, Kind.CARD, Kind.POINT):
        needs.append(make_key(Kind.MAP, "", map_id))
    if kind is Kind.BAND:
        needs.append(make_key(Kind.PERSONA, "", key.id))
    elif kind is Kind.CARD:
        persona, lane, stage = fields[CELL]
        needs.append(make_key(Kind.STAGE, map_id, stage))
        needs.append(make_key(Kind.LANE, map_id, lane))
        if persona is not None:
            needs.append(make_key(Kind.BAND, map_id, persona))
        image = fields.get("image_asset_id")
        if image:
            needs.append(make_key(Kind.ASSET, "", image))
    elif kind is Kind.POINT:
        persona, stage, _offset = fields[PLACE]
        needs.append(make_key(Kind.STAGE, map_id, stage))
        needs.append(make_key(Kind.BAND, map_id, persona))
    elif kind is Kind.PERSONA:
        photo = fields.get("photo_asset_id")
        if photo:
            needs.append(make_key(Kind.ASSET, "", photo))
    elif kind is Kind.MAP:
        link = fields.get("future_state_of")
        if link:
            needs.append(make_key(Kind.MAP, "", link))
    return needs


def containers(key: RecordKey, fields: Mapping[str, Any]) -> list[RecordKey]:
    """The records whose deletion deletes `key`: its dependencies but pictures and the
    current-state map of a future-state map (whose deletion only clears the link)."""
    if key.kind is Kind.MAP:
        return []
    return [need for need in dependencies(key, fields) if need.kind is not Kind.ASSET]


# -- snapshots ----------------------------------------------------------------------------


class ListKey(NamedTuple):
    """An ordered list of a project: ("personas", ""), ("maps", ""), ("assets", "") or
    per map ("stages" | "lanes" | "bands" | "cards" | "emotion_points", map id)."""

    name: str
    map_id: str


# The record kind of the items of each ordered list.
LIST_KINDS = {
    "personas": Kind.PERSONA,
    "maps": Kind.MAP,
    "assets": Kind.ASSET,
    "stages": Kind.STAGE,
    "lanes": Kind.LANE,
    "bands": Kind.BAND,
    "cards": Kind.CARD,
    "emotion_points": Kind.POINT,
}
# Lists whose order the designer sees and changes; the others only keep the file stable.
MEANINGFUL_ORDER = frozenset({"personas", "maps", "stages", "lanes", "bands"})

CellId = tuple[str, str | None, str, str]  # (map id, persona id, lane id, stage id)


class Snapshot:
    """One project flattened: every record's object, the order of every list and the
    cards of every cell, top to bottom. Fields are computed on demand and cached."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.objects: dict[RecordKey, Any] = {PROJECT_KEY: project}
        self.orders: dict[ListKey, tuple[str, ...]] = {}
        self.cells: dict[CellId, tuple[str, ...]] = {}
        self._fields: dict[RecordKey, dict[str, Any]] = {}
        objects = self.objects
        self.orders[ListKey("personas", "")] = tuple(p.id for p in project.personas)
        for persona in project.personas:
            objects.setdefault(RecordKey(Kind.PERSONA, "", persona.id), persona)
        self.orders[ListKey("assets", "")] = tuple(project.assets)
        for asset_id, asset in project.assets.items():
            objects[RecordKey(Kind.ASSET, "", asset_id)] = asset
        self.orders[ListKey("maps", "")] = tuple(m.id for m in project.maps)
        for journey_map in project.maps:
            self._add_map(journey_map)

    def _add_map(self, journey_map: JourneyMap) -> None:
        objects, map_id = self.objects, journey_map.id
        objects.setdefault(make_key(Kind.MAP, "", map_id), journey_map)
        for name, kind, items in (
            ("stages", Kind.STAGE, journey_map.stages),
            ("lanes", Kind.LANE, journey_map.lanes),
            ("cards", Kind.CARD, journey_map.cards),
            ("emotion_points", Kind.POINT, journey_map.emotion_points),
        ):
            ids = tuple(item.id for item in items)
            self.orders[ListKey(name, map_id)] = ids
            for item_id, item in zip(ids, items, strict=True):
                key = make_key(kind, map_id, item_id)
                if key not in objects:  # a repaired file has unique ids; keep the first
                    objects[key] = item
        self.orders[ListKey("bands", map_id)] = journey_map.bands
        for persona_id in journey_map.bands:
            objects[make_key(Kind.BAND, map_id, persona_id)] = (map_id, persona_id)
        # As model.index_cells, with plain tuples: this runs for every card of three
        # copies on each merge.
        grouped: dict[CellId, list[Card]] = {}
        for card in journey_map.cards:
            cell = (map_id, card.persona_id, card.lane_id, card.stage_id)
            found = grouped.get(cell)
            if found is None:
                grouped[cell] = [card]
            else:
                found.append(card)
        for cell, cards in grouped.items():
            if len(cards) > 1:
                cards.sort(key=_by_order)  # stable: equal orders keep file order
            self.cells[cell] = tuple(card.id for card in cards)

    def __contains__(self, key: object) -> bool:
        return key in self.objects

    def keys(self) -> Iterable[RecordKey]:
        return self.objects.keys()

    def get(self, key: RecordKey) -> Any:
        """The object of a record (a model; a band is a (map id, persona id) pair)."""
        return self.objects.get(key)

    def fields(self, key: RecordKey) -> dict[str, Any]:
        """The record's fields (cached; do not change the dict)."""
        fields = self._fields.get(key)
        if fields is None:
            fields = record_fields(key.kind, self.objects[key])
            self._fields[key] = fields
        return fields

    def cell_of(self, key: RecordKey) -> CellId:
        """The cell of a card record of this snapshot."""
        persona, lane, stage = self.fields(key)[CELL]
        return (key.map_id, persona, lane, stage)

    def map_keys(self, map_id: str) -> Iterator[RecordKey]:
        """The keys of every record inside one map."""
        for key in self.objects:
            if key.map_id == map_id:
                yield key


def _by_order(card: Card) -> int:
    return card.order


def same_record(a: Snapshot, b: Snapshot, key: RecordKey) -> bool:
    """Whether a record has the same fields in both snapshots (both must hold it). A
    card's or point's order in its list does not count."""
    first, second = a.objects[key], b.objects[key]
    if first is second:
        return True
    # The project and a map hold their contents: comparing whole objects would compare
    # every card. Their record fields are few.
    if key.kind not in (Kind.PROJECT, Kind.MAP) and same_object(first, second):
        return True
    return a.fields(key) == b.fields(key)


def same_object(first: Any, second: Any) -> bool:
    """Two record objects with equal values (pydantic's == without its overhead)."""
    if not isinstance(first, BaseModel):
        return bool(first == second)
    return (
        type(first) is type(second)
        and first.__dict__ == second.__dict__
        and first.__pydantic_extra__ == second.__pydantic_extra__
    )


def object_dependencies(key: RecordKey, obj: Any) -> list[RecordKey]:
    """`dependencies` read straight from a record's object (no fields dict: fast)."""
    kind, map_id = key.kind, key.map_id
    if kind is Kind.CARD:
        needs = [
            make_key(Kind.MAP, "", map_id),
            make_key(Kind.STAGE, map_id, obj.stage_id),
            make_key(Kind.LANE, map_id, obj.lane_id),
        ]
        if obj.persona_id is not None:
            needs.append(make_key(Kind.BAND, map_id, obj.persona_id))
        if obj.image_asset_id:
            needs.append(make_key(Kind.ASSET, "", obj.image_asset_id))
        return needs
    if kind is Kind.POINT:
        return [
            make_key(Kind.MAP, "", map_id),
            make_key(Kind.STAGE, map_id, obj.stage_id),
            make_key(Kind.BAND, map_id, obj.persona_id),
        ]
    if kind in (Kind.STAGE, Kind.LANE):
        return [make_key(Kind.MAP, "", map_id)]
    if kind is Kind.BAND:
        return [make_key(Kind.MAP, "", map_id), make_key(Kind.PERSONA, "", key.id)]
    if kind is Kind.PERSONA and obj.photo_asset_id:
        return [make_key(Kind.ASSET, "", obj.photo_asset_id)]
    if kind is Kind.MAP and obj.future_state_of:
        return [make_key(Kind.MAP, "", obj.future_state_of)]
    return []


def label_of(key: RecordKey, obj: Any) -> str:
    """A short human name of a record: its title or name, else its kind."""
    if obj is None:
        return f"{key.kind.value} {key.id}"
    if key.kind is Kind.BAND:
        return f"persona {key.id}"
    for attribute in ("title", "name", "feeling"):
        text = getattr(obj, attribute, None)
        if isinstance(text, str) and text.strip():
            return " ".join(text.split())
    if key.kind is Kind.ASSET and isinstance(obj, Asset):
        return f"image {obj.width} × {obj.height}"
    return f"untitled {key.kind.value}"
