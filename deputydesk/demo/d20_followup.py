"""Demo step 20: a year of follow-up for the Abai district maslikhat and public council.

Sixteen recommendations, deputy inquiries and information requests in Kazakh and Russian, sent over the
twelve months before the day the demo is first filled (the anchor is remembered, so running the step again
changes nothing): answers on time and late, justified replies and brush-offs, a reasoned refusal, items
implemented and verified, items judged but not implemented, answers overdue, terms due this week, a
citizen's inquiry with sealed personal data and an extended term. Texts follow the register of real
district correspondence; names, numbers and amounts are invented.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from deputydesk.core.followup import iin_with_control
from deputydesk.core.progress import Progress
from deputydesk.demo.common import demo_id
from deputydesk.demo.d00_council import AKIMAT, MASLIKHAT, PUBLIC_COUNCIL
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

ANCHOR_KEY = "demo_followup_anchor"


def org(code: str) -> str:
    return demo_id("org", code)


@dataclass
class Reply:
    after_due: int                # received = due + after_due (negative = before the due date)
    text: str
    number: str
    claim: str = "none"
    verdict: str | None = None    # confirmed verdict (None = waiting for the council)
    verdict_after: int = 6        # days after receipt
    implementation: list[tuple[int, str, str, int | None]] = field(default_factory=list)
    # (days after the verdict, level, evidence, recheck in days after that check or None)
    close: str | None = None      # a person's reason to take it off control after the verdict


@dataclass
class Scenario:
    key: str
    sent_days_ago: int
    kind: str
    lang: str
    body: str
    number: str
    text: str
    addressees: list[str]
    regime: str | None = None
    registered_after: int | None = None  # days after sending (None: term runs from the sending date)
    replies: dict[int, Reply] = field(default_factory=dict)  # addressee index → reply
    extension: tuple[int, int, str] | None = None  # (days after sending, calendar days, reason) on addressee 0
    citizen: dict[str, str] | None = None
    decision: str | None = None


# ------------------------------------------------------------------------------------------ texts

R_MEALS = """ГУ «Отдел образования Абайского района»

Председателю общественного совета Абайского района
Тохтарову Б.И.

На рекомендации общественного совета от {sent} № {number} сообщаем следующее.

По пункту 1. С 10 по 24 февраля рабочей группой, созданной приказом отдела образования № 38, с участием трёх членов общественного совета проведён мониторинг организации горячего питания в 19 общеобразовательных школах района. Нарушения выявлены в 3 школах; поставщику ТОО «Абай-Тамақ» в соответствии с пунктом 18 Правил организации питания обучающихся направлена претензия. Рекомендация принята.

По пункту 2. Бюджетная заявка на ремонт пищеблоков школ № 2 и № 9 посёлка Топар на сумму 41,3 млн тенге включена в проект районного бюджета. Ответственный – ГУ «Отдел образования Абайского района», срок – до 1 сентября. Рекомендация принята.

По пункту 3. Результаты мониторинга размещены на интернет-ресурсе отдела образования в разделе «Общественный контроль». Рекомендация принята.

Руководитель отдела                                 Е. Ташенов

Исп.: Сеитова Г., тел. 8 (72131) 4-21-11
"""

R_ROAD_KK = """«Абай ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» ММ

Абай ауданының қоғамдық кеңесінің төрағасы
Б.И. Тохтаровқа

Қоғамдық кеңестің {sent} № {number} ұсынымына мынаны хабарлаймыз.

1-тармақ бойынша. Қарабас кентінің Жеңіс көшесін (ұзындығы 2,1 шақырым) орташа жөндеуге аудандық бюджеттен 148,6 млн теңге бөлінді. Мемлекеттік сатып алу қорытындысы бойынша мердігер «Қарағанды Жол Құрылыс» ЖШС анықталды, жұмыстарды 1 қазанға дейін аяқтау жоспарланған. Жұмыстың сапасын бақылау бөлімнің автомобиль жолдары секторына жүктелді. Ұсыным қабылданды.

2-тармақ бойынша. «Ақпаратқа қол жеткізу туралы» Қазақстан Республикасы Заңының 16-бабына сәйкес жол жөндеуге бөлінген қаражат туралы ақпарат аудан әкімдігінің интернет-ресурсында жарияланды, Қарабас кентінде тұрғындармен кездесу өткізілді. Ұсыным қабылданды.

Бөлім басшысы                                  П. Корнеев

Орынд.: Жақсыбекова А., тел. 8 (72131) 4-22-12
"""

R_LIGHT_BRUSH = """ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Абайского района»

На Ваше письмо № {number} сообщаем, что рекомендации общественного совета приняты к сведению.

Вопросы восстановления уличного освещения будут рассмотрены в пределах выделенных средств. Вопрос замены опор освещения будет рассмотрен по мере финансирования.

Работа в данном направлении будет продолжена.

Руководитель отдела                            П. Корнеев

Исп.: Ахметова Д.
"""

R_KINDER_BRUSH_KK = """«Абай ауданының білім бөлімі» ММ

Сіздің {sent} № {number} хатыңызға қатысты мынаны хабарлаймыз.

Қоғамдық кеңестің ұсынымдары назарға алынды. Дубовка ауылында балабақша салу мәселесі қаражат бөлінген жағдайда қарастырылатын болады. Шағын орталық ашу мәселесі мүмкіндігінше шешілетін болады.

Бөлім басшысы                                  Е. Ташенов
"""

R_SOCIAL = """ГУ «Отдел занятости и социальных программ Абайского района»

Депутату Абайского районного маслихата
Омарову А.Т.

На Ваш депутатский запрос от {sent} № {number} сообщаем.

Обращение гражданки О. по вопросу назначения жилищной помощи рассмотрено. Помощь назначена с 1-го числа месяца обращения в размере 18 420 тенге ежемесячно в соответствии с пунктом 6 Правил предоставления жилищной помощи, утверждённых решением маслихата Абайского района № 41/8. Перерасчёт за прошедший период на сумму 55 260 тенге произведён и перечислен на счёт заявителя. Контроль за своевременной выплатой возложен на сектор жилищной помощи отдела.

Руководитель отдела                            Б. Сулейменова

Исп.: Касенова Р., тел. 8 (72131) 4-23-13
"""

R_GAS_KK = """«Абай ауданы әкімінің аппараты» ММ

Құрметті Дархан Болатұлы!

Сіздің {sent} № {number} депутаттық сауалыңызға мынаны хабарлаймыз.

Кокпекты ауылының 214 тұрғын үйін газбен қамту жобасы бойынша 5,8 шақырым газ құбыры тартылды. Қалған 2,4 шақырымды тарту «Сарыарқа-Газ Құрылыс» ЖШС-мен жасалған № 52 шарт бойынша желтоқсан айында аяқталады, жобаға облыстық бюджеттен 436,2 млн теңге бөлінген. Жұмыстың орындалуын бақылау аудандық құрылыс, сәулет және қала құрылысы бөліміне жүктелді.

Аудан әкімінің орынбасары                      Н. Бекболатов

Орынд.: Әбенова С., тел. 8 (72131) 4-10-20
"""

R_AGRI_PARTLY = """ГУ «Отдел сельского хозяйства и земельных отношений Абайского района»

На рекомендацию общественного совета от {sent} № {number} сообщаем.

1. Инвентаризация неиспользуемых сельскохозяйственных земель проведена в 6 сельских округах района, выявлено 14 участков общей площадью 3 820 га; материалы направлены в акимат района для изъятия в соответствии со статьёй 92 Земельного кодекса Республики Казахстан. Рекомендация принята.

2. Сведения об изъятых участках опубликованы на интернет-ресурсе акимата района. Рекомендация принята.

Руководитель отдела                            Г. Мусин
"""

R_SPORT_REFUSAL_KK = """«Абай ауданының дене шынықтыру және спорт бөлімі» ММ

Қоғамдық кеңестің {sent} № {number} ұсынымына мынаны хабарлаймыз.

«Мемлекеттік мүлік туралы» Қазақстан Республикасы Заңының 74-бабына сәйкес коммуналдық мүлік жеке кәсіпкерге тек мүліктік жалдау (сенімгерлік басқару) шарты бойынша, электрондық сауда-саттық нәтижесінде беріледі; тегін пайдалануға беру тек мемлекеттік заңды тұлғаларға рұқсат етіледі. Сондықтан ұсынымды қабылдау мүмкін емес. Бұл ретте Топар кентіндегі спорт кешенін сенімгерлік басқаруға беру бойынша сауда-саттық www.gosreestr.kz порталында жарияланды.

Бөлім басшысы                                  Д. Бейсенов

Орынд.: Сейітова А.
"""

R_PROSECUTOR = """Прокуратура Абайского района

На Ваш запрос от {sent} № {number} сообщаем.

Прокуратурой района в соответствии со статьёй 6 Закона Республики Казахстан «О прокуратуре» проведён анализ исполнения законодательства о государственных закупках при строительстве водовода в посёлке Топар. Выявлено 3 нарушения при приёмке работ на сумму 12,4 млн тенге; руководителю ГУ «Отдел строительства, архитектуры и градостроительства Абайского района» внесено представление об устранении нарушений закона. Результаты рассмотрения представления будут сообщены дополнительно до 30 числа следующего месяца.

Прокурор района                                Т. Алиев
"""

R_BUDGET_PARTLY = """ГУ «Отдел экономики и финансов Абайского района»

На рекомендации общественного совета по проекту бюджетной программы от {sent} № {number} сообщаем.

По пункту 1. Расходы на содержание автомобильных дорог районного значения в проекте бюджетной программы 459-023 увеличены на 64,5 млн тенге за счёт перераспределения с программы 459-015. Ответственный – ГУ «Отдел экономики и финансов Абайского района», срок – при уточнении бюджета во II квартале. Рекомендация принята.

По пункту 2. Выделение средств на капитальный ремонт дома культуры в посёлке Южный в текущем году не представляется возможным.

Руководитель отдела                            А. Нуржанова
"""

R_AKIMAT_PARKS = """ГУ «Аппарат акима Абайского района»

На рекомендацию общественного совета от {sent} № {number} сообщаем.

1. Детская игровая площадка в сквере «Жастар» города Абай будет установлена до 15 августа за счёт средств программы «Ауыл – Ел бесігі» в размере 16,8 млн тенге. Ответственный исполнитель – ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Абайского района». Рекомендация принята.

2. Освещение пешеходных дорожек сквера: установлено 52 светодиодных светильника общей стоимостью 7,4 млн тенге (договор № 118). Рекомендация исполнена.

3. Общественный туалет в сквере будет установлен в III квартале за счёт внебюджетных средств, ответственный – ГУ «Отдел предпринимательства и промышленности Абайского района». Рекомендация принята.

Заместитель акима района                       Е. Турсынов

Исп.: Байжанова С., тел. 8 (72131) 4-10-05
"""

R_BUSINESS = """ГУ «Отдел предпринимательства и промышленности Абайского района»

На рекомендацию общественного совета от {sent} № {number} сообщаем.

По пункту 1. Приём заявок на льготное кредитование по программе «Бизнес Жол» для субъектов малого бизнеса посёлка Топар организован в центре поддержки предпринимательства; в текущем году одобрено 9 проектов на сумму 118 млн тенге. Рекомендация принята.

По пункту 2. Обучение по проекту «Бастау Бизнес» будет проведено до конца года для 40 человек; ответственный – филиал НПП «Атамекен» по Абайскому району.

Руководитель отдела                            И. Ковальчук
"""

# ------------------------------------------------------------------------------------------ items

SCENARIOS = [
    Scenario(
        "meals", 330, "recommendation", "ru", PUBLIC_COUNCIL, "ОС-3",
        """Общественный совет Абайского района по итогам общественного мониторинга рекомендует:
1. Провести мониторинг качества горячего питания в общеобразовательных школах района с участием членов общественного совета.
2. Предусмотреть в районном бюджете средства на ремонт пищеблоков школ № 2 и № 9 посёлка Топар.
3. Опубликовать результаты мониторинга питания на интернет-ресурсе отдела образования.""",
        ["education"], registered_after=2,
        replies={0: Reply(-5, R_MEALS, "12-14/301", claim="accepted", verdict="justified",
                          implementation=[(150, "fully", "Пищеблоки школ № 2 и № 9 отремонтированы, акт приёмки "
                                                         "осмотрен членами совета", None)])},
    ),
    Scenario(
        "road", 300, "recommendation", "kk", PUBLIC_COUNCIL, "ОС-5",
        """Абай ауданының қоғамдық кеңесі ұсынады:
1. Қарабас кентіндегі Жеңіс көшесінің жолын орташа жөндеу жұмыстарын жүргізу.
2. Кент ішіндегі жолдарды жөндеуге бөлінетін қаражат туралы ақпаратты тұрғындарға жариялау.""",
        ["housing"], registered_after=1,
        replies={0: Reply(-3, R_ROAD_KK, "03-12/455", claim="accepted", verdict="justified",
                          implementation=[(120, "partly", "Жолдың 1,2 шақырымы жөнделді, қалған бөлігі келесі "
                                                          "маусымға қалдырылды", 170)])},
    ),
    Scenario(
        "lighting", 280, "recommendation", "ru", PUBLIC_COUNCIL, "ОС-7",
        """Общественный совет Абайского района рекомендует:
1. Восстановить уличное освещение по улицам Абая и Желтоксан посёлка Топар до начала отопительного сезона.
2. Заменить аварийные опоры освещения по улице Ленина города Абай.""",
        ["housing"], registered_after=3,
        replies={0: Reply(10, R_LIGHT_BRUSH, "03-12/610", verdict="unjustified",
                          implementation=[(90, "not", "Выезд членов совета: освещение не восстановлено", 60)])},
    ),
    Scenario(
        "kindergarten", 250, "recommendation", "kk", PUBLIC_COUNCIL, "ОС-9",
        """Абай ауданының қоғамдық кеңесі ұсынады:
1. Дубовка ауылында 90 орындық балабақша салу жобасын әзірлеуді бастау.
2. Балабақшаға кезекте тұрған балалар санын азайту үшін шағын орталық ашу мәселесін қарау.""",
        ["education"],
        replies={0: Reply(-2, R_KINDER_BRUSH_KK, "12-14/702", verdict="unjustified")},
    ),
    Scenario(
        "social", 230, "deputy_inquiry", "ru", MASLIKHAT, "02-14/118",
        """Депутатский запрос.
Прошу сообщить, по какой причине гражданке О., проживающей в посёлке Топар, с момента обращения не назначена жилищная помощь, и какие меры приняты для её назначения и перерасчёта.""",
        ["employment"], registered_after=1,
        citizen={"name": "Омарова Айгуль Кайратовна", "iin": iin_with_control("78041245012"),
                 "phone": "+7 702 418 55 31", "address": "пос. Топар, ул. Мира, 12"},
        replies={0: Reply(-9, R_SOCIAL, "12-14/780", claim="implemented", verdict="justified",
                          close="Вопрос решён, помощь назначена; депутат удовлетворён ответом")},
    ),
    Scenario(
        "gas", 200, "deputy_inquiry", "kk", MASLIKHAT, "02-14/154",
        """Депутаттық сауал.
Кокпекты ауылының тұрғын үйлерін газбен қамту қашан аяқталатынын және жобаға қанша қаражат бөлінгенін хабарлауды сұраймын.""",
        ["akimat"], registered_after=2,
        replies={0: Reply(-4, R_GAS_KK, "01-25/1290", verdict="justified",
                          implementation=[(100, "largely", "Газ құбырының 7,6 шақырымы тартылды; 40 үй әлі "
                                                           "қосылмаған", 60)])},
    ),
    Scenario(
        "land", 180, "recommendation", "ru", PUBLIC_COUNCIL, "ОС-12",
        """Общественный совет Абайского района рекомендует:
1. Провести инвентаризацию неиспользуемых сельскохозяйственных земель в сельских округах района.
2. Опубликовать сведения об изъятых неиспользуемых земельных участках.
3. Предоставить освободившиеся участки молодым фермерам района на конкурсной основе.""",
        ["agriculture", "economy"],
        replies={0: Reply(3, R_AGRI_PARTLY, "07-11/233", verdict="partly_justified")},
    ),
    Scenario(
        "revenue", 60, "info_request", "kk", MASLIKHAT, "02-14/233",
        """Ақпарат сұрау.
Абай ауданы бойынша жергілікті бюджетке түскен мүлік салығының 2025 жылғы түсімдері және берешегі туралы ақпарат беруді сұраймыз.""",
        ["revenue"],
    ),
    Scenario(
        "culture", 8, "recommendation", "ru", PUBLIC_COUNCIL, "ОС-21", regime="public_control",
        text="""По итогам общественного контроля общественный совет рекомендует:
1. Устранить протечки кровли в здании районного дома культуры.
2. Обеспечить доступ маломобильных граждан в здание районной библиотеки (пандус, поручни).""",
        addressees=["culture"],
    ),
    Scenario(
        "sport-hall", 26, "recommendation", "kk", PUBLIC_COUNCIL, "ОС-20",
        """Абай ауданының қоғамдық кеңесі ұсынады:
1. Топар кентіндегі №4 мектептің спорт залын жөндеу.
2. Көпбалалы отбасылардың балалары үшін тегін спорт секцияларын ұйымдастыру.""",
        ["sport"],
    ),
    Scenario(
        "business", 40, "recommendation", "ru", PUBLIC_COUNCIL, "ОС-18",
        """Общественный совет Абайского района рекомендует:
1. Организовать приём заявок на льготное кредитование субъектов малого бизнеса в посёлке Топар.
2. Провести обучение начинающих предпринимателей по проекту «Бастау Бизнес».""",
        ["business"],
        replies={0: Reply(-3, R_BUSINESS, "09-04/377")},
    ),
    Scenario(
        "sport-refusal", 150, "recommendation", "kk", PUBLIC_COUNCIL, "ОС-14",
        """Абай ауданының қоғамдық кеңесі ұсынады:
1. Топар кентіндегі спорт кешенінің ғимаратын жеке кәсіпкерге тегін пайдалануға беру.""",
        ["sport"],
        replies={0: Reply(-6, R_SPORT_REFUSAL_KK, "10-02/188", verdict="justified",
                          close="Бас тарту құқықтық негізде уәждеді; кеңес қабылдады")},
    ),
    Scenario(
        "prosecutor", 120, "info_request", "ru", MASLIKHAT, "02-14/201",
        """Запрос информации.
Просим сообщить результаты проверки соблюдения законодательства о государственных закупках при строительстве водовода в посёлке Топар.""",
        ["prosecutor"], registered_after=1, extension=(12, 15, "запрошены сведения у нескольких органов"),
        replies={0: Reply(-2, R_PROSECUTOR, "2-05-25/771", verdict="justified")},
    ),
    Scenario(
        "budget", 95, "recommendation", "ru", PUBLIC_COUNCIL, "ОС-16", regime="council_budget_draft",
        text="""Общественный совет по проекту бюджетной программы на следующий год рекомендует:
1. Увеличить расходы на содержание автомобильных дорог районного значения.
2. Предусмотреть средства на капитальный ремонт дома культуры в посёлке Южный.""",
        addressees=["economy"], registered_after=1,
        replies={0: Reply(-1, R_BUDGET_PARTLY, "05-08/612", verdict="partly_justified",
                          implementation=[(45, "partly", "Расходы на дороги увеличены в уточнённом бюджете; "
                                                         "ремонт ДК не предусмотрен", 90)])},
    ),
    Scenario(
        "politics", 47, "recommendation", "kk", PUBLIC_COUNCIL, "ОС-17",
        """Абай ауданының қоғамдық кеңесі ұсынады:
1. Жастар ресурстық орталығының жұмыс кестесін кешкі уақытқа ұзарту.
2. Ауылдық округтерде жастармен кездесулер кестесін жариялау.""",
        ["politics"],
    ),
    Scenario(
        "square", 140, "recommendation", "ru", PUBLIC_COUNCIL, "ОС-13",
        """Общественный совет Абайского района рекомендует:
1. Установить детскую игровую площадку в сквере «Жастар» города Абай.
2. Обеспечить освещение пешеходных дорожек сквера «Жастар».
3. Установить общественный туалет в сквере «Жастар».""",
        ["akimat"], registered_after=2,
        replies={0: Reply(-7, R_AKIMAT_PARKS, "01-25/1455", claim="implemented", verdict="justified",
                          implementation=[(30, "largely", "Площадка и освещение установлены; туалет не "
                                                          "установлен", 75)])},
    ),
]


def _secrets_usable(ws: Workspace) -> bool:
    from deputydesk.exchange.fieldcrypt import SecretsUnavailable

    try:
        ws.secrets.seal("probe")
        return True
    except SecretsUnavailable:
        return False


def _org_id(code: str) -> str:
    return AKIMAT if code == "akimat" else org(code)


def _anchor(ws: Workspace) -> _dt.date:
    stored = ws.meta(ANCHOR_KEY)
    if stored:
        return _dt.date.fromisoformat(stored)
    today = _dt.date.today()
    ws.set_meta(ANCHOR_KEY, today.isoformat())
    return today


def seed(ws: Workspace, progress: Progress) -> None:
    from deputydesk.services import followup as svc

    anchor = _anchor(ws)
    for n, sc in enumerate(SCENARIOS):
        progress.check()
        item_id = demo_id("followup", sc.key)
        if records.find(ws, "followup_items", item_id) is not None:
            continue
        with ws.atomic():
            _seed_one(ws, svc, sc, item_id, anchor)
        progress.update(n + 1, len(SCENARIOS), sc.key)


def _seed_one(ws: Workspace, svc: Any, sc: Scenario, item_id: str, anchor: _dt.date) -> None:
    sent = anchor - _dt.timedelta(days=sc.sent_days_ago)
    specs: list[dict[str, Any]] = []
    for i, code in enumerate(sc.addressees):
        spec: dict[str, Any] = {"organisation_id": _org_id(code), "organisation": _org_id(code),
                                "id": demo_id("followup", sc.key, str(i))}
        if sc.registered_after is not None:
            spec["registered"] = sent + _dt.timedelta(days=sc.registered_after)
            spec["their_reg_number"] = f"{(sent.toordinal() % 900) + 100}-вх"
        specs.append(spec)
    citizen = sc.citizen
    if citizen and not _secrets_usable(ws):
        # no keyring and no passphrase here: keep the citizen's name and address, never the IIN or phone
        citizen = {k: v for k, v in citizen.items() if k in ("name", "address")}
    created = svc.create_item(
        ws, text=sc.text, addressees=specs, sent=sent, kind=sc.kind, regime=sc.regime, lang=sc.lang,
        registry_number=sc.number, body_id=sc.body, item_id=item_id, citizen=citizen,
        author="Омаров А.Т." if sc.body == MASLIKHAT else "Тохтаров Б.И.", convocation="VIII",
        session_decision_ref=sc.decision)
    if sc.extension is not None:
        days_after, length, reason = sc.extension
        svc.add_term_event(ws, created["addressees"][0]["id"], "extension", sent + _dt.timedelta(days=days_after),
                           reason, amount=length, unit="calendar_days")
    for index, reply in sc.replies.items():
        aid = created["addressees"][index]["id"]
        due = _dt.date.fromisoformat(records.get(ws, "followup_addressees", aid)["due_date"])
        received = min(anchor, due + _dt.timedelta(days=reply.after_due))
        text = reply.text.format(sent=sent.strftime("%d.%m.%Y"), number=sc.number)
        r = svc.register_reply(ws, aid, received=received, text=text, incoming_number=reply.number,
                               executive_claim=reply.claim)
        if reply.verdict is None:
            continue
        judged = min(anchor, received + _dt.timedelta(days=reply.verdict_after))
        svc.confirm_verdict(ws, aid, reply.verdict, reply_id=r["reply_id"], reviewed_on=judged)
        checked = judged
        for after, level, evidence, recheck in reply.implementation:
            checked = min(anchor, checked + _dt.timedelta(days=after))
            svc.record_implementation(ws, aid, level, checked_on=checked, evidence=evidence,
                                      recheck_on=None if recheck is None else checked + _dt.timedelta(days=recheck))
        if reply.close:
            svc.close_addressee(ws, aid, reply.close, on=min(anchor, checked + _dt.timedelta(days=3)))
