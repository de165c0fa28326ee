"""Translation support: one helper to mark strings and one call to load a translation.

Every user-visible string goes through Qt's translation machinery, either `self.tr("…")`
inside a QObject subclass (the class name is the context) or `translate("Context", "…")`
anywhere else. `pyside6-lupdate` extracts both forms into translations/mapstudio.ts
(see translations/README.md); `pyside6-lrelease` compiles a translated .ts into the .qm
file that `install_translator` loads at start-up.

Why `translate` and not a function called `tr(context, text)`: lupdate treats any call
named `tr` as `QObject.tr(text, comment)`, so it would extract the context as the text.
A call named `translate(context, text)` is read the way it is meant.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATION_PREFIX = "mapstudio_"
# Packagers (and tests) can point at another folder of .qm files.
TRANSLATIONS_DIR_ENV = "MAPSTUDIO_TRANSLATIONS_DIR"

# The translators installed by `install_translator`, kept alive here: Qt holds only a
# pointer, so a translator that Python garbage-collects would take its strings with it.
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate's marker name
    """Marks `text` for translation under `context` and returns it as is (translated
    where it is shown). PySide6's own marker is typed as returning object."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (from the installed translation), else as given."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translations_dirs() -> list[Path]:
    """Folders searched for mapstudio_<locale>.qm, most specific first."""
    dirs: list[Path] = []
    override = os.environ.get(TRANSLATIONS_DIR_ENV)
    if override:
        dirs.append(Path(override))
    # From a source checkout: <repo>/translations (src/mapstudio/ui/i18n.py -> parents[3]).
    dirs.append(Path(__file__).resolve().parents[3] / "translations")
    try:
        from mapstudio.resources import as_file, resource

        # Installed wheels and frozen apps ship compiled translations as resources.
        with as_file(resource("translations")) as path:
            dirs.append(Path(path))
    except (FileNotFoundError, ModuleNotFoundError, TypeError):
        pass
    return dirs


def install_translator(
    app: QCoreApplication, locale: QLocale | str | None = None, directory: Path | None = None
) -> QTranslator | None:
    """Load mapstudio_<locale>.qm for `locale` (default: the system's) into `app`.

    Returns the installed translator, or None when no translation matches; the app then
    simply stays in the source language (English). Call before the first window is built:
    strings already shown are not re-translated.
    """
    if locale is None:
        locale = QLocale()
    elif isinstance(locale, str):
        locale = QLocale(locale)
    folders = [directory] if directory is not None else translations_dirs()
    for folder in folders:
        if not folder.is_dir():
            continue
        translator = QTranslator(app)
        # QTranslator.load(locale, …) tries de_DE, de, … in the order of the user's
        # preferred UI languages, so one file per language serves every region.
        if translator.load(locale, "mapstudio", "_", str(folder), ".qm"):
            app.installTranslator(translator)
            _installed.append(translator)
            # Only with a translation of our own: else OK/Cancel would be in another
            # language than the rest of the app.
            _install_qt_translation(app, locale)
            log.info("installed translation %s from %s", translator.filePath(), folder)
            return translator
    log.info("no translation for %s; using the source strings", locale.name())
    return None


def _install_qt_translation(app: QCoreApplication, locale: QLocale) -> None:
    """Qt's own strings (OK, Cancel, Close, Restore Defaults, …) in the same language."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(locale, "qtbase", "_", folder, ".qm"):
        app.installTranslator(translator)
        _installed.append(translator)


def remove_translators(app: QCoreApplication) -> None:
    """Remove every translator `install_translator` added (tests, language switches)."""
    while _installed:
        app.removeTranslator(_installed.pop())


__all__ = [
    "QT_TRANSLATE_NOOP",
    "TRANSLATIONS_DIR_ENV",
    "TRANSLATION_PREFIX",
    "install_translator",
    "remove_translators",
    "translate",
    "translations_dirs",
]
