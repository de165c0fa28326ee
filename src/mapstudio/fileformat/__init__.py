"""The `.mapstudio` project file: load with repair and typed errors, atomic save, schema.

Imports only the model, pydantic and the standard library, so it runs without a display.
See docs/file-format.md for the format itself.
"""

from typing import Any

from mapstudio.fileformat.constants import (
    DEFAULT_MAX_BYTES,
    FILE_EXTENSION,
    FORMAT_NAME,
    FORMAT_VERSION,
    MIME_TYPE,
)
from mapstudio.fileformat.envelope import Lineage
from mapstudio.fileformat.errors import (
    DamagedFileError,
    FileAccessError,
    FileTooLargeError,
    NewerVersionError,
    NotAProjectFileError,
    ProjectFileError,
    ProjectSaveError,
)
from mapstudio.fileformat.load import LoadResult, load_document, load_project, loads_project
from mapstudio.fileformat.migrations import MIGRATIONS, migrate
from mapstudio.fileformat.plain import describe_error
from mapstudio.fileformat.save import backup_path, dump_revision, dumps_project, save_project


def __getattr__(name: str) -> Any:
    # The revision store (gzip, locks) is imported on first use, not at app start.
    if name in ("Ancestor", "RevisionStore", "default_revisions_dir"):
        from mapstudio.fileformat import revisions

        return getattr(revisions, name)
    raise AttributeError(f"module 'mapstudio.fileformat' has no attribute {name!r}")


def project_json_schema() -> dict[str, Any]:
    """The JSON Schema of a project file (see mapstudio.fileformat.schema)."""
    # Imported here so that `python -m mapstudio.fileformat.schema` does not find the
    # module already loaded by the package.
    from mapstudio.fileformat.schema import project_json_schema as build

    return build()


__all__ = [
    "DEFAULT_MAX_BYTES",
    "FILE_EXTENSION",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MIGRATIONS",
    "MIME_TYPE",
    "Ancestor",
    "DamagedFileError",
    "FileAccessError",
    "FileTooLargeError",
    "Lineage",
    "LoadResult",
    "NewerVersionError",
    "NotAProjectFileError",
    "ProjectFileError",
    "ProjectSaveError",
    "RevisionStore",
    "backup_path",
    "default_revisions_dir",
    "describe_error",
    "dump_revision",
    "dumps_project",
    "load_document",
    "load_project",
    "loads_project",
    "migrate",
    "project_json_schema",
    "save_project",
]
