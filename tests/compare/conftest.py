"""Test set-up of mapstudio.compare: the command generators of tests/edit and the project
strategies of tests/fileformat are shared with these tests."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
for folder in (TESTS / "edit", TESTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
