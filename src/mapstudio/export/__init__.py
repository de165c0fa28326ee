"""mapstudio.export: print-ready PDF posters of journey maps, without a window.

Painters of a `MapLayout` that need no Qt (DESIGN.md, "Layers"): page sizes and
lengths (`pages`, `units`), the options of an export (`options`), poster geometry and
tiling (`poster`, `tiling`, `titleblock`), the bundled fonts for reportlab (`fonts`),
and the reportlab painter and writer (`painter`, `pdf`).
"""

from mapstudio.export.errors import ExportCancelled, ExportError
from mapstudio.export.options import (
    DEFAULT_OVERLAP,
    DEFAULT_SHEET_MARGIN,
    ExportOptions,
    Fit,
    build_options,
    parse_fit,
)
from mapstudio.export.pages import PAGE_SIZES, PageSize, page_names, parse_page_size
from mapstudio.export.pdf import ExportReport, ProgressCallback, export_pdf
from mapstudio.export.poster import (
    PosterPlan,
    describe_text_size,
    plan_export,
    reading_distance,
    select_maps,
)
from mapstudio.export.tiling import TilePlan, plan_tiles, sheet_label
from mapstudio.export.units import MM, format_mm, format_size, parse_length

__all__ = [
    "DEFAULT_OVERLAP",
    "DEFAULT_SHEET_MARGIN",
    "MM",
    "PAGE_SIZES",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "ExportReport",
    "Fit",
    "PageSize",
    "PosterPlan",
    "ProgressCallback",
    "TilePlan",
    "build_options",
    "describe_text_size",
    "export_pdf",
    "format_mm",
    "format_size",
    "page_names",
    "parse_fit",
    "parse_length",
    "parse_page_size",
    "plan_export",
    "plan_tiles",
    "reading_distance",
    "select_maps",
    "sheet_label",
]
