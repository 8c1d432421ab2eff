<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
  <context>
    <name>DossiersArea</name>
    <message>
      <source>Dossiers, exchange and backups</source>
      <translation>Досье, алмасу және сақтық көшірмелер</translation>
    </message>
    <message>
      <source>Bundle documents into one numbered PDF; exchange data with other laptops through a file; keep backups.</source>
      <translation>Құжаттарды нөмірленген бір PDF-ке жинау; басқа ноутбуктермен файл арқылы деректер алмасу; сақтық көшірмелер.</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Досье</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>Алмасу</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Сақтық көшірмелер</translation>
    </message>
  </context>
  <context>
    <name>DossiersPage</name>
    <message>
      <source>New dossier</source>
      <translation>Жаңа досье</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Жою</translation>
    </message>
    <message>
      <source>Session, agenda item or hearing</source>
      <translation>Сессия, күн тәртібіндегі мәселе немесе тыңдаулар</translation>
    </message>
    <message>
      <source>Draft: print “ЖОБА / ПРОЕКТ” on every page</source>
      <translation>Жоба: әр бетке «ЖОБА / ПРОЕКТ» белгісін басу</translation>
    </message>
    <message>
      <source>Add the open follow-up items as an annex</source>
      <translation>Орындалмаған ұсынымдар мен сауалдар тізбесін қосымша ретінде қосу</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Атауы:</translation>
    </message>
    <message>
      <source>Purpose:</source>
      <translation>Мақсаты:</translation>
    </message>
    <message>
      <source>Date on the cover:</source>
      <translation>Мұқабадағы күні:</translation>
    </message>
    <message>
      <source>Documents in print order (drag to reorder):</source>
      <translation>Басып шығару ретімен құжаттар (ретін өзгерту үшін сүйреңіз):</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Файлдар қосу…</translation>
    </message>
    <message>
      <source>Add from library…</source>
      <translation>Кітапханадан қосу…</translation>
    </message>
    <message>
      <source>Search the library and add the chosen documents in order</source>
      <translation>Кітапханадан іздеп, таңдалған құжаттарды ретімен қосу</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Жоғары</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Төмен</translation>
    </message>
    <message>
      <source>Record as the issued version</source>
      <translation>Шығарылған нұсқа ретінде сақтау</translation>
    </message>
    <message>
      <source>Later compiles mark the documents added or replaced since this one.</source>
      <translation>Келесі жинауларда осы нұсқадан кейін қосылған немесе ауыстырылған құжаттар белгіленеді.</translation>
    </message>
    <message>
      <source>Compile PDF…</source>
      <translation>PDF жинау…</translation>
    </message>
    <message>
      <source>Open PDF</source>
      <translation>PDF ашу</translation>
    </message>
    <message>
      <source>Last issued version: %1, %2 pages.</source>
      <translation>Соңғы шығарылған нұсқа: %1, беттер саны: %2.</translation>
    </message>
    <message>
      <source>Not issued yet.</source>
      <translation>Әлі шығарылған жоқ.</translation>
    </message>
    <message>
      <source>Creating a dossier</source>
      <translation>Досье құрылуда</translation>
    </message>
    <message>
      <source>Delete dossier</source>
      <translation>Досьені жою</translation>
    </message>
    <message>
      <source>Delete this dossier? The documents stay in the workspace.</source>
      <translation>Осы досье жойылсын ба? Құжаттар жұмыс қалтасында қалады.</translation>
    </message>
    <message>
      <source>Untitled dossier</source>
      <translation>Атаусыз досье</translation>
    </message>
    <message>
      <source>Add documents to the dossier</source>
      <translation>Досьеге құжат қосу</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx *.xlsx *.txt *.md);;All files (*)</source>
      <translation>Құжаттар (*.pdf *.docx *.xlsx *.txt *.md);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Adding documents</source>
      <translation>Құжаттар қосылуда</translation>
    </message>
    <message>
      <source>Some files were not added</source>
      <translation>Кейбір файлдар қосылмады</translation>
    </message>
    <message>
      <source>Add documents from the library</source>
      <translation>Кітапханадан құжаттар қосу</translation>
    </message>
    <message>
      <source>Some documents were not added</source>
      <translation>Кейбір құжаттар қосылмады</translation>
    </message>
    <message>
      <source>Added to the dossier: %1 document(s).</source>
      <translation>Досьеге қосылды: %1 құжат.</translation>
    </message>
    <message>
      <source>Already in it: %1.</source>
      <translation>Бұрыннан бар: %1.</translation>
    </message>
    <message>
      <source>Compile PDF</source>
      <translation>PDF жинау</translation>
    </message>
    <message>
      <source>Add documents to the dossier first.</source>
      <translation>Алдымен досьеге құжаттар қосыңыз.</translation>
    </message>
    <message>
      <source>Save the dossier as</source>
      <translation>Досьені сақтау</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Compiling the dossier</source>
      <translation>Досье жиналуда</translation>
    </message>
    <message>
      <source>%1 pages written to %2.</source>
      <translation>Беттер саны: %1, %2 файлына сақталды.</translation>
    </message>
    <message>
      <source>Changed since the issued version: %1.</source>
      <translation>Шығарылған нұсқадан кейін өзгергендер: %1.</translation>
    </message>
    <message>
      <source>Nothing changed since the issued version.</source>
      <translation>Шығарылған нұсқадан кейін ештеңе өзгермеді.</translation>
    </message>
    <message>
      <source>Not included: %1</source>
      <translation>Қосылмады: %1</translation>
    </message>
    <message>
      <source>Compiling was cancelled; no file was written.</source>
      <translation>Жинау тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
      <source>The dossier could not be compiled: %1</source>
      <translation>Досьені жинау мүмкін болмады: %1</translation>
    </message>
  </context>
</TS>