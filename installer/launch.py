"""Entry point of the frozen program: the same as ``python -m deputydesk``."""

import sys

from deputydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
