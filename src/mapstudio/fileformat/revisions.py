"""The local store of revisions: where a copy that comes back finds its common ancestor.

Every project version the app saves or opens is remembered here (`remember`), with its
revision id and parents, so that when a colleague's copy comes back, `find_base` can walk
both copies' parents to the nearest revision both descend from and load it as the base
of a three-way merge.

The store lives in the user data folder (`platformdirs.user_data_dir("mapstudio")`, or
`$MAPSTUDIO_DATA_DIR`), in a `revisions` folder:

- `index.json` - every known revision, oldest first: its parents, when it was stored,
  when it was saved (when known), the size of its content and the images it uses.
  Revisions whose content was dropped stay in the index (a few bytes each) so that
  walking parents still passes through them.
- `blobs/<hash>.json.gz` - one revision's project, gzip-compressed JSON without its image
  data; named by the SHA-256 of the revision id, never by the id itself (ids come from
  files, and text from a file is never used as a path).
- `assets/<sha256>.bin` - image data, stored once however many revisions use it: images
  are most of a project's size and rarely change between saves.

It is bounded by a number of revisions and a total size; the least recently remembered
revisions lose their content first. Reading a revision back goes through the same gate
as opening a file (size limits, parser limits, repair, validation). The store is a
convenience: a failure to write it is logged and never stops a save, and a damaged
store reads as empty.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import json
import logging
import math
import os
import threading
import time
import zlib
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapstudio.fileformat.constants import (
    DEFAULT_MAX_BYTES,
    ENVELOPE_EXTRA_KEY,
    MAX_PARENTS,
    MERGED_REVISIONS_KEY,
)
from mapstudio.fileformat.envelope import Lineage, build_envelope, is_revision_id
from mapstudio.fileformat.errors import ProjectFileError
from mapstudio.fileformat.load import LoadResult, load_document
from mapstudio.fileformat.parse import decode, parse_json
from mapstudio.fileformat.save import atomic_write
from mapstudio.model import Project
from mapstudio.model.types import MAX_ASSET_BYTES

try:  # POSIX; elsewhere two instances writing at once may lose an index entry, no more
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

DATA_DIR_ENV = "MAPSTUDIO_DATA_DIR"
APP_NAME = "mapstudio"
DEFAULT_MAX_REVISIONS = 200
DEFAULT_MAX_STORE_BYTES = 256 * 1024 * 1024
# Revisions kept in the index without their content, for walking parents.
MAX_GRAPH_ENTRIES = 20_000
# Hops walked from each copy when looking for the common ancestor.
MAX_WALK = 100_000
_INDEX_NAME = "index.json"
_INDEX_FORMAT = "mapstudio-revisions"
_MAX_INDEX_BYTES = 32 * 1024 * 1024


def default_revisions_dir() -> Path:
    """`$MAPSTUDIO_DATA_DIR/revisions`, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "revisions"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "revisions"


@dataclass(frozen=True)
class Ancestor:
    """The common ancestor of two copies: its revision id and its project."""

    revision: str
    project: Project


@dataclass
class _Entry:
    revision: str
    parents: tuple[str, ...]
    stored_at: float
    size: int = 0  # bytes of the compressed content; 0 when the content was dropped
    assets: tuple[str, ...] = ()  # sha256 of the images it uses
    saved_at: float | None = None  # when the revision was saved, when known

    @property
    def has_content(self) -> bool:
        return self.size > 0


class RevisionStore:
    """The revisions folder. Thread-safe; several app instances may share it."""

    def __init__(
        self,
        folder: str | os.PathLike[str] | None = None,
        *,
        max_revisions: int = DEFAULT_MAX_REVISIONS,
        max_bytes: int = DEFAULT_MAX_STORE_BYTES,
    ) -> None:
        if max_revisions < 1 or max_bytes < 1:
            raise ValueError("a revision store must hold at least one revision")
        self.folder = Path(folder) if folder is not None else default_revisions_dir()
        self.max_revisions = max_revisions
        self.max_bytes = max_bytes
        self._mutex = threading.Lock()

    # -- writing ------------------------------------------------------------------------

    def remember(self, lineage: Lineage, project: Project) -> bool:
        """Keep `project` as revision `lineage.revision` (with its parents). Remembering
        a revision again makes it the most recent. False when nothing was stored: no
        revision id, or the folder cannot be written (logged, never raised)."""
        revision = lineage.revision
        if not is_revision_id(revision):
            return False
        assert revision is not None
        parents = tuple(p for p in lineage.parents if is_revision_id(p))[:MAX_PARENTS]
        try:
            with self._locked():
                entries = self._read_index()
                entry = entries.pop(revision, None)
                now = max(time.time(), max((e.stored_at for e in entries.values()), default=0))
                # A revision's save time never changes: the first one known stays.
                saved_at = (entry.saved_at if entry else None) or lineage.saved_at
                if entry is not None and entry.has_content and self._blob(revision).exists():
                    entry.stored_at = now
                    entry.saved_at = saved_at
                else:
                    size, assets = self._write_content(revision, parents, project)
                    entry = _Entry(
                        revision,
                        parents or (entry.parents if entry else ()),
                        now,
                        size,
                        assets,
                        saved_at,
                    )
                entries[revision] = entry
                self._evict(entries)
                self._write_index(entries)
            return True
        except (OSError, ProjectFileError, ValueError) as exc:
            logger.warning("could not remember revision %s: %r", revision, exc)
            return False

    def remember_loaded(self, result: LoadResult) -> bool:
        """Keep a project as it was opened (`load_project`'s result)."""
        return self.remember(result.lineage, result.project)

    # -- reading ------------------------------------------------------------------------

    def __contains__(self, revision: object) -> bool:
        """Whether the store holds this revision's content."""
        if not is_revision_id(revision):
            return False
        entry = self._entries().get(str(revision))
        return entry is not None and entry.has_content

    def revisions(self) -> list[str]:
        """The revisions whose content is stored, oldest first."""
        return [e.revision for e in self._entries().values() if e.has_content]

    def saved_at(self, revision: str) -> float | None:
        """When a known revision was saved (POSIX seconds); None when unknown."""
        entry = self._entries().get(revision)
        return entry.saved_at if entry is not None else None

    def parents(self, revision: str) -> tuple[str, ...] | None:
        """The parents of a known revision (None when unknown)."""
        entry = self._entries().get(revision)
        return entry.parents if entry is not None else None

    def stored_at(self, revision: str) -> float | None:
        """When a known revision was stored (seconds since the epoch; None: unknown)."""
        entry = self._entries().get(revision)
        return entry.stored_at if entry is not None else None

    def load(self, revision: str) -> Project | None:
        """The project of a stored revision, through the loader's checks; None when the
        store does not have it or it cannot be read."""
        entry = self._entries().get(revision) if is_revision_id(revision) else None
        if entry is None or not entry.has_content:
            return None
        try:
            return self._read_content(revision)
        except (OSError, ProjectFileError, ValueError, EOFError, zlib.error) as exc:
            logger.warning("could not read stored revision %s: %r", revision, exc)
            return None

    def common_ancestor(
        self, ours: Lineage | Sequence[str], theirs: Lineage | Sequence[str]
    ) -> str | None:
        """The nearest revision both copies descend from whose content the store has.

        `ours` and `theirs` are lineages (`LoadResult.lineage`) or the revisions a copy
        descends from (`Document.parent_revisions` for the open document). Nearest: the
        fewest steps from both together; ties go to the most recently stored.
        """
        return _nearest(self._entries(), ours, theirs, frozenset())

    def find_base(
        self, ours: Lineage | Sequence[str], theirs: Lineage | Sequence[str]
    ) -> Ancestor | None:
        """The common ancestor of two copies with its project, or None: then merge
        two-way. A stored ancestor that cannot be read is skipped for the next one."""
        entries = self._entries()
        tried: set[str] = set()
        while True:
            revision = _nearest(entries, ours, theirs, frozenset(tried))
            if revision is None:
                return None
            project = self.load(revision)
            if project is not None:
                return Ancestor(revision, project)
            tried.add(revision)

    # -- the folder -----------------------------------------------------------------------

    def _blob(self, revision: str) -> Path:
        name = hashlib.sha256(revision.encode("utf-8")).hexdigest()[:40]
        return self.folder / "blobs" / f"{name}.json.gz"

    def _asset(self, sha256: str) -> Path:
        return self.folder / "assets" / f"{sha256}.bin"

    def _write_content(
        self, revision: str, parents: tuple[str, ...], project: Project
    ) -> tuple[int, tuple[str, ...]]:
        content: dict[str, Any] = project.model_dump(mode="json")
        extra = content.pop(ENVELOPE_EXTRA_KEY, None)
        content.pop(MERGED_REVISIONS_KEY, None)
        used: list[str] = []
        (self.folder / "assets").mkdir(parents=True, exist_ok=True)
        for asset_id, asset in project.assets.items():
            digest = hashlib.sha256(asset.data).hexdigest()
            path = self._asset(digest)
            if not path.exists():
                atomic_write(path, asset.data)
            content["assets"][asset_id]["data"] = ""
            content["assets"][asset_id]["sha256"] = digest
            used.append(digest)
        document = build_envelope(
            content,
            revision=revision,
            parents=parents,
            extra=extra if isinstance(extra, dict) else None,
        )
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        data = gzip.compress(text.encode("utf-8", errors="backslashreplace"), mtime=0)
        blob = self._blob(revision)
        blob.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(blob, data)
        return len(data), tuple(dict.fromkeys(used))

    def _read_content(self, revision: str) -> Project:
        blob = self._blob(revision)
        with blob.open("rb") as stream:
            packed = stream.read(DEFAULT_MAX_BYTES + 1)
        if len(packed) > DEFAULT_MAX_BYTES:
            raise ValueError("the stored revision is larger than a project can be")
        # Never more than a project file may be, however well the data compresses.
        unpacker = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
        raw = unpacker.decompress(packed, DEFAULT_MAX_BYTES + 1)
        if len(raw) > DEFAULT_MAX_BYTES or unpacker.unconsumed_tail:
            raise ValueError("the stored revision unpacks to more than a project can be")
        document = parse_json(decode(raw))
        project = document.get("project") if isinstance(document, dict) else None
        assets = project.get("assets") if isinstance(project, dict) else None
        if isinstance(assets, dict):
            for asset in assets.values():
                if isinstance(asset, dict):
                    asset["data"] = self._asset_text(asset.get("sha256"))
        result = load_document(document)
        return result.project

    def _asset_text(self, digest: Any) -> str:
        """An image's data as base64 text, checked against its hash ("" when missing:
        the loader then drops the image and clears what showed it)."""
        if not (isinstance(digest, str) and len(digest) == 64 and _is_hex(digest)):
            return ""
        try:
            with self._asset(digest).open("rb") as stream:
                data = stream.read(MAX_ASSET_BYTES + 1)
        except OSError:
            return ""
        if len(data) > MAX_ASSET_BYTES or hashlib.sha256(data).hexdigest() != digest:
            return ""
        return base64.b64encode(data).decode("ascii")

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """This process's threads, and other instances (POSIX), one at a time."""
        with self._mutex:
            self.folder.mkdir(parents=True, exist_ok=True)
            if fcntl is None:  # pragma: no cover - Windows
                yield
                return
            fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # closing releases the lock

    def _entries(self) -> dict[str, _Entry]:
        with self._mutex:
            return self._read_index()

    def _read_index(self) -> dict[str, _Entry]:
        path = self.folder / _INDEX_NAME
        try:
            with path.open("rb") as stream:
                data = stream.read(_MAX_INDEX_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            logger.warning("cannot read the revision index: %r", exc)
            return {}
        try:
            if len(data) > _MAX_INDEX_BYTES:
                raise ValueError("index too large")
            document = parse_json(decode(data))
        except (ProjectFileError, ValueError) as exc:
            logger.warning("the revision index is damaged and is ignored: %r", exc)
            return {}
        if not isinstance(document, dict) or document.get("format") != _INDEX_FORMAT:
            return {}
        raw = document.get("entries")
        entries: dict[str, _Entry] = {}
        for item in raw if isinstance(raw, list) else ():
            entry = _entry_from_json(item)
            if entry is not None:
                entries.pop(entry.revision, None)
                entries[entry.revision] = entry
        return entries

    def _write_index(self, entries: Mapping[str, _Entry]) -> None:
        document = {
            "format": _INDEX_FORMAT,
            "version": 1,
            "entries": [
                {
                    "revision": e.revision,
                    "parents": list(e.parents),
                    "stored_at": e.stored_at,
                    "size": e.size,
                    "assets": list(e.assets),
                    **({"saved_at": e.saved_at} if e.saved_at is not None else {}),
                }
                for e in entries.values()
            ],
        }
        text = json.dumps(document, separators=(",", ":"))
        atomic_write(self.folder / _INDEX_NAME, text.encode("ascii"))

    def _evict(self, entries: dict[str, _Entry]) -> None:
        """Drop the content of the least recently remembered revisions until the store
        is within its bounds; then images no stored revision uses, and the oldest
        content-less entries beyond MAX_GRAPH_ENTRIES."""
        ordered = sorted(entries.values(), key=lambda e: e.stored_at)
        stored = [e for e in ordered if e.has_content]
        asset_sizes = self._asset_sizes(stored)

        def total() -> int:
            used = {a for e in stored for a in e.assets}
            return sum(e.size for e in stored) + sum(asset_sizes.get(a, 0) for a in used)

        while stored and (len(stored) > self.max_revisions or total() > self.max_bytes):
            oldest = stored.pop(0)
            with contextlib.suppress(OSError):
                self._blob(oldest.revision).unlink()
            oldest.size = 0
            oldest.assets = ()
        used = {a for e in stored for a in e.assets}
        for digest in set(asset_sizes) - used:
            with contextlib.suppress(OSError):
                self._asset(digest).unlink()
        empty = [e for e in ordered if not e.has_content]
        for entry in empty[: max(0, len(empty) - MAX_GRAPH_ENTRIES)]:
            del entries[entry.revision]

    def _asset_sizes(self, stored: Sequence[_Entry]) -> dict[str, int]:
        sizes: dict[str, int] = {}
        folder = self.folder / "assets"
        known = {a for e in stored for a in e.assets}
        with contextlib.suppress(OSError):
            for path in folder.iterdir():
                digest = path.name.removesuffix(".bin")
                if path.suffix == ".bin" and len(digest) == 64 and _is_hex(digest):
                    with contextlib.suppress(OSError):
                        sizes[digest] = path.stat().st_size
        for digest in known:
            sizes.setdefault(digest, 0)
        return sizes


def _nearest(
    entries: Mapping[str, _Entry],
    ours: Lineage | Sequence[str],
    theirs: Lineage | Sequence[str],
    skip: frozenset[str],
) -> str | None:
    graph: dict[str, tuple[str, ...]] = {r: e.parents for r, e in entries.items()}
    starts: list[list[str]] = []
    for side in (ours, theirs):
        if isinstance(side, Lineage):
            if side.revision:
                graph.setdefault(side.revision, side.parents)
            starts.append(list(side.heads))
        else:
            starts.append([r for r in side if is_revision_id(r)])
    ours_distance = _distances(starts[0], graph)
    theirs_distance = _distances(starts[1], graph)
    common = [
        r
        for r in ours_distance
        if r in theirs_distance and r not in skip and r in entries and entries[r].has_content
    ]
    if not common:
        return None
    return min(
        common,
        key=lambda r: (
            ours_distance[r] + theirs_distance[r],
            max(ours_distance[r], theirs_distance[r]),
            -entries[r].stored_at,
        ),
    )


def _distances(starts: Sequence[str], graph: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Steps from `starts` to every revision they descend from (breadth first)."""
    distance: dict[str, int] = {}
    queue: deque[str] = deque()
    for start in starts:
        if start not in distance:
            distance[start] = 0
            queue.append(start)
    while queue and len(distance) < MAX_WALK:
        current = queue.popleft()
        for parent in graph.get(current, ()):
            if parent not in distance:
                distance[parent] = distance[current] + 1
                queue.append(parent)
    return distance


def _entry_from_json(item: Any) -> _Entry | None:
    if not isinstance(item, dict) or not is_revision_id(item.get("revision")):
        return None
    parents = item.get("parents")
    stored_at = item.get("stored_at")
    size = item.get("size")
    assets = item.get("assets")
    if not isinstance(parents, list) or not all(is_revision_id(p) for p in parents):
        return None
    if isinstance(stored_at, bool) or not isinstance(stored_at, int | float):
        return None
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        return None
    if not isinstance(assets, list) or not all(
        isinstance(a, str) and len(a) == 64 and _is_hex(a) for a in assets
    ):
        return None
    saved_at = item.get("saved_at")
    if isinstance(saved_at, bool) or not isinstance(saved_at, int | float):
        saved_at = None  # only names the revision: an unreadable one is left out
    elif not math.isfinite(saved_at):
        saved_at = None
    return _Entry(
        item["revision"],
        tuple(parents[:MAX_PARENTS]),
        float(stored_at),
        size,
        tuple(assets),
        float(saved_at) if saved_at is not None else None,
    )


def _is_hex(text: str) -> bool:
    return all(ch in "0123456789abcdef" for ch in text)
