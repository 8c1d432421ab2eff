"""Entry point of the frozen program: the same as ``python -m deputydesk``.

With ``DEPUTYDESK_FROZEN_SELFTEST=1`` in the environment it instead imports every module of the program and
reports the ones that fail (a module or data file the build missed); installer/frozen_smoke.py runs it.
"""

import multiprocessing
import os
import sys


def self_test() -> int:
    import importlib
    import pkgutil
    import traceback

    import deputydesk

    names = [info.name for info in pkgutil.walk_packages(deputydesk.__path__, "deputydesk.")
             if not info.name.endswith(".__main__")]  # that one runs the program
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            failed.append(name)
            sys.stderr.write(f"self-test: cannot import {name}:\n{traceback.format_exc()}\n")
    print(f"self-test: imported {len(names) - len(failed)} of {len(names)} modules")
    return 1 if failed or not names else 0


if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen program must do this before any child process starts
    if os.environ.get("DEPUTYDESK_FROZEN_SELFTEST") == "1":
        sys.exit(self_test())
    from deputydesk.cli import main

    sys.exit(main())
