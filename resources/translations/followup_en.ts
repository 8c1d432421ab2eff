<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Holidays, carried-over days off and Government transfers come with DeputyDesk. When a new transfer is announced, add it here: every open item gets its term recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis, e.g. Government resolution No. …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(date estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) got a new due date.</source>
        <translation>
            <numerusform>%n open item got a new due date.</numerusform>
            <numerusform>%n open items got a new due date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation or inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the council&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for verification of implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-check date reached for %n item(s).</source>
        <translation>
            <numerusform>Re-check date reached for %n item.</numerusform>
            <numerusform>Re-check date reached for %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupArea</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations and inquiries the council sent, their answer terms, the replies, the council&apos;s verdict on each reply and whether it was implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unjustified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largely implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says nothing about itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says it accepted the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says it is implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says work is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says it rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the head of the body or a deputy head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every point answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision stated for each point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons with a legal basis for any rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted points: measures, a responsible unit, a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal norms cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Kazakh or in the language of the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a formal brush-off</source>
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
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock phrase without substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executive&apos;s own claim (not evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy inquiry — 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public council recommendation — 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation on a draft budget programme — 10 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public control act — 10 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for information — 15 calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal — 15 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint — 20 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition (local) — 20 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term set by the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried-over day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off transferred by the Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working weekend day (transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day added here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupModels</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n day(s))</source>
        <translation>
            <numerusform>(+%n day)</numerusform>
            <numerusform>(+%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (as you read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(use the suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupPages</name>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationDialog</name>
    <message>
        <source>Check of implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen: site visit, report, photos, documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Fully implemented” for the whole recommendation takes it off control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence from the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetailDialog</name>
    <message>
        <source>Recommendation or inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term and its calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend / pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council&apos;s verdict of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration by the addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their registration No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditorDialog</name>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation or inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by the addressee on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short subject (the first point when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. decision No. 12-3/VIII of 15.03.2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or an exact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the numbered points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressees (each gets its own term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add addressees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another addressee (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen (inquiry on a citizen&apos;s appeal) — IIN and phone are stored encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (from the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one addressee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search number, subject, addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual follow-up report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Register a reply — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (read from the text when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our incoming No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the executive says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded apart from the council&apos;s verdict; it never closes the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reply among the documents of the library; its text is read into the field below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer per point (double-click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (*.txt *.docx *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reply from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a person confirms it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reply&apos;s text, read it from a file or choose it in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers on time, justified, implemented (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to the first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimpleFormDialog</name>
    <message>
        <source>Please fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermEventDialog</name>
    <message>
        <source>Extension or pause of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on / paused from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>The council&apos;s verdict — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeputyDesk reads the reply and suggests; the council decides. What the executive says about itself is not evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (what the council concluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply has been registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
