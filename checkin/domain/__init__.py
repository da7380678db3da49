"""Pure domain: attendees, sessions, the event, and the rules on them. No I/O, no Qt."""
