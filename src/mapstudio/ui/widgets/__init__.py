"""Small editing widgets shared by the inspector and the personas dock.

One module per kind of widget: `fields` (text, number and tag fields, and the contract
they all follow), `labels` (captions and read-only lines), `colors` (palettes and the
colour button) and `levels` (the 1..5 picker). Nothing here knows about commands or the
model; the docks turn each finished edit into a command.
"""

from mapstudio.ui.widgets.colors import CARD_PALETTE, PERSONA_PALETTE, ColorButton
from mapstudio.ui.widgets.fields import (
    CommitLineEdit,
    CommitTextEdit,
    NumberEdit,
    TagEdit,
    format_lines,
    format_number,
    format_tags,
    mixed_text,
    parse_lines,
    parse_number,
    parse_tags,
    signals_blocked,
)
from mapstudio.ui.widgets.labels import MutedLabel, SectionHeader, let_shrink
from mapstudio.ui.widgets.levels import LEVEL_NAMES, LevelPicker

__all__ = [
    "CARD_PALETTE",
    "LEVEL_NAMES",
    "PERSONA_PALETTE",
    "ColorButton",
    "CommitLineEdit",
    "CommitTextEdit",
    "LevelPicker",
    "MutedLabel",
    "NumberEdit",
    "SectionHeader",
    "TagEdit",
    "format_lines",
    "format_number",
    "format_tags",
    "let_shrink",
    "mixed_text",
    "parse_lines",
    "parse_number",
    "parse_tags",
    "signals_blocked",
]
