"""PDFs read back with pypdf: pages, boxes, fonts, text, tiling, greyscale, cancel."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdf_support import COLOR_OPS, MM, STANDARD_14, box, content_streams, fonts, size_mm, text
from pypdf import PdfReader

from mapstudio.export import (
    ExportCancelled,
    ExportError,
    build_options,
    export_pdf,
    plan_export,
)
from mapstudio.export.fonts import can_draw
from mapstudio.model import Project

TODAY = dt.date(2025, 3, 14)


def _export(project: Project, tmp_path: Path, name: str = "out.pdf", **kwargs: object):  # type: ignore[no-untyped-def]
    out = tmp_path / name
    report = export_pdf(project, out, build_options(**kwargs), today=TODAY)  # type: ignore[arg-type]
    return out, report


def _portrait(b: tuple[float, float, float, float]) -> tuple[float, float]:
    w, h = size_mm(b)
    return (min(w, h), max(w, h))


@pytest.mark.parametrize(
    ("page", "mm"),
    [
        ("A0", (841, 1189)),
        ("A3", (297, 420)),
        ("Letter", (215.9, 279.4)),
        ("500x700mm", (500, 700)),
    ],
)
def test_page_count_and_media_box(example: Project, tmp_path: Path, page: str, mm: tuple) -> None:
    out, report = _export(example, tmp_path, page=page)
    reader = PdfReader(out)
    assert len(reader.pages) == len(example.maps) == report.pages
    for pdf_page in reader.pages:
        media = box(pdf_page, "MediaBox")
        assert _portrait(media) == pytest.approx(mm, abs=0.1)
        # No bleed, no marks: every box is the paper.
        assert box(pdf_page, "TrimBox") == pytest.approx(media)
        assert box(pdf_page, "BleedBox") == pytest.approx(media)


def test_one_map_by_title_or_id(example: Project, tmp_path: Path) -> None:
    target = example.maps[1]
    out, _ = _export(example, tmp_path, page="A2", map=target.title.upper())
    assert len(PdfReader(out).pages) == 1
    out, _ = _export(example, tmp_path, page="A2", map=target.id)
    assert len(PdfReader(out).pages) == 1
    with pytest.raises(ExportError, match="no map called"):
        _export(example, tmp_path, map="Nope")


def test_orientation(example: Project, tmp_path: Path) -> None:
    out, _ = _export(example, tmp_path, page="A2", orientation="landscape", map=example.maps[0].id)
    x0, y0, x1, y1 = box(PdfReader(out).pages[0], "MediaBox")
    assert x1 - x0 > y1 - y0
    # Auto picks the orientation where the map is larger.
    plans = {
        o: plan_export(example, build_options(page="A2", orientation=o, map=example.maps[0].id))[0]
        for o in ("auto", "portrait", "landscape")
    }
    assert plans["auto"].scale == pytest.approx(
        max(plans["portrait"].scale, plans["landscape"].scale)
    )


def test_bleed_box_is_trim_plus_bleed(example: Project, tmp_path: Path) -> None:
    out, _ = _export(example, tmp_path, page="A1", bleed="3mm", map=example.maps[0].id)
    page = PdfReader(out).pages[0]
    trim, bleed, media = box(page, "TrimBox"), box(page, "BleedBox"), box(page, "MediaBox")
    assert _portrait(trim) == pytest.approx((594, 841), abs=0.1)
    for i, sign in enumerate((-1, -1, 1, 1)):
        assert bleed[i] == pytest.approx(trim[i] + sign * 3 * MM, abs=0.01)
    assert media == pytest.approx(bleed)


def test_crop_marks_grow_the_media_box(example: Project, tmp_path: Path) -> None:
    out, _ = _export(
        example, tmp_path, page="A1", bleed="3mm", crop_marks=True, map=example.maps[0].id
    )
    page = PdfReader(out).pages[0]
    trim, bleed, media = box(page, "TrimBox"), box(page, "BleedBox"), box(page, "MediaBox")
    assert _portrait(trim) == pytest.approx((594, 841), abs=0.1)
    assert size_mm(bleed)[0] == pytest.approx(size_mm(trim)[0] + 6, abs=0.1)
    # Marks live outside the bleed: the media is larger than the bleed box on every side.
    assert media[0] < bleed[0] and media[1] < bleed[1]
    assert media[2] > bleed[2] and media[3] > bleed[3]


def test_every_font_is_embedded_and_none_is_standard_14(example: Project, tmp_path: Path) -> None:
    out, _ = _export(
        example, tmp_path, page="A2", tile="A4", crop_marks=True, map=example.maps[0].id
    )
    reader = PdfReader(out)
    found = list(fonts(reader))
    assert found
    for font in found:
        base = str(font["/BaseFont"]).lstrip("/")
        assert base.split("+")[-1] not in STANDARD_14
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, base
    assert any("NotoSans" in str(f["/BaseFont"]) for f in found)
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
        rows = listing.stdout.splitlines()[2:]
        assert rows and all(" yes yes " in row for row in rows), listing.stdout


def test_example_text_is_extractable(example: Project, tmp_path: Path) -> None:
    out, _ = _export(example, tmp_path, page="A0")
    extracted = text(out)
    for journey_map in example.maps:
        assert journey_map.title in extracted
        for card in journey_map.cards[:25]:
            # Titles wrap over lines: check word by word, spaces normalised.
            for word in card.title.split()[:3]:
                assert word in extracted, card.title
        for stage in journey_map.stages:
            assert stage.name in extracted
    for persona in example.personas:
        assert persona.name in extracted
    assert example.title in extracted


def test_metadata(example: Project, tmp_path: Path) -> None:
    journey_map = example.maps[0]
    out, _ = _export(example, tmp_path, page="A3", map=journey_map.id)
    meta = PdfReader(out).metadata
    assert meta is not None
    assert meta.title == journey_map.title
    assert meta.subject == journey_map.scenario
    assert meta.creator is not None and meta.creator.startswith("mapstudio ")
    assert (meta.author or "") == ""


def test_markup_like_text_prints_literally(example: Project, tmp_path: Path) -> None:
    journey_map = example.maps[0]
    hostile = '<b>&amp; <img src="x">'
    card = journey_map.cards[0].model_copy(update={"title": hostile})
    changed = journey_map.model_copy(update={"cards": (card, *journey_map.cards[1:])})
    project = example.model_copy(update={"maps": (changed,)})
    out, _ = _export(project, tmp_path, page="A0")
    assert hostile.replace(" ", "") in text(out).replace(" ", "").replace("\n", "")


def test_tiles_a3_on_a4(example: Project, tmp_path: Path) -> None:
    out, report = _export(
        example, tmp_path, page="A3", tile="A4", crop_marks=True, map=example.maps[0].id
    )
    plan = plan_export(
        example, build_options(page="A3", tile="A4", crop_marks=True, map=example.maps[0].id)
    )[0]
    tiles = plan.tiles
    assert tiles is not None
    reader = PdfReader(out)
    # Guide first, then one page per printed sheet; every page is an A4 sheet.
    assert len(reader.pages) == 1 + len(tiles.printed) == report.pages
    assert report.sheets == len(tiles.printed)
    for page in reader.pages:
        assert _portrait(box(page, "MediaBox")) == pytest.approx((210, 297), abs=0.1)
        assert box(page, "TrimBox") == pytest.approx(box(page, "MediaBox"))
    # Viewers are asked not to scale the sheets when printing.
    preferences = reader.trailer["/Root"]["/ViewerPreferences"]
    assert preferences["/PrintScaling"] == "/None"
    pages = [p.extract_text() for p in reader.pages]
    assert "Assembly guide" in pages[0]
    assert "100 mm" in pages[0]
    # The scale bar is 100 mm long on the page (the page is drawn at 1 pt per unit).
    guide = reader.pages[0].get_contents().get_data().decode("latin-1")
    widths = [float(m) for m in re.findall(r"[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+ re S", guide)]
    assert any(abs(w - 100 * MM) < 0.01 for w in widths), widths
    for index, sheet in enumerate(tiles.printed):
        assert sheet.label in pages[0]
        sheet_text = pages[1 + index]
        assert sheet.label in sheet_text
        assert f"sheet {index + 1} of {len(tiles.printed)}" in sheet_text


def test_tiles_reproduce_the_poster_at_the_same_scale(example: Project, tmp_path: Path) -> None:
    """Each sheet places the poster form shifted by exactly one window step."""
    options = build_options(page="A2", tile="A4", map=example.maps[0].id)
    plan = plan_export(example, options)[0]
    out = tmp_path / "tiles.pdf"
    export_pdf(example, out, options)
    tiles = plan.tiles
    assert tiles is not None
    reader = PdfReader(out)
    offsets = []
    for page in reader.pages[1:]:
        data = page.get_contents().get_data().decode("latin-1")
        # The form placement: "1 0 0 -1 tx ty cm" right before "/FormXob... Do".
        before = data.split("Do")[0].split("cm")[-2].split()[-6:]
        a, _b, _c, d, tx, ty = (float(v) for v in before)
        assert (a, d) == (1.0, -1.0)  # same scale on every sheet: 100 % of the poster
        offsets.append((tx, ty))
    for sheet, (tx, ty) in zip(tiles.printed, offsets, strict=True):
        first_tx, first_ty = offsets[0]
        first = tiles.printed[0]
        assert first_tx - tx == pytest.approx(
            (sheet.col - first.col) * (tiles.content_w - tiles.overlap), abs=0.02
        )
        assert first_ty - ty == pytest.approx(
            (sheet.row - first.row) * (tiles.content_h - tiles.overlap), abs=0.02
        )


def test_template_has_skeleton_but_no_cards(example: Project, tmp_path: Path) -> None:
    journey_map = example.maps[0]
    out, _report = _export(example, tmp_path, page="A0", template=True, map=journey_map.id)
    extracted = text(out)
    for stage in journey_map.stages:
        assert stage.name in extracted
    for lane in journey_map.lanes:
        if lane.title:
            assert lane.title.split()[0] in extracted
    for card in journey_map.cards:
        if len(card.title) > 12:
            assert card.title not in extracted
    assert "template" in extracted
    # Scale labels of the empty emotion grid.
    for label in journey_map.emotion_scale.labels:
        assert label in extracted


def test_grayscale_uses_no_colour(example: Project, tmp_path: Path) -> None:
    out, _ = _export(
        example, tmp_path, page="A2", grayscale=True, tile="A4", map=example.maps[0].id
    )
    streams = list(content_streams(PdfReader(out)))
    assert streams
    for data in streams:
        for match in COLOR_OPS.finditer(data):
            r, g, b = (float(v) for v in match.groups()[:3])
            assert r == g == b, match.group(0)
    # And a colour export does use colour (the check above can fail).
    colour, _ = _export(example, tmp_path, "colour.pdf", page="A2", map=example.maps[0].id)
    assert any(
        len(set(m.groups()[:3])) > 1
        for data in content_streams(PdfReader(colour))
        for m in COLOR_OPS.finditer(data)
    )


def test_cancel_leaves_no_file(example: Project, tmp_path: Path) -> None:
    calls = []

    def stop(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(example, out, build_options(page="A0"), progress=stop)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(example: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_pdf(
        example,
        tmp_path / "p.pdf",
        build_options(page="A0"),
        progress=lambda d, t: seen.append((d, t)) or True,
    )
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_characters_outside_every_font_are_reported(example: Project, tmp_path: Path) -> None:
    candidates = ["\U0001f9e9", "\U0001fab4", "\U000e0100x", "漢", "\U0001d11e"]
    missing = next((c for c in candidates if not can_draw(c[0])), None)
    if missing is None:
        pytest.skip("every candidate character has a font on this machine")
    journey_map = example.maps[0]
    card = journey_map.cards[0].model_copy(update={"title": f"Puzzle {missing} piece"})
    changed = journey_map.model_copy(update={"cards": (card, *journey_map.cards[1:])})
    project = example.model_copy(update={"maps": (changed,)})
    _, report = _export(project, tmp_path, page="A2")
    assert any(f"U+{ord(missing[0]):04X}" in w for w in report.warnings)


def test_fallback_font_draws_what_noto_lacks(example: Project, tmp_path: Path) -> None:
    """The minus sign of emotion scores is not in Noto Sans: drawn by a fallback or a
    plain hyphen, never reported as missing."""
    _, report = _export(example, tmp_path, page="A2")
    assert not any("U+2212" in w for w in report.warnings)


def test_impossible_scale_is_a_plain_error(example: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="most that fits"):
        _export(example, tmp_path, page="A5", fit="scale:400")
    assert not (tmp_path / "out.pdf").exists()


def test_fit_width_lengthens_the_poster(example: Project, tmp_path: Path) -> None:
    out, report = _export(
        example, tmp_path, page="A2", orientation="landscape", fit="width", map=example.maps[0].id
    )
    x0, y0, x1, y1 = box(PdfReader(out).pages[0], "TrimBox")
    assert x1 - x0 == pytest.approx(594 * MM, abs=0.1)  # the width is kept
    assert y1 - y0 > 420 * MM  # the length follows the map
    assert any("taller than" in w for w in report.warnings)


def test_summary_line(example: Project, tmp_path: Path) -> None:
    _, report = _export(example, tmp_path, page="A0", map=example.maps[0].id)
    line = report.summary()
    assert "1 page" in line and "A0" in line and "smallest text" in line and "%" in line


def test_exporting_pauses_the_cycle_collector_and_gives_it_back(
    example: Project, tmp_path: Path
) -> None:
    """Laying out and writing a poster make no reference cycles; a collection meanwhile
    only walked every object of the process again. Cancelled or not, the collector comes
    back on."""
    import gc

    seen: list[bool] = []

    def progress(done: int, total: int) -> bool:
        seen.append(gc.isenabled())
        return True

    assert gc.isenabled()
    export_pdf(example, tmp_path / "p.pdf", build_options(page="A0"), progress=progress)
    assert seen and not any(seen)
    assert gc.isenabled()
    with pytest.raises(ExportCancelled):
        export_pdf(
            example, tmp_path / "c.pdf", build_options(page="A0"), progress=lambda d, t: False
        )
    assert gc.isenabled()
