<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Attendees</name>
    <message>
        <source>This attendee no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{country}” is not a country we know. Use its name or its two-letter code (BE, FR…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendee needs at least a given or a family name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Which event? Give --db FILE.checkin (or a database URL), or set CHECKIN_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>The event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>A session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a session called “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>“{url}” is neither an event file nor a database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a Check-in Desk event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “{url}”: {reason}. Check the path or address, and that the database is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds an event. Open it instead, or use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event file at {path}. Create one with “New event”, or check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event was saved by a newer version of Check-in Desk. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
