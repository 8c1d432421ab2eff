"""Entry point of the frozen program: the same as ``python -m deputydesk``."""

import multiprocessing
import sys

from deputydesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen program must do this before any child process starts
    sys.exit(main())
