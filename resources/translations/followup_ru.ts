<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Holidays, carried-over days off and Government transfers come with DeputyDesk. When a new transfer is announced, add it here: every open item gets its term recomputed.</source>
        <translation>Праздники, перенесённые выходные и переносы дней отдыха Правительством уже есть в DeputyDesk. Когда объявят новый перенос, внесите его здесь: сроки всех открытых документов будут пересчитаны.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Corrections made here</source>
        <translation>Поправки, внесённые здесь</translation>
    </message>
    <message>
        <source>Basis, e.g. Government resolution No. …</source>
        <translation>Основание, напр. постановление Правительства № …</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>вс</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>вместо %1</translation>
    </message>
    <message>
        <source>(date estimated)</source>
        <translation>(дата предварительная)</translation>
    </message>
    <message>
        <source>Recomputing open items</source>
        <translation>Пересчёт сроков открытых документов</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) got a new due date.</source>
        <translation>
            <numerusform>Новый срок получил %n открытый документ.</numerusform>
            <numerusform>Новый срок получили %n открытых документа.</numerusform>
            <numerusform>Новый срок получили %n открытых документов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>New recommendation or inquiry…</source>
        <translation>Новая рекомендация или запрос…</translation>
    </message>
    <message>
        <source>Overdue answers</source>
        <translation>Просроченные ответы</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <source>Waiting for the council&apos;s verdict</source>
        <translation>Ожидают оценки совета</translation>
    </message>
    <message>
        <source>Waiting for verification of implementation</source>
        <translation>Ожидают проверки исполнения</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Re-check date reached for %n item(s).</source>
        <translation>
            <numerusform>Наступил срок повторной проверки по %n документу.</numerusform>
            <numerusform>Наступил срок повторной проверки по %n документам.</numerusform>
            <numerusform>Наступил срок повторной проверки по %n документам.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupArea</name>
    <message>
        <source>Follow-up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Recommendations and inquiries the council sent, their answer terms, the replies, the council&apos;s verdict on each reply and whether it was implemented.</source>
        <translation>Направленные советом рекомендации и запросы, сроки ответа, полученные ответы, оценка советом каждого ответа и исполнение.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Deputy inquiry</source>
        <translation>Депутатский запрос</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Ожидается ответ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Term paused</source>
        <translation>Срок приостановлен</translation>
    </message>
    <message>
        <source>Waiting for the verdict</source>
        <translation>Ожидает оценки</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Ожидает проверки исполнения</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Снят с контроля</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Обоснованный</translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation>Частично обоснованный</translation>
    </message>
    <message>
        <source>Unjustified</source>
        <translation>Необоснованный</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ответ не получен</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Исполнено частично</translation>
    </message>
    <message>
        <source>Largely implemented</source>
        <translation>Исполнено в основном</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>Исполнено полностью</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Принято частично</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Не рассмотрено</translation>
    </message>
    <message>
        <source>Says nothing about itself</source>
        <translation>Ничего не заявляет</translation>
    </message>
    <message>
        <source>Says it accepted the recommendation</source>
        <translation>Сообщает, что рекомендация принята</translation>
    </message>
    <message>
        <source>Says it is implemented</source>
        <translation>Сообщает, что исполнено</translation>
    </message>
    <message>
        <source>Says work is in progress</source>
        <translation>Сообщает, что работа ведётся</translation>
    </message>
    <message>
        <source>Says it rejects it</source>
        <translation>Сообщает об отказе</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Ответ дан в срок</translation>
    </message>
    <message>
        <source>Signed by the head of the body or a deputy head</source>
        <translation>Подписан первым руководителем или заместителем</translation>
    </message>
    <message>
        <source>Every point answered</source>
        <translation>Даны ответы на все пункты</translation>
    </message>
    <message>
        <source>A decision stated for each point</source>
        <translation>По каждому пункту указано решение</translation>
    </message>
    <message>
        <source>Reasons with a legal basis for any rejection</source>
        <translation>Отказ обоснован ссылкой на норму права</translation>
    </message>
    <message>
        <source>Accepted points: measures, a responsible unit, a date</source>
        <translation>По принятым пунктам: меры, ответственный, срок</translation>
    </message>
    <message>
        <source>Legal norms cited</source>
        <translation>Приведены нормы права</translation>
    </message>
    <message>
        <source>In Kazakh or in the language of the recommendation</source>
        <translation>На казахском языке или на языке рекомендации</translation>
    </message>
    <message>
        <source>Not a formal brush-off</source>
        <translation>Не формальная отписка</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>не применимо</translation>
    </message>
    <message>
        <source>Legal norm</source>
        <translation>Норма права</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Дата или срок</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Stock phrase without substance</source>
        <translation>Шаблонная фраза без содержания</translation>
    </message>
    <message>
        <source>The executive&apos;s own claim (not evidence)</source>
        <translation>Заявление исполнителя о себе (не доказательство)</translation>
    </message>
    <message>
        <source>Point reference</source>
        <translation>Ссылка на пункт</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Deputy inquiry — 1 month</source>
        <translation>Депутатский запрос — 1 месяц</translation>
    </message>
    <message>
        <source>Public council recommendation — 1 month</source>
        <translation>Рекомендация общественного совета — 1 месяц</translation>
    </message>
    <message>
        <source>Recommendation on a draft budget programme — 10 working days</source>
        <translation>Рекомендация по проекту бюджетной программы — 10 рабочих дней</translation>
    </message>
    <message>
        <source>Public control act — 10 working days</source>
        <translation>Акт общественного контроля — 10 рабочих дней</translation>
    </message>
    <message>
        <source>Request for information — 15 calendar days</source>
        <translation>Запрос информации — 15 календарных дней</translation>
    </message>
    <message>
        <source>Appeal — 15 working days</source>
        <translation>Обращение — 15 рабочих дней</translation>
    </message>
    <message>
        <source>Complaint — 20 working days</source>
        <translation>Жалоба — 20 рабочих дней</translation>
    </message>
    <message>
        <source>Petition (local) — 20 working days</source>
        <translation>Петиция (местная) — 20 рабочих дней</translation>
    </message>
    <message>
        <source>Term set by the council</source>
        <translation>Срок, установленный советом</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Term changed</source>
        <translation>Срок изменён</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Направлено напоминание</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Carried-over day off</source>
        <translation>Перенесённый выходной</translation>
    </message>
    <message>
        <source>Day off transferred by the Government</source>
        <translation>Выходной, перенесённый Правительством</translation>
    </message>
    <message>
        <source>Working weekend day (transfer)</source>
        <translation>Рабочий выходной (перенос)</translation>
    </message>
    <message>
        <source>Day off added here</source>
        <translation>Выходной, добавленный здесь</translation>
    </message>
    <message>
        <source>Working day added here</source>
        <translation>Рабочий день, добавленный здесь</translation>
    </message>
</context>
<context>
    <name>FollowupModels</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлен</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Исполнение</translation>
    </message>
    <message numerus="yes">
        <source>(+%n day(s))</source>
        <translation>
            <numerusform>(+%n день)</numerusform>
            <numerusform>(+%n дня)</numerusform>
            <numerusform>(+%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Документов</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Обоснованных</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Медиана, дней до ответа</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Становится</translation>
    </message>
    <message>
        <source>Basis / note</source>
        <translation>Основание / примечание</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Внёс</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Answer (as you read it)</source>
        <translation>Ответ (по вашему прочтению)</translation>
    </message>
    <message>
        <source>(use the suggestion)</source>
        <translation>(по подсказке)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Прочтение</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
</context>
<context>
    <name>FollowupPages</name>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>ImplementationDialog</name>
    <message>
        <source>Check of implementation</source>
        <translation>Проверка исполнения</translation>
    </message>
    <message>
        <source>The whole recommendation</source>
        <translation>Рекомендация в целом</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>What was seen: site visit, report, photos, documents…</source>
        <translation>Что установлено: выезд на место, отчёт, фото, документы…</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень исполнения</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Что проверено</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>Из библиотеки…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>“Fully implemented” for the whole recommendation takes it off control.</source>
        <translation>«Исполнено полностью» по рекомендации в целом снимает её с контроля.</translation>
    </message>
    <message>
        <source>Choose the evidence from the library</source>
        <translation>Выбор подтверждающего документа из библиотеки</translation>
    </message>
</context>
<context>
    <name>ItemDetailDialog</name>
    <message>
        <source>Recommendation or inquiry</source>
        <translation>Рекомендация или запрос</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Term and its calculation</source>
        <translation>Срок и его расчёт</translation>
    </message>
    <message>
        <source>Text and points</source>
        <translation>Текст и пункты</translation>
    </message>
    <message>
        <source>Replies and verdicts</source>
        <translation>Ответы и оценки</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Register reply…</source>
        <translation>Зарегистрировать ответ…</translation>
    </message>
    <message>
        <source>Verdict…</source>
        <translation>Оценка…</translation>
    </message>
    <message>
        <source>Implementation…</source>
        <translation>Исполнение…</translation>
    </message>
    <message>
        <source>Extend / pause…</source>
        <translation>Продлить / приостановить…</translation>
    </message>
    <message>
        <source>Registration date…</source>
        <translation>Дата регистрации…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Снять с контроля…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть на контроль</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Гражданин: %1</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ИИН %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Подписал: %1</translation>
    </message>
    <message>
        <source>Suggested verdict: %1</source>
        <translation>Предлагаемая оценка: %1</translation>
    </message>
    <message>
        <source>Council&apos;s verdict of %1: %2</source>
        <translation>Оценка совета от %1: %2</translation>
    </message>
    <message>
        <source>No reply yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверялось.</translation>
    </message>
    <message>
        <source>Registration by the addressee</source>
        <translation>Регистрация у адресата</translation>
    </message>
    <message>
        <source>Their registration No.</source>
        <translation>Регистрационный № у адресата</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Take off control</source>
        <translation>Снять с контроля</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Изменение документа</translation>
    </message>
    <message>
        <source>New recommendation or inquiry</source>
        <translation>Новая рекомендация или запрос</translation>
    </message>
    <message>
        <source>Registered by the addressee on</source>
        <translation>Зарегистрировано у адресата</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Short subject (the first point when empty)</source>
        <translation>Краткое содержание (если пусто — первый пункт)</translation>
    </message>
    <message>
        <source>e.g. decision No. 12-3/VIII of 15.03.2025</source>
        <translation>напр. решение № 12-3/VIII от 15.03.2025</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>From the decision</source>
        <translation>На основании решения</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцев</translation>
    </message>
    <message>
        <source>or an exact date</source>
        <translation>или точная дата</translation>
    </message>
    <message>
        <source>Custom term:</source>
        <translation>Особый срок:</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Текст, как он направлен</translation>
    </message>
    <message>
        <source>Split the numbered points</source>
        <translation>Разбить на пункты по нумерации</translation>
    </message>
    <message>
        <source>Points (one per line)</source>
        <translation>Пункты (по одному в строке)</translation>
    </message>
    <message>
        <source>Addressees (each gets its own term)</source>
        <translation>Адресаты (у каждого свой срок)</translation>
    </message>
    <message>
        <source>Add addressees</source>
        <translation>Добавить адресатов</translation>
    </message>
    <message>
        <source>Another addressee (name)</source>
        <translation>Другой адресат (наименование)</translation>
    </message>
    <message>
        <source>Citizen (inquiry on a citizen&apos;s appeal) — IIN and phone are stored encrypted</source>
        <translation>Гражданин (запрос по обращению гражданина) — ИИН и телефон хранятся зашифрованными</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Documents (from the library)</source>
        <translation>Документы (из библиотеки)</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Текст не заполнен.</translation>
    </message>
    <message>
        <source>Choose at least one addressee.</source>
        <translation>Выберите хотя бы одного адресата.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search number, subject, addressee</source>
        <translation>Поиск по номеру, содержанию, адресату</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>на дату</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Годовой отчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual follow-up report</source>
        <translation>Годовой отчёт о контроле</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation>PDF для печати (*.pdf);;Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Подготовка отчёта</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Register a reply — %1</source>
        <translation>Регистрация ответа — %1</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Position (read from the text when empty)</source>
        <translation>Должность (если пусто — берётся из текста)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Our incoming No.</source>
        <translation>Наш вх. №</translation>
    </message>
    <message>
        <source>Their No.</source>
        <translation>Их исх. №</translation>
    </message>
    <message>
        <source>Signed by (position)</source>
        <translation>Подписал (должность)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>What the executive says</source>
        <translation>Что сообщает исполнитель</translation>
    </message>
    <message>
        <source>Recorded apart from the council&apos;s verdict; it never closes the item.</source>
        <translation>Хранится отдельно от оценки совета и никогда не снимает документ с контроля.</translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation>Срок ответа: %1</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>Read from a file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>Из библиотеки…</translation>
    </message>
    <message>
        <source>Choose the reply among the documents of the library; its text is read into the field below</source>
        <translation>Выберите ответ среди документов библиотеки; его текст будет загружен в поле ниже</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Разобрать</translation>
    </message>
    <message>
        <source>Answer per point (double-click to change)</source>
        <translation>Ответ по пунктам (двойной щелчок — изменить)</translation>
    </message>
    <message>
        <source>Reply file</source>
        <translation>Файл ответа</translation>
    </message>
    <message>
        <source>Replies (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Ответы (*.txt *.docx *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>Чтение ответа</translation>
    </message>
    <message>
        <source>Choose the reply from the library</source>
        <translation>Выбор ответа из библиотеки</translation>
    </message>
    <message>
        <source>Library document: %1</source>
        <translation>Документ библиотеки: %1</translation>
    </message>
    <message>
        <source>Suggested verdict: %1</source>
        <translation>Предлагаемая оценка: %1</translation>
    </message>
    <message>
        <source>(a person confirms it later)</source>
        <translation>(оценку подтверждает человек)</translation>
    </message>
    <message>
        <source>Type the reply&apos;s text, read it from a file or choose it in the library.</source>
        <translation>Введите текст ответа, загрузите его из файла или выберите в библиотеке.</translation>
    </message>
    <message>
        <source>Saving the reply</source>
        <translation>Сохранение ответа</translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Answers on time, justified, implemented (%)</source>
        <translation>Ответы в срок, обоснованные, исполненные (%)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Обоснованные</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Median days to the first answer</source>
        <translation>Медиана дней до первого ответа</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
</context>
<context>
    <name>SimpleFormDialog</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Заполните это поле.</translation>
    </message>
</context>
<context>
    <name>TermEventDialog</name>
    <message>
        <source>Extension or pause of the term</source>
        <translation>Продление или приостановление срока</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановление</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцев</translation>
    </message>
    <message>
        <source>Pause ended on</source>
        <translation>Возобновлено</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Decided on / paused from</source>
        <translation>Дата решения / начало приостановления</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>or by</source>
        <translation>или на</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>The council&apos;s verdict — %1</source>
        <translation>Оценка совета — %1</translation>
    </message>
    <message>
        <source>DeputyDesk reads the reply and suggests; the council decides. What the executive says about itself is not evidence.</source>
        <translation>DeputyDesk читает ответ и подсказывает; решает совет. То, что исполнитель сообщает о себе, доказательством не является.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>on</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Note (what the council concluded)</source>
        <translation>Примечание (вывод совета)</translation>
    </message>
    <message>
        <source>Confirm verdict</source>
        <translation>Подтвердить оценку</translation>
    </message>
    <message>
        <source>No reply has been registered.</source>
        <translation>Ответ не зарегистрирован.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Подсказка: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Saving the verdict</source>
        <translation>Сохранение оценки</translation>
    </message>
</context>
</TS>
