"""Workspace integrity check: database, file store, event-log chain and every area's own checks.

Areas add checks by defining ``integrity_problems(ws) -> list[dict]`` in a module of
``deputydesk.services``; they are found automatically. A problem is ``{"area", "code", "message"}``
with an optional ``"severity": "warning"`` (warnings do not make the workspace "not ok").
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from typing import Any

from deputydesk.core.progress import Progress
from deputydesk.storage.workspace import Workspace


def _area_checks() -> list[Any]:
    import deputydesk.services as pkg

    found = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name == "check":
            continue
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        fn = getattr(module, "integrity_problems", None)
        if callable(fn):
            found.append(fn)
    return found


def run_check(ws: Workspace, progress: Progress | None = None, *, deep: bool = True,
              repair: bool = False) -> dict[str, Any]:
    progress = progress or Progress()
    problems: list[dict[str, Any]] = []
    stats: dict[str, Any] = {}
    steps = ["database", "files", "events", "areas"]

    progress.update(0, len(steps), "database")
    try:
        result = [r[0] for r in ws.db.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            for line in result[:20]:
                problems.append({"area": "database", "code": "integrity", "message": line})
        fk = ws.db.execute("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, _ in fk[:20]:
            problems.append({"area": "database", "code": "foreign_key",
                             "message": f"a row of {table} (rowid {rowid}) points to a missing {parent}"})
    except sqlite3.DatabaseError as exc:
        problems.append({"area": "database", "code": "integrity", "message": str(exc)})
    stats["schema_version"] = ws.schema_version
    progress.check()

    progress.update(1, text="files")
    if repair:
        stats["files_removed"] = ws.files.cleanup(min_age_seconds=0)
    problems.extend(ws.files.verify(deep=deep))
    stats["files"] = ws.db.execute("SELECT count(*) FROM files").fetchone()[0]
    progress.check()

    progress.update(2, text="events")
    problems.extend(ws.events.verify())
    stats["events"] = ws.db.execute("SELECT count(*) FROM events").fetchone()[0]
    progress.check()

    progress.update(3, text="areas")
    for fn in _area_checks():
        problems.extend(fn(ws))
    progress.update(4, text="done")

    errors = [p for p in problems if p.get("severity") != "warning"]
    return {"ok": not errors, "problems": problems, "stats": stats}
