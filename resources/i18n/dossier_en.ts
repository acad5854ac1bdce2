<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/annotations_panel.py" line="96"/>
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/annotations_panel.py" line="99"/>
        <source>(%n orphaned)</source>
        <translation>
            <numerusform>(%n orphaned)</numerusform>
            <numerusform>(%n orphaned)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/export_dialog.py" line="88"/>
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n selected document</numerusform>
            <numerusform>%n selected documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/export_summary.py" line="69"/>
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… and %n more file</numerusform>
            <numerusform>… and %n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/export_summary.py" line="83"/>
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/export_summary.py" line="88"/>
        <source>Export finished: %n document(s),</source>
        <translation>
            <numerusform>Export finished: %n document,</numerusform>
            <numerusform>Export finished: %n documents,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/export_summary.py" line="90"/>
        <source>%n document(s) skipped.</source>
        <translation>
            <numerusform>%n document skipped.</numerusform>
            <numerusform>%n documents skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="33"/>
        <source>Delete %n document(s) from the archive? Their stored files, tags and notes are removed too. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n document from the archive? Its stored file, tags and notes are removed too. This cannot be undone.</numerusform>
            <numerusform>Delete %n documents from the archive? Their stored files, tags and notes are removed too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="54"/>
        <source>%n document(s) deleted.</source>
        <translation>
            <numerusform>%n document deleted.</numerusform>
            <numerusform>%n documents deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="70"/>
        <source>Index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Index rebuilt: %n document.</numerusform>
            <numerusform>Index rebuilt: %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/housekeeping.py" line="88"/>
        <source>%n document(s) checked.</source>
        <translation>
            <numerusform>%n document checked.</numerusform>
            <numerusform>%n documents checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/results_panel.py" line="139"/>
        <source>Showing %1 of %n matching documents</source>
        <translation>
            <numerusform>Showing %1 of %n matching document</numerusform>
            <numerusform>Showing %1 of %n matching documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/results_panel.py" line="142"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/results_panel.py" line="155"/>
        <source>Similar to “%1”: %n document(s)</source>
        <translation>
            <numerusform>Similar to “%1”: %n document</numerusform>
            <numerusform>Similar to “%1”: %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/side_panel.py" line="136"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnippetDelegate</name>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/snippet_delegate.py" line="122"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
</TS>
