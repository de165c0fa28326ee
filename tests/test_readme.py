"""The README tells a new user the truth: the same packages and commands CI uses."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_apt_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"sudo apt-get install --no-install-recommends(.*?)```", text, re.S)
    assert block, "README.md lost its apt-get line"
    return {word for word in block.group(1).replace("\\", " ").split() if word}


def _ci_apt_packages() -> set[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = re.search(r"APT_PACKAGES=\((.*?)\)", text, re.S)
    assert block, ".ci/run lost its package list"
    return set(block.group(1).split())


def test_readme_and_ci_install_the_same_debian_packages() -> None:
    assert _readme_apt_packages() == _ci_apt_packages()


def test_a_fresh_machine_gets_python_venv_and_the_qt_base_libraries() -> None:
    packages = _ci_apt_packages()
    assert {"python3", "python3-venv", "libxkbcommon0", "libegl1", "libfontconfig1"} <= packages
