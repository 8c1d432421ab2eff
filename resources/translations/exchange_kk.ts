<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
  <context>
    <name>BackupPage</name>
    <message>
      <source>A backup holds the whole workspace: records and stored files. It can be made while you work. DeputyDesk also makes one automatically on the first start of each day and keeps the newest ones.</source>
      <translation>Сақтық көшірмеде бүкіл жұмыс қалтасы бар: жазбалар мен сақталған файлдар. Оны жұмыс барысында жасауға болады. DeputyDesk күн сайынғы алғашқы іске қосуда көшірмені өзі жасайды және ең жаңаларын сақтайды.</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>Құпия сөзбен шифрлау</translation>
    </message>
    <message>
      <source>Create backup…</source>
      <translation>Көшірме жасау…</translation>
    </message>
    <message>
      <source>Restore from backup…</source>
      <translation>Көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
      <source>Automatic backups in this workspace:</source>
      <translation>Осы жұмыс қалтасындағы автоматты көшірмелер:</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>күнделікті</translation>
    </message>
    <message>
      <source>before an update</source>
      <translation>жаңартудың алдында</translation>
    </message>
    <message>
      <source>Save the backup as</source>
      <translation>Сақтық көшірмені сақтау</translation>
    </message>
    <message>
      <source>DeputyDesk backup (*.ddbackup)</source>
      <translation>DeputyDesk сақтық көшірмесі (*.ddbackup)</translation>
    </message>
    <message>
      <source>Creating a backup</source>
      <translation>Сақтық көшірме жасалуда</translation>
    </message>
    <message>
      <source>Backup written: %1 — %2 records, %3 files.</source>
      <translation>Сақтық көшірме жазылды: %1 — жазбалар: %2, файлдар: %3.</translation>
    </message>
    <message>
      <source>Encrypted.</source>
      <translation>Шифрланған.</translation>
    </message>
    <message>
      <source>Not done: %1</source>
      <translation>Орындалмады: %1</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
      <source>DeputyDesk backup (*.ddbackup);;All files (*)</source>
      <translation>DeputyDesk сақтық көшірмесі (*.ddbackup);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Replace the current workspace with this backup? The current workspace is kept aside in a folder next to it, so nothing is lost.</source>
      <translation>Ағымдағы жұмыс қалтасы осы көшірмемен ауыстырылсын ба? Ағымдағы қалта жанында сақталады, сондықтан ештеңе жоғалмайды.</translation>
    </message>
    <message>
      <source>Please wait until the current work finishes.</source>
      <translation>Ағымдағы жұмыс аяқталғанша күтіңіз.</translation>
    </message>
    <message>
      <source>Not restored — the workspace was not changed: %1</source>
      <translation>Қалпына келтірілмеді — жұмыс қалтасы өзгерген жоқ: %1</translation>
    </message>
    <message>
      <source>Restored: %1 records and %2 files; the check passed.</source>
      <translation>Қалпына келтірілді: жазбалар — %1, файлдар — %2; тексеруден өтті.</translation>
    </message>
    <message>
      <source>Restoring the workspace</source>
      <translation>Жұмыс қалтасы қалпына келтірілуде</translation>
    </message>
  </context>
  <context>
    <name>ConflictsModel</name>
    <message>
      <source>Records</source>
      <translation>Деректер</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Жазба</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Не болды</translation>
    </message>
    <message>
      <source>Kept version</source>
      <translation>Қалдырылған нұсқа</translation>
    </message>
    <message>
      <source>Other version</source>
      <translation>Басқа нұсқа</translation>
    </message>
    <message>
      <source>changed on both laptops</source>
      <translation>екі ноутбукта да өзгертілді</translation>
    </message>
    <message>
      <source>created differently on both laptops</source>
      <translation>екі ноутбукта әртүрлі жасалды</translation>
    </message>
    <message>
      <source>deleted there, changed here</source>
      <translation>онда жойылды, мұнда өзгертілді</translation>
    </message>
    <message>
      <source>event-log clash</source>
      <translation>оқиғалар журналындағы сәйкессіздік</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message>
      <source>Laptops exchange data through a file (a USB stick, e-mail): export here, import on the other laptop. Changes on both sides are merged record by record; when both changed the same record, the newer change wins and the other version is kept below for you to decide.</source>
      <translation>Ноутбуктер деректерді файл арқылы алмасады (флешка, электрондық пошта): мұнда экспорттаңыз, басқа ноутбукта импорттаңыз. Екі жақтың өзгерістері жазба бойынша біріктіріледі; екеуі бір жазбаны өзгертсе, жаңарақ өзгеріс қабылданады, ал басқа нұсқа сіздің шешіміңіз үшін төменде сақталады.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Only the changes since the last exchange</source>
      <translation>Соңғы алмасудан кейінгі өзгерістер ғана</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>Құпия сөзбен шифрлау</translation>
    </message>
    <message>
      <source>Export package…</source>
      <translation>Пакетті экспорттау…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Import package…</source>
      <translation>Пакетті импорттау…</translation>
    </message>
    <message>
      <source>A package from another laptop:</source>
      <translation>Басқа ноутбуктен келген пакет:</translation>
    </message>
    <message>
      <source>Conflicts waiting for a decision:</source>
      <translation>Шешім күтіп тұрған қайшылықтар:</translation>
    </message>
    <message>
      <source>Keep the kept version</source>
      <translation>Қалдырылған нұсқаны сақтау</translation>
    </message>
    <message>
      <source>Take the other version</source>
      <translation>Басқа нұсқаны алу</translation>
    </message>
    <message>
      <source>Save the package as</source>
      <translation>Пакетті сақтау</translation>
    </message>
    <message>
      <source>DeputyDesk package (*.ddx)</source>
      <translation>DeputyDesk пакеті (*.ddx)</translation>
    </message>
    <message>
      <source>Exporting a package</source>
      <translation>Пакет экспортталуда</translation>
    </message>
    <message>
      <source>Package written: %1 — %2 record change(s), %3 file(s).</source>
      <translation>Пакет жазылды: %1 — жазба өзгерістері: %2, файлдар: %3.</translation>
    </message>
    <message>
      <source>Encrypted.</source>
      <translation>Шифрланған.</translation>
    </message>
    <message>
      <source>Import a package</source>
      <translation>Пакетті импорттау</translation>
    </message>
    <message>
      <source>DeputyDesk package (*.ddx);;All files (*)</source>
      <translation>DeputyDesk пакеті (*.ddx);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Importing a package</source>
      <translation>Пакет импортталуда</translation>
    </message>
    <message>
      <source>Imported: %1 added, %2 merged, %3 deleted, %4 in conflict, %5 unchanged; %6 new file(s).</source>
      <translation>Импортталды: қосылды — %1, біріктірілді — %2, жойылды — %3, қайшылықта — %4, өзгеріссіз — %5; жаңа файлдар — %6.</translation>
    </message>
    <message>
      <source>This package had been imported before.</source>
      <translation>Бұл пакет бұрын импортталған.</translation>
    </message>
    <message>
      <source>Refused — nothing was changed: %1</source>
      <translation>Қабылданбады — ештеңе өзгерген жоқ: %1</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Passphrase</source>
      <translation>Құпия сөз</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Құпия сөз:</translation>
    </message>
    <message>
      <source>Repeat:</source>
      <translation>Қайталаңыз:</translation>
    </message>
    <message>
      <source>Remember in the system keyring</source>
      <translation>Жүйелік құпия сөздер қоймасында сақтау</translation>
    </message>
    <message>
      <source>This computer has no keyring; you will be asked each time.</source>
      <translation>Бұл компьютерде құпия сөздер қоймасы жоқ; құпия сөз әр жолы сұралады.</translation>
    </message>
    <message>
      <source>The passphrase is empty.</source>
      <translation>Құпия сөз бос.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Құпия сөздер сәйкес келмейді.</translation>
    </message>
  </context>
</TS>