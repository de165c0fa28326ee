"""Command-line entry point (placeholder until the CLI lands)."""

from mapstudio import __version__


def main(argv: list[str] | None = None) -> int:
    print(f"mapstudio {__version__}")
    return 0
