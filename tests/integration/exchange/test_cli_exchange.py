"""dossier / package / backup commands end to end, in child processes (offline guard active)."""

from __future__ import annotations

import json
import sqlite3

import pypdfium2 as pdfium

from deputydesk.render import dossier_members
from deputydesk.storage.workspace import Workspace


def _store_corpus_pdfs(ws_path, corpus, tmp_path, names):
    ws = Workspace.open(ws_path)
    ids = []
    try:
        for name in names:
            pdf = tmp_path / (name + ".pdf")
            dossier_members.typeset_text(pdf, (corpus / "decisions" / name).read_text(encoding="utf-8"))
            ids.append(ws.files.put_path(pdf, original_name=name + ".pdf", mime="application/pdf"))
    finally:
        ws.close()
    return ids


def test_dossier_export_with_issue_and_change_marks(cli, corpus, tmp_path):
    ws = tmp_path / "W"
    ids = _store_corpus_pdfs(ws, corpus, tmp_path, ["004-kk.md", "004-ru.md", "007-ru.md"])
    out = tmp_path / "dossier.pdf"
    r = cli("dossier", "export", "--docs", ",".join(ids[:2]), "--title", "Сессия №5", "--out", str(out),
            "--issue", "--draft", "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    first = json.loads(r.stdout)
    doc = pdfium.PdfDocument(str(out))
    assert len(doc) == first["pages"] == 2 + sum(m["pages"] for m in first["members"])
    toc = [t.get_title() for t in doc.get_toc()]
    doc.close()
    assert toc.count("1. 004-kk.md.pdf") == 1 and toc.count("2. 004-ru.md.pdf") == 1
    r = cli("dossier", "export", "--docs", f"{ids[0]},{ids[2]}", "--title", "Сессия №5", "--out",
            str(tmp_path / "v2.pdf"), "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    second = json.loads(r.stdout)
    assert [m["change"] for m in second["members"]] == ["", "added"]
    assert second["removed"] == ["004-ru.md.pdf"]
    r = cli("dossier", "export", "--docs", "nope", "--title", "x", "--out", str(tmp_path / "x.pdf"),
            workspace=ws)
    assert r.returncode == 1 and "nope: no document or stored file" in r.stderr
    r = cli("check", "--json", workspace=ws)
    assert json.loads(r.stdout)["ok"], r.stdout


def test_package_round_trip_encrypted_and_refusals(cli, tmp_path):
    a, b = tmp_path / "A", tmp_path / "B"
    assert cli("demo", workspace=a).returncode == 0
    env = {"DEPUTYDESK_PASSPHRASE": "Құпия сөз"}
    pkg = tmp_path / "a.ddx"
    r = cli("package", "export", "--out", str(pkg), "--encrypt", "--json", workspace=a, env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["encrypted"] is True
    r = cli("package", "import", str(pkg), workspace=b, env={"DEPUTYDESK_PASSPHRASE": "wrong"})
    assert r.returncode == 1 and "wrong passphrase" in r.stderr and "nothing was imported" in r.stderr
    r = cli("package", "import", str(pkg), "--json", workspace=b, env=env)
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["added"] > 10 and res["conflicts"] == 0
    r = cli("package", "import", str(pkg), "--json", workspace=b, env=env)
    again = json.loads(r.stdout)
    assert again["already_imported"] and again["added"] == again["merged"] == 0
    for ws in (a, b):
        r = cli("check", "--json", workspace=ws)
        assert json.loads(r.stdout)["ok"], r.stdout
    ca = sqlite3.connect(a / "deputydesk.sqlite3")
    cb = sqlite3.connect(b / "deputydesk.sqlite3")
    q = "SELECT id, name_kk, name_ru, updated_at FROM organisations ORDER BY id"
    assert ca.execute(q).fetchall() == cb.execute(q).fetchall()
    ca.close()
    cb.close()
    bad = tmp_path / "bad.ddx"
    bad.write_bytes(b"PK\x03\x04 not really")
    r = cli("package", "import", str(bad), workspace=b)
    assert r.returncode == 1 and "refused" in r.stderr


def test_backup_create_and_restore(cli, tmp_path):
    a = tmp_path / "A"
    assert cli("demo", workspace=a).returncode == 0
    out = tmp_path / "a.ddbackup"
    env = {"DEPUTYDESK_PASSPHRASE": "backup pass"}
    r = cli("backup", "create", "--out", str(out), "--encrypt", "--json", workspace=a, env=env)
    assert r.returncode == 0, r.stderr
    r = cli("backup", "restore", str(out), workspace=tmp_path / "R", env={"DEPUTYDESK_PASSPHRASE": "bad"})
    assert r.returncode == 1 and "wrong passphrase" in r.stderr
    r = cli("backup", "restore", str(out), "--json", workspace=tmp_path / "R", env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["ok"] is True
    r = cli("backup", "restore", str(out), workspace=tmp_path / "R", env=env)
    assert r.returncode == 1 and "--yes" in r.stderr
    r = cli("backup", "restore", str(out), "--yes", workspace=tmp_path / "R", env=env)
    assert r.returncode == 0, r.stderr
    q = "SELECT id, name_ru FROM organisations ORDER BY id"
    ca = sqlite3.connect(a / "deputydesk.sqlite3")
    cr = sqlite3.connect(tmp_path / "R" / "deputydesk.sqlite3")
    assert ca.execute(q).fetchall() == cr.execute(q).fetchall()
    ca.close()
    cr.close()
