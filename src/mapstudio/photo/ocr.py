"""Optional text recognition of a note's picture with tesseract, when it is installed.

Found at run time (`shutil.which`); without it every note simply has no title to offer.
The picture goes to tesseract on its standard input, so no file and no path is made
from anything in a photo.
"""

from __future__ import annotations

import logging
import shutil
import subprocess

log = logging.getLogger(__name__)

OCR_SECONDS = 10.0  # per note: a stuck engine costs one empty title, not the import
MAX_TITLE = 120


def available() -> bool:
    """Whether a tesseract program is on the PATH."""
    return shutil.which("tesseract") is not None


def recognise(png: bytes) -> str:
    """The text on the note as one line, or "" when none was recognised."""
    program = shutil.which("tesseract")
    if program is None:
        return ""
    try:
        done = subprocess.run(
            [program, "stdin", "stdout", "--psm", "6"],
            input=png,
            capture_output=True,
            timeout=OCR_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("tesseract failed: %s", exc)
        return ""
    if done.returncode != 0:
        return ""
    text = done.stdout.decode("utf-8", errors="replace")
    words = " ".join(text.split())
    # Keep letters, digits and ordinary punctuation; OCR noise is mostly stray symbols.
    cleaned = "".join(ch for ch in words if ch.isalnum() or ch in " .,;:!?'\"-–—()€$%&/+")
    return cleaned.strip()[:MAX_TITLE]
