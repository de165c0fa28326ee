"""The Inspector dock: every property of the canvas selection, edited through commands.

One page per kind of selection (cards, emotion points, a stage, a lane, persona bands,
nothing = the map itself). A page never writes to the model: each finished edit becomes
one command run by `Document.execute`, so it is one undo step. After every document
change (an edit here, on the canvas, undo, redo) the page reloads its fields from the new
project, except a text field the user is typing in, which keeps the typed text.

One module per page (`map_page`, `card_page`, `point_page`, `stage_page`, `lane_page`,
`band_page`, `mixed_page`), what the pages share (`common`) and the dock that shows
them (`dock`).
"""

from mapstudio.ui.inspector.common import InspectorPage, Target, TargetKind
from mapstudio.ui.inspector.dock import InspectorDock

__all__ = ["InspectorDock", "InspectorPage", "Target", "TargetKind"]
