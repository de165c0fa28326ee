"""Entry script of the frozen app: the same `main()` as the `mapstudio` command."""

from mapstudio.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
