<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="89"/>
        <source>About mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="94"/>
        <source>mapstudio logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="95"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="101"/>
        <source>Offline desktop designer for customer journey maps, with print-ready PDF posters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="107"/>
        <source>mapstudio is distributed under the {licence} licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="109"/>
        <source>The licence of this build of mapstudio has not been declared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="114"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="114"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="120"/>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="142"/>
        <source>Noto Sans font licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="147"/>
        <source>mapstudio draws maps and posters with the bundled Noto Sans font, used under the SIL Open Font License 1.1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="155"/>
        <source>Font licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/about.py" line="158"/>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../src/mapstudio/ui/canvas/gestures/move_cards.py" line="49"/>
        <source>Cards can only be dropped into a card lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/gestures/drop.py" line="132"/>
        <source>This persona already has a band on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/gestures/drop.py" line="143"/>
        <source>Drop a stage on the row of stage headers, between two stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/gestures/drop.py" line="185"/>
        <source>Drop an emotion point in a persona&apos;s Emotions lane, at the height of the feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/gestures/drop.py" line="149"/>
        <source>Drop %1 in a cell of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/gestures/drop.py" line="171"/>
        <location filename="../src/mapstudio/ui/canvas/palette_insert.py" line="99"/>
        <source>This band has no %1 lane: Map ▸ Lanes adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/selection_actions.py" line="76"/>
        <source>Set Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="439"/>
        <source>Copied %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/selection_actions.py" line="140"/>
        <source>There are no cards on the clipboard to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/selection_actions.py" line="146"/>
        <source>Click a cell first to choose where to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/keyboard.py" line="221"/>
        <source>Stage — Enter renames it, Down goes to its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/keyboard.py" line="252"/>
        <source>Empty cell — Ctrl+Enter adds a card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="35"/>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="40"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="43"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="46"/>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="133"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="49"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="55"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="61"/>
        <source>Delete Emotion Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="67"/>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="70"/>
        <source>Insert Stage Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="73"/>
        <source>Insert Stage After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="78"/>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="85"/>
        <source>Rename Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="94"/>
        <source>Move Band Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="99"/>
        <source>Move Band Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="105"/>
        <source>Expand Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="107"/>
        <source>Collapse Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="111"/>
        <source>Hide Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="115"/>
        <source>Edit Persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="119"/>
        <source>Remove from Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="127"/>
        <source>Add {lane} Card Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/context_menu.py" line="128"/>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/palette_insert.py" line="106"/>
        <location filename="../src/mapstudio/ui/canvas/palette_insert.py" line="151"/>
        <source>This map has no %1 lane: Map ▸ Lanes adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="53"/>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="62"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="67"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="68"/>
        <source>Previous change (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="69"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="70"/>
        <source>Next change (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="71"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="72"/>
        <source>Export the comparison as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="73"/>
        <source>Stop Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="94"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="87"/>
        <source>Compared map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="119"/>
        <source>Co&amp;mpare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="121"/>
        <source>Mark what changes from another map, file or revision on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="124"/>
        <source>Ne&amp;xt Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="127"/>
        <source>Pre&amp;vious Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="130"/>
        <source>S&amp;top Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="132"/>
        <source>Export Comparison as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="108"/>
        <source>the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="110"/>
        <source>{count} saves back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="116"/>
        <source>Saved {when} — {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="185"/>
        <source>Cannot compare with that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="190"/>
        <source>Part of that file is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="192"/>
        <source>&apos;{name}&apos; holds more than this version of mapstudio shows: {first} The comparison shows the part it keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="198"/>
        <source>&apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="208"/>
        <source>Cannot compare with that revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="209"/>
        <source>The revision store no longer holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="214"/>
        <source>Saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="217"/>
        <source>revision {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="220"/>
        <source>the revision {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="123"/>
        <source>{name}, saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="136"/>
        <source>This file: not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="138"/>
        <source>This file: {name}, with changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="144"/>
        <source>This file: {name}, saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="148"/>
        <source>This file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="150"/>
        <source>Compared with {other}. {this}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="236"/>
        <source>Nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="237"/>
        <source>{other} has no map &apos;{title}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_sources.py" line="77"/>
        <source>This file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="326"/>
        <source>Changes from &apos;{before}&apos; to &apos;{after}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="330"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="331"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="332"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="333"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="337"/>
        <source>+1 / –1: change of the emotion score in a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="363"/>
        <source>{title} (compared with {what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="422"/>
        <source>Export Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="424"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="438"/>
        <source>{added} added, {removed} removed, {changed} changed, {moved} moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="451"/>
        <source>Cannot export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_view.py" line="454"/>
        <source>Exported the comparison to {name} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="167"/>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="175"/>
        <source>Mark on the map what changes between &apos;{title}&apos; and:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="182"/>
        <source>Another &amp;map of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="192"/>
        <source>The same map in another &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="193"/>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="198"/>
        <source>A saved &amp;revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="221"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="231"/>
        <source>Compare With a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/compare_panels.py" line="233"/>
        <source>mapstudio projects (*{ext});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareMarks</name>
    <message>
        <location filename="../src/mapstudio/ui/canvas/marks.py" line="41"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/marks.py" line="42"/>
        <source>Removed: only the other side has this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/marks.py" line="43"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/marks.py" line="44"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="61"/>
        <source>The project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="62"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="63"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="64"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="65"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="66"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="67"/>
        <source>Persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="68"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="69"/>
        <source>Emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="79"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="89"/>
        <source>{field} differs between the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="91"/>
        <source>{field} changed in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="95"/>
        <source>in a different place in each copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="97"/>
        <source>moved in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="101"/>
        <source>deleted in your copy, changed in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="103"/>
        <source>deleted in their copy, changed in yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="107"/>
        <source>only in your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="109"/>
        <source>only in their copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="112"/>
        <source>changed in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="134"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="135"/>
        <source>after {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="143"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="145"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="153"/>
        <source>as in your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="155"/>
        <source>as in their copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="166"/>
        <source>keep it, with the changes made to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="169"/>
        <source>leave it deleted, with what is inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="171"/>
        <source>leave it deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="175"/>
        <source>delete it, with what is inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="177"/>
        <source>delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="181"/>
        <source>keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="183"/>
        <source>leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="203"/>
        <source>On map {map}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="205"/>
        <source>, stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="237"/>
        <source>Resolve merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="239"/>
        <source>Merge {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="245"/>
        <source>1 difference to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="247"/>
        <source>{count} differences to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="249"/>
        <source>1 conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="251"/>
        <source>{count} conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="259"/>
        <source>mapstudio does not know where your copy and {name} started, so every difference is a choice. Each is set to keep what either copy has; change the ones you want otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="265"/>
        <source>This file was merged with conflicts: both copies changed the same things. Each is set to the choice the merge made, which loses nothing; change the ones you want otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="271"/>
        <source>Your copy and {name} both changed the same things: choose whose version to keep for each. Where one copy deleted what the other changed, it is kept unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="280"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="280"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="324"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="325"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="330"/>
        <source>All Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="331"/>
        <source>All Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="335"/>
        <source>Keep your version in every difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="336"/>
        <source>Keep their version in every difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="338"/>
        <source>Keep your version in every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="339"/>
        <source>Keep their version in every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="370"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="370"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="377"/>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="382"/>
        <source>Merge with these choices and keep the conflicts in the project, to resolve them later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="447"/>
        <source>keeping mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="447"/>
        <source>keeping theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="460"/>
        <source>Difference {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="462"/>
        <source>Conflict {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="481"/>
        <source>Keeping it is recommended: nothing either of you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="483"/>
        <source>Keeping it is recommended: nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="499"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="500"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="501"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="502"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="508"/>
        <source>Nothing new came in from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="512"/>
        <source>1 change came in from {name}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="516"/>
        <source>{count} changes came in from {name}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="520"/>
        <source>; 1 conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="522"/>
        <source>; {count} conflicts resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="530"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="531"/>
        <source>emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="532"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="533"/>
        <source>persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="534"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="535"/>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="536"/>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="537"/>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="538"/>
        <source>project setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="541"/>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="542"/>
        <source>emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="543"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="544"/>
        <source>persona bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="545"/>
        <source>stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="546"/>
        <source>lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="547"/>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="548"/>
        <source>maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_dialog.py" line="549"/>
        <source>project settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentActions</name>
    <message>
        <location filename="../src/mapstudio/ui/content_actions.py" line="351"/>
        <source>Picture exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/content_actions.py" line="356"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="82"/>
        <source>mapstudio ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="95"/>
        <source>Something unexpected went wrong inside mapstudio ({error}), so the last thing you did may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="103"/>
        <source>Your work is safe: autosave keeps a copy of your unsaved changes, and mapstudio offers to recover it the next time it starts. You can keep working; if something looks wrong, save under a new name and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="109"/>
        <source>Autosave is turned off in Preferences, so save your work now (File ▸ Save As…, under a new name) before you carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="115"/>
        <source>The details were written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="117"/>
        <source>The log file could not be written; use Copy details to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="126"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="131"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="132"/>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="134"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="172"/>
        <source>{count} more errors followed; the latest: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/mapstudio/ui/find_bar.py" line="67"/>
        <source>Find in cards and personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/find_bar.py" line="74"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/find_bar.py" line="77"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/find_bar.py" line="80"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/find_bar.py" line="82"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/find_bar.py" line="113"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <location filename="../src/mapstudio/ui/first_run.py" line="65"/>
        <source>Getting started hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/first_run.py" line="74"/>
        <source>This is an example map. Drag from the palette, double-click a cell to add a card; File ▸ New starts blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/first_run.py" line="79"/>
        <source>Don&apos;t show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/first_run.py" line="80"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/first_run.py" line="81"/>
        <source>Close the hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="309"/>
        <source>mapstudio &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="311"/>
        <source>Read the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="313"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="314"/>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="316"/>
        <source>&amp;About mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="71"/>
        <source>Cannot read “{name}”: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="53"/>
        <source>Only PNG and JPEG pictures can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="63"/>
        <source>“{name}” is not a file. {only}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="65"/>
        <source>“{name}” is too large; choose a picture under {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="67"/>
        <source>“{name}” could not be read in time; copy it to this computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="100"/>
        <source>“{name}” is not a PNG or JPEG picture. {only}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="159"/>
        <source>The picture cannot be used: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="160"/>
        <source>“{name}” cannot be used: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="200"/>
        <source>The image could not be converted for the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="239"/>
        <source>Set Card Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="241"/>
        <source>Remove Card Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="269"/>
        <source>The picture is too large; use one under {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="57"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="58"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="59"/>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="60"/>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="40"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="61"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="62"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="63"/>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="64"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="65"/>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="79"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="37"/>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="116"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="39"/>
        <source>Name of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="81"/>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="23"/>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="41"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="43"/>
        <source>The map&apos;s name, shown on its tab and poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="47"/>
        <source>What journey does this map follow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="50"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="52"/>
        <source>The situation the personas are in, e.g. &apos;Buying a sofa online&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="29"/>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="62"/>
        <source>Current state (as is) or future state (to be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="67"/>
        <source>Emotion scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="76"/>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="77"/>
        <source>The lowest score of the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="81"/>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="82"/>
        <source>The highest score of the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="89"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="91"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="96"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="115"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="129"/>
        <source>Future state of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="150"/>
        <source>Label for {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="175"/>
        <source>The highest score must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/map_page.py" line="189"/>
        <source>The scale needs 2 to 11 steps, each with a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="77"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="79"/>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="83"/>
        <source>The card&apos;s headline (Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="86"/>
        <source>Details (Ctrl+Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="88"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="90"/>
        <source>More detail, on the card below the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="93"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="97"/>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="104"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="106"/>
        <source>Where this touchpoint meets the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="111"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="113"/>
        <source>How badly it hurts: 1 (minor) to 5 (drop-off). Keys 1–5 set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="119"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="121"/>
        <source>How much it would help: 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="125"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="127"/>
        <source>How hard it is to do: 1 to 5 (low effort = quick win)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="130"/>
        <source>e.g. 2.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="132"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="134"/>
        <source>The measured figure; leave empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="137"/>
        <source>e.g. 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="139"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="141"/>
        <source>The figure to reach; leave empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="144"/>
        <source>e.g. %, s, NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="146"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="148"/>
        <source>Unit of value and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="151"/>
        <source>Notes &amp; evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="155"/>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="165"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="156"/>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="320"/>
        <source>Comma-separated labels for grouping and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="167"/>
        <source>e.g. Survey Q3, n=412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="169"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="171"/>
        <source>Where this comes from: a survey, interviews, analytics, support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="177"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="178"/>
        <source>Kind default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="180"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="182"/>
        <source>The sticky-note colour of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="187"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="188"/>
        <source>Embed a picture file (PNG or JPEG, scaled down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="189"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="190"/>
        <source>Use the picture on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="191"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="202"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="204"/>
        <source>A picture on the card; you can also drop an image file on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="250"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="258"/>
        <source>cards of several kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="262"/>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="266"/>
        <source>Changes here apply to all {n} selected cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="314"/>
        <source>Also on some: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="322"/>
        <source>Tags every selected card has. Tags you add or remove here change all of them; others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="339"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="346"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="348"/>
        <source>PNG and JPEG pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="363"/>
        <source>There is no picture on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="381"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/card_page.py" line="411"/>
        <source>Edit Tags of {n} Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="60"/>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="66"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="62"/>
        <source>How the persona feels here, on the map&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="67"/>
        <source>Arrow keys step through the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="70"/>
        <source>e.g. anxious, relieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="72"/>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="74"/>
        <source>One word, shown under the marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="77"/>
        <source>Why they feel this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="81"/>
        <source>Why the persona feels this way here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="109"/>
        <source>Emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="113"/>
        <source>{n} emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="117"/>
        <source>Changes here apply to all {n} selected points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/point_page.py" line="160"/>
        <source>Edit {n} Emotion Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="24"/>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="64"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="26"/>
        <source>e.g. Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="30"/>
        <source>The stage&apos;s name, shown in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="34"/>
        <source>What happens in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="37"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="39"/>
        <source>A note about this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="53"/>
        <source>{n} stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="55"/>
        <source>Select one stage to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/stage_page.py" line="61"/>
        <source>Stage {i} of {n} · {cards} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="20"/>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="46"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="25"/>
        <source>The lane&apos;s label in the left column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="31"/>
        <source>What the lane holds; fixed once it has cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="34"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="51"/>
        <source>In every persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/lane_page.py" line="53"/>
        <source>Once, shared by all personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/band_page.py" line="47"/>
        <location filename="../src/mapstudio/ui/inspector/band_page.py" line="50"/>
        <source>Edit in Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/band_page.py" line="51"/>
        <source>Name, role, goals, photo and colour are edited in the Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/band_page.py" line="67"/>
        <source>{n} persona bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/band_page.py" line="82"/>
        <source>Persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/band_page.py" line="91"/>
        <source>Band {i} of {n} · {cards} cards · {points} emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/mixed_page.py" line="17"/>
        <source>Items of different kinds are selected. Select cards only, or emotion points only, to edit them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/mixed_page.py" line="29"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/mixed_page.py" line="30"/>
        <source>Mixed selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/dock.py" line="56"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector/dock.py" line="129"/>
        <source>Inspector messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="157"/>
        <source>Drag from the palette onto the map · double-click a cell to add a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="83"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="86"/>
        <source>Start a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="90"/>
        <source>New from &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="92"/>
        <source>Start from the bundled example map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="96"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="99"/>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="103"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="106"/>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="111"/>
        <source>&amp;Merge a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="113"/>
        <source>Bring in the changes of another copy of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="117"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="120"/>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="124"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="127"/>
        <source>Print-ready PDF poster, tiled sheets or a blank workshop template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="133"/>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="136"/>
        <source>Start from a template: online purchase, SaaS onboarding, blueprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="142"/>
        <source>Spreadsheet as &amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="144"/>
        <source>Make a project from a CSV or XLSX sheet of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="148"/>
        <source>&amp;Merge Spreadsheet into This Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="150"/>
        <source>Add a sheet&apos;s cards to this map, matching stages, lanes and personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="156"/>
        <source>&amp;Spreadsheet (CSV, XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="158"/>
        <source>One row per card or emotion point of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="162"/>
        <source>P&amp;icture (PNG, SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="164"/>
        <source>The map, or the selected cards, as a picture for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="170"/>
        <source>Copy as &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="173"/>
        <source>Copy the selection, or the whole map, as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="177"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="180"/>
        <source>Quit mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="184"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="414"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="449"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="192"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="415"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="452"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="200"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="203"/>
        <source>Cut the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="209"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="212"/>
        <source>Copy the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="218"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="221"/>
        <source>Paste cards into the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="227"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="230"/>
        <source>Duplicate the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="235"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="238"/>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="244"/>
        <source>Select &amp;All Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="247"/>
        <source>Select every card of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="253"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="256"/>
        <source>Paper size, units, autosave, emotion scale, theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="261"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="264"/>
        <source>Find text in cards and personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="269"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="277"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="286"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="293"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="300"/>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="303"/>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="308"/>
        <source>Fit &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="311"/>
        <source>Zoom to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="317"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="320"/>
        <source>Show the map at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="325"/>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="327"/>
        <source>Add a stage after the selected one (or at the end) and name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="333"/>
        <source>Add &amp;Persona Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="335"/>
        <source>Add a new persona to the project and give it a band on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="341"/>
        <source>Next &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="344"/>
        <source>Move the keyboard to the map, the Inspector, the Personas panel or the Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="353"/>
        <source>Pre&amp;vious Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="361"/>
        <source>Show &amp;Hidden Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="363"/>
        <source>Show every persona band again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="367"/>
        <source>&amp;New Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="370"/>
        <source>Add a map with the classic stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="373"/>
        <source>&amp;Rename Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="377"/>
        <source>Duplicate as &amp;Future State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="379"/>
        <source>Copy this map as a future-state map linked to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="382"/>
        <source>&amp;Delete Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="410"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="418"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="427"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="432"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="442"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="453"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="459"/>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="467"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/action_table.py" line="474"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="189"/>
        <source>The picture on card “{name}” cannot be read; it shows as a grey placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="197"/>
        <source>The photo of “{name}” cannot be read; initials show instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="228"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="268"/>
        <source>That persona is not shown on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="308"/>
        <source>Band hidden — View ▸ Show Hidden Bands brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="40"/>
        <source>Map {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="50"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="51"/>
        <source>Map title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="61"/>
        <source>{title} — future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="71"/>
        <source>A project keeps at least one map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="76"/>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="77"/>
        <source>Delete the map &apos;{title}&apos; with its {count} cards? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="141"/>
        <source>Move Lane Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="146"/>
        <source>Move Lane Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="150"/>
        <source>Add Lane Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="156"/>
        <source>Delete Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="171"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/map_actions.py" line="184"/>
        <source>Add Persona Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="449"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="452"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="458"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="460"/>
        <source>{name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="463"/>
        <source>{name}[*] — mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="115"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="130"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="133"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="263"/>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="271"/>
        <source>The file itself keeps everything. To work on what is shown, use Save As to save it as a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="152"/>
        <source>Project repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="153"/>
        <source>&apos;{name}&apos; had {count} problem(s) that were repaired. Save to keep the repaired version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="204"/>
        <source>Opened without a lock: {why}. Another mapstudio would not see that this file is open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="235"/>
        <source>This file holds more than mapstudio shows; saving over it would lose the rest. Use Save As to keep what is shown as a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="295"/>
        <source>Reloaded {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="173"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="176"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="323"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="240"/>
        <source>This file is open elsewhere; use Save As to keep your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="264"/>
        <source>&apos;{name}&apos; holds more than this version of mapstudio shows, so part of it is left out here: {first} It is open read-only: saving over it would lose what is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="345"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="348"/>
        <source>Your changes are still open here; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="371"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="385"/>
        <source>this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="389"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/file_controller.py" line="390"/>
        <source>Do you want to save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCopy</name>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="59"/>
        <source>Merge a copy of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="73"/>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="85"/>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="108"/>
        <source>Cannot merge this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="76"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="86"/>
        <source>{name} holds more than this version of mapstudio shows: {first} Merging it would leave that part of their work out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="92"/>
        <source>Your project is unchanged. Open the copy on its own to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="111"/>
        <source>Your project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="123"/>
        <source>Nothing to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="124"/>
        <source>{name} holds no changes that your project does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="157"/>
        <source>The conflicts stay listed over the map until you resolve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="163"/>
        <source>Copy merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="168"/>
        <source>Edit ▸ Undo takes the whole merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="190"/>
        <source>Another project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="191"/>
        <source>What should happen with {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="194"/>
        <source>Merge it to bring its changes into the project open here, or open it in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="201"/>
        <source>Merge into This Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="204"/>
        <source>Open in a New Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="263"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="287"/>
        <source>This file has 1 merge conflict to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="289"/>
        <source>This file has {count} merge conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="331"/>
        <source>1 conflict resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/merge_actions.py" line="333"/>
        <source>{count} conflicts resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <location filename="../src/mapstudio/ui/palette.py" line="78"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/persona_list.py" line="96"/>
        <source>On map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="72"/>
        <location filename="../src/mapstudio/ui/personas_dock/persona_list.py" line="172"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="63"/>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="64"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="66"/>
        <source>Embed a picture in the project (scaled to at most {n} px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="70"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="72"/>
        <source>Show the initials instead of a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="90"/>
        <source>e.g. Maya Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="92"/>
        <source>e.g. First-time buyer, 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="96"/>
        <source>Who they are, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="99"/>
        <source>Something they would say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="104"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="112"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="114"/>
        <source>The persona&apos;s name, shown in its band header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="117"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="119"/>
        <source>A short description under the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="122"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="124"/>
        <source>The accent of the band and the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="127"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="129"/>
        <source>A short description of the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="132"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="134"/>
        <source>A typical thing this persona says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="136"/>
        <source>Goals, needs, frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="138"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="140"/>
        <source>What they want to achieve; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="143"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="145"/>
        <source>What they need along the way; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="148"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="150"/>
        <source>What gets in their way; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="213"/>
        <source>A persona needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="224"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/editor.py" line="226"/>
        <source>PNG and JPEG pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="104"/>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="105"/>
        <source>Add a persona to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="109"/>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="430"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="110"/>
        <source>Edit the selected persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="114"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="115"/>
        <source>Delete the selected persona from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="120"/>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="260"/>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="439"/>
        <source>Add to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="121"/>
        <source>Show the selected persona on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="137"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="152"/>
        <source>Drag a persona onto the map to add its band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="158"/>
        <source>Personas messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="217"/>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="229"/>
        <source>Shown on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="231"/>
        <source>Not on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="254"/>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="258"/>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="353"/>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="434"/>
        <source>Remove from map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="263"/>
        <source>Remove this persona&apos;s band from the map (it stays in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="267"/>
        <source>Show this persona as a band on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="300"/>
        <source>Persona {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="317"/>
        <source>Delete “{name}” from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="321"/>
        <source>It is shown on {maps} map(s); its {cards} card(s) and {points} emotion point(s) there are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="326"/>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="329"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="354"/>
        <source>Remove “{name}” from “{map}”? Its {cards} card(s) and {points} emotion point(s) on this map are deleted; the persona stays in the library. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="382"/>
        <source>Set Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="384"/>
        <source>Remove Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="443"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock/dock.py" line="446"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_model.py" line="84"/>
        <source>no cell: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_model.py" line="114"/>
        <location filename="../src/mapstudio/ui/photo_review_model.py" line="152"/>
        <source>outside the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_canvas.py" line="158"/>
        <source>{number} · dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_canvas.py" line="160"/>
        <source>{number} ? check: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_canvas.py" line="282"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="76"/>
        <source>Review Workshop Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="103"/>
        <source>{count} notes found on the poster of “{map}”. Check each note&apos;s cell and title; notes marked ? need a look. Drag an outline onto another cell, or choose the cell on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="114"/>
        <source>Left out: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="144"/>
        <source>Draw Missed Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="146"/>
        <source>Then drag a box round a note the import missed (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="153"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="154"/>
        <source>Show the whole photo (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="164"/>
        <source>Solid outline: placed in its cell · dashed with ?: check it · dotted: dropped. Wheel or +/− zooms; drag the photo to pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="178"/>
        <source>Notes (to check first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="181"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="202"/>
        <source>Card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="203"/>
        <source>Type what the note says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="206"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="209"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="210"/>
        <source>(no cell: not added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="212"/>
        <source>&amp;Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="213"/>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="407"/>
        <source>&amp;Drop Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="216"/>
        <source>Not a note, or not wanted: add no card for it (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="233"/>
        <source>Add Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="236"/>
        <source>Add the cards in one step (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="279"/>
        <source>Discard the review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="280"/>
        <source>Discard the review of these photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="282"/>
        <source>The titles you typed and the cells you chose are lost, and no card is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="289"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="292"/>
        <source>Keep Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="323"/>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="325"/>
        <source>{number}. Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="327"/>
        <source>{number}. ? Check: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="405"/>
        <source>&amp;Keep Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="421"/>
        <source>Note {number}: dropped, no card is added for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="425"/>
        <source>Note {number}: drawn by you on {photo}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="427"/>
        <source>Note {number}: found on {photo}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="430"/>
        <source>It is {where}: choose its cell, or it is not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="434"/>
        <source>It has no cell: choose one, or it is not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="438"/>
        <source>Not sure of its cell ({percent} % sure): please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="553"/>
        <source>1 card will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="555"/>
        <source>{count} cards will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="557"/>
        <source>{count} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="560"/>
        <source>{count} without a cell (not added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="566"/>
        <source>Add 1 Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review_dialog.py" line="568"/>
        <source>Add {count} Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="105"/>
        <location filename="../src/mapstudio/ui/photo_review.py" line="121"/>
        <source>The photo import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="137"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="138"/>
        <source>Reading the photos of the wall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="139"/>
        <location filename="../src/mapstudio/ui/photo_review.py" line="221"/>
        <source>Import Workshop Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="162"/>
        <source>Photos are being imported already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="188"/>
        <source>Photo import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="195"/>
        <source>Cannot import the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="196"/>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="243"/>
        <source>Photo import cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="260"/>
        <source>No cards were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="273"/>
        <source>Added 1 card from 1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="275"/>
        <source>Added 1 card from {photos} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="277"/>
        <source>Added {cards} cards from 1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="278"/>
        <source>Added {cards} cards from {photos} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="285"/>
        <source>Import &amp;Workshop Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="287"/>
        <source>Read photos of a printed poster covered in sticky notes back into cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="251"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="256"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="257"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="258"/>
        <source>Default paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="260"/>
        <source>Millimetres (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="261"/>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="262"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="263"/>
        <source>Keep a recovery copy of unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="264"/>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="268"/>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="269"/>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="275"/>
        <source>Score labels, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="282"/>
        <source>Recent files to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="284"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="285"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="286"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="287"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="291"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="295"/>
        <source>Default &amp;paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="296"/>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="297"/>
        <source>Autosave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="298"/>
        <source>Emotion scale for new maps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="299"/>
        <source>Score &amp;labels (lowest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="301"/>
        <source>&amp;Recent files to remember:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="302"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="303"/>
        <source>The map itself stays paper-white in every theme, as it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="349"/>
        <source>The highest score must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/preferences.py" line="355"/>
        <source>A scale from {low} to {high} needs {steps} labels, one per line (there are {count}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="56"/>
        <source>Move the selection to the next cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="57"/>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="60"/>
        <source>To the first or last stage of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="61"/>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="64"/>
        <source>To the first or last card of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="65"/>
        <source>Ctrl+Home / Ctrl+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="68"/>
        <source>Move the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="69"/>
        <source>Alt+Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="71"/>
        <source>Add a card in the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="73"/>
        <source>Edit the selected card&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="74"/>
        <source>F2 or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="77"/>
        <source>Add the chosen Palette entry beside the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="78"/>
        <source>Enter in the Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="81"/>
        <source>Step through cards and empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="82"/>
        <location filename="../src/mapstudio/ui/help.py" line="87"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="84"/>
        <source>Finish editing (new line: Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="86"/>
        <source>Finish and edit the next or previous title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="89"/>
        <source>Cancel editing, clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="90"/>
        <source>Pan the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="90"/>
        <source>Space+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="91"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="91"/>
        <source>Ctrl+mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="264"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="267"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="268"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="271"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="271"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="271"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="273"/>
        <source>Menu shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="275"/>
        <location filename="../src/mapstudio/ui/help.py" line="284"/>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="275"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="276"/>
        <source>Canvas keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="282"/>
        <source>Menu commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="102"/>
        <source>1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="103"/>
        <source>{n} stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="107"/>
        <source>1 persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="108"/>
        <source>{n} personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="112"/>
        <source>1 example card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="113"/>
        <source>{n} example cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="116"/>
        <source>no example content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="242"/>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="347"/>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="247"/>
        <source>Start a new project from a template. Each one comes with example personas, cards and emotions to show how it is used; clear them below to start blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="265"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="268"/>
        <source>Start without example content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="271"/>
        <source>Keep the template&apos;s stages, lanes and personas; leave out its example cards and emotion points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="278"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="114"/>
        <source>mapstudio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="117"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="130"/>
        <source># User guide

The user guide is not part of this build. It is in the folder `docs/user-guide` of mapstudio&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../src/mapstudio/ui/widgets/fields.py" line="25"/>
        <source>— mixed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/fields.py" line="283"/>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="30"/>
        <source>Butter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="31"/>
        <source>Peach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="32"/>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="33"/>
        <source>Blush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="34"/>
        <source>Lilac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="35"/>
        <source>Sky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="36"/>
        <source>Aqua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="37"/>
        <source>Mint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="38"/>
        <source>Sage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="39"/>
        <source>Fog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="46"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="47"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="48"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="49"/>
        <source>Plum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="50"/>
        <source>Ochre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="51"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="52"/>
        <source>Berry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="53"/>
        <source>Olive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="82"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="116"/>
        <source>Custom colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/colors.py" line="146"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="20"/>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="21"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="22"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="23"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="24"/>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="132"/>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="133"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/levels.py" line="158"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets/fields.py" line="344"/>
        <source>e.g. checkout, quick win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
