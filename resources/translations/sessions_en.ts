<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For / against / abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <source>Recommendation or inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text of the recommendation or inquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the addressee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Voting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules fixed by law are shown with their source and cannot be changed here; the others follow the body&apos;s own regulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the total number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the votes for and against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair&apos;s vote decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by law: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCX + PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session, then write the document as DOCX and PDF and open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed only when the body numbers decisions through the convocation ({running} in its number format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the next session, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (several days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running No. of the first decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation / inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a recommendation or an inquiry raised under this item; it is listed in the session&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: name — what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present at the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s vote (for a tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-rapporteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsArea</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, attendance and quorum, votes and decisions — with the protocol, a plain summary and the notice of the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum, majority and tie rules with their legal source; the decision number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session on the left or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session No. %1 with its agenda, votes and generated documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded; it will appear in the session&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModels</name>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie: chair&apos;s vote missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
