"""mapstudio.edit (see DESIGN.md)."""
