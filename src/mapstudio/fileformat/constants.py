"""Names and limits of the `.mapstudio` project file, shared by every fileformat module."""

from __future__ import annotations

# Integers: more digits than any real value needs (shared with the model's unknown fields).
from mapstudio.model.types import ENVELOPE_EXTRA_KEY, MAX_INT_DIGITS, MERGED_REVISIONS_KEY

FORMAT_NAME = "mapstudio"
FORMAT_VERSION = 2  # bump together with a step in migrations.MIGRATIONS
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

# A save records the revisions it came from: one, or two after a merge. More than this
# many is nonsense, not history.
MAX_PARENTS = 16

__all__ = [
    "BACKUP_SUFFIX",
    "DEFAULT_MAX_BYTES",
    "ENVELOPE_EXTRA_KEY",
    "FILE_EXTENSION",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_CONTAINERS",
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_PARENTS",
    "MAX_VALUES",
    "MERGED_REVISIONS_KEY",
    "MIME_TYPE",
]
