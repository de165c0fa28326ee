"""Spreadsheet rows into a project: a new project from a sheet (`import_sheet`), or rows
merged into an existing map (`merge_sheet`, `merge_rows`), matching stages, lanes and
personas by name and creating the missing ones. A row that cannot be used is reported
with its row number and the reason in plain words, and the other rows are imported. The
result goes through the same gate as an opened file before it reaches the editor.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mapstudio.fileformat.sheet_common import (
    Progress,
    ProgressCallback,
    SheetError,
)
from mapstudio.fileformat.sheets import (
    DEFAULT_MAP_TITLE,
    DEFAULT_PERSONA,
    LANE_WORDS,
    MAX_REPORTED_PROBLEMS,
    RowError,
    RowProblem,
    SheetRow,
    Table,
    lane_name,
    read_sheet_within,
)
from mapstudio.model import (
    LANE_KIND_SCOPES,
    LANE_KIND_TITLES,
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
    cell_accepts_cards,
    index_cells,
    next_persona_color,
)
from mapstudio.model.queries import CellKey
from mapstudio.model.types import (
    MAX_BANDS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_LANES,
    MAX_MAPS,
    MAX_NAME,
    MAX_PERSONAS,
    MAX_SCALE_STEPS,
    MAX_STAGES,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    """The project after an import, the rows left out and what was added."""

    project: Project
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[str, ...] = ()  # about the sheet as a whole, or rows imported with a change
    cards: int = 0  # cards added
    emotion_points: int = 0  # emotion points added
    created: tuple[str, ...] = ()  # "stage 'Onboard'", "persona 'Maya'", ...
    map_ids: tuple[str, ...] = ()  # the maps that received rows


# -- applying rows to a map -----------------------------------------------------------------


def _key(name: str) -> str:
    """Names match case-insensitively, ignoring surrounding and repeated spaces."""
    return " ".join(name.split()).casefold()


def _merged_order(first_seen: list[str], sequences: Iterable[list[str]]) -> list[str]:
    """The keys in `first_seen` ordered so that every sequence's order is kept where the
    sequences agree; ties (and contradictions) go by first appearance."""
    rank = {key: i for i, key in enumerate(first_seen)}
    after: dict[str, set[str]] = {key: set() for key in first_seen}
    waiting = dict.fromkeys(first_seen, 0)
    for sequence in sequences:
        previous = None
        for key in sequence:
            if key not in rank or key == previous:
                continue
            if previous is not None and key not in after[previous]:
                after[previous].add(key)
                waiting[key] += 1
            previous = key
    result: list[str] = []
    remaining = set(first_seen)
    while remaining:
        ready = [k for k in remaining if waiting[k] == 0]
        # A cycle means the sheet contradicts itself: take the earliest-seen key.
        chosen = min(ready or remaining, key=rank.__getitem__)
        remaining.discard(chosen)
        result.append(chosen)
        for nxt in after[chosen]:
            waiting[nxt] -= 1
    return result


def _scale_for(scores: list[int]) -> EmotionScale:
    """The emotion scale of a new map: the default -2..2 when the scores fit it, 1..5
    for a five-point sheet, else the smallest range holding them (up to 11 steps)."""
    default = EmotionScale()
    if not scores or all(default.min <= s <= default.max for s in scores):
        return default
    low, high = min(scores), max(scores)
    if low >= 1 and high <= 5:
        return EmotionScale(min=1, max=5)
    if high - low + 1 <= MAX_SCALE_STEPS:
        steps = max(2, high - low + 1)
        return EmotionScale(
            min=low, max=low + steps - 1, labels=tuple(str(s) for s in range(low, low + steps))
        )
    return default


class _MapMerge:
    """Adds sheet rows to one map of a project under construction."""

    def __init__(self, owner: _ProjectMerge, journey_map: JourneyMap, new_map: bool) -> None:
        self.owner = owner
        self.map = journey_map
        self.new_map = new_map
        self.stages = {_key(s.name): s for s in journey_map.stages}
        self.stage_order = [s.id for s in journey_map.stages]
        self.lanes = list(journey_map.lanes)
        self.bands = list(journey_map.bands)
        self.new_stages: list[str] = []
        self.new_lanes: list[str] = []
        self.new_bands: list[str] = []
        self.stage_sequences: dict[tuple[str, str], list[str]] = {}
        self.lane_sequences: dict[tuple[str, str], list[str]] = {}
        self.band_sequences: dict[tuple[str, str], list[str]] = {}
        existing = index_cells(journey_map)
        self.cell_counts = {key: len(cards) for key, cards in existing.items()}
        self.new_cards: dict[CellKey, list[tuple[float, int, Card]]] = {}
        self.points: list[EmotionPoint] = []
        # Counted for the whole project: the model's limits count every map together.
        self.card_count = owner.cards
        self.point_count = owner.points
        self.lane_warned: set[str] = set()

    # Lookups that create what is missing ------------------------------------------

    def stage(self, name: str) -> Stage:
        key = _key(name)
        stage = self.stages.get(key)
        if stage is None:
            if len(self.stages) >= MAX_STAGES:
                raise RowError(f"the map already has {MAX_STAGES} stages, the most it can hold")
            stage = Stage(name=name)
            self.stages[key] = stage
            self.new_stages.append(stage.id)
            self.owner.created.append(f"stage '{name}'")
        return stage

    def persona(self, name: str) -> str:
        persona = self.owner.persona(name)
        if persona.id not in self.bands:
            if len(self.bands) >= MAX_BANDS:
                raise RowError(f"the map already shows {MAX_BANDS} personas")
            self.bands.append(persona.id)
            self.new_bands.append(persona.id)
        return persona.id

    def emotion_lane(self) -> Lane:
        for lane in self.lanes:
            if lane.kind is LaneKind.EMOTIONS and lane.scope is LaneScope.PERSONA:
                return lane
        return self._add_lane(LANE_KIND_TITLES[LaneKind.EMOTIONS], LaneKind.EMOTIONS, True)

    def lane(self, row: SheetRow, has_persona: bool) -> Lane:
        name, kind = row.lane, row.lane_kind
        if name:
            matches = [ln for ln in self.lanes if _key(lane_name(ln)) == _key(name)]
            if kind is not None:
                # Two lanes may share a name; the one of the row's kind wins.
                matches = [ln for ln in matches if ln.kind is kind] or matches
            if matches:
                return matches[0]
        elif kind is not None:
            for lane in self.lanes:
                if lane.kind is kind:
                    return lane
            name = LANE_KIND_TITLES[kind]
        else:
            kind = _kind_from_fields(row.fields)
            if kind is None:
                raise RowError("the lane is empty; name it (for example Actions or Pain points)")
            for lane in self.lanes:
                if lane.kind is kind:
                    return lane
            name = LANE_KIND_TITLES[kind]
        if kind is None:
            kind = LANE_WORDS.get(_key(name)) or _kind_from_fields(row.fields)
            if kind is None:
                kind = LaneKind.NOTES
                if _key(name) not in self.lane_warned:
                    self.lane_warned.add(_key(name))
                    self.owner.warnings.append(
                        f"row {row.number}: the new lane '{name}' was made a Notes lane; add "
                        "a lane_kind column to choose its kind"
                    )
        return self._add_lane(name, kind, has_persona)

    def _add_lane(self, name: str, kind: LaneKind, has_persona: bool) -> Lane:
        if len(self.lanes) >= MAX_LANES:
            raise RowError(f"the map already has {MAX_LANES} lanes, the most it can hold")
        scopes = LANE_KIND_SCOPES[kind]
        scope = LaneScope.PERSONA if has_persona else LaneScope.SHARED
        lane = Lane(kind=kind, title=name, scope=scope if scope in scopes else scopes[0])
        self.lanes.append(lane)
        self.new_lanes.append(lane.id)
        self.owner.created.append(f"lane '{name}'")
        return lane

    # Rows ------------------------------------------------------------------------

    def add(self, row: SheetRow) -> None:
        if row.kind == "emotion":
            self._add_point(row)
        else:
            self._add_card(row)

    def _persona_for(self, row: SheetRow, what: str) -> str:
        if row.persona:
            return self.persona(row.persona)
        if len(self.bands) == 1:
            return self.bands[0]
        if not self.bands:
            # A sheet without personas (a quick list of pain points, say): give its rows
            # one persona rather than refusing them all.
            self.owner.warnings.append(
                f"row {row.number}: the rows without a persona were given to a new "
                f"persona '{DEFAULT_PERSONA}'"
            )
            return self.persona(DEFAULT_PERSONA)
        raise RowError(f"{what} belongs to a persona; fill in the persona column")

    def _add_point(self, row: SheetRow) -> None:
        if self.point_count >= MAX_EMOTION_POINTS:
            raise RowError(f"the project already has {MAX_EMOTION_POINTS:,} emotion points")
        scale = self.map.emotion_scale
        assert row.score is not None
        if not scale.min <= row.score <= scale.max:
            raise RowError(f"score must be a whole number from {scale.min} to {scale.max}")
        persona_id = self._persona_for(row, "an emotion point")
        stage = self.stage(row.stage)
        lane = self.emotion_lane()
        try:
            point = EmotionPoint(
                persona_id=persona_id,
                stage_id=stage.id,
                offset=0.5 if row.offset is None else row.offset,
                score=row.score,
                **row.fields,
            )
        except ValidationError as exc:  # parse_row checked each field; belt and braces
            raise RowError(_validation_message(exc)) from exc
        self.points.append(point)
        self.point_count += 1
        self._observe(persona_id, stage.id, lane.id)

    def _add_card(self, row: SheetRow) -> None:
        if self.card_count >= MAX_CARDS:
            raise RowError(f"the project already has {MAX_CARDS:,} cards")
        lane = self.lane(row, has_persona=bool(row.persona))
        if not cell_accepts_cards(lane):
            raise RowError(
                f"the '{lane_name(lane)}' lane holds the emotion curve, not cards; set kind "
                "to emotion and give a score"
            )
        if lane.scope is LaneScope.SHARED:
            if row.persona:
                self.owner.warnings.append(
                    f"row {row.number}: the '{lane_name(lane)}' lane is shared by all "
                    f"personas, so the persona '{row.persona}' was left out"
                )
            persona_id = None
        else:
            persona_id = self._persona_for(row, f"a card in the '{lane_name(lane)}' lane")
        stage = self.stage(row.stage)
        try:
            card = Card(lane_id=lane.id, stage_id=stage.id, persona_id=persona_id, **row.fields)
        except ValidationError as exc:  # parse_row checked each field; belt and braces
            raise RowError(_validation_message(exc)) from exc
        key = CellKey(persona_id, lane.id, stage.id)
        rank = float(row.order) if row.order is not None else math.inf
        self.new_cards.setdefault(key, []).append((rank, row.number, card))
        self.card_count += 1
        self._observe(persona_id, stage.id, lane.id)

    def _observe(self, persona_id: str | None, stage_id: str, lane_id: str) -> None:
        who = persona_id or ""
        self.stage_sequences.setdefault((who, lane_id), []).append(stage_id)
        self.lane_sequences.setdefault((who, stage_id), []).append(lane_id)
        if persona_id is not None:
            self.band_sequences.setdefault((stage_id, lane_id), []).append(persona_id)

    # Result ------------------------------------------------------------------------

    def result(self, scores: list[int]) -> JourneyMap:
        stage_by_id = {s.id: s for s in self.stages.values()}
        new_stage_ids = _merged_order(self.new_stages, self.stage_sequences.values())
        stages = [stage_by_id[i] for i in self.stage_order + new_stage_ids]
        lane_by_id = {ln.id: ln for ln in self.lanes}
        old_lanes = [ln.id for ln in self.map.lanes]
        new_lanes = [
            lane_by_id[i] for i in _merged_order(self.new_lanes, self.lane_sequences.values())
        ]
        # The sheet orders persona lanes and shared lanes only among themselves (the map
        # shows them apart); list persona lanes first, as new maps do.
        new_lanes.sort(key=lambda lane: lane.scope is LaneScope.SHARED)
        lanes = [lane_by_id[i] for i in old_lanes] + new_lanes
        old_bands = list(self.map.bands)
        bands = old_bands + _merged_order(self.new_bands, self.band_sequences.values())
        cards = list(self.map.cards)
        for key, entries in self.new_cards.items():
            start = self.cell_counts.get(key, 0)
            entries.sort(key=lambda entry: (entry[0], entry[1]))
            for n, (_rank, _number, card) in enumerate(entries):
                cards.append(card.model_copy(update={"order": start + n}))
        update: dict[str, Any] = {
            "stages": tuple(stages),
            "lanes": tuple(lanes),
            "bands": tuple(bands),
            "cards": tuple(cards),
            "emotion_points": self.map.emotion_points + tuple(self.points),
        }
        if self.new_map:
            update["emotion_scale"] = _scale_for(scores)
        return self.map.model_copy(update=update)


def _validation_message(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error.get("loc", ())) or "a value"
    return f"{where}: {error.get('msg', 'is not valid')}"


def _kind_from_fields(fields: dict[str, Any]) -> LaneKind | None:
    """The lane kind a card's filled-in fields point to, if any."""
    if fields.get("severity") is not None:
        return LaneKind.PAIN_POINTS
    if fields.get("impact") is not None or fields.get("effort") is not None:
        return LaneKind.OPPORTUNITIES
    if fields.get("value") is not None or fields.get("target") is not None:
        return LaneKind.KPIS
    if fields.get("channel") is not None:
        return LaneKind.TOUCHPOINTS
    return None


class _ProjectMerge:
    """Rows applied to a project: the persona library is shared by all its maps."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.personas = list(project.personas)
        self.by_name: dict[str, Persona] = {}
        for persona in self.personas:
            self.by_name.setdefault(_key(persona.name), persona)
        self.created: list[str] = []
        self.warnings: list[str] = []
        # Cards and emotion points of the whole project, the maps being built included.
        self.cards = sum(len(m.cards) for m in project.maps)
        self.points = sum(len(m.emotion_points) for m in project.maps)

    def persona(self, name: str) -> Persona:
        key = _key(name)
        persona = self.by_name.get(key)
        if persona is None:
            if len(self.personas) >= MAX_PERSONAS:
                raise RowError(f"the project already has {MAX_PERSONAS} personas")
            # The same colour rule as a persona added in the window: the first colour of
            # the palette that no persona of the project has yet.
            persona = Persona(name=name, color=next_persona_color(self.personas))
            self.personas.append(persona)
            self.by_name[key] = persona
            self.created.append(f"persona '{name}'")
        return persona


def _apply(
    merge: _ProjectMerge,
    target: _MapMerge,
    rows: Sequence[SheetRow],
    problems: list[RowProblem],
    steps: Progress | None = None,
    *,
    done: int = 0,
    total: int | None = None,
) -> tuple[int, int]:
    """Add `rows` to `target`, problems to `problems`. `done` of `total` rows (default:
    these rows) were added before, for the progress."""
    cards_before, points_before = target.card_count, target.point_count
    whole = max(1, len(rows) if total is None else total)
    for index, row in enumerate(rows, start=done):
        if steps is not None and index % 512 == 0:
            steps.update(index / whole)
        try:
            target.add(row)
        except RowError as exc:
            problems.append(RowProblem(row.number, str(exc)))
    return target.card_count - cards_before, target.point_count - points_before


def _finish_problems(problems: list[RowProblem]) -> tuple[RowProblem, ...]:
    problems.sort(key=lambda p: p.row_number)
    if len(problems) > MAX_REPORTED_PROBLEMS:
        rest = len(problems) - MAX_REPORTED_PROBLEMS
        last = problems[MAX_REPORTED_PROBLEMS - 1].row_number
        summary = RowProblem(last, f"and {rest:,} more rows could not be used")
        problems = [*problems[:MAX_REPORTED_PROBLEMS], summary]
    return tuple(problems)


def import_rows(
    rows: Sequence[SheetRow],
    *,
    title: str = "Imported project",
    table: Table | None = None,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """A new project from parsed rows: one map per distinct `map` name (rows without one
    go to the first map), stages, lanes and personas in the order the sheet shows them.
    ImportCancelled when `progress` returns False."""
    return _import_rows(rows, title, table, Progress(progress))


def _import_rows(
    rows: Sequence[SheetRow], title: str, table: Table | None, steps: Progress
) -> ImportResult:
    problems = list(table.problems) if table else []
    warnings = list(table.warnings) if table else []
    titles: dict[str, str] = {}
    for row in rows:
        if row.map:
            titles.setdefault(_key(row.map), row.map)
    if not titles:
        titles[_key(title)] = title[:MAX_NAME] or DEFAULT_MAP_TITLE
    default_key = next(iter(titles))
    grouped: dict[str, list[SheetRow]] = {key: [] for key in titles}
    for row in rows:
        key = _key(row.map) if row.map else default_key
        if key not in grouped:  # more than MAX_MAPS maps
            problems.append(RowProblem(row.number, f"a project holds at most {MAX_MAPS} maps"))
            continue
        grouped[key].append(row)
    if len(grouped) > MAX_MAPS:
        for key in list(grouped)[MAX_MAPS:]:
            for row in grouped.pop(key):
                problems.append(RowProblem(row.number, f"a project holds at most {MAX_MAPS} maps"))
    empty = Project(title=title[:MAX_NAME], maps=(JourneyMap(title=DEFAULT_MAP_TITLE),))
    merge = _ProjectMerge(empty)
    maps: list[JourneyMap] = []
    cards = points = applied = 0
    for key, map_rows in grouped.items():
        target = _MapMerge(merge, JourneyMap(title=titles[key]), new_map=True)
        # The scale must be known before points are checked against it.
        scores = [r.score for r in map_rows if r.kind == "emotion" and r.score is not None]
        target.map = target.map.model_copy(update={"emotion_scale": _scale_for(scores)})
        added_cards, added_points = _apply(
            merge, target, map_rows, problems, steps, done=applied, total=len(rows)
        )
        applied += len(map_rows)
        merge.cards += added_cards
        merge.points += added_points
        cards += added_cards
        points += added_points
        maps.append(target.result(scores))
    project = Project(title=title[:MAX_NAME], personas=tuple(merge.personas), maps=tuple(maps))
    return ImportResult(
        project=project,
        problems=_finish_problems(problems),
        warnings=tuple(warnings + merge.warnings),
        cards=cards,
        emotion_points=points,
        created=tuple(merge.created),
        map_ids=tuple(m.id for m in maps),
    )


def merge_rows(
    project: Project,
    map_id: str,
    rows: Sequence[SheetRow],
    *,
    table: Table | None = None,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """`project` with the rows added to the map `map_id`: stages, lanes and personas
    matched by name (case and spaces ignored) or created; cards go below the cards
    already in their cell. The `map` column is not used. ImportCancelled when
    `progress` returns False."""
    return _merge_rows(project, map_id, rows, table, Progress(progress))


def _merge_rows(
    project: Project, map_id: str, rows: Sequence[SheetRow], table: Table | None, steps: Progress
) -> ImportResult:
    problems = list(table.problems) if table else []
    warnings = list(table.warnings) if table else []
    try:
        journey_map = next(m for m in project.maps if m.id == map_id)
    except StopIteration:
        raise SheetError("The map to import into does not exist.") from None
    merge = _ProjectMerge(project)
    target = _MapMerge(merge, journey_map, new_map=False)
    cards, points = _apply(merge, target, rows, problems, steps)
    new_map = target.result([])
    maps = tuple(new_map if m.id == map_id else m for m in project.maps)
    result = project.model_copy(update={"personas": tuple(merge.personas), "maps": maps})
    return ImportResult(
        project=result,
        problems=_finish_problems(problems),
        warnings=tuple(warnings + merge.warnings),
        cards=cards,
        emotion_points=points,
        created=tuple(merge.created),
        map_ids=(map_id,),
    )


# Where building the project starts on the progress bar of a whole import.
_BUILD_FROM = 0.9


def import_sheet(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """A new project from the CSV or XLSX file at `path` (titled after the file unless
    `title` is given). Raises SheetError when the sheet as a whole cannot be read,
    ImportCancelled when `progress` (called now and then with (done, total)) returns
    False."""
    steps = Progress(progress)
    rows, table = read_sheet_within(Path(path), steps, _BUILD_FROM)
    steps.span(_BUILD_FROM, 1.0)
    result = _import_rows(rows, title or Path(path).stem, table, steps)
    steps.finish()
    log.info(
        "imported %s: %d cards, %d emotion points, %d rows left out",
        path,
        result.cards,
        result.emotion_points,
        len(result.problems),
    )
    return result


def merge_sheet(
    project: Project,
    map_id: str,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """A new Project: `project` with the sheet at `path` merged into the map `map_id`.
    Raises SheetError when the sheet as a whole cannot be read, ImportCancelled when
    `progress` returns False."""
    steps = Progress(progress)
    rows, table = read_sheet_within(Path(path), steps, _BUILD_FROM)
    steps.span(_BUILD_FROM, 1.0)
    result = _merge_rows(project, map_id, rows, table, steps)
    steps.finish()
    log.info(
        "merged %s into map %s: %d cards, %d emotion points, %d rows left out",
        path,
        map_id,
        result.cards,
        result.emotion_points,
        len(result.problems),
    )
    return result


__all__ = ["ImportResult", "import_rows", "import_sheet", "merge_rows", "merge_sheet"]
