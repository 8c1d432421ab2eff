"""`letter …` commands end to end in child processes (which abort on any network attempt)."""

from __future__ import annotations

import json
import subprocess

from deputydesk.demo.letters_data import sample


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_letter_render_pdf_and_docx(cli, tmp_path):
    data = _write(tmp_path, "letter.json", sample("deputy_inquiry", "kk"))
    r = cli("letter", "render", "--data", str(data), "--out", str(tmp_path / "out.pdf"), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"path": str(tmp_path / "out.pdf"), "format": "pdf", "pages": 1}
    text = subprocess.run(["pdftotext", str(tmp_path / "out.pdf"), "-"], capture_output=True, text=True).stdout
    assert "ДЕПУТАТТЫҚ САУАЛ" in text and "15.03.2024 № 01-12/1-45" in text
    r = cli("letter", "render", "--data", str(data), "--out", str(tmp_path / "out.docx"))
    assert r.returncode == 0 and "Wrote" in r.stdout
    assert (tmp_path / "out.docx").read_bytes()[:2] == b"PK"


def test_letter_without_addressee_is_refused_naming_the_field(cli, tmp_path):
    letter = sample("recommendation", "ru")
    del letter["addressee"]
    data = _write(tmp_path, "bad.json", letter)
    r = cli("letter", "render", "--data", str(data), "--out", str(tmp_path / "bad.pdf"), "--json")
    assert r.returncode == 1
    assert "bad.json: letter refused — missing required field: addressee" in r.stderr
    out = json.loads(r.stdout)
    assert out["ok"] is False and [p["field"] for p in out["problems"]] == ["addressee"]
    assert not (tmp_path / "bad.pdf").exists()


def test_render_input_errors(cli, tmp_path):
    r = cli("letter", "render", "--data", str(tmp_path / "none.json"), "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 1 and "none.json: file not found" in r.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{ nope", encoding="utf-8")
    r = cli("letter", "render", "--data", str(broken), "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 1 and "broken.json: not valid JSON (line 1" in r.stderr
    r = cli("letter", "render", "--data", str(broken), "--out", str(tmp_path / "x.odt"))
    assert r.returncode == 2
    draft = dict(sample("cover", "ru"))
    del draft["number"]
    data = _write(tmp_path, "draft.json", draft)
    assert cli("letter", "render", "--data", str(data), "--out", str(tmp_path / "d.pdf")).returncode == 1
    assert cli("letter", "render", "--data", str(data), "--out", str(tmp_path / "d.pdf"), "--draft").returncode == 0


def test_issue_register_remind_on_a_workspace(cli, tmp_path):
    ws = tmp_path / "W"
    assert cli("demo", workspace=ws).returncode == 0
    letter = sample("info_request", "ru")
    for key in ("number", "date", "body"):
        letter.pop(key)
    data = _write(tmp_path, "req.json", letter)
    r = cli("letter", "issue", "--data", str(data), "--date", "2026-06-01", "--pdf", str(tmp_path / "copy.pdf"),
            "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    issued = json.loads(r.stdout)
    assert issued["number"] == "02-14/3" and (tmp_path / "copy.pdf").exists()
    r = cli("letter", "list", "--status", "issued", "--json", workspace=ws)
    assert issued["id"] in [x["id"] for x in json.loads(r.stdout)]
    r = cli("letter", "register", "--year", "2026", "--json", workspace=ws)
    assert [x["number"] for x in json.loads(r.stdout)] == ["02-14/1", "02-14/2", "02-14/3"]
    r = cli("letter", "register", "--out", str(tmp_path / "reg.xlsx"), "--json", workspace=ws)
    assert json.loads(r.stdout)["rows"] == 3
    r = cli("letter", "incoming", "--sender", "Акимат", "--number", "7", "--date", "2026-06-05",
            "--received", "2026-06-06", "--json", workspace=ws)
    assert json.loads(r.stdout)["number"] == "2"
    r = cli("letter", "remind", "--letter", issued["id"], "--issue", "--lang", "kk", "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["kind"] == "reminder"
    r = cli("letter", "station", "--json", workspace=ws)
    assert json.loads(r.stdout)["station"] == "1"
    r = cli("check", "--json", workspace=ws)
    assert json.loads(r.stdout)["ok"] is True
