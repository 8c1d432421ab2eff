"""Letters use cases: drafts, issuing (number + files + event), registers, reminders, station codes.

Called by the CLI (``deputydesk/commands/letters.py``) and the GUI (through the background task helper).
Every function takes the workspace first and returns plain data.

Issuing a letter is one transaction taken with ``BEGIN IMMEDIATE`` (the write lock is held from the
moment the next sequence is read): the register row is inserted, the letter is validated with its number
and rendered to PDF and DOCX, both files go into the file store, the letter row becomes "issued" and an
event is logged. Any failure rolls all of it back — nothing is ever issued half-filled. The unique
indexes of ``letter_register`` are the last line of defence; a collision (another writer, or a number
imported from another laptop) is retried with the next sequence.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from deputydesk.core import dates, numbering
from deputydesk.core.council import Body, initials_surname
from deputydesk.core.ids import now_iso
from deputydesk.core.letters import (
    DEFAULT_SUBJECTS,
    DEFAULT_TERMS,
    KINDS,
    LANGUAGES,
    Letter,
    LetterError,
    Problem,
    letter_from_dict,
    letter_to_dict,
    validate,
)
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

REGISTERS = ("outgoing", "incoming")
ISSUE_ATTEMPTS = 25
PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class LettersError(ValueError):
    """A request that cannot be carried out; the message says why in plain words."""


# --------------------------------------------------------------------------- helpers
@contextlib.contextmanager
def _write_transaction(ws: Workspace) -> Iterator[None]:
    """A transaction that holds SQLite's write lock from its first statement (BEGIN IMMEDIATE), so reading
    the last sequence and inserting the next one cannot interleave with another writer."""
    db = ws.db
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def _today() -> _dt.date:
    return _dt.date.today()


def _body(ws: Workspace, body_id: str | None) -> Body:
    if body_id:
        row = records.find(ws, "bodies", body_id)
        if row is None:
            raise LettersError(f"council {body_id} was not found")
        return Body.from_row(row)
    row_list = records.rows(ws, "SELECT * FROM bodies ORDER BY is_default DESC, kind, name_ru LIMIT 1")
    if not row_list:
        raise LettersError("no council is set up in this workspace: add it in Settings (or run `deputydesk demo`)")
    return Body.from_row(row_list[0])


def letterhead(ws: Workspace, body: Body) -> dict[str, str]:
    """The letter's ``body`` block (letterhead requisites) from the council's record."""
    out = {"name_kk": body.name_kk, "name_ru": body.name_ru, "address_kk": body.address_kk,
           "address_ru": body.address_ru, "phone": body.phone, "email": body.email}
    if body.emblem_file_id and ws.files.exists(body.emblem_file_id):
        out["emblem"] = str(ws.files.path(body.emblem_file_id))
    return {k: v for k, v in out.items() if v}


def _merged_letter(ws: Workspace, data: dict[str, Any], body: Body) -> Letter:
    """The letter of ``data`` with the letterhead completed from the council's record (typed values win)."""
    merged = dict(data)
    head = letterhead(ws, body)
    typed = {k: v for k, v in (data.get("body") or {}).items() if v not in (None, "")}
    merged["body"] = {**head, **typed}
    return letter_from_dict(merged)


def _summary(letter: Letter) -> tuple[str, str]:
    addressee = ", ".join(s for s in (letter.addressee.organisation, letter.addressee.position,
                                      letter.addressee.name) if s.strip())
    subject = letter.subject.strip()
    if not subject and letter.kind in DEFAULT_SUBJECTS and letter.language in LANGUAGES:
        subject = DEFAULT_SUBJECTS[letter.kind][letter.language]
        if letter.reminder is not None and letter.reminder.number:
            subject += f" (№ {letter.reminder.number})"
    return " ".join(addressee.split()), " ".join(subject.split())


# --------------------------------------------------------------------------- stations and formats
def station(ws: Workspace) -> str | None:
    """This laptop's station code, or None before it has issued anything."""
    row = ws.db.execute("SELECT code FROM letter_stations WHERE device_id = ? ORDER BY created_at LIMIT 1",
                        [ws.device_id]).fetchone()
    return str(row[0]) if row else None


def stations(ws: Workspace) -> list[dict[str, Any]]:
    return records.rows(ws, "SELECT code, device_id, label, created_at FROM letter_stations ORDER BY created_at")


def claim_station(ws: Workspace, code: str | None = None, label: str = "") -> str:
    """Claim a station code for this laptop (the next free one unless ``code`` is given). Idempotent."""
    with _write_transaction(ws):
        mine = station(ws)
        if mine is not None and (code is None or code == mine):
            return mine
        taken = {r["code"]: r["device_id"] for r in stations(ws)}
        if code is None:
            code = numbering.next_free_station(taken)
        if not numbering.valid_station(code):
            raise LettersError(f"station code {code!r}: use 1 to 3 letters or digits")
        if code in taken and taken[code] != ws.device_id:
            raise LettersError(f"station code {code} is already used by another laptop of this council")
        if mine is not None:
            raise LettersError(f"this laptop already issues numbers as station {mine}")
        records.insert(ws, "letter_stations", {"code": code, "device_id": ws.device_id, "label": label},
                       log=True, entity="letter_station")
    return code


def register_settings(ws: Workspace, body_id: str | None, register: str) -> dict[str, Any]:
    body = _body(ws, body_id)
    _check_register(register)
    row = ws.db.execute("SELECT case_index, prefix FROM letter_register_settings WHERE body_id = ? AND register = ?",
                        [body.id, register]).fetchone()
    pattern = body.outgoing_number_format if register == "outgoing" else body.incoming_number_format
    return {"body_id": body.id, "register": register, "pattern": pattern or numbering.DEFAULT_OUTGOING_PATTERN,
            "case_index": row[0] if row else "", "prefix": row[1] if row else ""}


def set_register_settings(ws: Workspace, body_id: str | None, register: str, *, case_index: str = "",
                          prefix: str = "") -> dict[str, Any]:
    body = _body(ws, body_id)
    _check_register(register)
    with ws.atomic():
        found = ws.db.execute("SELECT id FROM letter_register_settings WHERE body_id = ? AND register = ?",
                              [body.id, register]).fetchone()
        values = {"case_index": case_index.strip(), "prefix": prefix.strip()}
        if found:
            records.update(ws, "letter_register_settings", found[0], values, log=True, entity="letter_register")
        else:
            records.insert(ws, "letter_register_settings", {"body_id": body.id, "register": register, **values},
                           log=True, entity="letter_register")
    return register_settings(ws, body.id, register)


def _check_register(register: str) -> None:
    if register not in REGISTERS:
        raise LettersError(f"unknown register {register!r} (known: {', '.join(REGISTERS)})")


def _format(ws: Workspace, body: Body, register: str, code: str) -> numbering.NumberFormat:
    settings = register_settings(ws, body.id, register)
    problems = numbering.check_pattern(settings["pattern"])
    if problems:
        raise LettersError(f"the {register} number format of {body.name_ru or body.name_kk} "
                           f"({settings['pattern']!r}) cannot be used: {'; '.join(problems)} — change it in Settings")
    return numbering.NumberFormat(numbering.effective_pattern(settings["pattern"], code),
                                  prefix=settings["prefix"], index=settings["case_index"])


def _next(ws: Workspace, body: Body, register: str, on: _dt.date, code: str) -> tuple[int, str]:
    fmt = _format(ws, body, register, code)
    used = [r[0] for r in ws.db.execute(
        "SELECT seq FROM letter_register WHERE body_id = ? AND register = ? AND year = ? AND station = ?",
        [body.id, register, on.year, code])]
    seq = numbering.next_sequence(used)
    taken = {r[0] for r in ws.db.execute(
        "SELECT number FROM letter_register WHERE body_id = ? AND register = ? AND year = ?",
        [body.id, register, on.year])}
    number = fmt.format(seq, on.year, code)
    while number in taken:  # a number brought in by an exchange: never reuse it, move on
        seq += 1
        number = fmt.format(seq, on.year, code)
    return seq, number


def preview_number(ws: Workspace, body_id: str | None = None, register: str = "outgoing",
                   on: _dt.date | None = None) -> str:
    """The number the next letter would get (nothing is reserved)."""
    body = _body(ws, body_id)
    _check_register(register)
    code = station(ws) or numbering.next_free_station(r["code"] for r in stations(ws))
    return _next(ws, body, register, on or _today(), code)[1]


def _allocate(ws: Workspace, body: Body, register: str, on: _dt.date, fields: dict[str, Any]) -> dict[str, Any]:
    """Insert the next register entry (inside the caller's write transaction)."""
    code = station(ws) or claim_station(ws)
    seq, number = _next(ws, body, register, on, code)
    row = {"body_id": body.id, "register": register, "year": on.year, "station": code, "seq": seq,
           "number": number, "date": on.isoformat(), "device_id": ws.device_id, **fields}
    row["id"] = records.insert(ws, "letter_register", row)
    return row


def _retrying(fn: Any) -> Any:
    last: Exception | None = None
    for _ in range(ISSUE_ATTEMPTS):
        try:
            return fn()
        except sqlite3.IntegrityError as exc:
            if "letter_register" not in str(exc):
                raise
            last = exc
    raise LettersError(f"no free registry number could be taken after {ISSUE_ATTEMPTS} attempts ({last})")


# --------------------------------------------------------------------------- drafts
def new_draft_data(ws: Workspace, kind: str, language: str, body_id: str | None = None) -> dict[str, Any]:
    """A fresh letter of ``kind`` with the council's letterhead, its head as signer and the secretary as
    executor filled in (nothing is saved)."""
    if kind not in KINDS:
        raise LettersError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    if language not in LANGUAGES:
        raise LettersError(f"unknown language {language!r} (kk or ru)")
    body = _body(ws, body_id)
    data: dict[str, Any] = {"kind": kind, "language": language, "body": letterhead(ws, body)}
    position = body.head_position_kk if language == "kk" else body.head_position_ru
    if body.head_name or position:
        data["signer"] = {"position": position, "name": body.head_name}
    secretary = records.rows(ws, "SELECT full_name, full_name_kk, phone FROM members WHERE body_id = ? AND "
                                 "role = 'secretary' AND active = 1 ORDER BY sort_order LIMIT 1", [body.id])
    if secretary:
        s = secretary[0]
        name = (s["full_name_kk"] or s["full_name"]) if language == "kk" else s["full_name"]
        data["executor"] = {"name": _executor_name(name), "phone": s["phone"] or body.phone}
    if kind in DEFAULT_TERMS:
        count, unit = DEFAULT_TERMS[kind]
        data["term"] = {"count": count, "unit": unit}
    return data


def _executor_name(full_name: str) -> str:
    """"Жакупова Асем Ериковна" → "Жакупова А.Е." (surname first, as executor notes are written)."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip()
    return parts[0] + " " + "".join(f"{p[0]}." for p in parts[1:] if p[:1].isalpha())


def save_draft(ws: Workspace, data: dict[str, Any], *, letter_id: str | None = None, body_id: str | None = None,
               followup_id: str | None = None, new_id: str | None = None) -> dict[str, Any]:
    """Create (``letter_id`` None; ``new_id`` fixes the id, as the demo does) or update a draft. Returns
    ``{"id", "problems"}``: what is still missing before it can be issued (a draft may be incomplete; it
    cannot hold wrong types or unknown keys)."""
    letter = letter_from_dict(data)
    clean = letter_to_dict(letter)
    clean.pop("number", None)
    addressee, subject = _summary(letter)
    values: dict[str, Any] = {"kind": letter.kind, "language": letter.language, "subject": subject,
                              "addressee": addressee, "data": json.dumps(clean, ensure_ascii=False)}
    with ws.atomic():
        if letter_id is None:
            body = _body(ws, body_id)
            values.update(body_id=body.id, status="draft", followup_id=followup_id)
            if new_id:
                values["id"] = new_id
            letter_id = records.insert(ws, "letters", values, log=True, entity="letter")
        else:
            row = records.get(ws, "letters", letter_id)
            if row["status"] != "draft":
                raise LettersError(f"letter № {row['number']} is already issued and cannot be changed; "
                                   "make a new letter instead")
            if body_id:
                values["body_id"] = _body(ws, body_id).id
            if followup_id:
                values["followup_id"] = followup_id
            records.update(ws, "letters", letter_id, values, log=True, entity="letter")
    return {"id": letter_id, "problems": [p.as_dict() for p in check_draft(ws, letter_id)]}


def check_draft(ws: Workspace, letter_id: str) -> list[Problem]:
    """What keeps the draft from being issued (the number and date come from the register)."""
    row = records.get(ws, "letters", letter_id)
    body = _body(ws, row["body_id"])
    return validate(_merged_letter(ws, json.loads(row["data"]), body), require_number=False)


def get_letter(ws: Workspace, letter_id: str) -> dict[str, Any]:
    row = records.get(ws, "letters", letter_id)
    row["letter"] = json.loads(row.pop("data"))
    return row


def list_letters(ws: Workspace, *, status: str | None = None, body_id: str | None = None,
                 limit: int = 1000) -> list[dict[str, Any]]:
    sql = ("SELECT id, status, kind, language, number, date, subject, addressee, body_id, followup_id, "
           "updated_at FROM letters WHERE 1 = 1")
    params: list[Any] = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    if body_id:
        sql += " AND body_id = ?"
        params.append(body_id)
    sql += " ORDER BY (status = 'draft') DESC, COALESCE(date, '') DESC, number DESC, updated_at DESC LIMIT ?"
    params.append(limit)
    return records.rows(ws, sql, params)


def delete_draft(ws: Workspace, letter_id: str) -> dict[str, Any]:
    row = records.get(ws, "letters", letter_id)
    if row["status"] != "draft":
        raise LettersError(f"letter № {row['number']} is issued and registered; it cannot be deleted")
    records.delete(ws, "letters", letter_id, log=True, entity="letter")
    return {"deleted": letter_id}


def preview_pdf(ws: Workspace, data: dict[str, Any], body_id: str | None = None) -> bytes:
    """The draft rendered as a PDF for the live preview (letterhead from the council; nothing saved)."""
    from deputydesk.render.letters import pdf_bytes

    letter = _merged_letter(ws, data, _body(ws, body_id))
    return pdf_bytes(letter, draft=not (letter.number and letter.date))


# --------------------------------------------------------------------------- issuing
def issue_letter(ws: Workspace, letter_id: str, *, on: _dt.date | None = None, same_number_as: str | None = None,
                 followup_id: str | None = None) -> dict[str, Any]:
    """Register the draft: assign the next outgoing number (or the number of its other-language twin),
    render PDF and DOCX into the file store, log the event, link the follow-up item. All or nothing."""
    from deputydesk.render.letters import docx_bytes, pdf_bytes

    def attempt() -> dict[str, Any]:
        with _write_transaction(ws):
            row = records.get(ws, "letters", letter_id)
            if row["status"] != "draft":
                raise LettersError(f"this letter is already issued as № {row['number']} of "
                                   f"{dates.numeric(dates.parse_iso(row['date']))}")  # type: ignore[arg-type]
            body = _body(ws, row["body_id"])
            letter = _merged_letter(ws, json.loads(row["data"]), body)
            problems = validate(letter, require_number=False)
            if problems:
                raise LetterError(problems)
            link = followup_id or row["followup_id"]
            addressee, subject = _summary(letter)
            if same_number_as:
                entry = _twin_entry(ws, same_number_as, row, letter)
                records.update(ws, "letter_register", entry["id"], {"language": "kk, ru"})
            else:
                letter.date = on or _today()
                letter.number = "x"  # placeholder so validation of the dated letter can run before the number
                problems = validate(letter)
                if problems:
                    raise LetterError(problems)
                entry = _allocate(ws, body, "outgoing", letter.date, {
                    "kind": letter.kind, "language": letter.language, "counterpart": addressee,
                    "subject": subject, "signer": _signer_text(letter), "executor": letter.executor.name.strip(),
                    "reply_to": _reply_text(letter), "followup_id": link})
            letter.number = entry["number"]
            letter.date = dates.parse_iso(entry["date"])
            problems = validate(letter)
            if problems:
                raise LetterError(problems)
            pdf = pdf_bytes(letter)
            docx = docx_bytes(letter)
            stem = _file_stem(letter)
            pdf_sha = ws.files.put_bytes(pdf, original_name=f"{stem}.pdf", mime=PDF_MIME)
            docx_sha = ws.files.put_bytes(docx, original_name=f"{stem}.docx", mime=DOCX_MIME)
            records.update(ws, "letters", letter_id, {
                "status": "issued", "register_id": entry["id"], "number": letter.number,
                "date": letter.date.isoformat() if letter.date else None, "pdf_sha256": pdf_sha,
                "docx_sha256": docx_sha, "issued_at": now_iso(), "issued_by": ws.actor, "followup_id": link,
                "data": json.dumps(letter_to_dict(letter), ensure_ascii=False),
                "subject": subject, "addressee": addressee,
            })
            ws.events.append("letter", letter_id, "issued", {
                "number": letter.number, "date": letter.date.isoformat() if letter.date else None,
                "kind": letter.kind, "language": letter.language, "register_id": entry["id"],
                "pdf_sha256": pdf_sha, "docx_sha256": docx_sha, "followup_id": link})
            if link:
                _link_followup(ws, link, letter_id, letter)
            return {"id": letter_id, "number": letter.number, "date": letter.date.isoformat() if letter.date else None,
                    "register_id": entry["id"], "pdf_sha256": pdf_sha, "docx_sha256": docx_sha,
                    "pdf": str(ws.files.path(pdf_sha)), "docx": str(ws.files.path(docx_sha)),
                    "followup_id": link, "language": letter.language, "kind": letter.kind}

    return _retrying(attempt)


def _twin_entry(ws: Workspace, other_id: str, row: dict[str, Any], letter: Letter) -> dict[str, Any]:
    other = records.find(ws, "letters", other_id)
    if other is None or other["status"] != "issued":
        raise LettersError("the letter whose number should be shared is not issued")
    if other["body_id"] != row["body_id"]:
        raise LettersError("the two versions must come from the same council")
    if other["language"] == letter.language:
        raise LettersError("the two versions of one letter must be in different languages (kk and ru)")
    taken = ws.db.execute("SELECT 1 FROM letters WHERE register_id = ? AND language = ?",
                          [other["register_id"], letter.language]).fetchone()
    if taken:
        raise LettersError(f"№ {other['number']} already has a version in this language")
    return records.get(ws, "letter_register", other["register_id"])


def _signer_text(letter: Letter) -> str:
    from deputydesk.core.letters import signature_name

    return " ".join(s for s in (letter.signer.position.strip(), signature_name(letter.signer.name)) if s)


def _reply_text(letter: Letter) -> str:
    if letter.reply_to is None or letter.reply_to.date is None:
        return ""
    return f"№ {letter.reply_to.number} {dates.numeric(letter.reply_to.date)}"


def _file_stem(letter: Letter) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in letter.number)
    day = letter.date.isoformat() if letter.date else "draft"
    return f"{day}_{safe}_{letter.language}"


def _link_followup(ws: Workspace, item_id: str, letter_id: str, letter: Letter) -> None:
    """Tell the follow-up area about the issued letter when it offers a hook for that."""
    try:
        from deputydesk.services import followup
    except ImportError:
        return
    hook = getattr(followup, "link_letter", None)
    if callable(hook):
        hook(ws, item_id, letter_id=letter_id, number=letter.number,
             date=letter.date.isoformat() if letter.date else None, kind=letter.kind)


def issue_data(ws: Workspace, data: dict[str, Any], *, body_id: str | None = None, followup_id: str | None = None,
               on: _dt.date | None = None) -> dict[str, Any]:
    """Save ``data`` as a draft and issue it in one step; a refused letter leaves no draft behind."""
    with _write_transaction(ws):
        draft = save_draft(ws, data, body_id=body_id, followup_id=followup_id)
        return issue_letter(ws, draft["id"], on=on, followup_id=followup_id)


def save_and_issue(ws: Workspace, data: dict[str, Any], *, letter_id: str | None = None, body_id: str | None = None,
                   followup_id: str | None = None, same_number_as: str | None = None,
                   on: _dt.date | None = None) -> dict[str, Any]:
    """Save the editor's letter (new or an existing draft) and issue it in one transaction."""
    with _write_transaction(ws):
        saved = save_draft(ws, data, letter_id=letter_id, body_id=body_id, followup_id=followup_id)
        return issue_letter(ws, saved["id"], on=on, same_number_as=same_number_as, followup_id=followup_id)


def render_draft_file(ws: Workspace, data: dict[str, Any], out: Path, *, body_id: str | None = None) -> dict[str, Any]:
    """Render a draft (letterhead from the council) to ``out`` (.pdf or .docx), marked as a draft."""
    from deputydesk.render.letters import render_file

    letter = _merged_letter(ws, data, _body(ws, body_id))
    out.parent.mkdir(parents=True, exist_ok=True)
    return render_file(letter, out, draft=True)


def letter_file(ws: Workspace, letter_id: str, fmt: str) -> Path:
    """Path of the issued letter's PDF or DOCX inside the file store (read-only: copy it to edit)."""
    row = records.get(ws, "letters", letter_id)
    if row["status"] != "issued":
        raise LettersError("only issued letters have stored files; render the draft instead")
    sha = row["pdf_sha256"] if fmt == "pdf" else row["docx_sha256"] if fmt == "docx" else None
    if sha is None:
        raise LettersError(f"unknown format {fmt!r} (pdf or docx)")
    path = ws.files.path(sha)
    if not path.is_file():
        raise LettersError(f"the {fmt.upper()} of letter № {row['number']} is missing from the file store")
    return path


def export_letter(ws: Workspace, letter_id: str, out: Path) -> dict[str, Any]:
    fmt = out.suffix.lower().lstrip(".")
    source = letter_file(ws, letter_id, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(source.read_bytes())
    return {"id": letter_id, "path": str(out), "format": fmt}


# --------------------------------------------------------------------------- incoming register
def register_incoming(ws: Workspace, *, sender: str, subject: str = "", sender_number: str = "",
                      sender_date: _dt.date | None = None, received: _dt.date | None = None,
                      reply_to: str = "", note: str = "", body_id: str | None = None,
                      followup_id: str | None = None, document_id: str | None = None) -> dict[str, Any]:
    """Register an incoming letter: the next incoming number of the council's journal."""
    if not sender.strip():
        raise LettersError("missing required field: sender (who sent the letter)")
    body = _body(ws, body_id)
    on = received or _today()

    def attempt() -> dict[str, Any]:
        with _write_transaction(ws):
            entry = _allocate(ws, body, "incoming", on, {
                "counterpart": " ".join(sender.split()), "subject": " ".join(subject.split()),
                "sender_number": sender_number.strip(),
                "sender_date": sender_date.isoformat() if sender_date else "", "reply_to": reply_to.strip(),
                "note": note.strip(), "followup_id": followup_id, "document_id": document_id})
            ws.events.append("letter_register", entry["id"], "registered", {
                "register": "incoming", "number": entry["number"], "date": entry["date"], "sender": sender})
            return {"id": entry["id"], "number": entry["number"], "date": entry["date"]}

    return _retrying(attempt)


# --------------------------------------------------------------------------- registers
def register_rows(ws: Workspace, register: str = "outgoing", *, body_id: str | None = None,
                  year: int | None = None) -> list[dict[str, Any]]:
    """The register as rows for views and exports, in issue order."""
    _check_register(register)
    body = _body(ws, body_id)
    sql = ("SELECT id, number, date, year, station, seq, kind, language, counterpart, subject, signer, executor, "
           "reply_to, sender_number, sender_date, note, followup_id FROM letter_register "
           "WHERE body_id = ? AND register = ?")
    params: list[Any] = [body.id, register]
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    sql += " ORDER BY date, created_at, station, seq"
    rows = records.rows(ws, sql, params)
    for r in rows:
        r["addressee" if register == "outgoing" else "sender"] = r["counterpart"]
    return rows


def register_years(ws: Workspace, register: str = "outgoing", *, body_id: str | None = None) -> list[int]:
    body = _body(ws, body_id)
    return [r[0] for r in ws.db.execute(
        "SELECT DISTINCT year FROM letter_register WHERE body_id = ? AND register = ? ORDER BY year DESC",
        [body.id, register])]


def export_register(ws: Workspace, register: str, out: Path, *, body_id: str | None = None,
                    year: int | None = None, lang: str = "ru") -> dict[str, Any]:
    """Write the register to ``out`` (.xlsx or .pdf)."""
    from deputydesk.render.letters_registers import register_pdf, register_xlsx

    body = _body(ws, body_id)
    rows = register_rows(ws, register, body_id=body.id, year=year)
    name = body.name_kk if lang == "kk" else body.name_ru
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".xlsx":
        register_xlsx(register, rows, out, lang=lang, year=year, body_name=name)
        pages = None
    elif suffix == ".pdf":
        pages = register_pdf(register, rows, out, lang=lang, year=year, body_name=name)
    else:
        raise LettersError(f"{out.name}: the register can be exported as .xlsx or .pdf")
    return {"path": str(out), "register": register, "rows": len(rows), "pages": pages}


# --------------------------------------------------------------------------- reminders
def reminder_draft(ws: Workspace, source: dict[str, Any], *, language: str | None = None,
                   body_id: str | None = None, followup_id: str | None = None,
                   new_id: str | None = None) -> dict[str, Any]:
    """Create a reminder draft from a description of the unanswered letter:
    ``{"number", "date", "due", "kind", "subject", "term": {"count", "unit"}, "language",
    "addressee": {"organisation", "position", "name"}, "body_id", "followup_id", "signer", "executor"}``
    (only number, date and due are required) (as ``services.followup.reminder_data``
    or :func:`reminder_source_from_letter` give it). Returns :func:`save_draft`'s result plus ``data``."""
    lang = language or source.get("language") or "ru"
    if lang not in LANGUAGES:
        raise LettersError(f"unknown language {lang!r} (kk or ru)")
    body_id = body_id or source.get("body_id")
    data = new_draft_data(ws, "reminder", lang, body_id)
    reminder = {k: source.get(k) for k in ("number", "date", "kind", "subject", "term", "due")
                if source.get(k) not in (None, "")}
    term = reminder.get("term")
    if isinstance(term, dict):
        reminder["term"] = {k: term[k] for k in ("count", "unit") if k in term}
    data["reminder"] = reminder
    addressee = source.get("addressee") or {}
    if addressee:
        data["addressee"] = {k: str(addressee.get(k) or "") for k in ("organisation", "position", "name")}
    for part, keys in (("signer", ("position", "name")), ("executor", ("name", "phone"))):
        given = source.get(part) or {}
        if given and source.get("language", lang) == lang and all(given.get(k) for k in keys):
            data[part] = {k: str(given[k]) for k in keys}
    data.pop("term", None)
    result = save_draft(ws, data, body_id=body_id, followup_id=followup_id or source.get("followup_id"),
                        new_id=new_id)
    result["data"] = data
    return result


def reminder_from_followup(ws: Workspace, item_id: str, *, language: str | None = None,
                           addressee_id: str | None = None) -> dict[str, Any]:
    """One step from an overdue follow-up item to a reminder draft (the follow-up area supplies the facts
    through ``services.followup.reminder_data``)."""
    try:
        from deputydesk.services import followup
    except ImportError as exc:
        raise LettersError("follow-up items are not available in this version") from exc
    fetch = getattr(followup, "reminder_data", None)
    if not callable(fetch):
        raise LettersError("follow-up items do not provide reminder data in this version")
    kwargs: dict[str, Any] = {}
    if addressee_id:
        kwargs["addressee_id"] = addressee_id
    source = dict(fetch(ws, item_id, **kwargs))
    source.setdefault("followup_id", item_id)
    return reminder_draft(ws, source, language=language)


def reminder_source_from_letter(ws: Workspace, letter_id: str, *, due: _dt.date | None = None) -> dict[str, Any]:
    """The reminder facts of one of our own issued letters; ``due`` defaults to its statutory term counted
    in calendar terms (months or days; working days need the follow-up calendar and must be given)."""
    row = get_letter(ws, letter_id)
    if row["status"] != "issued":
        raise LettersError("only an issued letter can be reminded of")
    data = row["letter"]
    sent = dates.parse_iso(row["date"])
    assert sent is not None
    kind = row["kind"]
    term = data.get("term") or ({"count": DEFAULT_TERMS[kind][0], "unit": DEFAULT_TERMS[kind][1]}
                                if kind in DEFAULT_TERMS else None)
    if due is None:
        if term is None or term["unit"] == "working_days":
            raise LettersError("give the date the answer term expired (--due)")
        due = _add_term(sent, term["count"], term["unit"])
    return {"number": row["number"], "date": sent.isoformat(), "due": due.isoformat(), "kind": kind,
            "subject": data.get("subject", ""), "term": term, "language": row["language"],
            "addressee": data.get("addressee") or {}, "body_id": row["body_id"], "followup_id": row["followup_id"],
            "signer": data.get("signer") or {}, "executor": data.get("executor") or {}}


def _add_term(start: _dt.date, count: int, unit: str) -> _dt.date:
    if unit == "calendar_days":
        return start + _dt.timedelta(days=count)
    month = start.month - 1 + count
    year = start.year + month // 12
    month = month % 12 + 1
    import calendar

    return _dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- completion
def completions(ws: Workspace, body_id: str | None = None) -> dict[str, Any]:
    """Names for the editor's completion: the council's members (signers, executors) and addressees."""
    body = _body(ws, body_id)
    members = records.rows(ws, "SELECT full_name, full_name_kk, role, position_kk, position_ru, phone FROM members "
                               "WHERE body_id = ? AND active = 1 ORDER BY sort_order, full_name", [body.id])
    orgs = records.rows(ws, "SELECT id, name_kk, name_ru, head_position_kk, head_position_ru, head_name, "
                            "addressee_kk, addressee_ru FROM organisations WHERE active = 1 "
                            "ORDER BY (parent_id IS NOT NULL), sort_order, name_ru")
    bodies = records.rows(ws, "SELECT id, name_kk, name_ru, is_default FROM bodies ORDER BY is_default DESC, name_ru")
    return {"body_id": body.id, "members": members, "organisations": orgs, "bodies": bodies,
            "signature": {m["full_name"]: initials_surname(m["full_name"]) for m in members}}


def addressee_from_org(org: dict[str, Any], language: str) -> dict[str, str]:
    """Addressee block for an organisation record: its ready dative block when it has one."""
    name = org.get("name_kk") if language == "kk" else org.get("name_ru")
    block = org.get("addressee_kk") if language == "kk" else org.get("addressee_ru")
    if block:
        lines = [line.strip() for line in str(block).splitlines() if line.strip()]
        position = lines[0] if lines else ""
        person = " ".join(lines[1:])
        return {"organisation": name or "", "position": position, "name": person}
    head = org.get("head_position_kk") if language == "kk" else org.get("head_position_ru")
    return {"organisation": name or "", "position": head or "", "name": org.get("head_name") or ""}


# --------------------------------------------------------------------------- check
def integrity_problems(ws: Workspace) -> list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    for row in records.rows(ws, "SELECT id, number, pdf_sha256, docx_sha256 FROM letters WHERE status = 'issued'"):
        for fmt in ("pdf", "docx"):
            sha = row[f"{fmt}_sha256"]
            if not sha or not ws.files.exists(sha):
                problems.append({"area": "letters", "code": "letter_file_missing",
                                 "message": f"the {fmt.upper()} of issued letter № {row['number']} is missing"})
    for row in records.rows(ws, "SELECT station, group_concat(DISTINCT device_id) AS devices FROM letter_register "
                                "GROUP BY station HAVING count(DISTINCT device_id) > 1"):
        problems.append({"area": "letters", "code": "station_shared",
                         "message": f"two laptops issued numbers as station {row['station']}: give one of them "
                                    "another station code before it issues again"})
    for row in records.rows(ws, "SELECT code, count(*) AS n FROM letter_stations GROUP BY upper(code) HAVING n > 1"):
        problems.append({"area": "letters", "code": "station_claimed_twice",
                         "message": f"station code {row['code']} is claimed by more than one laptop"})
    return problems
