"""mapstudio.photo: photos of a workshop wall back into the map.

`analyse_photos(project, map_id, photos, progress=..., cancelled=...)` finds the
poster's markers and code, straightens each photo onto the poster, finds the sticky
notes, gives each its cell and cuts it out: a `PhotoImport` a review can show and
change (`move_note`, `drop_note`, `add_box`, `retitle_note`). `decisions_from` and
`import_command` turn the reviewed notes into one undoable command. No Qt here: the
UI runs the analysis on a worker thread.
"""

from mapstudio.photo.analyse import analyse_photos, paragraphs, read_photo
from mapstudio.photo.cards import (
    COMMAND_LABEL,
    UNCERTAIN_TAG,
    NoteDecision,
    decisions_from,
    import_command,
)
from mapstudio.photo.result import (
    UNCERTAIN_BELOW,
    DetectedNote,
    PhotoCancelled,
    PhotoError,
    PhotoImport,
    PhotoInput,
    PhotoView,
)
from mapstudio.photo.review import add_box, drop_note, move_note, retitle_note

__all__ = [
    "COMMAND_LABEL",
    "UNCERTAIN_BELOW",
    "UNCERTAIN_TAG",
    "DetectedNote",
    "NoteDecision",
    "PhotoCancelled",
    "PhotoError",
    "PhotoImport",
    "PhotoInput",
    "PhotoView",
    "add_box",
    "analyse_photos",
    "decisions_from",
    "drop_note",
    "import_command",
    "move_note",
    "paragraphs",
    "read_photo",
    "retitle_note",
]
