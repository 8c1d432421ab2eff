"""Insert, update and delete records with ids, timestamps, authorship and (optionally) an event.

Every synced table has ``id`` (UUID), ``created_at``, ``updated_at`` and ``updated_by``. These helpers
stamp them consistently so exchange between laptops can merge record by record (newer ``updated_at``
wins). With ``log=True`` the change is appended to the hash-chained event log in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from deputydesk.core.ids import new_id, now_iso

if TYPE_CHECKING:
    from deputydesk.storage.workspace import Workspace


class NotFound(LookupError):
    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(f"{table} record {record_id} was not found")
        self.table = table
        self.record_id = record_id


def _columns(ws: Workspace, table: str) -> set[str]:
    return set(ws.db.table(table).columns_dict)


def insert(ws: Workspace, table: str, data: dict[str, Any], *, log: bool = False,
           entity: str | None = None) -> str:
    cols = _columns(ws, table)
    unknown = set(data) - cols
    if unknown:
        raise ValueError(f"unknown fields for {table}: {', '.join(sorted(unknown))}")
    row = dict(data)
    row.setdefault("id", new_id())
    now = now_iso()
    row.setdefault("created_at", now)
    row["updated_at"] = now
    row["updated_by"] = ws.actor
    with ws.db.atomic():
        ws.db.table(table).insert(row)
        if log:
            ws.events.append(entity or table, row["id"], "created", _loggable(row))
    return str(row["id"])


def update(ws: Workspace, table: str, record_id: str, changes: dict[str, Any], *, log: bool = False,
           entity: str | None = None) -> dict[str, Any]:
    """Apply changes; return ``{field: [old, new]}`` for the fields that really changed."""
    cols = _columns(ws, table)
    unknown = set(changes) - cols
    if unknown:
        raise ValueError(f"unknown fields for {table}: {', '.join(sorted(unknown))}")
    with ws.db.atomic():
        old = get(ws, table, record_id)
        diff = {k: [old.get(k), v] for k, v in changes.items()
                if k not in ("id", "created_at", "updated_at", "updated_by") and old.get(k) != v}
        if not diff:
            return {}
        row = {k: v[1] for k, v in diff.items()}
        row["updated_at"] = now_iso()
        row["updated_by"] = ws.actor
        ws.db.table(table).update(record_id, row)
        if log:
            ws.events.append(entity or table, record_id, "updated", {k: v for k, v in diff.items()})
    return diff


def delete(ws: Workspace, table: str, record_id: str, *, log: bool = False, entity: str | None = None) -> None:
    with ws.db.atomic():
        old = get(ws, table, record_id)
        ws.db.table(table).delete(record_id)
        if log:
            ws.events.append(entity or table, record_id, "deleted", _loggable(old))


def get(ws: Workspace, table: str, record_id: str) -> dict[str, Any]:
    row = ws.db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])  # noqa: S608 - table is ours
    cols = [c[0] for c in row.description]
    found = row.fetchone()
    if found is None:
        raise NotFound(table, record_id)
    return dict(zip(cols, found, strict=True))


def find(ws: Workspace, table: str, record_id: str) -> dict[str, Any] | None:
    try:
        return get(ws, table, record_id)
    except NotFound:
        return None


def rows(ws: Workspace, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cur = ws.db.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _loggable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("created_at", "updated_at", "updated_by")}
