"""Council settings: the body's requisites, its members and the addressee organisations."""

from __future__ import annotations

from typing import Any

from deputydesk.core.council import Body, Council, Member, Organisation
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace


def load_council(ws: Workspace) -> Council:
    bodies = [Body.from_row(r) for r in records.rows(ws, "SELECT * FROM bodies ORDER BY is_default DESC, kind, name_ru")]
    members = [Member.from_row(r) for r in records.rows(
        ws, "SELECT * FROM members ORDER BY body_id, sort_order, full_name")]
    orgs = [Organisation.from_row(r) for r in records.rows(
        ws, "SELECT * FROM organisations ORDER BY (parent_id IS NOT NULL), sort_order, name_ru")]
    return Council(bodies=bodies, members=members, organisations=orgs)


def save_body(ws: Workspace, body: Body) -> dict[str, Any]:
    body.validate()
    with ws.atomic():
        if body.is_default:
            for (other_id,) in ws.db.execute(
                "SELECT id FROM bodies WHERE is_default = 1 AND id IS NOT ?", [body.id]
            ).fetchall():
                records.update(ws, "bodies", other_id, {"is_default": 0}, log=True, entity="body")
        if body.id is None:
            body.id = records.insert(ws, "bodies", body.to_row(), log=True, entity="body")
            return {"created": body.id}
        diff = records.update(ws, "bodies", body.id, body.to_row(), log=True, entity="body")
        return {"updated": body.id, "fields": sorted(diff)}


def save_member(ws: Workspace, member: Member) -> dict[str, Any]:
    member.validate()
    if member.id is None:
        member.id = records.insert(ws, "members", member.to_row(), log=True, entity="member")
        return {"created": member.id}
    diff = records.update(ws, "members", member.id, member.to_row(), log=True, entity="member")
    return {"updated": member.id, "fields": sorted(diff)}


def delete_member(ws: Workspace, member_id: str) -> dict[str, Any]:
    records.delete(ws, "members", member_id, log=True, entity="member")
    return {"deleted": member_id}


def save_organisation(ws: Workspace, org: Organisation) -> dict[str, Any]:
    org.validate()
    if org.id is None:
        org.id = records.insert(ws, "organisations", org.to_row(), log=True, entity="organisation")
        return {"created": org.id}
    diff = records.update(ws, "organisations", org.id, org.to_row(), log=True, entity="organisation")
    return {"updated": org.id, "fields": sorted(diff)}


def delete_organisation(ws: Workspace, org_id: str) -> dict[str, Any]:
    with ws.atomic():
        ws.db.execute("UPDATE organisations SET parent_id = NULL WHERE parent_id = ?", [org_id])
        records.delete(ws, "organisations", org_id, log=True, entity="organisation")
    return {"deleted": org_id}


def default_body(ws: Workspace) -> Body | None:
    return load_council(ws).default_body()
