"""`mapstudio validate FILE...`: plain verdicts, exit status, and no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mapstudio.cli.main import main
from mapstudio.model.types import MAX_MAPS


def validate(*paths: Path | str) -> int:
    return main(["validate", *(str(p) for p in paths)])


def run_validate(*paths: Path | str, log_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MAPSTUDIO_LOG_DIR": str(log_dir)}
    return subprocess.run(
        [sys.executable, "-m", "mapstudio", "validate", *(str(p) for p in paths)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.fixture
def damaged(tmp_path: Path, example_path: Path) -> Path:
    """The example cut off in the middle, as after a failed copy."""
    text = example_path.read_text(encoding="utf-8")
    path = tmp_path / "damaged.mapstudio"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    return path


@pytest.fixture
def repairable(tmp_path: Path, example_path: Path) -> Path:
    """The example with one card pointing at a lane that does not exist."""
    document = json.loads(example_path.read_text(encoding="utf-8"))
    document["project"]["maps"][0]["cards"][0]["lane_id"] = "lane-that-is-gone"
    path = tmp_path / "repairable.mapstudio"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _assert_plain(text: str) -> None:
    assert "Traceback" not in text
    assert "unexpected error" not in text


def test_example_is_ok(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate(example_path) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"ok  {example_path} (2 maps, 2 personas, ")
    assert "cards)" in out
    assert "warning" not in out


def test_example_is_ok_subprocess(example_path: Path, log_dir: Path) -> None:
    done = run_validate(example_path, log_dir=log_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("ok  ")
    assert done.stderr == ""


def test_damaged_file_is_invalid(damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate(damaged) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"invalid  {damaged}: ")
    _assert_plain(captured.out + captured.err)


def test_damaged_file_subprocess(damaged: Path, log_dir: Path) -> None:
    done = run_validate(damaged, log_dir=log_dir)
    assert done.returncode == 1
    assert done.stdout.startswith("invalid  ")
    _assert_plain(done.stdout + done.stderr)


@pytest.mark.parametrize(
    "content",
    ["", "hello", "[1, 2, 3]", '{"format": "something-else"}', '{"format": "mapstudio"}'],
    ids=["empty", "text", "json-list", "other-format", "no-version"],
)
def test_other_bad_files_are_invalid(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.mapstudio"
    path.write_text(content, encoding="utf-8")
    assert validate(path) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("invalid  ")
    _assert_plain(captured.out + captured.err)


def test_missing_file_is_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.mapstudio"
    assert validate(missing) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"invalid  {missing}: ")
    assert "not found" in captured.out
    _assert_plain(captured.out + captured.err)


def test_missing_file_subprocess(tmp_path: Path, log_dir: Path) -> None:
    done = run_validate(tmp_path / "missing.mapstudio", log_dir=log_dir)
    assert done.returncode == 1
    _assert_plain(done.stdout + done.stderr)


def test_repairs_are_warnings(repairable: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate(repairable) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"ok  {repairable} (")
    assert "warning" in lines[0]
    assert len(lines) >= 2 and all(line.startswith("  - ") for line in lines[1:])


def test_any_invalid_file_fails_the_run(
    example_path: Path, damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert validate(example_path, damaged) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ok  ")
    assert lines[1].startswith("invalid  ")


def test_no_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert "usage: mapstudio validate" in capsys.readouterr().err


def test_no_files_subprocess(log_dir: Path) -> None:
    assert run_validate(log_dir=log_dir).returncode == 2


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--help"]) == 0
    assert "usage: mapstudio validate" in capsys.readouterr().out


def test_validate_does_not_import_qt(example_path: Path, log_dir: Path) -> None:
    script = (
        "import sys\n"
        "from mapstudio.cli.main import main\n"
        f"status = main(['validate', {str(example_path)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT', qt)\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "MAPSTUDIO_LOG_DIR": str(log_dir)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "QT []" in done.stdout


def test_validate_states_the_limits(capsys: pytest.CaptureFixture[str]) -> None:
    from mapstudio.fileformat import DEFAULT_MAX_BYTES
    from mapstudio.model.types import MAX_CARDS, MAX_EMOTION_POINTS, MAX_LANES, MAX_STAGES

    assert main(["validate", "--limits"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Limits of a project:\n")
    assert f"at most {DEFAULT_MAX_BYTES // 2**20} MB" in out
    assert f"{MAX_CARDS:,} cards and {MAX_EMOTION_POINTS:,} emotion points" in out
    assert f"{MAX_STAGES} stages, {MAX_LANES} lanes" in out
    assert main(["validate", "--help"]) == 0
    assert f"{MAX_CARDS:,} cards" in capsys.readouterr().out


def test_validate_without_a_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert "name at least one FILE" in capsys.readouterr().err


def test_a_project_over_the_card_limit_is_cut_and_says_so(
    tmp_path: Path, example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mapstudio.model.types import MAX_CARDS

    document = json.loads(example_path.read_text(encoding="utf-8"))
    first, second = document["project"]["maps"][:2]
    card = first["cards"][0]
    first["cards"] = [{**card, "id": f"a{i}", "order": i} for i in range(MAX_CARDS - 10)]
    second["cards"] = [{**c, "id": f"b{i}"} for i, c in enumerate(second["cards"] * 30)][:30]
    path = tmp_path / "many.mapstudio"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert validate(path) == 0
    out = capsys.readouterr().out
    assert f"{MAX_CARDS:,} cards)" in out.splitlines()[0]
    assert f"a project holds at most {MAX_CARDS:,} cards in all maps together" in out


# -- files that are not files, text that is not text (found by the hostile check) ---------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", ["validate", "diff", "merge"])
def test_a_fifo_named_as_the_project_is_refused_without_waiting(
    command: str, tmp_path: Path, example_path: Path, log_dir: Path
) -> None:
    # Nobody ever writes to this FIFO: a loader that opens it for reading blocks for
    # good, and the timeout turns that into a failure instead of a hung run.
    fifo = tmp_path / "from-a-stranger.mapstudio"
    os.mkfifo(fifo)
    args = {
        "validate": [str(fifo)],
        "diff": [str(example_path), str(fifo)],
        "merge": [str(example_path), str(example_path), str(fifo), "-o", str(tmp_path / "m")],
    }[command]
    env = {**os.environ, "MAPSTUDIO_LOG_DIR": str(log_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", command, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    _assert_plain(done.stdout + done.stderr)
    assert done.returncode != 0
    assert "'from-a-stranger.mapstudio' is not a project file" in done.stdout + done.stderr
    assert not (tmp_path / "m").exists()


def test_a_lone_surrogate_in_a_name_is_reported_in_plain_words(
    tmp_path: Path, example_path: Path, log_dir: Path
) -> None:
    # "\ud800" is valid JSON but no character: the name is repaired, and the warning
    # that quotes the name must still be printable (and loggable) as UTF-8.
    text = example_path.read_text(encoding="utf-8")
    path = tmp_path / "surrogate.mapstudio"
    path.write_text(text.replace("Maya Okafor", "Maya \\ud800 Okafor", 1), encoding="utf-8")
    done = run_validate(path, log_dir=log_dir)
    _assert_plain(done.stdout + done.stderr)
    assert "Logging error" not in done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    assert "held characters that cannot be stored, which were replaced (the first in persona 1" in (
        done.stdout
    )


def test_content_beyond_the_limits_is_named_with_what_the_window_does(
    beyond_the_map_limit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert validate(beyond_the_map_limit) == 0
    out = capsys.readouterr().out
    assert f"had {MAX_MAPS + 3} maps, more than the {MAX_MAPS} this version" in out
    assert "the window opens it read-only" in out
