"""Card pictures in the PDF: embedded images at the layout's image rects, once per asset,
grey in greyscale prints, and a placeholder for a damaged picture (never an error)."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from pdf_support import text
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from mapstudio.export import build_options, export_pdf
from mapstudio.model import Asset, Project


def _picture(fmt: str = "JPEG", size: tuple[int, int] = (320, 200)) -> Asset:
    image = Image.new("RGB", size, (210, 60, 40))
    buffer = BytesIO()
    image.save(buffer, fmt)
    mime = "image/jpeg" if fmt == "JPEG" else "image/png"
    return Asset.from_bytes(buffer.getvalue(), mime, *size)


def _with_pictures(project: Project, asset: Asset, count: int = 1) -> tuple[Project, list[str]]:
    """The first map's first `count` cards show `asset`."""
    journey = project.maps[0]
    chosen = [c.id for c in journey.cards[:count]]
    cards = tuple(
        c.model_copy(update={"image_asset_id": asset.id}) if c.id in chosen else c
        for c in journey.cards
    )
    journey = journey.model_copy(update={"cards": cards})
    assets = {**project.assets, asset.id: asset}
    return project.model_copy(update={"maps": (journey, *project.maps[1:]), "assets": assets}), [
        next(c.title for c in cards if c.id == i) for i in chosen
    ]


def _shows(extracted: str, title: str) -> bool:
    """Whether a card title's words are in the extracted text (titles wrap, and text
    extraction may put the lines of neighbouring cards in between)."""
    words = extracted.split()
    return all(word in words for word in title.split())


def _export(project: Project, tmp_path: Path, **kwargs: object) -> Path:
    out = tmp_path / "pictures.pdf"
    options = build_options(page="A1", map=project.maps[0].id, **kwargs)  # type: ignore[arg-type]
    export_pdf(project, out, options, today=dt.date(2025, 3, 14))
    return out


def _images(path: Path) -> list[DictionaryObject]:
    """Every image XObject the first page draws."""
    page = PdfReader(path).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    found = [x.get_object() for x in xobjects.values()]
    return [x for x in found if x.get("/Subtype") == "/Image"]


def test_a_card_picture_is_embedded_and_the_text_stays(example: Project, tmp_path: Path) -> None:
    asset = _picture()
    project, titles = _with_pictures(example, asset)
    out = _export(project, tmp_path)
    images = _images(out)
    assert len(images) == 1
    image = images[0]
    # Embedded at its own resolution; a JPEG goes in as it is.
    assert (image["/Width"], image["/Height"]) == (asset.width, asset.height)
    assert "/DCTDecode" in str(image["/Filter"])
    assert image.get_data() == asset.data
    assert _shows(text(out), titles[0])


def test_a_picture_on_several_cards_is_embedded_once(example: Project, tmp_path: Path) -> None:
    project, titles = _with_pictures(example, _picture("PNG"), count=3)
    out = _export(project, tmp_path)
    assert len(_images(out)) == 1
    reader = PdfReader(out)
    draws = reader.pages[0].get_contents().get_data().count(b" Do")  # type: ignore[union-attr]
    assert draws >= 3
    extracted = text(out)
    assert all(_shows(extracted, title) for title in titles)


def test_greyscale_prints_pictures_in_grey(example: Project, tmp_path: Path) -> None:
    project, _ = _with_pictures(example, _picture())
    images = _images(_export(project, tmp_path, grayscale=True))
    assert len(images) == 1
    assert images[0]["/ColorSpace"] == "/DeviceGray"


def test_a_damaged_picture_draws_a_placeholder(example: Project, tmp_path: Path) -> None:
    broken = Asset.from_bytes(b"\x89PNG but not really", "image/png", 300, 200)
    project, titles = _with_pictures(example, broken)
    out = _export(project, tmp_path)
    assert _images(out) == []
    assert _shows(text(out), titles[0])


# -- hostile pictures (issue 12): one bad picture costs one picture; bombs cost one at a time


def _damaged(fmt: str) -> Asset:
    """A picture whose header is sound and whose pixel data stops half-way."""
    image = Image.effect_noise((320, 200), 60).convert("RGB")
    buffer = BytesIO()
    image.save(buffer, fmt)
    data = buffer.getvalue()
    mime = "image/jpeg" if fmt == "JPEG" else "image/png"
    return Asset.from_bytes(data[: len(data) // 2], mime, 320, 200)


def _on_cards(project: Project, assets: list[Asset]) -> tuple[Project, list[str]]:
    """Card i of the first map shows assets[i]; the titles of those cards."""
    journey = project.maps[0]
    by_card = {journey.cards[i].id: a.id for i, a in enumerate(assets)}
    cards = tuple(
        c.model_copy(update={"image_asset_id": by_card[c.id]}) if c.id in by_card else c
        for c in journey.cards
    )
    journey = journey.model_copy(update={"cards": cards})
    updated = project.model_copy(
        update={
            "maps": (journey, *project.maps[1:]),
            "assets": {**project.assets, **{a.id: a for a in assets}},
        }
    )
    return updated, [journey.cards[i].title for i in range(len(assets))]


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
@pytest.mark.parametrize("grayscale", [False, True], ids=["colour", "grey"])
@pytest.mark.parametrize("tile", [None, "A3"], ids=["sheet", "tiled"])
def test_a_damaged_picture_costs_only_its_own_card(
    example: Project, tmp_path: Path, fmt: str, grayscale: bool, tile: str | None
) -> None:
    project, titles = _on_cards(example, [_damaged(fmt), _picture(fmt)])
    out = tmp_path / "damaged.pdf"
    options = build_options(page="A1", map=project.maps[0].id, grayscale=grayscale, tile=tile)
    report = export_pdf(project, out, options, today=dt.date(2025, 3, 14))
    # The export completes; the good picture is in it, the damaged one is the placeholder.
    reader = PdfReader(out)
    assert len(reader.pages) == report.pages
    if tile is None:
        assert len(_images(out)) == 1
    damaged = [w for w in report.warnings if "could not be read" in w]
    assert len(damaged) == 1 and titles[0] in damaged[0] and titles[1] not in damaged[0]


def _bomb(stripe: int) -> Asset:
    """A legal 40-megapixel 1-bit PNG of a few kilobytes (each one different)."""
    from PIL import ImageDraw

    image = Image.new("1", (8000, 5000), 1)
    ImageDraw.Draw(image).rectangle((stripe * 97, 0, stripe * 97 + 40, 4999), fill=0)
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    assert len(buffer.getvalue()) < 20_000
    return Asset.from_bytes(buffer.getvalue(), "image/png", 8000, 5000)


def test_large_pictures_are_decoded_one_at_a_time_at_print_size(
    example: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: every decoded picture was kept for the whole export (ten of these reached
    # 2.9 GB). Count the full-size pictures alive whenever reportlab is handed one.
    import gc

    from PIL.Image import Image as PILImage
    from reportlab.pdfgen.canvas import Canvas

    alive: list[int] = []
    real_draw = Canvas.drawImage

    def counting_draw(self: Canvas, *args: object, **kwargs: object) -> object:
        gc.collect()
        alive.append(
            sum(
                1
                for o in gc.get_objects()
                if isinstance(o, PILImage) and o.width * o.height >= 10_000_000
            )
        )
        return real_draw(self, *args, **kwargs)

    monkeypatch.setattr(Canvas, "drawImage", counting_draw)
    project, _ = _on_cards(example, [_bomb(i) for i in range(4)])
    out = _export(project, tmp_path)
    assert len(alive) >= 4  # every picture was drawn
    assert max(alive) <= 1, alive
    images = _images(out)
    assert len(images) == 4
    # Embedded at the pixels the card needs on paper, not 8000 × 5000.
    assert all(int(i["/Width"]) <= 2048 for i in images)
