"""Schema migrations, discovered from the modules of this package in name order.

Each module ``mNNNN_name.py`` defines ``migrate(db)``. A migration runs inside one transaction together
with its bookkeeping row in ``_sqlite_migrations`` (sqlite-utils ``Migrations``). The schema version
recorded in ``PRAGMA user_version`` is the number of migrations this program knows; a workspace whose
version is higher, or that lists a migration this program does not know, was written by a newer
DeputyDesk and is refused untouched.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from sqlite_utils.migrations import Migrations

MIGRATION_SET = "deputydesk"


@cache
def module_names() -> tuple[str, ...]:
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m") and m.name[1:5].isdigit()]
    return tuple(sorted(names))


@cache
def migrations() -> Migrations:
    mig = Migrations(MIGRATION_SET)
    for name in module_names():
        module = importlib.import_module(f"{__name__}.{name}")
        mig(name=name)(module.migrate)
    return mig


def schema_version() -> int:
    return len(module_names())
