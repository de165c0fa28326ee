"""Kill tests: processes killed with SIGKILL mid-work must never cost a user's work."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "kill: kills a helper process with SIGKILL at random moments (POSIX only)"
    )
