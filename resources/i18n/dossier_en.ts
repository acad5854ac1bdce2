<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../desktop_app/widgets/results_panel.py" line="83"/>
        <source>Showing %1 of %n matching documents</source>
        <translation>
            <numerusform>Showing %1 of %n matching document</numerusform>
            <numerusform>Showing %1 of %n matching documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/results_panel.py" line="86"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/side_panel.py" line="127"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
