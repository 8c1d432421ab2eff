"""Session records: convocation numerals, decision numbers, notice warnings, JSON input, explanations."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from deputydesk.core import sessions_text
from deputydesk.core.sessions import (
    NUMBER_PRESETS,
    AgendaItem,
    Attendee,
    Body,
    BodyKind,
    BodyRules,
    Explanation,
    NumberFormatError,
    Session,
    SessionDataError,
    Votes,
    check_number_format,
    date_span,
    evaluate,
    evaluation_to_dict,
    format_decision_number,
    from_roman,
    notice_warnings,
    parse_convocation,
    parse_decision_number,
    session_from_dict,
    split_sentences,
    to_roman,
)


# ------------------------------------------------------------------------------------------ roman
def test_roman_round_trip_for_every_number():
    for n in range(1, 4000):
        assert from_roman(to_roman(n)) == n
    assert to_roman(8) == "VIII" and to_roman(49) == "XLIX" and to_roman(1994) == "MCMXCIV"


def test_roman_accepts_lowercase_and_cyrillic_lookalikes():
    assert from_roman("viii") == 8
    assert from_roman("ХІІ") == 12  # Cyrillic Ха and Kazakh/Ukrainian І, as typed in Russian documents
    assert from_roman(" VII ") == 7


@pytest.mark.parametrize("bad", ["", "IIII", "VX", "IC", "ABC", "8", "MMMM"])
def test_roman_rejects_malformed(bad):
    with pytest.raises(ValueError):
        from_roman(bad)


def test_parse_convocation_forms():
    assert parse_convocation(8) == parse_convocation("8") == parse_convocation("VIII") == 8
    for bad in (0, True, "восьмой", 4000):
        with pytest.raises(ValueError):
            parse_convocation(bad)


# ------------------------------------------------------------------------------------------ numbers
@pytest.mark.parametrize(("example", "kwargs"), [
    ("12-3/VIII", {"session": 12, "seq": 3, "convocation": 8}),
    ("18/103-VIII", {"session": 18, "seq": 1, "convocation": 8, "running": 103}),
    ("29-5", {"session": 29, "seq": 5, "convocation": 8}),
    ("135", {"session": 14, "seq": 2, "convocation": 8, "running": 135}),
    ("С-24/4", {"session": 24, "seq": 4, "convocation": 5}),
    ("369/45", {"session": 45, "seq": 1, "convocation": 5, "running": 369}),
])
def test_number_presets_print_the_real_examples(example, kwargs):
    template = NUMBER_PRESETS[example]
    assert format_decision_number(template, **kwargs) == example
    parsed = parse_decision_number(template, "№ " + example)
    assert parsed is not None
    for key, value in parsed.items():
        assert value == kwargs[key]


def test_number_format_errors_are_clear():
    with pytest.raises(NumberFormatError, match="unknown field"):
        check_number_format("{session}-{decision}")
    with pytest.raises(NumberFormatError, match="needs {seq} or {running}"):
        check_number_format("{session}/{convocation}")
    with pytest.raises(NumberFormatError, match="empty"):
        check_number_format("  ")
    with pytest.raises(NumberFormatError, match="running decision number"):
        format_decision_number("{running}", session=1, seq=1, convocation=8)
    assert parse_decision_number("{session}-{seq}/{convocation}", "12-3") is None


def test_running_numbers_continue_from_the_sessions_start():
    rules = BodyRules.default("maslikhat").edit(number_format=NUMBER_PRESETS["18/103-VIII"])
    body = Body(BodyKind.MASLIKHAT, {"ru": "Отырарский районный маслихат"}, 15, rules)
    agenda = [AgendaItem(f"О вопросе {i}", votes=Votes(10, 0, 0)) for i in range(3)]
    attendance = [Attendee(f"Д{i}", True) for i in range(15)]
    s = Session(body, 8, 18, dt.date(2024, 8, 6), attendance=attendance, agenda=agenda, running_start=101)
    assert [r.number for r in evaluate(s).items] == ["18/101-VIII", "18/102-VIII", "18/103-VIII"]
    s.running_start = None
    ev = evaluate(s)
    assert [r.number for r in ev.items] == [None, None, None]
    assert all("number_needs_running_start" in r.flags for r in ev.items)


def test_a_number_given_by_hand_is_kept():
    body = Body(BodyKind.MASLIKHAT, {"ru": "М"}, 3)
    s = Session(body, 8, 2, dt.date(2024, 1, 1), attendance=[Attendee(str(i), True) for i in range(3)],
                agenda=[AgendaItem("О х", votes=Votes(3, 0, 0), decision_number="2-7/VIII")])
    assert evaluate(s).items[0].number == "2-7/VIII"


# ------------------------------------------------------------------------------------------ notices
def _maslikhat_session(start: dt.date, notice: dt.date | None, materials: dt.date | None, extraordinary=False,
                       kind=BodyKind.MASLIKHAT) -> Session:
    return Session(Body(kind, {"ru": "М"}, 25), 8, 5, start, extraordinary=extraordinary,
                   notice_sent=notice, materials_sent=materials)


@pytest.mark.parametrize(("extraordinary", "notice_days", "materials_days", "late"), [
    (False, 10, 5, []),
    (False, 9, 5, ["warning.notice_late"]),
    (False, 10, 4, ["warning.materials_late"]),
    (False, 2, 1, ["warning.notice_late", "warning.materials_late"]),
    (True, 3, 3, []),
    (True, 2, 3, ["warning.notice_late"]),
    (True, 3, 2, ["warning.materials_late"]),
])
def test_notice_and_materials_deadlines(extraordinary, notice_days, materials_days, late):
    start = dt.date(2024, 3, 15)
    s = _maslikhat_session(start, start - dt.timedelta(days=notice_days), start - dt.timedelta(days=materials_days),
                           extraordinary)
    warnings = notice_warnings(s)
    assert [w.code for w in warnings] == late
    for w in warnings:
        assert w.params["source"] == "L148 art. 10 §3"
        assert "календарными" in w.render("ru") and "күнтізбелік" in w.render("kk")
        assert "calendar days" in w.render("en")


def test_notice_rules_apply_to_maslikhat_sessions_only_and_unknown_dates_are_silent():
    start = dt.date(2024, 3, 15)
    assert notice_warnings(_maslikhat_session(start, start, start, kind=BodyKind.PUBLIC_COUNCIL)) == []
    assert notice_warnings(_maslikhat_session(start, None, None)) == []


def test_late_notice_counts_calendar_days_across_a_weekend_and_a_holiday():
    # Notice on Friday 12.03.2021, session on Monday 22.03.2021 (Nauryz 21–23 March): 10 calendar days.
    s = _maslikhat_session(dt.date(2021, 3, 22), dt.date(2021, 3, 12), dt.date(2021, 3, 17))
    assert notice_warnings(s) == []


# ------------------------------------------------------------------------------------------ JSON input
SAMPLE = {
    "language": "ru",
    "body": {"kind": "maslikhat", "name": "Абайский районный маслихат", "total_members": 25},
    "convocation": "VIII", "number": 12, "extraordinary": False, "date": "2024-03-15",
    "place": "с. Карааул", "chair": "Ахметов Бауыржан", "secretary": "Иванова Анна",
    "attendance": [{"name": f"Депутат {i}", "present": i < 17, "reason": "" if i < 17 else "болезнь"}
                   for i in range(25)],
    "invited": ["аким района"],
    "agenda": [
        {"title": "О бюджете", "rapporteur": "Касымова Д.", "speakers": ["Петров О."],
         "votes": {"for": 12, "against": 5, "abstained": 0}, "decision_text": "Утвердить."},
        {"title": "О плане", "rapporteur": "Ахметов Б.", "speakers": [{"name": "Иванова А.", "text": "за"}],
         "votes": {"for": 13, "against": 4, "abstained": 0}, "decision_text": "Утвердить план."},
    ],
}


def test_session_from_dict_reads_the_documented_keys():
    s = session_from_dict(json.loads(json.dumps(SAMPLE)))
    assert s.convocation == 8 and s.number == 12 and not s.extraordinary and s.present_count == 17
    assert s.body.names["ru"] == "Абайский районный маслихат" and s.body.total_members == 25
    assert s.agenda[1].speakers[0].text == "за"
    out = evaluation_to_dict(s, evaluate(s), "ru")
    assert [i["adopted"] for i in out["items"]] == [False, True]
    assert [i["number"] for i in out["items"]] == [None, "12-1/VIII"]
    assert out["quorum"]["met"] is True and out["quorum"]["required"] == 17
    assert all(i["quorum"] for i in out["items"])
    json.dumps(out, ensure_ascii=False)  # serialisable


@pytest.mark.parametrize(("mutate", "path"), [
    (lambda d: d["agenda"][1]["votes"].update({"for": -1}), "agenda[1].votes.for"),
    (lambda d: d["agenda"][0]["votes"].pop("for"), "agenda[0].votes.for"),
    (lambda d: d["body"].update({"kind": "senate"}), "body.kind"),
    (lambda d: d["body"].pop("total_members"), "body.total_members"),
    (lambda d: d.update({"date": "15.03.2024"}), "date"),
    (lambda d: d.update({"convocation": "VIIII"}), "convocation"),
    (lambda d: d.update({"extraordinary": "no"}), "extraordinary"),
    (lambda d: d["attendance"][3].update({"present": "yes"}), "attendance[3].present"),
    (lambda d: d["agenda"][0].pop("title"), "agenda[0].title"),
    (lambda d: d["body"].update({"rules": {"majority_base": "present"}}), "body.rules"),
    (lambda d: d["body"].update({"number_format": "{x}"}), "body.number_format"),
])
def test_bad_input_names_the_key(mutate, path):
    data = json.loads(json.dumps(SAMPLE))
    mutate(data)
    with pytest.raises(SessionDataError) as info:
        session_from_dict(data)
    assert info.value.path == path
    assert str(info.value).startswith(path)


def test_public_council_rules_can_be_set_in_the_json():
    data = json.loads(json.dumps(SAMPLE))
    data["body"] = {"kind": "public_council", "name": {"ru": "Общественный совет", "kk": "Қоғамдық кеңес"},
                    "total_members": 15, "rules": {"majority": ">=2/3", "majority_base": "present"}}
    data["attendance"] = [{"name": f"Член {i}", "present": i < 12} for i in range(15)]
    data["agenda"][0]["votes"] = {"for": 8, "against": 4}
    s = session_from_dict(data)
    ev = evaluate(s)
    assert ev.items[0].adopted and ev.items[0].required == 8  # 2/3 of 12 present
    assert s.body.name("kk") == "Қоғамдық кеңес"


# ------------------------------------------------------------------------------------------ texts
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")


def _all_explanations() -> list[Explanation]:
    out: list[Explanation] = []
    for kind in BodyKind:
        body = Body(kind, {"ru": "X"}, 24)
        for present, votes, chair, at_vote in [
                (24, Votes(12, 12, 0), "for", None), (24, Votes(12, 12, 0), "against", None),
                (24, Votes(12, 12, 0), None, None), (10, Votes(3, 3, 0), None, None),
                (20, Votes(20, 0, 0), None, None), (20, Votes(5, 2, 0), None, None),
                (20, Votes(30, 0, 0), None, None), (20, None, None, 30)]:
            s = Session(body, 8, 1, dt.date(2024, 5, 2), end=dt.date(2024, 5, 1),
                        attendance=[Attendee(f"A{i}", i < present) for i in range(25)] + [Attendee("Chair", False)],
                        chair="Chair", agenda=[AgendaItem("О x", votes=votes, chair_vote=chair, present=at_vote)],
                        notice_sent=dt.date(2024, 5, 1), materials_sent=dt.date(2024, 5, 1))
            ev = evaluate(s)
            out.append(ev.quorum.explanation)
            out.extend(ev.warnings)
            for r in ev.items:
                out.extend(r.explanations)
        s2 = Session(body, 8, 1, dt.date(2024, 5, 2), attendance=[Attendee("A", True)])
        out.extend(evaluate(s2).warnings)
    return out


def test_every_explanation_code_is_produced_and_has_three_languages():
    explanations = _all_explanations()
    produced = {e.code for e in explanations}
    assert produced == sessions_text.KNOWN_CODES, sessions_text.KNOWN_CODES ^ produced
    for e in explanations:
        texts = {lang: e.render(lang) for lang in ("kk", "ru", "en")}
        assert all(texts.values())
        assert len(set(texts.values())) == 3, e.code
        assert not re.search("[а-яё]", texts["en"], re.I) or e.code == "warning.chair_absent", texts["en"]
        assert re.search("[а-яё]", texts["ru"], re.I)
        assert "{" not in "".join(texts.values())


def test_kazakh_texts_are_kazakh():
    for e in _all_explanations():
        if e.code in ("warning.chair_absent",):
            continue
        assert KAZAKH_LETTERS.search(e.render("kk")), (e.code, e.render("kk"))


def test_unknown_code_fails_loudly():
    with pytest.raises(KeyError):
        Explanation("vote.magic", {}).render("ru")


def test_russian_plural_and_genitive():
    assert sessions_text.ru_plural(1, "день", "дня", "дней") == "день"
    assert sessions_text.ru_plural(3, "день", "дня", "дней") == "дня"
    assert sessions_text.ru_plural(11, "день", "дня", "дней") == "дней"
    assert sessions_text.ru_plural(22, "день", "дня", "дней") == "дня"
    assert sessions_text.ru_genitive_after(21, "депутата", "депутатов") == "депутата"
    assert sessions_text.ru_genitive_after(25, "депутата", "депутатов") == "депутатов"
    ev = evaluate(Session(Body(BodyKind.MASLIKHAT, {"ru": "М"}, 21), 8, 1, dt.date(2024, 1, 1),
                          attendance=[Attendee(str(i), i < 14) for i in range(21)]))
    assert "из 21 депутата," in ev.quorum.explanation.render("ru")


def test_describe_rules_shows_source_and_editability():
    rows = sessions_text.describe_rules(BodyRules.default("maslikhat"), "ru")
    quorum, majority, tie, number = rows
    assert "2/3" in quorum[1] and "ст. 8 п. 2" in quorum[2] and quorum[3] is False
    assert "общего числа депутатов" in majority[1] and "ст. 11 п. 3" in majority[2]
    assert "председателя" in tie[1] and "ст. 19 п. 6" in tie[2]
    assert number[3] is True
    kk = sessions_text.describe_rules(BodyRules.default("public_council"), "kk")
    assert "13-бап" in kk[0][2] and kk[1][3] is True


def test_date_span_forms():
    a, b = dt.date(2024, 3, 15), dt.date(2024, 3, 16)
    assert date_span(a, None, "ru") == "15 марта 2024 года"
    assert date_span(a, b, "ru") == "15–16 марта 2024 года"
    assert date_span(a, b, "kk") == "2024 жылғы 15–16 наурыз"
    assert date_span(dt.date(2024, 3, 30), dt.date(2024, 4, 1), "ru") == "30 марта – 1 апреля 2024 года"
    assert date_span(dt.date(2024, 12, 30), dt.date(2025, 1, 2), "en") == "30 December 2024 – 2 January 2025"


def test_split_sentences_keeps_whole_sentences():
    text = "Первое предложение. Второе предложение длиннее. Третье."
    assert split_sentences(text, 200) == text
    assert split_sentences(text, 40) == "Первое предложение. …"
