<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>IncomingDialog</name>
    <message>
        <source>Register an incoming letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our number it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers our No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who sent the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates as DD.MM.YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new letter of the chosen kind and language with the council&apos;s signer and executor filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start typing to choose from the addressees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (dative):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (dative):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unanswered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our No. and date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term expired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«О …» / «… туралы»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each line is a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one point per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line; add | and the number of sheets: Протокол № 3 | 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
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
        <source>Answer term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature and executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start typing a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor&apos;s phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the next outgoing number, store the PDF and DOCX and register the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued letter No. %1 of %2. It is registered and cannot be changed; print it or save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (saved). The number is assigned when it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter (not saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressee&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressee&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of the letter answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the letter answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council&apos;s Kazakh name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council&apos;s Russian name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of the unanswered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the unanswered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date the term expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a new letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter (not saved yet). Its number will be about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other-language version: it gets the same number when issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter issued as No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
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
    <message>
        <source>Print the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersArea</name>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy inquiries, council recommendations, requests for information, reminders and cover letters on the council&apos;s letterhead, in Kazakh or Russian, with registry numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, subject or addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other-language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the Kazakh or Russian version of the selected issued letter; it gets the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder that the answer to the selected issued letter is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersModels</name>
    <message>
        <source>Deputy inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers our No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s No. and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <source>Outgoing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register incoming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as incoming No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
