<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="224"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="280"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="226"/>
        <source>Name of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="227"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="365"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="736"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="227"/>
        <source>The map&apos;s name, shown on its tab and poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="229"/>
        <source>What journey does this map follow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="231"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="233"/>
        <source>The situation the personas are in, e.g. &apos;Buying a sofa online&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="238"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="738"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="238"/>
        <source>Current state (as is) or future state (to be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="242"/>
        <source>Emotion scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="249"/>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="249"/>
        <source>The lowest score of the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="250"/>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="250"/>
        <source>The highest score of the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="256"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="258"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="263"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="280"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="292"/>
        <source>Future state of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="310"/>
        <source>Label for {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="333"/>
        <source>The highest score must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="349"/>
        <source>The scale needs 2 to 11 steps, each with a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="362"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="364"/>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="365"/>
        <source>The card&apos;s headline (Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="367"/>
        <source>Details (Ctrl+Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="368"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="368"/>
        <source>More detail, on the card below the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="370"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="374"/>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="378"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="378"/>
        <source>Where this touchpoint meets the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="382"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="384"/>
        <source>How badly it hurts: 1 (minor) to 5 (drop-off). Keys 1–5 set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="387"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="387"/>
        <source>How much it would help: 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="390"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="390"/>
        <source>How hard it is to do: 1 to 5 (low effort = quick win)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="393"/>
        <source>e.g. 2.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="394"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="394"/>
        <source>The measured figure; leave empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="396"/>
        <source>e.g. 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="397"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="397"/>
        <source>The figure to reach; leave empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="399"/>
        <source>e.g. %, s, NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="400"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="400"/>
        <source>Unit of value and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="402"/>
        <source>Notes &amp; evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="404"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="412"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="404"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="519"/>
        <source>Comma-separated labels for grouping and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="414"/>
        <source>e.g. Survey Q3, n=412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="416"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="418"/>
        <source>Where this comes from: a survey, interviews, analytics, support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="421"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="422"/>
        <source>Kind default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="423"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="382"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="423"/>
        <source>The sticky-note colour of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="462"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="466"/>
        <source>cards of several kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="467"/>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="469"/>
        <source>Changes here apply to all {n} selected cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="515"/>
        <source>Also on some: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="522"/>
        <source>Tags every selected card has. Tags you add or remove here change all of them; others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="540"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="570"/>
        <source>Edit Tags of {n} Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="581"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="600"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="601"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="600"/>
        <source>How the persona feels here, on the map&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="601"/>
        <source>Arrow keys step through the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="603"/>
        <source>e.g. anxious, relieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="604"/>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="604"/>
        <source>One word, shown under the marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="606"/>
        <source>Why they feel this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="607"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="607"/>
        <source>Why the persona feels this way here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="634"/>
        <source>Emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="637"/>
        <source>{n} emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="640"/>
        <source>Changes here apply to all {n} selected points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="681"/>
        <source>Edit {n} Emotion Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="692"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="720"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="694"/>
        <source>e.g. Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="695"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="380"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="695"/>
        <source>The stage&apos;s name, shown in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="697"/>
        <source>What happens in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="698"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="698"/>
        <source>A note about this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="710"/>
        <source>{n} stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="711"/>
        <source>Select one stage to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="717"/>
        <source>Stage {i} of {n} · {cards} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="734"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="752"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="736"/>
        <source>The lane&apos;s label in the left column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="738"/>
        <source>What the lane holds; fixed once it has cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="740"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="757"/>
        <source>In every persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="759"/>
        <source>Once, shared by all personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="795"/>
        <location filename="../src/mapstudio/ui/inspector.py" line="798"/>
        <source>Edit in Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="799"/>
        <source>Name, role, goals, photo and colour are edited in the Personas panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="812"/>
        <source>{n} persona bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="826"/>
        <source>Persona band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="835"/>
        <source>Band {i} of {n} · {cards} cards · {points} emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="853"/>
        <source>Items of different kinds are selected. Select cards only, or emotion points only, to edit them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="861"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="861"/>
        <source>Mixed selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="883"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="956"/>
        <source>Inspector messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="121"/>
        <source>Cannot read “{name}”: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="125"/>
        <source>“{name}” is too large ({mb:.0f} MB); choose an image under {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="134"/>
        <source>“{name}” is not an image mapstudio can read ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="162"/>
        <source>The image could not be converted for the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="222"/>
        <source>On map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="298"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="493"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="338"/>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="339"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="341"/>
        <source>Embed a picture in the project (scaled to at most {n} px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="343"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="344"/>
        <source>Show the initials instead of a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="361"/>
        <source>e.g. Maya Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="363"/>
        <source>e.g. First-time buyer, 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="366"/>
        <source>Who they are, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="368"/>
        <source>Something they would say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="373"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="380"/>
        <source>The persona&apos;s name, shown in its band header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="381"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="381"/>
        <source>A short description under the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="382"/>
        <source>The accent of the band and the emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="383"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="383"/>
        <source>A short description of the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="384"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="384"/>
        <source>A typical thing this persona says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="385"/>
        <source>Goals, needs, frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="386"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="386"/>
        <source>What they want to achieve; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="387"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="387"/>
        <source>What they need along the way; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="389"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="391"/>
        <source>What gets in their way; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="454"/>
        <source>A persona needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="465"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="467"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="524"/>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="524"/>
        <source>Add a persona to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="525"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="853"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="525"/>
        <source>Edit the selected persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="527"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="527"/>
        <source>Delete the selected persona from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="531"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="664"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="857"/>
        <source>Add to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="531"/>
        <source>Show the selected persona on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="546"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="560"/>
        <source>Drag a persona onto the map to add its band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="628"/>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="639"/>
        <source>Shown on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="639"/>
        <source>Not on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="662"/>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="664"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="764"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="855"/>
        <source>Remove from map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="666"/>
        <source>Remove this persona&apos;s band from the map (it stays in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="668"/>
        <source>Show this persona as a band on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="714"/>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="716"/>
        <source>Persona {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="731"/>
        <source>Delete “{name}” from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="734"/>
        <source>It is shown on {maps} map(s); its {cards} card(s) and {points} emotion point(s) there are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="737"/>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="740"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="766"/>
        <source>Remove “{name}” from “{map}”? Its {cards} card(s) and {points} emotion point(s) on this map are deleted; the persona stays in the library. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="796"/>
        <source>Set Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="814"/>
        <source>Remove Persona Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="859"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/personas_dock.py" line="861"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="312"/>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="425"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="459"/>
        <source>Custom colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="489"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="621"/>
        <location filename="../src/mapstudio/ui/widgets.py" line="622"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="647"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="719"/>
        <source>e.g. checkout, quick win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="338"/>
        <source>Cards can only be dropped into a card lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="736"/>
        <source>Copied %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="749"/>
        <source>There are no cards on the clipboard to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="753"/>
        <source>Click a cell first to choose where to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="902"/>
        <source>Empty cell — Ctrl+Enter adds a card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="962"/>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="964"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="965"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="966"/>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1020"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="967"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="970"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="974"/>
        <source>Delete Emotion Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="979"/>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="980"/>
        <source>Insert Stage Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="981"/>
        <source>Insert Stage After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="983"/>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="987"/>
        <source>Rename Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="994"/>
        <source>Move Band Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="998"/>
        <source>Move Band Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1004"/>
        <source>Hide Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1007"/>
        <source>Edit Persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1010"/>
        <source>Remove from Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1017"/>
        <source>Add {lane} Card Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/canvas/editor.py" line="1017"/>
        <source>a</source>
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
        <location filename="../src/mapstudio/ui/crash.py" line="92"/>
        <source>Something unexpected went wrong inside mapstudio ({error}), so the last thing you did may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="100"/>
        <source>Your work is safe: autosave keeps a copy of your unsaved changes, and mapstudio offers to recover it the next time it starts. You can keep working; if something looks wrong, save under a new name and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="106"/>
        <source>Autosave is turned off in Preferences, so save your work now (File ▸ Save As…, under a new name) before you carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="112"/>
        <source>The details were written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="114"/>
        <source>The log file could not be written; use Copy details to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="123"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="128"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="129"/>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="131"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/crash.py" line="169"/>
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
        <location filename="../src/mapstudio/ui/help.py" line="288"/>
        <source>mapstudio &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="290"/>
        <source>Read the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="292"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="293"/>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="295"/>
        <source>&amp;About mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="93"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="94"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="95"/>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="96"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="97"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="98"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="99"/>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="100"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/inspector.py" line="101"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="183"/>
        <source>Drag from the palette onto the map · double-click a cell to add a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="209"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="212"/>
        <source>New from &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="218"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="220"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="222"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="225"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="228"/>
        <source>Print-ready PDF poster, tiled sheets or a blank workshop template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="231"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="231"/>
        <source>Quit mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="233"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="636"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="234"/>
        <location filename="../src/mapstudio/ui/main_window.py" line="640"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="236"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="239"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="242"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="245"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="251"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="254"/>
        <source>Select &amp;All Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="260"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="263"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="266"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="268"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="269"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="271"/>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="274"/>
        <source>Fit &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="277"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="280"/>
        <source>Show &amp;Hidden Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="286"/>
        <source>&amp;New Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="288"/>
        <source>&amp;Rename Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="290"/>
        <source>Duplicate as &amp;Future State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="295"/>
        <source>&amp;Delete Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="300"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="304"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="314"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="331"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="340"/>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="342"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="355"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="385"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="411"/>
        <source>That persona is not shown on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="442"/>
        <source>Band hidden — View ▸ Show Hidden Bands brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="472"/>
        <source>Map {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="481"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="481"/>
        <source>Map title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="489"/>
        <source>{title} — future state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="499"/>
        <source>A project keeps at least one map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="503"/>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="504"/>
        <source>Delete the map &apos;{title}&apos; with its {count} cards? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="545"/>
        <source>Move Lane Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="549"/>
        <source>Move Lane Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="553"/>
        <source>Add Lane Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="561"/>
        <source>Delete Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="636"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="640"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="645"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="647"/>
        <source>{name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="648"/>
        <source>{name}[*] — mapstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="674"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="686"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="688"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="702"/>
        <source>Project repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="704"/>
        <source>&apos;{name}&apos; had {count} problem(s) that were repaired. Save to keep the repaired version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="746"/>
        <source>Reloaded {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="769"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="783"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="794"/>
        <source>This file is open elsewhere; use Save As to keep your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="802"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="804"/>
        <source>Your changes are still open here; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="822"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="829"/>
        <source>this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="832"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/main_window.py" line="833"/>
        <source>Do you want to save the changes to {name}?</source>
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
        <location filename="../src/mapstudio/ui/help.py" line="68"/>
        <source>Finish editing (new line: Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="69"/>
        <source>Cancel editing, clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="70"/>
        <source>Pan the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="70"/>
        <source>Space+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="71"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="71"/>
        <source>Ctrl+mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="244"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="247"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="248"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="251"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="251"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="251"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="253"/>
        <source>Menu shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="255"/>
        <location filename="../src/mapstudio/ui/help.py" line="264"/>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="255"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="256"/>
        <source>Canvas keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="262"/>
        <source>Menu commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="94"/>
        <source>mapstudio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="97"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/help.py" line="110"/>
        <source># User guide

The user guide is not part of this build. It is in the folder `docs/user-guide` of mapstudio&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="52"/>
        <source>— mixed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="373"/>
        <source>Butter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="374"/>
        <source>Peach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="375"/>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="376"/>
        <source>Blush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="377"/>
        <source>Lilac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="378"/>
        <source>Sky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="379"/>
        <source>Aqua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="380"/>
        <source>Mint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="381"/>
        <source>Sage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="382"/>
        <source>Fog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="389"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="390"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="391"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="392"/>
        <source>Plum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="393"/>
        <source>Ochre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="394"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="395"/>
        <source>Berry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="396"/>
        <source>Olive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="509"/>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="510"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="511"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="512"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mapstudio/ui/widgets.py" line="513"/>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
