<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>BackupPage</name>
    <message>
      <source>A backup holds the whole workspace: records and stored files. It can be made while you work. DeputyDesk also makes one automatically on the first start of each day and keeps the newest ones.</source>
      <translation>Резервная копия содержит всю рабочую папку: записи и сохранённые файлы. Её можно делать во время работы. DeputyDesk также делает копию автоматически при первом запуске за день и хранит самые новые.</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>Зашифровать паролем</translation>
    </message>
    <message>
      <source>Create backup…</source>
      <translation>Создать копию…</translation>
    </message>
    <message>
      <source>Restore from backup…</source>
      <translation>Восстановить из копии…</translation>
    </message>
    <message>
      <source>Automatic backups in this workspace:</source>
      <translation>Автоматические копии в этой рабочей папке:</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>ежедневная</translation>
    </message>
    <message>
      <source>before an update</source>
      <translation>перед обновлением</translation>
    </message>
    <message>
      <source>Save the backup as</source>
      <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
      <source>DeputyDesk backup (*.ddbackup)</source>
      <translation>Резервная копия DeputyDesk (*.ddbackup)</translation>
    </message>
    <message>
      <source>Creating a backup</source>
      <translation>Создание резервной копии</translation>
    </message>
    <message>
      <source>Backup written: %1 — %2 records, %3 files.</source>
      <translation>Резервная копия записана: %1 — записей: %2, файлов: %3.</translation>
    </message>
    <message>
      <source>Encrypted.</source>
      <translation>Зашифровано.</translation>
    </message>
    <message>
      <source>Not done: %1</source>
      <translation>Не выполнено: %1</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Восстановление из копии</translation>
    </message>
    <message>
      <source>DeputyDesk backup (*.ddbackup);;All files (*)</source>
      <translation>Резервная копия DeputyDesk (*.ddbackup);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Replace the current workspace with this backup? The current workspace is kept aside in a folder next to it, so nothing is lost.</source>
      <translation>Заменить текущую рабочую папку этой резервной копией? Текущая папка будет сохранена рядом, поэтому ничего не потеряется.</translation>
    </message>
    <message>
      <source>Please wait until the current work finishes.</source>
      <translation>Подождите, пока завершится текущая работа.</translation>
    </message>
    <message>
      <source>Not restored — the workspace was not changed: %1</source>
      <translation>Не восстановлено — рабочая папка не изменена: %1</translation>
    </message>
    <message>
      <source>Restored: %1 records and %2 files; the check passed.</source>
      <translation>Восстановлено: записей — %1, файлов — %2; проверка пройдена.</translation>
    </message>
    <message>
      <source>Restoring the workspace</source>
      <translation>Восстановление рабочей папки</translation>
    </message>
  </context>
  <context>
    <name>ConflictsModel</name>
    <message>
      <source>Records</source>
      <translation>Данные</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что произошло</translation>
    </message>
    <message>
      <source>Kept version</source>
      <translation>Оставленная версия</translation>
    </message>
    <message>
      <source>Other version</source>
      <translation>Другая версия</translation>
    </message>
    <message>
      <source>changed on both laptops</source>
      <translation>изменено на обоих ноутбуках</translation>
    </message>
    <message>
      <source>created differently on both laptops</source>
      <translation>создано по-разному на обоих ноутбуках</translation>
    </message>
    <message>
      <source>deleted there, changed here</source>
      <translation>удалено там, изменено здесь</translation>
    </message>
    <message>
      <source>event-log clash</source>
      <translation>расхождение в журнале событий</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message>
      <source>Laptops exchange data through a file (a USB stick, e-mail): export here, import on the other laptop. Changes on both sides are merged record by record; when both changed the same record, the newer change wins and the other version is kept below for you to decide.</source>
      <translation>Ноутбуки обмениваются данными через файл (флешка, электронная почта): выгрузите здесь, загрузите на другом ноутбуке. Изменения обеих сторон объединяются по записям; если обе стороны изменили одну запись, побеждает более новое изменение, а другая версия сохраняется ниже для вашего решения.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Выгрузка</translation>
    </message>
    <message>
      <source>Only the changes since the last exchange</source>
      <translation>Только изменения после последнего обмена</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>Зашифровать паролем</translation>
    </message>
    <message>
      <source>Export package…</source>
      <translation>Выгрузить пакет…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Загрузка</translation>
    </message>
    <message>
      <source>Import package…</source>
      <translation>Загрузить пакет…</translation>
    </message>
    <message>
      <source>A package from another laptop:</source>
      <translation>Пакет с другого ноутбука:</translation>
    </message>
    <message>
      <source>Conflicts waiting for a decision:</source>
      <translation>Конфликты, ожидающие решения:</translation>
    </message>
    <message>
      <source>Keep the kept version</source>
      <translation>Оставить как есть</translation>
    </message>
    <message>
      <source>Take the other version</source>
      <translation>Взять другую версию</translation>
    </message>
    <message>
      <source>Save the package as</source>
      <translation>Сохранить пакет как</translation>
    </message>
    <message>
      <source>DeputyDesk package (*.ddx)</source>
      <translation>Пакет DeputyDesk (*.ddx)</translation>
    </message>
    <message>
      <source>Exporting a package</source>
      <translation>Выгрузка пакета</translation>
    </message>
    <message>
      <source>Package written: %1 — %2 record change(s), %3 file(s).</source>
      <translation>Пакет записан: %1 — изменений записей: %2, файлов: %3.</translation>
    </message>
    <message>
      <source>Encrypted.</source>
      <translation>Зашифровано.</translation>
    </message>
    <message>
      <source>Import a package</source>
      <translation>Загрузить пакет</translation>
    </message>
    <message>
      <source>DeputyDesk package (*.ddx);;All files (*)</source>
      <translation>Пакет DeputyDesk (*.ddx);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Importing a package</source>
      <translation>Загрузка пакета</translation>
    </message>
    <message>
      <source>Imported: %1 added, %2 merged, %3 deleted, %4 in conflict, %5 unchanged; %6 new file(s).</source>
      <translation>Загружено: добавлено — %1, объединено — %2, удалено — %3, в конфликте — %4, без изменений — %5; новых файлов — %6.</translation>
    </message>
    <message>
      <source>This package had been imported before.</source>
      <translation>Этот пакет уже загружался ранее.</translation>
    </message>
    <message>
      <source>Refused — nothing was changed: %1</source>
      <translation>Отклонено — ничего не изменено: %1</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Passphrase</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Пароль:</translation>
    </message>
    <message>
      <source>Repeat:</source>
      <translation>Повторите:</translation>
    </message>
    <message>
      <source>Remember in the system keyring</source>
      <translation>Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
      <source>This computer has no keyring; you will be asked each time.</source>
      <translation>На этом компьютере нет хранилища паролей; пароль будет запрашиваться каждый раз.</translation>
    </message>
    <message>
      <source>The passphrase is empty.</source>
      <translation>Пароль пустой.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
  </context>
</TS>