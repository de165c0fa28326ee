"""Card pictures in the layout: room below the title at the picture's aspect ratio,
from the asset's stored pixel size (the layout never decodes an image)."""

from __future__ import annotations

import pytest

from mapstudio.layout import DEFAULT_STYLE, BundledFontMeasurer, LayoutCache, MapLayout, layout
from mapstudio.model import Asset, Project

CARD = "a1"  # a short card in the first cell of the sample map


def _asset(width: int, height: int) -> Asset:
    # The layout reads only the stored size, so the bytes need not be a real image.
    return Asset.from_bytes(f"{width}x{height}".encode(), "image/png", width, height)


def _with_picture(
    project: Project, card_id: str, asset: Asset | None, asset_id: str = ""
) -> Project:
    """`project` with the card showing `asset` (added to the assets), or naming `asset_id`."""
    journey = project.maps[0]
    picture_id = asset.id if asset is not None else asset_id
    cards = tuple(
        c.model_copy(update={"image_asset_id": picture_id}) if c.id == card_id else c
        for c in journey.cards
    )
    assets = dict(project.assets)
    if asset is not None:
        assets[asset.id] = asset
    journey = journey.model_copy(update={"cards": cards})
    return project.model_copy(update={"maps": (journey, *project.maps[1:]), "assets": assets})


def _lay(
    project: Project, measurer: BundledFontMeasurer, cache: LayoutCache | None = None
) -> MapLayout:
    return layout(project.maps[0], project, measurer=measurer, cache=cache)


@pytest.mark.parametrize(("width", "height"), [(800, 400), (600, 600), (1000, 300)])
def test_a_card_with_a_picture_is_taller_by_the_picture(
    project: Project, measurer: BundledFontMeasurer, width: int, height: int
) -> None:
    plain = _lay(project, measurer).cards[CARD]
    asset = _asset(width, height)
    box = _lay(_with_picture(project, CARD, asset), measurer).cards[CARD]

    assert box.image_rect is not None and box.image_asset_id == asset.id
    image = box.image_rect
    assert box.rect.h == pytest.approx(plain.rect.h + image.h + DEFAULT_STYLE.card_text_gap)
    # Inside the card, across its inner width, below the title, above the body.
    pad = DEFAULT_STYLE.card_padding
    assert image.x == pytest.approx(pad) and image.w == pytest.approx(box.rect.w - 2 * pad)
    assert image.bottom <= box.rect.h - pad
    title_bottom = max(line.y_baseline for line in box.title_lines)
    assert title_bottom < image.y
    assert all(line.y_baseline > image.bottom for line in box.body_lines)
    assert image.w / image.h == pytest.approx(width / height)
    # The text keeps its look, only moved down.
    assert box.title_lines == plain.title_lines
    assert [line.text for line in box.body_lines] == [line.text for line in plain.body_lines]


def test_a_tall_picture_is_capped_and_keeps_its_ratio(
    project: Project, measurer: BundledFontMeasurer
) -> None:
    box = _lay(_with_picture(project, CARD, _asset(300, 1200)), measurer).cards[CARD]
    assert box.image_rect is not None
    image = box.image_rect
    inner = box.rect.w - 2 * DEFAULT_STYLE.card_padding
    assert image.h == pytest.approx(inner * DEFAULT_STYLE.card_picture_max_ratio)
    assert image.w / image.h == pytest.approx(300 / 1200)
    # Centred in the card.
    assert image.x + image.w / 2 == pytest.approx(box.rect.w / 2)


def test_a_very_wide_picture_gets_the_minimum_height(
    project: Project, measurer: BundledFontMeasurer
) -> None:
    box = _lay(_with_picture(project, CARD, _asset(1600, 40)), measurer).cards[CARD]
    assert box.image_rect is not None
    assert box.image_rect.h == pytest.approx(DEFAULT_STYLE.card_picture_min_height)


def test_cards_without_pictures_are_unchanged(
    project: Project, measurer: BundledFontMeasurer
) -> None:
    before = _lay(project, measurer)
    after = _lay(_with_picture(project, CARD, _asset(400, 300)), measurer)
    others = [i for i in before.cards if i != CARD]
    assert all(after.cards[i].image_rect is None for i in others)
    same_cell = set(before.cells[before.cards[CARD].cell].card_ids)
    for card_id in others:
        a, b = before.cards[card_id], after.cards[card_id]
        assert (a.rect.w, a.rect.h) == (b.rect.w, b.rect.h)
        assert (a.title_lines, a.body_lines, a.meta_lines) == (
            b.title_lines,
            b.body_lines,
            b.meta_lines,
        )
    # Cards in the same cell below the picture card move down by exactly its growth.
    growth = after.cards[CARD].rect.h - before.cards[CARD].rect.h
    for card_id in same_cell - {CARD}:
        if before.cards[card_id].rect.y > before.cards[CARD].rect.y:
            assert after.cards[card_id].rect.y == pytest.approx(
                before.cards[card_id].rect.y + growth
            )


def test_a_dangling_picture_id_reserves_nothing(
    project: Project, measurer: BundledFontMeasurer
) -> None:
    plain = _lay(project, measurer).cards[CARD]
    box = _lay(_with_picture(project, CARD, None, "missingasset00"), measurer).cards[CARD]
    assert box.image_rect is None and box.image_asset_id is None
    assert box.rect == plain.rect


def test_adding_a_picture_measures_only_that_cell_again(
    project: Project, measurer: BundledFontMeasurer
) -> None:
    cache = LayoutCache()
    before = _lay(project, measurer, cache)
    misses, wraps = cache.misses, cache.wraps
    pictured = _with_picture(project, CARD, _asset(640, 480))
    after = _lay(pictured, measurer, cache)
    assert cache.misses - misses == 1
    # Only the picture card's own text is wrapped again (title, body; no meta).
    assert cache.wraps - wraps <= 3
    assert after.changes is not None and CARD in after.changes.cards
    # Incremental and from-scratch layouts agree.
    assert after == _lay(pictured, measurer)
    assert before.cards[CARD].image_rect is None


def test_an_asset_appearing_under_a_named_id_is_laid_out(
    project: Project, measurer: BundledFontMeasurer
) -> None:
    """A card that names a missing picture gets room once the asset is there, even
    though the card object itself did not change (cells and rows are not reused)."""
    asset = _asset(400, 400)
    dangling = _with_picture(project, CARD, None, asset.id)
    cache = LayoutCache()
    first = _lay(dangling, measurer, cache)
    assert first.cards[CARD].image_rect is None
    healed = dangling.model_copy(update={"assets": {asset.id: asset}})
    second = _lay(healed, measurer, cache)
    assert second.cards[CARD].image_rect is not None
    assert second == _lay(healed, measurer)
