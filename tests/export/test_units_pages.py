"""Lengths, paper sizes, fit and option parsing: plain errors for what cannot work."""

from __future__ import annotations

import pytest

from mapstudio.export import (
    PAGE_SIZES,
    ExportError,
    ExportOptions,
    build_options,
    parse_fit,
    parse_length,
    parse_page_size,
)

MM = 72 / 25.4


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("3mm", 3 * MM),
        ("0.125in", 9.0),
        ("10 mm", 10 * MM),
        ("1cm", 10 * MM),
        ("12pt", 12.0),
        ("2,5mm", 2.5 * MM),
        ("0", 0.0),
    ],
)
def test_lengths(text: str, points: float) -> None:
    default = "mm" if text == "0" else None
    assert parse_length(text, default_unit=default) == pytest.approx(points)


@pytest.mark.parametrize("text", ["3", "3 furlongs", "-2mm", "mm", ""])
def test_bad_lengths(text: str) -> None:
    with pytest.raises(ExportError):
        parse_length(text)


@pytest.mark.parametrize(
    ("text", "mm"),
    [
        ("A0", (841, 1189)),
        ("a4", (210, 297)),
        ("B2", (500, 707)),
        ("Letter", (215.9, 279.4)),
        ("Legal", (215.9, 355.6)),
        ("Tabloid", (279.4, 431.8)),
        ("Ledger", (279.4, 431.8)),
        ("ARCH C", (457.2, 609.6)),
        ("arch-d", (609.6, 914.4)),
        ("ARCH E", (914.4, 1219.2)),
        ("600x900mm", (600, 900)),
        ("24inx36in", (609.6, 914.4)),
        ("50cm x 70cm", (500, 700)),
    ],
)
def test_page_sizes(text: str, mm: tuple[float, float]) -> None:
    size = parse_page_size(text)
    assert size.width / MM == pytest.approx(mm[0], abs=0.05)
    assert size.height / MM == pytest.approx(mm[1], abs=0.05)


def test_every_named_size_is_known() -> None:
    for name in ("A0", "A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "Letter", "Legal"):
        assert name in PAGE_SIZES


@pytest.mark.parametrize("text", ["A9", "huge", "600x900", "10x10mm", "600xmm"])
def test_bad_page_sizes(text: str) -> None:
    with pytest.raises(ExportError) as info:
        parse_page_size(text)
    assert "Traceback" not in str(info.value)


def test_fit() -> None:
    assert parse_fit("page").mode == "page"
    assert parse_fit("width").mode == "width"
    fit = parse_fit("scale:50")
    assert (fit.mode, fit.percent) == ("scale", 50.0)
    assert parse_fit("75%").percent == 75.0
    for bad in ("scale:0", "scale:abc", "height"):
        with pytest.raises(ExportError):
            parse_fit(bad)


def test_options_reject_negative_and_absurd_values() -> None:
    with pytest.raises(ExportError):
        ExportOptions(bleed=-1)
    with pytest.raises(ExportError):
        ExportOptions(bleed=100 * MM)
    with pytest.raises(ExportError):
        ExportOptions(orientation="diagonal")  # type: ignore[arg-type]


def test_margin_means_sheet_margin_when_tiling() -> None:
    tiled = build_options(page="A2", tile="A4", margin="4mm")
    assert tiled.margin == pytest.approx(4 * MM)
    assert tiled.poster_margin is None
    single = build_options(page="A2", margin="20mm")
    assert single.poster_margin == pytest.approx(20 * MM)
    assert build_options(map="all").map is None
