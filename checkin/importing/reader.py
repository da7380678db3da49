"""Opening a registration list: telling CSV from XLSX by content, and saying plainly why a file cannot be read."""
from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO, Callable

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.csv_reader import read_csv
from checkin.importing.source_file import max_import_bytes, open_source
from checkin.importing.text_encoding import canonical
from checkin.importing.table import SourceTable
from checkin.importing.xlsx_reader import read_xlsx
from checkin.storage.event_file import refuse_open_event_file

_ZIP = b"PK\x03\x04"
# Old Excel (.xls) and password-protected .xlsx are both OLE2 compound files.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_HEAD = 8192
_CHUNK = 1024 * 1024

_NOT_A_LIST: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", QT_TRANSLATE_NOOP("Import", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Import", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("Import", "a GIF image")),
    (b"%PDF", QT_TRANSLATE_NOOP("Import", "a PDF document")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Import", "a compressed (gzip) archive")),
    (b"Rar!", QT_TRANSLATE_NOOP("Import", "a RAR archive")),
    (b"7z\xbc\xaf", QT_TRANSLATE_NOOP("Import", "a 7-Zip archive")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Import", "a Word (RTF) document")),
    (b"SQLite format 3", QT_TRANSLATE_NOOP("Import", "a database file")),
)


def _error(text: str, **params) -> UserError:
    return UserError(Message("Import", text, params))


def _zip_kind(source: BinaryIO) -> str:
    try:
        with zipfile.ZipFile(source) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
                return "xlsx"
            mimetype_entry = archive.getinfo("mimetype") if "mimetype" in names else None
            if mimetype_entry is not None and max(mimetype_entry.file_size, mimetype_entry.compress_size) < 200:
                mimetype = archive.read("mimetype").decode("ascii", "replace")
                if "opendocument.spreadsheet" in mimetype:
                    return "ods"
                return "opendocument"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, zlib.error, RuntimeError, ValueError):
        return "broken"  # a directory that does not add up, or an unreadable "mimetype" entry
    return "zip"


def _identify(source: BinaryIO, size: int, name: str) -> str:
    """'csv' or 'xlsx'; anything else raises a UserError that says what the file is instead."""
    data = source.read(_HEAD)
    source.seek(0)
    if not data.strip() and size <= len(data):
        raise _error(QT_TRANSLATE_NOOP("Import", "“{name}” is empty. Export the registration list again and import the new file."), name=name)
    if data.startswith(_ZIP):
        kind = _zip_kind(source)
        source.seek(0)
        if kind == "xlsx":
            return "xlsx"
        if kind == "ods":
            raise _error(
                QT_TRANSLATE_NOOP("Import", "“{name}” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it as Excel (.xlsx) or CSV, then import that file."),
                name=name,
            )
        if kind == "broken":
            raise _error(
                QT_TRANSLATE_NOOP("Import", "“{name}” looks like an Excel workbook but is damaged or incomplete. Download or export it again."),
                name=name,
            )
        raise _error(
            QT_TRANSLATE_NOOP("Import", "“{name}” is a ZIP archive, not a registration list. Unpack it and import the CSV or Excel file inside."),
            name=name,
        )
    if data.startswith(_OLE2):
        if _holds(source, _ENCRYPTED_STREAM):
            raise _error(
                QT_TRANSLATE_NOOP("Import", "“{name}” is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import it again."),
                name=name,
            )
        raise _error(
            QT_TRANSLATE_NOOP("Import", "“{name}” is in the old Excel 97–2003 format (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that file."),
            name=name,
        )
    for magic, what in _NOT_A_LIST:
        if data.startswith(magic):
            raise _error(
                QT_TRANSLATE_NOOP("Import", "“{name}” is {what}, not a registration list. Export the list as CSV or Excel (.xlsx) and import that file."),
                name=name,
                what=Message("Import", what),
            )
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _error(
            QT_TRANSLATE_NOOP("Import", "“{name}” is not a text file. Export the registration list as CSV or Excel (.xlsx) and import that file."),
            name=name,
        )
    return "csv"


def _holds(source: BinaryIO, needle: bytes) -> bool:
    """Whether the file contains ``needle``, read a megabyte at a time."""
    tail = b""
    while chunk := source.read(_CHUNK):
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle):]
    return False


def read_table(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    encoding: str | None = None,
    max_mb: float | None = None,
) -> SourceTable:
    """Read a CSV or XLSX registration list into a table (header found, blank rows and columns dropped).

    ``sheet`` picks a workbook's sheet by name; without it the sheet whose header is recognised best
    is taken. ``encoding`` reads a CSV file in that encoding instead of the detected one. Files
    larger than ``max_mb`` megabytes (default: $CHECKIN_IMPORT_MAX_MB, else 200) are refused, and
    so are pipes and devices. Raises UserError with a plain explanation for anything that is not a
    readable list.
    """
    path = Path(path).expanduser()
    name = path.name
    if encoding is not None:
        encoding = canonical(encoding)
    refuse_open_event_file(path)  # reading it would end this process's hold on the event
    limit = max_import_bytes(max_mb)
    source, size = open_source(path, limit)
    with source:
        kind = _identify(source, size, name)
        if kind == "xlsx":
            return read_xlsx(source, name, sheet, cancelled)
        return read_csv(source, name, encoding, cancelled)
