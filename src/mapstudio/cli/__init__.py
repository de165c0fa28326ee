"""mapstudio.cli (see DESIGN.md)."""
