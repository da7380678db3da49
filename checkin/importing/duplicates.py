"""Rows of one list that are the same person: pretix ticket positions, and rows a list repeats."""
from __future__ import annotations

from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.importing.batch import PersonRecord
from checkin.importing.summary import Problem


def _problem(row: int, text: str, **params) -> Problem:
    return Problem(row, Message("Import", text, params))


_SAME_ID = QT_TRANSLATE_NOOP("Import", "Same registration ID as row {first}; the two rows were merged into one person.")
_SAME_EMAIL = QT_TRANSLATE_NOOP("Import", "Same name and email as row {first}; the two rows were merged into one person.")
_SAME_ORGANISATION = QT_TRANSLATE_NOOP("Import", "Same name and organisation as row {first}; the two rows were merged into one person.")
_NAMESAKE = QT_TRANSLATE_NOOP("Import", "Same name as row {first}, and nothing else tells them apart; imported as two people. Check whether it is one person.")


class Deduplicator:
    """Finds the earlier record a row belongs to: same order and person, same id, same person."""

    def __init__(self) -> None:
        self.by_group: dict[tuple[str, str], PersonRecord] = {}
        self.by_id: dict[str, PersonRecord] = {}
        self.by_email: dict[tuple[str, str], PersonRecord] = {}
        self.by_name: dict[tuple[str, str], PersonRecord] = {}

    def place(self, record: PersonRecord, order: str, problems: list[Problem]) -> bool:
        """Merge ``record`` into an earlier one (True) or remember it as a new person (False).

        The same order and name (pretix ticket positions) merge silently; the same id, the same
        name and email, or the same name and organisation merge and are reported. Namesakes with
        nothing else to compare are kept apart, and reported.
        """
        if order:
            group = (order, record.name_key or record.email_key)
            earlier = self.by_group.get(group)
            if earlier is not None:
                earlier.absorb(record)
                return True
            self.by_group[group] = record
            record.source_id = record.source_id or f"{order}:{record.name_key or record.email_key}"
        source_id = record.source_id
        if source_id and (earlier := self.by_id.get(source_id)) is not None:
            return _merged(earlier, record, _SAME_ID, problems)
        email_key = (record.email_key, record.name_key) if record.email_key else None
        if email_key and (earlier := self.by_email.get(email_key)) is not None:
            return _merged(earlier, record, _SAME_EMAIL, problems)
        name_key = (record.name_key, record.org_key)
        namesake = self.by_name.get(name_key)
        if namesake is not None and _emails_agree(namesake, record):
            if record.org_key:
                return _merged(namesake, record, _SAME_ORGANISATION, problems)
            problems.append(_problem(record.row, _NAMESAKE, first=namesake.row))
        if source_id:
            self.by_id[source_id] = record
        if email_key:
            self.by_email[email_key] = record
        if namesake is None:
            self.by_name[name_key] = record
        return False


def _merged(earlier: PersonRecord, record: PersonRecord, reason: str, problems: list[Problem]) -> bool:
    problems.append(_problem(record.row, reason, first=earlier.row))
    earlier.absorb(record)
    return True


def _emails_agree(a: PersonRecord, b: PersonRecord) -> bool:
    return not (a.email_key and b.email_key and a.email_key != b.email_key)
