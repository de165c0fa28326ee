"""The JSON Schema of a project file, generated from the model.

`python -m mapstudio.fileformat.schema [OUTPUT]` writes it, by default to
docs/file-format.schema.json (run it from the repository root); a test checks that the
committed file matches.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from mapstudio.fileformat.constants import FORMAT_NAME, FORMAT_VERSION, MAX_PARENTS, MIME_TYPE
from mapstudio.model import Project
from mapstudio.model.types import MAX_ASSET_BYTES

DEFAULT_OUTPUT = Path("docs/file-format.schema.json")


def project_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the envelope and the project inside it."""
    project = Project.model_json_schema(ref_template="#/$defs/{model}", mode="validation")
    defs: dict[str, Any] = project.pop("$defs", {})
    defs["Project"] = project
    defs["RevisionId"] = {
        "type": "string",
        "pattern": "^[A-Za-z0-9_-]+$",
        "minLength": 1,
        "maxLength": 64,
    }
    # In the file, image bytes are base64 text (the model sees decoded bytes).
    defs["Asset"]["properties"]["data"] = {
        "title": "Data",
        "description": "The image file itself, base64-encoded (PNG or JPEG).",
        "type": "string",
        "contentEncoding": "base64",
        "maxLength": (MAX_ASSET_BYTES * 4) // 3 + 4,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mapstudio project file",
        "description": (
            f"A mapstudio project ({MIME_TYPE}), format version {FORMAT_VERSION}. "
            "Unknown fields are allowed everywhere and are kept by mapstudio."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "app_version": {"type": "string", "description": "The mapstudio that saved it."},
            "saved_at": {
                "type": "string",
                "format": "date-time",
                "description": "When it was saved, UTC.",
            },
            "revision": {
                "anyOf": [{"$ref": "#/$defs/RevisionId"}, {"type": "null"}],
                "description": (
                    "The id of this saved version (mapstudio derives it from the file's "
                    "text); null or absent when a tool wrote the file without one."
                ),
            },
            "parents": {
                "type": "array",
                "items": {"$ref": "#/$defs/RevisionId"},
                "maxItems": MAX_PARENTS,
                "uniqueItems": True,
                "description": (
                    "The revisions this one was made from: one after an ordinary save, "
                    "two after a merge, none for a first save."
                ),
            },
            "merge_conflicts": {
                "type": "array",
                "items": {"type": "object"},
                "description": (
                    "Conflicts of a merge left for the designer to resolve "
                    "(see docs/working-with-colleagues.md); absent when there are none."
                ),
            },
            "project": {"$ref": "#/$defs/Project"},
        },
        "required": ["format", "version", "project"],
        "additionalProperties": True,
        "$defs": {name: defs[name] for name in sorted(defs)},
    }


def schema_text() -> str:
    """The schema as it is committed: indent 2, trailing newline."""
    return json.dumps(project_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: str | Path = DEFAULT_OUTPUT) -> Path:
    """Write the schema to `path` and return it."""
    path = Path(path)
    path.write_text(schema_text(), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the JSON Schema of .mapstudio files.")
    parser.add_argument("output", nargs="?", default=str(DEFAULT_OUTPUT))
    args = parser.parse_args(argv)
    write_schema(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
