"""Reading CSV lists as people really have them: any of the usual encodings, separators and quirks, streamed."""
from __future__ import annotations

import csv
import io
import itertools
import re
from collections import Counter
from typing import BinaryIO, Callable, Iterable, Iterator

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.summary import ImportCancelled
from checkin.importing.table import SourceTable, build_table
from checkin.importing.text_encoding import EncodingGuess, encoding_label, guess_encoding, guess_single_byte, previews

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_CHARS = 64 * 1024
_EXCEL_SEPARATOR_LINE = re.compile(r'^"?sep=(.)"?[^\S\r\n]*(?:\r\n|\r|\n)', re.IGNORECASE)
_SAMPLE_BYTES = 1024 * 1024  # what the encoding is judged on
_LINE_LIMIT = 64 * 1024 * 1024
_MAX_COLUMNS = 16384  # Excel's
_CANCEL_EVERY = 5000
# Quoted multi-line addresses can be long, but a field this big means a quote was never closed.
_FIELD_LIMIT = 1024 * 1024


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE_CHARS:
        return text
    cut = text.rfind("\n", 0, _SAMPLE_CHARS)
    return text[: cut if cut > 0 else _SAMPLE_CHARS]


def _score(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of rows with the most common width, that width); 0 when it splits nothing."""
    try:
        widths = [len(row) for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if row]
    except csv.Error:
        return 0.0, 0
    if not widths:
        return 0.0, 0
    width, count = Counter(widths).most_common(1)[0]
    if width < 2:
        return 0.0, 0
    return count / len(widths), width


def detect_delimiter(text: str) -> str:
    """The separator that splits the rows into the most consistent number of columns.

    csv.Sniffer guesses wrong on short lists and on names with commas; counting column widths per
    candidate does not. Title rows above the header count against every candidate alike.
    """
    sample = _sample(text)
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        score = _score(sample, delimiter)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def parse(lines: Iterable[str], delimiter: str, name: str, cancelled: Callable[[], bool] | None = None) -> list[list[str]]:
    """Every record, cells stripped; a quoted cell may span lines, and still counts as one row."""
    old_limit = csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(_bounded_lines(lines, delimiter, name), delimiter=delimiter)
    rows: list[list[str]] = []
    multi_line: list[int] = []
    try:
        strip = str.strip
        line = 0
        for row in reader:
            if reader.line_num - line > 1:
                multi_line.append(len(rows))
            line = reader.line_num
            rows.append(list(map(strip, row)))
            if cancelled is not None and len(rows) % _CANCEL_EVERY == 0 and cancelled():
                raise ImportCancelled()
    except csv.Error as exc:
        raise UserError(
            Message(
                "Import",
                QT_TRANSLATE_NOOP("Import", "“{name}” could not be read as CSV near row {row} ({reason}). A quotation mark is probably left open: fix that row and import again."),
                {"name": name, "row": len(rows) + 1, "reason": str(exc)},
            )
        ) from exc
    finally:
        csv.field_size_limit(old_limit)
    if not multi_line:
        return rows
    width = Counter(len(row) for row in rows).most_common(1)[0][0]
    for index in multi_line:
        number = index + 1
        rows[index] = [cell.replace("\r\n", "\n") for cell in rows[index]]
        if any(_swallowed_rows(cell, delimiter, width) for cell in rows[index]):
            raise UserError(
                Message(
                    "Import",
                    QT_TRANSLATE_NOOP("Import", "In “{name}”, a quotation mark opened on row {row} is never closed, so the rows after it run together. Fix that row and import again."),
                    {"name": name, "row": number},
                )
            )
    return rows


def _bounded_lines(lines: Iterable[str], delimiter: str, name: str) -> Iterator[str]:
    """The lines, refusing one that no list holds: more cells than a spreadsheet has columns, which
    would otherwise become one row of millions of cells in memory."""
    for number, line in enumerate(lines, 1):
        if len(line) > _MAX_COLUMNS and line.count(delimiter) >= _MAX_COLUMNS:
            raise UserError(
                Message(
                    "Import",
                    QT_TRANSLATE_NOOP("Import", "Line {line} of “{name}” has more than {columns} cells, more than any spreadsheet has columns. Check that this is the registration list."),
                    {"name": name, "line": number, "columns": _MAX_COLUMNS},
                )
            )
        yield line


def _swallowed_rows(cell: str, delimiter: str, width: int) -> bool:
    """A multi-line cell holding whole rows of the list, which only an unclosed quote produces."""
    enough = max(2, width // 2)
    return any(line.count(delimiter) >= enough for line in cell.split("\n")[1:])


def _looks_binary(head: str) -> bool:
    """Control characters other than tab and line ends: text exports never contain them."""
    controls = sum(1 for ch in head if (ch < " " and ch not in "\t\r\n") or "\x7f" <= ch <= "\x9f")
    return controls > max(2, len(head) // 100)


def read_csv(
    source: BinaryIO,
    name: str,
    encoding: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SourceTable:
    """Read a CSV list from ``source`` as it streams by, in ``encoding`` or the one its first megabyte shows."""
    sample = source.read(_SAMPLE_BYTES)
    if encoding is not None:
        attempts = [EncodingGuess(encoding)]
    else:
        guess = guess_encoding(sample)
        # A file can change its ways after the first megabyte (lists pasted together from two
        # machines): then the single-byte reading of the sample, and as a last resort Latin-1,
        # which reads every byte.
        attempts = [guess]
        if guess.encoding in ("utf-8", "utf-8-sig"):
            attempts.append(EncodingGuess(guess_single_byte(sample).encoding, sure=False))
        attempts.append(EncodingGuess("latin-1", sure=False))
    for attempt in attempts:
        source.seek(0)
        try:
            delimiter, rows = _read(source, name, attempt.encoding, cancelled)
        except UnicodeError:
            if encoding is None:
                continue
            raise UserError(
                Message(
                    "Import",
                    QT_TRANSLATE_NOOP("Import", "“{name}” cannot be read as {encoding}: it holds bytes that encoding does not have. Choose another encoding, or let it be detected."),
                    {"name": name, "encoding": encoding_label(encoding)},
                )
            ) from None
        return build_table(
            name, "csv", rows, encoding=attempt.encoding, encoding_sure=attempt.sure, delimiter=delimiter,
            encoding_previews=previews(sample) if not attempt.encoding.startswith("utf") else {},
        )
    raise AssertionError("Latin-1 reads every byte")


def _read(source: BinaryIO, name: str, encoding: str, cancelled: Callable[[], bool] | None) -> tuple[str, list[list[str]]]:
    """(the separator, every row), decoding as the lines stream by: no copy of the whole file in memory."""
    stream = io.TextIOWrapper(source, encoding=encoding, errors="strict", newline="")
    try:
        head = stream.read(_SAMPLE_CHARS)
        head += stream.readline(_LINE_LIMIT)  # to the end of the line the sample cut through
        if _looks_binary(head[:8192]):
            raise UserError(
                Message("Import", QT_TRANSLATE_NOOP("Import", "“{name}” is not a text file. Export the registration list as CSV or Excel (.xlsx) and import that file."), {"name": name})
            )
        declared = _EXCEL_SEPARATOR_LINE.match(head)
        if declared:
            # Excel's "sep=;" first line names the separator; Excel itself does not show the line.
            delimiter, head = declared.group(1), head[declared.end():]
        else:
            delimiter = detect_delimiter(head)
        lines = itertools.chain(io.StringIO(head, newline=""), _lines(stream, name))
        return delimiter, parse(lines, delimiter, name, cancelled)
    finally:
        stream.detach()  # the caller's file stays open, to be read again in another encoding


def _lines(stream: io.TextIOWrapper, name: str) -> Iterator[str]:
    """The stream's lines, none longer than a list could hold: a file with no line ends is not
    read whole into one string."""
    while line := stream.readline(_LINE_LIMIT):
        if len(line) == _LINE_LIMIT and not line.endswith(("\n", "\r")):
            raise UserError(
                Message(
                    "Import",
                    QT_TRANSLATE_NOOP("Import", "“{name}” has a line longer than {size} MB. Check that this is the registration list."),
                    {"name": name, "size": _LINE_LIMIT // (1024 * 1024)},
                )
            )
        yield line
