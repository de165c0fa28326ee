"""Where the app keeps its settings: an INI file in the platformdirs config folder.

Recent files, window layout, remembered export choices and the folders file dialogs
last used live here, never in a project file. MAPSTUDIO_CONFIG_DIR moves the folder
(tests use it to stay out of the real home).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

RECENT_KEY = "files/recent"
RECENT_LIMIT = 10


def config_dir() -> Path:
    override = os.environ.get("MAPSTUDIO_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("mapstudio"))


def app_settings() -> QSettings:
    """The settings file of this user (created on first write)."""
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    """Recently opened or saved projects, newest first, that still exist."""
    value = app_settings().value(RECENT_KEY, [])
    names = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(name) for name in names if name and Path(name).exists()]


def remember_recent(path: Path, limit: int = RECENT_LIMIT) -> list[Path]:
    """Put `path` first in the recent list and return the new list."""
    resolved = path.resolve()
    paths = [resolved] + [p for p in recent_files() if p.resolve() != resolved]
    paths = paths[:limit]
    settings = app_settings()
    settings.setValue(RECENT_KEY, [str(p) for p in paths])
    settings.sync()
    return paths


def clear_recent() -> None:
    settings = app_settings()
    settings.remove(RECENT_KEY)
    settings.sync()


def remembered_folder(group: str) -> Path | None:
    """The folder last remembered for the file dialog of `group` (its "last_dir", as the
    export dialog keeps it), or None when there is none or it is gone (a card taken
    out, a share not mounted)."""
    settings = app_settings()
    value = settings.value(f"{group}/last_dir", "")
    if not isinstance(value, str) or not value:
        return None
    folder = Path(value)
    return folder if folder.is_dir() else None


def remember_folder(group: str, folder: Path) -> None:
    """Keep `folder` as where the file dialog of `group` starts next time."""
    settings = app_settings()
    settings.setValue(f"{group}/last_dir", str(folder))
    settings.sync()
