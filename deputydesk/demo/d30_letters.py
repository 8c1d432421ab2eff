"""Demo step 30: letters of the Abai district maslikhat and public council — a deputy inquiry in Russian
and Kazakh under one number, a public council recommendation, a request for information, a reminder of
the overdue recommendation, a cover letter, and the akimat's incoming reply. Idempotent (fixed ids)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from deputydesk.core.progress import Progress
from deputydesk.demo.common import demo_id
from deputydesk.demo.d00_council import MASLIKHAT, PUBLIC_COUNCIL
from deputydesk.services import letters as S
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

ROAD_RU = ("К депутату районного маслихата обратились жители села Карабас (коллективное обращение, 46 подписей) "
           "по поводу аварийного состояния автомобильной дороги Абай — Карабас протяженностью 12 км.\n"
           "По словам жителей, капитальный ремонт дороги не проводился с 2011 года, весной участок у моста "
           "через реку Шерубайнура становится непроезжим для школьного автобуса и машин скорой помощи.")
ROAD_KK = ("Аудандық мәслихат депутатына Қарабас ауылының тұрғындары (ұжымдық өтініш, 46 қолтаңба) ұзындығы "
           "12 км Абай — Қарабас автомобиль жолының апатты жағдайы бойынша жүгінді.\n"
           "Тұрғындардың айтуынша, жол 2011 жылдан бері күрделі жөнделмеген, көктемде Шерубайнұра өзені "
           "арқылы өтетін көпір маңындағы учаске мектеп автобусы мен жедел жәрдем көліктері үшін жүріп өтуге "
           "болмайтын жағдайға келеді.")


def _letters() -> list[dict[str, Any]]:
    inquiry_ru = {
        "kind": "deputy_inquiry", "language": "ru",
        "addressee": {"organisation": "ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и "
                                      "автомобильных дорог Абайского района»",
                      "position": "Руководителю отдела", "name": "Корнееву П.В."},
        "subject": "О ремонте автомобильной дороги Абай — Карабас", "text": ROAD_RU,
        "points": ["сообщить, включен ли ремонт дороги Абай — Карабас в план на 2026–2028 годы;",
                   "представить сведения о состоянии моста через реку Шерубайнура и сроках его ремонта;",
                   "принять меры по обеспечению проезда школьного автобуса в весенний период."],
        "attachments": [{"title": "Копия коллективного обращения жителей села Карабас", "sheets": 3}],
        "signer": {"position": "Депутат Абайского районного маслихата", "name": "Байжанов Нурлан Каиргельдинович"},
        "executor": {"name": "Жакупова А.Е.", "phone": "+7 (72131) 4-12-35"},
    }
    inquiry_kk = dict(inquiry_ru, language="kk", text=ROAD_KK,
                      addressee={"organisation": "«Абай ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар "
                                                 "көлігі және автомобиль жолдары бөлімі» ММ",
                                 "position": "Бөлім басшысына", "name": "П.В. Корнеевке"},
                      subject="Абай — Қарабас автомобиль жолын жөндеу туралы",
                      points=["Абай — Қарабас жолын жөндеу 2026–2028 жылдарға арналған жоспарға енгізілгенін "
                              "хабарлауды;",
                              "Шерубайнұра өзені арқылы өтетін көпірдің жай-күйі және оны жөндеу мерзімдері туралы "
                              "мәліметтерді ұсынуды;",
                              "көктемгі кезеңде мектеп автобусының жүруін қамтамасыз ету жөнінде шаралар "
                              "қабылдауды."],
                      attachments=[{"title": "Қарабас ауылы тұрғындарының ұжымдық өтінішінің көшірмесі",
                                    "sheets": 3}],
                      signer={"position": "Абай аудандық мәслихатының депутаты",
                              "name": "Байжанов Нұрлан Қайыргелдіұлы"},
                      executor={"name": "Жақыпова Ә.Е.", "phone": "+7 (72131) 4-12-35"})
    recommendation = {
        "kind": "recommendation", "language": "kk",
        "addressee": {"organisation": "«Абай ауданының экономика және қаржы бөлімі» ММ",
                      "position": "Бөлім басшысына", "name": "А.С. Нұржановаға"},
        "subject": "2025 жылғы аудандық бюджеттің атқарылуы туралы есепті талқылау қорытындысы бойынша",
        "text": "Қоғамдық кеңестің 2026 жылғы 26 ақпандағы отырысында 2025 жылғы аудандық бюджеттің атқарылуы "
                "туралы есеп қаралды. Бюджеттік бағдарламалар әкімшілерінің есептері тыңдалды.",
        "points": ["азаматтық бюджетті аудан әкімдігінің интернет-ресурсында мемлекеттік және орыс тілдерінде "
                   "орналастыруды;",
                   "игерілмеген қаражаттың себептері туралы талдауды қоғамдық кеңеске ұсынуды;",
                   "2027 жылғы бюджет жобасын талқылауға қоғамдық кеңес мүшелерін тартуды."],
        "signer": {"position": "Қоғамдық кеңестің төрағасы", "name": "Тохтаров Болат Ізбасарұлы"},
        "executor": {"name": "Оспанова З.А.", "phone": "+7 (72131) 4-15-60"},
    }
    info_request = {
        "kind": "info_request", "language": "ru",
        "addressee": {"organisation": "ГУ «Отдел экономики и финансов Абайского района»",
                      "position": "Руководителю отдела", "name": "Нуржановой А.С."},
        "subject": "О предоставлении информации об исполнении бюджетных программ",
        "points": ["о плановых и фактических расходах по бюджетным программам отдела образования за 2025 год;",
                   "о причинах неисполнения бюджетных программ, исполненных менее чем на 95 процентов."],
        "signer": {"position": "Председатель районного маслихата", "name": "Сейткалиев Ерлан Маратович"},
        "executor": {"name": "Жакупова А.Е.", "phone": "+7 (72131) 4-12-35"},
    }
    cover = {
        "kind": "cover", "language": "ru",
        "addressee": {"organisation": "Акимат Абайского района", "position": "Акиму Абайского района",
                      "name": "Сарсенбаеву К.Е."},
        "attachments": [{"title": "Протокол заседания общественного совета № 4 от 14.05.2026", "sheets": 6},
                        {"title": "Заключение общественного совета по проекту решения маслихата «О внесении "
                                  "изменений в бюджет района на 2026–2028 годы»", "sheets": 3}],
        "signer": {"position": "Председатель общественного совета", "name": "Тохтаров Болат Избасарович"},
        "executor": {"name": "Оспанова З.А.", "phone": "+7 (72131) 4-15-60"},
    }
    return [
        {"key": "inquiry-ru", "body": MASLIKHAT, "data": inquiry_ru, "on": dt.date(2026, 2, 10)},
        {"key": "inquiry-kk", "body": MASLIKHAT, "data": inquiry_kk, "twin": "inquiry-ru"},
        {"key": "recommendation", "body": PUBLIC_COUNCIL, "data": recommendation, "on": dt.date(2026, 3, 5)},
        {"key": "info-request", "body": MASLIKHAT, "data": info_request, "on": dt.date(2026, 4, 14)},
        {"key": "reminder", "body": PUBLIC_COUNCIL, "reminder_of": "recommendation", "on": dt.date(2026, 4, 20)},
        {"key": "cover", "body": PUBLIC_COUNCIL, "data": cover, "on": dt.date(2026, 5, 20)},
    ]


def seed(ws: Workspace, progress: Progress) -> None:
    ids = {}
    for item in _letters():
        letter_id = demo_id("letter", item["key"])
        ids[item["key"]] = letter_id
        existing = records.find(ws, "letters", letter_id)
        if existing is not None and existing["status"] == "issued":
            continue
        with ws.atomic():
            if existing is None:
                if "reminder_of" in item:
                    source = S.reminder_source_from_letter(ws, ids[item["reminder_of"]])
                    S.reminder_draft(ws, source, body_id=item["body"], new_id=letter_id)
                else:
                    S.save_draft(ws, item["data"], body_id=item["body"], new_id=letter_id)
            if "twin" in item:
                S.issue_letter(ws, letter_id, same_number_as=ids[item["twin"]])
            else:
                S.issue_letter(ws, letter_id, on=item["on"])
    if not ws.db.execute("SELECT 1 FROM letter_register WHERE body_id = ? AND register = 'incoming' AND "
                         "sender_number = '05-11/318'", [MASLIKHAT]).fetchone():
        S.register_incoming(
            ws, sender="ГУ «Отдел ЖКХ, ПТ и АД Абайского района»",
            subject="Ответ на депутатский запрос о ремонте дороги Абай — Карабас", sender_number="05-11/318",
            sender_date=dt.date(2026, 3, 2), received=dt.date(2026, 3, 3),
            reply_to=records.get(ws, "letters", ids["inquiry-ru"])["number"], body_id=MASLIKHAT)
