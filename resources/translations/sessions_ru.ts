<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>For / against / abstained</source>
        <translation>За / против / воздержались</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>№ решения</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Причина отсутствия</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <source>Recommendation or inquiry</source>
        <translation>Рекомендация или запрос</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Deputy inquiry</source>
        <translation>Депутатский запрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Write the text of the recommendation or inquiry.</source>
        <translation>Напишите текст рекомендации или запроса.</translation>
    </message>
    <message>
        <source>Name the addressee.</source>
        <translation>Укажите адресата.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Voting rules</source>
        <translation>Правила голосования</translation>
    </message>
    <message>
        <source>Rules fixed by law are shown with their source and cannot be changed here; the others follow the body&apos;s own regulation.</source>
        <translation>Правила, установленные законом, показаны с источником и здесь не меняются; остальные задаются регламентом органа.</translation>
    </message>
    <message>
        <source>of the total number of members</source>
        <translation>от общего числа членов</translation>
    </message>
    <message>
        <source>of the members present</source>
        <translation>от числа присутствующих</translation>
    </message>
    <message>
        <source>of the votes cast</source>
        <translation>от числа проголосовавших</translation>
    </message>
    <message>
        <source>of the votes for and against</source>
        <translation>от голосов «за» и «против»</translation>
    </message>
    <message>
        <source>the chair&apos;s vote decides</source>
        <translation>решает голос председателя</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <source>Fixed by law: </source>
        <translation>Установлено законом: </translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Generate:</source>
        <translation>Сформировать:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткий обзор</translation>
    </message>
    <message>
        <source>Notice of the next session</source>
        <translation>Извещение о следующей сессии</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском</translation>
    </message>
    <message>
        <source>DOCX + PDF</source>
        <translation>DOCX + PDF</translation>
    </message>
    <message>
        <source>Save the session, then write the document as DOCX and PDF and open the PDF</source>
        <translation>Сохранить сессию, сформировать документ в DOCX и PDF и открыть PDF</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Внеочередная</translation>
    </message>
    <message>
        <source>Needed only when the body numbers decisions through the convocation ({running} in its number format)</source>
        <translation>Нужен, только если орган нумерует решения сквозной нумерацией в пределах созыва ({running} в формате номера)</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Items of the next session, one per line</source>
        <translation>Вопросы следующей сессии, по одному в строке</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Созыв</translation>
    </message>
    <message>
        <source>Session No.</source>
        <translation>№ сессии</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Last day (several days)</source>
        <translation>Последний день (если несколько дней)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Running No. of the first decision</source>
        <translation>Сквозной № первого решения</translation>
    </message>
    <message>
        <source>Place (Russian)</source>
        <translation>Место (на русском)</translation>
    </message>
    <message>
        <source>Place (Kazakh)</source>
        <translation>Место (на казахском)</translation>
    </message>
    <message>
        <source>Chair (Russian)</source>
        <translation>Председательствующий (на русском)</translation>
    </message>
    <message>
        <source>Chair (Kazakh)</source>
        <translation>Председательствующий (на казахском)</translation>
    </message>
    <message>
        <source>Secretary (Russian)</source>
        <translation>Секретарь (на русском)</translation>
    </message>
    <message>
        <source>Secretary (Kazakh)</source>
        <translation>Секретарь (на казахском)</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Извещение направлено</translation>
    </message>
    <message>
        <source>Materials sent</source>
        <translation>Материалы направлены</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Следующая сессия</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашенные</translation>
    </message>
    <message>
        <source>Next agenda</source>
        <translation>Повестка следующей сессии</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Все присутствуют</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Recommendation / inquiry…</source>
        <translation>Рекомендация / запрос…</translation>
    </message>
    <message>
        <source>Record a recommendation or an inquiry raised under this item; it is listed in the session&apos;s summary</source>
        <translation>Записать рекомендацию или запрос по этому вопросу; они попадут в краткий обзор сессии</translation>
    </message>
    <message>
        <source>Separate several with ;</source>
        <translation>Несколько — через ;</translation>
    </message>
    <message>
        <source>One per line: name — what was said</source>
        <translation>По одному в строке: фамилия — суть выступления</translation>
    </message>
    <message>
        <source>Vote taken</source>
        <translation>Голосование проводилось</translation>
    </message>
    <message>
        <source>as the session</source>
        <translation>как на сессии</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>воздержались</translation>
    </message>
    <message>
        <source>Present at the vote</source>
        <translation>Присутствовали при голосовании</translation>
    </message>
    <message>
        <source>Chair&apos;s vote (for a tie)</source>
        <translation>Голос председателя (при равенстве)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <source>Title (Kazakh)</source>
        <translation>Название (на казахском)</translation>
    </message>
    <message>
        <source>Rapporteur (Russian)</source>
        <translation>Докладчик (на русском)</translation>
    </message>
    <message>
        <source>Rapporteur (Kazakh)</source>
        <translation>Докладчик (на казахском)</translation>
    </message>
    <message>
        <source>Co-rapporteurs</source>
        <translation>Содокладчики</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Decision (Russian)</source>
        <translation>Решение (на русском)</translation>
    </message>
    <message>
        <source>Decision (Kazakh)</source>
        <translation>Решение (на казахском)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новый вопрос</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>extraord.</source>
        <translation>внеоч.</translation>
    </message>
    <message>
        <source>Quorum present</source>
        <translation>Кворум есть</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Кворума нет</translation>
    </message>
</context>
<context>
    <name>SessionsArea</name>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Agenda, attendance and quorum, votes and decisions — with the protocol, a plain summary and the notice of the next session.</source>
        <translation>Повестка дня, присутствие и кворум, голосование и решения — с протоколом, кратким обзором и извещением о следующей сессии.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Voting rules…</source>
        <translation>Правила голосования…</translation>
    </message>
    <message>
        <source>Quorum, majority and tie rules with their legal source; the decision number format</source>
        <translation>Кворум, большинство и равенство голосов с указанием нормы закона; формат номера решения</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Сессия не выбрана</translation>
    </message>
    <message>
        <source>Choose a session on the left or start a new one.</source>
        <translation>Выберите сессию слева или создайте новую.</translation>
    </message>
    <message>
        <source>Loading the councils</source>
        <translation>Загрузка органов</translation>
    </message>
    <message>
        <source>Loading sessions</source>
        <translation>Загрузка сессий</translation>
    </message>
    <message>
        <source>Opening the session</source>
        <translation>Открытие сессии</translation>
    </message>
    <message>
        <source>Preparing a new session</source>
        <translation>Подготовка новой сессии</translation>
    </message>
    <message>
        <source>Loading the rules</source>
        <translation>Загрузка правил</translation>
    </message>
    <message>
        <source>Saving the rules</source>
        <translation>Сохранение правил</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Правила сохранены.</translation>
    </message>
    <message>
        <source>Saving the session</source>
        <translation>Сохранение сессии</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Сессия сохранена.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Удаление сессии</translation>
    </message>
    <message>
        <source>Delete session No. %1 with its agenda, votes and generated documents?</source>
        <translation>Удалить сессию № %1 вместе с повесткой, голосованием и сформированными документами?</translation>
    </message>
    <message>
        <source>Deleting the session</source>
        <translation>Удаление сессии</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Сессия удалена.</translation>
    </message>
    <message>
        <source>Writing the documents</source>
        <translation>Формирование документов</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Сформировано: %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Recorded; it will appear in the session&apos;s summary.</source>
        <translation>Записано; это появится в кратком обзоре сессии.</translation>
    </message>
</context>
<context>
    <name>SessionsModels</name>
    <message>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <source>no vote</source>
        <translation>без голосования</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>нет кворума</translation>
    </message>
    <message>
        <source>tie: chair&apos;s vote missing</source>
        <translation>поровну: нет голоса председателя</translation>
    </message>
    <message>
        <source>check the count</source>
        <translation>проверьте подсчёт</translation>
    </message>
</context>
</TS>
