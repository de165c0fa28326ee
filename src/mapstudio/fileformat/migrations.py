"""Step-by-step upgrades of older project files to the current format version.

Each step is a pure function that takes a whole document of version N and returns a
new document of version N + 1 (it must not change its argument). Steps are registered
in MIGRATIONS under N. Every step comes with a fixture file of version N in
tests/fixtures/fileformat/ and a test that loads it.

Version 1 is the first format, so the registry is empty for now.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from typing import Any

from mapstudio.fileformat.constants import FORMAT_VERSION
from mapstudio.fileformat.errors import DamagedFileError

logger = logging.getLogger(__name__)

Document = dict[str, Any]
Migration = Callable[[Document], Document]

MIGRATIONS: dict[int, Migration] = {}


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
