"""mapstudio.layout (see DESIGN.md)."""
