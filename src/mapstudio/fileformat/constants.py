"""Names and limits of the `.mapstudio` project file, shared by every fileformat module."""

from __future__ import annotations

# Integers: more digits than any real value needs (shared with the model's unknown fields).
from mapstudio.model.types import MAX_INT_DIGITS as MAX_INT_DIGITS

FORMAT_NAME = "mapstudio"
FORMAT_VERSION = 1  # bump together with a step in migrations.MIGRATIONS
FILE_EXTENSION = ".mapstudio"
BACKUP_SUFFIX = ".bak"  # "Trip.mapstudio" keeps its previous version as "Trip.mapstudio.bak"
MIME_TYPE = "application/x-mapstudio+json"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# A project is at most about seven levels deep; anything far deeper is hostile or garbage
# and would make the JSON parser recurse until it crashes.
MAX_DEPTH = 64
# Objects and lists, and values, in one file. The largest project the model's limits
# allow, unknown fields included, stays within these (tests/fileformat/test_gate.py); a
# file of millions of empty objects, which fits in the size limit, would otherwise take
# gigabytes once parsed.
MAX_CONTAINERS = 2_000_000
MAX_VALUES = 5_000_000

# Unknown envelope fields (written by a newer minor version) travel inside the loaded
# Project under this reserved extra key, so that a plain `save_project(project, path)`
# writes them back to the envelope. It never appears inside "project" in a file.
ENVELOPE_EXTRA_KEY = "__mapstudio_envelope__"
