<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>IncomingDialog</name>
    <message>
        <source>Register an incoming letter</source>
        <translation>Регистрация входящего письма</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>our number it answers</source>
        <translation>наш номер, на который дан ответ</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <source>Their No.:</source>
        <translation>Их исх. №:</translation>
    </message>
    <message>
        <source>Their date:</source>
        <translation>Их дата:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата поступления:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Краткое содержание:</translation>
    </message>
    <message>
        <source>Answers our No.:</source>
        <translation>Ответ на наш №:</translation>
    </message>
    <message>
        <source>Say who sent the letter.</source>
        <translation>Укажите, от кого поступило письмо.</translation>
    </message>
    <message>
        <source>Write dates as DD.MM.YYYY.</source>
        <translation>Записывайте даты как ДД.ММ.ГГГГ.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <source>Start a new letter of the chosen kind and language with the council&apos;s signer and executor filled in</source>
        <translation>Начать новое письмо выбранного вида и языка; подписант и исполнитель заполняются автоматически</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>start typing to choose from the addressees</source>
        <translation>начните вводить, чтобы выбрать из адресатов</translation>
    </message>
    <message>
        <source>Position (dative):</source>
        <translation>Должность (в дательном падеже):</translation>
    </message>
    <message>
        <source>Name (dative):</source>
        <translation>ФИО (в дательном падеже):</translation>
    </message>
    <message>
        <source>their number</source>
        <translation>их номер</translation>
    </message>
    <message>
        <source>In reply to No.:</source>
        <translation>На № … от …:</translation>
    </message>
    <message>
        <source>The unanswered letter</source>
        <translation>Письмо без ответа</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>Our No. and date:</source>
        <translation>Наш № и дата:</translation>
    </message>
    <message>
        <source>(letter)</source>
        <translation>(письмо)</translation>
    </message>
    <message>
        <source>It was a:</source>
        <translation>Вид письма:</translation>
    </message>
    <message>
        <source>Its subject:</source>
        <translation>Его тема:</translation>
    </message>
    <message>
        <source>Term expired on:</source>
        <translation>Срок истек:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>«О …» / «… туралы»</source>
        <translation>«О …» / «… туралы»</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>each line is a paragraph</source>
        <translation>каждая строка — абзац</translation>
    </message>
    <message>
        <source>Numbered points:</source>
        <translation>Нумерованные пункты:</translation>
    </message>
    <message>
        <source>one point per line</source>
        <translation>по одному пункту в строке</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Приложения:</translation>
    </message>
    <message>
        <source>one per line; add | and the number of sheets: Протокол № 3 | 4</source>
        <translation>по одному в строке; через | число листов: Протокол № 3 | 4</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцев</translation>
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
        <source>Answer term:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <source>Signature and executor</source>
        <translation>Подпись и исполнитель</translation>
    </message>
    <message>
        <source>Signer&apos;s position:</source>
        <translation>Должность подписанта:</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>ФИО подписанта:</translation>
    </message>
    <message>
        <source>start typing a member&apos;s name</source>
        <translation>начните вводить фамилию члена</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Executor&apos;s phone:</source>
        <translation>Телефон исполнителя:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Assign the next outgoing number, store the PDF and DOCX and register the letter</source>
        <translation>Присвоить следующий исходящий номер, сохранить PDF и DOCX и зарегистрировать письмо</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation>Сохранить DOCX…</translation>
    </message>
    <message>
        <source>Issued letter No. %1 of %2. It is registered and cannot be changed; print it or save a copy.</source>
        <translation>Письмо № %1 от %2 зарегистрировано и не может быть изменено; его можно распечатать или сохранить копию.</translation>
    </message>
    <message>
        <source>Draft (saved). The number is assigned when it is issued.</source>
        <translation>Проект (сохранен). Номер присваивается при регистрации.</translation>
    </message>
    <message>
        <source>New letter (not saved yet).</source>
        <translation>Новое письмо (еще не сохранено).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <source>addressee&apos;s organisation</source>
        <translation>организация адресата</translation>
    </message>
    <message>
        <source>addressee&apos;s position</source>
        <translation>должность адресата</translation>
    </message>
    <message>
        <source>addressee&apos;s name</source>
        <translation>ФИО адресата</translation>
    </message>
    <message>
        <source>number of the letter answered</source>
        <translation>номер письма, на которое дается ответ</translation>
    </message>
    <message>
        <source>date of the letter answered</source>
        <translation>дата письма, на которое дается ответ</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>numbered points</source>
        <translation>нумерованные пункты</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>приложения</translation>
    </message>
    <message>
        <source>signer&apos;s position</source>
        <translation>должность подписанта</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>ФИО подписанта</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>executor&apos;s phone</source>
        <translation>телефон исполнителя</translation>
    </message>
    <message>
        <source>council&apos;s Kazakh name</source>
        <translation>наименование органа на казахском</translation>
    </message>
    <message>
        <source>council&apos;s Russian name</source>
        <translation>наименование органа на русском</translation>
    </message>
    <message>
        <source>number of the unanswered letter</source>
        <translation>номер письма без ответа</translation>
    </message>
    <message>
        <source>date of the unanswered letter</source>
        <translation>дата письма без ответа</translation>
    </message>
    <message>
        <source>date the term expired</source>
        <translation>дата истечения срока</translation>
    </message>
    <message>
        <source>emblem</source>
        <translation>герб</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Не заполнено: %1.</translation>
    </message>
    <message>
        <source>Preparing a new letter</source>
        <translation>Подготовка нового письма</translation>
    </message>
    <message>
        <source>New letter (not saved yet). Its number will be about %1.</source>
        <translation>Новое письмо (еще не сохранено). Его номер будет примерно %1.</translation>
    </message>
    <message>
        <source>The other-language version: it gets the same number when issued.</source>
        <translation>Версия на другом языке: при регистрации получит тот же номер.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Сохранение проекта</translation>
    </message>
    <message>
        <source>Issuing the letter</source>
        <translation>Регистрация письма</translation>
    </message>
    <message>
        <source>Letter issued as No. %1</source>
        <translation>Письмо зарегистрировано под № %1</translation>
    </message>
    <message>
        <source>Opening the letter</source>
        <translation>Открытие письма</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Сохранить письмо в PDF</translation>
    </message>
    <message>
        <source>Save the letter as DOCX</source>
        <translation>Сохранить письмо в DOCX</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Печать письма</translation>
    </message>
</context>
<context>
    <name>LettersArea</name>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Deputy inquiries, council recommendations, requests for information, reminders and cover letters on the council&apos;s letterhead, in Kazakh or Russian, with registry numbers.</source>
        <translation>Депутатские запросы, рекомендации совета, запросы информации, напоминания и сопроводительные письма на бланке органа, на казахском или русском языке, с регистрационными номерами.</translation>
    </message>
    <message>
        <source>Filter by number, subject or addressee</source>
        <translation>Поиск по номеру, теме или адресату</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Other-language version</source>
        <translation>Версия на другом языке</translation>
    </message>
    <message>
        <source>Prepare the Kazakh or Russian version of the selected issued letter; it gets the same number</source>
        <translation>Подготовить казахскую или русскую версию выбранного письма; она получит тот же номер</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>Напоминание…</translation>
    </message>
    <message>
        <source>A reminder that the answer to the selected issued letter is overdue</source>
        <translation>Напоминание о просроченном ответе на выбранное письмо</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Loading the council</source>
        <translation>Загрузка данных органа</translation>
    </message>
    <message>
        <source>Loading letters</source>
        <translation>Загрузка писем</translation>
    </message>
    <message>
        <source>Opening the letter</source>
        <translation>Открытие письма</translation>
    </message>
    <message>
        <source>Preparing a reminder</source>
        <translation>Подготовка напоминания</translation>
    </message>
</context>
<context>
    <name>LettersModels</name>
    <message>
        <source>Deputy inquiry</source>
        <translation>Депутатский запрос</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Сопроводительное письмо</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>На вх. №</translation>
    </message>
    <message>
        <source>Answers our No.</source>
        <translation>Ответ на наш №</translation>
    </message>
    <message>
        <source>Sender&apos;s No. and date</source>
        <translation>Исх. № и дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <source>Outgoing register</source>
        <translation>Журнал исходящих</translation>
    </message>
    <message>
        <source>Incoming register</source>
        <translation>Журнал входящих</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Register incoming…</source>
        <translation>Зарегистрировать входящее…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Экспорт XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт PDF…</translation>
    </message>
    <message>
        <source>Loading the register</source>
        <translation>Загрузка журнала</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>Выгружено записей: %1 в %2</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Registered as incoming No. %1</source>
        <translation>Зарегистрировано как входящее № %1</translation>
    </message>
</context>
</TS>
