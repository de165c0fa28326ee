"""mapstudio.layout: pure geometry of a journey map, in points (y down).

`layout(map, project)` returns a `MapLayout` holding every rect, wrapped text line,
colour, icon rect and curve path that the Qt canvas and the PDF painter draw, plus
hit-testing. Text is measured with the bundled Noto Sans metrics read from its TTF
tables, so both painters break lines identically. Imports only the model, the bundled
resources and the standard library (see DESIGN.md, "Layers").
"""

from mapstudio.layout.boxes import (
    BandBox,
    CardBox,
    CellBox,
    ColumnBox,
    CurveSegment,
    EmotionCurveBox,
    EmotionGuide,
    EmotionMarker,
    FaceKind,
    Hit,
    HitKind,
    LaneLabelBox,
    MapLayout,
    RowBox,
    RowKind,
    StageHeaderBox,
    TextLine,
)
from mapstudio.layout.cache import LayoutCache
from mapstudio.layout.cards import format_number
from mapstudio.layout.curve import face_for, smooth_path
from mapstudio.layout.editing import CardField, Segment, card_field_at, card_text_field
from mapstudio.layout.engine import layout
from mapstudio.layout.fonts import (
    FONT_STYLES,
    BundledFontMeasurer,
    FontMetrics,
    FontSpec,
    FontStyle,
    TextMeasurer,
    default_measurer,
    font_metrics,
    missing_characters,
)
from mapstudio.layout.geometry import Point, Rect
from mapstudio.layout.style import DEFAULT_STYLE, MM, STICKY_NOTE, MapStyle, template_style
from mapstudio.layout.text import ELLIPSIS, wrap_text

__all__ = [
    "DEFAULT_STYLE",
    "ELLIPSIS",
    "FONT_STYLES",
    "MM",
    "STICKY_NOTE",
    "BandBox",
    "BundledFontMeasurer",
    "CardBox",
    "CardField",
    "CellBox",
    "ColumnBox",
    "CurveSegment",
    "EmotionCurveBox",
    "EmotionGuide",
    "EmotionMarker",
    "FaceKind",
    "FontMetrics",
    "FontSpec",
    "FontStyle",
    "Hit",
    "HitKind",
    "LaneLabelBox",
    "LayoutCache",
    "MapLayout",
    "MapStyle",
    "Point",
    "Rect",
    "RowBox",
    "RowKind",
    "Segment",
    "StageHeaderBox",
    "TextLine",
    "TextMeasurer",
    "card_field_at",
    "card_text_field",
    "default_measurer",
    "face_for",
    "font_metrics",
    "format_number",
    "layout",
    "missing_characters",
    "smooth_path",
    "template_style",
    "wrap_text",
]
