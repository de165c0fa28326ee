"""Real-input tier: one virtual X screen per test session, one app process per test."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
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
def screen(xserver: XServer) -> XServer:
    """The X screen a test's app runs on: with a window manager, unless a module
    overrides this fixture."""
    return xserver


@pytest.fixture
def launch(screen: XServer, real_home: Path) -> Iterator:
    """Start the app on a file (or none); stopped at the end of the test."""
    apps: list[RealApp] = []

    def start(path: Path | None = None, **kwargs: object) -> RealApp:
        app = RealApp(screen.display, real_home)
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


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """On a failure, keep a picture of the screen beside the test's files to look at."""
    outcome = yield
    report = outcome.get_result()
    server = item.funcargs.get("screen") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and server is not None and shutil.which("import"):
        folder = Path(os.environ.get("MAPSTUDIO_SHOTS", tempfile.gettempdir())) / "realinput"
        folder.mkdir(parents=True, exist_ok=True)
        shot = folder / f"{item.name}.png"
        subprocess.run(
            ["import", "-window", "root", str(shot)],
            env={**os.environ, "DISPLAY": server.display},
            timeout=30,
            check=False,
        )
        report.sections.append(("screen", f"screenshot of the failure: {shot}"))
