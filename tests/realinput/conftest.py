"""Real-input tier: one virtual X screen per test session, one app process per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from driver import RealApp, XServer


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    server = XServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def real_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    return home


@pytest.fixture
def launch(xserver: XServer, real_home: Path) -> Iterator:
    """Start the app on a file (or none); stopped at the end of the test."""
    apps: list[RealApp] = []

    def start(path: Path | None = None, **kwargs: object) -> RealApp:
        app = RealApp(xserver.display, real_home)
        apps.append(app)
        app.start(path, **kwargs)  # type: ignore[arg-type]
        return app

    yield start
    for app in apps:
        app.stop()


@pytest.fixture
def example_file(example_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "example.mapstudio"
    shutil.copyfile(example_path, copy)
    return copy


@pytest.fixture
def example_app(launch, example_file: Path) -> RealApp:  # type: ignore[no-untyped-def]
    return launch(example_file)
