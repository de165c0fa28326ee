"""Step-by-step upgrades of older project files to the current format version.

Each step is a pure function that takes a whole document of version N and returns a
new document of version N + 1 (it must not change its argument). Steps are registered
in MIGRATIONS under N. Every step comes with a fixture file of version N in
tests/fixtures/fileformat/ and a test that loads it.

- 1 -> 2: the envelope records a revision id and the revisions it came from.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from mapstudio.fileformat.constants import FORMAT_VERSION
from mapstudio.fileformat.errors import DamagedFileError

logger = logging.getLogger(__name__)

Document = dict[str, Any]
Migration = Callable[[Document], Document]


def v1_to_v2(document: Document) -> Document:
    """Version 2 adds "revision" and "parents" to the envelope.

    A version-1 file has no revision, so it gets one derived from its project content:
    two colleagues who both opened the same mailed version-1 file then agree on its id,
    and a copy that comes back finds it as their common ancestor. It has no parents.
    """
    project = document.get("project")
    # Canonical text (sorted keys, ASCII escapes) so that only the content counts, not
    # how the file was indented.
    canonical = json.dumps(project, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("ascii")).hexdigest()[:32]
    upgraded = {key: value for key, value in document.items() if key != "project"}
    upgraded["revision"] = f"v1-{digest}"
    upgraded["parents"] = []
    upgraded["project"] = project
    return upgraded


MIGRATIONS: dict[int, Migration] = {1: v1_to_v2}


def migrate(
    document: Document,
    *,
    migrations: Mapping[int, Migration] | None = None,
    target: int | None = None,
) -> tuple[Document, int | None]:
    """Upgrade `document` to `target` (the current version by default).

    Returns the upgraded document and the version it started from, or None when it was
    already current. The argument is never changed. `migrations` and `target` default
    to the registry and FORMAT_VERSION; tests pass their own to try the mechanism.
    """
    steps = MIGRATIONS if migrations is None else migrations
    goal = FORMAT_VERSION if target is None else target
    start = document.get("version")
    if isinstance(start, bool) or not isinstance(start, int):
        raise DamagedFileError("", "its format version is missing or unreadable")
    if start >= goal:
        return document, None
    current = copy.deepcopy(document)  # steps may then build on it freely
    version = start
    while version < goal:
        step = steps.get(version)
        if step is None:
            raise DamagedFileError(
                "", f"its format version {version} is too old for this version of mapstudio"
            )
        logger.info("migrating project file from format %d to %d", version, version + 1)
        current = step(current)
        version += 1
        current["version"] = version
    return current, start
