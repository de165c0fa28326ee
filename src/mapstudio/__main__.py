"""`python -m mapstudio` runs the same entry point as the `mapstudio` command."""

import sys

from mapstudio.cli.main import main

sys.exit(main())
