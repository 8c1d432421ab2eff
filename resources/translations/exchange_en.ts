<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupPage</name>
    <message>
        <source>A backup holds the whole workspace: records and stored files. It can be made while you work. DeputyDesk also makes one automatically on the first start of each day and keeps the newest ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups in this workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeputyDesk backup (*.ddbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1 — %2 records, %3 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeputyDesk backup (*.ddbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current workspace with this backup? The current workspace is kept aside in a folder next to it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the current work finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored — the workspace was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1 records and %2 files; the check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on both laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created differently on both laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted there, changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event-log clash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Laptops exchange data through a file (a USB stick, e-mail): export here, import on the other laptop. Changes on both sides are merged record by record; when both changed the same record, the newer change wins and the other version is kept below for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes since the last exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package from another laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the kept version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeputyDesk package (*.ddx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written: %1 — %2 record change(s), %3 file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeputyDesk package (*.ddx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged, %3 deleted, %4 in conflict, %5 unchanged; %6 new file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package had been imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused — nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring; you will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
