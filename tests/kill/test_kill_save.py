"""A save killed at any moment leaves the complete old or the complete new file.

A helper process forks savers that save a large project (two versions, A and B, in
turn) until they are killed with SIGKILL after a random delay. After every kill the
file on disk must be byte for byte A or B, and so must its backup.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from mapstudio.fileformat import load_project

pytestmark = [
    pytest.mark.kill,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)"),
]

log = logging.getLogger(__name__)

HELPER = Path(__file__).resolve().parent / "save_loop.py"
TRIALS = 500
CARDS = 2000
# One save of the 2,000-card project takes about 40-70 ms; delays up to 100 ms land in
# the first or second save, in every phase: building the text, writing, syncing, renaming.
DELAY_MS = (5.0, 100.0)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_killed_saves_leave_the_old_or_the_new_file(tmp_path: Path) -> None:
    rng = random.Random(20260301)
    helper = subprocess.Popen(
        [sys.executable, str(HELPER), str(tmp_path), str(CARDS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert helper.stdin is not None and helper.stdout is not None
    try:
        assert helper.stdout.readline().strip() == "ready"
        versions = {sha256(tmp_path / "A.ref"): "A", sha256(tmp_path / "B.ref"): "B"}
        assert len(versions) == 2
        # The references are real projects (so "equals A or B" implies "it loads").
        for name in ("A", "B"):
            assert len(load_project(tmp_path / f"{name}.ref").project.maps[0].cards) == CARDS
        target = tmp_path / "Trip.mapstudio"
        seen = {"A": 0, "B": 0}
        mid_write = 0
        for trial in range(TRIALS):
            delay = rng.uniform(*DELAY_MS)
            helper.stdin.write(f"go {delay:.3f} {rng.choice('AB')}\n")
            helper.stdin.flush()
            assert helper.stdout.readline().strip() == "killed", f"helper died at trial {trial}"
            found = versions.get(sha256(target))
            assert found is not None, f"trial {trial}: the file is neither A nor B"
            seen[found] += 1
            backup = tmp_path / "Trip.mapstudio.bak"
            if backup.exists():
                assert sha256(backup) in versions, f"trial {trial}: the backup is damaged"
            # A temporary file left behind means the kill landed inside a write.
            temps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
            if temps:
                mid_write += 1
                for temp in temps:
                    temp.unlink()
        message = (
            f"{TRIALS} kills: file was A {seen['A']} times, B {seen['B']} times; "
            f"{mid_write} kills landed while a temporary file was being written"
        )
        log.info(message)
        print(message)
        # Kills landed in different saves, not always before the first rename.
        assert seen["A"] > 0 and seen["B"] > 0
        assert mid_write > 0
    finally:
        if helper.stdin:
            helper.stdin.write("quit\n")
            helper.stdin.close()
        try:
            helper.wait(timeout=10)
        except subprocess.TimeoutExpired:
            helper.kill()
            helper.wait()
