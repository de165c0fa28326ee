"""The layer rules of DESIGN.md, checked on the source with `ast`.

Imports go one way (model <- edit <- layout / fileformat / compare / export <- ui <- cli;
compare, the diff and merge of copies, sits beside layout and fileformat; the templates
and the log set-up sit below ui and cli, which share them), and only mapstudio.ui imports
Qt; mapstudio.cli may import Qt and the ui, but only lazily inside a function, so the
core, the file format and the commands run without a display or Qt's system libraries.
The ui never imports the cli.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "mapstudio"
QT = ("PySide6", "shiboken6")

# Layer -> the mapstudio layers it may import (besides itself). "mapstudio" stands for
# the top-level package, i.e. `from mapstudio import __version__`.
# _runtime: the process-wide collector policy, used by the batch jobs of every layer.
BASICS = {"mapstudio.resources", "mapstudio._version", "mapstudio", "mapstudio._runtime"}
ALLOWED: dict[str, set[str]] = {
    "mapstudio.model": set(),
    "mapstudio.edit": {"mapstudio.model"},
    "mapstudio.layout": {"mapstudio.model"} | BASICS,
    "mapstudio.fileformat": {"mapstudio.model"} | BASICS,
    # Diff and merge of projects: pure, on model values and edit commands, no files.
    "mapstudio.compare": {"mapstudio.model", "mapstudio.edit", "mapstudio._runtime"},
    "mapstudio.export": {"mapstudio.model", "mapstudio.layout", "mapstudio.fileformat"} | BASICS,
    # The bundled templates, shared by the template gallery and `mapstudio new`.
    "mapstudio.templates": {"mapstudio.model", "mapstudio.fileformat"} | BASICS,
    "mapstudio.logsetup": set(),
    "mapstudio._runtime": set(),
    # Photos of the wall: plans the poster again (export) and makes the edit command.
    "mapstudio.photo": {
        "mapstudio.model",
        "mapstudio.edit",
        "mapstudio.layout",
        "mapstudio.fileformat",
        "mapstudio.export",
    }
    | BASICS,
}
# The window may use every layer below it, never the command line above it.
ALLOWED["mapstudio.ui"] = set(ALLOWED) | BASICS
# The command line may use everything; the window only lazily (see test_layer_rule).
ALLOWED["mapstudio.cli"] = set(ALLOWED) | {"mapstudio.ui"} | BASICS
ALLOWED["mapstudio.__main__"] = {"mapstudio.cli"}
LAZY_ONLY = {"mapstudio.cli": {"mapstudio.ui"}}


@dataclass(frozen=True)
class Import:
    module: str  # the absolute name of the imported module
    line: int
    lazy: bool  # inside a function body


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(path: Path, name: str) -> str:
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _imports(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _package(path, _module_name(path))
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.Import):
                found.extend(Import(a.name, child.lineno, lazy) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                # `from pkg import sub` imports pkg.sub when sub is a module of ours.
                for alias in child.names:
                    sub = f"{base}.{alias.name}"
                    is_module = _is_source_module(sub)
                    found.append(Import(sub if is_module else base, child.lineno, lazy))
            visit(child, inner)

    visit(tree, False)
    return found


def _is_source_module(name: str) -> bool:
    if not name.startswith("mapstudio."):
        return False
    rel = Path(*name.split(".")[1:])
    return (SRC / rel).with_suffix(".py").exists() or (SRC / rel / "__init__.py").exists()


def _layer(name: str) -> str:
    parts = name.split(".")
    return ".".join(parts[:2])


SOURCES = sorted(SRC.rglob("*.py"))


def _is_qt(module: str) -> bool:
    return module.split(".")[0] in QT


def test_sources_found() -> None:
    names = {_module_name(p) for p in SOURCES}
    assert {"mapstudio.model", "mapstudio.cli.main"} <= names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: _module_name(p))
def test_only_ui_imports_qt(path: Path) -> None:
    name = _module_name(path)
    if _layer(name) == "mapstudio.ui":
        return
    for imp in _imports(path):
        if not _is_qt(imp.module):
            continue
        where = f"{path.relative_to(ROOT)}:{imp.line} imports {imp.module}"
        assert _layer(name) == "mapstudio.cli", where
        assert imp.lazy, f"{where} at module level; import Qt inside a function"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: _module_name(p))
def test_layer_rule(path: Path) -> None:
    name = _module_name(path)
    layer = _layer(name)
    # mapstudio/__init__.py and _version.py may import the version only.
    allowed = ALLOWED[layer] | {layer} if layer in ALLOWED else {"mapstudio", "mapstudio._version"}
    lazy_only = LAZY_ONLY.get(layer, set())
    for imp in _imports(path):
        if imp.module == "mapstudio" or imp.module.startswith("mapstudio."):
            where = f"{path.relative_to(ROOT)}:{imp.line}: {name}"
            assert _layer(imp.module) in allowed, f"{where} may not import {imp.module}"
            if _layer(imp.module) in lazy_only:
                assert imp.lazy, f"{where} imports {imp.module} at module level"


def test_resources_import_nothing_of_mapstudio() -> None:
    path = ROOT / "resources" / "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for module in names:
            assert not module.startswith(("mapstudio", *QT)), module


def test_checker_sees_lazy_and_submodule_imports() -> None:
    """The checker itself: a function-level import is lazy, `from pkg import mod` resolves."""
    imports = _imports(SRC / "cli" / "main.py")
    assert any(i.module == "mapstudio.cli.validate" and not i.lazy for i in imports)
    gui = _imports(SRC / "cli" / "gui.py")
    assert any(i.module == "mapstudio.ui.app" and i.lazy for i in gui)


def test_core_imports_leave_qt_out() -> None:
    """Importing the core layers (and the CLI entry point) loads no Qt at all."""
    script = (
        "import sys\n"
        "import mapstudio.model, mapstudio.edit, mapstudio.layout, mapstudio.fileformat\n"
        "import mapstudio.compare, mapstudio.photo\n"
        "import mapstudio.export, mapstudio.cli.main, mapstudio.resources\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_import_linter_contracts_hold() -> None:
    """The contracts in pyproject.toml ([tool.importlinter]): layers from cli down to
    model, and no Qt outside ui, checked over every import by import-linter."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint_imports), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "broken" in done.stdout and "0 broken" in done.stdout


def test_mypy_finds_no_errors_in_the_source() -> None:
    """The package ships py.typed; its hints are checked ([tool.mypy] in pyproject.toml)."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "Success: no issues found" in done.stdout
