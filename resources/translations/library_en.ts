<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DiffModel</name>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPickerDialog</name>
    <message>
        <source>Choose documents from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in Kazakh or Russian: words, &quot;phrases&quot;, prefix*, -exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to see the passage that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked documents, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document(s) found, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 newest document(s); type words to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty: import documents in the Library area first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the first %1 are shown; narrow the search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[needs OCR]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryArea</name>
    <message>
        <source>Search in Kazakh or Russian: words, &quot;phrases&quot;, prefix*, -exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document(s) found, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.odt *.ods *.txt *.csv *.html *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder with its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1, already in the library: %2, failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled after %1 file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLabels</name>
    <message>
        <source>Budget decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget execution report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akimat report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
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
        <source>Kazakh and Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the library&apos;s size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (missing, not a file, or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeputyDesk cannot read this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is protected with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file would unpack to an absurd size (a &quot;bomb&quot;); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains XML entity declarations (a possible attack); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer refused to store the file (disk full or read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred (a bug in DeputyDesk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedDocumentsWidget</name>
    <message>
        <source>Double-click to open the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original with the computer&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer in the library: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>DD.MM.YYYY (empty: no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 15.03.2024 or 2024-03-15; leave it empty if the document has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. budget, session 38</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by hand; detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected (%1% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as 15.03.2024 (day, month, year) or leave the field empty; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name ends in %1, but the file is really %2; it was read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 cells; the rest was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters could not be decoded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: text recognition failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract has only the Kazakh data; install tesseract-ocr-rus as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract has only the Russian data; install tesseract-ocr-kaz as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition (OCR) is not available: install Tesseract with the Kazakh and Russian data, then press &quot;Recognise text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document cannot be an earlier version of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That document is already a later version of this one; linking them would make the versions go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document in the list to see its pages and details, or drop files onto the window to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a new version of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink from the earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pages are scanned images without text. Install Tesseract with the Kazakh and Russian data (tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus), then press &quot;Recognise text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this file gave a warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the library? The stored original is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionPicker</name>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is a new version of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title, number or text…</source>
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
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label, e.g. v2 or adopted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
