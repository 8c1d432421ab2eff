<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeputyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline desk for maslikhat deputies and public councils: documents, follow-up of recommendations and inquiries, formal letters and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works without internet. Your data stays in your workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled fonts: Liberation Serif and Liberation Sans 2.1.5, used for the interface and embedded in printed documents. Licensed under the SIL Open Font License 1.1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilModels</name>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territorial body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Kazakh form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeputyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DeputyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo council is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the workspace with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is in order: database, stored files and the event log were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is in order, with warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems were found in the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your council in Council settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the current work finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Council member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (Russian form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (Kazakh form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Addressee organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How letters address the head, e.g. «… бөлімінің басшысы
А.С. Нұржановаға»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee block (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. «Руководителю ГУ … 
Нуржановой А.С.»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee block (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget decisions, draft acts, akimat reports and replies will be kept and searched here. Document import is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations and inquiries, their answer terms, replies and the council&apos;s verdicts will be tracked here. Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal inquiries, recommendations and reminders on the council&apos;s letterhead will be prepared here. Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas, attendance, quorum, votes and protocols will be kept here. Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents will be bundled here into one numbered PDF for a session or a hearing. Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Maslikhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisites printed on letters and protocols, the council&apos;s members and the organisations it writes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head (full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation (Roman numeral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s position (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main council of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number formats use {session}, {seq}, {convocation}, {year} and {index}; for example {session}-{seq}/{convocation} gives 12-3/VIII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations the council sends inquiries and recommendations to: the akimat, its departments and territorial bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the author of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger files are refused when documents are added to the library (each is listed with the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1: %2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council requisites saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the council&apos;s requisites first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the council&apos;s list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the addressees?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong inside DeputyDesk (a bug). Your data is safe; the operation was not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeputyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
