"""Drive mapstudio as a person does: a virtual X screen, the app on Qt's xcb platform in
its own process, and mouse and keyboard input injected through the X server (XTest, by
`xdotool`). Nothing here synthesizes a Qt event.

`XServer` starts Xvfb; `RealApp` starts the app under it (see harness.py) and asks its
probe where things are and what the document holds; `Input` moves the real pointer and
presses real keys.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HARNESS = Path(__file__).with_name("harness.py")
SCREEN = (1600, 1000)


class RealInputUnavailable(RuntimeError):
    """Xvfb or xdotool is missing: the README lists the Debian packages."""


def require_tools() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        raise RealInputUnavailable(
            "the real-input tests need "
            + " and ".join(missing)
            + " (Debian packages: xvfb xdotool; see README.md)"
        )


class XServer:
    """One Xvfb screen for a test session, on a display number nobody uses, with a
    window manager (as a person's desktop has) or without one."""

    def __init__(self, window_manager: bool = True, size: tuple[int, int] = SCREEN) -> None:
        require_tools()
        self.size = size
        if window_manager and shutil.which("openbox") is None:
            raise RealInputUnavailable("the real-input tests need openbox (Debian: openbox)")
        self.window_manager = window_manager
        self.display = ""
        self.process: subprocess.Popen[bytes] | None = None
        self.manager: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        # Xvfb picks a free display itself and writes its number to the given fd.
        read_fd, write_fd = os.pipe()
        self.process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{self.size[0]}x{self.size[1]}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RealInputUnavailable("Xvfb did not start")
        self.display = f":{number}"
        if self.window_manager:
            self.manager = subprocess.Popen(
                ["openbox", "--sm-disable"],
                env={**os.environ, "DISPLAY": self.display},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(1.0)  # let it take over the screen before the first window

    def stop(self) -> None:
        if self.manager is not None:
            self.manager.terminate()
            self.manager.wait(timeout=10)
            self.manager = None
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process = None


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @classmethod
    def of(cls, values: Sequence[int]) -> Rect:
        return cls(*(int(v) for v in values))

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.w // 2, self.y + self.h // 2

    def at(self, fx: float, fy: float) -> tuple[int, int]:
        """A point at fractions of the width and height."""
        return self.x + int(self.w * fx), self.y + int(self.h * fy)


class Input:
    """The real pointer and keyboard of one X display, through XTest."""

    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}

    def xdo(self, *args: object) -> None:
        subprocess.run(["xdotool", *(str(a) for a in args)], env=self.env, check=True, timeout=60)

    def move(self, x: int, y: int) -> None:
        self.xdo("mousemove", x, y)

    def click(self, x: int, y: int, button: int = 1, repeat: int = 1) -> None:
        self.xdo("mousemove", x, y, "sleep", 0.15, "click", "--repeat", repeat, button)

    def double_click(self, x: int, y: int) -> None:
        self.xdo("mousemove", x, y, "sleep", 0.15, "click", "--repeat", 2, "--delay", 80, 1)

    def drag(
        self,
        start: tuple[int, int],
        end: tuple[int, int],
        *,
        via: Iterable[tuple[int, int]] = (),
        steps: int = 12,
        pause: float = 0.03,
    ) -> None:
        """Press at `start`, travel in a straight line through each `via` point to
        `end` in small steps (as a hand does), then release."""
        args: list[object] = ["mousemove", *start, "sleep", 0.2, "mousedown", 1, "sleep", 0.2]
        points = [start, *via, end]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            for i in range(1, steps + 1):
                x = round(x0 + (x1 - x0) * i / steps)
                y = round(y0 + (y1 - y0) * i / steps)
                args += ["mousemove", x, y, "sleep", pause]
        args += ["sleep", 0.3, "mouseup", 1, "sleep", 0.2]
        self.xdo(*args)

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", 20, text)

    def key(self, *combos: str) -> None:
        """Press keys as xdotool names them: "Return", "ctrl+z", "shift+Tab"."""
        self.xdo("key", "--delay", 60, *combos)

    def wheel(self, x: int, y: int, clicks: int, modifier: str | None = None) -> None:
        """Turn the wheel `clicks` notches (positive: away from the user) over (x, y)."""
        button = 4 if clicks > 0 else 5
        args: list[object] = ["mousemove", x, y, "sleep", 0.1]
        if modifier:
            args += ["keydown", modifier]
        args += ["click", "--repeat", abs(clicks), "--delay", 60, button]
        if modifier:
            args += ["keyup", modifier]
        self.xdo(*args)


class RealApp:
    """mapstudio in its own process on the virtual screen, with its probe."""

    def __init__(self, display: str, home: Path) -> None:
        self.display = display
        self.home = home
        self.process: subprocess.Popen[str] | None = None
        self.input = Input(display)
        self.log = home / "app-stderr.log"

    def start(self, path: Path | None = None, *, expect_windows: bool = True) -> None:
        env = {
            **os.environ,
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "MAPSTUDIO_CONFIG_DIR": str(self.home / "config"),
            "MAPSTUDIO_STATE_DIR": str(self.home / "state"),
            "MAPSTUDIO_DATA_DIR": str(self.home / "data"),
            "MAPSTUDIO_LOG_DIR": str(self.home / "log"),
            "HOME": str(self.home),
            "XDG_DOCUMENTS_DIR": str(self.home / "Documents"),
            # No accessibility bus or portal on a bare virtual screen.
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "0",
            "NO_AT_BRIDGE": "1",
        }
        env.pop("QT_SCALE_FACTOR", None)
        args = [sys.executable, str(HARNESS)]
        if path is not None:
            args.append(str(path))
        self.process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log.open("w"),
            env=env,
            text=True,
            cwd=self.home,
        )
        first = self._read_answer(timeout=60)
        assert first.get("result") == "ready", first
        if expect_windows:
            self.wait_for(lambda: bool(self.ask("state")["windows"]), "a window")
            time.sleep(0.5)  # let the window be mapped and painted

    def _read_answer(self, timeout: float) -> dict[str, Any]:
        assert self.process is not None and self.process.stdout is not None
        import selectors

        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise TimeoutError(f"the app did not answer in {timeout} s; log:\n{self.stderr()}")
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the app exited; log:\n{self.stderr()}")
        return json.loads(line)

    def stderr(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def ask(self, query: str, **fields: Any) -> Any:
        """One question to the probe; its answer (raises with the app's traceback)."""
        assert self.process is not None and self.process.stdin is not None
        self.process.stdin.write(json.dumps({"q": query, **fields}) + "\n")
        self.process.stdin.flush()
        answer = self._read_answer(timeout=30)
        if not answer["ok"]:
            raise AssertionError("probe failed:\n" + answer["error"])
        return answer["result"]

    def settle(self, seconds: float = 0.25) -> None:
        """Let the app take in the input the X server queued for it."""
        time.sleep(seconds)
        self.ask("sync")

    def wait_for(self, condition: Callable[[], Any], what: str, timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.1)

    # -- reading the app ------------------------------------------------------------

    def canvas(self) -> dict[str, Any]:
        return self.ask("canvas")

    def project(self) -> dict[str, Any]:
        return self.ask("document")["project"]

    def state(self) -> dict[str, Any]:
        return self.ask("state")

    def focus(self) -> dict[str, Any]:
        return self.ask("focus")

    def palette_entry(self, key: str) -> Rect:
        return Rect.of(self.ask("palette")["entries"][key])

    def current_map(self) -> dict[str, Any]:
        map_id = self.canvas()["map_id"]
        return next(m for m in self.project()["maps"] if m["id"] == map_id)

    def card(self, card_id: str) -> dict[str, Any] | None:
        return next((c for c in self.current_map()["cards"] if c["id"] == card_id), None)

    def cell(self, *, kind: str, stage_index: int = 0, band_index: int = 0) -> dict[str, Any]:
        """A cell of a lane kind in a stage column, in the n-th band that has that kind."""
        view = self.canvas()
        stages = list(view["stages"])
        cells = [c for c in view["cells"] if c["kind"] == kind]
        personas: list[str | None] = []
        for c in cells:
            if c["persona_id"] not in personas:
                personas.append(c["persona_id"])
        persona = personas[band_index]
        return next(
            c for c in cells if c["persona_id"] == persona and c["stage_id"] == stages[stage_index]
        )

    # -- ending -----------------------------------------------------------------------

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            with contextlib.suppress(
                AssertionError, TimeoutError, RuntimeError, OSError, ValueError
            ):
                self.ask("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
