"""mapstudio.fileformat (see DESIGN.md)."""
