"""The TrueType metrics parser and the bundled-font measurer."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.layout import (
    FONT_STYLES,
    BundledFontMeasurer,
    FontMetrics,
    FontSpec,
    font_metrics,
    missing_characters,
)
from mapstudio.layout.fonts import fallback_for
from mapstudio.resources import font_bytes

SAMPLES = (
    "Hello",
    "Customer journey — awareness",
    "Café, naïve, résumé, Ångström, Smørrebrød, Łódź",
    "“Is shipping free?” – she asks…",
    "Severity 4/5 · Impact 3 · 38 % · target 25 %",
    "WAVE AVATAR Typography fi fl 0123456789",
)


def test_hello_matches_the_hmtx_advances(measurer: BundledFontMeasurer) -> None:
    # Hand-checked advances from the hmtx table of NotoSans-Regular (unitsPerEm 1000):
    # H 741, e 564, l 258, l 258, o 605.
    expected = (741 + 564 + 258 + 258 + 605) * 10 / 1000
    assert measurer.width("Hello", FontSpec("regular", 10)) == pytest.approx(expected)
    bold = (765 + 591 + 305 + 305 + 619) * 10 / 1000
    assert measurer.width("Hello", FontSpec("bold", 10)) == pytest.approx(bold)


def test_vertical_metrics(measurer: BundledFontMeasurer) -> None:
    font = FontSpec("regular", 10)
    metrics = font_metrics("regular")
    assert metrics.units_per_em == 1000
    assert measurer.ascent(font) == pytest.approx(metrics.ascender / 100)
    assert measurer.descent(font) > 0
    assert measurer.line_height(font) == pytest.approx(
        measurer.ascent(font) + measurer.descent(font) + metrics.line_gap / 100
    )


def test_width_scales_with_size_and_adds_up(measurer: BundledFontMeasurer) -> None:
    small, big = FontSpec("italic", 9), FontSpec("italic", 18)
    assert measurer.width("journey", big) == pytest.approx(2 * measurer.width("journey", small))
    whole = measurer.width("journey map", small)
    parts = sum(measurer.width(p, small) for p in ("journey", " ", "map"))
    assert whole == pytest.approx(parts)


def test_metrics_are_parsed_once_per_process() -> None:
    assert font_metrics("bold") is font_metrics("bold")


@pytest.mark.parametrize("style", FONT_STYLES)
def test_widths_agree_with_reportlab(style: str) -> None:
    pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
    ttfonts = pytest.importorskip("reportlab.pdfbase.ttfonts")
    import io

    name = f"LayoutTest-{style}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(ttfonts.TTFont(name, io.BytesIO(font_bytes(style))))
    measurer = BundledFontMeasurer()
    for text in SAMPLES:
        for size in (8.0, 10.5, 14.0):
            ours = measurer.width(text, FontSpec(style, size))  # type: ignore[arg-type]
            theirs = pdfmetrics.stringWidth(text, name, size)
            assert ours == pytest.approx(theirs, rel=0.002), (style, text, size)


def test_missing_characters_are_reported_and_measured_as_notdef(
    measurer: BundledFontMeasurer,
) -> None:
    assert missing_characters("Café — ok", "regular") == set()
    assert missing_characters("ok 😀 中", "regular") == {"😀", "中"}
    assert missing_characters("line\nbreak\ttab", "bold") == set()
    notdef = font_metrics("regular").notdef_advance
    nowhere = "\u0378"  # unassigned: no font has it, so the .notdef box is printed
    assert fallback_for(nowhere, "regular") is None
    assert measurer.width(nowhere, FontSpec("regular", 10)) == pytest.approx(notdef / 100)


def test_a_font_without_tables_is_refused() -> None:
    with pytest.raises(ValueError):
        FontMetrics(b"\x00\x01\x00\x00\x00\x00" + b"\x00" * 6)


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _reportlab_width(text: str, path: str, size: float) -> float:
    pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
    ttfonts = pytest.importorskip("reportlab.pdfbase.ttfonts")
    name = f"LayoutTest-{Path(path).stem}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(ttfonts.TTFont(name, path))
    return float(pdfmetrics.stringWidth(text, name, size))


@pytest.mark.skipif(not Path(DEJAVU).is_file(), reason="needs DejaVu Sans, the first fallback")
@pytest.mark.parametrize(
    ("text", "style", "face"),
    [
        ("→⇒∀★✓☺", "regular", "DejaVuSans.ttf"),
        ("→⇒∀★✓☺", "bold", "DejaVuSans-Bold.ttf"),
        ("𐌀𐌁𐌂", "regular", "DejaVuSans.ttf"),  # beyond the BMP
        ("ⴰⴱⴳ", "italic", "DejaVuSans.ttf"),  # the oblique face lacks Tifinagh: regular
    ],
)
def test_characters_the_bundled_font_lacks_are_measured_as_the_fallback_prints_them(
    text: str, style: str, face: str, measurer: BundledFontMeasurer
) -> None:
    assert missing_characters(text, style) == set(text)  # type: ignore[arg-type]
    expected = _reportlab_width(text, str(Path(DEJAVU).with_name(face)), 10)
    width = measurer.width(text, FontSpec(style, 10))  # type: ignore[arg-type]
    assert width == pytest.approx(expected, rel=0.002)
    notdefs = len(text) * font_metrics(style).notdef_advance / 100  # type: ignore[arg-type]
    assert width > notdefs, "wider than the boxes the layout used to count"


def test_mixed_text_adds_up_across_fonts(measurer: BundledFontMeasurer) -> None:
    font = FontSpec("regular", 12)
    parts = ["Pay ", "→", " done ", "★"]
    assert measurer.width("".join(parts), font) == pytest.approx(
        sum(measurer.width(p, font) for p in parts)
    )


@pytest.mark.parametrize("style", FONT_STYLES)
def test_cap_height_is_the_height_of_a_capital(style: str, measurer: BundledFontMeasurer) -> None:
    # Noto Sans: capitals 714 units high of 1000 (OS/2 sCapHeight, and the top of "H").
    assert font_metrics(style).cap_height == 714  # type: ignore[arg-type]
    assert measurer.cap_height(FontSpec(style, 24)) == pytest.approx(24 * 0.714)  # type: ignore[arg-type]


def test_cap_height_without_os2_comes_from_the_glyph_of_h() -> None:
    """A font whose OS/2 table is version 1 (no sCapHeight): the glyph bounds of H."""
    import struct

    data = bytearray(font_bytes("regular"))
    (num_tables,) = struct.unpack_from(">H", data, 4)
    for i in range(num_tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"OS/2":
            struct.pack_into(">H", data, offset, 1)  # version 1
            struct.pack_into(">h", data, offset + 88, 999)  # a value that must be ignored
    assert FontMetrics(bytes(data)).cap_height == 714
