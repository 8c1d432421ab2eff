"""`deputydesk session …` end to end in child processes (which abort on any network attempt)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document as open_docx

REPO = Path(__file__).resolve().parents[3]


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout)


def readme_example() -> dict:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("<!-- area:sessions -->"):text.index("<!-- /area:sessions -->")]
    block = re.search(r"```json\n(.*?)```", section, re.S)
    assert block, "the README's sessions section has a JSON example"
    return json.loads(block.group(1))


def full_session(present: int, votes: list[tuple[int, int, int]], lang: str = "ru") -> dict:
    data = readme_example()
    data.pop("present", None)
    data["language"] = lang
    data["attendance"] = [{"name": f"Депутат {i + 1:02d}", "present": i < present,
                           "reason": "" if i < present else "болезнь"} for i in range(25)]
    data["agenda"] = [{"title": f"О вопросе {n}", "rapporteur": f"Докладчик {n}", "speakers": [f"Выступающий {n}"],
                       "votes": {"for": f, "against": a, "abstained": b}, "decision_text": f"Решение по вопросу {n}."}
                      for n, (f, a, b) in enumerate(votes, start=1)]
    return data


def write_json(tmp_path: Path, data: dict, name: str = "session.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_readme_example_renders_as_documented(cli, tmp_path):
    data_path = write_json(tmp_path, readme_example())
    out = tmp_path / "protocol.pdf"
    r = cli("session", "render", "--data", str(data_path), "--out", str(out), "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["ok"] and result["kind"] == "protocol" and result["pages"] >= 1
    assert result["quorum"]["met"] is True and result["present"] == 17
    assert [(i["adopted"], i["number"]) for i in result["items"]] == [(True, "12-1/VIII")]
    text = pdf_text(out)
    for words in ("ПРОТОКОЛ № 12", "Присутствовали: 17 из 25 депутатов", "Отсутствовали: 8: Ахметова Гульнара "
                  "Серикбаевна (болезнь); Иванов Сергей Петрович (командировка).", "Кворум есть",
                  "1. СЛУШАЛИ:", "ВЫСТУПИЛИ:", "Петренко О.В. — поддержала проект", "РЕШИЛИ:", "Решение № 12-1/VIII.",
                  "Голосовали: «за» — 13, «против» — 4, «воздержались» — 0.", "Председатель маслихата",
                  "Е. Сейткалиев", "А. Жакупова"):
        assert words in text, words


def test_done_when_majority_of_the_total_and_quorum(cli, tmp_path):
    data_path = write_json(tmp_path, full_session(17, [(12, 5, 0), (13, 4, 0)]))
    r = cli("session", "render", "--data", str(data_path), "--out", str(tmp_path / "p.pdf"), "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["quorum"] == dict(result["quorum"], met=True, present=17, total=25, required=17)
    items = result["items"]
    assert [i["adopted"] for i in items] == [False, True]
    assert [i["number"] for i in items] == [None, "12-1/VIII"]
    assert [i["quorum"] for i in items] == [True, True] and items[0]["required"] == 13

    below = write_json(tmp_path, full_session(16, [(16, 0, 0)]), "below.json")
    r = cli("session", "render", "--data", str(below), "--out", str(tmp_path / "below.pdf"), "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["quorum"]["met"] is False and result["quorum"]["required"] == 17
    item = result["items"][0]
    assert item["adopted"] is False and item["voted_without_quorum"] is True and item["status"] == "no_quorum"
    assert {"warning.session_no_quorum", "warning.item_without_quorum"} <= {w["code"] for w in result["warnings"]}
    assert "Кворума нет: присутствуют 16 из 25 депутатов" in pdf_text(tmp_path / "below.pdf")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_protocol_in_each_language_with_annex_and_signatures(cli, tmp_path, lang):
    data = full_session(20, [(14, 3, 3), (12, 8, 0), (20, 0, 0)], lang)
    out = tmp_path / f"p-{lang}.pdf"
    r = cli("session", "render", "--data", str(write_json(tmp_path, data)), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "protocol written to" in r.stdout and "adopted No. 12-1/VIII" in r.stdout
    text = pdf_text(out)
    heard, spoke, decided = {"ru": ("СЛУШАЛИ", "ВЫСТУПИЛИ", "РЕШИЛИ"), "kk": ("ТЫҢДАЛДЫ", "СӨЙЛЕДІ", "ШЕШІМ ҚАБЫЛДАДЫ")}[lang]
    for n in (1, 2, 3):
        assert f"{n}. {heard}:" in text
    assert text.count(f"{spoke}:") == 3 and text.count(f"{decided}:") == 3
    assert ("«за» — 12, «против» — 8" if lang == "ru" else "«жақтап» — 12, «қарсы» — 8") in text
    assert ("Приложение к протоколу № 12" if lang == "ru" else "№ 12 хаттамаға қосымша") in text
    assert "Депутат 25" in text  # the annex lists all 25
    assert "Е. Сейткалиев" in text and "А. Жакупова" in text


def test_summary_and_notice_as_docx(cli, tmp_path):
    data = full_session(20, [(14, 3, 3)])
    data["agenda"][0]["raised"] = [{"kind": "inquiry", "addressee": "аким района", "text": "О дороге.",
                                    "due": "2024-04-27"}]
    data["next_session"] = {"date": "2024-06-20", "time": "10:00", "place": "г. Абай", "agenda": ["О бюджете"]}
    path = write_json(tmp_path, data)
    r = cli("session", "render", "--data", str(path), "--out", str(tmp_path / "s.docx"), "--summary", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["kind"] == "summary"
    text = "\n".join(p.text for p in open_docx(str(tmp_path / "s.docx")).paragraphs)
    assert "КРАТКО О СЕССИИ" in text and "Депутатский запрос — аким района: О дороге. (ответ — до 27.04.2024)" in text
    assert "Следующая сессия: 20 июня 2024 года, 10:00" in text
    r = cli("session", "render", "--data", str(path), "--out", str(tmp_path / "n.pdf"), "--notice", "--lang", "kk")
    assert r.returncode == 0, r.stderr
    assert "ХАБАРЛАНДЫРУ" in pdf_text(tmp_path / "n.pdf")


def test_bad_input_names_the_file_and_the_key(cli, tmp_path):
    bad = full_session(17, [(13, 4, 0)])
    bad["agenda"][0]["votes"]["for"] = -1
    path = write_json(tmp_path, bad, "bad.json")
    r = cli("session", "render", "--data", str(path), "--out", str(tmp_path / "p.pdf"), "--json")
    assert r.returncode == 1
    assert "bad.json: agenda[0].votes.for: must be at least 0" in r.stderr
    assert json.loads(r.stdout) == {"ok": False, "file": str(path), "error": "agenda[0].votes.for: must be at least 0, not -1"}
    assert not (tmp_path / "p.pdf").exists()

    broken = tmp_path / "broken.json"
    broken.write_text('{"body": ', encoding="utf-8")
    r = cli("session", "render", "--data", str(broken), "--out", str(tmp_path / "p.pdf"))
    assert r.returncode == 1 and "broken.json: not valid JSON (line 1" in r.stderr
    r = cli("session", "render", "--data", str(tmp_path / "missing.json"), "--out", str(tmp_path / "p.pdf"))
    assert r.returncode == 1 and "missing.json: file not found" in r.stderr
    r = cli("session", "render", "--data", str(path), "--out", str(tmp_path / "p.odt"))
    assert r.returncode == 2 and ".pdf or .docx" in r.stderr
    r = cli("session", "render", "--out", str(tmp_path / "p.pdf"))
    assert r.returncode == 2


def test_workspace_commands_on_the_demo(cli, tmp_path):
    ws = tmp_path / "W"
    assert cli("demo", workspace=ws).returncode == 0
    r = cli("session", "list", "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 3 and {r["kind"] for r in rows} == {"maslikhat", "public_council"}
    target = next(r for r in rows if r["number"] == 12)
    out = tmp_path / "out" / "demo-protocol-kk.docx"
    r = cli("session", "export", target["id"], "--out", str(out), "--lang", "kk", "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    assert out.is_file() and json.loads(r.stdout)["path"] == str(out)
    assert "ШЕШІМ ҚАБЫЛДАДЫ:" in "\n".join(p.text for p in open_docx(str(out)).paragraphs)
    r = cli("session", "export", "no-such-id", "--out", str(tmp_path / "x.pdf"), workspace=ws)
    assert r.returncode == 1 and "no session with id no-such-id" in r.stderr
    r = cli("session", "rules", "--json", "--lang", "ru", workspace=ws)
    rules = json.loads(r.stdout)
    maslikhat = next(x for x in rules if x["kind"] == "maslikhat")
    assert maslikhat["majority_base"] == "total" and maslikhat["sources"]["tie"]["article"] == "art. 19 §6"
    assert "ст. 11 п. 3" in maslikhat["described"][1]["source"]
    assert cli("check", workspace=ws).returncode == 0
