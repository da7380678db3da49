"""What an import did (or, in a dry run, would do): counts, problem rows, and the file's detected form."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checkin.i18n import Message


class ImportCancelled(Exception):
    """The user stopped the import; nothing was written."""


@dataclass(frozen=True)
class Problem:
    """One row that did not import as it stands; ``row`` is None for a problem with the whole file."""

    row: int | None
    message: Message

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "message": str(self.message)}


@dataclass(frozen=True)
class MissingPerson:
    """Someone imported earlier from the same source who is no longer on the list."""

    id: str
    name: str
    source_id: str


@dataclass
class ImportSummary:
    file: str
    profile: str
    source: str
    format: str
    encoding: str = ""
    encoding_sure: bool = True  # False: the bytes left a doubt; the encoding is worth a look
    delimiter: str = ""
    sheet: str = ""
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    missing_from_source: int = 0
    sessions_created: int = 0
    registrations: int = 0
    dry_run: bool = False
    problems: list[Problem] = field(default_factory=list)
    missing: list[MissingPerson] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; problem messages in the current interface language."""
        return {
            "file": self.file,
            "profile": self.profile,
            "source": self.source,
            "format": self.format,
            "encoding": self.encoding,
            "encoding_sure": self.encoding_sure,
            "delimiter": self.delimiter,
            "sheet": self.sheet,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "missing_from_source": self.missing_from_source,
            "sessions_created": self.sessions_created,
            "registrations": self.registrations,
            "problems": [problem.to_json() for problem in self.problems],
            "missing": [{"id": m.id, "name": m.name, "source_id": m.source_id} for m in self.missing],
        }

    def counts(self) -> dict[str, int]:
        """The numbers alone, for the journal line of the import."""
        return {
            key: getattr(self, key)
            for key in (
                "rows", "added", "updated", "unchanged", "skipped", "missing_from_source",
                "sessions_created", "registrations",
            )
        }
