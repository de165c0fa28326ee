"""The bundled example lays out soundly: every map, the same checks as the sample map."""

from __future__ import annotations

import test_layout as checks

from mapstudio.fileformat import load_project
from mapstudio.layout import BundledFontMeasurer, layout
from mapstudio.model import Project


def _each_map_first(project: Project) -> list[Project]:
    """The project once per map, that map first (the checks look at maps[0])."""
    maps = project.maps
    return [
        project.model_copy(update={"maps": (m, *(o for o in maps if o is not m))}) for m in maps
    ]


def test_example_layout_is_deterministic_and_sound(example_path) -> None:  # type: ignore[no-untyped-def]
    measurer = BundledFontMeasurer()
    project = load_project(example_path).project
    for variant in _each_map_first(project):
        laid_out = layout(variant.maps[0], variant, measurer=measurer)
        assert laid_out == layout(variant.maps[0], variant, measurer=BundledFontMeasurer())
        checks.test_cells_do_not_overlap(laid_out)
        checks.test_cells_tile_their_rows_and_rows_tile_the_map(laid_out)
        checks.test_every_card_lies_inside_its_cell_in_order(variant, laid_out)
        checks.test_every_text_line_fits_its_box(laid_out, measurer)
        assert len(laid_out.cards) == len(variant.maps[0].cards)
        assert set(laid_out.curves) == set(variant.maps[0].bands)
