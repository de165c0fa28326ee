"""The layout package stays pure: no Qt and no reportlab (DESIGN.md, "Layers")."""

from __future__ import annotations

import subprocess
import sys


def test_layout_imports_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys, mapstudio.layout\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
