"""The single source of mapstudio's version number (read by pyproject and the app)."""

__version__ = "0.1.0"
