"""mapstudio.edit sits just above the model: it imports the model and the stdlib only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import mapstudio.edit

EDIT_DIR = Path(mapstudio.edit.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_edit_imports_only_model_and_stdlib() -> None:
    files = sorted(EDIT_DIR.rglob("*.py"))
    assert files
    for path in files:
        for name in _imported_modules(path):
            top = name.split(".")[0]
            allowed = top in sys.stdlib_module_names or name.startswith(
                ("mapstudio.model", "mapstudio.edit")
            )
            assert allowed, f"{path.name} imports {name}"


def test_importing_edit_loads_no_qt() -> None:
    code = "import sys, mapstudio.edit; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
