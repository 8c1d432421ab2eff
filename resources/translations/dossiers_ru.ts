<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>DossiersArea</name>
    <message>
      <source>Dossiers, exchange and backups</source>
      <translation>Досье, обмен и резервные копии</translation>
    </message>
    <message>
      <source>Bundle documents into one numbered PDF; exchange data with other laptops through a file; keep backups.</source>
      <translation>Сборка документов в один пронумерованный PDF; обмен данными с другими ноутбуками через файл; резервные копии.</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Досье</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>Обмен</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Резервные копии</translation>
    </message>
  </context>
  <context>
    <name>DossiersPage</name>
    <message>
      <source>New dossier</source>
      <translation>Новое досье</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Session, agenda item or hearing</source>
      <translation>Сессия, вопрос повестки дня или слушания</translation>
    </message>
    <message>
      <source>Draft: print “ЖОБА / ПРОЕКТ” on every page</source>
      <translation>Проект: печатать «ЖОБА / ПРОЕКТ» на каждой странице</translation>
    </message>
    <message>
      <source>Add the open follow-up items as an annex</source>
      <translation>Приложить перечень неисполненных рекомендаций и запросов</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Purpose:</source>
      <translation>Назначение:</translation>
    </message>
    <message>
      <source>Date on the cover:</source>
      <translation>Дата на обложке:</translation>
    </message>
    <message>
      <source>Documents in print order (drag to reorder):</source>
      <translation>Документы в порядке печати (перетащите, чтобы изменить порядок):</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Добавить файлы…</translation>
    </message>
    <message>
      <source>Add from library…</source>
      <translation>Добавить из библиотеки…</translation>
    </message>
    <message>
      <source>Search the library and add the chosen documents in order</source>
      <translation>Найти в библиотеке и добавить выбранные документы по порядку</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Убрать</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <source>Record as the issued version</source>
      <translation>Сохранить как выпущенную версию</translation>
    </message>
    <message>
      <source>Later compiles mark the documents added or replaced since this one.</source>
      <translation>При следующих сборках будут отмечены документы, добавленные или заменённые после этой версии.</translation>
    </message>
    <message>
      <source>Compile PDF…</source>
      <translation>Собрать PDF…</translation>
    </message>
    <message>
      <source>Open PDF</source>
      <translation>Открыть PDF</translation>
    </message>
    <message>
      <source>Last issued version: %1, %2 pages.</source>
      <translation>Последняя выпущенная версия: %1, страниц: %2.</translation>
    </message>
    <message>
      <source>Not issued yet.</source>
      <translation>Ещё не выпускалось.</translation>
    </message>
    <message>
      <source>Creating a dossier</source>
      <translation>Создание досье</translation>
    </message>
    <message>
      <source>Delete dossier</source>
      <translation>Удалить досье</translation>
    </message>
    <message>
      <source>Delete this dossier? The documents stay in the workspace.</source>
      <translation>Удалить это досье? Документы останутся в рабочей папке.</translation>
    </message>
    <message>
      <source>Untitled dossier</source>
      <translation>Досье без названия</translation>
    </message>
    <message>
      <source>Add documents to the dossier</source>
      <translation>Добавить документы в досье</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx *.xlsx *.txt *.md);;All files (*)</source>
      <translation>Документы (*.pdf *.docx *.xlsx *.txt *.md);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Adding documents</source>
      <translation>Добавление документов</translation>
    </message>
    <message>
      <source>Some files were not added</source>
      <translation>Некоторые файлы не добавлены</translation>
    </message>
    <message>
      <source>Add documents from the library</source>
      <translation>Добавление документов из библиотеки</translation>
    </message>
    <message>
      <source>Some documents were not added</source>
      <translation>Некоторые документы не добавлены</translation>
    </message>
    <message>
      <source>Added to the dossier: %1 document(s).</source>
      <translation>Добавлено в досье документов: %1.</translation>
    </message>
    <message>
      <source>Already in it: %1.</source>
      <translation>Уже были в досье: %1.</translation>
    </message>
    <message>
      <source>Compile PDF</source>
      <translation>Собрать PDF</translation>
    </message>
    <message>
      <source>Add documents to the dossier first.</source>
      <translation>Сначала добавьте документы в досье.</translation>
    </message>
    <message>
      <source>Save the dossier as</source>
      <translation>Сохранить досье как</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Compiling the dossier</source>
      <translation>Сборка досье</translation>
    </message>
    <message>
      <source>%1 pages written to %2.</source>
      <translation>Страниц: %1, сохранено в %2.</translation>
    </message>
    <message>
      <source>Changed since the issued version: %1.</source>
      <translation>Изменено после выпущенной версии: %1.</translation>
    </message>
    <message>
      <source>Nothing changed since the issued version.</source>
      <translation>После выпущенной версии ничего не изменилось.</translation>
    </message>
    <message>
      <source>Not included: %1</source>
      <translation>Не включено: %1</translation>
    </message>
    <message>
      <source>Compiling was cancelled; no file was written.</source>
      <translation>Сборка отменена; файл не записан.</translation>
    </message>
    <message>
      <source>The dossier could not be compiled: %1</source>
      <translation>Досье не удалось собрать: %1</translation>
    </message>
  </context>
</TS>