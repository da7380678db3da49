"""Column mappings: what each column of a list means, as data that detection fills, the user corrects
and a JSON file keeps for the next export of the same list."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from checkin.domain.model import SessionKind
from checkin.domain.text import fold
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.fields import NAME_FIELDS, Field

MAPPING_FORMAT = "checkin-desk-column-mapping"
MAPPING_VERSION = 1


@dataclass(frozen=True)
class ColumnRole:
    """One column's meaning. ``session`` and ``kind`` matter for session columns: the session a
    SESSION_MARK column's marks register for, and the kind of the sessions a list column names."""

    field: Field = Field.IGNORE
    session: str = ""
    kind: SessionKind = SessionKind.OTHER

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"field": self.field.value}
        if self.field is Field.SESSION_MARK:
            data["session"] = self.session
        if self.field in (Field.SESSION_MARK, Field.SESSION_LIST, Field.PRODUCT):
            data["kind"] = self.kind.value
        return data


@dataclass(frozen=True)
class ColumnMapping:
    """A role per column, in the table's column order, with the headers it was made for."""

    headers: tuple[str, ...]
    roles: tuple[ColumnRole, ...]
    profile: str = "spreadsheet"
    source: str = "spreadsheet"
    confidence: float = 0.0
    recognised: tuple[bool, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if len(self.headers) != len(self.roles):
            raise ValueError("a mapping needs one role per header")

    def with_role(self, column: int, role: ColumnRole) -> "ColumnMapping":
        """A copy with one column's meaning changed (what the mapping dialog does)."""
        roles = list(self.roles)
        roles[column] = role
        return replace(self, roles=tuple(roles))

    def columns_for(self, *fields: Field) -> list[int]:
        return [i for i, role in enumerate(self.roles) if role.field in fields]

    @property
    def has_names(self) -> bool:
        return any(role.field in NAME_FIELDS for role in self.roles)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "profile": self.profile,
            "source": self.source,
            "columns": [
                {"header": header, **role.to_json()} for header, role in zip(self.headers, self.roles)
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> "ColumnMapping":
        try:
            if data.get("format") != MAPPING_FORMAT:
                raise ValueError("not a column mapping")
            headers, roles = [], []
            for column in data["columns"]:
                headers.append(str(column.get("header", "")))
                roles.append(
                    ColumnRole(
                        Field(column["field"]),
                        str(column.get("session", "")),
                        SessionKind(column.get("kind", SessionKind.OTHER.value)),
                    )
                )
            return cls(
                headers=tuple(headers),
                roles=tuple(roles),
                profile=str(data.get("profile", "spreadsheet")),
                source=str(data.get("source", "spreadsheet")),
                confidence=1.0,
            )
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise UserError(
                Message("Import", QT_TRANSLATE_NOOP("Import", "This is not a column mapping saved by Check-in Desk ({reason}). Save the mapping again from the import window or with --save-mapping."), {"reason": str(exc)})
            ) from exc

    def fitted_to(self, headers: list[str]) -> "ColumnMapping":
        """This mapping laid over a file whose columns may have moved: matched by header text.

        Columns the saved mapping does not know are left out of the import.
        """
        unused: dict[str, list[int]] = {}
        for index, header in enumerate(self.headers):
            unused.setdefault(fold(header), []).append(index)
        roles = []
        matched = 0
        for header in headers:
            slots = unused.get(fold(header))
            if slots:
                roles.append(self.roles[slots.pop(0)])
                matched += 1
            else:
                roles.append(ColumnRole(Field.IGNORE))
        if not matched:
            raise UserError(
                Message("Import", QT_TRANSLATE_NOOP("Import", "The saved column mapping does not fit this file: none of its column headers are in it. Check that you chose the right mapping, or let the import detect the columns."))
            )
        return replace(self, headers=tuple(headers), roles=tuple(roles), recognised=())


def save_mapping(mapping: ColumnMapping, path: str | os.PathLike[str]) -> None:
    Path(path).write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load_mapping(path: str | os.PathLike[str]) -> ColumnMapping:
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "There is no column mapping file at {path}."), {"path": str(path)})
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "The column mapping {path} could not be read ({reason})."), {"path": str(path), "reason": str(exc)})
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "The column mapping {path} is not valid JSON (line {line}: {reason})."), {"path": str(path), "line": exc.lineno, "reason": exc.msg})
        ) from exc
    return ColumnMapping.from_json(data)
