<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>IncomingDialog</name>
    <message>
        <source>Register an incoming letter</source>
        <translation>Кіріс хатты тіркеу</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>our number it answers</source>
        <translation>жауап берілген біздің нөміріміз</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Жіберуші:</translation>
    </message>
    <message>
        <source>Their No.:</source>
        <translation>Олардың шығыс №:</translation>
    </message>
    <message>
        <source>Their date:</source>
        <translation>Олардың күні:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Түскен күні:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Қысқаша мазмұны:</translation>
    </message>
    <message>
        <source>Answers our No.:</source>
        <translation>Біздің № хатқа жауап:</translation>
    </message>
    <message>
        <source>Say who sent the letter.</source>
        <translation>Хатты кім жібергенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Write dates as DD.MM.YYYY.</source>
        <translation>Күндерді КК.АА.ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Жаңа хат</translation>
    </message>
    <message>
        <source>Start a new letter of the chosen kind and language with the council&apos;s signer and executor filled in</source>
        <translation>Таңдалған түрдегі және тілдегі жаңа хатты бастау; қол қоюшы мен орындаушы автоматты түрде толтырылады</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <source>start typing to choose from the addressees</source>
        <translation>адресаттардан таңдау үшін тере бастаңыз</translation>
    </message>
    <message>
        <source>Position (dative):</source>
        <translation>Лауазымы (барыс септігінде):</translation>
    </message>
    <message>
        <source>Name (dative):</source>
        <translation>Аты-жөні (барыс септігінде):</translation>
    </message>
    <message>
        <source>their number</source>
        <translation>олардың нөмірі</translation>
    </message>
    <message>
        <source>In reply to No.:</source>
        <translation>… № хатқа жауап:</translation>
    </message>
    <message>
        <source>The unanswered letter</source>
        <translation>Жауап берілмеген хат</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <source>Our No. and date:</source>
        <translation>Біздің № және күні:</translation>
    </message>
    <message>
        <source>(letter)</source>
        <translation>(хат)</translation>
    </message>
    <message>
        <source>It was a:</source>
        <translation>Хаттың түрі:</translation>
    </message>
    <message>
        <source>Its subject:</source>
        <translation>Оның тақырыбы:</translation>
    </message>
    <message>
        <source>Term expired on:</source>
        <translation>Мерзімі аяқталған күн:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <source>«О …» / «… туралы»</source>
        <translation>«О …» / «… туралы»</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Мәтіні:</translation>
    </message>
    <message>
        <source>each line is a paragraph</source>
        <translation>әр жол – бір азатжол</translation>
    </message>
    <message>
        <source>Numbered points:</source>
        <translation>Нөмірленген тармақтар:</translation>
    </message>
    <message>
        <source>one point per line</source>
        <translation>әр жолға бір тармақ</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Қосымшалар:</translation>
    </message>
    <message>
        <source>one per line; add | and the number of sheets: Протокол № 3 | 4</source>
        <translation>әр жолға біреу; | белгісінен кейін парақ саны: Хаттама № 3 | 4</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
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
        <source>Answer term:</source>
        <translation>Жауап беру мерзімі:</translation>
    </message>
    <message>
        <source>Signature and executor</source>
        <translation>Қолтаңба және орындаушы</translation>
    </message>
    <message>
        <source>Signer&apos;s position:</source>
        <translation>Қол қоюшының лауазымы:</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>Қол қоюшының аты-жөні:</translation>
    </message>
    <message>
        <source>start typing a member&apos;s name</source>
        <translation>мүшенің тегін тере бастаңыз</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Орындаушы:</translation>
    </message>
    <message>
        <source>Executor&apos;s phone:</source>
        <translation>Орындаушының телефоны:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Assign the next outgoing number, store the PDF and DOCX and register the letter</source>
        <translation>Келесі шығыс нөмірін беру, PDF және DOCX сақтау және хатты тіркеу</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation>DOCX сақтау…</translation>
    </message>
    <message>
        <source>Issued letter No. %1 of %2. It is registered and cannot be changed; print it or save a copy.</source>
        <translation>%2 № %1 хат тіркелген, оны өзгертуге болмайды; басып шығаруға немесе көшірмесін сақтауға болады.</translation>
    </message>
    <message>
        <source>Draft (saved). The number is assigned when it is issued.</source>
        <translation>Жоба (сақталған). Нөмір тіркеу кезінде беріледі.</translation>
    </message>
    <message>
        <source>New letter (not saved yet).</source>
        <translation>Жаңа хат (әлі сақталмаған).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тілі</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>адресат</translation>
    </message>
    <message>
        <source>addressee&apos;s organisation</source>
        <translation>адресаттың ұйымы</translation>
    </message>
    <message>
        <source>addressee&apos;s position</source>
        <translation>адресаттың лауазымы</translation>
    </message>
    <message>
        <source>addressee&apos;s name</source>
        <translation>адресаттың аты-жөні</translation>
    </message>
    <message>
        <source>number of the letter answered</source>
        <translation>жауап берілетін хаттың нөмірі</translation>
    </message>
    <message>
        <source>date of the letter answered</source>
        <translation>жауап берілетін хаттың күні</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>тақырыбы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтіні</translation>
    </message>
    <message>
        <source>numbered points</source>
        <translation>нөмірленген тармақтар</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>қосымшалар</translation>
    </message>
    <message>
        <source>signer&apos;s position</source>
        <translation>қол қоюшының лауазымы</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>қол қоюшының аты-жөні</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <source>executor&apos;s phone</source>
        <translation>орындаушының телефоны</translation>
    </message>
    <message>
        <source>council&apos;s Kazakh name</source>
        <translation>органның қазақша атауы</translation>
    </message>
    <message>
        <source>council&apos;s Russian name</source>
        <translation>органның орысша атауы</translation>
    </message>
    <message>
        <source>number of the unanswered letter</source>
        <translation>жауап берілмеген хаттың нөмірі</translation>
    </message>
    <message>
        <source>date of the unanswered letter</source>
        <translation>жауап берілмеген хаттың күні</translation>
    </message>
    <message>
        <source>date the term expired</source>
        <translation>мерзімнің аяқталған күні</translation>
    </message>
    <message>
        <source>emblem</source>
        <translation>елтаңба</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Толтырылмаған: %1.</translation>
    </message>
    <message>
        <source>Preparing a new letter</source>
        <translation>Жаңа хат дайындалуда</translation>
    </message>
    <message>
        <source>New letter (not saved yet). Its number will be about %1.</source>
        <translation>Жаңа хат (әлі сақталмаған). Оның нөмірі шамамен %1 болады.</translation>
    </message>
    <message>
        <source>The other-language version: it gets the same number when issued.</source>
        <translation>Басқа тілдегі нұсқасы: тіркеу кезінде сол нөмірді алады.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Жоба сақталуда</translation>
    </message>
    <message>
        <source>Issuing the letter</source>
        <translation>Хат тіркелуде</translation>
    </message>
    <message>
        <source>Letter issued as No. %1</source>
        <translation>Хат № %1 болып тіркелді</translation>
    </message>
    <message>
        <source>Opening the letter</source>
        <translation>Хат ашылуда</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Хатты PDF түрінде сақтау</translation>
    </message>
    <message>
        <source>Save the letter as DOCX</source>
        <translation>Хатты DOCX түрінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақталуда</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Хатты басып шығару</translation>
    </message>
</context>
<context>
    <name>LettersArea</name>
    <message>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <source>Deputy inquiries, council recommendations, requests for information, reminders and cover letters on the council&apos;s letterhead, in Kazakh or Russian, with registry numbers.</source>
        <translation>Органның бланкісіндегі депутаттық сауалдар, кеңестің ұсынымдары, ақпаратқа сұрау салулар, еске салу және ілеспе хаттар – қазақ немесе орыс тілінде, тіркеу нөмірлерімен.</translation>
    </message>
    <message>
        <source>Filter by number, subject or addressee</source>
        <translation>Нөмірі, тақырыбы немесе адресаты бойынша іздеу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Other-language version</source>
        <translation>Басқа тілдегі нұсқасы</translation>
    </message>
    <message>
        <source>Prepare the Kazakh or Russian version of the selected issued letter; it gets the same number</source>
        <translation>Таңдалған хаттың қазақша немесе орысша нұсқасын дайындау; ол сол нөмірді алады</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>Еске салу…</translation>
    </message>
    <message>
        <source>A reminder that the answer to the selected issued letter is overdue</source>
        <translation>Таңдалған хатқа жауап мерзімінің өткені туралы еске салу</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Журналдар</translation>
    </message>
    <message>
        <source>Loading the council</source>
        <translation>Орган деректері жүктелуде</translation>
    </message>
    <message>
        <source>Loading letters</source>
        <translation>Хаттар жүктелуде</translation>
    </message>
    <message>
        <source>Opening the letter</source>
        <translation>Хат ашылуда</translation>
    </message>
    <message>
        <source>Preparing a reminder</source>
        <translation>Еске салу хат дайындалуда</translation>
    </message>
</context>
<context>
    <name>LettersModels</name>
    <message>
        <source>Deputy inquiry</source>
        <translation>Депутаттық сауал</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Ақпаратқа сұрау салу</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Еске салу</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Ілеспе хат</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Кіріс № хатқа</translation>
    </message>
    <message>
        <source>Answers our No.</source>
        <translation>Біздің № хатқа жауап</translation>
    </message>
    <message>
        <source>Sender&apos;s No. and date</source>
        <translation>Шығыс № мен күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <source>Outgoing register</source>
        <translation>Шығыс хаттар журналы</translation>
    </message>
    <message>
        <source>Incoming register</source>
        <translation>Кіріс хаттар журналы</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Register incoming…</source>
        <translation>Кіріс хатты тіркеу…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX экспорттау…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF экспорттау…</translation>
    </message>
    <message>
        <source>Loading the register</source>
        <translation>Журнал жүктелуде</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Журналды экспорттау</translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Журнал экспортталуда</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>%1 жазба %2 файлына экспортталды</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Тіркелуде</translation>
    </message>
    <message>
        <source>Registered as incoming No. %1</source>
        <translation>Кіріс № %1 болып тіркелді</translation>
    </message>
</context>
</TS>
