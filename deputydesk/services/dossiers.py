"""Dossiers: ordered documents compiled into one printable PDF, with a history of issued versions.

Items refer to a library document (``document_id``, when the library area's ``documents`` table is
present) or directly to a file of the file store (``file_id``). Each compile can be *issued*: the PDF is
kept in the file store and its manifest (content hashes of the members) is what the next compile compares
against to mark documents added or replaced since.

Other areas may contribute the annex by defining ``dossier_annex(ws, dossier) -> AnnexTable | None`` in a
module of ``deputydesk.services`` (the follow-up area lists its open items there).
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import os
import pkgutil
from pathlib import Path
from typing import Any

from deputydesk.core.ids import now_iso
from deputydesk.core.progress import NULL_PROGRESS, Progress
from deputydesk.render.dossier import AnnexTable, CompiledDossier, DossierMember, DossierSpec, compile_dossier
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

SHA_CHARS = set("0123456789abcdef")


class DossierError(Exception):
    """A plain reason why a dossier cannot be built (unknown document, empty dossier…)."""


def _is_sha(value: str) -> bool:
    return len(value) == 64 and set(value) <= SHA_CHARS


def _has_table(ws: Workspace, name: str) -> bool:
    return ws.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name = ?", [name]).fetchone() \
        is not None


# --------------------------------------------------------------------------- dossiers and items
def create_dossier(ws: Workspace, title: str, *, purpose: str = "", date: str | None = None,
                   body_id: str | None = None, draft: bool = True, lang: str = "kk-ru",
                   annex_followup: bool = False) -> str:
    if not title.strip():
        raise DossierError("A dossier needs a title.")
    return records.insert(ws, "dossiers", {
        "title": title.strip(), "purpose": purpose, "date": date or _dt.date.today().isoformat(),
        "body_id": body_id, "draft": int(draft), "lang": lang, "annex_followup": int(annex_followup)},
        log=True, entity="dossier")


def update_dossier(ws: Workspace, dossier_id: str, **changes: Any) -> dict[str, Any]:
    allowed = {"title", "purpose", "date", "body_id", "draft", "lang", "annex_followup"}
    unknown = set(changes) - allowed
    if unknown:
        raise DossierError(f"unknown dossier fields: {', '.join(sorted(unknown))}")
    for key in ("draft", "annex_followup"):
        if key in changes:
            changes[key] = int(bool(changes[key]))
    return records.update(ws, "dossiers", dossier_id, changes, log=True, entity="dossier")


def delete_dossier(ws: Workspace, dossier_id: str) -> None:
    with ws.db.atomic():
        for table in ("dossier_items", "dossier_issues"):
            for (rid,) in ws.db.execute(f"SELECT id FROM {table} WHERE dossier_id = ?",  # noqa: S608
                                        [dossier_id]).fetchall():
                records.delete(ws, table, rid)
        records.delete(ws, "dossiers", dossier_id, log=True, entity="dossier")


def list_dossiers(ws: Workspace) -> list[dict[str, Any]]:
    return records.rows(ws, """
        SELECT d.*, (SELECT count(*) FROM dossier_items i WHERE i.dossier_id = d.id) AS items,
               (SELECT max(issued_at) FROM dossier_issues s WHERE s.dossier_id = d.id) AS last_issued
        FROM dossiers d ORDER BY d.date DESC, d.title""")


def get_dossier(ws: Workspace, dossier_id: str) -> dict[str, Any]:
    dossier = records.get(ws, "dossiers", dossier_id)
    dossier["items"] = items(ws, dossier_id)
    dossier["issues"] = records.rows(ws, "SELECT id, issued_at, pages, file_id, draft FROM dossier_issues "
                                         "WHERE dossier_id = ? ORDER BY issued_at DESC", [dossier_id])
    return dossier


def items(ws: Workspace, dossier_id: str) -> list[dict[str, Any]]:
    return records.rows(ws, "SELECT * FROM dossier_items WHERE dossier_id = ? ORDER BY position, created_at",
                        [dossier_id])


def find_by_title(ws: Workspace, title: str) -> str | None:
    row = ws.db.execute("SELECT id FROM dossiers WHERE title = ? ORDER BY created_at LIMIT 1", [title]).fetchone()
    return row[0] if row else None


def resolve_source(ws: Workspace, ref: str) -> dict[str, Any]:
    """A document id (library) or a file id (sha256 of a stored file) → item fields."""
    ref = ref.strip()
    if _has_table(ws, "documents"):
        cols = set(ws.db.table("documents").columns_dict)
        row = records.find(ws, "documents", ref)
        if row is not None:
            title = row.get("title") or row.get("original_name") or ref
            subtitle = " ".join(str(row[k]) for k in ("number", "date") if k in cols and row.get(k))
            return {"document_id": ref, "file_id": row.get("file_id"), "title": title, "subtitle": subtitle}
    if _is_sha(ref):
        row = records.find(ws, "files", ref)
        if row is not None:
            return {"document_id": None, "file_id": ref, "title": row.get("original_name") or ref[:12],
                    "subtitle": ""}
    raise DossierError(f"{ref}: no document or stored file with this id")


def add_item(ws: Workspace, dossier_id: str, ref: str, *, title: str | None = None,
             subtitle: str | None = None) -> str:
    source = resolve_source(ws, ref)
    with ws.db.atomic():
        pos = ws.db.execute("SELECT coalesce(max(position), 0) + 1 FROM dossier_items WHERE dossier_id = ?",
                            [dossier_id]).fetchone()[0]
        return records.insert(ws, "dossier_items", {
            "dossier_id": dossier_id, "position": pos, "document_id": source["document_id"],
            "file_id": source["file_id"], "title": title or source["title"],
            "subtitle": subtitle if subtitle is not None else source["subtitle"]})


def remove_item(ws: Workspace, item_id: str) -> None:
    records.delete(ws, "dossier_items", item_id)


def reorder(ws: Workspace, dossier_id: str, item_ids: list[str]) -> None:
    current = [i["id"] for i in items(ws, dossier_id)]
    if sorted(current) != sorted(item_ids):
        raise DossierError("the new order must list every item of the dossier exactly once")
    with ws.db.atomic():
        for pos, item_id in enumerate(item_ids, 1):
            records.update(ws, "dossier_items", item_id, {"position": pos})


def set_items(ws: Workspace, dossier_id: str, refs: list[str]) -> None:
    """Make the dossier hold exactly ``refs`` in this order (keeps items already there)."""
    with ws.db.atomic():
        existing = {(i["document_id"] or i["file_id"]): i for i in items(ws, dossier_id)}
        keep: list[str] = []
        for ref in refs:
            source = resolve_source(ws, ref)
            key = source["document_id"] or source["file_id"]
            if key in existing:
                keep.append(existing.pop(key)["id"])
            else:
                keep.append(add_item(ws, dossier_id, ref))
        for item in existing.values():
            remove_item(ws, item["id"])
        reorder(ws, dossier_id, keep)


# --------------------------------------------------------------------------- compiling
def _member(ws: Workspace, item: dict[str, Any]) -> DossierMember:
    file_id = item.get("file_id")
    if item.get("document_id") and _has_table(ws, "documents"):
        doc = records.find(ws, "documents", item["document_id"])
        if doc is not None and doc.get("file_id"):
            file_id = doc["file_id"]
    key = item.get("document_id") or file_id or item["id"]
    if not file_id:
        return DossierMember(item.get("title") or "?", key=key, subtitle=item.get("subtitle") or "",
                             path=Path("/nonexistent/" + str(key)))
    meta = records.find(ws, "files", file_id) or {}
    name = str(meta.get("original_name") or "")
    kind = ""
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf" or meta.get("mime") == "application/pdf":
        kind = "pdf"
    elif suffix in (".docx", ".odt", ".doc", ".rtf"):
        kind = "docx"
    elif suffix in (".xlsx", ".xlsm"):
        kind = "xlsx"
    elif suffix in (".txt", ".md", ".csv"):
        kind = "text"
    return DossierMember(item.get("title") or name or file_id[:12], path=ws.files.path(file_id), key=key,
                         subtitle=item.get("subtitle") or "", sha256=file_id, kind=kind)


def _annex(ws: Workspace, dossier: dict[str, Any]) -> AnnexTable | None:
    import deputydesk.services as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name == "dossiers":
            continue
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        provider = getattr(module, "dossier_annex", None)
        if callable(provider):
            table = provider(ws, dossier)
            if table is not None:
                return table
    return None


def last_issue(ws: Workspace, dossier_id: str) -> dict[str, Any] | None:
    rows = records.rows(ws, "SELECT * FROM dossier_issues WHERE dossier_id = ? ORDER BY issued_at DESC LIMIT 1",
                        [dossier_id])
    return rows[0] if rows else None


def body_name(ws: Workspace, body_id: str | None, lang: str) -> str:
    row = None
    if body_id:
        row = records.find(ws, "bodies", body_id)
    if row is None:
        found = records.rows(ws, "SELECT * FROM bodies ORDER BY is_default DESC, created_at LIMIT 1")
        row = found[0] if found else None
    if row is None:
        return ""
    kk, ru = row.get("name_kk") or "", row.get("name_ru") or ""
    if lang == "kk":
        return kk or ru
    if lang in ("ru", "en"):
        return ru or kk
    return " / ".join(x for x in (kk, ru) if x)


def compile_to_pdf(ws: Workspace, dossier_id: str, out: str | os.PathLike[str], *, issue: bool = False,
            progress: Progress | None = None, soffice: str | None | bool = True) -> dict[str, Any]:
    """Compile the dossier into ``out``; with ``issue`` keep the PDF and its manifest as the issued version."""
    progress = progress or NULL_PROGRESS
    dossier = records.get(ws, "dossiers", dossier_id)
    its = items(ws, dossier_id)
    if not its:
        raise DossierError("The dossier has no documents yet.")
    previous = last_issue(ws, dossier_id)
    lang = dossier.get("lang") or "kk-ru"
    spec = DossierSpec(
        title=dossier["title"], members=[_member(ws, i) for i in its], body=body_name(ws, dossier.get("body_id"), lang),
        date=_dt.date.fromisoformat(dossier["date"]) if dossier.get("date") else _dt.date.today(),
        purpose=dossier.get("purpose") or "", draft=bool(dossier.get("draft")),
        annex=_annex(ws, dossier) if dossier.get("annex_followup") else None,
        previous_manifest=json.loads(previous["manifest"]) if previous else None, lang=lang)

    def report(done: int, total: int, text: str) -> None:
        progress.update(done, total, text)
        progress.check()

    result: CompiledDossier = compile_dossier(spec, out, progress=report, soffice=soffice)
    issue_id = None
    if issue:
        with ws.db.atomic():
            file_id = ws.files.put_path(result.path, original_name=Path(out).name, mime="application/pdf")
            issue_id = records.insert(ws, "dossier_issues", {
                "dossier_id": dossier_id, "issued_at": now_iso(), "pages": result.pages,
                "file_id": file_id, "manifest": json.dumps(result.manifest, ensure_ascii=False),
                "draft": int(spec.draft)}, log=True, entity="dossier_issue")
    return {
        "path": str(result.path), "pages": result.pages, "issue_id": issue_id,
        "members": [{"title": m.title, "first_page": m.first_page, "pages": m.pages, "change": m.change,
                     "note": m.note, "error": m.error} for m in result.members],
        "removed": result.removed, "problems": result.problems,
        "compared_with": previous["issued_at"] if previous else None,
    }


def export_documents(ws: Workspace, refs: list[str], title: str, out: str | os.PathLike[str], *,
                     purpose: str = "", draft: bool = False, issue: bool = False, lang: str = "kk-ru",
                     progress: Progress | None = None, soffice: str | None | bool = True) -> dict[str, Any]:
    """The CLI's ``dossier export``: the dossier named ``title`` holds exactly ``refs``, compiled to ``out``.
    Compiling the same title again marks what changed since its last issued version."""
    if not refs:
        raise DossierError("Name at least one document (--docs ID,…).")
    for ref in refs:
        resolve_source(ws, ref)  # a plain error before anything is written
    dossier_id = find_by_title(ws, title)
    if dossier_id is None:
        dossier_id = create_dossier(ws, title, purpose=purpose, draft=draft, lang=lang)
    else:
        update_dossier(ws, dossier_id, draft=draft, lang=lang, **({"purpose": purpose} if purpose else {}))
    set_items(ws, dossier_id, refs)
    result = compile_to_pdf(ws, dossier_id, out, issue=issue, progress=progress, soffice=soffice)
    result["dossier_id"] = dossier_id
    return result


# --------------------------------------------------------------------------- integrity
def integrity_problems(ws: Workspace) -> list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    for _item_id, title, file_id in ws.db.execute(
            "SELECT i.id, i.title, i.file_id FROM dossier_items i LEFT JOIN files f ON f.id = i.file_id "
            "WHERE i.file_id IS NOT NULL AND f.id IS NULL").fetchall():
        problems.append({"area": "dossiers", "code": "dossier_file_missing",
                         "message": f"dossier item “{title}” refers to a file that is not in the store "
                                    f"({str(file_id)[:12]}…)"})
    for issue_id, _file_id in ws.db.execute(
            "SELECT s.id, s.file_id FROM dossier_issues s LEFT JOIN files f ON f.id = s.file_id "
            "WHERE s.file_id IS NOT NULL AND f.id IS NULL").fetchall():
        problems.append({"area": "dossiers", "code": "dossier_issue_missing",
                         "message": f"an issued dossier PDF is missing from the file store ({issue_id[:8]})"})
    for (orphan,) in ws.db.execute("SELECT i.id FROM dossier_items i LEFT JOIN dossiers d ON d.id = i.dossier_id "
                                   "WHERE d.id IS NULL").fetchall():
        problems.append({"area": "dossiers", "code": "dossier_item_orphan",
                         "message": f"dossier item {orphan[:8]} belongs to no dossier"})
    return problems
