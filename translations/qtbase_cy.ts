<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Welsh for the strings of Qt itself that ActiveDesk shows (Qt ships no Welsh): the text fields' context menu, the
     standard dialog buttons and the command-line help. Kept by hand; TestTranslations checks each against Qt. -->
<TS version="2.1" language="cy_GB">
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Dadwneud</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ailwneud</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Torri</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copïo</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Gludo</translation></message>
    <message><source>Delete</source><translation>Dileu</translation></message>
    <message><source>Select All</source><translation>Dewis y cyfan</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Dadwneud</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ailwneud</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Torri</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copïo</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Gludo</translation></message>
    <message><source>Delete</source><translation>Dileu</translation></message>
    <message><source>Select All</source><translation>Dewis y cyfan</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Copïo lleoliad y &amp;ddolen</translation></message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Iawn</translation></message>
    <message><source>Save</source><translation>Cadw</translation></message>
    <message><source>Close</source><translation>Cau</translation></message>
    <message><source>Cancel</source><translation>Canslo</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ie</translation></message>
    <message><source>&amp;No</source><translation>&amp;Na</translation></message>
    <message><source>Apply</source><translation>Rhoi ar waith</translation></message>
    <message><source>Open</source><translation>Agor</translation></message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message><source>Displays help on commandline options.</source><translation>Dangos cymorth ar opsiynau'r llinell orchymyn.</translation></message>
    <message><source>Displays help including Qt specific options.</source><translation>Dangos cymorth gan gynnwys opsiynau sy'n benodol i Qt.</translation></message>
    <message><source>Displays version information.</source><translation>Dangos gwybodaeth am y fersiwn.</translation></message>
    <message><source>Usage: %1</source><translation>Defnydd: %1</translation></message>
    <message><source>Options:</source><translation>Opsiynau:</translation></message>
    <message><source>Arguments:</source><translation>Argymhellion:</translation></message>
    <message><source>[options]</source><translation>[opsiynau]</translation></message>
    <message><source>Unknown option '%1'.</source><translation>Opsiwn anhysbys '%1'.</translation></message>
    <message><source>Missing value after '%1'.</source><translation>Does dim gwerth ar ôl '%1'.</translation></message>
</context>
</TS>
