"""Session documents in Kazakh, Russian (and English): the protocol, a plain-language summary and the
notice of the next session — each as PDF (what prints) and DOCX (the editable copy).

Protocol layout (legal-facts.md §2.3, DOC703 p. 47; DESIGN.md §5): introductory part (chair, secretary,
present / absent, invited), the agenda with rapporteurs, then per item "heard / spoke / decided" with the vote
counts, signatures of the chair and the secretary; the attendance list goes to an annex when it is longer
than ten names; the protocol date is the meeting date (several days: start–end).

The "decided" heading depends on what the body adopts:

* a maslikhat adopts **decisions** (решение / шешім, L148 art. 7): "РЕШИЛИ" / "ШЕШІМ ҚАБЫЛДАДЫ" — the
  words with which maslikhat decisions themselves are enacted ("…маслихат РЕШИЛ:", "…мәслихат ШЕШІМ
  ҚАБЫЛДАДЫ:", see corpus web/001, 004, 005, 007);
* a standing commission adopts **resolutions** (постановление / қаулы, L148 art. 15): "ПОСТАНОВИЛИ" /
  "ҚАУЛЫ ЕТТІ";
* a public council: its decision procedure is left to the Typical Regulation (not read), so the general
  wording for collegial bodies is used — "ПОСТАНОВИЛИ" / "ҚАУЛЫ ЕТТІ" (DOC703 p. 47, DESIGN.md §5).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from pathlib import Path

from deputydesk.core import dates
from deputydesk.core.sessions import (
    AgendaItem,
    Base,
    BodyKind,
    ItemResult,
    ItemStatus,
    RaisedKind,
    Session,
    SessionEvaluation,
    date_span,
    evaluate,
    split_sentences,
)
from deputydesk.core.sessions_text import ru_genitive_after, ru_plural
from deputydesk.render.sessions_layout import (
    CENTER,
    LEFT,
    RIGHT,
    Columns,
    Document,
    Grid,
    PageBreak,
    Para,
    Run,
    write,
)

LANGS = ("kk", "ru", "en")
ANNEX_THRESHOLD = 10  # more names than this: the attendance list goes to an annex

_T: dict[str, dict[str, str]] = {
    "protocol": {"ru": "ПРОТОКОЛ", "kk": "ХАТТАМА", "en": "MINUTES"},
    "chaired": {"ru": "Председательствовал", "kk": "Төрағалық етті", "en": "Chair"},
    "secretary": {"ru": "Секретарь", "kk": "Хатшы", "en": "Secretary"},
    "present": {"ru": "Присутствовали", "kk": "Қатысқандар", "en": "Present"},
    "absent": {"ru": "Отсутствовали", "kk": "Қатыспағандар", "en": "Absent"},
    "invited": {"ru": "Приглашенные", "kk": "Шақырылғандар", "en": "Invited"},
    "none": {"ru": "нет", "kk": "жоқ", "en": "none"},
    "list_attached": {"ru": "список прилагается", "kk": "тізімі қоса беріледі", "en": "list attached"},
    "agenda": {"ru": "ПОВЕСТКА ДНЯ:", "kk": "КҮН ТӘРТІБІ:", "en": "AGENDA:"},
    "rapporteur": {"ru": "Докладчик", "kk": "Баяндамашы", "en": "Rapporteur"},
    "co_rapporteurs": {"ru": "Содокладчик", "kk": "Қосымша баяндамашы", "en": "Co-rapporteur"},
    "heard": {"ru": "СЛУШАЛИ:", "kk": "ТЫҢДАЛДЫ:", "en": "HEARD:"},
    "spoke": {"ru": "ВЫСТУПИЛИ:", "kk": "СӨЙЛЕДІ:", "en": "SPOKE:"},
    "votes": {"ru": "Голосовали", "kk": "Дауыс беру қорытындысы", "en": "Voting"},
    "for": {"ru": "«за»", "kk": "«жақтап»", "en": "for"},
    "against": {"ru": "«против»", "kk": "«қарсы»", "en": "against"},
    "abstained": {"ru": "«воздержались»", "kk": "«қалыс қалды»", "en": "abstained"},
    "draft": {"ru": "Проект решения", "kk": "Шешім жобасы", "en": "Draft decision"},
    "present_at_vote": {"ru": "Присутствовали при голосовании", "kk": "Дауыс беру кезінде қатысқандар",
                        "en": "Present at the vote"},
    "regular": {"ru": "очередная", "kk": "кезекті", "en": "regular"},
    "extraordinary": {"ru": "внеочередная", "kk": "кезектен тыс", "en": "extraordinary"},
    "annex_to": {"ru": "Приложение к протоколу № {n} от {d}", "kk": "{d} № {n} хаттамаға қосымша",
                 "en": "Annex to minutes No. {n} of {d}"},
    "col_no": {"ru": "№", "kk": "№", "en": "No."},
    "col_name": {"ru": "Фамилия, имя, отчество", "kk": "Тегі, аты, әкесінің аты", "en": "Name"},
    "col_mark": {"ru": "Отметка", "kk": "Белгі", "en": "Attendance"},
    "col_reason": {"ru": "Причина отсутствия", "kk": "Қатыспау себебі", "en": "Reason for absence"},
    "was_present": {"ru": "присутствовал(а)", "kk": "қатысты", "en": "present"},
    "was_absent": {"ru": "отсутствовал(а)", "kk": "қатыспады", "en": "absent"},
}

# kind → (decided heading, act noun, chair title, list title)
_KIND: dict[BodyKind, dict[str, dict[str, str]]] = {
    BodyKind.MASLIKHAT: {
        "decided": {"ru": "РЕШИЛИ:", "kk": "ШЕШІМ ҚАБЫЛДАДЫ:", "en": "DECIDED:"},
        "act": {"ru": "Решение", "kk": "Шешім", "en": "Decision"},
        "chair_title": {"ru": "Председатель маслихата", "kk": "Мәслихат төрағасы", "en": "Chair of the maslikhat"},
        "secretary_title": {"ru": "Секретарь сессии", "kk": "Сессия хатшысы", "en": "Secretary of the session"},
        "list_title": {"ru": "Список депутатов маслихата", "kk": "Мәслихат депутаттарының тізімі",
                       "en": "Deputies of the maslikhat"},
        "members_gen_sg": {"ru": "депутата", "kk": "депутат", "en": "deputy"},
        "members_gen_pl": {"ru": "депутатов", "kk": "депутат", "en": "deputies"},
        "meeting": {"ru": "сессия", "kk": "сессия", "en": "session"},
    },
    BodyKind.COMMISSION: {
        "decided": {"ru": "ПОСТАНОВИЛИ:", "kk": "ҚАУЛЫ ЕТТІ:", "en": "RESOLVED:"},
        "act": {"ru": "Постановление", "kk": "Қаулы", "en": "Resolution"},
        "chair_title": {"ru": "Председатель постоянной комиссии", "kk": "Тұрақты комиссия төрағасы",
                        "en": "Chair of the standing commission"},
        "secretary_title": {"ru": "Секретарь заседания", "kk": "Отырыс хатшысы", "en": "Secretary of the meeting"},
        "list_title": {"ru": "Список членов комиссии", "kk": "Комиссия мүшелерінің тізімі",
                       "en": "Members of the commission"},
        "members_gen_sg": {"ru": "члена комиссии", "kk": "комиссия мүшесі", "en": "member"},
        "members_gen_pl": {"ru": "членов комиссии", "kk": "комиссия мүшесі", "en": "members"},
        "meeting": {"ru": "заседание", "kk": "отырыс", "en": "meeting"},
    },
    BodyKind.PUBLIC_COUNCIL: {
        "decided": {"ru": "ПОСТАНОВИЛИ:", "kk": "ҚАУЛЫ ЕТТІ:", "en": "RESOLVED:"},
        "act": {"ru": "Решение", "kk": "Шешім", "en": "Decision"},
        "chair_title": {"ru": "Председатель общественного совета", "kk": "Қоғамдық кеңес төрағасы",
                        "en": "Chair of the public council"},
        "secretary_title": {"ru": "Секретарь общественного совета", "kk": "Қоғамдық кеңестің хатшысы",
                            "en": "Secretary of the public council"},
        "list_title": {"ru": "Список членов общественного совета", "kk": "Қоғамдық кеңес мүшелерінің тізімі",
                       "en": "Members of the public council"},
        "members_gen_sg": {"ru": "члена совета", "kk": "кеңес мүшесі", "en": "member"},
        "members_gen_pl": {"ru": "членов совета", "kk": "кеңес мүшесі", "en": "members"},
        "meeting": {"ru": "заседание", "kk": "отырыс", "en": "meeting"},
    },
}

_KK_MONTH_LOCATIVE = ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде",
                      "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда")


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def t(key: str, lang: str) -> str:
    return _T[key][lang]


def kind_text(session: Session, key: str, lang: str) -> str:
    return _KIND[session.body.kind][key][lang]


def decided_heading(kind: BodyKind | str, lang: str) -> str:
    """"РЕШИЛИ:" / "ШЕШІМ ҚАБЫЛДАДЫ:" for a maslikhat, "ПОСТАНОВИЛИ:" / "ҚАУЛЫ ЕТТІ:" otherwise."""
    return _KIND[BodyKind(kind)]["decided"][_lang(lang)]


def chair_title(session: Session, lang: str) -> str:
    return session.body.chair_title.get(lang) or kind_text(session, "chair_title", lang)


def signature_name(full: str) -> str:
    """"Иванов Иван Иванович" → "И. Иванов" (initial and surname, as signatures print); names that already
    carry initials are kept."""
    s = " ".join(full.split())
    if not s or "." in s:
        return s
    parts = s.split(" ")
    if len(parts) in (2, 3):
        return f"{parts[1][0]}. {parts[0]}"
    return s


def meeting_caption(session: Session, lang: str, case: str = "nom") -> str:
    """"очередная 12-я сессия маслихата VIII созыва" / "VIII шақырылған мәслихаттың кезекті 12-сессиясы".

    ``case="gen"`` gives the Russian genitive ("очередной 12-й сессии …"), ``case="acc"`` the Kazakh
    accusative ("… 12-сессиясын"); English has one form."""
    from deputydesk.core.sessions import to_roman

    _lang(lang)
    kind = session.body.kind
    n = session.number
    conv = to_roman(session.convocation) if session.convocation else ""
    extra = session.extraordinary
    if lang == "ru":
        gen = case == "gen"
        if kind is BodyKind.MASLIKHAT:
            adj = ("внеочередной" if extra else "очередной") if gen else ("внеочередная" if extra else "очередная")
            noun = f"{n}-й сессии" if gen else f"{n}-я сессия"
            return f"{adj} {noun} маслихата" + (f" {conv} созыва" if conv else "")
        adj = ("внеочередного" if extra else "очередного") if gen else ("внеочередное" if extra else "очередное")
        noun = "заседания" if gen else "заседание"
        whose = "постоянной комиссии" if kind is BodyKind.COMMISSION else "общественного совета"
        return f"{adj} {noun} {whose} № {n}"
    if lang == "kk":
        regular = t("extraordinary" if extra else "regular", lang)
        ending = "н" if case == "acc" else ""
        if kind is BodyKind.MASLIKHAT:
            return (f"{conv} шақырылған " if conv else "") + f"мәслихаттың {regular} {n}-сессиясы{ending}"
        whose = "тұрақты комиссияның" if kind is BodyKind.COMMISSION else "қоғамдық кеңестің"
        return f"{whose} {regular} № {n} отырысы{ending}"
    regular = t("extraordinary" if extra else "regular", lang)
    if kind is BodyKind.MASLIKHAT:
        return f"{regular} session No. {n} of the maslikhat" + (f", {conv} convocation" if conv else "")
    whose = "standing commission" if kind is BodyKind.COMMISSION else "public council"
    return f"{regular} meeting No. {n} of the {whose}"


def _count_members(session: Session, n: int, lang: str) -> str:
    if lang == "ru":
        return ru_genitive_after(n, kind_text(session, "members_gen_sg", "ru"), kind_text(session, "members_gen_pl", "ru"))
    if lang == "kk":
        return kind_text(session, "members_gen_sg", "kk")
    return kind_text(session, "members_gen_pl", "en") if n != 1 else kind_text(session, "members_gen_sg", "en")


def vote_line(item: AgendaItem, lang: str) -> str:
    v = item.votes
    if v is None:
        return {"ru": "Голосование не проводилось.", "kk": "Дауыс беру өткізілген жоқ.",
                "en": "No vote was taken."}[lang]
    return (f"{t('votes', lang)}: {t('for', lang)} — {v.in_favour}, {t('against', lang)} — {v.against}, "
            f"{t('abstained', lang)} — {v.abstained}.")


def _header(doc: Document, session: Session, lang: str, title: str, caption: str) -> None:
    doc.add(Para.of(session.body.name(lang).upper(), bold=True, align=CENTER),
            Para.of(title, bold=True, align=CENTER, space_before=10),
            Para.of(caption, align=CENTER, space_after=10))


def _date_place(session: Session, lang: str) -> Columns:
    return Columns([Run(date_span(session.start, session.end, lang))], [Run(session.text("place", lang))], space_before=0,
                   widths=(0.4, 0.0, 0.6))


def _signatures(session: Session, lang: str) -> list[Columns]:
    blocks = [Columns([Run(chair_title(session, lang))], [Run(signature_name(session.text('chair', lang)))], middle="____________",
                      space_before=24, widths=(0.45, 0.25, 0.30))]
    if session.secretary:
        blocks.append(Columns([Run(kind_text(session, "secretary_title", lang))],
                              [Run(signature_name(session.text('secretary', lang)))], middle="____________", space_before=18,
                              widths=(0.45, 0.25, 0.30)))
    return blocks


def _label(label: str, text: str, **kw: object) -> Para:
    return Para([Run(f"{label}: ", bold=True), Run(text)], **kw)  # type: ignore[arg-type]


def _people(names: Sequence[str]) -> str:
    return "; ".join(n.strip().rstrip(";") for n in names)


def _end(text: str) -> str:
    """A sentence end: a full stop unless the text already ends with one (or another closing mark)."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


# ------------------------------------------------------------------------------------------- protocol
def build_protocol(session: Session, lang: str, evaluation: SessionEvaluation | None = None) -> Document:
    """The protocol as a page model in one language."""
    _lang(lang)
    ev = evaluation or evaluate(session)
    number = session.protocol_number or str(session.number)
    doc = Document(title=f"{t('protocol', lang)} № {number} — {session.body.name(lang)}", lang=lang,
                   author=session.secretary)
    _header(doc, session, lang, f"{t('protocol', lang)} № {number}", meeting_caption(session, lang))
    doc.add(_date_place(session, lang))

    # Introductory part.
    intro: list[Para] = []
    if session.chair:
        intro.append(_label(t("chaired", lang), f"{session.text('chair', lang)} — {chair_title(session, lang).lower()}.",
                            space_before=10))
    if session.secretary:
        intro.append(_label(t("secretary", lang), f"{session.text('secretary', lang)}."))
    total = session.body.total_members
    present = session.present
    absent = session.absent
    n_present = session.present_count
    # With a partial list (only some names, the count given separately) only the listed absentees are named.
    partial = session.present_total is not None
    n_absent = max(0, total - n_present) if partial else len(absent)
    annex = len(session.attendance) > ANNEX_THRESHOLD
    if lang == "ru":
        present_text = f"{n_present} из {total} {_count_members(session, total, 'ru')}"
    elif lang == "kk":
        present_text = f"{n_present} {_count_members(session, total, 'kk')} (барлығы — {total})"
    else:
        present_text = f"{n_present} of {total} {_count_members(session, total, 'en')}"
    if annex:
        present_text += f" ({t('list_attached', lang)})."
    elif present and not partial:
        present_text += ": " + _people([a.text("name", lang) for a in present]) + "."
    else:
        present_text += "."
    intro.append(_label(t("present", lang), present_text))
    if not n_absent:
        absent_text = t("none", lang) + "."
    elif annex:
        absent_text = f"{n_absent} ({t('list_attached', lang)})."
    elif absent:
        absent_text = f"{n_absent}: " + _people(
            [f"{a.text('name', lang)} ({a.reason})" if a.reason else a.text("name", lang) for a in absent]) + "."
    else:
        absent_text = f"{n_absent}."
    intro.append(_label(t("absent", lang), absent_text))
    if session.invited:
        intro.append(_label(t("invited", lang), _end(_people(session.invited))))
    intro.append(Para.of(ev.quorum.explanation.render(lang), italic=True, space_before=4, align=LEFT, size=12))
    doc.add(*intro)

    # Agenda with rapporteurs.
    doc.add(Para.of(t("agenda", lang), bold=True, align=CENTER, space_before=12, space_after=4, keep_with_next=True))
    for i, item in enumerate(session.agenda, start=1):
        doc.add(Para.of(f"{i}. {item.text('title', lang)}", indent=True))
        if item.rapporteur:
            doc.add(Para([Run(f"{t('rapporteur', lang)}: "), Run(item.text("rapporteur", lang), italic=True)], left=12.5,
                         align=LEFT))
        for co in item.co_rapporteurs:
            doc.add(Para([Run(f"{t('co_rapporteurs', lang)}: "), Run(co, italic=True)], left=12.5, align=LEFT))

    # Heard / spoke / decided.
    for i, (item, result) in enumerate(zip(session.agenda, ev.items, strict=True), start=1):
        _protocol_item(doc, session, lang, i, item, result)

    doc.add(*_signatures(session, lang))

    if annex:
        doc.add(PageBreak())
        annex_date = dates.long_form(session.start, lang, attributive=True) if lang == "kk" else \
            date_span(session.start, session.end, lang)
        doc.add(Para.of(t("annex_to", lang).format(n=number, d=annex_date), align=RIGHT, size=12),
                Para.of(kind_text(session, "list_title", lang), bold=True, align=CENTER, space_before=10))
        rows = [[t("col_no", lang), t("col_name", lang), t("col_mark", lang), t("col_reason", lang)]]
        for j, a in enumerate(session.attendance, start=1):
            rows.append([str(j), a.text("name", lang), t("was_present" if a.present else "was_absent", lang),
                         "" if a.present else a.reason])
        doc.add(Grid(rows, widths=(0.08, 0.47, 0.2, 0.25)))
    return doc


def _protocol_item(doc: Document, session: Session, lang: str, i: int, item: AgendaItem,
                   result: ItemResult) -> None:
    doc.add(Para([Run(f"{i}. {t('heard', lang)}", bold=True)], space_before=12, keep_with_next=True))
    title = item.text("title", lang)
    heard = f"{item.text('rapporteur', lang)} — {title}" if item.rapporteur else title
    if item.co_rapporteurs:
        heard += f" ({t('co_rapporteurs', lang).lower()}: {', '.join(item.co_rapporteurs)})"
    doc.add(Para.of(heard + ("." if not heard.endswith((".", "»", "\"")) else ""), indent=True))
    if item.heard:
        doc.add(Para.of(item.text("heard", lang), indent=True))
    if item.speakers:
        doc.add(Para([Run(t("spoke", lang), bold=True)], space_before=6, keep_with_next=True))
        for sp in item.speakers:
            doc.add(Para([Run(sp.name, bold=False)] + ([Run(" — " + sp.text)] if sp.text else []), indent=True))
    doc.add(Para([Run(decided_heading(session.body.kind, lang), bold=True)], space_before=6, keep_with_next=True))
    text = item.text("decision_text", lang) or item.text("draft_decision", lang)
    if text and result.status is ItemStatus.ADOPTED:
        doc.add(Para.of(text, indent=True))
    elif text:
        doc.add(Para([Run(f"{t('draft', lang)}: ", italic=True), Run(text)], indent=True))
    if result.number:
        doc.add(Para([Run(f"{kind_text(session, 'act', lang)} № {result.number}.", bold=True)], indent=True))
    if item.present is not None:
        doc.add(Para.of(f"{t('present_at_vote', lang)}: {item.present}.", indent=True))
    doc.add(Para.of(vote_line(item, lang), indent=True))
    if item.votes is not None:
        decisive = [e for e in result.explanations if e.code.startswith("vote.")]
        for e in decisive:
            flagged = result.status in (ItemStatus.NO_QUORUM, ItemStatus.INVALID, ItemStatus.TIE_UNRESOLVED)
            doc.add(Para.of(e.render(lang), italic=not flagged, bold=flagged, indent=True, align=LEFT, size=12))


def render_protocol(session: Session, lang: str, out: str | Path) -> Path:
    """Write the protocol as PDF or DOCX (by the extension of ``out``)."""
    return write(build_protocol(session, lang), out)


# ------------------------------------------------------------------------------------------- summary
_S: dict[str, dict[str, str]] = {
    "title_session": {"ru": "КРАТКО О СЕССИИ", "kk": "СЕССИЯ ТУРАЛЫ ҚЫСҚАША", "en": "THE SESSION IN BRIEF"},
    "title_meeting": {"ru": "КРАТКО О ЗАСЕДАНИИ", "kk": "ОТЫРЫС ТУРАЛЫ ҚЫСҚАША", "en": "THE MEETING IN BRIEF"},
    "who": {"ru": "Кто участвовал", "kk": "Кім қатысты", "en": "Who took part"},
    "what": {"ru": "Что решили", "kk": "Не шешілді", "en": "What was decided"},
    "how": {"ru": "Как считаются голоса", "kk": "Дауыстар қалай саналады", "en": "How the votes count"},
    "raised": {"ru": "Рекомендации и запросы", "kk": "Ұсынымдар мен сауалдар", "en": "Recommendations and inquiries"},
    "next": {"ru": "Что дальше", "kk": "Алдағы қадамдар", "en": "Next steps"},
    "result": {"ru": "Итог", "kk": "Нәтижесі", "en": "Result"},
    "essence": {"ru": "Суть", "kk": "Мәні", "en": "In short"},
    "adopted": {"ru": "принято", "kk": "қабылданды", "en": "adopted"},
    "rejected": {"ru": "не принято", "kk": "қабылданбады", "en": "not adopted"},
    "not_voted": {"ru": "голосование не проводилось", "kk": "дауыс беру өткізілмеді", "en": "no vote taken"},
    "no_quorum": {"ru": "голосование без кворума — решение не имеет силы",
                  "kk": "кворумсыз дауыс беру — шешімнің күші жоқ", "en": "voted without a quorum — not valid"},
    "tie_unresolved": {"ru": "голоса разделились поровну, голос председателя не записан",
                       "kk": "дауыстар тең бөлінді, төрағаның дауысы жазылмаған",
                       "en": "equally divided, the chair's vote not recorded"},
    "invalid": {"ru": "подсчёт голосов требует проверки", "kk": "дауыстарды санау тексеруді қажет етеді",
                "en": "the count needs checking"},
    "votes_short": {"ru": "Голоса: за — {f}, против — {a}, воздержались — {b}.",
                    "kk": "Дауыстар: жақтап — {f}, қарсы — {a}, қалыс қалды — {b}.",
                    "en": "Votes: {f} for, {a} against, {b} abstained."},
    "recommendation": {"ru": "Рекомендация", "kk": "Ұсыным", "en": "Recommendation"},
    "inquiry": {"ru": "Депутатский запрос", "kk": "Депутаттық сауал", "en": "Deputy inquiry"},
    "answer_due": {"ru": "ответ — до {d}", "kk": "жауап мерзімі — {d} дейін", "en": "answer due by {d}"},
    "more_raised": {"ru": "… и ещё {n} — полный список в протоколе.", "kk": "… тағы {n} — толық тізім хаттамада.",
                    "en": "… and {n} more — the full list is in the minutes."},
    "no_raised": {"ru": "Рекомендаций и запросов не направлялось.", "kk": "Ұсыным мен сауал жіберілген жоқ.",
                  "en": "No recommendations or inquiries were sent."},
    "rejected_again": {
        "ru": "Не принятые вопросы ({titles}) могут быть внесены повторно на одной из следующих сессий.",
        "kk": "Қабылданбаған мәселелер ({titles}) келесі сессиялардың біріне қайта енгізілуі мүмкін.",
        "en": "Items not adopted ({titles}) may be brought back at a later session."},
    "rejected_again_meeting": {
        "ru": "Не принятые вопросы ({titles}) могут быть рассмотрены повторно на одном из следующих заседаний.",
        "kk": "Қабылданбаған мәселелер ({titles}) келесі отырыстардың бірінде қайта қаралуы мүмкін.",
        "en": "Items not adopted ({titles}) may be considered again at a later meeting."},
    "sign_publish": {
        "ru": "Принятые решения подписывает председатель маслихата; решения, затрагивающие права и обязанности "
              "граждан, официально публикуются и только после этого вступают в силу.",
        "kk": "Қабылданған шешімдерге мәслихат төрағасы қол қояды; азаматтардың құқықтары мен міндеттеріне "
              "қатысты шешімдер ресми жарияланады және содан кейін ғана күшіне енеді.",
        "en": "The chair of the maslikhat signs the decisions adopted; decisions touching citizens' rights and "
              "duties are officially published and take effect only then."},
    "next_session": {"ru": "Следующая сессия", "kk": "Келесі сессия", "en": "Next session"},
    "next_meeting": {"ru": "Следующее заседание", "kk": "Келесі отырыс", "en": "Next meeting"},
    "issues": {"ru": "вопросы", "kk": "мәселелер", "en": "items"},
    "footer": {"ru": "Подготовлено по протоколу № {n}. Полный текст решений — в протоколе и на интернет-ресурсе органа.",
               "kk": "№ {n} хаттама негізінде дайындалды. Шешімдердің толық мәтіні — хаттамада және органның "
                     "интернет-ресурсында.",
               "en": "Prepared from minutes No. {n}. The full texts are in the minutes and on the body's website."},
}


def s(key: str, lang: str) -> str:
    return _S[key][lang]


def _who(session: Session, ev: SessionEvaluation, lang: str) -> str:
    p = session.present_count
    total = session.body.total_members
    members = _count_members(session, total, lang)
    meeting = kind_text(session, "meeting", lang)
    if lang == "ru":
        text = f"Присутствовали {p} из {total} {members}. "
        text += (f"Кворум был — {'сессия правомочна' if meeting == 'сессия' else 'заседание правомочно'} "
                 "принимать решения." if ev.quorum.met else
                 f"Кворума не было (нужно не менее {ev.quorum.required}) — решения без кворума не имеют силы.")
    elif lang == "kk":
        text = f"Қатысқаны — {p}, {members} жалпы саны — {total}. "
        text += (f"Кворум болды — {meeting} шешім қабылдауға құқылы." if ev.quorum.met else
                 f"Кворум болмады (кемінде {ev.quorum.required} қажет) — кворумсыз шешімдердің күші жоқ.")
    else:
        text = f"{p} of {total} {members} were present. "
        text += ("There was a quorum, so decisions could be taken." if ev.quorum.met else
                 f"There was no quorum (at least {ev.quorum.required} needed): decisions without it are not valid.")
    if session.invited:
        text += " " + {"ru": "Приглашены", "kk": "Шақырылғандар", "en": "Invited"}[lang] + ": " + \
            _end(_people(session.invited))
    return text


def _how(session: Session, lang: str) -> str:
    rules = session.body.rules
    total = session.body.total_members
    from deputydesk.core.sessions_text import describe_rules

    majority = describe_rules(rules, lang)[1][1]
    tie = describe_rules(rules, lang)[2][1]
    if rules.majority_base is Base.TOTAL:
        need = rules.majority.minimum(total)
        if lang == "ru":
            return (f"Решение принято, если «за» проголосовало {majority} — не менее {need} из {total}, "
                    f"сколько бы человек ни пришло; воздержавшиеся и не голосовавшие не помогают решению. "
                    f"Кроме того, {tie}.")
        if lang == "kk":
            return (f"Шешім «жақтап» дауыстар {majority} болғанда қабылданады — {total} адамның кемінде {need} "
                    f"дауысы, қанша адам келгеніне қарамастан; қалыс қалғандар шешімге көмектеспейді. "
                    f"Сонымен қатар {tie}.")
        return (f"A decision needs {majority} to vote for it — at least {need} of {total}, however many attend; "
                f"abstentions do not help a decision. Also, {tie}.")
    if lang == "ru":
        return f"Решение принято, если «за» проголосовало {majority}; {tie}."
    if lang == "kk":
        return f"Шешім «жақтап» дауыстар {majority} болғанда қабылданады; {tie}."
    return f"A decision needs {majority} to vote for it; {tie}."


def _status_text(result: ItemResult, session: Session, lang: str) -> str:
    status = result.status
    text = s(status.value, lang)
    if status is ItemStatus.ADOPTED and result.number:
        text += f", {kind_text(session, 'act', lang).lower()} № {result.number}"
    if status is ItemStatus.REJECTED and result.required is not None:
        text += {"ru": f" (нужно не менее {result.required} голосов «за»)",
                 "kk": f" (кемінде {result.required} «жақтап» дауыс қажет)",
                 "en": f" (at least {result.required} votes for needed)"}[lang]
    return text


# Ever tighter layouts for the summary, tried in turn until it fits on two pages:
# (characters of each decision's gist, raised items listed, characters of each raised item, font size)
SUMMARY_LEVELS = ((320, 12, 200, 14.0), (160, 8, 120, 13.0), (90, 6, 80, 12.0), (0, 4, 60, 11.0))
SUMMARY_MAX_PAGES = 2


def build_summary(session: Session, lang: str, evaluation: SessionEvaluation | None = None,
                  raised: Sequence[tuple[int | None, object]] | None = None, level: int = 0) -> Document:
    """A plain-language summary for deputies and the public (see :func:`fit_summary` for the two-page fit).

    ``raised`` adds follow-up items raised at the session that are stored elsewhere, as
    (agenda index or None, RaisedItem) pairs; items attached to agenda items are always included.
    ``level`` picks one of :data:`SUMMARY_LEVELS` (0 = roomiest)."""
    from deputydesk.core.sessions import RaisedItem

    _lang(lang)
    limit, raised_cap, raised_limit, size = SUMMARY_LEVELS[max(0, min(level, len(SUMMARY_LEVELS) - 1))]
    ev = evaluation or evaluate(session)
    kind = session.body.kind
    title = s("title_session" if kind is BodyKind.MASLIKHAT else "title_meeting", lang)
    doc = Document(title=f"{title} — {session.body.name(lang)}", lang=lang, author=session.secretary)
    caption = f"{meeting_caption(session, lang)}, {date_span(session.start, session.end, lang)}"
    if session.place:
        caption += f", {session.text('place', lang)}"
    _header(doc, session, lang, title, caption)

    def heading(key: str) -> None:
        doc.add(Para.of(s(key, lang), bold=True, space_before=8 if size >= 13 else 5, space_after=2,
                        keep_with_next=True, align=LEFT, size=size))

    heading("who")
    doc.add(Para.of(_who(session, ev, lang), indent=True, size=size))

    heading("what")
    for i, (item, result) in enumerate(zip(session.agenda, ev.items, strict=True), start=1):
        doc.add(Para([Run(f"{i}. {split_sentences(item.text('title', lang), 160 if level else 400)}", bold=True)],
                     space_before=3 if size >= 13 else 1, keep_with_next=True, size=size))
        line = [Run(f"{s('result', lang)}: ", italic=True), Run(_status_text(result, session, lang) + ".")]
        if item.votes is not None:
            line.append(Run(" " + s("votes_short", lang).format(f=item.votes.in_favour, a=item.votes.against,
                                                                 b=item.votes.abstained)))
        doc.add(Para(line, left=6, size=size))
        text = item.text("decision_text", lang) or item.text("draft_decision", lang)
        if text and limit and result.status is ItemStatus.ADOPTED:
            doc.add(Para([Run(f"{s('essence', lang)}: ", italic=True), Run(split_sentences(text, limit))], left=6,
                         size=size))

    heading("how")
    doc.add(Para.of(_how(session, lang), indent=True, size=size))

    heading("raised")
    all_raised: list[RaisedItem] = [r for item in session.agenda for r in item.raised]
    for _index, extra in raised or ():
        if isinstance(extra, RaisedItem) and extra not in all_raised:
            all_raised.append(extra)
    if not all_raised:
        doc.add(Para.of(s("no_raised", lang), indent=True, size=size))
    for r in all_raised[:raised_cap]:
        label = s("inquiry" if r.kind is RaisedKind.INQUIRY else "recommendation", lang)
        text = f"{label}" + (f" — {r.addressee}" if r.addressee else "") + f": {split_sentences(r.text, raised_limit)}"
        if r.due:
            text += f" ({s('answer_due', lang).format(d=dates.numeric(r.due))})"
        doc.add(Para.of("• " + text, left=6, size=size))
    if len(all_raised) > raised_cap:
        doc.add(Para.of(s("more_raised", lang).format(n=len(all_raised) - raised_cap), left=6, size=size))

    heading("next")
    steps: list[str] = []
    if kind is BodyKind.MASLIKHAT and ev.adopted_count:
        steps.append(s("sign_publish", lang))
    rejected = [f"{r.index}" for r in ev.items if r.status in (ItemStatus.REJECTED, ItemStatus.NO_QUORUM)]
    if rejected:
        key = "rejected_again" if kind is BodyKind.MASLIKHAT else "rejected_again_meeting"
        steps.append(s(key, lang).format(titles=", ".join(f"№ {x}" for x in rejected)))
    nxt = session.next_session
    if nxt and (nxt.date or nxt.agenda):
        key = "next_session" if kind is BodyKind.MASLIKHAT else "next_meeting"
        parts = []
        if nxt.date:
            parts.append(dates.long_form(nxt.date, lang) + (f", {nxt.time}" if nxt.time else ""))
        if nxt.place:
            parts.append(nxt.place)
        text = f"{s(key, lang)}: " + ", ".join(parts)
        if nxt.agenda:
            text += (". " if parts else "") + f"{s('issues', lang).capitalize()}: " + "; ".join(nxt.agenda)
        steps.append(text + ".")
    steps.extend(session.next_steps)
    for step in steps:
        doc.add(Para.of("• " + step, left=6, size=size))
    number = session.protocol_number or str(session.number)
    doc.add(Para.of(s("footer", lang).format(n=number), italic=True, size=11, space_before=10))
    return doc


def fit_summary(session: Session, lang: str, raised: Sequence[tuple[int | None, object]] | None = None,
                evaluation: SessionEvaluation | None = None) -> Document:
    """The roomiest summary layout that prints on at most two pages (the tightest one otherwise)."""
    from deputydesk.render.sessions_layout import pdf_bytes_and_pages

    ev = evaluation or evaluate(session)
    doc = build_summary(session, lang, ev, raised, 0)
    for level in range(len(SUMMARY_LEVELS)):
        doc = build_summary(session, lang, ev, raised, level)
        if pdf_bytes_and_pages(doc)[1] <= SUMMARY_MAX_PAGES:
            break
    return doc


def render_summary(session: Session, lang: str, out: str | Path,
                   raised: Sequence[tuple[int | None, object]] | None = None) -> Path:
    """Write the plain summary (fitted to two pages) as PDF or DOCX."""
    return write(fit_summary(session, lang, raised), out)


# ------------------------------------------------------------------------------------------- notice
def _when(date: _dt.date, time: str, lang: str) -> str:
    if lang == "ru":
        return dates.long_form(date, "ru") + (f" в {time}" if time else "")
    if lang == "kk":
        return f"{date.year} жылғы {date.day} {_KK_MONTH_LOCATIVE[date.month - 1]}"
    return dates.long_form(date, "en") + (f" at {time}" if time else "")


def build_notice(session: Session, lang: str, notice_date: _dt.date | None = None) -> Document:
    """The notice of a (next) session with its agenda, signed by the chair."""
    _lang(lang)
    kind = session.body.kind
    title = {"ru": "ИЗВЕЩЕНИЕ", "kk": "ХАБАРЛАНДЫРУ", "en": "NOTICE"}[lang]
    doc = Document(title=f"{title} — {session.body.name(lang)}", lang=lang, author=session.chair)
    caption = meeting_caption(session, lang)
    if lang == "ru":
        what = "о созыве " if kind is BodyKind.MASLIKHAT else "о проведении "
        subtitle = what + meeting_caption(session, lang, case="gen")
    elif lang == "kk":
        what = " шақыру туралы" if kind is BodyKind.MASLIKHAT else " өткізу туралы"
        subtitle = meeting_caption(session, lang, case="acc") + what
    else:
        subtitle = ("convening the " if kind is BodyKind.MASLIKHAT else "holding the ") + caption
    _header(doc, session, lang, title, subtitle)
    when = _when(session.start, session.time, lang)
    place = session.text("place", lang)
    if lang == "ru":
        basis = ("В соответствии со статьей 10 Закона Республики Казахстан «О местном государственном управлении "
                 "и самоуправлении в Республике Казахстан» " if kind is BodyKind.MASLIKHAT else "")
        cap = caption[0].upper() + caption[1:] if not basis else caption
        text = f"{basis}{cap} состоится {when}" + (f" по адресу: {place}." if place else ".")
        lead = "На рассмотрение вносятся вопросы:"
    elif lang == "kk":
        basis = ("«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» "
                 "Қазақстан Республикасы Заңының 10-бабына сәйкес " if kind is BodyKind.MASLIKHAT else "")
        cap = caption[0].upper() + caption[1:] if not basis else caption
        text = f"{basis}{cap} {when} өтеді."
        if session.time:
            text += f" Басталуы — сағат {session.time}."
        if place:
            text += f" Өтетін орны: {place}."
        lead = "Қарауға мына мәселелер ұсынылады:"
    else:
        basis = ("Under article 10 of the Law «On local state administration and self-government in the Republic "
                 "of Kazakhstan», the " if kind is BodyKind.MASLIKHAT else "The ")
        text = f"{basis}{caption} will be held on {when}" + (f" at {place}." if place else ".")
        lead = "Agenda:"
    doc.add(Para.of(text, indent=True, space_before=6))
    doc.add(Para.of(lead, indent=True, space_before=6, keep_with_next=True))
    for i, item in enumerate(session.agenda, start=1):
        line = f"{i}. {item.text('title', lang)}"
        if item.rapporteur:
            line += f" ({t('rapporteur', lang).lower()}: {item.text('rapporteur', lang)})"
        doc.add(Para.of(line, indent=True))
    if notice_date:
        doc.add(Para.of(dates.numeric(notice_date), align=LEFT, space_before=12))
    doc.add(Columns([Run(chair_title(session, lang))], [Run(signature_name(session.text('chair', lang)))], middle="",
                    space_before=18, widths=(0.6, 0.0, 0.4)))
    return doc


def render_notice(session: Session, lang: str, out: str | Path, notice_date: _dt.date | None = None) -> Path:
    return write(build_notice(session, lang, notice_date), out)


__all__ = [
    "ANNEX_THRESHOLD",
    "build_notice",
    "build_protocol",
    "build_summary",
    "decided_heading",
    "meeting_caption",
    "render_notice",
    "render_protocol",
    "render_summary",
    "ru_plural",
    "signature_name",
]
