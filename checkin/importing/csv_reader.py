"""Reading CSV lists as people really have them: any of the usual encodings, separators and quirks."""
from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.table import SourceTable, build_table

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_CHARS = 64 * 1024
_EXCEL_SEPARATOR_LINE = re.compile(r'^"?sep=(.)"?[^\S\r\n]*(?:\r\n|\r|\n)', re.IGNORECASE)
_ASCII = bytes(range(0x80))
_TEXT_PUNCTUATION = frozenset("’‘“”–—…€«»°")
# Quoted multi-line addresses can be long, but a field this big means a quote was never closed.
_FIELD_LIMIT = 1024 * 1024


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 or Mac Roman.

    Windows-1252 is what Excel on Western European Windows writes as "CSV", and it reads every
    Latin-1 (ISO-8859-1) file the same way for the letters names use. Excel for Mac's "CSV
    (Macintosh)" is Mac Roman.
    """
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = _single_byte_encoding(data)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        # Bytes Windows-1252 leaves undefined: Latin-1 maps every byte, so nothing is lost.
        return data.decode("latin-1"), "latin-1"


def _single_byte_encoding(data: bytes) -> str:
    """Windows-1252 or Mac Roman, whichever reads the non-ASCII bytes as what lists contain.

    Accented letters in names are mostly lower case ("Hélène"), and typographic quotes and dashes
    are common; read in the wrong one of the two they come out as capitals or symbols ("HÈlËne",
    "H‚lŠne", "OÕBrien"). On a tie, Windows-1252, far the more common.
    """
    counts = Counter(data.translate(None, _ASCII))
    best, best_score = "cp1252", -1
    for encoding in ("cp1252", "mac_roman"):
        score = 0
        for byte, count in counts.items():
            char = bytes([byte]).decode(encoding, "replace")
            if char.islower() or char in _TEXT_PUNCTUATION:
                score += count
        if score > best_score:
            best, best_score = encoding, score
    return best


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


def parse(text: str, delimiter: str, name: str) -> list[list[str]]:
    """Every record, cells stripped; a quoted cell may span lines, and still counts as one row."""
    old_limit = csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        strip = str.strip
        for row in reader:
            rows.append(list(map(strip, row)))
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
    if text.count("\n") <= len(rows):  # one line per row: no cell spans lines
        return rows
    multi_line = [i for i, row in enumerate(rows) if any("\n" in cell for cell in row)]
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


def _swallowed_rows(cell: str, delimiter: str, width: int) -> bool:
    """A multi-line cell holding whole rows of the list, which only an unclosed quote produces."""
    enough = max(2, width // 2)
    return any(line.count(delimiter) >= enough for line in cell.split("\n")[1:])


def _looks_binary(head: str) -> bool:
    """Control characters other than tab and line ends: text exports never contain them."""
    controls = sum(1 for ch in head if (ch < " " and ch not in "\t\r\n") or "\x7f" <= ch <= "\x9f")
    return controls > max(2, len(head) // 100)


def read_csv(data: bytes, name: str) -> SourceTable:
    text, encoding = decode(data)
    if _looks_binary(text[:8192]):
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "“{name}” is not a text file. Export the registration list as CSV or Excel (.xlsx) and import that file."), {"name": name})
        )
    declared = _EXCEL_SEPARATOR_LINE.match(text)
    if declared:
        # Excel's "sep=;" first line names the separator; Excel itself does not show the line.
        delimiter, text = declared.group(1), text[declared.end():]
    else:
        delimiter = detect_delimiter(text)
    rows = parse(text, delimiter, name)
    return build_table(name, "csv", rows, encoding=encoding, delimiter=delimiter)
