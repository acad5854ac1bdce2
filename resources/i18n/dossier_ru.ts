<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchiveSession</name>
    <message>
        <location filename="../../desktop_app/session.py" line="119"/>
        <source>No archive is open.</source>
        <translation>Архив не открыт.</translation>
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message>
        <location filename="../../desktop_app/widgets/document_menu.py" line="36"/>
        <source>Open Original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/document_menu.py" line="46"/>
        <source>Add to Collection</source>
        <translation>Добавить в коллекцию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/document_menu.py" line="54"/>
        <source>Remove from This Collection</source>
        <translation>Убрать из этой коллекции</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="200"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="200"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="200"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="200"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="201"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="201"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="201"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="201"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/document_table.py" line="234"/>
        <source>The text of this document is missing or unreadable.</source>
        <translation>Текст этого документа отсутствует или не читается.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../desktop_app/models/facets.py" line="27"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/facets.py" line="27"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/facets.py" line="27"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/facets.py" line="28"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reader/find_bar.py" line="24"/>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/find_bar.py" line="39"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/find_bar.py" line="41"/>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/find_bar.py" line="79"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/find_bar.py" line="86"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/find_bar.py" line="88"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="32"/>
        <source>Delete documents</source>
        <translation>Удаление документов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="33"/>
        <source>Delete %n document(s) from the archive? Their stored files, tags and notes are removed too. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n документ из архива? Его сохранённый файл, теги и заметки тоже будут удалены. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n документа из архива? Их сохранённые файлы, теги и заметки тоже будут удалены. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n документов из архива? Их сохранённые файлы, теги и заметки тоже будут удалены. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="54"/>
        <source>%n document(s) deleted.</source>
        <translation>
            <numerusform>Удалён %n документ.</numerusform>
            <numerusform>Удалено %n документа.</numerusform>
            <numerusform>Удалено %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="62"/>
        <source>Rebuilding the index…</source>
        <translation>Перестройка индекса…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="70"/>
        <source>Index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Индекс перестроен: %n документ.</numerusform>
            <numerusform>Индекс перестроен: %n документа.</numerusform>
            <numerusform>Индекс перестроен: %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="74"/>
        <source>Rebuilding the index was cancelled; run it again to finish.</source>
        <translation>Перестройка индекса отменена; запустите её снова, чтобы завершить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="82"/>
        <source>Checking the archive…</source>
        <translation>Проверка архива…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="88"/>
        <source>%n document(s) checked.</source>
        <translation>
            <numerusform>Проверен %n документ.</numerusform>
            <numerusform>Проверено %n документа.</numerusform>
            <numerusform>Проверено %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="90"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="91"/>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="92"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="94"/>
        <source>Check archive</source>
        <translation>Проверка архива</translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="99"/>
        <source>Open archive folder</source>
        <translation>Открыть папку архива</translation>
    </message>
    <message>
        <location filename="../../desktop_app/housekeeping.py" line="106"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop_app/importing.py" line="77"/>
        <source>Importing %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/importing.py" line="121"/>
        <source>Password needed</source>
        <translation>Нужен пароль</translation>
    </message>
    <message>
        <location filename="../../desktop_app/importing.py" line="122"/>
        <source>“%1” is protected by a password. Enter it to import the file:</source>
        <translation>Файл «%1» защищён паролем. Введите пароль, чтобы импортировать его:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="41"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="74"/>
        <source>Imported: %1</source>
        <translation>Импортирован: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="77"/>
        <source>Already in the archive: %1</source>
        <translation>Уже в архиве: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="79"/>
        <source>Failed: %1 — %2</source>
        <translation>Ошибка: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="91"/>
        <source>%1 imported, %2 duplicates, %3 failed</source>
        <translation>Импортировано: %1, дубликатов: %2, ошибок: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="95"/>
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="98"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/import_panel.py" line="105"/>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
</context>
<context>
    <name>LibraryTable</name>
    <message>
        <location filename="../../desktop_app/widgets/tables.py" line="108"/>
        <source>No documents here yet.
Drop files or folders on this window, or use Import Files (Ctrl+I).</source>
        <translation>Здесь пока нет документов.
Перетащите файлы или папки в это окно или выберите «Импорт файлов» (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/widgets/main_window.py" line="82"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/main_window.py" line="149"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/main_window.py" line="161"/>
        <source>Archive opened.</source>
        <translation>Архив открыт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/main_window.py" line="166"/>
        <source>The archive in %1 could not be opened: %2</source>
        <translation>Не удалось открыть архив в %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/main_window.py" line="290"/>
        <source>The language changes when Dossier restarts.</source>
        <translation>Язык сменится после перезапуска Dossier.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop_app/widgets/note_editor.py" line="30"/>
        <source>Notes in Markdown: **bold**, *italic*, - lists…</source>
        <translation>Заметки в Markdown: **жирный**, *курсив*, - списки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/note_editor.py" line="41"/>
        <location filename="../../desktop_app/widgets/note_editor.py" line="108"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/note_editor.py" line="42"/>
        <source>Switch between editing and previewing the note</source>
        <translation>Переключиться между редактированием и просмотром заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/note_editor.py" line="89"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/note_editor.py" line="100"/>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/note_editor.py" line="108"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../desktop_app/reader/page_list.py" line="64"/>
        <source>Page {0}</source>
        <translation>Страница {0}</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../desktop_app/reader/pdf_view.py" line="76"/>
        <source>This page could not be displayed.</source>
        <translation>Не удалось показать эту страницу.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="103"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="105"/>
        <source>Show page thumbnails</source>
        <translation>Показать миниатюры страниц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="107"/>
        <source>Zoom Out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="109"/>
        <source>Zoom In</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="111"/>
        <source>Fit Width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="113"/>
        <source>Fit Page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="118"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="129"/>
        <source>Open Original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="131"/>
        <source>Open the original file in another application</source>
        <translation>Открыть исходный файл в другой программе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="134"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="136"/>
        <source>Find Next</source>
        <translation>Найти далее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="137"/>
        <source>Find Previous</source>
        <translation>Найти предыдущее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="178"/>
        <source>No document is open.</source>
        <translation>Документ не открыт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="257"/>
        <source> / {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="277"/>
        <source>The stored file is missing:
{0}</source>
        <translation>Сохранённый файл отсутствует:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="278"/>
        <source>This PDF is protected by a password, so it cannot be shown here.
Use “Open Original” to read it in another application.</source>
        <translation>Этот PDF защищён паролем, поэтому его нельзя показать здесь.
Нажмите «Открыть оригинал», чтобы прочитать его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="281"/>
        <source>This PDF has no pages.</source>
        <translation>В этом PDF нет страниц.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="284"/>
        <source>This file could not be read: it may be damaged or not a PDF.
Use “Open Original” to try another application.</source>
        <translation>Не удалось прочитать файл: возможно, он повреждён или это не PDF.
Нажмите «Открыть оригинал», чтобы попробовать другую программу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reader/pane.py" line="300"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>ReaderSlot</name>
    <message>
        <location filename="../../desktop_app/widgets/reader_slot.py" line="22"/>
        <source>The reader is not available.</source>
        <translation>Просмотр документов недоступен.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop_app/widgets/results_panel.py" line="38"/>
        <source>Show more results</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/results_panel.py" line="71"/>
        <source>Tick values to narrow the results</source>
        <translation>Отметьте значения, чтобы сузить результаты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/results_panel.py" line="81"/>
        <source>No documents match.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/results_panel.py" line="83"/>
        <source>Showing %1 of %n matching documents</source>
        <translation>
            <numerusform>Показано %1 из %n найденного документа</numerusform>
            <numerusform>Показано %1 из %n найденных документов</numerusform>
            <numerusform>Показано %1 из %n найденных документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/results_panel.py" line="86"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>Найден %n документ</numerusform>
            <numerusform>Найдено %n документа</numerusform>
            <numerusform>Найдено %n документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop_app/widgets/search_bar.py" line="38"/>
        <source>Search (Ctrl+F): words, &quot;a phrase&quot;, kind:pdf, lang:ru, tag:…</source>
        <translation>Поиск (Ctrl+F): слова, &quot;фраза&quot;, kind:pdf, lang:ru, tag:…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/search_bar.py" line="42"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop_app/searching.py" line="109"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/searching.py" line="110"/>
        <source>Name for the search “%1”:</source>
        <translation>Название для поиска «%1»:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop_app/models/results.py" line="52"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/results.py" line="52"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/results.py" line="52"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/results.py" line="52"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/results.py" line="53"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/results.py" line="79"/>
        <source>Pages with hits: %s</source>
        <translation>Страницы с совпадениями: %s</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="45"/>
        <source>Select a document to see and edit its details.</source>
        <translation>Выберите документ, чтобы посмотреть и изменить его данные.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="70"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="70"/>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="71"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="71"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="72"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="79"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="80"/>
        <source>e.g. en, ru, uz</source>
        <translation>например, en, ru, uz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="84"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="89"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="92"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/side_panel.py" line="127"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/side_panel.py" line="131"/>
        <source>Needs attention: its text is missing or unreadable.</source>
        <translation>Требует внимания: текст отсутствует или не читается.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../desktop_app/models/sidebar.py" line="69"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/sidebar.py" line="71"/>
        <source>Recently added</source>
        <translation>Недавно добавленные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/sidebar.py" line="73"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/sidebar.py" line="80"/>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/sidebar.py" line="87"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/models/sidebar.py" line="99"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="178"/>
        <source>New collection…</source>
        <translation>Новая коллекция…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="181"/>
        <source>Rename collection…</source>
        <translation>Переименовать коллекцию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="183"/>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="209"/>
        <source>Delete collection</source>
        <translation>Удалить коллекцию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="187"/>
        <source>Delete saved search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="194"/>
        <source>New collection</source>
        <translation>Новая коллекция</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="194"/>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="200"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="200"/>
        <source>Rename collection</source>
        <translation>Переименование коллекции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="210"/>
        <source>Delete the collection “%1”? Its documents stay in the archive.</source>
        <translation>Удалить коллекцию «%1»? Её документы останутся в архиве.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/sidebar_pane.py" line="241"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>SnippetDelegate</name>
    <message>
        <location filename="../../desktop_app/widgets/snippet_delegate.py" line="88"/>
        <source>p. %1</source>
        <translation>с. %1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../desktop_app/widgets/tag_editor.py" line="37"/>
        <source>Add a tag, e.g. Region/Central Asia</source>
        <translation>Новый тег, например Регион/Центральная Азия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/tag_editor.py" line="46"/>
        <source>Remove the selected tags (Delete)</source>
        <translation>Удалить выбранные теги (Delete)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_app/tasks.py" line="26"/>
        <source>Something went wrong; details are in the log.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../desktop_app/widgets/task_status.py" line="20"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../desktop_app/reader/text_view.py" line="132"/>
        <source>— Page {0} —</source>
        <translation>— Страница {0} —</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="19"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="20"/>
        <source>Import files into the archive</source>
        <translation>Импортировать файлы в архив</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="21"/>
        <source>Import &amp;Folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="23"/>
        <source>Import every document in a folder</source>
        <translation>Импортировать все документы из папки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="24"/>
        <source>S&amp;witch Archive…</source>
        <translation>&amp;Сменить архив…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="26"/>
        <source>Open another archive folder</source>
        <translation>Открыть другую папку архива</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="27"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="28"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="29"/>
        <source>Search the archive</source>
        <translation>Искать в архиве</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="32"/>
        <source>&amp;Delete Documents…</source>
        <translation>&amp;Удалить документы…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="34"/>
        <source>Delete the selected documents</source>
        <translation>Удалить выбранные документы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="36"/>
        <source>&amp;New Collection…</source>
        <translation>&amp;Новая коллекция…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="38"/>
        <source>&amp;Rebuild Index</source>
        <translation>&amp;Перестроить индекс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="39"/>
        <source>Rebuild the search index from the database</source>
        <translation>Заново построить поисковый индекс по базе данных</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="40"/>
        <source>&amp;Check Archive</source>
        <translation>Про&amp;верить архив</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="41"/>
        <source>Verify the database, stored files and index</source>
        <translation>Проверить базу данных, сохранённые файлы и индекс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="42"/>
        <source>Import &amp;Panel</source>
        <translation>Панель &amp;импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="57"/>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="79"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="81"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="83"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="86"/>
        <source>Takes effect when Dossier restarts</source>
        <translation>Вступит в силу после перезапуска Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="88"/>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/window_actions.py" line="93"/>
        <source>Main Toolbar</source>
        <translation>Основная панель</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../desktop_app/widgets/layout.py" line="108"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/layout.py" line="109"/>
        <source>Documents (*.pdf *.html *.htm *.txt *.md *.docx);;All files (*)</source>
        <translation>Документы (*.pdf *.html *.htm *.txt *.md *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/layout.py" line="116"/>
        <source>Import folder</source>
        <translation>Импорт папки</translation>
    </message>
</context>
</TS>
