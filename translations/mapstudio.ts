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
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="370"/>
        <source>Cards can only be dropped into a card lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="790"/>
        <source>This persona already has a band on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="801"/>
        <source>Drop a stage on the row of stage headers, between two stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="807"/>
        <source>Drop an emotion point in a persona&apos;s Emotions lane, at the height of the feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="818"/>
        <source>Drop %1 in a cell of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="834"/>
        <source>This band has no %1 lane: Map ▸ Lanes adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="911"/>
        <source>Set Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1020"/>
        <source>Copied %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1040"/>
        <source>There are no cards on the clipboard to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1045"/>
        <source>Click a cell first to choose where to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1250"/>
        <source>Stage — Enter renames it, Down goes to its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1287"/>
        <source>Empty cell — Ctrl+Enter adds a card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1350"/>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1352"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1353"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1354"/>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1408"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1355"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1358"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1362"/>
        <source>Delete Emotion Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1367"/>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1368"/>
        <source>Insert Stage Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1369"/>
        <source>Insert Stage After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1371"/>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1375"/>
        <source>Rename Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1382"/>
        <source>Move Band Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1386"/>
        <source>Move Band Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1392"/>
        <source>Hide Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1395"/>
        <source>Edit Persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1398"/>
        <source>Remove from Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1405"/>
        <source>Add {lane} Card Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1405"/>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentActions</name>
    <message>
        <location filename="../src/mapstudio/ui/content_actions.py" line="358"/>
        <source>Picture exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/content_actions.py" line="363"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="80"/>
        <source>mapstudio ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="93"/>
        <source>Something unexpected went wrong inside mapstudio ({error}), so the last thing you did may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="101"/>
        <source>Your work is safe: autosave keeps a copy of your unsaved changes, and mapstudio offers to recover it the next time it starts. You can keep working; if something looks wrong, save under a new name and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="107"/>
        <source>Autosave is turned off in Preferences, so save your work now (File ▸ Save As…, under a new name) before you carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="113"/>
        <source>The details were written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="115"/>
        <source>The log file could not be written; use Copy details to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="124"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="129"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="130"/>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="132"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="170"/>
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
        <location filename="../src/mapstudio/ui/help.py" line="296"/>
        <source>mapstudio &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="298"/>
        <source>Read the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="300"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="301"/>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="303"/>
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
        <location filename="../src/mapstudio/ui/images.py" line="197"/>
        <source>The image could not be converted for the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="236"/>
        <source>Set Card Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="238"/>
        <source>Remove Card Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/images.py" line="266"/>
        <source>The picture is too large; use one under {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="99"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="100"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="101"/>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="102"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="745"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="103"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="104"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="105"/>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="106"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="107"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="784"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="230"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="309"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="232"/>
        <source>Name of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="234"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="404"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="933"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="236"/>
        <source>The map&apos;s name, shown on its tab and poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="240"/>
        <source>What journey does this map follow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="243"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="245"/>
        <source>The situation the personas are in, e.g. &apos;Buying a sofa online&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="253"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="939"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="255"/>
        <source>Current state (as is) or future state (to be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="260"/>
        <source>Emotion scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="269"/>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="270"/>
        <source>The lowest score of the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="274"/>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="275"/>
        <source>The highest score of the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="282"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="284"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="289"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="308"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="322"/>
        <source>Future state of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="343"/>
        <source>Label for {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="368"/>
        <source>The highest score must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="386"/>
        <source>The scale needs 2 to 11 steps, each with a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="400"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="402"/>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="406"/>
        <source>The card&apos;s headline (Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="409"/>
        <source>Details (Ctrl+Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="411"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="413"/>
        <source>More detail, on the card below the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="416"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="420"/>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="427"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="429"/>
        <source>Where this touchpoint meets the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="434"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="436"/>
        <source>How badly it hurts: 1 (minor) to 5 (drop-off). Keys 1–5 set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="442"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="444"/>
        <source>How much it would help: 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="448"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="450"/>
        <source>How hard it is to do: 1 to 5 (low effort = quick win)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="453"/>
        <source>e.g. 2.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="455"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="457"/>
        <source>The measured figure; leave empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="460"/>
        <source>e.g. 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="462"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="464"/>
        <source>The figure to reach; leave empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="467"/>
        <source>e.g. %, s, NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="469"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="471"/>
        <source>Unit of value and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="474"/>
        <source>Notes &amp; evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="478"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="488"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="479"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="643"/>
        <source>Comma-separated labels for grouping and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="490"/>
        <source>e.g. Survey Q3, n=412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="492"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="494"/>
        <source>Where this comes from: a survey, interviews, analytics, support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="500"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="501"/>
        <source>Kind default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="503"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="505"/>
        <source>The sticky-note colour of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="510"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="511"/>
        <source>Embed a picture file (PNG or JPEG, scaled down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="512"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="513"/>
        <source>Use the picture on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="514"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="525"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="527"/>
        <source>A picture on the card; you can also drop an image file on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="573"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="581"/>
        <source>cards of several kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="585"/>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="589"/>
        <source>Changes here apply to all {n} selected cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="637"/>
        <source>Also on some: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="645"/>
        <source>Tags every selected card has. Tags you add or remove here change all of them; others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="662"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="669"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="671"/>
        <source>PNG and JPEG pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="686"/>
        <source>There is no picture on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="704"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="734"/>
        <source>Edit Tags of {n} Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="765"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="771"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="767"/>
        <source>How the persona feels here, on the map&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="772"/>
        <source>Arrow keys step through the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="775"/>
        <source>e.g. anxious, relieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="777"/>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="779"/>
        <source>One word, shown under the marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="782"/>
        <source>Why they feel this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="786"/>
        <source>Why the persona feels this way here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="814"/>
        <source>Emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="818"/>
        <source>{n} emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="822"/>
        <source>Changes here apply to all {n} selected points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="865"/>
        <source>Edit {n} Emotion Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="876"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="916"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="878"/>
        <source>e.g. Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="880"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="882"/>
        <source>The stage&apos;s name, shown in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="886"/>
        <source>What happens in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="889"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="891"/>
        <source>A note about this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="905"/>
        <source>{n} stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="907"/>
        <source>Select one stage to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="913"/>
        <source>Stage {i} of {n} · {cards} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="930"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="956"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="935"/>
        <source>The lane&apos;s label in the left column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="941"/>
        <source>What the lane holds; fixed once it has cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="944"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="961"/>
        <source>In every persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="963"/>
        <source>Once, shared by all personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1000"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="1003"/>
        <source>Edit in Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1004"/>
        <source>Name, role, goals, photo and colour are edited in the Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1020"/>
        <source>{n} persona bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1035"/>
        <source>Persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1044"/>
        <source>Band {i} of {n} · {cards} cards · {points} emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1061"/>
        <source>Items of different kinds are selected. Select cards only, or emotion points only, to edit them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1073"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1074"/>
        <source>Mixed selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1097"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="1173"/>
        <source>Inspector messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="209"/>
        <source>Drag from the palette onto the map · double-click a cell to add a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="250"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="253"/>
        <source>New from &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="259"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="261"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="263"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="266"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="269"/>
        <source>Print-ready PDF poster, tiled sheets or a blank workshop template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="272"/>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="275"/>
        <source>Start from a template: online purchase, SaaS onboarding, blueprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="278"/>
        <source>Spreadsheet as &amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="281"/>
        <source>Make a project from a CSV or XLSX sheet of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="284"/>
        <source>&amp;Merge Spreadsheet into This Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="287"/>
        <source>Add a sheet&apos;s cards to this map, matching stages, lanes and personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="290"/>
        <source>&amp;Spreadsheet (CSV, XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="293"/>
        <source>One row per card or emotion point of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="296"/>
        <source>P&amp;icture (PNG, SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="299"/>
        <source>The map, or the selected cards, as a picture for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="302"/>
        <source>Copy as &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="305"/>
        <source>Copy the selection, or the whole map, as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="308"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="308"/>
        <source>Quit mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="311"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="867"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="894"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="314"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="868"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="898"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="318"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="325"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="332"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="339"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="345"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="352"/>
        <source>Select &amp;All Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="359"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="362"/>
        <source>Paper size, units, autosave, emotion scale, theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="366"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="369"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="372"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="374"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="375"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="377"/>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="380"/>
        <source>Fit &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="383"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="386"/>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="389"/>
        <source>Add a stage after the selected one (or at the end) and name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="392"/>
        <source>Add &amp;Persona Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="395"/>
        <source>Add a new persona to the project and give it a band on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="398"/>
        <source>Next &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="401"/>
        <source>Move the keyboard to the map, the Inspector or the Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="404"/>
        <source>Pre&amp;vious Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="407"/>
        <source>Show &amp;Hidden Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="413"/>
        <source>&amp;New Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="415"/>
        <source>&amp;Rename Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="417"/>
        <source>Duplicate as &amp;Future State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="422"/>
        <source>&amp;Delete Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="428"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="433"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="440"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="444"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="451"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="471"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="482"/>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="484"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="500"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="517"/>
        <source>The picture on card “{name}” cannot be read; it shows as a grey placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="525"/>
        <source>The photo of “{name}” cannot be read; initials show instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="552"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="581"/>
        <source>That persona is not shown on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="612"/>
        <source>Band hidden — View ▸ Show Hidden Bands brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="643"/>
        <source>Map {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="655"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="655"/>
        <source>Map title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="663"/>
        <source>{title} — future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="673"/>
        <source>A project keeps at least one map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="677"/>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="678"/>
        <source>Delete the map &apos;{title}&apos; with its {count} cards? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="719"/>
        <source>Move Lane Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="723"/>
        <source>Move Lane Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="727"/>
        <source>Add Lane Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="735"/>
        <source>Delete Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="744"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="755"/>
        <source>Add Persona Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="894"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="898"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="903"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="905"/>
        <source>{name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="906"/>
        <source>{name}[*] — mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="936"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="949"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="952"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="966"/>
        <source>Project repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="968"/>
        <source>&apos;{name}&apos; had {count} problem(s) that were repaired. Save to keep the repaired version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="997"/>
        <source>Opened without a lock: {why}. Another mapstudio would not see that this file is open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1024"/>
        <source>Reloaded {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1050"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1053"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1077"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1088"/>
        <source>This file is open elsewhere; use Save As to keep your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1097"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1100"/>
        <source>Your changes are still open here; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1117"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1146"/>
        <source>this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1149"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="1150"/>
        <source>Do you want to save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <location filename="../src/mapstudio/ui/palette.py" line="64"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="148"/>
        <source>On map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="224"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="453"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="264"/>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="265"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="267"/>
        <source>Embed a picture in the project (scaled to at most {n} px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="271"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="273"/>
        <source>Show the initials instead of a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="291"/>
        <source>e.g. Maya Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="293"/>
        <source>e.g. First-time buyer, 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="297"/>
        <source>Who they are, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="300"/>
        <source>Something they would say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="305"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="313"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="315"/>
        <source>The persona&apos;s name, shown in its band header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="318"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="320"/>
        <source>A short description under the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="323"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="325"/>
        <source>The accent of the band and the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="328"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="330"/>
        <source>A short description of the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="333"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="335"/>
        <source>A typical thing this persona says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="337"/>
        <source>Goals, needs, frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="339"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="341"/>
        <source>What they want to achieve; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="344"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="346"/>
        <source>What they need along the way; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="349"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="351"/>
        <source>What gets in their way; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="414"/>
        <source>A persona needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="425"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="427"/>
        <source>PNG and JPEG pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="485"/>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="486"/>
        <source>Add a persona to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="490"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="832"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="491"/>
        <source>Edit the selected persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="495"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="496"/>
        <source>Delete the selected persona from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="501"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="643"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="841"/>
        <source>Add to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="502"/>
        <source>Show the selected persona on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="518"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="533"/>
        <source>Drag a persona onto the map to add its band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="602"/>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="612"/>
        <source>Shown on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="614"/>
        <source>Not on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="637"/>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="641"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="751"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="836"/>
        <source>Remove from map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="646"/>
        <source>Remove this persona&apos;s band from the map (it stays in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="650"/>
        <source>Show this persona as a band on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="696"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="699"/>
        <source>Persona {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="715"/>
        <source>Delete “{name}” from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="719"/>
        <source>It is shown on {maps} map(s); its {cards} card(s) and {points} emotion point(s) there are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="724"/>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="727"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="752"/>
        <source>Remove “{name}” from “{map}”? Its {cards} card(s) and {points} emotion point(s) on this map are deleted; the persona stays in the library. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="780"/>
        <source>Set Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="782"/>
        <source>Remove Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="845"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="848"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="170"/>
        <source>no cell: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="198"/>
        <location filename="../src/mapstudio/ui/photo_review.py" line="234"/>
        <source>outside the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="403"/>
        <source>{number} · dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="405"/>
        <source>{number} ? check: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="486"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="676"/>
        <source>Review Workshop Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="700"/>
        <source>{count} notes found on the poster of “{map}”. Check each note&apos;s cell and title; notes marked ? need a look. Drag an outline onto another cell, or choose the cell on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="711"/>
        <source>Left out: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="741"/>
        <source>Draw Missed Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="743"/>
        <source>Then drag a box round a note the import missed (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="750"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="751"/>
        <source>Show the whole photo (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="761"/>
        <source>Solid outline: placed in its cell · dashed with ?: check it · dotted: dropped. Wheel or +/− zooms; drag the photo to pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="775"/>
        <source>Notes (to check first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="778"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="799"/>
        <source>Card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="800"/>
        <source>Type what the note says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="803"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="806"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="807"/>
        <source>(no cell: not added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="809"/>
        <source>&amp;Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="810"/>
        <location filename="../src/mapstudio/ui/photo_review.py" line="974"/>
        <source>&amp;Drop Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="813"/>
        <source>Not a note, or not wanted: add no card for it (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="830"/>
        <source>Add Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="833"/>
        <source>Add the cards in one step (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="890"/>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="892"/>
        <source>{number}. Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="894"/>
        <source>{number}. ? Check: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="972"/>
        <source>&amp;Keep Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="988"/>
        <source>Note {number}: dropped, no card is added for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="992"/>
        <source>Note {number}: drawn by you on {photo}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="994"/>
        <source>Note {number}: found on {photo}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="997"/>
        <source>It is {where}: choose its cell, or it is not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1001"/>
        <source>It has no cell: choose one, or it is not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1005"/>
        <source>Not sure of its cell ({percent} % sure): please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1118"/>
        <source>1 card will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1120"/>
        <source>{count} cards will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1122"/>
        <source>{count} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1125"/>
        <source>{count} without a cell (not added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1131"/>
        <source>Add 1 Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1133"/>
        <source>Add {count} Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1209"/>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1225"/>
        <source>The photo import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1241"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1242"/>
        <source>Reading the photos of the wall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1243"/>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1311"/>
        <source>Import Workshop Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1266"/>
        <source>Photos are being imported already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1291"/>
        <source>Photo import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1298"/>
        <source>Cannot import the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1299"/>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1328"/>
        <source>Photo import cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1342"/>
        <source>No cards were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1355"/>
        <source>Added 1 card from 1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1357"/>
        <source>Added 1 card from {photos} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1359"/>
        <source>Added {cards} cards from 1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1360"/>
        <source>Added {cards} cards from {photos} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1367"/>
        <source>Import &amp;Workshop Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/photo_review.py" line="1369"/>
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
        <source>Move the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="61"/>
        <source>Alt+Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="63"/>
        <source>Add a card in the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="65"/>
        <source>Edit the selected card&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="66"/>
        <source>F2 or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="69"/>
        <source>Step through cards and empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="70"/>
        <location filename="../src/mapstudio/ui/help.py" line="75"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="72"/>
        <source>Finish editing (new line: Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="74"/>
        <source>Finish and edit the next or previous title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="77"/>
        <source>Cancel editing, clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="78"/>
        <source>Pan the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="78"/>
        <source>Space+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="79"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="79"/>
        <source>Ctrl+mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="252"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="255"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="256"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="259"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="259"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="259"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="261"/>
        <source>Menu shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="263"/>
        <location filename="../src/mapstudio/ui/help.py" line="272"/>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="263"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="264"/>
        <source>Canvas keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="270"/>
        <source>Menu commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="106"/>
        <source>1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="107"/>
        <source>{n} stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="111"/>
        <source>1 persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="112"/>
        <source>{n} personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="116"/>
        <source>1 example card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="117"/>
        <source>{n} example cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="120"/>
        <source>no example content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="246"/>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="351"/>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="251"/>
        <source>Start a new project from a template. Each one comes with example personas, cards and emotions to show how it is used; clear them below to start blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="269"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="272"/>
        <source>Start without example content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="275"/>
        <source>Keep the template&apos;s stages, lanes and personas; leave out its example cards and emotion points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/template_gallery.py" line="282"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="102"/>
        <source>mapstudio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="105"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="118"/>
        <source># User guide

The user guide is not part of this build. It is in the folder `docs/user-guide` of mapstudio&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="48"/>
        <source>— mixed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="309"/>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="371"/>
        <source>Butter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="372"/>
        <source>Peach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="373"/>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="374"/>
        <source>Blush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="375"/>
        <source>Lilac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="376"/>
        <source>Sky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="377"/>
        <source>Aqua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="378"/>
        <source>Mint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="379"/>
        <source>Sage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="380"/>
        <source>Fog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="387"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="388"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="389"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="390"/>
        <source>Plum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="391"/>
        <source>Ochre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="392"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="393"/>
        <source>Berry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="394"/>
        <source>Olive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="423"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="457"/>
        <source>Custom colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="487"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="507"/>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="508"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="509"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="510"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="511"/>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="619"/>
        <location filename="../src/mapstudio/ui/widgets.py" line="620"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="645"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="717"/>
        <source>e.g. checkout, quick win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
