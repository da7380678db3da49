"""A registration list as read from a file: its headers, its data rows and where each row came from."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Sequence

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.headers import find_header_row
from checkin.importing.values import unprotected

# Cells beyond the header count as a real column only when this share of rows fills them;
# otherwise they are a few broken rows (a stray delimiter) and are reported instead.
_EXTRA_COLUMN_SHARE = 0.5


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: Message


@dataclass
class SourceTable:
    """Data rows padded to the header's width; ``row_numbers[i]`` is the row as a spreadsheet shows it."""

    name: str
    format: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    header_row: int
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    problems: list[RowProblem] = field(default_factory=list)
    # False when the bytes left a doubt between scripts: the mapping step asks which reads right.
    encoding_sure: bool = True
    # A single-byte CSV's first words as each encoding reads them, for choosing one.
    encoding_previews: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, index: int) -> list[str]:
        return [row[index] for row in self.rows]

    def sound_column(self, index: int) -> list[str]:
        """The column without rows already reported as broken, whose cells may have shifted."""
        if not self.problems:
            return self.column(index)
        broken = {p.row for p in self.problems}
        return [row[index] for row, number in zip(self.rows, self.row_numbers) if number not in broken]

    def preview(self, limit: int = 20) -> list[list[str]]:
        """The first data rows, for showing next to the detected column meanings."""
        return self.rows[:limit]

    def head(self, limit: int = 20) -> "SourceTable":
        """The same table cut to its first rows: apply_mapping on it previews the people quickly."""
        numbers = set(self.row_numbers[:limit])
        return replace(
            self,
            rows=self.rows[:limit],
            row_numbers=self.row_numbers[:limit],
            problems=[p for p in self.problems if p.row in numbers],
        )

    def column_name(self, index: int) -> str:
        """The header, or a spreadsheet-style letter for a column without one."""
        return self.headers[index] or _column_letter(index)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _fitted(row: list[str], width: int) -> list[str]:
    return row[:width] if len(row) > width else row + [""] * (width - len(row))


def build_table(
    name: str,
    fmt: str,
    raw_rows: Sequence[list[str]],
    *,
    encoding: str = "",
    encoding_sure: bool = True,
    encoding_previews: dict[str, str] | None = None,
    delimiter: str = "",
    sheet: str = "",
    sheets: tuple[str, ...] = (),
) -> SourceTable:
    """Find the header under any title rows, drop blank rows and columns, number the data rows.

    ``raw_rows[i]`` is spreadsheet row i + 1; cells are already stripped text.
    """
    header_index = find_header_row(raw_rows)
    if header_index is None:
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "“{name}” has no rows with any text in them. Check that this is the registration list."), {"name": name})
        )
    headers = [" ".join(cell.split()) for cell in raw_rows[header_index]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    data: list[list[str]] = []
    numbers: list[int] = []
    first_header = headers[0] if headers else ""
    for index in range(header_index + 1, len(raw_rows)):
        row = raw_rows[index]
        if not any(row):
            continue
        if row[0] == first_header and row[:width] == headers:  # lists pasted together repeat their header
            continue
        if "'" in "".join(row) and any(cell[:1] == "'" for cell in row):  # the join: C speed, for big lists
            row = [unprotected(cell) for cell in row]
        data.append(row)
        numbers.append(index + 1)

    beyond = [row for row in data if len(row) > width and any(row[width:])]
    problems: list[RowProblem] = []
    if data and len(beyond) >= _EXTRA_COLUMN_SHARE * len(data):
        width = max(len(row) for row in data)
        while width > len(headers) and not any(len(row) >= width and row[width - 1] for row in data):
            width -= 1
        headers += [""] * (width - len(headers))
    else:
        for row, number in zip(data, numbers):
            if len(row) > width and any(row[width:]):
                problems.append(
                    RowProblem(
                        number,
                        Message(
                            "Import",
                            QT_TRANSLATE_NOOP("Import", "This row has more cells than the header; the extra ones ({cells}) were not imported. Check it for a misplaced separator."),
                            {"cells": " | ".join(cell for cell in row[width:] if cell)},
                        ),
                    )
                )
    rows = [row if len(row) == width else _fitted(row, width) for row in data]

    keep = [i for i in range(width) if headers[i] or any(row[i] for row in rows)]
    if len(keep) < width:
        headers = [headers[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]

    return SourceTable(
        name=name,
        format=fmt,
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        header_row=header_index + 1,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        sheets=sheets,
        problems=problems,
        encoding_sure=encoding_sure,
        encoding_previews=encoding_previews or {},
    )
