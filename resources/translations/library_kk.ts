<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>DiffModel</name>
    <message>
        <source>Earlier version</source>
        <translation>Алдыңғы редакциясы</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Келесі редакциясы</translation>
    </message>
</context>
<context>
    <name>DocumentPickerDialog</name>
    <message>
        <source>Choose documents from the library</source>
        <translation>Кітапханадан құжаттар таңдау</translation>
    </message>
    <message>
        <source>Choose a document from the library</source>
        <translation>Кітапханадан құжат таңдау</translation>
    </message>
    <message>
        <source>Search in Kazakh or Russian: words, &quot;phrases&quot;, prefix*, -exclude</source>
        <translation>Қазақша немесе орысша іздеу: сөздер, «тіркестер», сөз басы*, -алып тастау</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Select a document to see the passage that matches.</source>
        <translation>Сәйкес үзіндіні көру үшін құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>Ticked documents, in this order:</source>
        <translation>Белгіленген құжаттар, осы ретпен:</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу жүріп жатыр…</translation>
    </message>
    <message>
        <source>%1 document(s) found, best first</source>
        <translation>%1 құжат табылды, ең сәйкесі алдымен</translation>
    </message>
    <message>
        <source>The %1 newest document(s); type words to search</source>
        <translation>Ең жаңа %1 құжат; іздеу үшін сөздерді жазыңыз</translation>
    </message>
    <message>
        <source>The library is empty: import documents in the Library area first.</source>
        <translation>Кітапхана бос: алдымен «Кітапхана» бөлімінде құжаттарды қосыңыз.</translation>
    </message>
    <message>
        <source>(only the first %1 are shown; narrow the search)</source>
        <translation>(алғашқы %1 құжат қана көрсетілді; іздеуді нақтылаңыз)</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>түсініксіз: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1-бет</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(мәтіні жоқ)</translation>
    </message>
    <message>
        <source>Choose (%1)</source>
        <translation>Таңдау (%1)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
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
        <source>Issued by</source>
        <translation>Кім қабылдады</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(жойылған)</translation>
    </message>
    <message>
        <source>[needs OCR]</source>
        <translation>[мәтінді тану керек]</translation>
    </message>
</context>
<context>
    <name>LibraryArea</name>
    <message>
        <source>Search in Kazakh or Russian: words, &quot;phrases&quot;, prefix*, -exclude</source>
        <translation>Қазақша немесе орысша іздеу: сөздер, «тіркестер», сөз басы*, -алып тастау</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Файлдарды қосу…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Қалтаны қосу…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Барлық тілдер</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Барлық белгілер</translation>
    </message>
    <message>
        <source>Issued by…</source>
        <translation>Кім қабылдады…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Files that could not be imported:</source>
        <translation>Қосылмаған файлдар:</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Тізімді тазарту</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <source>%1 of %2 document(s)</source>
        <translation>Құжаттар: %2 ішінен %1</translation>
    </message>
    <message>
        <source>%1 document(s) found, best first</source>
        <translation>%1 құжат табылды, ең сәйкесі алдымен</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>түсініксіз: %1</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Құжаттарды қосу</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.odt *.ods *.txt *.csv *.html *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Құжаттар (*.pdf *.docx *.xlsx *.odt *.ods *.txt *.csv *.html *.png *.jpg *.jpeg *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders</source>
        <translation>Қалтаны ішкі қалталарымен бірге қосу</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Құжаттар қосылуда</translation>
    </message>
    <message>
        <source>Imported: %1, already in the library: %2, failed: %3</source>
        <translation>Қосылды: %1, кітапханада бұрыннан бар: %2, қатемен: %3</translation>
    </message>
    <message>
        <source>Import cancelled after %1 file(s)</source>
        <translation>Қосу тоқтатылды, өңделген файлдар: %1</translation>
    </message>
    <message>
        <source>Import errors (%1)</source>
        <translation>Қосу қателері (%1)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
</context>
<context>
    <name>LibraryLabels</name>
    <message>
        <source>Budget decision</source>
        <translation>Бюджет туралы шешім</translation>
    </message>
    <message>
        <source>Budget amendment</source>
        <translation>Бюджетке өзгерістер</translation>
    </message>
    <message>
        <source>Budget execution report</source>
        <translation>Бюджеттің атқарылуы туралы есеп</translation>
    </message>
    <message>
        <source>Draft act</source>
        <translation>Акт жобасы</translation>
    </message>
    <message>
        <source>Adopted rules</source>
        <translation>Бекітілген қағидалар</translation>
    </message>
    <message>
        <source>Akimat report</source>
        <translation>Әкімдіктің есебі</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Жауап хат</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Audit conclusion</source>
        <translation>Тексеру комиссиясының қорытындысы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақ және орыс тілдері</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Анықталмаған</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>The file is larger than the library&apos;s size limit.</source>
        <translation>Файл кітапхана рұқсат ететін көлемнен үлкен.</translation>
    </message>
    <message>
        <source>The file cannot be read (missing, not a file, or no permission).</source>
        <translation>Файлды оқу мүмкін емес (ол жоқ, файл емес немесе рұқсат жоқ).</translation>
    </message>
    <message>
        <source>DeputyDesk cannot read this kind of file.</source>
        <translation>DeputyDesk мұндай файлды оқи алмайды.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete.</source>
        <translation>Файл зақымдалған немесе толық көшірілмеген.</translation>
    </message>
    <message>
        <source>The file is protected with a password.</source>
        <translation>Файл құпиясөзбен қорғалған.</translation>
    </message>
    <message>
        <source>The file would unpack to an absurd size (a &quot;bomb&quot;); it was refused.</source>
        <translation>Файл ашылғанда орасан көлем алар еді («бомба»); ол қабылданбады.</translation>
    </message>
    <message>
        <source>The file contains XML entity declarations (a possible attack); it was refused.</source>
        <translation>Файлда XML мәндерін жариялау бар (шабуыл болуы мүмкін); ол қабылданбады.</translation>
    </message>
    <message>
        <source>Text recognition failed.</source>
        <translation>Мәтінді тану сәтсіз аяқталды.</translation>
    </message>
    <message>
        <source>The computer refused to store the file (disk full or read-only).</source>
        <translation>Компьютер файлды сақтауға мүмкіндік бермеді (диск толы немесе жазуға тыйым салынған).</translation>
    </message>
    <message>
        <source>An unexpected error occurred (a bug in DeputyDesk).</source>
        <translation>Күтпеген қате (DeputyDesk ішіндегі ақау).</translation>
    </message>
</context>
<context>
    <name>LinkedDocumentsWidget</name>
    <message>
        <source>Double-click to open the original</source>
        <translation>Түпнұсқаны ашу үшін екі рет басыңыз</translation>
    </message>
    <message>
        <source>Add from library…</source>
        <translation>Кітапханадан қосу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Open the original with the computer&apos;s viewer</source>
        <translation>Түпнұсқаны компьютердегі бағдарламамен ашу</translation>
    </message>
    <message>
        <source>(no longer in the library: %1)</source>
        <translation>(кітапханада енді жоқ: %1)</translation>
    </message>
    <message>
        <source>No documents linked.</source>
        <translation>Байланыстырылған құжаттар жоқ.</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Құжат ашылуда</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>DD.MM.YYYY (empty: no date)</source>
        <translation>КК.АА.ЖЖЖЖ (бос болса — күні жоқ)</translation>
    </message>
    <message>
        <source>Type the date as 15.03.2024 or 2024-03-15; leave it empty if the document has no date.</source>
        <translation>Күнді 15.03.2024 немесе 2024-03-15 түрінде енгізіңіз; құжаттың күні болмаса, өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. budget, session 38</source>
        <translation>үтір арқылы, мысалы: бюджет, 38-сессия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
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
        <source>Issued by</source>
        <translation>Кім қабылдады</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>Түзетулерді сақтау</translation>
    </message>
    <message>
        <source>Corrected by hand; detected: %1</source>
        <translation>Қолмен түзетілді; анықталғаны: %1</translation>
    </message>
    <message>
        <source>Detected (%1% sure)</source>
        <translation>Анықталды (сенімділігі %1%)</translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation>Мәтіннен табылмады</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Құжаттың атауы болуы керек.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as 15.03.2024 (day, month, year) or leave the field empty; nothing was saved.</source>
        <translation>«%1» — күн емес. Күнді 15.03.2024 түрінде (күні, айы, жылы) енгізіңіз немесе өрісті бос қалдырыңыз; ештеңе сақталған жоқ.</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
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
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Already linked</source>
        <translation>Бұрыннан байланыстырылған</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument мәтіні (ODT)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>OpenDocument кестесі (ODS)</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>жай мәтін</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV кестесі</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>веб-бет</translation>
    </message>
    <message>
        <source>image</source>
        <translation>сурет</translation>
    </message>
    <message>
        <source>The file name ends in %1, but the file is really %2; it was read as %2.</source>
        <translation>Файл атауы %1 деп аяқталады, бірақ шын мәнінде бұл — %2; файл %2 ретінде оқылды.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 cells; the rest was not read.</source>
        <translation>Кітапта %1-ден артық ұяшық бар; қалғаны оқылмады.</translation>
    </message>
    <message>
        <source>Some characters could not be decoded (%1).</source>
        <translation>Кейбір таңбалар оқылмады (%1).</translation>
    </message>
    <message>
        <source>Page %1: text recognition failed (%2).</source>
        <translation>%1-бет: мәтін танылмады (%2).</translation>
    </message>
    <message>
        <source>Tesseract has only the Kazakh data; install tesseract-ocr-rus as well.</source>
        <translation>Tesseract-те тек қазақ деректері бар; tesseract-ocr-rus бумасын да орнатыңыз.</translation>
    </message>
    <message>
        <source>Tesseract has only the Russian data; install tesseract-ocr-kaz as well.</source>
        <translation>Tesseract-те тек орыс деректері бар; tesseract-ocr-kaz бумасын да орнатыңыз.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) is not available: install Tesseract with the Kazakh and Russian data, then press &quot;Recognise text&quot;.</source>
        <translation>Мәтінді тану қолжетімсіз: Tesseract бағдарламасын қазақ және орыс деректерімен орнатыңыз, содан кейін «Мәтінді тану» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Text recognition was not run.</source>
        <translation>Мәтінді тану іске қосылмады.</translation>
    </message>
    <message>
        <source>A document cannot be an earlier version of itself.</source>
        <translation>Құжат өзінің алдыңғы редакциясы бола алмайды.</translation>
    </message>
    <message>
        <source>That document is already a later version of this one; linking them would make the versions go round in a circle.</source>
        <translation>Ол құжат осы құжаттың кейінгі редакциясы болып тұр; оларды байланыстырсаңыз, редакциялар тұйық шеңбер құрар еді.</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Құжат таңдалмаған</translation>
    </message>
    <message>
        <source>Choose a document in the list to see its pages and details, or drop files onto the window to import them.</source>
        <translation>Беттері мен деректемелерін көру үшін тізімнен құжатты таңдаңыз немесе файлдарды қосу үшін оларды терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Түпнұсқаны ашу</translation>
    </message>
    <message>
        <source>Recognise text</source>
        <translation>Мәтінді тану</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Mark as a new version of…</source>
        <translation>Құжаттың жаңа редакциясы деп белгілеу…</translation>
    </message>
    <message>
        <source>Unlink from the earlier version</source>
        <translation>Алдыңғы редакциядан ажырату</translation>
    </message>
    <message>
        <source>Compare with the earlier version</source>
        <translation>Алдыңғы редакциямен салыстыру</translation>
    </message>
    <message>
        <source>Versions, oldest first:</source>
        <translation>Редакциялар, ең ертесінен бастап:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Деректемелер</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Редакциялар</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 бет</translation>
    </message>
    <message>
        <source>Some pages are scanned images without text. Install Tesseract with the Kazakh and Russian data (tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus), then press &quot;Recognise text&quot;.</source>
        <translation>Кейбір беттер — мәтіні жоқ сканерленген суреттер. Tesseract бағдарламасын қазақ және орыс деректерімен орнатыңыз (tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus), содан кейін «Мәтінді тану» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Reading this file gave a warning:</source>
        <translation>Файлды оқығанда ескерту берілді:</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақталуда</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Recognising text</source>
        <translation>Мәтін танылуда</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the library? The stored original is removed too.</source>
        <translation>«%1» кітапханадан жойылсын ба? Сақталған түпнұсқа да жойылады.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Жойылуда</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Салыстырылуда</translation>
    </message>
    <message>
        <source>%1 changed line(s)</source>
        <translation>Өзгерген жолдар: %1</translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Мәтіндер бірдей.</translation>
    </message>
</context>
<context>
    <name>VersionPicker</name>
    <message>
        <source>Earlier version</source>
        <translation>Алдыңғы редакция</translation>
    </message>
    <message>
        <source>This document is a new version of:</source>
        <translation>Бұл құжат мына құжаттың жаңа редакциясы:</translation>
    </message>
    <message>
        <source>Search by title, number or text…</source>
        <translation>Атауы, нөмірі немесе мәтіні бойынша іздеу…</translation>
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
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Version label, e.g. v2 or adopted</source>
        <translation>Редакцияның белгісі, мысалы: екінші немесе қабылданды</translation>
    </message>
</context>
</TS>
