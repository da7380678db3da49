"""The organiser's live attendance dashboard: a window that keeps itself current while desks scan."""
