"""Repair of a parsed project before and during validation, record by record.

Works on the raw dicts of a current-version document, so that one bad card never costs
the rest of the map: each record is checked and validated on its own, fixed where the
fix is obvious (a value out of range is clamped, a text too long is shortened, a broken
reference is cleared) and otherwise dropped. Records that cannot be dropped without
losing the map's meaning (the project, a persona, a map) are fixed or reset field by
field; when that is impossible the file is damaged. Every repair becomes one warning in
plain words that names where it happened.

The functions here take ownership of the dicts they are given and change them.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import logging
import math
import re
from collections.abc import Callable
from typing import Any, TypeGuard, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from mapstudio.fileformat.constants import ENVELOPE_EXTRA_KEY, MERGED_REVISIONS_KEY
from mapstudio.fileformat.errors import DamagedFileError
from mapstudio.fileformat.images import MIME_SIGNATURES, ImageProblem, read_image_header
from mapstudio.fileformat.plain import describe_error, describe_validation_error, field_words
from mapstudio.model import (
    LANE_KIND_SCOPES,
    Asset,
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    Persona,
    Project,
    Stage,
    new_id,
)
from mapstudio.model.types import (
    MAX_ASSET_BYTES,
    MAX_ASSETS,
    MAX_BANDS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_LANES,
    MAX_MAPS,
    MAX_PERSONAS,
    MAX_STAGES,
)
from mapstudio.model.unknown import MAX_UNKNOWN_VALUES, measure_unknown

logger = logging.getLogger(__name__)

_M = TypeVar("_M", bound=BaseModel)

# Lone UTF-16 halves: valid as JSON escapes, invalid as text, refused by pydantic.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_MAX_FIX_ROUNDS = 4  # a fix may reveal the next problem of the same field (round, clamp)
_LABEL_CHARS = 40


def repair_project(raw: dict[str, Any]) -> tuple[Project, list[str], list[str]]:
    """A valid Project from the raw "project" object, the repairs made, in words, and
    of those the ones that left out what is beyond the model's limits (valid content of
    a file from a version with higher limits, not damage)."""
    repairer = Repairer()
    project = repairer.project(raw)
    return project, repairer.warnings, repairer.beyond_limits


class Repairer:
    """Repairs records one by one, collecting warnings and the project's totals."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.beyond_limits: list[str] = []  # the warnings of records left out by a limit
        # Project-wide totals, as the model counts them (every map together).
        self.cards = 0
        self.points = 0
        self.unknown_values = 0

    def warn(self, text: str, *, beyond_limit: bool = False) -> None:
        text = text[:1].upper() + text[1:]
        logger.info("repair: %s", text)
        self.warnings.append(text)
        if beyond_limit:
            self.beyond_limits.append(text)

    # -- project ----------------------------------------------------------------------

    def project(self, raw: dict[str, Any]) -> Project:
        # The reserved keys only ever exist in memory; a file that has them was tampered.
        raw.pop(ENVELOPE_EXTRA_KEY, None)
        raw.pop(MERGED_REVISIONS_KEY, None)
        assets = self.assets(raw.get("assets", {}))
        personas = self.personas(
            self.list_of(raw, "personas", "", "personas", MAX_PERSONAS), assets
        )
        persona_ids = {p.id for p in personas}
        raw_maps = self.list_of(raw, "maps", "", "maps", MAX_MAPS)
        if not raw_maps:
            raise DamagedFileError("", "it contains no maps")
        maps: list[JourneyMap] = []
        seen: set[str] = set()
        for number, raw_map in enumerate(raw_maps, start=1):
            journey_map = self.journey_map(raw_map, number, persona_ids, assets)
            if journey_map.id in seen:
                journey_map = journey_map.model_copy(update={"id": new_id()})
                self.warn(
                    f"{_map_label(raw_map, number)} had the same id as another map "
                    "and was given a new one."
                )
            seen.add(journey_map.id)
            maps.append(journey_map)
        maps = self.future_state_links(maps)
        raw["personas"] = tuple(personas)
        raw["maps"] = tuple(maps)
        raw["assets"] = assets
        project = self.validate(Project, raw, "the project", droppable=False)
        assert project is not None  # not droppable: raises instead
        return project

    def list_of(
        self, raw: dict[str, Any], key: str, where: str, words: str, limit: int
    ) -> list[Any]:
        """The list under `key` (empty when absent), at most `limit` long."""
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise DamagedFileError(where, f"the list of {words} is not readable")
        if len(value) > limit:
            self.warn(
                f"{where or 'The project'} had {len(value):,} {words}, more than the "
                f"{limit:,} this version of mapstudio holds; only the first {limit:,} "
                "were kept.",
                beyond_limit=True,
            )
            value = value[:limit]
        return value

    def within_total(
        self, value: list[Any], where: str, words: str, room: int, limit: int
    ) -> list[Any]:
        """`value` cut to the `room` left under a project-wide `limit`."""
        if len(value) <= room:
            return value
        self.warn(
            f"{where}: a project holds at most {limit:,} {words} in all maps together, so "
            f"the last {len(value) - room:,} {words} of this map were removed.",
            beyond_limit=True,
        )
        return value[:room]

    # -- assets -----------------------------------------------------------------------

    def assets(self, raw: Any) -> dict[str, Asset]:
        if not isinstance(raw, dict):
            raise DamagedFileError("", "the list of images is not readable")
        assets: dict[str, Asset] = {}
        for key, value in list(raw.items())[:MAX_ASSETS]:
            asset = self.asset(key, value)
            if asset is not None:
                assets[key] = asset
        if len(raw) > MAX_ASSETS:
            self.warn(
                f"The project had {len(raw):,} images, more than the {MAX_ASSETS:,} this "
                f"version of mapstudio holds; only the first {MAX_ASSETS:,} were kept.",
                beyond_limit=True,
            )
        return assets

    def asset(self, key: str, raw: Any) -> Asset | None:
        where = f"image '{_short(key)}'"
        problem = _asset_problem(key, raw)
        if problem:
            self.warn(f"{where} was removed: {problem}.")
            return None
        data = base64.b64decode(raw["data"], validate=True)
        try:
            # The header, not the file's word, decides the size: a wrong size would make
            # the canvas and the PDF reserve the wrong space, and a huge one is a bomb.
            info = read_image_header(data, raw["mime"])
        except ImageProblem as exc:
            self.warn(f"{where} was removed: {exc}.")
            return None
        declared = (raw.get("width"), raw.get("height"))
        if declared != (info.width, info.height):
            if "width" in raw or "height" in raw:
                self.warn(
                    f"{where}: its size ({_show(declared[0])} × {_show(declared[1])}) did not "
                    f"match the image ({info.width} × {info.height}) and was corrected."
                )
            raw["width"], raw["height"] = info.width, info.height
        digest = hashlib.sha256(data).hexdigest()
        if raw.get("sha256") != digest:
            if "sha256" in raw:
                self.warn(f"{where}: its checksum did not match its data and was recomputed.")
            raw["sha256"] = digest
        if raw.get("id") != key:
            if "id" in raw:
                self.warn(f"{where}: its id did not match its key and was corrected.")
            raw["id"] = key
        raw["data"] = data  # already decoded: the model takes bytes as they are
        return self.validate(Asset, raw, where, droppable=True)

    # -- personas ---------------------------------------------------------------------

    def personas(self, raw: list[Any], assets: dict[str, Asset]) -> list[Persona]:
        personas: list[Persona] = []
        seen: set[str] = set()
        for number, item in enumerate(raw, start=1):
            where = _named("persona", number, item, "name")
            if not isinstance(item, dict):
                raise DamagedFileError(where, "it is not readable")
            photo = item.get("photo_asset_id")
            if isinstance(photo, str) and photo not in assets:
                self.warn(f"{where}: its photo was missing and was cleared.")
                item["photo_asset_id"] = None
            persona = self.validate(Persona, item, where, droppable=False)
            assert persona is not None
            if persona.id in seen:
                persona = persona.model_copy(update={"id": new_id()})
                self.warn(f"{where} had the same id as another persona and was given a new one.")
            seen.add(persona.id)
            personas.append(persona)
        return personas

    # -- maps -------------------------------------------------------------------------

    def journey_map(
        self,
        raw: Any,
        number: int,
        persona_ids: set[str],
        assets: dict[str, Asset],
    ) -> JourneyMap:
        where = _map_label(raw, number)
        if not isinstance(raw, dict):
            raise DamagedFileError(where, "it is not readable")
        scale = self.scale(raw.get("emotion_scale"), where)
        raw_stages = self.list_of(raw, "stages", where, "stages", MAX_STAGES)
        stages = self.records(Stage, raw_stages, where, "stage", "name")
        raw_lanes = self.list_of(raw, "lanes", where, "lanes", MAX_LANES)
        for lane_number, lane in enumerate(raw_lanes, start=1):
            self.fit_lane_scope(lane, f"{where}, {_named('lane', lane_number, lane, 'title')}")
        lanes = self.records(Lane, raw_lanes, where, "lane", "title")
        raw_bands = self.list_of(raw, "bands", where, "bands", MAX_BANDS)
        bands = self.bands(raw_bands, persona_ids, where)
        context = _MapContext(
            stage_ids={s.id for s in stages},
            lanes={lane.id: lane for lane in lanes},
            bands=set(bands),
            assets=assets,
            scale=scale,
        )
        raw_cards = self.within_total(
            self.list_of(raw, "cards", where, "cards", MAX_CARDS),
            where,
            "cards",
            MAX_CARDS - self.cards,
            MAX_CARDS,
        )
        cards = self.records(
            Card,
            raw_cards,
            where,
            "card",
            "title",
            check=lambda card, label: self.card_references(card, label, context),
        )
        raw_points = self.within_total(
            self.list_of(raw, "emotion_points", where, "emotion points", MAX_EMOTION_POINTS),
            where,
            "emotion points",
            MAX_EMOTION_POINTS - self.points,
            MAX_EMOTION_POINTS,
        )
        points = self.records(
            EmotionPoint,
            raw_points,
            where,
            "emotion point",
            "feeling",
            check=lambda point, label: self.point_references(point, label, context),
        )
        self.cards += len(cards)
        self.points += len(points)
        raw.update(
            stages=tuple(stages),
            lanes=tuple(lanes),
            bands=tuple(bands),
            cards=tuple(cards),
            emotion_points=tuple(points),
            emotion_scale=scale,
        )
        journey_map = self.validate(JourneyMap, raw, where, droppable=False)
        assert journey_map is not None
        return journey_map

    def scale(self, raw: Any, where: str) -> EmotionScale:
        if raw is None:
            return EmotionScale()
        scale = None
        if isinstance(raw, dict):
            scale = self.validate(
                EmotionScale, raw, f"{where}, emotion scale", droppable=True, quiet=True
            )
        if scale is None:
            self.warn(
                f"{where}: its emotion scale was not valid and was replaced by the "
                "standard scale from -2 to +2."
            )
            return EmotionScale()
        return scale

    def fit_lane_scope(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            return
        try:
            kind = LaneKind(raw.get("kind", ""))
            scope = LaneScope(raw.get("scope", LaneScope.PERSONA))
        except (ValueError, TypeError):
            return  # validation reports it
        allowed = LANE_KIND_SCOPES[kind]
        if scope not in allowed:
            raw["scope"] = allowed[0].value
            self.warn(
                f"{where}: a {kind.value.replace('_', ' ')} lane cannot be "
                f"{scope.value}, so it was made {allowed[0].value}."
            )

    def bands(self, raw: list[Any], persona_ids: set[str], where: str) -> list[str]:
        bands: list[str] = []
        for item in raw:
            if isinstance(item, str) and item in persona_ids and item not in bands:
                bands.append(item)
            elif isinstance(item, str) and item in bands:
                self.warn(f"{where}: a persona was shown twice; the second band was removed.")
            else:
                self.warn(f"{where}: a band showed a persona that does not exist and was removed.")
        return bands

    def future_state_links(self, maps: list[JourneyMap]) -> list[JourneyMap]:
        ids = {m.id for m in maps}
        fixed: list[JourneyMap] = []
        for journey_map in maps:
            link = journey_map.future_state_of
            if link is not None and (link not in ids or link == journey_map.id):
                self.warn(
                    f"Map '{_short(journey_map.title)}' referred to a current-state map "
                    "that does not exist; the link was removed."
                )
                journey_map = journey_map.model_copy(update={"future_state_of": None})
            fixed.append(journey_map)
        return fixed

    # -- cards and emotion points -------------------------------------------------------

    def card_references(self, raw: dict[str, Any], where: str, ctx: _MapContext) -> bool:
        """Fix or refuse a card's references; False means drop it (already reported)."""
        lane = ctx.lanes.get(raw["lane_id"]) if isinstance(raw.get("lane_id"), str) else None
        if lane is None:
            self.warn(f"{where} pointed to a lane that no longer exists and was removed.")
            return False
        if not _is_id_in(raw.get("stage_id"), ctx.stage_ids):
            self.warn(f"{where} pointed to a stage that no longer exists and was removed.")
            return False
        if lane.kind is LaneKind.EMOTIONS:
            self.warn(
                f"{where} sat in an emotions lane, which holds the curve and not "
                "cards, and was removed."
            )
            return False
        persona = raw.get("persona_id")
        if lane.scope is LaneScope.SHARED:
            if persona is not None:
                self.warn(
                    f"{where} sat in a shared lane but belonged to a persona; it now "
                    "belongs to the shared lane."
                )
                raw["persona_id"] = None
        elif persona is None:
            self.warn(f"{where} sat in a persona lane without a persona and was removed.")
            return False
        elif not _is_id_in(persona, ctx.bands):
            self.warn(f"{where} belonged to a persona who is not shown on the map and was removed.")
            return False
        image = raw.get("image_asset_id")
        if isinstance(image, str) and image not in ctx.assets:
            self.warn(f"{where}: its picture was missing and was cleared.")
            raw["image_asset_id"] = None
        return True

    def point_references(self, raw: dict[str, Any], where: str, ctx: _MapContext) -> bool:
        """Fix or refuse an emotion point's references and score; False means drop it."""
        if not _is_id_in(raw.get("persona_id"), ctx.bands):
            self.warn(f"{where} belonged to a persona who is not shown on the map and was removed.")
            return False
        if not _is_id_in(raw.get("stage_id"), ctx.stage_ids):
            self.warn(f"{where} pointed to a stage that no longer exists and was removed.")
            return False
        score = raw.get("score")
        if _is_finite_number(score) and not ctx.scale.min <= score <= ctx.scale.max:
            clamped = ctx.scale.clamp(score)
            self.warn(
                f"{where}: score {_show(score)} was outside the map's scale "
                f"({ctx.scale.min} to {ctx.scale.max}) and was set to {clamped}."
            )
            raw["score"] = clamped
        return True

    # -- generic record handling ------------------------------------------------------

    def records(
        self,
        model: type[_M],
        raw: list[Any],
        where: str,
        noun: str,
        label_field: str,
        check: Callable[[dict[str, Any], str], bool] | None = None,
    ) -> list[_M]:
        """Validate a list of droppable records one by one; bad ones are dropped."""
        result: list[_M] = []
        seen: set[str] = set()
        for number, item in enumerate(raw, start=1):
            label = f"{where}, {_named(noun, number, item, label_field)}"
            if not isinstance(item, dict):
                self.warn(f"{label} was not readable and was removed.")
                continue
            if check is not None and not check(item, label):
                continue
            record = self.validate(model, item, label, droppable=True)
            if record is None:
                continue
            if record.id in seen:  # type: ignore[attr-defined]
                # The first keeps the id, so references keep meaning what they meant.
                self.warn(f"{label} had the same id as another {noun} and was given a new one.")
                record = record.model_copy(update={"id": new_id()})
            seen.add(record.id)  # type: ignore[attr-defined]
            result.append(record)
        return result

    def validate(
        self,
        model: type[_M],
        data: dict[str, Any],
        where: str,
        *,
        droppable: bool,
        quiet: bool = False,
    ) -> _M | None:
        """`data` as a `model`, after the obvious fixes.

        A droppable record that stays invalid is dropped (None) with a warning; any other
        record has its bad optional fields reset, and is damaged when a required field
        is bad.
        """
        # Notes of fixes are reported only when the record survives: a dropped card
        # gets one warning, not one per field plus one for the drop.
        notes: list[str] = []
        # Fields of a newer version past the limits kept for them: valid content left
        # out, as a list past its limit is.
        beyond: list[str] = []
        unknown = self.unknown_fields(model, data, beyond)
        record: _M | None = None
        for _ in range(_MAX_FIX_ROUNDS):
            try:
                record = model.model_validate(data)
                break
            except ValidationError as exc:
                errors = exc.errors(include_url=False)
            fixed, unfixed = _fix_errors(data, errors)
            notes += fixed
            if unfixed:
                if droppable:
                    if not quiet:
                        reasons = "; ".join(describe_error(e) for e in unfixed[:3])
                        self.warn(f"{where} was removed: {reasons}.")
                    return None
                notes += self.reset_fields(model, data, where, unfixed)
        else:
            try:
                record = model.model_validate(data)
            except ValidationError as exc:
                if droppable:
                    if not quiet:
                        self.warn(f"{where} was removed: {describe_validation_error(exc)}.")
                    return None
                raise DamagedFileError(where, describe_validation_error(exc), str(exc)) from exc
        if record is not None:
            self.unknown_values += unknown
        for note in beyond:
            self.warn(f"{where}: {note}.", beyond_limit=True)
        for note in notes:
            self.warn(f"{where}: {note}.")
        return record

    def unknown_fields(self, model: type[BaseModel], data: dict[str, Any], notes: list[str]) -> int:
        """Remove a record's unknown fields when they could not be saved and read back,
        or when the project already holds as much of them as it keeps; the number of
        values kept."""
        known = _field_names(model)
        unknown = {key: value for key, value in data.items() if key not in known}
        if not unknown:
            return 0
        size = measure_unknown(unknown)
        problem = size.problem
        if not problem and self.unknown_values + size.values > MAX_UNKNOWN_VALUES:
            problem = (
                f"would take the project past the {MAX_UNKNOWN_VALUES:,} values of such "
                "fields it keeps"
            )
        if not problem:
            return size.values
        for key in unknown:
            del data[key]
        names = ", ".join(f"'{_short(str(key))}'" for key in list(unknown)[:3])
        notes.append(f"its fields from a newer mapstudio ({names}) {problem} and were removed")
        return 0

    @staticmethod
    def reset_fields(
        model: type[BaseModel], data: dict[str, Any], where: str, errors: list[ErrorDetails]
    ) -> list[str]:
        """Reset bad optional fields to their defaults; a bad required field is damage."""
        notes: list[str] = []
        for error in errors:
            loc = error["loc"]
            field = model.model_fields.get(loc[0]) if loc and isinstance(loc[0], str) else None
            if field is None or field.is_required():
                raise DamagedFileError(where, describe_error(error))
            if loc[0] in data:
                data.pop(loc[0])
                notes.append(f"{describe_error(error)}; it was reset to the default")
        return notes


class _MapContext:
    """What a map's cards and emotion points are checked against."""

    def __init__(
        self,
        *,
        stage_ids: set[str],
        lanes: dict[str, Lane],
        bands: set[str],
        assets: dict[str, Asset],
        scale: EmotionScale,
    ) -> None:
        self.stage_ids = stage_ids
        self.lanes = lanes
        self.bands = bands
        self.assets = assets
        self.scale = scale


# -- fixes driven by pydantic errors ---------------------------------------------------


def _fix_errors(
    data: dict[str, Any], errors: list[ErrorDetails]
) -> tuple[list[str], list[ErrorDetails]]:
    """Apply the obvious fix for each error; returns the notes and the errors left."""
    notes: list[str] = []
    unfixed: list[ErrorDetails] = []
    removals: list[tuple[list[Any], int]] = []
    truncations: list[tuple[dict[str, Any], str, int]] = []
    for error in errors:
        note = _fix_one(data, error, removals, truncations)
        if note is None:
            unfixed.append(error)
        else:
            notes.append(note)
    # Removals and truncations go last and from the back, so the indices of the other
    # errors in the same list stay right while they are fixed.
    for container, index in sorted(removals, key=lambda r: r[1], reverse=True):
        del container[index]
    for owner, key, length in truncations:
        owner[key] = owner[key][:length]
    return notes, unfixed


def _fix_one(
    data: dict[str, Any],
    error: ErrorDetails,
    removals: list[tuple[list[Any], int]],
    truncations: list[tuple[dict[str, Any], str, int]],
) -> str | None:
    loc = error["loc"]
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if not loc or not isinstance(loc[0], str) or loc[0] not in data:
        return None
    subject = field_words(loc)
    # The dict or list that holds the bad value, and its key there.
    owner: Any = data
    for part in loc[:-1]:
        try:
            owner = owner[part]
        except (KeyError, IndexError, TypeError):
            return None
    key: Any = loc[-1]  # a str for a dict, an int for a list
    if not isinstance(owner, dict | list):
        return None

    if kind == "string_too_long" and isinstance(value, str):
        owner[key] = value[: ctx["max_length"]]
        return f"{subject} was longer than {ctx['max_length']} characters and was shortened"
    if kind == "string_unicode" and isinstance(value, str):
        owner[key] = _LONE_SURROGATE.sub("\ufffd", value)
        return f"{subject} held characters that cannot be stored and they were replaced"
    if kind == "too_long" and isinstance(owner, dict) and isinstance(owner.get(key), list):
        truncations.append((owner, key, ctx["max_length"]))
        return f"{subject} had more than {ctx['max_length']} entries; the rest were removed"
    if kind in {"greater_than_equal", "less_than_equal"} and _is_finite_number(value):
        bound = ctx.get("ge", ctx.get("le"))
        owner[key] = bound
        return f"{subject} was {_show(value)}, outside the allowed range, and was set to {bound}"
    if kind == "int_from_float" and _is_finite_number(value):
        owner[key] = round(value)
        return f"{subject} was {_show(value)} and was rounded to {round(value)}"
    if key == "id" and kind in {"string_pattern_mismatch", "string_too_short", "string_type"}:
        owner[key] = new_id()
        return "its id was not valid and was replaced by a new one"
    if key == "color" and isinstance(owner, dict):
        owner.pop(key)
        return f"{subject} {_show(value)} was not a colour and was reset"
    if key == "channel" and kind == "enum":
        owner[key] = "other"
        return f"{subject} {_show(value)} is not known and was set to 'other'"
    if isinstance(owner, list) and isinstance(key, int):
        # One bad entry of a list (a tag, a goal): drop the entry, keep the record.
        removals.append((owner, key))
        return f"{describe_error(error)}, so it was removed"
    return None


# -- helpers ----------------------------------------------------------------------------


@functools.cache
def _field_names(model: type[BaseModel]) -> frozenset[str]:
    # Looked up for every record; pydantic's model_fields is a slow class property.
    return frozenset(model.model_fields)


def _asset_problem(key: Any, raw: Any) -> str | None:
    """Why an image entry cannot be used, or None when its data is sound."""
    if not isinstance(key, str) or not _ID.match(key):
        return "its id is not valid"
    if not isinstance(raw, dict):
        return "it is not readable"
    mime = raw.get("mime")
    if not isinstance(mime, str) or mime not in MIME_SIGNATURES:
        return "it is not a PNG or JPEG image"
    data = raw.get("data")
    if not isinstance(data, str):
        return "its image data is missing"
    if len(data) > (MAX_ASSET_BYTES * 4) // 3 + 8:
        return "it is larger than the limit"
    try:
        decoded = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return "its image data is damaged"
    if not decoded.startswith(MIME_SIGNATURES[mime]):
        kind = "PNG" if mime == "image/png" else "JPEG"
        return f"its data is not a {kind} image"
    return None


def _named(noun: str, number: int, raw: Any, label_field: str) -> str:
    """ "card 3 ('Slow checkout')" or "card 3" when it has no usable title."""
    label = raw.get(label_field) if isinstance(raw, dict) else None
    if isinstance(label, str) and label.strip():
        return f"{noun} {number} ('{_short(label)}')"
    return f"{noun} {number}"


def _map_label(raw: Any, number: int) -> str:
    title = raw.get("title") if isinstance(raw, dict) else None
    if isinstance(title, str) and title.strip():
        return f"map '{_short(title)}'"
    return f"map {number}"


def _short(text: str) -> str:
    # A warning quotes the file's text as it was, before repair: a lone surrogate in it
    # could be neither logged nor printed as UTF-8.
    text = _LONE_SURROGATE.sub("\ufffd", " ".join(text.split()))
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{_short(value)}'"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _short(repr(value))


def _is_id_in(value: Any, ids: set[str]) -> bool:
    return isinstance(value, str) and value in ids


def _is_finite_number(value: Any) -> TypeGuard[int | float]:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and (isinstance(value, int) or math.isfinite(value))
    )
