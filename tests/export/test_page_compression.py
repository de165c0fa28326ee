"""Each finished page is compressed on a second thread while the next is drawn: the save
takes those bytes, and the file is exactly the one compressing at the save makes."""

from __future__ import annotations

import datetime as dt
import re
import zlib
from pathlib import Path

import pytest

from mapstudio.export import build_options, export_pdf
from mapstudio.export import pdf as pdf_module
from mapstudio.export.errors import ExportCancelled
from mapstudio.model import Project

TODAY = dt.date(2026, 11, 26)


def _without_dates(data: bytes) -> bytes:
    # reportlab stamps the moment of the save into the document information and the
    # file identifier.
    data = re.sub(rb"D:\d{14}[^)]*", b"D:", data)
    return re.sub(rb"/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]", b"/ID", data)


@pytest.mark.parametrize("tile", [None, "A3"])
def test_pages_compressed_ahead_make_the_same_file(
    example: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tile: str | None
) -> None:
    taken: list[bool] = []
    encode = pdf_module._WorkAhead.encode

    def spy(self: pdf_module._WorkAhead, data: str | bytes) -> bytes:
        taken.append(id(data) in self._ahead)
        return encode(self, data)

    monkeypatch.setattr(pdf_module._WorkAhead, "encode", spy)
    options = build_options(page="A1", tile=tile)
    ahead = export_pdf(example, tmp_path / "ahead.pdf", options, today=TODAY)
    assert ahead.pages >= 2
    # Every page came from the second thread; the fonts and forms were compressed by
    # the save.
    assert taken.count(True) == ahead.pages
    assert taken.count(False) > 0

    taken.clear()
    monkeypatch.setattr(pdf_module._WorkAhead, "page_finished", lambda self, stream: None)
    export_pdf(example, tmp_path / "at_save.pdf", options, today=TODAY)
    assert not any(taken)
    written = [(tmp_path / name).read_bytes() for name in ("ahead.pdf", "at_save.pdf")]
    assert _without_dates(written[0]) == _without_dates(written[1])


def test_a_page_compressed_ahead_is_its_content_at_the_level(example: Project) -> None:
    compressor = pdf_module._WorkAhead(pdf_module.FLATE_LEVEL)
    try:
        page = "q 1 0 0 1 0 0 cm (Sign up) Tj Q\n" * 500
        compressor.page_finished(page)
        packed = compressor.encode(page)
        assert zlib.decompress(packed) == page.encode("utf8")
        # A text equal to a page but not that page is compressed afresh: only the very
        # object reportlab keeps for the page is matched.
        other = "".join(["q 1 0 0 1 0 0 cm (Sign up) Tj Q\n"] * 500)
        assert other == page and other is not page
        compressor.page_finished(page)
        assert zlib.decompress(compressor.encode(other)) == page.encode("utf8")
        assert compressor._ahead  # the page's own bytes still wait for it
    finally:
        compressor.close()
    assert not compressor._ahead


def test_a_cancelled_export_ends_the_compressing_thread(example: Project, tmp_path: Path) -> None:
    import threading

    def cancel_after_first_page(done: int, total: int) -> bool:
        return done < total // 2

    with pytest.raises(ExportCancelled):
        export_pdf(
            example,
            tmp_path / "out.pdf",
            build_options(page="A1"),
            progress=cancel_after_first_page,
            today=TODAY,
        )
    assert not (tmp_path / "out.pdf").exists()
    assert not [t for t in threading.enumerate() if t.name.startswith("pdf-ahead")]
