"""Child process for the crash-safety test: commit a marker record, say so, then run one operation.

Usage: python crash_child.py OP WORKSPACE ARG
  OP = import (ARG = package) | export (ARG = output file) | backup (ARG = output file) | migrate
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["DEPUTYDESK_NO_AUTO_BACKUP"] = "1"


def main() -> None:
    op, root = sys.argv[1], Path(sys.argv[2])
    arg = sys.argv[3] if len(sys.argv) > 3 else ""
    from deputydesk.storage import records
    from deputydesk.storage.workspace import Workspace

    print("ready", flush=True)
    ws = Workspace.open(root)  # "migrate": opening applies the pending migration
    if op == "migrate":
        print("done", flush=True)
        return
    marker = records.insert(ws, "organisations", {"kind": "other", "name_ru": "marker"}, log=True)
    print(f"committed {marker}", flush=True)
    if op == "import":
        from deputydesk.exchange.package import import_package

        import_package(ws, Path(arg))
    elif op == "export":
        from deputydesk.exchange.package import export_package

        export_package(ws, Path(arg), since_last=True)
    elif op == "backup":
        from deputydesk.exchange.backup import create_backup

        create_backup(ws, Path(arg))
    print("done", flush=True)


if __name__ == "__main__":
    main()
