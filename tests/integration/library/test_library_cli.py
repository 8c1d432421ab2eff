"""`deputydesk import` and `deputydesk search` end to end (DESIGN.md §4), in child processes."""

from __future__ import annotations

import json
import sqlite3

import library_samples as s

from deputydesk.render.library_samples import convert

IMPORT_KEYS = {"path", "status", "id", "kind", "title", "number", "date", "language", "pages", "error"}
SEARCH_KEYS = {"id", "title", "kind", "number", "date", "score", "snippet"}


def test_import_then_search(cli, tmp_path, corpus):
    ws = tmp_path / "W"
    docs = tmp_path / "docs"
    convert(corpus / "decisions" / "016-kk.md", docs, ("pdf",))
    convert(corpus / "decisions" / "016-ru.md", docs, ("docx",))
    (docs / "web").mkdir()
    (docs / "web" / "005-budget-kk.txt").write_bytes((corpus / "web" / "005-budget-kk.txt").read_bytes())
    r = cli("import", str(docs), "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    assert len(items) == 3 and all(IMPORT_KEYS <= set(i) for i in items)
    assert {i["status"] for i in items} == {"imported"}
    kk = next(i for i in items if i["path"].endswith("016-kk.pdf"))
    assert (kk["number"], kk["date"], kk["language"]) == ("№ 50-255", "2019-07-25", "kk")

    r = cli("import", str(docs / "016-kk.pdf"), "--json", workspace=ws)
    assert r.returncode == 0
    again = json.loads(r.stdout)[0]
    assert again["status"] == "duplicate" and again["id"] == kk["id"]

    r = cli("search", "тұрғын үй сертификаттары", "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    hits = json.loads(r.stdout)
    assert hits and SEARCH_KEYS <= set(hits[0]) and hits[0]["id"] == kk["id"]
    assert "**" in hits[0]["snippet"]
    r = cli("search", "бюджеттері", "--kind", "budget_decision", "--limit", "1", "--json", workspace=ws)
    hits = json.loads(r.stdout)
    assert len(hits) == 1 and hits[0]["kind"] == "budget_decision"
    r = cli("search", "жилищных сертификатов", workspace=ws)  # human form
    assert r.returncode == 0 and "№ 50-255" in r.stdout
    # a filter that is not understood is named on stderr and left out; the JSON stays clean
    r = cli("search", "сертификатов", "year:abc", "kind:nonsense", "--json", workspace=ws)
    assert r.returncode == 0 and json.loads(r.stdout)
    assert "year:abc" in r.stderr and "kind:nonsense" in r.stderr
    r = cli("search", "--json", "--", "-бюджет", "сертификатов", workspace=ws)  # an exclusion first
    assert r.returncode == 0 and json.loads(r.stdout)

    r = cli("check", "--json", workspace=ws)
    assert r.returncode == 0 and json.loads(r.stdout)["ok"]
    # the database stays readable by any SQLite
    conn = sqlite3.connect(ws / "deputydesk.sqlite3")
    n = conn.execute("SELECT count(*) FROM library_fts WHERE library_fts MATCH 'stems:сертификат'").fetchone()[0]
    assert n >= 1
    conn.close()


def test_import_reports_failures_with_exit_1(cli, tmp_path):
    ws = tmp_path / "W"
    d = tmp_path / "batch"
    d.mkdir()
    good = s.make_pdf(d / "good.pdf", [s.RU_TEXT])
    s.truncated_pdf(d / "cut.pdf", good)
    (d / "empty.txt").write_bytes(b"")
    s.entity_bomb_odt(d / "laughs.odt")
    r = cli("import", str(d), str(tmp_path / "missing.docx"), "--json", workspace=ws)
    assert r.returncode == 1
    items = {i["path"].rsplit("/", 1)[1]: i for i in json.loads(r.stdout)}
    assert items["good.pdf"]["status"] == "imported"
    for name in ("cut.pdf", "empty.txt", "laughs.odt", "missing.docx"):
        assert items[name]["status"] == "failed" and items[name]["error"].startswith(name)
    r = cli("library", "errors", "--json", workspace=ws)
    assert len(json.loads(r.stdout)) == 4


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli("import", workspace=tmp_path / "W").returncode == 2
    assert cli("import", "x.pdf", "--kind", "nonsense", workspace=tmp_path / "W").returncode == 2
    assert cli("search", "x", "--limit", "0", workspace=tmp_path / "W").returncode == 2
    assert cli("library", "show", "no-such-id", workspace=tmp_path / "W").returncode == 2
