"""`mapstudio [FILE]`, `--version`, `--help` and the dispatch to commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mapstudio import __version__
from mapstudio.cli.main import COMMANDS, main
from mapstudio.logsetup import LOG_FILE_NAME, setup_logging


def run_cli(*args: str, log_dir: Path) -> subprocess.CompletedProcess[str]:
    """`python -m mapstudio ARGS` in a fresh interpreter."""
    env = {**os.environ, "MAPSTUDIO_LOG_DIR": str(log_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mapstudio", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"mapstudio {__version__}"


def test_version_subprocess(log_dir: Path) -> None:
    done = run_cli("--version", log_dir=log_dir)
    assert done.returncode == 0
    assert done.stdout.strip() == f"mapstudio {__version__}"


def test_console_script_is_installed(log_dir: Path) -> None:
    script = Path(sys.executable).parent / ("mapstudio.exe" if os.name == "nt" else "mapstudio")
    if not script.exists():
        pytest.skip("not installed with its console script")
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"mapstudio {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "usage: mapstudio" in out
    for name in COMMANDS:
        assert name in out


def test_help_subprocess(log_dir: Path) -> None:
    done = run_cli("--help", log_dir=log_dir)
    assert done.returncode == 0
    assert "FILE" in done.stdout and "validate" in done.stdout


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-option"]) == 2
    assert "usage:" in capsys.readouterr().err


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Stand in for mapstudio.ui.app so no window opens; records what run_app got."""
    calls: list[Path | None] = []
    module = ModuleType("mapstudio.ui.app")

    def run_app(path: Path | None) -> int:
        calls.append(path)
        return 0

    module.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mapstudio.ui.app", module)
    return calls


def test_gui_opens_the_file(fake_app: list[Path | None], example_path: Path) -> None:
    assert main([str(example_path)]) == 0
    assert fake_app == [example_path]


def test_gui_without_a_file_starts_a_new_project(fake_app: list[Path | None]) -> None:
    assert main([]) == 0
    assert fake_app == [None]


def test_gui_refuses_a_missing_file(
    fake_app: list[Path | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "nope.mapstudio")]) == 1
    assert fake_app == []
    assert "was not found" in capsys.readouterr().err


def test_gui_unavailable_is_a_plain_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes the import fail, as when Qt or the UI cannot load.
    monkeypatch.setitem(sys.modules, "mapstudio.ui.app", None)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "cannot start the window" in err
    assert "Traceback" not in err


def test_setup_logging_writes_to_the_log_dir(log_dir: Path) -> None:
    path = setup_logging()
    assert path == log_dir / LOG_FILE_NAME
    assert setup_logging() == path, "a second call adds no second handler"


def test_the_log_follows_a_moved_state_folder(tmp_path: Path) -> None:
    """With only MAPSTUDIO_STATE_DIR set (as the tests and a portable install do), the app
    writes its log there too, never into the user's home."""
    env = {k: v for k, v in os.environ.items() if k != "MAPSTUDIO_LOG_DIR"}
    env["MAPSTUDIO_STATE_DIR"] = str(tmp_path / "state")
    env["HOME"] = str(tmp_path / "home")
    env.pop("XDG_STATE_HOME", None)
    script = "import logging; from mapstudio.logsetup import setup_logging; print(setup_logging())"
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == tmp_path / "state" / "log" / LOG_FILE_NAME
    assert not (tmp_path / "home").exists()


def test_python_dash_m_runs_the_cli(log_dir: Path) -> None:
    done = run_cli("validate", log_dir=log_dir)
    assert done.returncode == 2
    assert "usage: mapstudio validate" in done.stderr
