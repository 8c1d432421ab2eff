import sys

from deputydesk.cli import main

sys.exit(main())
