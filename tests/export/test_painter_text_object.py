"""The painter writes its text objects itself: the same operators reportlab's text
object (canvas.beginText / drawText) writes, without making one per card."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export.fonts import FONT_NAMES, FontRunner
from mapstudio.export.painter import Ink, PdfPainter
from mapstudio.layout import FontSpec, TextLine, default_measurer


def _painter(tmp_path: Path) -> tuple[Canvas, PdfPainter]:
    runner = FontRunner()  # registers the bundled fonts
    canvas = Canvas(
        str(tmp_path / "t.pdf"),
        pagesize=(200, 200),
        bottomup=0,
        initialFontName=FONT_NAMES["regular"],
        initialFontSize=10,
    )
    return canvas, PdfPainter(canvas, Ink(grayscale=False), runner)


def _line(text: str, x: float, y: float, size: float = 9.0) -> TextLine:
    font = FontSpec("regular", size)
    return TextLine(text, x, y, font, "#112233", default_measurer().width(text, font))


def test_a_text_object_is_framed_as_reportlabs(tmp_path: Path) -> None:
    canvas, painter = _painter(tmp_path)
    painter.text([((_line("Checkout", 10.0, 20.0), _line("page −2", 10.0, 31.5)), 3.0, 4.0)])
    written = canvas._code[-1]
    opening = " ".join(canvas.beginText()._code)  # what beginText starts with
    assert written.startswith(opening + " ")
    assert written.endswith(" ET")
    assert "1 0 0 -1 13.00 24.00 Tm" in written and "1 0 0 -1 13.00 35.50 Tm" in written


def test_a_font_reportlab_writes_itself_goes_through_its_text_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    canvas, painter = _painter(tmp_path)
    # As for a font that is not a subsetted TrueType font.
    monkeypatch.setattr(painter.encoder, "encode", lambda _name, _text: None)
    line = _line("Checkout (x)", 10.0, 20.0)
    painter.text([((line,), 0.0, 0.0)])
    written = canvas._code[-1]

    expected = canvas.beginText()
    expected._code.append(painter.ink.text(line.color))
    expected._code.append("1 0 0 -1 10.00 20.00 Tm")
    ((name, run),) = painter.runner.runs(line.text, "regular")
    expected.setFont(name, line.font.size)
    expected._code.append(expected._formatText(run))
    canvas.drawText(expected)
    assert written == canvas._code[-1]
