<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DossiersArea</name>
    <message>
        <source>Dossiers, exchange and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle documents into one numbered PDF; exchange data with other laptops through a file; keep backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>New dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session, agenda item or hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: print “ЖОБА / ПРОЕКТ” on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the open follow-up items as an annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the cover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in print order (drag to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library and add the chosen documents in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as the issued version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later compiles mark the documents added or replaced since this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last issued version: %1, %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this dossier? The documents stay in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents to the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some documents were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the dossier: %1 document(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents to the dossier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the issued version: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the issued version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be compiled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
