"""Use cases over one event: each runs in one unit of work and returns plain objects."""
