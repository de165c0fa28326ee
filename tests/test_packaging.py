"""The wheel ships every package of the source tree and the bundled resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _configured_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_source_package_is_listed_for_the_wheel() -> None:
    source = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(source).parts) for init in source.rglob("__init__.py")
    }
    missing = found - _configured_packages()
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_resources_ship_as_a_package_with_their_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"]["mapstudio.resources"] == "resources"
    data = setuptools["package-data"]["mapstudio.resources"]
    for folder in ("fonts", "examples", "templates", "icons", "color"):
        assert f"{folder}/*" in data
    for folder in ("fonts", "examples", "icons", "color"):
        assert any((ROOT / "resources" / folder).iterdir()), f"resources/{folder} is empty"
