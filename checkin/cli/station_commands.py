"""The `station` subcommand(s): placeholder filled in by the issue-6 work."""
from __future__ import annotations


def register(sub) -> None:
    """Add this module's subcommands to the parser."""
