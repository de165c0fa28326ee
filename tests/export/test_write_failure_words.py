"""A full disk reads the same for every writer: "Could not save 'x': the disk is full."

The PDF writers once passed the operating system's text through ("No space left on
device") while saves and picture exports said it in plain words. The disk filling up
is simulated where each writer meets it: reportlab writing the file, pikepdf rewriting
it as PDF/X, the final sync before the rename, and the sheet writers' atomic write.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export import ExportError, build_options, export_pdf
from mapstudio.export import pdf as pdf_module
from mapstudio.export.sheets import export_sheet
from mapstudio.fileformat import save as save_module
from mapstudio.fileformat.tempfiles import is_temp_name
from mapstudio.model import Project

FULL = "the disk is full"


def _disk_full(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _no_temp_left(folder: Path) -> None:
    assert [name for name in os.listdir(folder) if is_temp_name(name)] == []


def test_pdf_on_a_full_disk(example: Project, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Canvas, "save", _disk_full)
    with pytest.raises(ExportError) as info:
        export_pdf(example, tmp_path / "poster.pdf", build_options(page="A3"))
    assert str(info.value) == f"Could not save 'poster.pdf': {FULL}."
    _no_temp_left(tmp_path)


def test_pdf_when_the_last_sync_finds_the_disk_full(
    example: Project, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_module.os, "fsync", _disk_full)
    with pytest.raises(ExportError) as info:
        export_pdf(example, tmp_path / "poster.pdf", build_options(page="A3"))
    assert str(info.value) == f"Could not save 'poster.pdf': {FULL}."
    assert not (tmp_path / "poster.pdf").exists()
    _no_temp_left(tmp_path)


def test_pdfx_on_a_full_disk(example: Project, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pikepdf

    monkeypatch.setattr(pikepdf.Pdf, "save", _disk_full)
    with pytest.raises(ExportError) as info:
        export_pdf(example, tmp_path / "print.pdf", build_options(page="A3", pdfx=True))
    assert str(info.value) == f"Could not save 'print.pdf': {FULL}."
    _no_temp_left(tmp_path)


@pytest.mark.parametrize("name", ["cards.csv", "cards.xlsx"])
def test_sheets_on_a_full_disk(example: Project, tmp_path: Path, monkeypatch, name: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(save_module.os, "fsync", _disk_full)
    with pytest.raises(ExportError) as info:
        export_sheet(example, tmp_path / name)
    assert str(info.value) == f"Could not save '{name}': {FULL}."
    _no_temp_left(tmp_path)
