"""Conflicts left for later: kept in the project file, listed and resolved in the app.

`mapstudio merge` (and a merge the designer chooses to finish later) writes the merged
project with its conflicts' default choices applied and the conflicts themselves in the
file's envelope, under "merge_conflicts" (one JSON object per conflict, see
`Conflict.to_json`). The loader keeps unknown envelope fields, so the list travels in the
loaded project (in memory under the reserved envelope key) and a plain save writes it
back until it is resolved.

`pending_conflicts(project)` reads the list back - defensively: it comes from a file, so
every entry is checked and anything unreadable, or naming a record that is no longer
there, is left out. `resolve_pending(project, choices)` applies the designer's choices
with the ordinary edit commands (a card goes back to the other copy's cell with
`MoveCards`, a stage chosen "delete" goes with `DeleteStage`, ...) and removes those
conflicts from the list. A choice that cannot be applied any more (its record was
deleted since) just closes the conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pydantic import ValidationError

from mapstudio.compare.conflicts import (
    MISSING,
    Conflict,
    DeletionConflict,
    FieldConflict,
    OrderConflict,
    PresenceConflict,
    Side,
)
from mapstudio.compare.records import (
    CELL,
    CONFLICTS_FIELD,
    ENVELOPE_PREFIX,
    EXTRA_PREFIX,
    IMAGE,
    PLACE,
    Kind,
    RecordKey,
    Snapshot,
    key_from_json,
)
from mapstudio.compare.words import value_words
from mapstudio.edit import (
    CARD_FIELDS,
    LANE_FIELDS,
    MAP_FIELDS,
    PERSONA_FIELDS,
    POINT_FIELDS,
    PROJECT_FIELDS,
    STAGE_FIELDS,
    Command,
    CommandError,
    DeleteCards,
    DeleteEmotionPoints,
    DeleteLane,
    DeleteMap,
    DeletePersona,
    DeleteStage,
    MoveBand,
    MoveCards,
    MoveEmotionPoint,
    MoveLane,
    MoveMap,
    MoveStage,
    RemoveAsset,
    RemoveBand,
    UpdateCard,
    UpdateEmotionPoint,
    UpdateLane,
    UpdateMap,
    UpdatePersona,
    UpdateProject,
    UpdateStage,
)
from mapstudio.model import (
    Asset,
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    Project,
    Stage,
    cards_in_cell,
    integrity_problems,
)
from mapstudio.model.types import ENVELOPE_EXTRA_KEY

MAX_PENDING = 10_000  # more entries than any merge makes: the rest of a hostile list is ignored
_MAX_LABEL = 200


# The fields whose stored values are ids or bare numbers: described in words.
_WORDED_FIELDS = frozenset({CELL, PLACE, "score"})


@dataclass(frozen=True)
class PendingConflict:
    """A conflict stored in a project file and the choice the merge applied for it."""

    conflict: Conflict
    chosen: str


def conflicts_to_json(conflicts: Iterable[Conflict], choices: Mapping[str, str]) -> list[Any]:
    """The "merge_conflicts" list for conflicts resolved by `choices` (defaults else)."""
    return [c.to_json(choices.get(c.id, c.default)) for c in conflicts]


def with_pending_conflicts(
    project: Project, conflicts: Iterable[Conflict], choices: Mapping[str, str]
) -> Project:
    """`project` carrying `conflicts` (resolved by `choices`) to be written to its file;
    an empty list removes the field."""
    return _with_list(project, conflicts_to_json(conflicts, choices))


def pending_conflicts(project: Project) -> tuple[PendingConflict, ...]:
    """The conflicts a project file holds, each checked; unreadable ones left out."""
    envelope = (project.model_extra or {}).get(ENVELOPE_EXTRA_KEY)
    raw = envelope.get(CONFLICTS_FIELD) if isinstance(envelope, Mapping) else None
    if not isinstance(raw, list):
        return ()
    found: list[PendingConflict] = []
    seen: set[str] = set()
    snapshot: list[Snapshot] = []  # made once, and only when a conflict needs words
    for entry in raw[:MAX_PENDING]:
        pending = _read(entry)
        if pending is None or pending.conflict.id in seen:
            continue
        if not _exists(project, pending.conflict.key):
            continue
        seen.add(pending.conflict.id)
        conflict = pending.conflict
        if isinstance(conflict, FieldConflict) and conflict.field in _WORDED_FIELDS:
            snapshot = snapshot or [Snapshot(project)]
            pending = PendingConflict(
                replace(
                    conflict,
                    ours_words=value_words(snapshot, conflict.key, conflict.field, conflict.ours)
                    or "",
                    theirs_words=value_words(
                        snapshot, conflict.key, conflict.field, conflict.theirs
                    )
                    or "",
                ),
                pending.chosen,
            )
        found.append(pending)
    return tuple(found)


def resolve_pending(project: Project, choices: Mapping[str, str]) -> Project:
    """`project` with the stored conflicts named in `choices` resolved that way and
    removed from its list. Raises CommandError (plain words) for a choice that is not
    one of its conflict's options or that would break the project."""
    pending = {p.conflict.id: p for p in pending_conflicts(project)}
    for conflict_id, choice in choices.items():
        entry = pending.get(conflict_id)
        if entry is None:
            continue
        if choice not in entry.conflict.options:
            raise CommandError(f"'{choice}' is not a choice for this conflict.")
        if choice != entry.chosen:
            project = _apply(project, entry.conflict, choice)
    remaining = [p for key, p in pending.items() if key not in choices]
    return _with_list(project, [p.conflict.to_json(p.chosen) for p in remaining])


@dataclass(frozen=True)
class ResolvePendingConflicts:
    """Resolve conflicts stored in the project file (conflict id -> option); one undo
    step. Choosing what the merge chose just closes the conflict."""

    choices: Mapping[str, str]

    @property
    def label(self) -> str:
        return "Resolve Conflict" if len(self.choices) == 1 else "Resolve Conflicts"

    def apply(self, project: Project) -> Project:
        return resolve_pending(project, self.choices)


# -- reading -----------------------------------------------------------------------------


def _read(entry: Any) -> PendingConflict | None:
    if not isinstance(entry, Mapping):
        return None
    conflict_id, kind = entry.get("id"), entry.get("kind")
    key = key_from_json(entry.get("record"))
    label = entry.get("label", "")
    chosen = entry.get("chosen")
    if not (isinstance(conflict_id, str) and isinstance(kind, str) and key is not None):
        return None
    label = label[:_MAX_LABEL] if isinstance(label, str) else ""
    stage = entry.get("stage")
    common: dict[str, Any] = {
        "id": conflict_id[:_MAX_LABEL],
        "key": key,
        "label": label,
        "map_id": key.id if key.kind is Kind.MAP else (key.map_id or None),
        "stage_id": stage if isinstance(stage, str) else None,
    }
    conflict: Conflict
    try:
        if kind == FieldConflict.kind:
            field = entry.get("field")
            if not isinstance(field, str):
                return None
            conflict = FieldConflict(
                **common,
                field=field,
                base=_value(entry, "base"),
                ours=_value(entry, "ours"),
                theirs=_value(entry, "theirs"),
            )
        elif kind == OrderConflict.kind:
            ours, theirs, name = entry.get("ours"), entry.get("theirs"), entry.get("list")
            if not (_id_or_none(ours) and _id_or_none(theirs) and isinstance(name, str)):
                return None
            conflict = OrderConflict(**common, list_name=name, ours_after=ours, theirs_after=theirs)
        elif kind == DeletionConflict.kind:
            changes = entry.get("changes", [])
            keys = (
                tuple(k for k in (key_from_json(c) for c in changes[:100]) if k is not None)
                if isinstance(changes, list)
                else ()
            )
            conflict = DeletionConflict(
                **common, deleted_in=Side(entry.get("deleted_in", "")), changes=keys
            )
        elif kind == PresenceConflict.kind:
            conflict = PresenceConflict(**common, only_in=Side(entry.get("only_in", "")))
        else:
            return None
    except (ValueError, TypeError):
        return None
    if chosen not in conflict.options:
        chosen = conflict.default
    return PendingConflict(conflict, chosen)


def _value(entry: Mapping[str, Any], name: str) -> Any:
    if entry.get(f"{name}_missing") is True:
        return MISSING
    return entry.get(name)


def _id_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _exists(project: Project, key: RecordKey) -> bool:
    if key.kind is Kind.PROJECT:
        return True
    if key.kind is Kind.PERSONA:
        return any(p.id == key.id for p in project.personas)
    if key.kind is Kind.ASSET:
        return key.id in project.assets
    if key.kind is Kind.MAP:
        return any(m.id == key.id for m in project.maps)
    journey_map = _map(project, key.map_id)
    if journey_map is None:
        return False
    items: Sequence[Stage | Lane | Card | EmotionPoint]
    if key.kind is Kind.STAGE:
        items = journey_map.stages
    elif key.kind is Kind.LANE:
        items = journey_map.lanes
    elif key.kind is Kind.CARD:
        items = journey_map.cards
    elif key.kind is Kind.POINT:
        items = journey_map.emotion_points
    else:  # a band
        return key.id in journey_map.bands
    return any(item.id == key.id for item in items)


def _map(project: Project, map_id: str) -> JourneyMap | None:
    return next((m for m in project.maps if m.id == map_id), None)


def _with_list(project: Project, entries: list[Any]) -> Project:
    extra = project.model_extra or {}
    envelope = dict(extra.get(ENVELOPE_EXTRA_KEY) or {})
    if entries:
        envelope[CONFLICTS_FIELD] = entries
    else:
        envelope.pop(CONFLICTS_FIELD, None)
    if envelope == (extra.get(ENVELOPE_EXTRA_KEY) or {}):
        return project
    return project.model_copy(update={ENVELOPE_EXTRA_KEY: envelope})


# -- applying a choice ---------------------------------------------------------------------


def _apply(project: Project, conflict: Conflict, choice: str) -> Project:
    if not _exists(project, conflict.key):
        return project  # deleted since: nothing left to decide
    try:
        if isinstance(conflict, DeletionConflict | PresenceConflict):
            return _delete(conflict.key).apply(project)
        if isinstance(conflict, OrderConflict):
            after = conflict.theirs_after if choice == "theirs" else conflict.ours_after
            command = _place(project, conflict, after)
            return command.apply(project) if command is not None else project
        if isinstance(conflict, FieldConflict):
            return _set_field(project, conflict.key, conflict.field, conflict.value(choice))
    except CommandError:
        raise
    except (ValueError, TypeError, KeyError) as error:
        raise CommandError(f"This choice cannot be applied any more ({error}).") from None
    return project


def _delete(key: RecordKey) -> Command:
    if key.kind is Kind.CARD:
        return DeleteCards(key.map_id, (key.id,))
    if key.kind is Kind.POINT:
        return DeleteEmotionPoints(key.map_id, (key.id,))
    if key.kind is Kind.STAGE:
        return DeleteStage(key.map_id, key.id)
    if key.kind is Kind.LANE:
        return DeleteLane(key.map_id, key.id)
    if key.kind is Kind.BAND:
        return RemoveBand(key.map_id, key.id)
    if key.kind is Kind.PERSONA:
        return DeletePersona(key.id)
    if key.kind is Kind.MAP:
        return DeleteMap(key.id)
    if key.kind is Kind.ASSET:
        return RemoveAsset(key.id)
    raise CommandError("The project itself cannot be deleted.")


def _place(project: Project, conflict: OrderConflict, after: str | None) -> Command | None:
    """The command that puts the item right after `after` (first for None)."""
    key = conflict.key
    if key.kind is Kind.CARD:
        journey_map = _map(project, key.map_id)
        assert journey_map is not None
        card = next(c for c in journey_map.cards if c.id == key.id)
        current = [
            c.id for c in cards_in_cell(journey_map, card.lane_id, card.stage_id, card.persona_id)
        ]
        if after is not None and after not in current:
            return None
        slot = 0 if after is None else current.index(after) + 1
        return MoveCards(key.map_id, (key.id,), card.persona_id, card.lane_id, card.stage_id, slot)
    order = _order(project, key)
    if order is None or (after is not None and after not in order):
        return None
    rest = [item for item in order if item != key.id]
    index = 0 if after is None else rest.index(after) + 1
    if key.kind is Kind.STAGE:
        return MoveStage(key.map_id, key.id, index)
    if key.kind is Kind.LANE:
        return MoveLane(key.map_id, key.id, index)
    if key.kind is Kind.BAND:
        return MoveBand(key.map_id, key.id, index)
    if key.kind is Kind.MAP:
        return MoveMap(key.id, index)
    if key.kind is Kind.PERSONA:
        return _MovePersona(key.id, index)
    return None


def _order(project: Project, key: RecordKey) -> list[str] | None:
    if key.kind is Kind.PERSONA:
        return [p.id for p in project.personas]
    if key.kind is Kind.MAP:
        return [m.id for m in project.maps]
    journey_map = _map(project, key.map_id)
    if journey_map is None:
        return None
    if key.kind is Kind.STAGE:
        return [s.id for s in journey_map.stages]
    if key.kind is Kind.LANE:
        return [lane.id for lane in journey_map.lanes]
    if key.kind is Kind.BAND:
        return list(journey_map.bands)
    return None


@dataclass(frozen=True)
class _MovePersona:
    """Put a persona at `index` in the library (no user command does this on its own)."""

    persona_id: str
    index: int
    label: str = "Move Persona"

    def apply(self, project: Project) -> Project:
        personas = [p for p in project.personas if p.id != self.persona_id]
        moving = next(p for p in project.personas if p.id == self.persona_id)
        personas.insert(self.index, moving)
        return project.model_copy(update={"personas": tuple(personas)})


def _set_field(project: Project, key: RecordKey, field: str, value: Any) -> Project:
    """`project` with one record field set to a stored value, checked like any edit."""
    if field == CELL and key.kind is Kind.CARD:
        persona, lane, stage = value
        return MoveCards(key.map_id, (key.id,), persona, lane, stage).apply(project)
    if field == PLACE and key.kind is Kind.POINT:
        journey_map = _map(project, key.map_id)
        assert journey_map is not None
        point = next(p for p in journey_map.emotion_points if p.id == key.id)
        _persona, stage, offset = value
        return MoveEmotionPoint(key.map_id, key.id, stage, offset, point.score).apply(project)
    if field == IMAGE and key.kind is Kind.ASSET:
        asset = Asset.model_validate(value)
        return _checked(
            project,
            project.model_copy(
                update={
                    "assets": {**project.assets, key.id: asset.model_copy(update={"id": key.id})}
                }
            ),
        )
    if key.kind is Kind.PROJECT and field.startswith(ENVELOPE_PREFIX):
        name = field.removeprefix(ENVELOPE_PREFIX)
        envelope = dict((project.model_extra or {}).get(ENVELOPE_EXTRA_KEY) or {})
        if value is MISSING:
            envelope.pop(name, None)
        else:
            envelope[name] = value
        return project.model_copy(update={ENVELOPE_EXTRA_KEY: envelope})
    command = _update(key, field, value)
    if command is not None:
        return command.apply(project)
    name = field.removeprefix(EXTRA_PREFIX)
    if key.kind is Kind.PROJECT:
        return _checked(project, _rebuilt(project, name, value))
    if key.kind is Kind.PERSONA:
        personas = tuple(
            _rebuilt(p, name, value) if p.id == key.id else p for p in project.personas
        )
        return _checked(project, project.model_copy(update={"personas": personas}))
    maps = []
    for journey_map in project.maps:
        if key.kind is Kind.MAP and journey_map.id == key.id:
            journey_map = _rebuilt(journey_map, name, value)
        elif journey_map.id == key.map_id:
            attribute = {
                Kind.STAGE: "stages",
                Kind.LANE: "lanes",
                Kind.CARD: "cards",
                Kind.POINT: "emotion_points",
            }[key.kind]
            items = tuple(
                _rebuilt(item, name, value) if item.id == key.id else item
                for item in getattr(journey_map, attribute)
            )
            journey_map = journey_map.model_copy(update={attribute: items})
        maps.append(journey_map)
    return _checked(project, project.model_copy(update={"maps": tuple(maps)}))


def _update(key: RecordKey, field: str, value: Any) -> Command | None:
    """The edit command that sets a field designers edit (None for the others: unknown
    fields, lane kinds...), so a choice is checked exactly like the same edit by hand."""
    if value is MISSING:
        return None
    change = {field: value}
    if key.kind is Kind.CARD and field in CARD_FIELDS:
        return UpdateCard(key.map_id, key.id, change)
    if key.kind is Kind.POINT and field in POINT_FIELDS:
        return UpdateEmotionPoint(key.map_id, key.id, change)
    if key.kind is Kind.STAGE and field in STAGE_FIELDS:
        return UpdateStage(key.map_id, key.id, change)
    if key.kind is Kind.LANE and field in LANE_FIELDS:
        return UpdateLane(key.map_id, key.id, change)
    if key.kind is Kind.MAP and field in MAP_FIELDS:
        return UpdateMap(key.id, change)
    if key.kind is Kind.PERSONA and field in PERSONA_FIELDS:
        return UpdatePersona(key.id, change)
    if key.kind is Kind.PROJECT and field in PROJECT_FIELDS:
        return UpdateProject(change)
    return None


def _rebuilt(model: Any, name: str, value: Any) -> Any:
    data = dict(model)
    if value is MISSING:
        data.pop(name, None)
    else:
        data[name] = value
    try:
        return type(model).model_validate(data)
    except ValidationError as error:
        raise CommandError(f"The other value does not fit any more ({_first(error)}).") from None


def _checked(before: Project, after: Project) -> Project:
    """Refuse a change that breaks a reference (a picture deleted since, say)."""
    new = set(integrity_problems(after)) - set(integrity_problems(before))
    if new:
        raise CommandError(f"The other value does not fit any more: {sorted(new)[0]}.")
    return after


def _first(error: ValidationError) -> str:
    errors = error.errors(include_url=False)
    return str(errors[0].get("msg", "invalid value")) if errors else "invalid value"
