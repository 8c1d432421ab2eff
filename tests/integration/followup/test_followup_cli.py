"""Follow-up through the command line, end to end, in child processes (offline guard on)."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest

PASS_ENV = {"DEPUTYDESK_PASSPHRASE": "тест-пароль-2025"}


def _json(r):
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.mark.parametrize(("code", "start", "due"), [
    ("public_control", "2025-03-18", "2025-04-04"),
    ("appeal", "2025-04-28", "2025-05-22"),
    ("deputy_inquiry", "2025-06-30", "2025-07-30"),
    ("deputy_inquiry", "2026-01-31", "2026-03-02"),
])
def test_deadline_worked_examples(cli, tmp_path, code, start, due):
    data = _json(cli("deadline", code, "--start", start, "--json", workspace=tmp_path / "none"))
    assert {"code", "start", "due", "unit", "steps"} <= set(data)
    assert (data["code"], data["start"], data["due"]) == (code, start, due)
    assert data["steps"][-1].startswith(f"Due date: {due[8:10]}.{due[5:7]}.{due[:4]} (")
    # a pure computation does not create a workspace
    assert not (tmp_path / "none").exists()


def test_deadline_in_russian_and_kazakh_and_errors(cli, tmp_path):
    ru = _json(cli("deadline", "public_control", "--start", "2025-03-18", "--lang", "ru", "--json"))
    assert any("Наурыз" in s for s in ru["steps"])
    kk = _json(cli("deadline", "info_request", "--start", "2025-02-21", "--lang", "kk", "--json"))
    assert kk["due"] == "2025-03-11" and kk["unit"] == "calendar_days"
    custom = _json(cli("deadline", "custom", "--start", "2025-02-01", "--date", "2025-03-08", "--json"))
    assert custom["due"] == "2025-03-11"
    r = cli("deadline", "no_such", "--start", "2025-01-01")
    assert r.returncode == 2
    r = cli("deadline", "appeal", "--start", "32.01.2025", "--json")
    assert r.returncode == 1 and "--start" in r.stderr
    r = cli("deadline", "custom", "--start", "2025-01-01")
    assert r.returncode == 1 and "custom" in r.stderr


def test_rec_add_respond_list_and_exact_overdue(cli, tmp_path):
    ws = tmp_path / "W"
    assert cli("demo", workspace=ws).returncode == 0
    base = _json(cli("rec", "list", "--json", workspace=ws))  # the demo's own items
    demo_ids = {r["item_id"] for r in base}

    def add(*args):
        return _json(cli("rec", "add", *args, "--json", workspace=ws))

    a = add("--to", "Отдел образования", "--text", "1. Провести мониторинг питания.\n2. Опубликовать итоги.",
            "--sent", "2025-03-18", "--regime", "public_control", "--number", "T-1")
    assert a["due"] == "2025-04-04" and a["points"] == 2
    b = add("--to", "экономики и финансов", "--to", "Прокуратура Абайского района", "--text",
            "Прошу сообщить сведения о расходах на ремонт дорог.", "--sent", "2025-04-28",
            "--kind", "info_request", "--number", "T-2", "--registered", "2025-04-29")
    # 15 calendar days from 29.04 = Wed 14.05.2025
    assert [x["due"] for x in b["addressees"]] == ["2025-05-14", "2025-05-14"]
    c = add("--to", "ТОО «Жол»", "--text", "Депутатский запрос о сроках ремонта моста.", "--sent", "2025-04-30",
            "--kind", "deputy_inquiry", "--number", "T-3")
    assert c["due"] == "2025-05-30" and c["addressees"][0]["organisation_id"] is None

    # reply from the prosecutor on time; the item has two addressees, pick with --to
    r = _json(cli("rec", "respond", b["id"], "--to", "Прокуратура", "--received", "2025-05-12", "--text",
                  "На Ваш запрос сообщаем, что расходы на ремонт дорог в 2025 году составили 210,5 млн тенге "
                  "(бюджетная программа 459-023).\n\nПрокурор района          Т. Алиев", "--json", workspace=ws))
    assert {"reply_id", "on_time", "suggested_verdict", "hints"} <= set(r)
    assert r["on_time"] is True
    assert any(h["code"] == "amount" for h in r["hints"])
    # a late brush-off from the education department
    reply_file = tmp_path / "reply.txt"
    reply_file.write_text("ГУ «Отдел образования Абайского района»\n\nРекомендации общественного совета приняты к "
                          "сведению. Вопросы будут рассмотрены по мере финансирования.\n\nРуководитель отдела"
                          "          Е. Ташенов\n", encoding="utf-8")
    r2 = _json(cli("rec", "respond", a["id"], "--received", "2025-04-20", "--file", str(reply_file), "--json",
                   workspace=ws))
    assert r2["on_time"] is False and r2["suggested_verdict"] == "unjustified"
    # ambiguity is explained, not guessed
    bad = cli("rec", "respond", b["id"], "--received", "2025-05-12", "--text", "x", workspace=ws)
    assert bad.returncode == 1 and "--to" in bad.stderr

    def overdue(on):
        rows = _json(cli("rec", "list", "--overdue", "--on", on, "--json", workspace=ws))
        return [(x["registry_number"], x["addressee"], x["due"], x["status"], x["days_overdue"])
                for x in rows if x["item_id"] not in demo_ids]

    ECON = "ГУ «Отдел экономики и финансов Абайского района»"
    EDU = "ГУ «Отдел образования Абайского района»"
    # on 10.04: T-1 due 04.04, no answer yet (it came on 20.04)
    assert overdue("2025-04-10") == [("T-1", EDU, "2025-04-04", "overdue", 6)]
    # on 15.05: T-1 answered (late), T-2 economy silent (due 14.05), prosecutor answered
    assert overdue("2025-05-15") == [("T-2", ECON, "2025-05-14", "overdue", 1)]
    # on 02.06: + T-3 (due 30.05)
    assert overdue("2025-06-02") == [("T-2", ECON, "2025-05-14", "overdue", 19),
                                     ("T-3", "ТОО «Жол»", "2025-05-30", "overdue", 3)]
    rows = _json(cli("rec", "list", "--on", "2025-06-02", "--json", workspace=ws))
    mine = {(x["registry_number"], x["addressee"]): x for x in rows if x["item_id"] not in demo_ids}
    assert mine[("T-1", EDU)]["status"] == "awaiting_verdict"
    assert {"addressee", "due", "status", "verdict"} <= set(mine[("T-1", EDU)])

    # the council's verdict, implementation, and the timeline
    assert _json(cli("rec", "verdict", a["id"], "--result", "unjustified", "--on", "2025-04-25", "--json",
                     workspace=ws))["suggested"] == "unjustified"
    _json(cli("rec", "implement", a["id"], "--level", "fully", "--on", "2025-09-01", "--evidence",
              "проверено", "--json", workspace=ws))
    shown = _json(cli("rec", "show", a["id"], "--json", workspace=ws))
    stages = [e["stage"] for e in shown["addressees"][0]["timeline"]]
    assert stages == ["sent", "due", "reply", "verdict", "implementation", "closed"]

    # the event log: change one follow-up event in the file → check fails
    assert _json(cli("check", "--json", workspace=ws))["ok"] is True
    conn = sqlite3.connect(ws / "deputydesk.sqlite3")
    conn.execute("UPDATE events SET actor = 'someone else' WHERE entity = 'followup_verdict'")
    conn.commit()
    conn.close()
    r = cli("check", "--json", workspace=ws)
    assert r.returncode == 1
    assert any(p["code"] == "event_modified" for p in json.loads(r.stdout)["problems"])


def test_calendar_override_from_the_command_line(cli, tmp_path):
    ws = tmp_path / "W"
    item = _json(cli("rec", "add", "--to", "Аким", "--text", "x", "--sent", "2026-05-04", "--regime", "custom",
                     "--amount", "5", "--unit", "working_days", "--kind", "other", "--json", workspace=ws))
    assert item["due"] == "2026-05-13"
    out = _json(cli("calendar", "add", "2026-05-08", "--kind", "day_off", "--note", "перенос", "--json",
                    workspace=ws))
    assert [c["new"] for c in out["recomputed"]] == ["2026-05-14"]
    # the deadline command uses the workspace's calendar too
    d = _json(cli("deadline", "custom", "--start", "2026-05-04", "--amount", "5", "--unit", "working_days",
                  "--json", workspace=ws))
    assert d["due"] == "2026-05-14"
    assert any("перенос" in s for s in d["steps"])
    assert [x["day"] for x in _json(cli("calendar", "list", "--json", workspace=ws))] == ["2026-05-08"]
    out = _json(cli("calendar", "remove", "08.05.2026", "--json", workspace=ws))
    assert [c["new"] for c in out["recomputed"]] == ["2026-05-13"]


def test_citizen_data_with_a_passphrase_never_reaches_the_file(cli, tmp_path):
    ws = tmp_path / "W"
    from deputydesk.core.followup import iin_with_control

    iin = iin_with_control("90010130012")
    r = _json(cli("rec", "add", "--to", "Отдел занятости", "--kind", "deputy_inquiry", "--text",
                  "Прошу рассмотреть обращение гражданина о назначении пособия.", "--sent", "2025-02-03",
                  "--citizen-name", "Сапаров Н.", "--citizen-iin", iin, "--citizen-phone", "8 (701) 222-33-44",
                  "--json", workspace=ws, env=PASS_ENV))
    assert r["id"]
    raw = b"".join(p.read_bytes() for p in ws.glob("deputydesk.sqlite3*"))
    assert iin.encode() not in raw and b"7012223344" not in raw
    shown = _json(cli("rec", "show", r["id"], "--json", workspace=ws, env=PASS_ENV))
    assert shown["citizen_iin"] == "••••••••••••"
    # without a keyring or a passphrase: a clear message, exit 1, nothing written
    r = cli("rec", "add", "--to", "Отдел занятости", "--text", "x", "--sent", "2025-02-03", "--citizen-iin", iin,
            workspace=ws)
    assert r.returncode == 1 and "passphrase" in r.stderr
    r = cli("rec", "add", "--to", "x", "--text", "x", "--sent", "2025-02-03", "--citizen-iin", "123",
            workspace=ws, env=PASS_ENV)
    assert r.returncode == 1 and "IIN" in r.stderr


def test_report_and_export(cli, tmp_path):
    ws = tmp_path / "W"
    assert cli("demo", workspace=ws).returncode == 0
    year = json.loads(cli("rec", "list", "--json", workspace=ws).stdout)[0]["sent"][:4]
    pdf = tmp_path / "отчёт.pdf"
    r = _json(cli("rec", "report", "--year", year, "--out", str(pdf), "--lang", "kk", "--json", workspace=ws))
    assert r["out"] == str(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "ұсынымдар мен сауалдардың қаралуын бақылау туралы есеп" in text
    assert "Абай аудандық мәслихаты" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "LiberationSerif" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89" in info
    docx_path = tmp_path / "report.docx"
    assert _json(cli("rec", "report", "--year", year, "--out", str(docx_path), "--json", workspace=ws))
    from docx import Document

    body = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert "Отчёт о контроле за рассмотрением рекомендаций и запросов" in body
    xlsx = tmp_path / "list.xlsx"
    out = _json(cli("rec", "export", "--out", str(xlsx), "--lang", "kk", "--json", workspace=ws))
    assert out["rows"] >= 16
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet.cell(row=1, column=5).value == "Адресат"
    r = cli("rec", "report", "--year", year, "--out", str(tmp_path / "x.txt"), workspace=ws)
    assert r.returncode == 1 and "x.txt" in r.stderr
