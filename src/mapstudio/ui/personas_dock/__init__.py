"""The Personas dock: the project's persona library, its editor, and bands on the map.

The list shows every persona with its avatar, name, role and whether the current map
shows it; below it an editor panel changes the selected persona. Every change is a
command (AddPersona, UpdatePersona, DeletePersona, AddBand, RemoveBand, AddAsset and
RemoveAsset, grouped into one undo step where one gesture needs several). A persona can
be dragged onto the canvas as MIME type `PERSONA_MIME` carrying its id.

One module per part: `persona_list` (the library list and what a dragged persona
carries), `editor` (the fields of one persona) and `dock` (the dock and its commands).
"""

from mapstudio.ui.canvas.palette_entries import PERSONA_MIME
from mapstudio.ui.personas_dock.dock import PersonasDock
from mapstudio.ui.personas_dock.persona_list import persona_mime_data

__all__ = ["PERSONA_MIME", "PersonasDock", "persona_mime_data"]
