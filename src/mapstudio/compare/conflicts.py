"""The conflicts of a merge: typed records with both sides' values and a default choice.

- `FieldConflict`: the same field of the same record changed two ways ("ours" or
  "theirs"; default "ours").
- `OrderConflict`: the same stage, lane, persona band, persona, map or card moved to two
  different places ("ours" or "theirs"; default "ours").
- `DeletionConflict`: a record deleted on one side while the other side changed it or
  added or changed something inside it - a card edited there, a card added to a stage
  deleted here ("keep" or "delete"; default "keep": the record comes back with what the
  other side has inside it, so nothing anybody added is lost).
- `PresenceConflict` (two-way merges only, where nobody knows who added or deleted): a
  record only one copy has ("keep" or "drop"; default "keep").

Each conflict has a stable `id` (the same conflict gets the same id when the merge runs
again with other choices), the `key` of the record, a `label` to show, and the map and
stage it belongs to for grouping. `describe()` says it in plain words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import BaseModel, ValidationError

from mapstudio.compare.records import (
    CELL,
    ENVELOPE_PREFIX,
    EXTRA_PREFIX,
    IMAGE,
    PLACE,
    Kind,
    RecordKey,
)
from mapstudio.model import Asset, EmotionScale


class Side(StrEnum):
    """One of the two copies being merged: ours (the open one) or theirs (the other)."""

    OURS = "ours"
    THEIRS = "theirs"

    @property
    def other(self) -> Side:
        return Side.THEIRS if self is Side.OURS else Side.OURS


class _Missing:
    """The value of a field a record does not have (an unknown field added on one side)."""

    _instance: ClassVar[_Missing | None] = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True, kw_only=True)
class Conflict:
    """What every conflict has. `options` are the choices, `default` the one a merge
    takes until told otherwise."""

    id: str
    key: RecordKey
    label: str
    map_id: str | None = None
    stage_id: str | None = None

    options: ClassVar[tuple[str, str]] = ("ours", "theirs")
    default: ClassVar[str] = "ours"
    kind: ClassVar[str] = "conflict"

    def describe(self) -> str:
        """The conflict in plain words."""
        raise NotImplementedError

    def outcome(self, choice: str) -> str:
        """What a choice did, for the merge summary: "Kept card 'Pays', which you had
        deleted and they edited."."""
        raise NotImplementedError

    def gave_way(self, choice: str) -> Side | None:
        """The copy whose change a choice left out (None when no copy's change was)."""
        return None

    def to_json(self, chosen: str | None = None) -> dict[str, Any]:
        """A JSON object for a project file's "merge_conflicts" (see `pending`)."""
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "record": self.key.to_json(),
            "label": self.label,
            "chosen": chosen or self.default,
        }
        if self.stage_id is not None:
            data["stage"] = self.stage_id
        return data


@dataclass(frozen=True, kw_only=True)
class FieldConflict(Conflict):
    """One field changed differently on both sides. `base` is MISSING in a two-way
    merge (and for a field one side added)."""

    field: str
    base: Any
    ours: Any
    theirs: Any
    # Both values in words where the raw value is ids or a bare number ("band 'Maya',
    # stage 'Decision', in the middle"); "" where the value reads well as it is.
    ours_words: str = ""
    theirs_words: str = ""

    kind: ClassVar[str] = "field"

    def value(self, choice: str) -> Any:
        """The field's value for a choice."""
        return self.theirs if choice == "theirs" else self.ours

    def value_words(self, side: Side) -> str:
        """One side's value for a sentence: in words when known, else the value shown."""
        if side is Side.OURS:
            return self.ours_words or show_value(self.ours)
        return self.theirs_words or show_value(self.theirs)

    def describe(self) -> str:
        return (
            f"{_record_words(self.key, self.label)}: {field_words(self.field)} is "
            f"{self.value_words(Side.OURS)} in your copy and "
            f"{self.value_words(Side.THEIRS)} in theirs."
        )

    def outcome(self, choice: str) -> str:
        kept, other = (Side.THEIRS, Side.OURS) if choice == "theirs" else (Side.OURS, Side.THEIRS)
        return (
            f"{_record_words(self.key, self.label)}: kept {_whose(kept)} "
            f"{field_words(self.field)}, {self.value_words(kept)}, instead of "
            f"{_whose(other, alone=True)}, {self.value_words(other)}."
        )

    def gave_way(self, choice: str) -> Side | None:
        return Side.OURS if choice == "theirs" else Side.THEIRS

    def to_json(self, chosen: str | None = None) -> dict[str, Any]:
        data = super().to_json(chosen)
        data.update(
            field=self.field,
            base=json_value(self.base),
            ours=json_value(self.ours),
            theirs=json_value(self.theirs),
        )
        for name in ("base", "ours", "theirs"):
            if getattr(self, name) is MISSING:
                data[f"{name}_missing"] = True  # not the same as null
        return data


@dataclass(frozen=True, kw_only=True)
class OrderConflict(Conflict):
    """An item both sides moved to different places in `list_name` ("stages", "lanes",
    "bands", "personas", "maps", or "cell" for the cards of one cell): right after
    `ours_after` on our side, after `theirs_after` on theirs (None = first)."""

    list_name: str
    ours_after: str | None
    theirs_after: str | None
    ours_after_label: str = ""
    theirs_after_label: str = ""

    kind: ClassVar[str] = "order"

    def describe(self) -> str:
        def place(after: str | None, label: str) -> str:
            return "first" if after is None else f"after {label or after}"

        return (
            f"{_record_words(self.key, self.label)} was moved in both copies: "
            f"{place(self.ours_after, self.ours_after_label)} in yours, "
            f"{place(self.theirs_after, self.theirs_after_label)} in theirs."
        )

    def outcome(self, choice: str) -> str:
        def place(after: str | None, label: str) -> str:
            return "first" if after is None else f"after '{label or after}'"

        places = {
            Side.OURS: place(self.ours_after, self.ours_after_label),
            Side.THEIRS: place(self.theirs_after, self.theirs_after_label),
        }
        kept, other = (Side.THEIRS, Side.OURS) if choice == "theirs" else (Side.OURS, Side.THEIRS)
        return (
            f"{_record_words(self.key, self.label)}: kept the place in {_whose(kept)} copy "
            f"({places[kept]}) instead of {_whose(other, alone=True)} ({places[other]})."
        )

    def gave_way(self, choice: str) -> Side | None:
        return Side.OURS if choice == "theirs" else Side.THEIRS

    def to_json(self, chosen: str | None = None) -> dict[str, Any]:
        data = super().to_json(chosen)
        data.update(list=self.list_name, ours=self.ours_after, theirs=self.theirs_after)
        return data


@dataclass(frozen=True, kw_only=True)
class DeletionConflict(Conflict):
    """A record deleted in `deleted_in` while the other copy changed it or things inside
    it: `changes` are the keys of those records (the record itself when it was edited).
    Keeping it brings it back with everything the other copy has inside it."""

    deleted_in: Side
    changes: tuple[RecordKey, ...]
    change_labels: tuple[str, ...] = ()
    added: frozenset[RecordKey] = frozenset()  # the changes that are new records

    options: ClassVar[tuple[str, str]] = ("keep", "delete")
    default: ClassVar[str] = "keep"
    kind: ClassVar[str] = "deleted"

    def describe(self) -> str:
        where = "your copy" if self.deleted_in is Side.OURS else "their copy"
        who = "they" if self.deleted_in is Side.OURS else "you"
        labels = dict(zip(self.changes, self.change_labels, strict=False))
        parts = []
        if self.key in self.changes:
            parts.append(f"{who} changed it")
        # A future-state map made from a deleted map is based on it, not inside it.
        based = [labels.get(k, k.id) for k in self.changes if k.kind is Kind.MAP and k != self.key]
        inside = [k for k in self.changes if k.kind is not Kind.MAP]
        added = [labels.get(k, k.id) for k in inside if k in self.added]
        changed = [labels.get(k, k.id) for k in inside if k not in self.added and k != self.key]
        if based:
            parts.append(f"{who} based {_listing(based)} on it")
        if added:
            parts.append(f"{who} added {_listing(added)} to it")
        if changed:
            parts.append(f"{who} changed {_listing(changed)} in it")
        what = " and ".join(parts) if parts else f"{who} still need it"
        return f"{_record_words(self.key, self.label)} was deleted in {where}, but {what}."

    def outcome(self, choice: str) -> str:
        deleter = "you" if self.deleted_in is Side.OURS else "they"
        worker = "they" if self.deleted_in is Side.OURS else "you"
        edited = self.key in self.changes
        inside = any(key != self.key for key in self.changes)
        record = _record_words(self.key, self.label, inline=True)
        if choice == "keep":
            did = "edited" if not inside else "changed things in" if not edited else "edited"
            return f"Kept {record}, which {deleter} had deleted and {worker} {did}."
        did = (
            "edited it and things in it"
            if edited and inside
            else "changed things in it"
            if inside
            else "edited it"
        )
        return f"Deleted {record} as {deleter} had, although {worker} {did}."

    def gave_way(self, choice: str) -> Side | None:
        return self.deleted_in if choice == "keep" else self.deleted_in.other

    def to_json(self, chosen: str | None = None) -> dict[str, Any]:
        data = super().to_json(chosen)
        data.update(
            deleted_in=self.deleted_in.value,
            changes=[key.to_json() for key in self.changes],
        )
        return data


@dataclass(frozen=True, kw_only=True)
class PresenceConflict(Conflict):
    """Two-way merges: a record (with what is inside it) that only `only_in` has."""

    only_in: Side

    options: ClassVar[tuple[str, str]] = ("keep", "drop")
    default: ClassVar[str] = "keep"
    kind: ClassVar[str] = "presence"

    def describe(self) -> str:
        where = "your copy" if self.only_in is Side.OURS else "their copy"
        return f"{_record_words(self.key, self.label)} is only in {where}."

    def outcome(self, choice: str) -> str:
        where = "your copy" if self.only_in is Side.OURS else "their copy"
        verb = "Kept" if choice == "keep" else "Left out"
        return f"{verb} {_record_words(self.key, self.label, inline=True)}, which only {where} has."

    def to_json(self, chosen: str | None = None) -> dict[str, Any]:
        data = super().to_json(chosen)
        data["only_in"] = self.only_in.value
        return data


# -- words and values ---------------------------------------------------------------------

_KIND_WORDS = {
    Kind.PROJECT: "The project",
    Kind.PERSONA: "Persona",
    Kind.ASSET: "Image",
    Kind.MAP: "Map",
    Kind.STAGE: "Stage",
    Kind.LANE: "Lane",
    Kind.BAND: "The band of persona",
    Kind.CARD: "Card",
    Kind.POINT: "Emotion point",
}
_FIELD_WORDS = {
    CELL: "its place (lane, stage, persona)",
    PLACE: "its place on the curve",
    IMAGE: "the image",
    "image_asset_id": "its picture",
    "photo_asset_id": "its photo",
    "emotion_scale": "its emotion scale",
    "future_state_of": "the map it is the future state of",
}
_MAX_SHOWN = 60


def _record_words(key: RecordKey, label: str, *, inline: bool = False) -> str:
    """ "Card 'Pays'"; `inline` for the middle of a sentence: "card 'Pays'"."""
    words = "The project" if key.kind is Kind.PROJECT else f"{_KIND_WORDS[key.kind]} '{label}'"
    return words[:1].lower() + words[1:] if inline else words


def _whose(side: Side, *, alone: bool = False) -> str:
    """ "your" / "their" before a noun, "yours" / "theirs" on its own."""
    if side is Side.OURS:
        return "yours" if alone else "your"
    return "theirs" if alone else "their"


def field_words(field: str) -> str:
    """A record field in words: "title", "its place (lane, stage, persona)"."""
    if field in _FIELD_WORDS:
        return _FIELD_WORDS[field]
    if field.startswith(ENVELOPE_PREFIX):
        return f"the file field '{field.removeprefix(ENVELOPE_PREFIX)}'"
    return field.removeprefix(EXTRA_PREFIX).replace("_", " ")


def _listing(labels: list[str]) -> str:
    quoted = [f"'{label}'" for label in labels[:3]]
    if len(labels) > 3:
        quoted.append(f"{len(labels) - 3} more")
    return ", ".join(quoted) if quoted else "nothing"


def show_value(value: Any) -> str:
    """A value for a sentence, in words a designer reads: text quoted, lists joined,
    yes/no, "(none)" for nothing, unknown fields as "key: value" pairs, an emotion scale
    as "−2 to +2: Very negative, …", a picture by its size; on one line, shortened with
    an ellipsis, control characters shown as escapes (text from a file is data, never
    terminal or markup codes). Never a Python repr."""
    scale = _scale_of(value)
    if scale is not None:
        return _scale_words(scale)
    return _shortened(_words(value, 0), _MAX_SHOWN)


NOTHING = "(none)"
_MAX_SCALE_SHOWN = 100  # a scale's labels are the point of a scale conflict: more room
_MAX_ITEMS = 12  # items of a list or a mapping looked at: more would be cut anyway
_MAX_DEPTH = 3  # nested containers beyond this read as "…"


def _words(value: Any, depth: int) -> str:
    if value is MISSING or value is None:
        return NOTHING
    if isinstance(value, Asset):
        kind = value.mime.removeprefix("image/").upper()
        return f"a {value.width} × {value.height} {kind} picture"
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, StrEnum):
        value = value.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        text = " ".join(value[: _MAX_SHOWN * 4].split())
        if not text:
            return NOTHING  # as a missing value reads: one word for "nothing there"
        return f"'{_shortened(_printable(text), _MAX_SHOWN)}'"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    if isinstance(value, Mapping | list | tuple):
        if not value:
            return NOTHING
        if depth >= _MAX_DEPTH:
            return "…"
        if isinstance(value, Mapping):
            items = list(value.items())
            parts = [
                f"{_printable(str(key))}: {_words(item, depth + 1)}"
                for key, item in items[:_MAX_ITEMS]
            ]
        else:
            items = list(value[: _MAX_ITEMS + 1])
            parts = [_words(item, depth + 1) for item in items[:_MAX_ITEMS]]
        if len(value) > _MAX_ITEMS:
            parts.append("…")
        joined = ", ".join(parts)
        return f"({joined})" if depth else joined
    if isinstance(value, bytes):
        return "binary data"
    return _printable(str(value))


def _scale_of(value: Any) -> EmotionScale | None:
    """The emotion scale `value` is: the model, or its JSON (a conflict kept in a file)."""
    if isinstance(value, EmotionScale):
        return value
    if isinstance(value, Mapping) and set(value) == {"min", "max", "labels"}:
        try:
            return EmotionScale.model_validate(dict(value))
        except ValidationError:
            return None
    return None


def _scale_words(scale: EmotionScale) -> str:
    """ "−2 to +2: Very negative, Negative, Neutral, Positive, Very positive"; labels too
    long for one line as "−5 to +5: first … last"."""
    head = f"{scale.number(scale.min)} to {scale.number(scale.max)}: "
    labels = [_shortened(_printable(" ".join(label.split())), 40) for label in scale.labels]
    every = head + ", ".join(labels)
    if len(every) <= _MAX_SCALE_SHOWN:
        return every
    return f"{head}{labels[0]} … {labels[-1]}"


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_value(value: Any) -> Any:
    """A field value as plain JSON (models dumped, tuples as lists, MISSING as null)."""
    if value is MISSING:
        return None
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return None  # never reached: images are dumped as models
    return value
