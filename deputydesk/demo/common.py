"""Helpers shared by demo steps: deterministic ids so that every step is idempotent."""

from __future__ import annotations

import uuid
from typing import Any

from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

DEMO_NAMESPACE = uuid.UUID("6f1f8d2e-3c0b-4f7e-9a55-0d3e1d0c0a11")


def demo_id(*parts: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(parts)))


def ensure(ws: Workspace, table: str, data: dict[str, Any], *, entity: str | None = None) -> bool:
    """Insert the record unless a record with its id exists. Returns True when inserted."""
    if records.find(ws, table, data["id"]) is not None:
        return False
    records.insert(ws, table, data, log=True, entity=entity)
    return True
