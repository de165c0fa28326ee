"""mapstudio: an offline desktop designer for customer journey maps."""

from mapstudio._version import __version__

__all__ = ["__version__"]
