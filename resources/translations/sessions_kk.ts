<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>For / against / abstained</source>
        <translation>Жақтап / қарсы / қалыс</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Шешім №</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(атауы жоқ)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Қатыспау себебі</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <source>Recommendation or inquiry</source>
        <translation>Ұсыным немесе сауал</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Deputy inquiry</source>
        <translation>Депутаттық сауал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <source>Write the text of the recommendation or inquiry.</source>
        <translation>Ұсынымның немесе сауалдың мәтінін жазыңыз.</translation>
    </message>
    <message>
        <source>Name the addressee.</source>
        <translation>Алушыны көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Voting rules</source>
        <translation>Дауыс беру ережелері</translation>
    </message>
    <message>
        <source>Rules fixed by law are shown with their source and cannot be changed here; the others follow the body&apos;s own regulation.</source>
        <translation>Заңмен белгіленген ережелер көзімен көрсетіледі және мұнда өзгертілмейді; қалғандары органның регламентімен белгіленеді.</translation>
    </message>
    <message>
        <source>of the total number of members</source>
        <translation>мүшелердің жалпы санынан</translation>
    </message>
    <message>
        <source>of the members present</source>
        <translation>қатысып отырғандардан</translation>
    </message>
    <message>
        <source>of the votes cast</source>
        <translation>дауыс бергендерден</translation>
    </message>
    <message>
        <source>of the votes for and against</source>
        <translation>«жақтап» және «қарсы» дауыстардан</translation>
    </message>
    <message>
        <source>the chair&apos;s vote decides</source>
        <translation>төрағаның дауысы шешуші</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>қабылданбайды</translation>
    </message>
    <message>
        <source>Fixed by law: </source>
        <translation>Заңмен белгіленген: </translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>мысалы, %1</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Generate:</source>
        <translation>Қалыптастыру:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша шолу</translation>
    </message>
    <message>
        <source>Notice of the next session</source>
        <translation>Келесі сессия туралы хабарландыру</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>орыс тілінде</translation>
    </message>
    <message>
        <source>DOCX + PDF</source>
        <translation>DOCX + PDF</translation>
    </message>
    <message>
        <source>Save the session, then write the document as DOCX and PDF and open the PDF</source>
        <translation>Сессияны сақтап, құжатты DOCX және PDF түрінде қалыптастырып, PDF-ті ашу</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Кезектен тыс</translation>
    </message>
    <message>
        <source>Needed only when the body numbers decisions through the convocation ({running} in its number format)</source>
        <translation>Орган шешімдерді шақырылым бойы өспелі нөмірлесе ғана қажет (нөмір пішіміндегі {running})</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Әр жолға біреуден</translation>
    </message>
    <message>
        <source>Items of the next session, one per line</source>
        <translation>Келесі сессияның мәселелері, әр жолға біреуден</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Шақырылым</translation>
    </message>
    <message>
        <source>Session No.</source>
        <translation>Сессия №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Last day (several days)</source>
        <translation>Соңғы күні (бірнеше күн болса)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Running No. of the first decision</source>
        <translation>Бірінші шешімнің өспелі нөмірі</translation>
    </message>
    <message>
        <source>Place (Russian)</source>
        <translation>Өтетін орны (орысша)</translation>
    </message>
    <message>
        <source>Place (Kazakh)</source>
        <translation>Өтетін орны (қазақша)</translation>
    </message>
    <message>
        <source>Chair (Russian)</source>
        <translation>Төрағалық етуші (орысша)</translation>
    </message>
    <message>
        <source>Chair (Kazakh)</source>
        <translation>Төрағалық етуші (қазақша)</translation>
    </message>
    <message>
        <source>Secretary (Russian)</source>
        <translation>Хатшы (орысша)</translation>
    </message>
    <message>
        <source>Secretary (Kazakh)</source>
        <translation>Хатшы (қазақша)</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Хабарлама жіберілді</translation>
    </message>
    <message>
        <source>Materials sent</source>
        <translation>Материалдар жіберілді</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Келесі сессия</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Шақырылғандар</translation>
    </message>
    <message>
        <source>Next agenda</source>
        <translation>Келесі сессияның күн тәртібі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Барлығы қатысуда</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Мәселе қосу</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Мәселені жою</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Recommendation / inquiry…</source>
        <translation>Ұсыным / сауал…</translation>
    </message>
    <message>
        <source>Record a recommendation or an inquiry raised under this item; it is listed in the session&apos;s summary</source>
        <translation>Осы мәселе бойынша ұсынымды немесе сауалды жазу; ол сессияның қысқаша шолуына енеді</translation>
    </message>
    <message>
        <source>Separate several with ;</source>
        <translation>Бірнешеуін ; арқылы жазыңыз</translation>
    </message>
    <message>
        <source>One per line: name — what was said</source>
        <translation>Әр жолға біреуден: аты-жөні — сөзінің мәні</translation>
    </message>
    <message>
        <source>Vote taken</source>
        <translation>Дауыс беру өткізілді</translation>
    </message>
    <message>
        <source>as the session</source>
        <translation>сессиядағыдай</translation>
    </message>
    <message>
        <source>for</source>
        <translation>жақтап</translation>
    </message>
    <message>
        <source>against</source>
        <translation>қарсы</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>қалыс қалды</translation>
    </message>
    <message>
        <source>Present at the vote</source>
        <translation>Дауыс беру кезінде қатысқандар</translation>
    </message>
    <message>
        <source>Chair&apos;s vote (for a tie)</source>
        <translation>Төрағаның дауысы (тең болғанда)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Rapporteur (Russian)</source>
        <translation>Баяндамашы (орысша)</translation>
    </message>
    <message>
        <source>Rapporteur (Kazakh)</source>
        <translation>Баяндамашы (қазақша)</translation>
    </message>
    <message>
        <source>Co-rapporteurs</source>
        <translation>Қосымша баяндамашылар</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Сөйлегендер</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Decision (Russian)</source>
        <translation>Шешім (орысша)</translation>
    </message>
    <message>
        <source>Decision (Kazakh)</source>
        <translation>Шешім (қазақша)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Жаңа мәселе</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
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
        <translation>Қатысуы</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>extraord.</source>
        <translation>кезектен тыс</translation>
    </message>
    <message>
        <source>Quorum present</source>
        <translation>Кворум бар</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Кворум жоқ</translation>
    </message>
</context>
<context>
    <name>SessionsArea</name>
    <message>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <source>Agenda, attendance and quorum, votes and decisions — with the protocol, a plain summary and the notice of the next session.</source>
        <translation>Күн тәртібі, қатысу және кворум, дауыс беру және шешімдер — хаттамамен, қысқаша шолумен және келесі сессия туралы хабарландырумен.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Voting rules…</source>
        <translation>Дауыс беру ережелері…</translation>
    </message>
    <message>
        <source>Quorum, majority and tie rules with their legal source; the decision number format</source>
        <translation>Кворум, көпшілік дауыс және дауыстар теңдігі ережелері заң нормасымен; шешім нөмірінің пішімі</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Жаңа сессия</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Сессия таңдалмаған</translation>
    </message>
    <message>
        <source>Choose a session on the left or start a new one.</source>
        <translation>Сол жақтан сессияны таңдаңыз немесе жаңасын бастаңыз.</translation>
    </message>
    <message>
        <source>Loading the councils</source>
        <translation>Органдар жүктелуде</translation>
    </message>
    <message>
        <source>Loading sessions</source>
        <translation>Сессиялар жүктелуде</translation>
    </message>
    <message>
        <source>Opening the session</source>
        <translation>Сессия ашылуда</translation>
    </message>
    <message>
        <source>Preparing a new session</source>
        <translation>Жаңа сессия дайындалуда</translation>
    </message>
    <message>
        <source>Loading the rules</source>
        <translation>Ережелер жүктелуде</translation>
    </message>
    <message>
        <source>Saving the rules</source>
        <translation>Ережелер сақталуда</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Ережелер сақталды.</translation>
    </message>
    <message>
        <source>Saving the session</source>
        <translation>Сессия сақталуда</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Сессия сақталды.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Сессияны жою</translation>
    </message>
    <message>
        <source>Delete session No. %1 with its agenda, votes and generated documents?</source>
        <translation>№ %1 сессияны күн тәртібімен, дауыс беру нәтижелерімен және қалыптастырылған құжаттарымен бірге жою керек пе?</translation>
    </message>
    <message>
        <source>Deleting the session</source>
        <translation>Сессия жойылуда</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Сессия жойылды.</translation>
    </message>
    <message>
        <source>Writing the documents</source>
        <translation>Құжаттар қалыптастырылуда</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Қалыптастырылды: %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Жазылуда</translation>
    </message>
    <message>
        <source>Recorded; it will appear in the session&apos;s summary.</source>
        <translation>Жазылды; ол сессияның қысқаша шолуында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>SessionsModels</name>
    <message>
        <source>adopted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>no vote</source>
        <translation>дауыс берілмеді</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>кворум жоқ</translation>
    </message>
    <message>
        <source>tie: chair&apos;s vote missing</source>
        <translation>тең: төрағаның дауысы жоқ</translation>
    </message>
    <message>
        <source>check the count</source>
        <translation>санауды тексеріңіз</translation>
    </message>
</context>
</TS>
