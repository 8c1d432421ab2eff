"""Demo step 40: past sessions of the Abai district maslikhat and a meeting of its public council, with
agendas, attendance, votes, decisions, recommendations raised, and generated protocols (kk and ru PDF).

Recommendations and inquiries raised under an agenda item become follow-up items (with their statutory
terms) through :func:`deputydesk.services.sessions.raise_items`, as when the secretary raises them in the
GUI. One extraordinary session shows the rule people get wrong: 12 of 17 deputies present voted for, which is
a majority of those present but not of the 25 deputies — so the decision is not adopted.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from deputydesk.core.progress import Progress
from deputydesk.core.sessions import AgendaItem, NextSession, RaisedItem, RaisedKind, Speaker, Votes
from deputydesk.demo.common import demo_id
from deputydesk.demo.d00_council import MASLIKHAT, PUBLIC_COUNCIL
from deputydesk.services import sessions as svc
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

REASONS = ["болезнь", "командировка", "отпуск", "служебная необходимость"]


def _item(title_ru: str, title_kk: str, rapporteur_ru: str, rapporteur_kk: str, votes: Votes | None,
          decision_ru: str, decision_kk: str, speakers: list[tuple[str, str]] | None = None,
          raised: list[RaisedItem] | None = None, co: list[str] | None = None) -> AgendaItem:
    return AgendaItem(
        title=title_ru, rapporteur=rapporteur_ru, co_rapporteurs=co or [], votes=votes, decision_text=decision_ru,
        speakers=[Speaker(n, t) for n, t in speakers or []], raised=raised or [],
        alt={"ru": {"title": title_ru, "rapporteur": rapporteur_ru, "decision_text": decision_ru},
             "kk": {"title": title_kk, "rapporteur": rapporteur_kk, "decision_text": decision_kk}},
    )


SESSIONS: list[dict[str, Any]] = [
    {
        "key": "maslikhat-12", "body": MASLIKHAT, "number": 12, "date": dt.date(2024, 3, 27), "absent": [6, 13, 19, 22],
        "notice": dt.date(2024, 3, 15), "materials": dt.date(2024, 3, 20),
        "place": ("г. Абай, проспект Абая, 20, зал заседаний акимата", "Абай қ., Абай даңғылы, 20, әкімдіктің мәжіліс залы"),
        "invited": ["аким района Сарсенбаев К.Е.", "прокурор района Алиев Т.Р.", "руководители отделов акимата"],
        "items": [
            _item("Об уточнении районного бюджета на 2024–2026 годы",
                  "2024–2026 жылдарға арналған аудандық бюджетті нақтылау туралы",
                  "Нуржанова А.С., руководитель отдела экономики и финансов",
                  "Нұржанова А.С., экономика және қаржы бөлімінің басшысы",
                  Votes(20, 0, 1),
                  "Внести в решение районного маслихата «О районном бюджете на 2024–2026 годы» изменения согласно "
                  "приложениям 1–4. Направить 46,2 млн тенге на капитальный ремонт школы № 3 города Абай.",
                  "«2024–2026 жылдарға арналған аудандық бюджет туралы» аудандық мәслихат шешіміне 1–4-қосымшаларға "
                  "сәйкес өзгерістер енгізілсін. Абай қаласының № 3 мектебін күрделі жөндеуге 46,2 млн теңге бағыттансын.",
                  speakers=[("Байжанов Н.К.", "предложил предусмотреть средства на ремонт дороги к селу Курминское"),
                            ("Петренко О.В.", "поддержала проект, попросила ускорить ремонт школы")],
                  co=["Ахметова Г.С., председатель постоянной комиссии по бюджету"],
                  raised=[RaisedItem(RaisedKind.RECOMMENDATION, "ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Абайского района»",
                                     "Включить ремонт дороги к селу Курминское в план на 2025 год и сообщить "
                                     "маслихату о сроках.", dt.date(2024, 4, 27))]),
            _item("Об отчете акима района о социально-экономическом развитии района за 2023 год",
                  "Аудан әкімінің 2023 жылғы ауданның әлеуметтік-экономикалық дамуы туралы есебі туралы",
                  "Сарсенбаев К.Е., аким района", "Сәрсенбаев Қ.Е., аудан әкімі",
                  Votes(21, 0, 0),
                  "Отчет акима района принять к сведению. Рекомендовать акимату усилить работу по обеспечению "
                  "сел питьевой водой.",
                  "Аудан әкімінің есебі назарға алынсын. Әкімдікке ауылдарды ауыз сумен қамту жұмысын күшейту "
                  "ұсынылсын.",
                  speakers=[("Кенжебаева С.А.", "о водоснабжении сел Южное и Карабас"),
                            ("Ким В.А.", "о работе общественного транспорта")]),
            _item("Об утверждении Правил оказания социальной помощи отдельным категориям нуждающихся граждан",
                  "Мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек көрсету қағидаларын бекіту туралы",
                  "Сулейменова Б.А., руководитель отдела занятости и социальных программ",
                  "Сүлейменова Б.А., жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің басшысы",
                  Votes(19, 1, 1),
                  "Утвердить Правила оказания социальной помощи согласно приложению.",
                  "Әлеуметтік көмек көрсету қағидалары қосымшаға сәйкес бекітілсін.",
                  speakers=[("Омаров А.Т.", "предложил увеличить помощь многодетным семьям")]),
        ],
        "next": NextSession(dt.date(2024, 6, 20), "10:00", "г. Абай, проспект Абая, 20",
                            ["Об исполнении районного бюджета за 2023 год"]),
    },
    {
        "key": "maslikhat-13", "body": MASLIKHAT, "number": 13, "date": dt.date(2024, 5, 14), "extraordinary": True,
        "absent": [2, 5, 8, 10, 12, 14, 17, 23], "notice": dt.date(2024, 5, 12), "materials": dt.date(2024, 5, 12),
        "place": ("г. Абай, проспект Абая, 20, зал заседаний акимата", "Абай қ., Абай даңғылы, 20, әкімдіктің мәжіліс залы"),
        "invited": ["заместитель акима района Жунусов А.К."],
        "items": [
            _item("О внесении изменения в решение районного маслихата «О ставках платы за пользование водными "
                  "ресурсами»",
                  "«Су ресурстарын пайдаланғаны үшін төлемақы мөлшерлемелері туралы» аудандық мәслихат шешіміне "
                  "өзгеріс енгізу туралы",
                  "Мусин Г.Е., руководитель отдела сельского хозяйства и земельных отношений",
                  "Мусин Ғ.Е., ауыл шаруашылығы және жер қатынастары бөлімінің басшысы",
                  Votes(12, 4, 1),
                  "Повысить ставку платы за пользование поверхностными водными ресурсами на 12 процентов.",
                  "Жерүсті су ресурстарын пайдаланғаны үшін төлемақы мөлшерлемесі 12 пайызға арттырылсын.",
                  speakers=[("Есенов Р.А.", "выступил против: повышение ударит по фермерам"),
                            ("Садыков М.С.", "поддержал проект")]),
            _item("О выделении средств из резерва акимата на ликвидацию последствий паводка",
                  "Су тасқынының салдарын жоюға әкімдіктің резервінен қаражат бөлу туралы",
                  "Жунусов А.К., заместитель акима района", "Жүнісов А.Қ., аудан әкімінің орынбасары",
                  Votes(17, 0, 0),
                  "Согласиться с выделением 120 млн тенге из резерва акимата района на восстановление моста через "
                  "реку Нура.",
                  "Нұра өзені арқылы өтетін көпірді қалпына келтіруге аудан әкімдігінің резервінен 120 млн теңге "
                  "бөлумен келісілсін.",
                  speakers=[("Шаймерденов Е.С.", "о сроках восстановления моста")],
                  raised=[RaisedItem(RaisedKind.INQUIRY, "Акимат Абайского района",
                                     "Депутатский запрос о причинах подтопления домов по улице Береговой и мерах по "
                                     "защите от паводков в 2025 году.", dt.date(2024, 6, 14))]),
        ],
    },
    {
        "key": "public-council-5", "body": PUBLIC_COUNCIL, "number": 5, "date": dt.date(2024, 4, 18), "absent": [4, 9, 13],
        "secretary": ("Нурланова Гаухар Ериковна", "Нұрланова Гауһар Ерікқызы"),
        "place": ("г. Абай, проспект Абая, 20, малый зал", "Абай қ., Абай даңғылы, 20, шағын зал"),
        "invited": ["аким района Сарсенбаев К.Е.", "председатель районного маслихата Сейткалиев Е.М."],
        "items": [
            _item("О проекте решения маслихата об уточнении районного бюджета на 2024–2026 годы",
                  "Аудандық бюджетті нақтылау туралы мәслихат шешімінің жобасы туралы",
                  "Нуржанова А.С., руководитель отдела экономики и финансов",
                  "Нұржанова А.С., экономика және қаржы бөлімінің басшысы",
                  Votes(11, 0, 1),
                  "Проект поддержать. Рекомендовать отделу экономики и финансов опубликовать гражданский бюджет.",
                  "Жоба қолдансын. Экономика және қаржы бөліміне азаматтық бюджетті жариялау ұсынылсын.",
                  speakers=[("Литвиненко А.Н.", "о доступности бюджета для жителей")],
                  raised=[RaisedItem(RaisedKind.RECOMMENDATION, "ГУ «Отдел экономики и финансов Абайского района»",
                                     "Опубликовать гражданский бюджет на 2024 год на интернет-ресурсе акимата.",
                                     dt.date(2024, 5, 2))]),
            _item("О работе отдела образования по подвозу учащихся",
                  "Білім бөлімінің оқушыларды тасымалдау жөніндегі жұмысы туралы",
                  "Ташенов Е.К., руководитель отдела образования", "Ташенов Е.Қ., білім бөлімінің басшысы",
                  Votes(6, 5, 1),
                  "Информацию принять к сведению; признать работу по подвозу учащихся удовлетворительной.",
                  "Ақпарат назарға алынсын; оқушыларды тасымалдау жұмысы қанағаттанарлық деп танылсын.",
                  speakers=[("Оспанова З.А.", "о нехватке автобусов в селе Южное"),
                            ("Мажитов Е.К.", "предложил признать работу неудовлетворительной")]),
        ],
    },
]


def seed(ws: Workspace, progress: Progress) -> None:
    for spec in SESSIONS:
        progress.check()
        sid = demo_id("session", spec["key"])
        if records.find(ws, "sessions", sid) is not None:
            continue
        s = svc.new_session(ws, spec["body"], spec["date"])
        s.id = sid
        s.number = spec["number"]
        s.extraordinary = spec.get("extraordinary", False)
        s.time = "10:00"
        s.place = spec["place"][0]
        s.alt.setdefault("ru", {})["place"] = spec["place"][0]
        s.alt.setdefault("kk", {})["place"] = spec["place"][1]
        s.invited = list(spec["invited"])
        if spec.get("secretary"):  # a public council's secretary is not a member (PC art. 12)
            s.secretary = spec["secretary"][0]
            s.alt.setdefault("ru", {})["secretary"] = spec["secretary"][0]
            s.alt.setdefault("kk", {})["secretary"] = spec["secretary"][1]
        for i in spec["absent"]:
            s.attendance[i].present = False
            s.attendance[i].reason = REASONS[i % len(REASONS)]
        s.agenda = copy.deepcopy(spec["items"])
        raised = [item.raised for item in s.agenda]
        for item in s.agenda:  # raised below, so the follow-up tracker gets its items (as the GUI does)
            item.raised = []
        s.notice_sent = spec.get("notice")
        s.materials_sent = spec.get("materials")
        s.next_session = copy.deepcopy(spec.get("next"))
        svc.save_session(ws, spec["body"], s)
        saved = svc.load_session(ws, sid)
        for item, items in zip(saved.agenda, raised, strict=True):
            if items:
                svc.raise_items(ws, sid, item.id, items)
        for lang in ("kk", "ru"):
            svc.render_document(ws, None, sid, "protocol", lang, "pdf", copy=False)
        svc.render_document(ws, None, sid, "summary", "ru", "pdf", copy=False)
