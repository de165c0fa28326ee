"""mapstudio.export (see DESIGN.md)."""
