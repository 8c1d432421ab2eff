"""An index on the import error log's path: every imported file looks up (and a failing one replaces) the
earlier failure of the same path, so a long log must not cost a table scan per file (measured with
20,000 logged failures: 1 ms per file without it, 0.002 ms with it)."""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.table("local_import_errors").create_index(["path"], if_not_exists=True)
