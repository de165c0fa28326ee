"""Logging set-up for the command line and the app: one rotating file per user.

Errors are never printed for the user by the core (DESIGN.md rule 5); they are logged
here, and the CLI or the UI tells the user in plain words.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "mapstudio.log"
# Tests and packagers can point the log somewhere else without touching the user's.
LOG_DIR_ENV = "MAPSTUDIO_LOG_DIR"
# The folder of recovery copies; when it is moved, the log goes with it (as on Linux,
# where both live in the user state folder), so one variable keeps a test or a portable
# install from writing into the user's home.
STATE_DIR_ENV = "MAPSTUDIO_STATE_DIR"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def log_dir() -> Path:
    """The folder of the log file: $MAPSTUDIO_LOG_DIR, else $MAPSTUDIO_STATE_DIR/log, else
    the platform's user log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    state = os.environ.get(STATE_DIR_ENV)
    if state:
        return Path(state) / "log"
    # Imported here so that a plain `import mapstudio.cli` stays cheap.
    from platformdirs import user_log_dir

    return Path(user_log_dir("mapstudio", appauthor=False))


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send mapstudio's log records to a rotating file; the file's path, or None.

    Safe to call more than once: the handler is added only once per process. When the
    log folder cannot be created (read-only home, sandbox) logging quietly stays off,
    because failing to log must never stop the user from working.
    """
    logger = logging.getLogger("mapstudio")
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "_mapstudio", False):
            return Path(handler.baseFilename)
    path = log_dir() / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler._mapstudio = True  # type: ignore[attr-defined]  # marks our own handler
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


__all__ = ["LOG_DIR_ENV", "LOG_FILE_NAME", "STATE_DIR_ENV", "log_dir", "setup_logging"]
