<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>DiffModel</name>
    <message>
        <source>Earlier version</source>
        <translation>Предыдущая редакция</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Следующая редакция</translation>
    </message>
</context>
<context>
    <name>DocumentPickerDialog</name>
    <message>
        <source>Choose documents from the library</source>
        <translation>Выбор документов из библиотеки</translation>
    </message>
    <message>
        <source>Choose a document from the library</source>
        <translation>Выбор документа из библиотеки</translation>
    </message>
    <message>
        <source>Search in Kazakh or Russian: words, &quot;phrases&quot;, prefix*, -exclude</source>
        <translation>Поиск на казахском или русском: слова, «фразы», начало слова*, -исключить</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Select a document to see the passage that matches.</source>
        <translation>Выберите документ, чтобы увидеть подходящий фрагмент.</translation>
    </message>
    <message>
        <source>Ticked documents, in this order:</source>
        <translation>Отмеченные документы, в этом порядке:</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>%1 document(s) found, best first</source>
        <translation>Найдено документов: %1, сначала наиболее подходящие</translation>
    </message>
    <message>
        <source>The %1 newest document(s); type words to search</source>
        <translation>Последние добавленные документы: %1; для поиска введите слова</translation>
    </message>
    <message>
        <source>The library is empty: import documents in the Library area first.</source>
        <translation>Библиотека пуста: сначала добавьте документы в разделе «Библиотека».</translation>
    </message>
    <message>
        <source>(only the first %1 are shown; narrow the search)</source>
        <translation>(показаны только первые %1; уточните поиск)</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>не распознано: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>стр. %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(нет текста)</translation>
    </message>
    <message>
        <source>Choose (%1)</source>
        <translation>Выбрать (%1)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем принят</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалён)</translation>
    </message>
    <message>
        <source>[needs OCR]</source>
        <translation>[нужно распознавание]</translation>
    </message>
</context>
<context>
    <name>LibraryArea</name>
    <message>
        <source>Search in Kazakh or Russian: words, &quot;phrases&quot;, prefix*, -exclude</source>
        <translation>Поиск на казахском или русском: слова, «фразы», начало слова*, -исключить</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>Issued by…</source>
        <translation>Кем принят…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Files that could not be imported:</source>
        <translation>Файлы, которые не удалось добавить:</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>%1 of %2 document(s)</source>
        <translation>Документов: %1 из %2</translation>
    </message>
    <message>
        <source>%1 document(s) found, best first</source>
        <translation>Найдено документов: %1, сначала наиболее подходящие</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>не распознано: %1</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.odt *.ods *.txt *.csv *.html *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Документы (*.pdf *.docx *.xlsx *.odt *.ods *.txt *.csv *.html *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders</source>
        <translation>Добавить папку со всеми вложенными папками</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Добавление документов</translation>
    </message>
    <message>
        <source>Imported: %1, already in the library: %2, failed: %3</source>
        <translation>Добавлено: %1, уже были в библиотеке: %2, с ошибкой: %3</translation>
    </message>
    <message>
        <source>Import cancelled after %1 file(s)</source>
        <translation>Добавление прервано, обработано файлов: %1</translation>
    </message>
    <message>
        <source>Import errors (%1)</source>
        <translation>Ошибки добавления (%1)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
</context>
<context>
    <name>LibraryLabels</name>
    <message>
        <source>Budget decision</source>
        <translation>Решение о бюджете</translation>
    </message>
    <message>
        <source>Budget amendment</source>
        <translation>Изменения в бюджет</translation>
    </message>
    <message>
        <source>Budget execution report</source>
        <translation>Отчёт об исполнении бюджета</translation>
    </message>
    <message>
        <source>Draft act</source>
        <translation>Проект акта</translation>
    </message>
    <message>
        <source>Adopted rules</source>
        <translation>Утверждённые правила</translation>
    </message>
    <message>
        <source>Akimat report</source>
        <translation>Отчёт акимата</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Ответное письмо</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Audit conclusion</source>
        <translation>Заключение ревизионной комиссии</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Не определён</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <source>The file is larger than the library&apos;s size limit.</source>
        <translation>Файл больше допустимого для библиотеки размера.</translation>
    </message>
    <message>
        <source>The file cannot be read (missing, not a file, or no permission).</source>
        <translation>Файл не удаётся прочитать (его нет, это не файл или нет доступа).</translation>
    </message>
    <message>
        <source>DeputyDesk cannot read this kind of file.</source>
        <translation>DeputyDesk не умеет читать файлы такого типа.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete.</source>
        <translation>Файл повреждён или скопирован не полностью.</translation>
    </message>
    <message>
        <source>The file is protected with a password.</source>
        <translation>Файл защищён паролем.</translation>
    </message>
    <message>
        <source>The file would unpack to an absurd size (a &quot;bomb&quot;); it was refused.</source>
        <translation>Файл при распаковке занял бы огромный объём («бомба»); он отклонён.</translation>
    </message>
    <message>
        <source>The file contains XML entity declarations (a possible attack); it was refused.</source>
        <translation>Файл содержит объявления XML-сущностей (возможная атака); он отклонён.</translation>
    </message>
    <message>
        <source>Text recognition failed.</source>
        <translation>Не удалось распознать текст.</translation>
    </message>
    <message>
        <source>The computer refused to store the file (disk full or read-only).</source>
        <translation>Компьютер не дал сохранить файл (диск заполнен или защищён от записи).</translation>
    </message>
    <message>
        <source>An unexpected error occurred (a bug in DeputyDesk).</source>
        <translation>Непредвиденная ошибка (ошибка в DeputyDesk).</translation>
    </message>
</context>
<context>
    <name>LinkedDocumentsWidget</name>
    <message>
        <source>Double-click to open the original</source>
        <translation>Двойной щелчок открывает оригинал</translation>
    </message>
    <message>
        <source>Add from library…</source>
        <translation>Добавить из библиотеки…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the original with the computer&apos;s viewer</source>
        <translation>Открыть оригинал программой просмотра на компьютере</translation>
    </message>
    <message>
        <source>(no longer in the library: %1)</source>
        <translation>(документа больше нет в библиотеке: %1)</translation>
    </message>
    <message>
        <source>No documents linked.</source>
        <translation>Документы не привязаны.</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Открытие документа</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>DD.MM.YYYY (empty: no date)</source>
        <translation>ДД.ММ.ГГГГ (пусто — без даты)</translation>
    </message>
    <message>
        <source>Type the date as 15.03.2024 or 2024-03-15; leave it empty if the document has no date.</source>
        <translation>Введите дату в виде 15.03.2024 или 2024-03-15; если у документа нет даты, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. budget, session 38</source>
        <translation>через запятую, например: бюджет, сессия 38</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем принят</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>Сохранить исправления</translation>
    </message>
    <message>
        <source>Corrected by hand; detected: %1</source>
        <translation>Исправлено вручную; распознано: %1</translation>
    </message>
    <message>
        <source>Detected (%1% sure)</source>
        <translation>Распознано (уверенность %1%)</translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation>В тексте не найдено</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>У документа должен быть заголовок.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as 15.03.2024 (day, month, year) or leave the field empty; nothing was saved.</source>
        <translation>«%1» — не дата. Введите дату в виде 15.03.2024 (день, месяц, год) или оставьте поле пустым; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Already linked</source>
        <translation>Уже привязан</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>текст OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>таблица OpenDocument (ODS)</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>обычный текст</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>таблица CSV</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>веб-страница</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>The file name ends in %1, but the file is really %2; it was read as %2.</source>
        <translation>Имя файла оканчивается на %1, но на самом деле это %2; файл прочитан как %2.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 cells; the rest was not read.</source>
        <translation>В книге больше %1 ячеек; остальные не прочитаны.</translation>
    </message>
    <message>
        <source>Some characters could not be decoded (%1).</source>
        <translation>Некоторые символы не удалось прочитать (%1).</translation>
    </message>
    <message>
        <source>Page %1: text recognition failed (%2).</source>
        <translation>Страница %1: текст не распознан (%2).</translation>
    </message>
    <message>
        <source>Tesseract has only the Kazakh data; install tesseract-ocr-rus as well.</source>
        <translation>У Tesseract есть только казахские данные; установите также tesseract-ocr-rus.</translation>
    </message>
    <message>
        <source>Tesseract has only the Russian data; install tesseract-ocr-kaz as well.</source>
        <translation>У Tesseract есть только русские данные; установите также tesseract-ocr-kaz.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) is not available: install Tesseract with the Kazakh and Russian data, then press &quot;Recognise text&quot;.</source>
        <translation>Распознавание текста недоступно: установите Tesseract с казахскими и русскими данными, затем нажмите «Распознать текст».</translation>
    </message>
    <message>
        <source>Text recognition was not run.</source>
        <translation>Распознавание текста не запускалось.</translation>
    </message>
    <message>
        <source>A document cannot be an earlier version of itself.</source>
        <translation>Документ не может быть предыдущей редакцией самого себя.</translation>
    </message>
    <message>
        <source>That document is already a later version of this one; linking them would make the versions go round in a circle.</source>
        <translation>Этот документ уже является более поздней редакцией данного; такая связь замкнула бы редакции в круг.</translation>
    </message>
    <message>
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <source>Choose a document in the list to see its pages and details, or drop files onto the window to import them.</source>
        <translation>Выберите документ в списке, чтобы увидеть его страницы и реквизиты, или перетащите файлы в окно, чтобы добавить их.</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <source>Recognise text</source>
        <translation>Распознать текст</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Mark as a new version of…</source>
        <translation>Отметить как новую редакцию документа…</translation>
    </message>
    <message>
        <source>Unlink from the earlier version</source>
        <translation>Отвязать от предыдущей редакции</translation>
    </message>
    <message>
        <source>Compare with the earlier version</source>
        <translation>Сравнить с предыдущей редакцией</translation>
    </message>
    <message>
        <source>Versions, oldest first:</source>
        <translation>Редакции, начиная с самой ранней:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>страниц: %1</translation>
    </message>
    <message>
        <source>Some pages are scanned images without text. Install Tesseract with the Kazakh and Russian data (tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus), then press &quot;Recognise text&quot;.</source>
        <translation>Некоторые страницы — сканы без текста. Установите Tesseract с казахскими и русскими данными (tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus), затем нажмите «Распознать текст».</translation>
    </message>
    <message>
        <source>Reading this file gave a warning:</source>
        <translation>При чтении файла есть предупреждение:</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Recognising text</source>
        <translation>Распознавание текста</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Удаление документа</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the library? The stored original is removed too.</source>
        <translation>Удалить «%1» из библиотеки? Сохранённый оригинал тоже будет удалён.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>%1 changed line(s)</source>
        <translation>Изменённых строк: %1</translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Тексты совпадают.</translation>
    </message>
</context>
<context>
    <name>VersionPicker</name>
    <message>
        <source>Earlier version</source>
        <translation>Предыдущая редакция</translation>
    </message>
    <message>
        <source>This document is a new version of:</source>
        <translation>Этот документ — новая редакция документа:</translation>
    </message>
    <message>
        <source>Search by title, number or text…</source>
        <translation>Поиск по заголовку, номеру или тексту…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Version label, e.g. v2 or adopted</source>
        <translation>Обозначение редакции, например: вторая или принято</translation>
    </message>
</context>
</TS>
