"""Append-only event log, hash-chained per device.

Each laptop (device) appends events with a contiguous ``device_seq``; every event stores the SHA-256 of
its own canonical content and the hash of the same device's previous event. Editing, deleting or
reordering a row outside the application breaks the chain, which :meth:`EventLog.verify` reports.
Chains of other laptops arrive through exchange packages and are verified the same way.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from deputydesk.core.ids import new_id, now_iso

if TYPE_CHECKING:
    from deputydesk.storage.workspace import Workspace

GENESIS = "0" * 64


def canonical(event: dict[str, Any]) -> bytes:
    fields = {k: event.get(k) for k in (
        "id", "device_id", "device_seq", "at", "actor", "entity", "entity_id", "action", "data", "prev_hash"
    )}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_hash(event: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(event)).hexdigest()


class EventLog:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def append(
        self,
        entity: str,
        entity_id: str | None,
        action: str,
        data: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> dict[str, Any]:
        """Append one event in the current transaction (or its own). Returns the stored row."""
        db = self.ws.db
        device = self.ws.device_id
        with db.atomic():
            last = db.execute(
                "SELECT device_seq, hash FROM events WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1",
                [device],
            ).fetchone()
            seq = (last[0] + 1) if last else 1
            prev = last[1] if last else GENESIS
            row: dict[str, Any] = {
                "id": new_id(),
                "device_id": device,
                "device_seq": seq,
                "at": now_iso(),
                "actor": actor or self.ws.actor,
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "data": json.dumps(data or {}, sort_keys=True, ensure_ascii=False, default=str),
                "prev_hash": prev,
            }
            row["hash"] = event_hash(row)
            db.table("events").insert(row)
            db.execute(
                "INSERT INTO local_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [f"event_head:{device}", f"{seq}:{row['hash']}"],
            )
        return row

    def for_entity(self, entity: str, entity_id: str) -> list[dict[str, Any]]:
        rows = self.ws.db.execute(
            "SELECT * FROM events WHERE entity = ? AND entity_id = ? ORDER BY at, device_seq",
            [entity, entity_id],
        )
        cols = [c[0] for c in rows.description]
        out = []
        for r in rows.fetchall():
            d = dict(zip(cols, r, strict=True))
            d["data"] = json.loads(d["data"] or "{}")
            out.append(d)
        return out

    def verify(self) -> list[dict[str, Any]]:
        """Check every device chain; return a list of problems (empty when the log is intact)."""
        problems: list[dict[str, Any]] = []
        db = self.ws.db
        cur = db.execute("SELECT * FROM events ORDER BY device_id, device_seq")
        cols = [c[0] for c in cur.description]
        device = None
        expected_seq = 1
        prev_hash = GENESIS
        heads: dict[str, tuple[int, str]] = {}
        for raw in cur:
            ev = dict(zip(cols, raw, strict=True))
            if ev["device_id"] != device:
                device = ev["device_id"]
                expected_seq = 1
                prev_hash = GENESIS
            where = f"event {ev['device_seq']} of device {str(device)[:8]}"
            if ev["device_seq"] != expected_seq:
                problems.append(_problem("event_gap", f"{where}: expected number {expected_seq} — "
                                         "events are missing or were reordered"))
            if ev["prev_hash"] != prev_hash:
                problems.append(_problem("event_chain_broken", f"{where}: does not follow the previous "
                                         "event (chain broken)"))
            if event_hash(ev) != ev["hash"]:
                problems.append(_problem("event_modified", f"{where} ({ev['entity']} {ev['action']}): "
                                         "its content does not match its hash — it was changed outside "
                                         "DeputyDesk"))
            heads[str(device)] = (ev["device_seq"], ev["hash"])
            expected_seq = ev["device_seq"] + 1
            prev_hash = ev["hash"]
        own = db.execute(
            "SELECT value FROM local_meta WHERE key = ?", [f"event_head:{self.ws.device_id}"]
        ).fetchone()
        if own:
            seq_s, _, head_hash = own[0].partition(":")
            actual = heads.get(self.ws.device_id)
            if actual is None or actual[0] < int(seq_s):
                problems.append(_problem("event_truncated", f"the event log ends before event {seq_s} of this "
                                         "laptop — events were deleted"))
            elif actual[0] == int(seq_s) and actual[1] != head_hash:
                problems.append(_problem("event_modified", "the last event of this laptop was changed"))
        for _seq, at, op, event_id in db.execute(
            "SELECT seq, at, op, event_id FROM local_event_tamper ORDER BY seq"
        ):
            problems.append(_problem("event_tampered", f"an event ({event_id}) was {op}d directly in the "
                                     f"database at {at}; the event log is append-only"))
        return problems


def _problem(code: str, message: str) -> dict[str, Any]:
    return {"area": "events", "code": code, "message": message}
