"""Helper process of the save kill test: forks savers and kills them at random moments.

Run as `python save_loop.py FOLDER CARDS`. It writes the exact bytes of the two
versions to FOLDER/A.ref and FOLDER/B.ref, saves version A to FOLDER/Trip.mapstudio and
prints "ready". Then, for each "go DELAY_MS FIRST" line on stdin, it forks a child that
saves the versions in turn with save_project (starting with FIRST) until it is killed
with SIGKILL after DELAY_MS, reaps it and prints "killed". "quit" ends it.

Forking from this small process (rather than starting Python for every trial, or
forking the test process with its threads) makes each trial cost milliseconds.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kill_support import SAVED_AT, large_project

from mapstudio.fileformat import dumps_project, save_project
from mapstudio.fileformat.save import encode_text


def main() -> int:
    folder = Path(sys.argv[1])
    cards = int(sys.argv[2])
    versions = {name: large_project(cards, name) for name in ("A", "B")}
    for name, project in versions.items():
        (folder / f"{name}.ref").write_bytes(encode_text(dumps_project(project, saved_at=SAVED_AT)))
    target = folder / "Trip.mapstudio"
    save_project(versions["A"], target, saved_at=SAVED_AT)
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        delay_ms, first = float(words[1]), words[2]
        order = [versions[first], versions["B" if first == "A" else "A"]]
        pid = os.fork()
        if pid == 0:  # the saver: save forever, until killed
            try:
                turn = 0
                while True:
                    save_project(order[turn % 2], target, saved_at=SAVED_AT)
                    turn += 1
            finally:
                os._exit(1)
        time.sleep(delay_ms / 1000)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        print("killed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
