<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../annotating.py" line="65" />
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <location filename="../../annotating.py" line="75" />
        <source>Show the marks of the open document</source>
        <translation>Показать пометки открытого документа</translation>
    </message>
    <message>
        <location filename="../../annotating.py" line="179" />
        <source>Edit Comment</source>
        <translation>Изменить комментарий</translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../../models/annotations.py" line="49" />
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <location filename="../../models/annotations.py" line="49" />
        <source>Underline</source>
        <translation>Подчёркивание</translation>
    </message>
    <message>
        <location filename="../../models/annotations.py" line="50" />
        <source>Strike-through</source>
        <translation>Зачёркивание</translation>
    </message>
    <message>
        <location filename="../../models/annotations.py" line="50" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../models/annotations.py" line="70" />
        <source>p. %1 · %2</source>
        <translation>с. %1 · %2</translation>
    </message>
    <message>
        <location filename="../../models/annotations.py" line="73" />
        <source>Orphaned · %1</source>
        <translation>Без привязки · %1</translation>
    </message>
    <message>
        <location filename="../../models/annotations.py" line="75" />
        <source>%1 · by %2</source>
        <translation>%1 · автор: %2</translation>
    </message>
    <message>
        <location filename="../../models/annotations.py" line="78" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="50" />
        <source>Delete Mark</source>
        <translation>Удалить пометку</translation>
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="52" />
        <source>Undo Delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="55" />
        <source>Edit Comment…</source>
        <translation>Изменить комментарий…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/annotations_panel.py" line="96" />
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n пометка</numerusform>
            <numerusform>%n пометки</numerusform>
            <numerusform>%n пометок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="97" />
        <source>Select text in the reader to mark it.</source>
        <translation>Выделите текст в документе, чтобы сделать пометку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/annotations_panel.py" line="99" />
        <source>(%n orphaned)</source>
        <translation>
            <numerusform>(%n без привязки)</numerusform>
            <numerusform>(%n без привязки)</numerusform>
            <numerusform>(%n без привязки)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="151" />
        <source>Go to Mark</source>
        <translation>Перейти к пометке</translation>
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="153" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../reader/annotator.py" line="249" />
        <source>Add Note Here…</source>
        <translation>Добавить заметку здесь…</translation>
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="291" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="303" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="318" />
        <source>“%1” (%2, p. %3)</source>
        <translation>«%1» (%2, с. %3)</translation>
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="320" />
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
</context>
<context>
    <name>ArchiveSession</name>
    <message>
        <location filename="../../session.py" line="151" />
        <source>No archive is open.</source>
        <translation>Архив не открыт.</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../attention.py" line="17" />
        <source>no text: a scan or an empty file</source>
        <translation>нет текста: скан или пустой файл</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="19" />
        <source>unreadable text layer: its letters do not decode to words</source>
        <translation>нечитаемый текстовый слой: буквы не складываются в слова</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="27" />
        <source>no text</source>
        <translation>нет текста</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="29" />
        <source>broken text layer</source>
        <translation>испорченный текстовый слой</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="36" />
        <source>Search cannot find its words. Recognise its text (OCR), or read the original again if it was replaced.</source>
        <translation>Поиск не находит его слов. Распознайте текст (OCR) или прочитайте оригинал заново, если его заменили.</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="40" />
        <source>Search cannot find its words: the PDF's text layer is broken. Repair Text rebuilds it, or reads the page images where it cannot.</source>
        <translation>Поиск не находит его слов: текстовый слой PDF испорчен. «Исправить текст» восстановит его, а где это невозможно — прочитает изображения страниц.</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="50" />
        <source>Repair Text</source>
        <translation>Исправить текст</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="51" />
        <source>Recognise Text (OCR)</source>
        <translation>Распознать текст (OCR)</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="57" />
        <source>locked by a password</source>
        <translation>защищён паролем</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="58" />
        <source>damaged: it cannot be read</source>
        <translation>повреждён: не читается</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="64" />
        <source>Not imported yet. Enter its password to import it.</source>
        <translation>Ещё не импортирован. Введите пароль, чтобы импортировать его.</translation>
    </message>
    <message>
        <location filename="../../attention.py" line="66" />
        <source>Not imported. Repair the file or get a sound copy, then try again.</source>
        <translation>Не импортирован. Восстановите файл или найдите неповреждённую копию и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>AttentionBar</name>
    <message>
        <location filename="../../widgets/attention_bar.py" line="40" />
        <source>Read Again</source>
        <translation>Прочитать заново</translation>
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="42" />
        <source>Read the stored original again and re-index it; marks are kept</source>
        <translation>Заново прочитать сохранённый оригинал и переиндексировать его; пометки сохраняются</translation>
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="45" />
        <source>Recognise Text (OCR)</source>
        <translation>Распознать текст (OCR)</translation>
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="47" />
        <source>Read the words from the page images</source>
        <translation>Распознать слова по изображениям страниц</translation>
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="70" />
        <source>This document needs attention — %1. %2</source>
        <translation>Этот документ требует внимания — %1. %2</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="66" />
        <source>Import Bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="69" />
        <source>Importing the bundle “%1”…</source>
        <translation>Импорт пакета «%1»…</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="88" />
        <source>Changed in both archives (the newer version was kept):</source>
        <translation>Изменено в обоих архивах (сохранена более новая версия):</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="91" />
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="92" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="137" />
        <source>The bundle “%1” was imported.</source>
        <translation>Пакет «%1» импортирован.</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="143" />
        <source>Nothing new: this archive already holds everything in the bundle.</source>
        <translation>Ничего нового: в этом архиве уже есть всё, что содержит пакет.</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="146" />
        <source>Records added: %1. Records updated: %2.</source>
        <translation>Добавлено записей: %1. Обновлено записей: %2.</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="161" />
        <source>The bundle “%1” was not imported.</source>
        <translation>Пакет «%1» не импортирован.</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="170" />
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="171" />
        <source>Nothing was imported from “%1”.</source>
        <translation>Из «%1» ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="178" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="47" />
        <source>Annotation on “%1”</source>
        <translation>Аннотация в «%1»</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="34" />
        <source>Annotations updated:</source>
        <translation>Обновлено аннотаций:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="37" />
        <source>Collections updated:</source>
        <translation>Обновлено коллекций:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="26" />
        <source>Documents already here:</source>
        <translation>Документов уже в архиве:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="28" />
        <source>Documents given missing details:</source>
        <translation>Документов с дополненными сведениями:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="33" />
        <source>New annotations:</source>
        <translation>Новых аннотаций:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="36" />
        <source>New collections:</source>
        <translation>Новых коллекций:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="25" />
        <source>New documents:</source>
        <translation>Новых документов:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="31" />
        <source>New notes:</source>
        <translation>Новых заметок:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="30" />
        <source>New tags:</source>
        <translation>Новых тегов:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="45" />
        <source>Note on “%1”</source>
        <translation>Заметка к «%1»</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="32" />
        <source>Notes updated:</source>
        <translation>Обновлено заметок:</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="49" />
        <source>the bundle's version was kept (it was newer)</source>
        <translation>сохранена версия из пакета (она новее)</translation>
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="52" />
        <source>this archive's version was kept (it was newer)</source>
        <translation>сохранена версия из этого архива (она новее)</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <location filename="../../bundles.py" line="48" />
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../bundles.py" line="49" />
        <source>Dossier bundles (*.dossier)</source>
        <translation>Пакеты Dossier (*.dossier)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../reader/comment_dialog.py" line="29" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../reader/comment_dialog.py" line="35" />
        <source>Your comment</source>
        <translation>Ваш комментарий</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../messages.py" line="31" />
        <source>needs a password</source>
        <translation>нужен пароль</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="33" />
        <source>the password is wrong</source>
        <translation>пароль неверный</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="35" />
        <location filename="../../messages.py" line="37" />
        <source>a damaged PDF: no page could be read</source>
        <translation>повреждённый PDF: ни одну страницу не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="39" />
        <source>a damaged PDF that cannot be read</source>
        <translation>повреждённый PDF, прочитать его нельзя</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="41" />
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="43" />
        <source>not a PDF file, although its name says so</source>
        <translation>это не PDF, хотя имя файла говорит обратное</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="45" />
        <location filename="../../messages.py" line="51" />
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="47" />
        <source>the file does not exist</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="49" />
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="53" />
        <source>a copy of “%1”, which failed</source>
        <translation>копия «%1», который не удалось импортировать</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="56" />
        <source>a damaged Word document</source>
        <translation>повреждённый документ Word</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="58" />
        <source>a Word document with a password, which Dossier cannot open</source>
        <translation>документ Word с паролем: Dossier не может его открыть</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="61" />
        <source>an old Word document (.doc): save it as .docx to import it</source>
        <translation>старый документ Word (.doc): сохраните его как .docx, чтобы импортировать</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="64" />
        <source>empty: there is no web page in it</source>
        <translation>пустой файл: веб-страницы в нём нет</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="66" />
        <source>not a readable web page</source>
        <translation>не читается как веб-страница</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="68" />
        <source>not a format Dossier reads (PDF, HTML, text, Markdown, DOCX)</source>
        <translation>Dossier не читает этот формат (читает PDF, HTML, текст, Markdown, DOCX)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="71" />
        <source>needs more memory to read than allowed</source>
        <translation>для чтения нужно больше памяти, чем разрешено</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="73" />
        <source>reading it took longer than %1 s and was stopped</source>
        <translation>чтение заняло больше %1 с и было остановлено</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="76" />
        <source>the reader crashed on it</source>
        <translation>программа чтения на нём аварийно завершилась</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="78" />
        <source>a binary file, not text</source>
        <translation>двоичный файл, а не текст</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="86" />
        <source>Type something to search for.</source>
        <translation>Введите, что искать.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="88" />
        <source>The query has a quotation mark that is not closed.</source>
        <translation>В запросе не закрыта кавычка.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="90" />
        <source>The query has an unmatched parenthesis.</source>
        <translation>В запросе непарная круглая скобка.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="92" />
        <source>The query has nothing to search for: type a word.</source>
        <translation>В запросе нечего искать: введите слово.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="94" />
        <source>Ranges work on date: and year: only, as in year:[2020 TO 2023].</source>
        <translation>Диапазоны работают только для date: и year:, например year:[2020 TO 2023].</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="96" />
        <source>“%1”: a wildcard needs at least one letter before it, as in negotiat*.</source>
        <translation>«%1»: перед подстановочным знаком нужна хотя бы одна буква, например negotiat*.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98" />
        <source>“%1” is not a date; write a year, 2023-06 or 2023-06-19.</source>
        <translation>«%1» — не дата; укажите год, 2023-06 или 2023-06-19.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="100" />
        <source>The query nests brackets more than %1 deep.</source>
        <translation>В запросе больше %1 уровней вложенных скобок.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="102" />
        <source>The query only excludes words; add a word to search for.</source>
        <translation>Запрос только исключает слова; добавьте слово для поиска.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="104" />
        <source>This search took too long and was stopped; try fewer or less common words, or a longer prefix.</source>
        <translation>Поиск шёл слишком долго и был остановлен; попробуйте меньше слов, более редкие слова или более длинное начало слова.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="106" />
        <source>This note was changed by someone else while you were editing it; your text was not saved over theirs: compare both and save again.</source>
        <translation>Эту заметку изменил кто-то другой, пока вы её правили; ваш текст не записан поверх их текста: сравните оба и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="108" />
        <source>Another Dossier is writing to this archive; this will start when it has finished.</source>
        <translation>В этот архив сейчас пишет другой Dossier; действие начнётся, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="110" />
        <source>The query has an unmatched bracket.</source>
        <translation>В запросе непарная квадратная скобка.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="112" />
        <source>There is no field “%1”; the fields are: %2.</source>
        <translation>Поля «%1» нет; есть поля: %2.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="115" />
        <source>“%1:” needs something to search for after the colon.</source>
        <translation>После «%1:» нужно указать, что искать.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="118" />
        <source>“%1” is not a country Dossier knows; try its English name or its two-letter code.</source>
        <translation>Dossier не знает страну «%1»; попробуйте её английское название или двухбуквенный код.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="123" />
        <source>The query “%1” could not be understood.</source>
        <translation>Запрос «%1» непонятен.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="127" />
        <source>It no longer exists: it may have been deleted.</source>
        <translation>Этого больше нет: возможно, это удалили.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="129" />
        <source>The document has no page %1.</source>
        <translation>В документе нет страницы %1.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="131" />
        <source>A document needs a title.</source>
        <translation>У документа должно быть название.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="133" />
        <source>The archive database could not be written.</source>
        <translation>Не удалось записать базу данных архива.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="159" />
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../date_names.py" line="39" />
        <source>from the text, page %1</source>
        <translation>из текста, стр. %1</translation>
    </message>
    <message>
        <location filename="../../date_names.py" line="41" />
        <source>from the file name</source>
        <translation>из имени файла</translation>
    </message>
    <message>
        <location filename="../../date_names.py" line="44" />
        <source>from the PDF’s metadata (when the file was made)</source>
        <translation>из метаданных PDF (когда создан файл)</translation>
    </message>
    <message>
        <location filename="../../date_names.py" line="46" />
        <source>from the file’s own date field</source>
        <translation>из поля даты в самом файле</translation>
    </message>
    <message>
        <location filename="../../date_names.py" line="48" />
        <source>set by you</source>
        <translation>указана вами</translation>
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message>
        <location filename="../../widgets/document_menu.py" line="47" />
        <source>Open Original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="49" />
        <source>Similar Documents</source>
        <translation>Похожие документы</translation>
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="55" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="63" />
        <source>Add to Collection</source>
        <translation>Добавить в коллекцию</translation>
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="71" />
        <source>Remove from This Collection</source>
        <translation>Убрать из этой коллекции</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../widgets/export_dialog.py" line="49" />
        <location filename="../../widgets/export_dialog.py" line="71" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="54" />
        <source>Export %1</source>
        <translation>Экспорт %1</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="64" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="72" />
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="73" />
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="74" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="113" />
        <source>Formats (tick one or more):</source>
        <translation>Форматы (отметьте один или несколько):</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="149" />
        <source>Save into the folder (files are named after the selection):</source>
        <translation>Сохранить в папку (имена файлов берутся из названия выборки):</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="151" />
        <source>Save the files into the folder:</source>
        <translation>Сохранить файлы в папку:</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="153" />
        <source>Save to the file:</source>
        <translation>Сохранить в файл:</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="165" />
        <source>Export to folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="168" />
        <source>Export to file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_dialog.py" line="90" />
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n выбранного документа</numerusform>
            <numerusform>%n выбранных документов</numerusform>
            <numerusform>%n выбранных документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="89" />
        <source>every result of the search “%1”</source>
        <translation>всех результатов поиска «%1»</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="85" />
        <source>the collection “%1”</source>
        <translation>коллекции «%1»</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="87" />
        <source>the documents tagged “%1”</source>
        <translation>документов с тегом «%1»</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../widgets/export_formats.py" line="31" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="14" />
        <source>Annotated PDFs (a folder)</source>
        <translation>PDF с аннотациями (папка)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="17" />
        <source>Annotations (W3C JSON)</source>
        <translation>Аннотации (W3C JSON)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="19" />
        <source>Citations (BibTeX)</source>
        <translation>Библиография (BibTeX)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="20" />
        <source>Citations (CSL-JSON)</source>
        <translation>Библиография (CSL-JSON)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="18" />
        <source>Citations (RIS)</source>
        <translation>Библиография (RIS)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="21" />
        <source>Dossier bundle, to merge into another archive</source>
        <translation>Пакет Dossier для объединения с другим архивом</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="15" />
        <source>Markdown notes (a folder)</source>
        <translation>Заметки в Markdown (папка)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="12" />
        <source>Report (HTML)</source>
        <translation>Отчёт (HTML)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="13" />
        <source>Report (PDF)</source>
        <translation>Отчёт (PDF)</translation>
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="16" />
        <source>Spreadsheet (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../widgets/export_summary.py" line="48" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="66" />
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="69" />
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… и ещё %n файл</numerusform>
            <numerusform>… и ещё %n файла</numerusform>
            <numerusform>… и ещё %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="72" />
        <source>Skipped “%1”: %2</source>
        <translation>Пропущен документ «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="76" />
        <source>%1 was not written: %2</source>
        <translation>%1 — ошибка записи: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="83" />
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>Записан %n файл.</numerusform>
            <numerusform>Записано %n файла.</numerusform>
            <numerusform>Записано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="85" />
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="88" />
        <source>Export finished: %n document(s),</source>
        <translation>
            <numerusform>Экспорт завершён (%n документ).</numerusform>
            <numerusform>Экспорт завершён (%n документа).</numerusform>
            <numerusform>Экспорт завершён (%n документов).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="90" />
        <source>%n document(s) skipped.</source>
        <translation>
            <numerusform>Пропущен %n документ.</numerusform>
            <numerusform>Пропущено %n документа.</numerusform>
            <numerusform>Пропущено %n документов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../models/facets.py" line="32" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../models/facets.py" line="32" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../models/facets.py" line="32" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../models/facets.py" line="33" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../models/facets.py" line="33" />
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
</context>
<context>
    <name>FailuresPanel</name>
    <message>
        <location filename="../../widgets/failures_panel.py" line="49" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="49" />
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="49" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="56" />
        <source>Enter Password…</source>
        <translation>Ввести пароль…</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="57" />
        <source>Type the password of the selected locked files and import them</source>
        <translation>Ввести пароль выбранных защищённых файлов и импортировать их</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="59" />
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="60" />
        <source>Import the selected files again (after repairing or replacing them)</source>
        <translation>Импортировать выбранные файлы снова (после восстановления или замены)</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="62" />
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="63" />
        <source>Stop listing the selected files here; the files themselves are not touched</source>
        <translation>Больше не показывать выбранные файлы здесь; сами файлы не затрагиваются</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/failures_panel.py" line="110" />
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n файл не удалось импортировать:</numerusform>
            <numerusform>%n файла не удалось импортировать:</numerusform>
            <numerusform>%n файлов не удалось импортировать:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/find_bar.py" line="24" />
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="39" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="41" />
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="79" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="86" />
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="88" />
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <location filename="../../housekeeping.py" line="38" />
        <source>Delete documents</source>
        <translation>Удаление документов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="39" />
        <source>Delete %n document(s) from the archive? Their stored files, tags and notes are removed too. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n документ из архива? Его сохранённый файл, теги и заметки тоже будут удалены. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n документа из архива? Их сохранённые файлы, теги и заметки тоже будут удалены. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n документов из архива? Их сохранённые файлы, теги и заметки тоже будут удалены. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="58" />
        <source>%n document(s) deleted.</source>
        <translation>
            <numerusform>Удалён %n документ.</numerusform>
            <numerusform>Удалено %n документа.</numerusform>
            <numerusform>Удалено %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="66" />
        <source>Rebuilding the index…</source>
        <translation>Перестройка индекса…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="73" />
        <source>Index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Индекс перестроен: %n документ.</numerusform>
            <numerusform>Индекс перестроен: %n документа.</numerusform>
            <numerusform>Индекс перестроен: %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="77" />
        <source>Rebuilding the index was cancelled; run it again to finish.</source>
        <translation>Перестройка индекса отменена; запустите её снова, чтобы завершить.</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="86" />
        <source>Finding dates in the documents’ text…</source>
        <translation>Поиск дат в тексте документов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="101" />
        <source>%n document(s) got a date from their text.</source>
        <translation>
            <numerusform>%n документ получил дату из своего текста.</numerusform>
            <numerusform>%n документа получили дату из своего текста.</numerusform>
            <numerusform>%n документов получили дату из своего текста.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="109" />
        <source>Checking the archive…</source>
        <translation>Проверка архива…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="115" />
        <source>%n document(s) checked.</source>
        <translation>
            <numerusform>Проверен %n документ.</numerusform>
            <numerusform>Проверено %n документа.</numerusform>
            <numerusform>Проверено %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="117" />
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="118" />
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="119" />
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="121" />
        <source>Check archive</source>
        <translation>Проверка архива</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="128" />
        <location filename="../../housekeeping.py" line="137" />
        <source>Open Team Archive</source>
        <translation>Открыть командный архив</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="129" />
        <source>The team archive's address, e.g. postgresql://anna@server/dossier?files=/mnt/share/dossier
(the password comes from ~/.pgpass or $PGPASSWORD):</source>
        <translation>Адрес командного архива, например postgresql://anna@server/dossier?files=/mnt/share/dossier
(пароль берётся из ~/.pgpass или $PGPASSWORD):</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="138" />
        <source>A team archive's address starts with postgresql://.</source>
        <translation>Адрес командного архива начинается с postgresql://.</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="146" />
        <source>Open archive folder</source>
        <translation>Открыть папку архива</translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="153" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../importing.py" line="90" />
        <source>Importing %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../importing.py" line="170" />
        <source>%n file(s) are protected by a password: %1.
Enter the password to try on each of them:</source>
        <translation>
            <numerusform>%n файл защищён паролем: %1.
Введите пароль, чтобы попробовать его на каждом:</numerusform>
            <numerusform>%n файла защищены паролем: %1.
Введите пароль, чтобы попробовать его на каждом:</numerusform>
            <numerusform>%n файлов защищены паролем: %1.
Введите пароль, чтобы попробовать его на каждом:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../importing.py" line="190" />
        <source>The password was not right for “%1”. Enter its password:</source>
        <translation>Пароль не подошёл к «%1». Введите его пароль:</translation>
    </message>
    <message>
        <location filename="../../importing.py" line="192" />
        <source>“%1” is protected by a password. Enter it to import the file:</source>
        <translation>Файл «%1» защищён паролем. Введите пароль, чтобы импортировать его:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../widgets/import_panel.py" line="49" />
        <location filename="../../widgets/import_panel.py" line="202" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="52" />
        <source>Show every file of the import and why any failed</source>
        <translation>Показать каждый файл импорта и причину каждой ошибки</translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="54" />
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="130" />
        <source>Imported: %1</source>
        <translation>Импортирован: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="133" />
        <source>Lost original put back: %1</source>
        <translation>Утерянный оригинал восстановлен: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="136" />
        <source>Already in the archive: %1</source>
        <translation>Уже в архиве: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="139" />
        <source>Failed: %1 — %2</source>
        <translation>Ошибка: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="153" />
        <source>%n file(s) need a password: %1</source>
        <translation>
            <numerusform>%n файлу нужен пароль: %1</numerusform>
            <numerusform>%n файлам нужен пароль: %1</numerusform>
            <numerusform>%n файлам нужен пароль: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="178" />
        <source>%n imported</source>
        <translation>
            <numerusform>импортировано: %n</numerusform>
            <numerusform>импортировано: %n</numerusform>
            <numerusform>импортировано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="179" />
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>дубликатов: %n</numerusform>
            <numerusform>дубликатов: %n</numerusform>
            <numerusform>дубликатов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="180" />
        <source>%n failed</source>
        <translation>
            <numerusform>ошибок: %n</numerusform>
            <numerusform>ошибок: %n</numerusform>
            <numerusform>ошибок: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="182" />
        <source>%n need(s) a password</source>
        <translation>
            <numerusform>нужен пароль: %n</numerusform>
            <numerusform>нужен пароль: %n</numerusform>
            <numerusform>нужен пароль: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="198" />
        <source>Import finished:</source>
        <translation>Импорт завершён:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="201" />
        <source>Details (%n problem(s))</source>
        <translation>
            <numerusform>Подробности (%n ошибка)</numerusform>
            <numerusform>Подробности (%n ошибки)</numerusform>
            <numerusform>Подробности (%n ошибок)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="197" />
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="211" />
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
</context>
<context>
    <name>LibraryTable</name>
    <message>
        <location filename="../../widgets/tables.py" line="165" />
        <source>No documents here yet.
Drop files or folders on this window, or use Import Files (Ctrl+I).</source>
        <translation>Здесь пока нет документов.
Перетащите файлы или папки в это окно или выберите «Импорт файлов» (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="111" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="201" />
        <source>The marks of the open document</source>
        <translation>Пометки открытого документа</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="202" />
        <source>Progress and results of imports</source>
        <translation>Ход и итоги импорта</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="254" />
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="267" />
        <source>Archive opened.</source>
        <translation>Архив открыт.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="272" />
        <source>The archive in %1 could not be opened: %2</source>
        <translation>Не удалось открыть архив в %1: %2</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="378" />
        <source>Reading the document again…</source>
        <translation>Документ читается заново…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/main_window.py" line="391" />
        <source>Read again; %n mark(s) could not be placed on the new text.</source>
        <translation>
            <numerusform>Прочитан заново; %n пометку не удалось поставить в новом тексте.</numerusform>
            <numerusform>Прочитан заново; %n пометки не удалось поставить в новом тексте.</numerusform>
            <numerusform>Прочитан заново; %n пометок не удалось поставить в новом тексте.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="394" />
        <source>The document was read again.</source>
        <translation>Документ прочитан заново.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="442" />
        <source>The language changes when Dossier restarts.</source>
        <translation>Язык сменится после перезапуска Dossier.</translation>
    </message>
</context>
<context>
    <name>MarkActions</name>
    <message>
        <location filename="../../reader/selection_bar.py" line="26" />
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="27" />
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="28" />
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="29" />
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="30" />
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="88" />
        <source>Highlight %1</source>
        <translation>Выделить: %1</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="92" />
        <source>Underline</source>
        <translation>Подчеркнуть</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="93" />
        <source>Strike Through</source>
        <translation>Зачеркнуть</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="94" />
        <source>Comment…</source>
        <translation>Комментарий…</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="95" />
        <source>Highlight and add a comment</source>
        <translation>Выделить и добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="96" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="100" />
        <source>Copy as Quotation</source>
        <translation>Копировать как цитату</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="101" />
        <source>Copy in quotation marks with the title and page</source>
        <translation>Копировать в кавычках, с названием и страницей</translation>
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="110" />
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../names.py" line="51" />
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
    <message>
        <location filename="../../names.py" line="52" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../names.py" line="54" />
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../widgets/note_editor.py" line="30" />
        <source>Notes in Markdown: **bold**, *italic*, - lists…</source>
        <translation>Заметки в Markdown: **жирный**, *курсив*, - списки…</translation>
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="40" />
        <location filename="../../widgets/note_editor.py" line="107" />
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="41" />
        <source>Switch between editing and previewing the note</source>
        <translation>Переключиться между редактированием и просмотром заметки</translation>
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="88" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="99" />
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="107" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../reader/page_list.py" line="64" />
        <source>Page {0}</source>
        <translation>Страница {0}</translation>
    </message>
</context>
<context>
    <name>PagesPopup</name>
    <message numerus="yes">
        <location filename="../../widgets/pages_popup.py" line="25" />
        <source>p. %1 — %n match(es)</source>
        <translation>
            <numerusform>с. %1 — %n совпадение</numerusform>
            <numerusform>с. %1 — %n совпадения</numerusform>
            <numerusform>с. %1 — %n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/pages_popup.py" line="26" />
        <source>p. %1</source>
        <translation>с. %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../widgets/password_dialog.py" line="21" />
        <source>Password needed</source>
        <translation>Нужен пароль</translation>
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="27" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="29" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="31" />
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="36" />
        <source>Skip the Rest</source>
        <translation>Пропустить остальные</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../reader/page_item.py" line="84" />
        <source>This page could not be displayed.</source>
        <translation>Не удалось показать эту страницу.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../reader/pane.py" line="98" />
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="101" />
        <source>Show page thumbnails</source>
        <translation>Показать миниатюры страниц</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="103" />
        <source>Zoom Out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="105" />
        <source>Zoom In</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="107" />
        <source>Fit Width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="109" />
        <source>Fit Page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="114" />
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="122" />
        <source>Open Original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="124" />
        <source>Open the original file in another application</source>
        <translation>Открыть исходный файл в другой программе</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="131" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="133" />
        <source>Find Next</source>
        <translation>Найти далее</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="134" />
        <source>Find Previous</source>
        <translation>Найти предыдущее</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="200" />
        <source>No document is open.</source>
        <translation>Документ не открыт.</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="301" />
        <source> / {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="322" />
        <source>The stored file is missing:
{0}</source>
        <translation>Сохранённый файл отсутствует:
{0}</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="323" />
        <source>This PDF is protected by a password, so it cannot be shown here.
Use “Open Original” to read it in another application.</source>
        <translation>Этот PDF защищён паролем, поэтому его нельзя показать здесь.
Нажмите «Открыть оригинал», чтобы прочитать его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="326" />
        <source>This PDF has no pages.</source>
        <translation>В этом PDF нет страниц.</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="329" />
        <source>This file could not be read: it may be damaged or not a PDF.
Use “Open Original” to try another application.</source>
        <translation>Не удалось прочитать файл: возможно, он повреждён или это не PDF.
Нажмите «Открыть оригинал», чтобы попробовать другую программу.</translation>
    </message>
    <message>
        <location filename="../../reader/pane.py" line="345" />
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../widgets/results_panel.py" line="53" />
        <source>Show more results</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="56" />
        <source>Export Results…</source>
        <translation>Экспорт результатов…</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="58" />
        <source>Export every document this search finds</source>
        <translation>Экспортировать все документы, найденные этим поиском</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="70" />
        <source>&amp;Sort by:</source>
        <translation>&amp;Порядок:</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="87" />
        <source>Relevance</source>
        <translation>Релевантность</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="87" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="88" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="89" />
        <source>Best matches first</source>
        <translation>Сначала лучшие совпадения</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="89" />
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="90" />
        <source>Alphabetically by title</source>
        <translation>По названию, в алфавитном порядке</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="97" />
        <source>The order of the results</source>
        <translation>Порядок результатов</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="129" />
        <source>Tick values to narrow the results</source>
        <translation>Отметьте значения, чтобы сузить результаты</translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="149" />
        <source>No documents match.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="151" />
        <source>No document has every word; %n document(s) have some of them</source>
        <translation>
            <numerusform>Ни в одном документе нет всех слов; часть слов есть в %n документе</numerusform>
            <numerusform>Ни в одном документе нет всех слов; часть слов есть в %n документах</numerusform>
            <numerusform>Ни в одном документе нет всех слов; часть слов есть в %n документах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="154" />
        <source>Showing %1 of about %n matching documents</source>
        <translation>
            <numerusform>Показано %1 из примерно %n найденного документа</numerusform>
            <numerusform>Показано %1 из примерно %n найденных документов</numerusform>
            <numerusform>Показано %1 из примерно %n найденных документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="157" />
        <source>Showing %1 of %n matching documents</source>
        <translation>
            <numerusform>Показано %1 из %n найденного документа</numerusform>
            <numerusform>Показано %1 из %n найденных документов</numerusform>
            <numerusform>Показано %1 из %n найденных документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="160" />
        <source>%n document(s) match; %1 more with some of the words</source>
        <translation><numerusform>Найден %n документ; ещё %1 — с частью слов</numerusform><numerusform>Найдено %n документа; ещё %1 — с частью слов</numerusform><numerusform>Найдено %n документов; ещё %1 — с частью слов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="162" />
        <source>%n document(s) match</source>
        <translation>
            <numerusform>Найден %n документ</numerusform>
            <numerusform>Найдено %n документа</numerusform>
            <numerusform>Найдено %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="172" />
        <source>Similar to “%1”: %n document(s)</source>
        <translation>
            <numerusform>Похожие на «%1»: %n документ</numerusform>
            <numerusform>Похожие на «%1»: %n документа</numerusform>
            <numerusform>Похожие на «%1»: %n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="175" />
        <source>No documents are similar to “%1”.</source>
        <translation>Нет документов, похожих на «%1».</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../widgets/search_bar.py" line="40" />
        <source>Search (Ctrl+F): words, "a phrase", kind:pdf, lang:ru, tag:…</source>
        <translation>Поиск (Ctrl+F): слова, "фраза", kind:pdf, lang:ru, tag:…</translation>
    </message>
    <message>
        <location filename="../../widgets/search_bar.py" line="44" />
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../searching.py" line="151" />
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../searching.py" line="152" />
        <source>Name for the search “%1”:</source>
        <translation>Название для поиска «%1»:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../models/results.py" line="72" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../models/results.py" line="100" />
        <source>Pages with hits: %s</source>
        <translation>Страницы с совпадениями: %s</translation>
    </message>
</context>
<context>
    <name>SelectionNames</name>
    <message>
        <location filename="../../selection_names.py" line="20" />
        <source>Tag %1</source>
        <translation>Тег %1</translation>
    </message>
    <message>
        <location filename="../../selection_names.py" line="22" />
        <source>Search “%1”</source>
        <translation>Поиск «%1»</translation>
    </message>
    <message>
        <location filename="../../selection_names.py" line="24" />
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../selection_names.py" line="25" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../widgets/side_panel.py" line="56" />
        <source>Select a document to see and edit its details.</source>
        <translation>Выберите документ, чтобы посмотреть и изменить его данные.</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="80" />
        <source>Similar Documents</source>
        <translation>Похожие документы</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="82" />
        <source>List the documents most like this one</source>
        <translation>Показать документы, больше всего похожие на этот</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="93" />
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="93" />
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="94" />
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="94" />
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="95" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="104" />
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="105" />
        <source>e.g. English, Russian, Uzbek</source>
        <translation>например, английский, русский, узбекский</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="109" />
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="115" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="118" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="139" />
        <source>Note by %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="155" />
        <source>Open the page the date was read from</source>
        <translation>Открыть страницу, на которой найдена дата</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/side_panel.py" line="161" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="165" />
        <source>Needs attention: its text is missing or unreadable.</source>
        <translation>Требует внимания: текст отсутствует или не читается.</translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="263" />
        <source>Their text:</source>
        <translation>Их текст:</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../models/sidebar.py" line="72" />
        <location filename="../../widgets/sidebar_pane.py" line="72" />
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="74" />
        <location filename="../../widgets/sidebar_pane.py" line="73" />
        <source>Recently added</source>
        <translation>Недавно добавленные</translation>
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="76" />
        <location filename="../../widgets/sidebar_pane.py" line="74" />
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="83" />
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="90" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="102" />
        <location filename="../../widgets/sidebar_pane.py" line="75" />
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="196" />
        <source>New collection…</source>
        <translation>Новая коллекция…</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="199" />
        <source>Rename collection…</source>
        <translation>Переименовать коллекцию…</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="201" />
        <location filename="../../widgets/sidebar_pane.py" line="240" />
        <source>Delete collection</source>
        <translation>Удалить коллекцию</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="203" />
        <location filename="../../widgets/sidebar_pane.py" line="207" />
        <location filename="../../widgets/sidebar_pane.py" line="218" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="215" />
        <source>Open in Search Field</source>
        <translation>Открыть в строке поиска</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="220" />
        <source>Delete saved search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="225" />
        <source>New collection</source>
        <translation>Новая коллекция</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="225" />
        <location filename="../../widgets/sidebar_pane.py" line="231" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="231" />
        <source>Rename collection</source>
        <translation>Переименование коллекции</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="241" />
        <source>Delete the collection “%1”? Its documents stay in the archive.</source>
        <translation>Удалить коллекцию «%1»? Её документы останутся в архиве.</translation>
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="265" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>SnippetDelegate</name>
    <message>
        <location filename="../../widgets/snippet_delegate.py" line="130" />
        <source>p.</source>
        <translation>с.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/snippet_delegate.py" line="131" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/snippet_delegate.py" line="132" />
        <source>all %n…</source>
        <translation>
            <numerusform>все %n…</numerusform>
            <numerusform>все %n…</numerusform>
            <numerusform>все %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/snippet_delegate.py" line="193" />
        <source>Open at page %1</source>
        <translation>Открыть на странице %1</translation>
    </message>
</context>
<context>
    <name>SuggestionLine</name>
    <message>
        <location filename="../../widgets/suggestion_line.py" line="34" />
        <source>Did you mean: %1?</source>
        <translation>Возможно, вы имели в виду: %1?</translation>
    </message>
    <message>
        <location filename="../../widgets/suggestion_line.py" line="35" />
        <source>Search for “%1” instead</source>
        <translation>Искать «%1»</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../widgets/tag_editor.py" line="37" />
        <source>Add a tag, e.g. Region/Central Asia</source>
        <translation>Новый тег, например Регион/Центральная Азия</translation>
    </message>
    <message>
        <location filename="../../widgets/tag_editor.py" line="46" />
        <source>Remove the selected tags (Delete)</source>
        <translation>Удалить выбранные теги (Delete)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../tasks.py" line="27" />
        <source>Something went wrong; details are in the log.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../widgets/task_status.py" line="20" />
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <location filename="../../team_status.py" line="55" />
        <source>Team archive: online</source>
        <translation>Командный архив: на связи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../team_status.py" line="57" />
        <source>Team archive: online, sending %n change(s)</source>
        <translation>
            <numerusform>Командный архив: на связи, отправляется %n изменение</numerusform>
            <numerusform>Командный архив: на связи, отправляются %n изменения</numerusform>
            <numerusform>Командный архив: на связи, отправляются %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../team_status.py" line="59" />
        <source>Team archive: offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Командный архив: нет связи, ждёт %n изменение</numerusform>
            <numerusform>Командный архив: нет связи, ждут %n изменения</numerusform>
            <numerusform>Командный архив: нет связи, ждут %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../team_status.py" line="62" />
        <source>%n note(s) or mark(s) were changed on both sides; the newer was kept.</source>
        <translation>
            <numerusform>%n заметка или пометка изменена с обеих сторон; сохранена более новая.</numerusform>
            <numerusform>%n заметки или пометки изменены с обеих сторон; сохранены более новые.</numerusform>
            <numerusform>%n заметок или пометок изменены с обеих сторон; сохранены более новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextRecovery</name>
    <message>
        <location filename="../../recognising.py" line="65" />
        <source>Recognising text</source>
        <translation>Распознавание текста</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recognising.py" line="74" />
        <source>Text recognised on %n page(s).</source>
        <translation>
            <numerusform>Текст распознан на %n странице.</numerusform>
            <numerusform>Текст распознан на %n страницах.</numerusform>
            <numerusform>Текст распознан на %n страницах.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recognising.py" line="90" />
        <source>Text recognition cancelled; the pages already read are kept.</source>
        <translation>Распознавание текста отменено; уже распознанные страницы сохранены.</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../reader/text_view.py" line="147" />
        <source>— Page {0} —</source>
        <translation>— Страница {0} —</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../widgets/window_actions.py" line="19" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="20" />
        <source>Import files into the archive</source>
        <translation>Импортировать файлы в архив</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="21" />
        <source>Import &amp;Folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="23" />
        <source>Import every document in a folder</source>
        <translation>Импортировать все документы из папки</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="24" />
        <source>Import &amp;Bundle…</source>
        <translation>Импорт п&amp;акета…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="25" />
        <source>Merge a .dossier bundle into the archive</source>
        <translation>Добавить в архив содержимое пакета .dossier</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="26" />
        <source>&amp;Export Selection…</source>
        <translation>&amp;Экспорт выбранного…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="27" />
        <source>Export the selected documents</source>
        <translation>Экспортировать выбранные документы</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="28" />
        <source>S&amp;witch Archive…</source>
        <translation>&amp;Сменить архив…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="30" />
        <source>Open another archive folder</source>
        <translation>Открыть другую папку архива</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="31" />
        <source>Open &amp;Team Archive…</source>
        <translation>Открыть &amp;командный архив…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="32" />
        <source>Open an archive shared on a PostgreSQL server</source>
        <translation>Открыть общий архив на сервере PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="34" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="35" />
        <source>Search the archive</source>
        <translation>Искать в архиве</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="38" />
        <source>&amp;Delete Documents…</source>
        <translation>&amp;Удалить документы…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="40" />
        <source>Delete the selected documents</source>
        <translation>Удалить выбранные документы</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="42" />
        <source>&amp;New Collection…</source>
        <translation>&amp;Новая коллекция…</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="44" />
        <source>&amp;Rebuild Index</source>
        <translation>&amp;Перестроить индекс</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="45" />
        <source>Rebuild the search index from the database</source>
        <translation>Заново построить поисковый индекс по базе данных</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="46" />
        <source>&amp;Check Archive</source>
        <translation>Про&amp;верить архив</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="47" />
        <source>Verify the database, stored files and index</source>
        <translation>Проверить базу данных, сохранённые файлы и индекс</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="48" />
        <source>Find &amp;Dates in the Documents’ Text</source>
        <translation>Найти &amp;даты в тексте документов</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="49" />
        <source>Date each document by its signature line or title page; dates you typed are kept</source>
        <translation>Датировать каждый документ по строке подписания или титульной странице; введённые вами даты сохраняются</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="51" />
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="52" />
        <source>The documents, the sidebar and the search</source>
        <translation>Документы, боковая панель и поиск</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="53" />
        <source>Document &amp;Details</source>
        <translation>&amp;Сведения о документе</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="54" />
        <source>Metadata, tags and notes of the open document</source>
        <translation>Сведения, теги и заметки открытого документа</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="58" />
        <source>Mark Search &amp;Words in Documents</source>
        <translation>Отмечать &amp;слова поиска в документах</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="59" />
        <source>Outline the words of the search in the reader (orange, unlike your highlights)</source>
        <translation>Обводить слова поиска в документе (оранжевым, в отличие от ваших выделений)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="62" />
        <source>&amp;Reading Mode</source>
        <translation>Режим &amp;чтения</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="63" />
        <source>The document takes the whole window; again for the library (F11, Ctrl+Shift+F)</source>
        <translation>Документ занимает всё окно; ещё раз — вернуть библиотеку (F11, Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="68" />
        <source>&amp;Open Documents in Reading Mode</source>
        <translation>&amp;Открывать документы в режиме чтения</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="69" />
        <source>Opening a document hides the library and the side panel</source>
        <translation>При открытии документа библиотека и боковая панель скрываются</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="86" />
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="103" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="111" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="113" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="120" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="123" />
        <source>Takes effect when Dossier restarts</source>
        <translation>Вступит в силу после перезапуска Dossier</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="125" />
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="130" />
        <source>Main Toolbar</source>
        <translation>Основная панель</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../widgets/layout.py" line="137" />
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../widgets/layout.py" line="138" />
        <source>Documents (*.pdf *.html *.htm *.txt *.md *.docx);;All files (*)</source>
        <translation>Документы (*.pdf *.html *.htm *.txt *.md *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/layout.py" line="145" />
        <source>Import folder</source>
        <translation>Импорт папки</translation>
    </message>
</context>
</TS>