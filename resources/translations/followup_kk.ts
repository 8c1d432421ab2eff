<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Holidays, carried-over days off and Government transfers come with DeputyDesk. When a new transfer is announced, add it here: every open item gets its term recomputed.</source>
        <translation>Мерекелер, ауыстырылған демалыс күндері және Үкіметтің демалыс күндерін ауыстыруы DeputyDesk-те бар. Жаңа ауыстыру жарияланғанда, оны осында енгізіңіз: барлық ашық құжаттардың мерзімі қайта есептеледі.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Corrections made here</source>
        <translation>Осында енгізілген түзетулер</translation>
    </message>
    <message>
        <source>Basis, e.g. Government resolution No. …</source>
        <translation>Негізі, мысалы Үкіметтің № … қаулысы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Таңдалғанды жою</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>дс</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>сс</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>бс</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>жм</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>сн</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>жс</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>%1 орнына</translation>
    </message>
    <message>
        <source>(date estimated)</source>
        <translation>(күні болжалды)</translation>
    </message>
    <message>
        <source>Recomputing open items</source>
        <translation>Ашық құжаттардың мерзімін қайта есептеу</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) got a new due date.</source>
        <translation>
            <numerusform>%n ашық құжаттың мерзімі жаңартылды.</numerusform>
            <numerusform>%n ашық құжаттың мерзімі жаңартылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>As of</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>New recommendation or inquiry…</source>
        <translation>Жаңа ұсыным немесе сауал…</translation>
    </message>
    <message>
        <source>Overdue answers</source>
        <translation>Мерзімі өткен жауаптар</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Мерзімі осы аптада</translation>
    </message>
    <message>
        <source>Waiting for the council&apos;s verdict</source>
        <translation>Кеңестің бағасын күтуде</translation>
    </message>
    <message>
        <source>Waiting for verification of implementation</source>
        <translation>Орындалуын тексеруді күтуде</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message numerus="yes">
        <source>Re-check date reached for %n item(s).</source>
        <translation>
            <numerusform>%n құжат бойынша қайта тексеру мерзімі келді.</numerusform>
            <numerusform>%n құжат бойынша қайта тексеру мерзімі келді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupArea</name>
    <message>
        <source>Follow-up</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Recommendations and inquiries the council sent, their answer terms, the replies, the council&apos;s verdict on each reply and whether it was implemented.</source>
        <translation>Кеңес жіберген ұсынымдар мен сауалдар, жауап беру мерзімдері, алынған жауаптар, әр жауапты кеңестің бағалауы және орындалуы.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаттар</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Deputy inquiry</source>
        <translation>Депутаттық сауал</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Ақпарат сұрау</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Жауап күтілуде</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Term paused</source>
        <translation>Мерзім тоқтатылды</translation>
    </message>
    <message>
        <source>Waiting for the verdict</source>
        <translation>Бағалауды күтуде</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Орындалуын тексеруді күтуде</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Бақылаудан алынды</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Уәжді</translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation>Ішінара уәжді</translation>
    </message>
    <message>
        <source>Unjustified</source>
        <translation>Уәжсіз</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Жауап алынбады</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <source>Largely implemented</source>
        <translation>Негізінен орындалды</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>Толық орындалды</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Ішінара қабылданды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Қаралмаған</translation>
    </message>
    <message>
        <source>Says nothing about itself</source>
        <translation>Өзі туралы ештеңе айтпайды</translation>
    </message>
    <message>
        <source>Says it accepted the recommendation</source>
        <translation>Ұсыным қабылданды дейді</translation>
    </message>
    <message>
        <source>Says it is implemented</source>
        <translation>Орындалды дейді</translation>
    </message>
    <message>
        <source>Says work is in progress</source>
        <translation>Жұмыс жүргізілуде дейді</translation>
    </message>
    <message>
        <source>Says it rejects it</source>
        <translation>Бас тартатынын хабарлайды</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Жауап мерзімінде берілді</translation>
    </message>
    <message>
        <source>Signed by the head of the body or a deputy head</source>
        <translation>Бірінші басшы немесе орынбасары қол қойған</translation>
    </message>
    <message>
        <source>Every point answered</source>
        <translation>Барлық тармаққа жауап берілді</translation>
    </message>
    <message>
        <source>A decision stated for each point</source>
        <translation>Әр тармақ бойынша шешім көрсетілген</translation>
    </message>
    <message>
        <source>Reasons with a legal basis for any rejection</source>
        <translation>Бас тарту құқық нормасына сілтемемен негізделген</translation>
    </message>
    <message>
        <source>Accepted points: measures, a responsible unit, a date</source>
        <translation>Қабылданған тармақтар: шаралар, жауапты, мерзім</translation>
    </message>
    <message>
        <source>Legal norms cited</source>
        <translation>Құқық нормалары келтірілген</translation>
    </message>
    <message>
        <source>In Kazakh or in the language of the recommendation</source>
        <translation>Қазақ тілінде немесе ұсыным тілінде</translation>
    </message>
    <message>
        <source>Not a formal brush-off</source>
        <translation>Формальды жауап емес</translation>
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
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <source>Legal norm</source>
        <translation>Құқық нормасы</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Күні немесе мерзімі</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Жауапты орган</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Stock phrase without substance</source>
        <translation>Мазмұнсыз жаттанды сөз</translation>
    </message>
    <message>
        <source>The executive&apos;s own claim (not evidence)</source>
        <translation>Орындаушының өзі туралы мәлімдемесі (дәлел емес)</translation>
    </message>
    <message>
        <source>Point reference</source>
        <translation>Тармаққа сілтеме</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Deputy inquiry — 1 month</source>
        <translation>Депутаттық сауал — 1 ай</translation>
    </message>
    <message>
        <source>Public council recommendation — 1 month</source>
        <translation>Қоғамдық кеңестің ұсынымы — 1 ай</translation>
    </message>
    <message>
        <source>Recommendation on a draft budget programme — 10 working days</source>
        <translation>Бюджеттік бағдарлама жобасы бойынша ұсыным — 10 жұмыс күні</translation>
    </message>
    <message>
        <source>Public control act — 10 working days</source>
        <translation>Қоғамдық бақылау актісі — 10 жұмыс күні</translation>
    </message>
    <message>
        <source>Request for information — 15 calendar days</source>
        <translation>Ақпарат сұрау — 15 күнтізбелік күн</translation>
    </message>
    <message>
        <source>Appeal — 15 working days</source>
        <translation>Өтініш — 15 жұмыс күні</translation>
    </message>
    <message>
        <source>Complaint — 20 working days</source>
        <translation>Шағым — 20 жұмыс күні</translation>
    </message>
    <message>
        <source>Petition (local) — 20 working days</source>
        <translation>Петиция (жергілікті) — 20 жұмыс күні</translation>
    </message>
    <message>
        <source>Term set by the council</source>
        <translation>Кеңес белгілеген мерзім</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Term changed</source>
        <translation>Мерзім өзгерді</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Еске салу хат жіберілді</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Мереке</translation>
    </message>
    <message>
        <source>Carried-over day off</source>
        <translation>Ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>Day off transferred by the Government</source>
        <translation>Үкімет ауыстырған демалыс күні</translation>
    </message>
    <message>
        <source>Working weekend day (transfer)</source>
        <translation>Жұмыс істейтін демалыс күні (ауыстыру)</translation>
    </message>
    <message>
        <source>Day off added here</source>
        <translation>Осында қосылған демалыс күні</translation>
    </message>
    <message>
        <source>Working day added here</source>
        <translation>Осында қосылған жұмыс күні</translation>
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
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Орындалуы</translation>
    </message>
    <message numerus="yes">
        <source>(+%n day(s))</source>
        <translation>
            <numerusform>(+%n күн)</numerusform>
            <numerusform>(+%n күн)</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Уәжді</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Жауапқа дейінгі күндер медианасы</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Қазір мерзімі өткен</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Болады</translation>
    </message>
    <message>
        <source>Basis / note</source>
        <translation>Негізі / ескертпе</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Ұсынылғаны</translation>
    </message>
    <message>
        <source>Answer (as you read it)</source>
        <translation>Жауап (сіздің оқуыңыз бойынша)</translation>
    </message>
    <message>
        <source>(use the suggestion)</source>
        <translation>(ұсынылғаны бойынша)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Оқылуы</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
</context>
<context>
    <name>FollowupPages</name>
    <message>
        <source>Export the list</source>
        <translation>Тізімді экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel кітабы (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>ImplementationDialog</name>
    <message>
        <source>Check of implementation</source>
        <translation>Орындалуын тексеру</translation>
    </message>
    <message>
        <source>The whole recommendation</source>
        <translation>Ұсыным толығымен</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>%1-тармақ</translation>
    </message>
    <message>
        <source>What was seen: site visit, report, photos, documents…</source>
        <translation>Не анықталды: орнына бару, есеп, фото, құжаттар…</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>Қайта тексеру күні</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Орындалу дәрежесі</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Не тексерілді</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>Кітапханадан…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>“Fully implemented” for the whole recommendation takes it off control.</source>
        <translation>Ұсыным толығымен «толық орындалды» деп белгіленсе, ол бақылаудан алынады.</translation>
    </message>
    <message>
        <source>Choose the evidence from the library</source>
        <translation>Растайтын құжатты кітапханадан таңдау</translation>
    </message>
</context>
<context>
    <name>ItemDetailDialog</name>
    <message>
        <source>Recommendation or inquiry</source>
        <translation>Ұсыным немесе сауал</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Term and its calculation</source>
        <translation>Мерзім және оның есебі</translation>
    </message>
    <message>
        <source>Text and points</source>
        <translation>Мәтін және тармақтар</translation>
    </message>
    <message>
        <source>Replies and verdicts</source>
        <translation>Жауаптар мен бағалар</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Register reply…</source>
        <translation>Жауапты тіркеу…</translation>
    </message>
    <message>
        <source>Verdict…</source>
        <translation>Баға…</translation>
    </message>
    <message>
        <source>Implementation…</source>
        <translation>Орындалуы…</translation>
    </message>
    <message>
        <source>Extend / pause…</source>
        <translation>Ұзарту / тоқтату…</translation>
    </message>
    <message>
        <source>Registration date…</source>
        <translation>Тіркелген күні…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Бақылаудан алу…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Бақылауға қайтару</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Терезені жабу</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Азамат: %1</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ЖСН %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>мерзімінде</translation>
    </message>
    <message>
        <source>late</source>
        <translation>кешіктіріліп</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Қол қойған: %1</translation>
    </message>
    <message>
        <source>Suggested verdict: %1</source>
        <translation>Ұсынылған баға: %1</translation>
    </message>
    <message>
        <source>Council&apos;s verdict of %1: %2</source>
        <translation>Кеңестің %1 бағасы: %2</translation>
    </message>
    <message>
        <source>No reply yet.</source>
        <translation>Әзірге жауап жоқ.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Әлі тексерілмеген.</translation>
    </message>
    <message>
        <source>Registration by the addressee</source>
        <translation>Адресатта тіркелуі</translation>
    </message>
    <message>
        <source>Their registration No.</source>
        <translation>Адресаттағы тіркеу №</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Take off control</source>
        <translation>Бақылаудан алу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Құжатты өзгерту</translation>
    </message>
    <message>
        <source>New recommendation or inquiry</source>
        <translation>Жаңа ұсыным немесе сауал</translation>
    </message>
    <message>
        <source>Registered by the addressee on</source>
        <translation>Адресатта тіркелген күні</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Short subject (the first point when empty)</source>
        <translation>Қысқаша мазмұны (бос болса — бірінші тармақ)</translation>
    </message>
    <message>
        <source>e.g. decision No. 12-3/VIII of 15.03.2025</source>
        <translation>мысалы 15.03.2025 № 12-3/VIII шешім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <source>Outgoing No.</source>
        <translation>Шығыс №</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>From the decision</source>
        <translation>Шешім негізінде</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>күнтізбелік күн</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>or an exact date</source>
        <translation>немесе нақты күн</translation>
    </message>
    <message>
        <source>Custom term:</source>
        <translation>Ерекше мерзім:</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Жіберілген мәтін</translation>
    </message>
    <message>
        <source>Split the numbered points</source>
        <translation>Нөмірленген тармақтарға бөлу</translation>
    </message>
    <message>
        <source>Points (one per line)</source>
        <translation>Тармақтар (әр жолға біреуден)</translation>
    </message>
    <message>
        <source>Addressees (each gets its own term)</source>
        <translation>Адресаттар (әрқайсысының өз мерзімі бар)</translation>
    </message>
    <message>
        <source>Add addressees</source>
        <translation>Адресаттарды қосу</translation>
    </message>
    <message>
        <source>Another addressee (name)</source>
        <translation>Басқа адресат (атауы)</translation>
    </message>
    <message>
        <source>Citizen (inquiry on a citizen&apos;s appeal) — IIN and phone are stored encrypted</source>
        <translation>Азамат (азаматтың өтініші бойынша сауал) — ЖСН мен телефон шифрланып сақталады</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Documents (from the library)</source>
        <translation>Құжаттар (кітапханадан)</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Мәтін толтырылмаған.</translation>
    </message>
    <message>
        <source>Choose at least one addressee.</source>
        <translation>Кемінде бір адресатты таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search number, subject, addressee</source>
        <translation>Нөмірі, мазмұны, адресаты бойынша іздеу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген жағдайы</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Кез келген түрі</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Жылдық есеп…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual follow-up report</source>
        <translation>Бақылау туралы жылдық есеп</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation>Басып шығаруға PDF (*.pdf);;Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Есепті дайындау</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Register a reply — %1</source>
        <translation>Жауапты тіркеу — %1</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>Position (read from the text when empty)</source>
        <translation>Лауазымы (бос болса — мәтіннен алынады)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Our incoming No.</source>
        <translation>Біздің кіріс №</translation>
    </message>
    <message>
        <source>Their No.</source>
        <translation>Олардың шығыс №</translation>
    </message>
    <message>
        <source>Signed by (position)</source>
        <translation>Қол қойған (лауазымы)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>What the executive says</source>
        <translation>Орындаушы не дейді</translation>
    </message>
    <message>
        <source>Recorded apart from the council&apos;s verdict; it never closes the item.</source>
        <translation>Кеңестің бағасынан бөлек сақталады және құжатты ешқашан бақылаудан алмайды.</translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation>Жауап мерзімі: %1</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Жауап мәтіні</translation>
    </message>
    <message>
        <source>Read from a file…</source>
        <translation>Файлдан жүктеу…</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>Кітапханадан…</translation>
    </message>
    <message>
        <source>Choose the reply among the documents of the library; its text is read into the field below</source>
        <translation>Жауапты кітапхана құжаттарының ішінен таңдаңыз; оның мәтіні төмендегі өріске жүктеледі</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>Answer per point (double-click to change)</source>
        <translation>Тармақтар бойынша жауап (өзгерту үшін екі рет басыңыз)</translation>
    </message>
    <message>
        <source>Reply file</source>
        <translation>Жауап файлы</translation>
    </message>
    <message>
        <source>Replies (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Жауаптар (*.txt *.docx *.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>Жауапты оқу</translation>
    </message>
    <message>
        <source>Choose the reply from the library</source>
        <translation>Жауапты кітапханадан таңдау</translation>
    </message>
    <message>
        <source>Library document: %1</source>
        <translation>Кітапхана құжаты: %1</translation>
    </message>
    <message>
        <source>Suggested verdict: %1</source>
        <translation>Ұсынылған баға: %1</translation>
    </message>
    <message>
        <source>(a person confirms it later)</source>
        <translation>(бағаны адам растайды)</translation>
    </message>
    <message>
        <source>Type the reply&apos;s text, read it from a file or choose it in the library.</source>
        <translation>Жауаптың мәтінін жазыңыз, файлдан жүктеңіз немесе кітапханадан таңдаңыз.</translation>
    </message>
    <message>
        <source>Saving the reply</source>
        <translation>Жауапты сақтау</translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Answers on time, justified, implemented (%)</source>
        <translation>Мерзімінде берілген, уәжді, орындалған жауаптар (%)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Уәжді</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Median days to the first answer</source>
        <translation>Алғашқы жауапқа дейінгі күндер медианасы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
</context>
<context>
    <name>SimpleFormDialog</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Осы өрісті толтырыңыз.</translation>
    </message>
</context>
<context>
    <name>TermEventDialog</name>
    <message>
        <source>Extension or pause of the term</source>
        <translation>Мерзімді ұзарту немесе тоқтата тұру</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Тоқтата тұру</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>күнтізбелік күн</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>Pause ended on</source>
        <translation>Қайта басталған күні</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Decided on / paused from</source>
        <translation>Шешім күні / тоқтатылған күннен</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>or by</source>
        <translation>немесе</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>The council&apos;s verdict — %1</source>
        <translation>Кеңестің бағасы — %1</translation>
    </message>
    <message>
        <source>DeputyDesk reads the reply and suggests; the council decides. What the executive says about itself is not evidence.</source>
        <translation>DeputyDesk жауапты оқып, ұсыныс жасайды; шешімді кеңес қабылдайды. Орындаушының өзі туралы айтқаны дәлел емес.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>on</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>Note (what the council concluded)</source>
        <translation>Ескертпе (кеңестің қорытындысы)</translation>
    </message>
    <message>
        <source>Confirm verdict</source>
        <translation>Бағаны растау</translation>
    </message>
    <message>
        <source>No reply has been registered.</source>
        <translation>Жауап тіркелмеген.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Ұсынылғаны: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Saving the verdict</source>
        <translation>Бағаны сақтау</translation>
    </message>
</context>
</TS>
