"""The letter model: reading the JSON format, validation with named fields, standard wording."""

from __future__ import annotations

import datetime as dt

import pytest

from deputydesk.core import letters as L
from deputydesk.demo.letters_data import sample


def test_every_sample_is_complete():
    for kind in L.KINDS:
        for lang in L.LANGUAGES:
            letter = L.letter_from_dict(sample(kind, lang))
            assert L.validate(letter) == [], (kind, lang)


def test_letter_without_addressee_is_refused_naming_the_field():
    data = sample("deputy_inquiry", "ru")
    del data["addressee"]
    letter = L.letter_from_dict(data)
    with pytest.raises(L.LetterError) as info:
        L.require_complete(letter)
    assert info.value.missing == ["addressee"]
    assert "missing required field: addressee" in str(info.value)


def test_all_missing_fields_listed_at_once():
    letter = L.letter_from_dict({"kind": "recommendation", "language": "kk"})
    problems = L.validate(letter)
    missing = {p.field for p in problems if p.code == "missing"}
    assert missing == {"number", "date", "addressee", "body.name_kk", "body.name_ru", "signer.position",
                       "signer.name", "executor.name", "executor.phone", "subject", "points"}
    text = L.describe_problems(problems)
    for name in missing:
        assert name in text


def test_kind_specific_requirements():
    data = sample("reminder", "ru")
    del data["reminder"]
    assert {"reminder.number", "reminder.date", "reminder.due"} <= set(
        L.validate(L.letter_from_dict(data)) and [p.field for p in L.validate(L.letter_from_dict(data))])
    data = sample("cover", "kk", attachments=[])
    assert [p.field for p in L.validate(L.letter_from_dict(data))] == ["attachments"]
    data = sample("deputy_inquiry", "ru")
    data["addressee"]["name"] = "  "
    assert [p.field for p in L.validate(L.letter_from_dict(data))] == ["addressee.name"]


def test_draft_does_not_need_number_and_date():
    data = sample("info_request", "ru")
    del data["number"], data["date"]
    letter = L.letter_from_dict(data)
    assert L.validate(letter, require_number=False) == []
    assert {p.field for p in L.validate(letter)} == {"number", "date"}


@pytest.mark.parametrize(
    ("patch", "field", "code"),
    [
        ({"kind": "petition"}, "kind", "invalid"),
        ({"language": "en"}, "language", "invalid"),
        ({"date": "15.03.2024"}, "date", "invalid"),
        ({"date": "2024-02-30"}, "date", "invalid"),
        ({"adressee": {}}, "adressee", "unknown"),
        ({"points": "one"}, None, None),  # a single string is accepted as one point
        ({"points": [1.5, {"x": 1}]}, "points[2]", "invalid"),
        ({"term": {"count": 0, "unit": "months"}}, "term.count", "invalid"),
        ({"term": {"count": 10, "unit": "weeks"}}, "term.unit", "invalid"),
        ({"attachments": [{"title": "A", "sheets": -1}]}, "attachments[1].sheets", "invalid"),
        ({"attachments": [{"sheets": 2}]}, "attachments[1].title", "missing"),
        ({"body": "Council"}, "body", "invalid"),
        ({"signer": {"position": "Chair", "nmae": "X"}}, "signer.nmae", "unknown"),
    ],
)
def test_bad_json_names_the_field(patch, field, code):
    data = sample("recommendation", "ru")
    data.update(patch)
    if field is None:
        assert L.letter_from_dict(data).points == ["one"]
        return
    try:  # type and key errors are found while reading, wrong values by validate()
        problems = L.validate(L.letter_from_dict(data, source="letter.json"))
        message = L.describe_problems(problems, "letter.json")
    except L.LetterError as exc:
        problems, message = exc.problems, str(exc)
    assert (field, code) in [(p.field, p.code) for p in problems]
    assert message.startswith("letter.json: letter refused")
    assert field in message


def test_not_an_object():
    with pytest.raises(L.LetterError, match="must be a JSON object"):
        L.letter_from_dict(["kind"])


def test_too_long_values_refused():
    data = sample("deputy_inquiry", "kk")
    data["body"]["name_kk"] = "Ә" * (L.MAX_SHORT + 1)
    problems = L.validate(L.letter_from_dict(data))
    assert [(p.field, p.code) for p in problems] == [("body.name_kk", "too_long")]


def test_reminder_must_be_overdue():
    data = sample("reminder", "ru", date="2024-02-20")
    problems = L.validate(L.letter_from_dict(data))
    assert [p.field for p in problems] == ["reminder.due"]
    assert "not overdue" in problems[0].message


def test_dict_roundtrip():
    for kind in L.KINDS:
        data = sample(kind, "kk", reply_to={"number": "5-10/77", "date": "2024-03-01"})
        letter = L.letter_from_dict(data)
        again = L.letter_from_dict(L.letter_to_dict(letter))
        assert again == letter


def test_term_phrases():
    assert L.term_phrase(L.Term(1, "months"), "ru") == "один месяц"
    assert L.term_phrase(L.Term(1, "months"), "ru", "gen") == "одного месяца"
    assert L.term_phrase(L.Term(15, "calendar_days"), "ru", "gen") == "пятнадцати календарных дней"
    assert L.term_phrase(L.Term(10, "working_days"), "ru") == "десять рабочих дней"
    assert L.term_phrase(L.Term(3, "working_days"), "ru") == "три рабочих дня"
    assert L.term_phrase(L.Term(21, "calendar_days"), "ru") == "двадцать один календарный день"
    assert L.term_phrase(L.Term(21, "calendar_days"), "ru", "gen") == "двадцати одного календарного дня"
    assert L.term_phrase(L.Term(1, "months"), "kk") == "бір ай"
    assert L.term_phrase(L.Term(15, "calendar_days"), "kk") == "он бес күнтізбелік күн"
    assert L.term_phrase(L.Term(10, "working_days"), "kk") == "он жұмыс күні"


def test_signature_name():
    assert L.signature_name("Иванов Иван Иванович") == "И.И. Иванов"
    assert L.signature_name("Сейтқали Айгүл Болатқызы") == "А.Б. Сейтқали"
    assert L.signature_name("Ахметов Серик") == "С. Ахметов"
    assert L.signature_name("И.И. Иванов") == "И.И. Иванов"
    assert L.signature_name("Иванов И.И.") == "Иванов И.И."
    assert L.signature_name("  Талаева   Тамара  Ивановна ") == "Т.И. Талаева"
    assert L.signature_name("") == ""


def test_number_and_reply_lines():
    ru = L.letter_from_dict(sample("deputy_inquiry", "ru", reply_to={"number": "3-15/112", "date": "2024-03-01"}))
    kk = L.letter_from_dict(sample("deputy_inquiry", "kk", reply_to={"number": "3-15/112", "date": "2024-03-01"}))
    assert L.number_line(ru) == "№ 01-12/1-45 от 15.03.2024"
    assert L.number_line(kk) == "15.03.2024 № 01-12/1-45"
    assert L.reply_line(ru) == "На № 3-15/112 от 01.03.2024"
    assert L.reply_line(kk) == "2024 жылғы 1 наурыздағы № 3-15/112 хатыңызға"
    draft = L.letter_from_dict(sample("cover", "ru", number="", date=None))
    assert L.number_line(draft) == "№ __________ от __________"


def _text(kind: str, lang: str, **kw) -> str:
    return "\n".join(L.compose(L.letter_from_dict(sample(kind, lang, **kw))).lines())


def test_standard_wording_cites_the_right_law():
    assert "статьей 21-1 Закона Республики Казахстан от 23 января 2001 года № 148" in _text("deputy_inquiry", "ru")
    assert "2001 жылғы 23 қаңтардағы № 148 Қазақстан Республикасы Заңының 21-1-бабына сәйкес" in _text(
        "deputy_inquiry", "kk")
    assert "статьей 5 Закона Республики Казахстан от 2 ноября 2015 года № 383-V «Об общественных советах»" in _text(
        "recommendation", "ru")
    assert "«Қоғамдық кеңестер туралы» 2015 жылғы 2 қарашадағы № 383-V" in _text("recommendation", "kk")
    assert "статьей 11 Закона Республики Казахстан от 16 ноября 2015 года № 401-V «О доступе к информации»" in _text(
        "info_request", "ru")
    assert "«Ақпаратқа қол жеткізу туралы» 2015 жылғы 16 қарашадағы № 401-V Қазақстан Республикасы Заңының 11-бабына" \
        in _text("info_request", "kk")


def test_terms_in_closings():
    assert "в течение одного месяца со дня получения запроса" in _text("deputy_inquiry", "ru")
    assert "бір ай ішінде жазбаша түрде" in _text("deputy_inquiry", "kk")
    assert "в течение пятнадцати календарных дней со дня регистрации запроса" in _text("info_request", "ru")
    assert "он бес күнтізбелік күн ішінде" in _text("info_request", "kk")
    text = _text("recommendation", "ru", term={"count": 10, "unit": "working_days"})
    assert "в течение десяти рабочих дней принять соответствующие решения и (или) дать мотивированный ответ" in text
    assert "Он жұмыс күні ішінде тиісті шешімдер" in _text("recommendation", "kk",
                                                           term={"count": 10, "unit": "working_days"})


def test_reminder_states_number_date_term_and_expiry():
    ru = _text("reminder", "ru")
    assert "письмом от 01.02.2024 № 01-12/1-10 Вам были направлены рекомендации общественного совета" in ru
    assert "Установленный срок ответа — один месяц — истек 1 марта 2024 года." in ru
    assert "По состоянию на 15.03.2024 ответ не поступил." in ru
    kk = _text("reminder", "kk")
    assert "Сізге 2024 жылғы 1 ақпандағы № 01-12/1-10 хатпен" in kk
    assert "қоғамдық кеңестің ұсынымдары жолданғанын еске саламыз." in kk
    assert "Белгіленген жауап беру мерзімі (бір ай) 2024 жылғы 1 наурызда аяқталды." in kk
    assert "2024 жылғы 15 наурыздағы жағдай бойынша жауап түскен жоқ." in kk
    # without a kind and a term, the reminder still says what is known
    data = sample("reminder", "ru")
    data["reminder"] = {"number": "7", "date": "2024-01-10", "due": "2024-02-10"}
    text = "\n".join(L.compose(L.letter_from_dict(data)).lines())
    assert "письмом от 10.01.2024 № 7 Вам было направлено письмо." in text
    assert "Установленный срок ответа истек 10 февраля 2024 года." in text


def test_headings_and_default_subjects():
    assert L.compose(L.letter_from_dict(sample("deputy_inquiry", "kk"))).blocks[0].text == "ДЕПУТАТТЫҚ САУАЛ"
    rem = L.compose(L.letter_from_dict(sample("reminder", "kk"))).blocks
    assert [b.text for b in rem[:2]] == ["ЕСКЕ САЛУ", "Жауаптың ұсынылмауы туралы"]
    cover = L.compose(L.letter_from_dict(sample("cover", "ru"))).blocks
    assert cover[0].role == "subject" and cover[0].text == "О направлении документов"
    assert cover[1].text == "Направляем Вам документы согласно приложению."


def test_points_are_numbered_and_lead_in_not_doubled():
    c = L.compose(L.letter_from_dict(sample("recommendation", "ru")))
    points = [b for b in c.blocks if b.role == "point"]
    assert [b.number for b in points] == [1, 2, 3]
    assert points[0].display.startswith("1. обеспечить")
    assert any(b.text == "Общественный совет рекомендует:" for b in c.blocks)
    c = L.compose(L.letter_from_dict(sample("recommendation", "ru", text="Совет предлагает:")))
    assert not any(b.text == "Общественный совет рекомендует:" for b in c.blocks)


def test_attachments_wording():
    ru = L.compose(L.letter_from_dict(sample("cover", "ru"))).lines()
    assert "Приложение:" in ru and "1. Протокол заседания общественного совета № 3 на 4 л." in ru
    kk = L.compose(L.letter_from_dict(sample("cover", "kk"))).lines()
    assert "Қосымша:" in kk and "2. Шешім жобасы бойынша қорытынды, 2 парақ" in kk


def test_executor_and_signature():
    kk = L.compose(L.letter_from_dict(sample("recommendation", "kk")))
    assert kk.executor_lines == ["Орынд. Ахметова Ә.", "Тел. 8 (72774) 2-11-45"]
    assert kk.signer_name == "Т.И. Талаева"
    ru = L.compose(L.letter_from_dict(sample("recommendation", "ru")))
    assert ru.executor_lines[0] == "Исп. Ахметова А."


def test_qr_payload_roundtrip():
    payload = L.qr_payload("01-12/1-45;x", dt.date(2024, 3, 15))
    assert payload == "DDL1;2024-03-15;01-12/1-45;x"
    assert L.parse_qr_payload(payload) == ("01-12/1-45;x", dt.date(2024, 3, 15))
    assert L.parse_qr_payload("http://example") is None
    assert L.parse_qr_payload("DDL1;2024-13-01;5") is None
    assert L.compose(L.letter_from_dict(sample("cover", "ru"))).qr_payload == "DDL1;2024-03-15;01-12/1-45"
    assert L.compose(L.letter_from_dict(sample("cover", "ru", number=""))).qr_payload == ""


def test_text_is_kept_as_typed():
    nasty = "<b>AT&T</b> \"q\" 'x' a<b"
    c = L.compose(L.letter_from_dict(sample("deputy_inquiry", "ru", text=f"{nasty}\n\n  второй абзац  ")))
    texts = [b.text for b in c.blocks if b.role == "text"]
    assert nasty in texts and "  второй абзац" in texts


def test_kk_date_locative():
    assert L.kk_date_locative(dt.date(2024, 9, 5)) == "2024 жылғы 5 қыркүйекте"
    assert L.kk_date_locative(dt.date(2024, 7, 1)) == "2024 жылғы 1 шілдеде"
