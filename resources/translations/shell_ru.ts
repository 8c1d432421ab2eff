<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeputyDesk</source>
        <translation>О программе DeputyDesk</translation>
    </message>
    <message>
        <source>An offline desk for maslikhat deputies and public councils: documents, follow-up of recommendations and inquiries, formal letters and sessions.</source>
        <translation>Рабочий стол без интернета для депутатов маслихата и общественных советов: документы, контроль исполнения рекомендаций и запросов, официальные письма и сессии.</translation>
    </message>
    <message>
        <source>Works without internet. Your data stays in your workspace folder.</source>
        <translation>Работает без интернета. Ваши данные остаются в папке рабочего пространства.</translation>
    </message>
    <message>
        <source>Bundled fonts: Liberation Serif and Liberation Sans 2.1.5, used for the interface and embedded in printed documents. Licensed under the SIL Open Font License 1.1:</source>
        <translation>Встроенные шрифты: Liberation Serif и Liberation Sans 2.1.5 — используются в интерфейсе и встраиваются в печатные документы. Лицензия SIL Open Font License 1.1:</translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation>Лицензии шрифтов</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Примечания к выпуску</translation>
    </message>
</context>
<context>
    <name>CouncilModels</name>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Secretary (staff)</source>
        <translation>Секретарь (сотрудник аппарата)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Territorial body</source>
        <translation>Территориальный орган</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Election commission</source>
        <translation>Избирательная комиссия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Name (Russian form)</source>
        <translation>ФИО (русская форма)</translation>
    </message>
    <message>
        <source>Name (Kazakh form)</source>
        <translation>ФИО (казахская форма)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
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
        <source>Name (Russian)</source>
        <translation>Наименование (на русском)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Наименование (на казахском)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Должность руководителя</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeputyDesk</source>
        <translation>DeputyDesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочее пространство: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>Council settings</source>
        <translation>Настройки совета</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Заполнить демо-данными</translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation>Проверить рабочее пространство</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About DeputyDesk</source>
        <translation>О программе DeputyDesk</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Открывается рабочее пространство…</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Открытие рабочего пространства</translation>
    </message>
    <message>
        <source>Workspace opened</source>
        <translation>Рабочее пространство открыто</translation>
    </message>
    <message>
        <source>Preparing the demo council</source>
        <translation>Подготовка демо-совета</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Не удается открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Choose another workspace…</source>
        <translation>Выбрать другое рабочее пространство…</translation>
    </message>
    <message>
        <source>Demo council is ready</source>
        <translation>Демо-совет готов</translation>
    </message>
    <message>
        <source>Filling the workspace with demo data</source>
        <translation>Заполнение рабочего пространства демо-данными</translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation>Проверка рабочего пространства</translation>
    </message>
    <message>
        <source>The workspace is in order: database, stored files and the event log were checked.</source>
        <translation>Рабочее пространство в порядке: проверены база данных, сохраненные файлы и журнал событий.</translation>
    </message>
    <message>
        <source>The workspace is in order, with warnings:</source>
        <translation>Рабочее пространство в порядке, но есть предупреждения:</translation>
    </message>
    <message>
        <source>Problems were found in the workspace:</source>
        <translation>В рабочем пространстве найдены проблемы:</translation>
    </message>
    <message>
        <source>Set up your council in Council settings</source>
        <translation>Заполните данные совета в разделе «Настройки совета»</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Выберите папку рабочего пространства</translation>
    </message>
    <message>
        <source>Please wait until the current work finishes.</source>
        <translation>Дождитесь завершения текущей работы.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Council member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>Full name (Russian form)</source>
        <translation>ФИО (русская форма)</translation>
    </message>
    <message>
        <source>Full name (Kazakh form)</source>
        <translation>ФИО (казахская форма)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Должность (на казахском)</translation>
    </message>
    <message>
        <source>Position (Russian)</source>
        <translation>Должность (на русском)</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Действующий член</translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation>Порядок в списках</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Addressee organisation</source>
        <translation>Организация-адресат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Наименование (на казахском)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Наименование (на русском)</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>ФИО руководителя</translation>
    </message>
    <message>
        <source>Head&apos;s position (Kazakh)</source>
        <translation>Должность руководителя (на казахском)</translation>
    </message>
    <message>
        <source>Head&apos;s position (Russian)</source>
        <translation>Должность руководителя (на русском)</translation>
    </message>
    <message>
        <source>How letters address the head, e.g. «… бөлімінің басшысы
А.С. Нұржановаға»</source>
        <translation>Как письма адресуются руководителю, например: «… бөлімінің басшысы
А.С. Нұржановаға»</translation>
    </message>
    <message>
        <source>Addressee block (Kazakh)</source>
        <translation>Реквизит «Адресат» (на казахском)</translation>
    </message>
    <message>
        <source>e.g. «Руководителю ГУ … 
Нуржановой А.С.»</source>
        <translation>например: «Руководителю ГУ … 
Нуржановой А.С.»</translation>
    </message>
    <message>
        <source>Addressee block (Russian)</source>
        <translation>Реквизит «Адресат» (на русском)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Active addressee</source>
        <translation>Действующий адресат</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Budget decisions, draft acts, akimat reports and replies will be kept and searched here. Document import is not available in this version yet.</source>
        <translation>Здесь будут храниться и искаться решения о бюджете, проекты актов, отчеты акимата и ответы. В этой версии импорт документов пока недоступен.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Recommendations and inquiries, their answer terms, replies and the council&apos;s verdicts will be tracked here. Not available in this version yet.</source>
        <translation>Здесь будут отслеживаться рекомендации и запросы, сроки ответов, ответы и оценки совета. В этой версии пока недоступно.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Formal inquiries, recommendations and reminders on the council&apos;s letterhead will be prepared here. Not available in this version yet.</source>
        <translation>Здесь будут готовиться официальные запросы, рекомендации и напоминания на бланке совета. В этой версии пока недоступно.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Agendas, attendance, quorum, votes and protocols will be kept here. Not available in this version yet.</source>
        <translation>Здесь будут вестись повестки дня, явка, кворум, голосования и протоколы. В этой версии пока недоступно.</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>Documents will be bundled here into one numbered PDF for a session or a hearing. Not available in this version yet.</source>
        <translation>Здесь документы будут собираться в один пронумерованный PDF для сессии или слушания. В этой версии пока недоступно.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Maslikhat</source>
        <translation>Маслихат</translation>
    </message>
    <message>
        <source>Public council</source>
        <translation>Общественный совет</translation>
    </message>
    <message>
        <source>Standing commission</source>
        <translation>Постоянная комиссия</translation>
    </message>
    <message>
        <source>Council settings</source>
        <translation>Настройки совета</translation>
    </message>
    <message>
        <source>Requisites printed on letters and protocols, the council&apos;s members and the organisations it writes to.</source>
        <translation>Реквизиты для писем и протоколов, члены совета и организации, которым совет направляет письма.</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Совет:</translation>
    </message>
    <message>
        <source>Add a council…</source>
        <translation>Добавить совет…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Число членов</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Наименование (на казахском)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Наименование (на русском)</translation>
    </message>
    <message>
        <source>Short name (Kazakh)</source>
        <translation>Краткое наименование (на казахском)</translation>
    </message>
    <message>
        <source>Short name (Russian)</source>
        <translation>Краткое наименование (на русском)</translation>
    </message>
    <message>
        <source>Address (Kazakh)</source>
        <translation>Адрес (на казахском)</translation>
    </message>
    <message>
        <source>Address (Russian)</source>
        <translation>Адрес (на русском)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Head (full name)</source>
        <translation>Руководитель (ФИО)</translation>
    </message>
    <message>
        <source>Convocation (Roman numeral)</source>
        <translation>Созыв (римскими цифрами)</translation>
    </message>
    <message>
        <source>Head&apos;s position (Kazakh)</source>
        <translation>Должность руководителя (на казахском)</translation>
    </message>
    <message>
        <source>Head&apos;s position (Russian)</source>
        <translation>Должность руководителя (на русском)</translation>
    </message>
    <message>
        <source>Decision number format</source>
        <translation>Формат номера решения</translation>
    </message>
    <message>
        <source>Outgoing number format</source>
        <translation>Формат исходящего номера</translation>
    </message>
    <message>
        <source>Incoming number format</source>
        <translation>Формат входящего номера</translation>
    </message>
    <message>
        <source>Main council of this workspace</source>
        <translation>Основной совет этого рабочего пространства</translation>
    </message>
    <message>
        <source>Number formats use {session}, {seq}, {convocation}, {year} and {index}; for example {session}-{seq}/{convocation} gives 12-3/VIII.</source>
        <translation>В форматах номеров используются {session}, {seq}, {convocation}, {year} и {index}; например, {session}-{seq}/{convocation} дает 12-3/VIII.</translation>
    </message>
    <message>
        <source>Save requisites</source>
        <translation>Сохранить реквизиты</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Добавить члена…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Organisations the council sends inquiries and recommendations to: the akimat, its departments and territorial bodies.</source>
        <translation>Организации, которым совет направляет запросы и рекомендации: акимат, его отделы и территориальные органы.</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Добавить организацию…</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Папка рабочего пространства</translation>
    </message>
    <message>
        <source>Shown as the author of changes</source>
        <translation>Указывается как автор изменений</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Larger files are refused when documents are added to the library (each is listed with the reason).</source>
        <translation>Файлы большего размера не добавляются в библиотеку (каждый попадает в список с причиной).</translation>
    </message>
    <message>
        <source>Largest file to add</source>
        <translation>Наибольший размер добавляемого файла</translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation>Проверить рабочее пространство</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Заполнить демо-данными</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <source>Members of %1: %2 active</source>
        <translation>Члены: %1 — действующих %2</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Не сохранено. Исправьте:</translation>
    </message>
    <message>
        <source>Council requisites saved</source>
        <translation>Реквизиты совета сохранены</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Save the council&apos;s requisites first.</source>
        <translation>Сначала сохраните реквизиты совета.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Удалить члена</translation>
    </message>
    <message>
        <source>Remove %1 from the council&apos;s list?</source>
        <translation>Исключить %1 из списка совета?</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <source>Remove %1 from the addressees?</source>
        <translation>Удалить %1 из списка адресатов?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong inside DeputyDesk (a bug). Your data is safe; the operation was not completed.</source>
        <translation>Внутри DeputyDesk произошла ошибка (ошибка программы). Ваши данные в сохранности; операция не выполнена.</translation>
    </message>
    <message>
        <source>DeputyDesk</source>
        <translation>DeputyDesk</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Please correct:</source>
        <translation>Исправьте:</translation>
    </message>
</context>
</TS>
