<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeputyDesk</source>
        <translation>DeputyDesk туралы</translation>
    </message>
    <message>
        <source>An offline desk for maslikhat deputies and public councils: documents, follow-up of recommendations and inquiries, formal letters and sessions.</source>
        <translation>Мәслихат депутаттары мен қоғамдық кеңестерге арналған интернетсіз жұмыс үстелі: құжаттар, ұсынымдар мен сауалдардың орындалуын бақылау, ресми хаттар және сессиялар.</translation>
    </message>
    <message>
        <source>Works without internet. Your data stays in your workspace folder.</source>
        <translation>Интернетсіз жұмыс істейді. Деректеріңіз жұмыс қалтаңызда сақталады.</translation>
    </message>
    <message>
        <source>Bundled fonts: Liberation Serif and Liberation Sans 2.1.5, used for the interface and embedded in printed documents. Licensed under the SIL Open Font License 1.1:</source>
        <translation>Бағдарламамен бірге келетін қаріптер: Liberation Serif және Liberation Sans 2.1.5 — интерфейсте қолданылады және басып шығарылатын құжаттарға ендіріледі. SIL Open Font License 1.1 лицензиясы бойынша:</translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation>Қаріп лицензиялары</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Нұсқа жаңалықтары</translation>
    </message>
</context>
<context>
    <name>CouncilModels</name>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <source>Secretary (staff)</source>
        <translation>Хатшы (аппарат қызметкері)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Territorial body</source>
        <translation>Аумақтық орган</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Election commission</source>
        <translation>Сайлау комиссиясы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Name (Russian form)</source>
        <translation>Аты-жөні (орысша нысаны)</translation>
    </message>
    <message>
        <source>Name (Kazakh form)</source>
        <translation>Аты-жөні (қазақша нысаны)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
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
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшысы</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Басшының лауазымы</translation>
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
        <translation>Жұмыс кеңістігі: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Құжаттар жинағы</translation>
    </message>
    <message>
        <source>Council settings</source>
        <translation>Кеңес баптаулары</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Жұмыс кеңістігін ашу…</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Демо деректермен толтыру</translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation>Жұмыс кеңістігін тексеру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>About DeputyDesk</source>
        <translation>DeputyDesk туралы</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Жұмыс кеңістігі ашылуда…</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Жұмыс кеңістігін ашу</translation>
    </message>
    <message>
        <source>Workspace opened</source>
        <translation>Жұмыс кеңістігі ашылды</translation>
    </message>
    <message>
        <source>Preparing the demo council</source>
        <translation>Демо кеңес дайындалуда</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Жұмыс кеңістігін ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Choose another workspace…</source>
        <translation>Басқа жұмыс кеңістігін таңдау…</translation>
    </message>
    <message>
        <source>Demo council is ready</source>
        <translation>Демо кеңес дайын</translation>
    </message>
    <message>
        <source>Filling the workspace with demo data</source>
        <translation>Жұмыс кеңістігі демо деректермен толтырылуда</translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation>Жұмыс кеңістігі тексерілуде</translation>
    </message>
    <message>
        <source>The workspace is in order: database, stored files and the event log were checked.</source>
        <translation>Жұмыс кеңістігі ретті: дерекқор, сақталған файлдар және оқиғалар журналы тексерілді.</translation>
    </message>
    <message>
        <source>The workspace is in order, with warnings:</source>
        <translation>Жұмыс кеңістігі ретті, бірақ ескертулер бар:</translation>
    </message>
    <message>
        <source>Problems were found in the workspace:</source>
        <translation>Жұмыс кеңістігінде ақаулар табылды:</translation>
    </message>
    <message>
        <source>Set up your council in Council settings</source>
        <translation>Кеңесіңізді «Кеңес баптаулары» бөлімінде толтырыңыз</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Жұмыс кеңістігінің қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Please wait until the current work finishes.</source>
        <translation>Ағымдағы жұмыс аяқталғанша күтіңіз.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Council member</source>
        <translation>Кеңес мүшесі</translation>
    </message>
    <message>
        <source>Full name (Russian form)</source>
        <translation>Аты-жөні (орысша нысаны)</translation>
    </message>
    <message>
        <source>Full name (Kazakh form)</source>
        <translation>Аты-жөні (қазақша нысаны)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Position (Russian)</source>
        <translation>Лауазымы (орысша)</translation>
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
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Белсенді мүше</translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation>Тізімдегі реті</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Кеңес</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Addressee organisation</source>
        <translation>Хат алушы ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Құрамында</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>Басшының аты-жөні</translation>
    </message>
    <message>
        <source>Head&apos;s position (Kazakh)</source>
        <translation>Басшының лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Head&apos;s position (Russian)</source>
        <translation>Басшының лауазымы (орысша)</translation>
    </message>
    <message>
        <source>How letters address the head, e.g. «… бөлімінің басшысы
А.С. Нұржановаға»</source>
        <translation>Хатта басшыға қалай жазылады, мысалы: «… бөлімінің басшысы
А.С. Нұржановаға»</translation>
    </message>
    <message>
        <source>Addressee block (Kazakh)</source>
        <translation>Хат алушы реквизиті (қазақша)</translation>
    </message>
    <message>
        <source>e.g. «Руководителю ГУ … 
Нуржановой А.С.»</source>
        <translation>мысалы: «Руководителю ГУ … 
Нуржановой А.С.»</translation>
    </message>
    <message>
        <source>Addressee block (Russian)</source>
        <translation>Хат алушы реквизиті (орысша)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Active addressee</source>
        <translation>Белсенді хат алушы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Budget decisions, draft acts, akimat reports and replies will be kept and searched here. Document import is not available in this version yet.</source>
        <translation>Бюджет туралы шешімдер, акт жобалары, әкімдік есептері мен жауаптар осында сақталып, ізделеді. Бұл нұсқада құжаттарды импорттау әлі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Recommendations and inquiries, their answer terms, replies and the council&apos;s verdicts will be tracked here. Not available in this version yet.</source>
        <translation>Ұсынымдар мен сауалдар, олардың жауап беру мерзімдері, жауаптар және кеңестің бағалары осында қадағаланады. Бұл нұсқада әлі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <source>Formal inquiries, recommendations and reminders on the council&apos;s letterhead will be prepared here. Not available in this version yet.</source>
        <translation>Кеңестің бланкісіндегі ресми сауалдар, ұсынымдар және еске салу хаттары осында дайындалады. Бұл нұсқада әлі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <source>Agendas, attendance, quorum, votes and protocols will be kept here. Not available in this version yet.</source>
        <translation>Күн тәртібі, қатысу, кворум, дауыс беру және хаттамалар осында жүргізіледі. Бұл нұсқада әлі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Құжаттар жинағы</translation>
    </message>
    <message>
        <source>Documents will be bundled here into one numbered PDF for a session or a hearing. Not available in this version yet.</source>
        <translation>Мұнда құжаттар сессияға немесе тыңдауға арналған бір нөмірленген PDF-ке жиналады. Бұл нұсқада әлі қолжетімсіз.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Maslikhat</source>
        <translation>Мәслихат</translation>
    </message>
    <message>
        <source>Public council</source>
        <translation>Қоғамдық кеңес</translation>
    </message>
    <message>
        <source>Standing commission</source>
        <translation>Тұрақты комиссия</translation>
    </message>
    <message>
        <source>Council settings</source>
        <translation>Кеңес баптаулары</translation>
    </message>
    <message>
        <source>Requisites printed on letters and protocols, the council&apos;s members and the organisations it writes to.</source>
        <translation>Хаттар мен хаттамаларда басылатын деректемелер, кеңес мүшелері және кеңес хат жолдайтын ұйымдар.</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Кеңес:</translation>
    </message>
    <message>
        <source>Add a council…</source>
        <translation>Кеңес қосу…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Мүшелер саны</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Short name (Kazakh)</source>
        <translation>Қысқа атауы (қазақша)</translation>
    </message>
    <message>
        <source>Short name (Russian)</source>
        <translation>Қысқа атауы (орысша)</translation>
    </message>
    <message>
        <source>Address (Kazakh)</source>
        <translation>Мекенжайы (қазақша)</translation>
    </message>
    <message>
        <source>Address (Russian)</source>
        <translation>Мекенжайы (орысша)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Head (full name)</source>
        <translation>Басшы (аты-жөні)</translation>
    </message>
    <message>
        <source>Convocation (Roman numeral)</source>
        <translation>Шақырылымы (рим цифрымен)</translation>
    </message>
    <message>
        <source>Head&apos;s position (Kazakh)</source>
        <translation>Басшының лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Head&apos;s position (Russian)</source>
        <translation>Басшының лауазымы (орысша)</translation>
    </message>
    <message>
        <source>Decision number format</source>
        <translation>Шешім нөмірінің пішімі</translation>
    </message>
    <message>
        <source>Outgoing number format</source>
        <translation>Шығыс нөмірінің пішімі</translation>
    </message>
    <message>
        <source>Incoming number format</source>
        <translation>Кіріс нөмірінің пішімі</translation>
    </message>
    <message>
        <source>Main council of this workspace</source>
        <translation>Осы жұмыс кеңістігінің негізгі кеңесі</translation>
    </message>
    <message>
        <source>Number formats use {session}, {seq}, {convocation}, {year} and {index}; for example {session}-{seq}/{convocation} gives 12-3/VIII.</source>
        <translation>Нөмір пішімдерінде {session}, {seq}, {convocation}, {year} және {index} қолданылады; мысалы, {session}-{seq}/{convocation} пішімі 12-3/VIII нөмірін береді.</translation>
    </message>
    <message>
        <source>Save requisites</source>
        <translation>Деректемелерді сақтау</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Мүше қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүшелер</translation>
    </message>
    <message>
        <source>Organisations the council sends inquiries and recommendations to: the akimat, its departments and territorial bodies.</source>
        <translation>Кеңес сауалдар мен ұсынымдар жолдайтын ұйымдар: әкімдік, оның бөлімдері және аумақтық органдар.</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Ұйым қосу…</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Хат алушылар</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Жұмыс кеңістігінің қалтасы</translation>
    </message>
    <message>
        <source>Shown as the author of changes</source>
        <translation>Өзгерістердің авторы ретінде көрсетіледі</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Сіздің атыңыз</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Larger files are refused when documents are added to the library (each is listed with the reason).</source>
        <translation>Бұдан үлкен файлдар кітапханаға қосылмайды (әрқайсысы себебімен тізімге жазылады).</translation>
    </message>
    <message>
        <source>Largest file to add</source>
        <translation>Қосылатын файлдың ең үлкен көлемі</translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation>Жұмыс кеңістігін тексеру</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Демо деректермен толтыру</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Жұмыс кеңістігі</translation>
    </message>
    <message>
        <source>Members of %1: %2 active</source>
        <translation>%1 мүшелері: %2 белсенді</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Сақталмады. Түзетіңіз:</translation>
    </message>
    <message>
        <source>Council requisites saved</source>
        <translation>Кеңестің деректемелері сақталды</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақталуда</translation>
    </message>
    <message>
        <source>Save the council&apos;s requisites first.</source>
        <translation>Алдымен кеңестің деректемелерін сақтаңыз.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Мүшені жою</translation>
    </message>
    <message>
        <source>Remove %1 from the council&apos;s list?</source>
        <translation>%1 кеңес тізімінен алынып тасталсын ба?</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Ұйымды жою</translation>
    </message>
    <message>
        <source>Remove %1 from the addressees?</source>
        <translation>%1 хат алушылар тізімінен алынып тасталсын ба?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong inside DeputyDesk (a bug). Your data is safe; the operation was not completed.</source>
        <translation>DeputyDesk ішінде қате орын алды (бағдарлама қатесі). Деректеріңіз сақталған; әрекет аяқталмады.</translation>
    </message>
    <message>
        <source>DeputyDesk</source>
        <translation>DeputyDesk</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Please correct:</source>
        <translation>Түзетіңіз:</translation>
    </message>
</context>
</TS>
