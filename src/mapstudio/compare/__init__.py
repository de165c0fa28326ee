"""Comparing and merging copies of a project: diff, three-way and two-way merge.

A pure package (no Qt, no files): it works on `mapstudio.model` values and imports
only the model and the edit layer, so the app, the command line and the tests share it.

- `diff(a, b) -> Diff`: what changed from `a` to `b`, record by record and field by field,
  grouped per map and per stage.
- `merge(base, ours, theirs) -> MergeResult`: the merged project, its conflicts with their
  default choices, and a summary of what came from which copy; `merge(None, ...)` is the
  two-way merge when the common ancestor is unknown.
- `resolve(result, choices) -> Project`: the same merge with the designer's choices.
- `compare_maps(a, a_map_id, b, b_map_id) -> MapComparison`: a map against another whose
  records have other ids (its future state), matched by name and place, then diffed.
- `compare_view(before, map_id, after, map_id) -> CompareView`: a comparison ready to
  draw on the after map: marks per card and point, ghosts of removed cards, the other
  side's emotion points, the changes per stage in words.
- `ApplyMerge`: the edit command that puts a merge into an open document (one undo step).
- `pending_conflicts(project)` / `ResolvePendingConflicts`: conflicts left in a project
  file by `mapstudio merge`, listed and resolved in the app.
"""

from mapstudio.compare.commands import ApplyMerge
from mapstudio.compare.conflicts import (
    MISSING,
    Conflict,
    DeletionConflict,
    FieldConflict,
    OrderConflict,
    PresenceConflict,
    Side,
)
from mapstudio.compare.diff import Diff, FieldChange, RecordChange, diff
from mapstudio.compare.maps import MapComparison, compare_maps
from mapstudio.compare.merge import (
    MergeError,
    MergeResult,
    MergeSummary,
    SideChanges,
    merge,
    resolve,
)
from mapstudio.compare.pending import (
    PendingConflict,
    ResolvePendingConflicts,
    pending_conflicts,
    resolve_pending,
    with_pending_conflicts,
)
from mapstudio.compare.records import Kind, RecordKey
from mapstudio.compare.view import ChangeEntry, CompareView, compare_view

__all__ = [
    "MISSING",
    "ApplyMerge",
    "ChangeEntry",
    "CompareView",
    "Conflict",
    "DeletionConflict",
    "Diff",
    "FieldChange",
    "FieldConflict",
    "Kind",
    "MapComparison",
    "MergeError",
    "MergeResult",
    "MergeSummary",
    "OrderConflict",
    "PendingConflict",
    "PresenceConflict",
    "RecordChange",
    "RecordKey",
    "ResolvePendingConflicts",
    "Side",
    "SideChanges",
    "compare_maps",
    "compare_view",
    "diff",
    "merge",
    "pending_conflicts",
    "resolve",
    "resolve_pending",
    "with_pending_conflicts",
]
