"""The demo workspace: a believable district maslikhat and public council (idempotent).

Each area contributes a step module in ``deputydesk.demo`` (``dNN_area.py`` with ``seed(ws, progress)``),
run in name order, so the demo grows with the product.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from typing import Any

from deputydesk.core.progress import Progress
from deputydesk.storage.workspace import Workspace


def steps() -> list[tuple[str, Any]]:
    import deputydesk.demo as pkg

    out = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        if callable(getattr(module, "seed", None)):
            out.append((info.name, module.seed))
    return out


def fill_demo(ws: Workspace, progress: Progress | None = None) -> dict[str, Any]:
    progress = progress or Progress()
    done = []
    all_steps = steps()
    for i, (name, seed) in enumerate(all_steps):
        progress.update(i, len(all_steps), name)
        progress.check()
        seed(ws, progress)
        done.append(name)
    progress.update(len(all_steps), len(all_steps), "done")
    ws.set_meta("demo_steps", json.dumps(sorted(done)))
    counts = {t: ws.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]  # noqa: S608 - fixed names
              for t in ("bodies", "members", "organisations")}
    return {"steps": done, "counts": counts}


def is_demo_filled(ws: Workspace) -> bool:
    """True when every demo step this program knows has run in this workspace."""
    recorded = set(json.loads(ws.meta("demo_steps") or "[]"))
    return {name for name, _ in steps()} <= recorded
