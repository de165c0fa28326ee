"""mapstudio.ui (see DESIGN.md)."""
