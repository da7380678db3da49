"""Check-in Desk: on-site conference check-in."""

__version__ = "0.1.0"
