<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../annotating.py" line="65" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../annotating.py" line="75" />
        <source>Show the marks of the open document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../annotating.py" line="179" />
        <source>Edit Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../../models/annotations.py" line="49" />
        <source>Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/annotations.py" line="49" />
        <source>Underline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/annotations.py" line="50" />
        <source>Strike-through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/annotations.py" line="50" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/annotations.py" line="70" />
        <source>p. %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/annotations.py" line="73" />
        <source>Orphaned · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/annotations.py" line="75" />
        <source>%1 · by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/annotations.py" line="78" />
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="50" />
        <source>Delete Mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="52" />
        <source>Undo Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="55" />
        <source>Edit Comment…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/annotations_panel.py" line="96" />
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="97" />
        <source>Select text in the reader to mark it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/annotations_panel.py" line="99" />
        <source>(%n orphaned)</source>
        <translation>
            <numerusform>(%n orphaned)</numerusform>
            <numerusform>(%n orphaned)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="151" />
        <source>Go to Mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/annotations_panel.py" line="153" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../reader/annotator.py" line="249" />
        <source>Add Note Here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="291" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="303" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="318" />
        <source>“%1” (%2, p. %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/annotator.py" line="320" />
        <source>“%1” (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArchiveSession</name>
    <message>
        <location filename="../../session.py" line="151" />
        <source>No archive is open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../attention.py" line="17" />
        <source>no text: a scan or an empty file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="19" />
        <source>unreadable text layer: its letters do not decode to words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="27" />
        <source>no text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="29" />
        <source>broken text layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="36" />
        <source>Search cannot find its words. Recognise its text (OCR), or read the original again if it was replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="40" />
        <source>Search cannot find its words: the PDF's text layer is broken. Repair Text rebuilds it, or reads the page images where it cannot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="50" />
        <source>Repair Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="51" />
        <source>Recognise Text (OCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="57" />
        <source>locked by a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="58" />
        <source>damaged: it cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="64" />
        <source>Not imported yet. Enter its password to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../attention.py" line="66" />
        <source>Not imported. Repair the file or get a sound copy, then try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttentionBar</name>
    <message>
        <location filename="../../widgets/attention_bar.py" line="40" />
        <source>Read Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="42" />
        <source>Read the stored original again and re-index it; marks are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="45" />
        <source>Recognise Text (OCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="47" />
        <source>Read the words from the page images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/attention_bar.py" line="70" />
        <source>This document needs attention — %1. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="25" />
        <source>New documents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="26" />
        <source>Documents already here:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="28" />
        <source>Documents given missing details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="30" />
        <source>New tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="31" />
        <source>New notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="32" />
        <source>Notes updated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="33" />
        <source>New annotations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="34" />
        <source>Annotations updated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="36" />
        <source>New collections:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="37" />
        <source>Collections updated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="45" />
        <source>Note on “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="47" />
        <source>Annotation on “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="49" />
        <source>the bundle's version was kept (it was newer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="52" />
        <source>this archive's version was kept (it was newer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="66" />
        <source>Import Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="69" />
        <source>Importing the bundle “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="88" />
        <source>Changed in both archives (the newer version was kept):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="91" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="92" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="137" />
        <source>The bundle “%1” was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="143" />
        <source>Nothing new: this archive already holds everything in the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="146" />
        <source>Records added: %1. Records updated: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="161" />
        <source>The bundle “%1” was not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="170" />
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="171" />
        <source>Nothing was imported from “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/bundle_dialog.py" line="178" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <location filename="../../bundles.py" line="48" />
        <source>Import bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bundles.py" line="49" />
        <source>Dossier bundles (*.dossier)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../reader/comment_dialog.py" line="29" />
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/comment_dialog.py" line="35" />
        <source>Your comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../messages.py" line="31" />
        <source>needs a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="33" />
        <source>the password is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="35" />
        <location filename="../../messages.py" line="37" />
        <source>a damaged PDF: no page could be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="39" />
        <source>a damaged PDF that cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="41" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="43" />
        <source>not a PDF file, although its name says so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="45" />
        <location filename="../../messages.py" line="51" />
        <source>the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="47" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="49" />
        <source>not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="53" />
        <source>a copy of “%1”, which failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="56" />
        <source>a damaged Word document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="58" />
        <source>a Word document with a password, which Dossier cannot open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="61" />
        <source>an old Word document (.doc): save it as .docx to import it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="64" />
        <source>empty: there is no web page in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="66" />
        <source>not a readable web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="68" />
        <source>not a format Dossier reads (PDF, HTML, text, Markdown, DOCX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="71" />
        <source>needs more memory to read than allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="73" />
        <source>reading it took longer than %1 s and was stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="76" />
        <source>the reader crashed on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="78" />
        <source>a binary file, not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="86" />
        <source>Type something to search for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="88" />
        <source>The query has a quotation mark that is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="90" />
        <source>The query has an unmatched parenthesis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="92" />
        <source>The query has nothing to search for: type a word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="94" />
        <source>Ranges work on date: and year: only, as in year:[2020 TO 2023].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="96" />
        <source>“%1”: a wildcard needs at least one letter before it, as in negotiat*.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="98" />
        <source>“%1” is not a date; write a year, 2023-06 or 2023-06-19.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="100" />
        <source>The query nests brackets more than %1 deep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="102" />
        <source>The query only excludes words; add a word to search for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="104" />
        <source>This search took too long and was stopped; try fewer or less common words, or a longer prefix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="106" />
        <source>This note was changed by someone else while you were editing it; your text was not saved over theirs: compare both and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="108" />
        <source>Another Dossier is writing to this archive; this will start when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="110" />
        <source>The query has an unmatched bracket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="112" />
        <source>There is no field “%1”; the fields are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="115" />
        <source>“%1:” needs something to search for after the colon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="118" />
        <source>“%1” is not a country Dossier knows; try its English name or its two-letter code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="123" />
        <source>The query “%1” could not be understood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="127" />
        <source>It no longer exists: it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="129" />
        <source>The document has no page %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="131" />
        <source>A document needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="133" />
        <source>The archive database could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../messages.py" line="159" />
        <source>“%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../date_names.py" line="39" />
        <source>from the text, page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../date_names.py" line="41" />
        <source>from the file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../date_names.py" line="44" />
        <source>from the PDF’s metadata (when the file was made)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../date_names.py" line="46" />
        <source>from the file’s own date field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../date_names.py" line="48" />
        <source>set by you</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message>
        <location filename="../../widgets/document_menu.py" line="47" />
        <source>Open Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="49" />
        <source>Similar Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="55" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="63" />
        <source>Add to Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/document_menu.py" line="71" />
        <source>Remove from This Collection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/document_table.py" line="208" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/document_table.py" line="209" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../widgets/export_dialog.py" line="49" />
        <location filename="../../widgets/export_dialog.py" line="71" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="54" />
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="64" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="72" />
        <source>Show in Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="73" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="74" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="85" />
        <source>the collection “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="87" />
        <source>the documents tagged “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="89" />
        <source>every result of the search “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_dialog.py" line="90" />
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n selected document</numerusform>
            <numerusform>%n selected documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="113" />
        <source>Formats (tick one or more):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="149" />
        <source>Save into the folder (files are named after the selection):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="151" />
        <source>Save the files into the folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="153" />
        <source>Save to the file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="165" />
        <source>Export to folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="168" />
        <source>Export to file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../widgets/export_formats.py" line="12" />
        <source>Report (HTML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="13" />
        <source>Report (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="14" />
        <source>Annotated PDFs (a folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="15" />
        <source>Markdown notes (a folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="16" />
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="17" />
        <source>Annotations (W3C JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="18" />
        <source>Citations (RIS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="19" />
        <source>Citations (BibTeX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="20" />
        <source>Citations (CSL-JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="21" />
        <source>Dossier bundle, to merge into another archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_formats.py" line="31" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../widgets/export_summary.py" line="48" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="66" />
        <source>Written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="69" />
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… and %n more file</numerusform>
            <numerusform>… and %n more files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="72" />
        <source>Skipped “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="76" />
        <source>%1 was not written: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="83" />
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/export_summary.py" line="85" />
        <source>Export cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="88" />
        <source>Export finished: %n document(s),</source>
        <translation>
            <numerusform>Export finished: %n document,</numerusform>
            <numerusform>Export finished: %n documents,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/export_summary.py" line="90" />
        <source>%n document(s) skipped.</source>
        <translation>
            <numerusform>%n document skipped.</numerusform>
            <numerusform>%n documents skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../models/facets.py" line="32" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/facets.py" line="32" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/facets.py" line="32" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/facets.py" line="33" />
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/facets.py" line="33" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FailuresPanel</name>
    <message>
        <location filename="../../widgets/failures_panel.py" line="49" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="49" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="49" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="56" />
        <source>Enter Password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="57" />
        <source>Type the password of the selected locked files and import them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="59" />
        <source>Try Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="60" />
        <source>Import the selected files again (after repairing or replacing them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="62" />
        <source>Forget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/failures_panel.py" line="63" />
        <source>Stop listing the selected files here; the files themselves are not touched</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/failures_panel.py" line="110" />
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/find_bar.py" line="24" />
        <source>Find in document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="39" />
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="41" />
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="79" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="86" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/find_bar.py" line="88" />
        <source>{0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <location filename="../../housekeeping.py" line="38" />
        <source>Delete documents</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="39" />
        <source>Delete %n document(s) from the archive? Their stored files, tags and notes are removed too. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n document from the archive? Its stored file, tags and notes are removed too. This cannot be undone.</numerusform>
            <numerusform>Delete %n documents from the archive? Their stored files, tags and notes are removed too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="58" />
        <source>%n document(s) deleted.</source>
        <translation>
            <numerusform>%n document deleted.</numerusform>
            <numerusform>%n documents deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="66" />
        <source>Rebuilding the index…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="73" />
        <source>Index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Index rebuilt: %n document.</numerusform>
            <numerusform>Index rebuilt: %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="77" />
        <source>Rebuilding the index was cancelled; run it again to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="86" />
        <source>Finding dates in the documents’ text…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="101" />
        <source>%n document(s) got a date from their text.</source>
        <translation>
            <numerusform>%n document got a date from its text.</numerusform>
            <numerusform>%n documents got a date from their text.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="109" />
        <source>Checking the archive…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../housekeeping.py" line="115" />
        <source>%n document(s) checked.</source>
        <translation>
            <numerusform>%n document checked.</numerusform>
            <numerusform>%n documents checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../housekeeping.py" line="117" />
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="118" />
        <source>Problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="119" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="121" />
        <source>Check archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="128" />
        <location filename="../../housekeeping.py" line="137" />
        <source>Open Team Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="129" />
        <source>The team archive's address, e.g. postgresql://anna@server/dossier?files=/mnt/share/dossier
(the password comes from ~/.pgpass or $PGPASSWORD):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="138" />
        <source>A team archive's address starts with postgresql://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="146" />
        <source>Open archive folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../housekeeping.py" line="153" />
        <source>Dossier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../importing.py" line="90" />
        <source>Importing %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../importing.py" line="170" />
        <source>%n file(s) are protected by a password: %1.
Enter the password to try on each of them:</source>
        <translation>
            <numerusform>%n file is protected by a password: %1.
Enter the password to try on it:</numerusform>
            <numerusform>%n files are protected by a password: %1.
Enter the password to try on each of them:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../importing.py" line="190" />
        <source>The password was not right for “%1”. Enter its password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../importing.py" line="192" />
        <source>“%1” is protected by a password. Enter it to import the file:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../widgets/import_panel.py" line="49" />
        <location filename="../../widgets/import_panel.py" line="202" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="52" />
        <source>Show every file of the import and why any failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="54" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="130" />
        <source>Imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="133" />
        <source>Lost original put back: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="136" />
        <source>Already in the archive: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="139" />
        <source>Failed: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="153" />
        <source>%n file(s) need a password: %1</source>
        <translation>
            <numerusform>%n file needs a password: %1</numerusform>
            <numerusform>%n files need a password: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="178" />
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="179" />
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="180" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="182" />
        <source>%n need(s) a password</source>
        <translation>
            <numerusform>%n needs a password</numerusform>
            <numerusform>%n need a password</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="198" />
        <source>Import finished:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/import_panel.py" line="201" />
        <source>Details (%n problem(s))</source>
        <translation>
            <numerusform>Details (%n problem)</numerusform>
            <numerusform>Details (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="197" />
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/import_panel.py" line="211" />
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryTable</name>
    <message>
        <location filename="../../widgets/tables.py" line="165" />
        <source>No documents here yet.
Drop files or folders on this window, or use Import Files (Ctrl+I).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="111" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="201" />
        <source>The marks of the open document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="202" />
        <source>Progress and results of imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="254" />
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="267" />
        <source>Archive opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="272" />
        <source>The archive in %1 could not be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="378" />
        <source>Reading the document again…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/main_window.py" line="391" />
        <source>Read again; %n mark(s) could not be placed on the new text.</source>
        <translation>
            <numerusform>Read again; %n mark could not be placed on the new text.</numerusform>
            <numerusform>Read again; %n marks could not be placed on the new text.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="394" />
        <source>The document was read again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="442" />
        <source>The language changes when Dossier restarts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkActions</name>
    <message>
        <location filename="../../reader/selection_bar.py" line="26" />
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="27" />
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="28" />
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="29" />
        <source>Red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="30" />
        <source>Purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="88" />
        <source>Highlight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="92" />
        <source>Underline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="93" />
        <source>Strike Through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="94" />
        <source>Comment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="95" />
        <source>Highlight and add a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="96" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="100" />
        <source>Copy as Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="101" />
        <source>Copy in quotation marks with the title and page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/selection_bar.py" line="110" />
        <source>Highlight</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../names.py" line="51" />
        <source>Web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../names.py" line="52" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../names.py" line="54" />
        <source>Word document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../widgets/note_editor.py" line="30" />
        <source>Notes in Markdown: **bold**, *italic*, - lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="40" />
        <location filename="../../widgets/note_editor.py" line="107" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="41" />
        <source>Switch between editing and previewing the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="88" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="99" />
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/note_editor.py" line="107" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../reader/page_list.py" line="64" />
        <source>Page {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagesPopup</name>
    <message numerus="yes">
        <location filename="../../widgets/pages_popup.py" line="25" />
        <source>p. %1 — %n match(es)</source>
        <translation>
            <numerusform>p. %1 — %n match</numerusform>
            <numerusform>p. %1 — %n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/pages_popup.py" line="26" />
        <source>p. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../widgets/password_dialog.py" line="21" />
        <source>Password needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="27" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="29" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="31" />
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/password_dialog.py" line="36" />
        <source>Skip the Rest</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../reader/page_item.py" line="84" />
        <source>This page could not be displayed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../reader/pane.py" line="98" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="101" />
        <source>Show page thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="103" />
        <source>Zoom Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="105" />
        <source>Zoom In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="107" />
        <source>Fit Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="109" />
        <source>Fit Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="114" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="122" />
        <source>Open Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="124" />
        <source>Open the original file in another application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="131" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="133" />
        <source>Find Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="134" />
        <source>Find Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="200" />
        <source>No document is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="301" />
        <source> / {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="322" />
        <source>The stored file is missing:
{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="323" />
        <source>This PDF is protected by a password, so it cannot be shown here.
Use “Open Original” to read it in another application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="326" />
        <source>This PDF has no pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="329" />
        <source>This file could not be read: it may be damaged or not a PDF.
Use “Open Original” to try another application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/pane.py" line="345" />
        <source>{0}%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../widgets/results_panel.py" line="53" />
        <source>Show more results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="56" />
        <source>Export Results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="58" />
        <source>Export every document this search finds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="70" />
        <source>&amp;Sort by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="87" />
        <source>Relevance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="87" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="88" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="89" />
        <source>Best matches first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="89" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="90" />
        <source>Alphabetically by title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="97" />
        <source>The order of the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="129" />
        <source>Tick values to narrow the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="149" />
        <source>No documents match.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="151" />
        <source>No document has every word; %n document(s) have some of them</source>
        <translation>
            <numerusform>No document has every word; %n document has some of them</numerusform>
            <numerusform>No document has every word; %n documents have some of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="154" />
        <source>Showing %1 of about %n matching documents</source>
        <translation>
            <numerusform>Showing %1 of about %n matching document</numerusform>
            <numerusform>Showing %1 of about %n matching documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="157" />
        <source>Showing %1 of %n matching documents</source>
        <translation>
            <numerusform>Showing %1 of %n matching document</numerusform>
            <numerusform>Showing %1 of %n matching documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="160" />
        <source>%n document(s) match; %1 more with some of the words</source>
        <translation><numerusform>%n document matches; %1 more with some of the words</numerusform><numerusform>%n documents match; %1 more with some of the words</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="162" />
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/results_panel.py" line="172" />
        <source>Similar to “%1”: %n document(s)</source>
        <translation>
            <numerusform>Similar to “%1”: %n document</numerusform>
            <numerusform>Similar to “%1”: %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/results_panel.py" line="175" />
        <source>No documents are similar to “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../widgets/search_bar.py" line="40" />
        <source>Search (Ctrl+F): words, "a phrase", kind:pdf, lang:ru, tag:…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/search_bar.py" line="44" />
        <source>Save search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../searching.py" line="151" />
        <source>Save search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../searching.py" line="152" />
        <source>Name for the search “%1”:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/results.py" line="71" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/results.py" line="72" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/results.py" line="100" />
        <source>Pages with hits: %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelectionNames</name>
    <message>
        <location filename="../../selection_names.py" line="20" />
        <source>Tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../selection_names.py" line="22" />
        <source>Search “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../selection_names.py" line="24" />
        <source>Document %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../selection_names.py" line="25" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../widgets/side_panel.py" line="56" />
        <source>Select a document to see and edit its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="80" />
        <source>Similar Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="82" />
        <source>List the documents most like this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="93" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="93" />
        <source>&amp;Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="94" />
        <source>&amp;Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="94" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="95" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="104" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="105" />
        <source>e.g. English, Russian, Uzbek</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="109" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="115" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="118" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="139" />
        <source>Note by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="155" />
        <source>Open the page the date was read from</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/side_panel.py" line="161" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="165" />
        <source>Needs attention: its text is missing or unreadable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/side_panel.py" line="263" />
        <source>Their text:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../models/sidebar.py" line="72" />
        <location filename="../../widgets/sidebar_pane.py" line="72" />
        <source>All documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="74" />
        <location filename="../../widgets/sidebar_pane.py" line="73" />
        <source>Recently added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="76" />
        <location filename="../../widgets/sidebar_pane.py" line="74" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="83" />
        <source>Collections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="90" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../models/sidebar.py" line="102" />
        <location filename="../../widgets/sidebar_pane.py" line="75" />
        <source>Saved searches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="196" />
        <source>New collection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="199" />
        <source>Rename collection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="201" />
        <location filename="../../widgets/sidebar_pane.py" line="240" />
        <source>Delete collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="203" />
        <location filename="../../widgets/sidebar_pane.py" line="207" />
        <location filename="../../widgets/sidebar_pane.py" line="218" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="215" />
        <source>Open in Search Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="220" />
        <source>Delete saved search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="225" />
        <source>New collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="225" />
        <location filename="../../widgets/sidebar_pane.py" line="231" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="231" />
        <source>Rename collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="241" />
        <source>Delete the collection “%1”? Its documents stay in the archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/sidebar_pane.py" line="265" />
        <source>Dossier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnippetDelegate</name>
    <message>
        <location filename="../../widgets/snippet_delegate.py" line="130" />
        <source>p.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/snippet_delegate.py" line="131" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/snippet_delegate.py" line="132" />
        <source>all %n…</source>
        <translation>
            <numerusform>all %n…</numerusform>
            <numerusform>all %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/snippet_delegate.py" line="193" />
        <source>Open at page %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuggestionLine</name>
    <message>
        <location filename="../../widgets/suggestion_line.py" line="34" />
        <source>Did you mean: %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/suggestion_line.py" line="35" />
        <source>Search for “%1” instead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../widgets/tag_editor.py" line="37" />
        <source>Add a tag, e.g. Region/Central Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/tag_editor.py" line="46" />
        <source>Remove the selected tags (Delete)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../tasks.py" line="27" />
        <source>Something went wrong; details are in the log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../widgets/task_status.py" line="20" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <location filename="../../team_status.py" line="55" />
        <source>Team archive: online</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../team_status.py" line="57" />
        <source>Team archive: online, sending %n change(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../team_status.py" line="59" />
        <source>Team archive: offline, %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../team_status.py" line="62" />
        <source>%n note(s) or mark(s) were changed on both sides; the newer was kept.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>TextRecovery</name>
    <message>
        <location filename="../../recognising.py" line="65" />
        <source>Recognising text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../recognising.py" line="74" />
        <source>Text recognised on %n page(s).</source>
        <translation>
            <numerusform>Text recognised on %n page.</numerusform>
            <numerusform>Text recognised on %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recognising.py" line="90" />
        <source>Text recognition cancelled; the pages already read are kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../reader/text_view.py" line="147" />
        <source>— Page {0} —</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../widgets/window_actions.py" line="19" />
        <source>&amp;Import Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="20" />
        <source>Import files into the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="21" />
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="23" />
        <source>Import every document in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="24" />
        <source>Import &amp;Bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="25" />
        <source>Merge a .dossier bundle into the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="26" />
        <source>&amp;Export Selection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="27" />
        <source>Export the selected documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="28" />
        <source>S&amp;witch Archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="30" />
        <source>Open another archive folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="31" />
        <source>Open &amp;Team Archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="32" />
        <source>Open an archive shared on a PostgreSQL server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="33" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="34" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="35" />
        <source>Search the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="38" />
        <source>&amp;Delete Documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="40" />
        <source>Delete the selected documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="42" />
        <source>&amp;New Collection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="44" />
        <source>&amp;Rebuild Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="45" />
        <source>Rebuild the search index from the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="46" />
        <source>&amp;Check Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="47" />
        <source>Verify the database, stored files and index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="48" />
        <source>Find &amp;Dates in the Documents’ Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="49" />
        <source>Date each document by its signature line or title page; dates you typed are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="51" />
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="52" />
        <source>The documents, the sidebar and the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="53" />
        <source>Document &amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="54" />
        <source>Metadata, tags and notes of the open document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="58" />
        <source>Mark Search &amp;Words in Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="59" />
        <source>Outline the words of the search in the reader (orange, unlike your highlights)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="62" />
        <source>&amp;Reading Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="63" />
        <source>The document takes the whole window; again for the library (F11, Ctrl+Shift+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="68" />
        <source>&amp;Open Documents in Reading Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="69" />
        <source>Opening a document hides the library and the side panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="86" />
        <source>System Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="103" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="111" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="113" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="120" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="123" />
        <source>Takes effect when Dossier restarts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="125" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/window_actions.py" line="130" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../widgets/layout.py" line="137" />
        <source>Import files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/layout.py" line="138" />
        <source>Documents (*.pdf *.html *.htm *.txt *.md *.docx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/layout.py" line="145" />
        <source>Import folder</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>