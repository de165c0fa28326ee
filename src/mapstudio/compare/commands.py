"""Edit commands that bring a merge into an open document, each one undo step."""

from __future__ import annotations

from dataclasses import dataclass

from mapstudio.compare.merge import MergeResult
from mapstudio.compare.pending import with_pending_conflicts
from mapstudio.edit import CommandError
from mapstudio.model import Project, with_merged_revision


@dataclass(frozen=True)
class ApplyMerge:
    """Replace the open project by a merged one (the whole merge is one undo step).

    `ours` is the project the merge was computed from: if the document changed since,
    the command refuses rather than lose those changes. `theirs_revision` (the merged
    copy's `LoadResult.lineage.revision`) becomes a parent of the next save; undoing the
    merge forgets it again.
    """

    merged: Project
    ours: Project
    theirs_revision: str | None = None
    label: str = "Merge Copy"

    @classmethod
    def from_result(
        cls,
        result: MergeResult,
        *,
        theirs_revision: str | None = None,
        keep_conflicts: bool = False,
        label: str = "Merge Copy",
    ) -> ApplyMerge:
        """The command for a merge result. With `keep_conflicts` its conflicts go into
        the project (and its file, on save) to be resolved later, as
        `mapstudio merge` leaves them; see `pending`."""
        merged = result.project
        if keep_conflicts and result.conflicts:
            merged = with_pending_conflicts(merged, result.conflicts, result.choices)
        return cls(merged, result.ours, theirs_revision, label)

    def apply(self, project: Project) -> Project:
        if project is not self.ours and project != self.ours:
            raise CommandError(
                "The project changed while the merge was being prepared; merge the copy again."
            )
        merged = self.merged
        if self.theirs_revision:
            merged = with_merged_revision(merged, self.theirs_revision)
        return merged
