"""Opening a registration list: telling CSV from XLSX by content, and saying plainly why a file cannot be read."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Callable

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.csv_reader import read_csv
from checkin.importing.table import SourceTable
from checkin.importing.xlsx_reader import read_xlsx

_ZIP = b"PK\x03\x04"
# Old Excel (.xls) and password-protected .xlsx are both OLE2 compound files.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

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


def _load(path: Path, name: str) -> bytes:
    if not path.exists():
        raise _error(QT_TRANSLATE_NOOP("Import", "There is no file at {path}. Check the name and the folder."), path=str(path))
    if path.is_dir():
        raise _error(QT_TRANSLATE_NOOP("Import", "{path} is a folder. Choose the registration list file inside it."), path=str(path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "“{name}” could not be opened ({reason}). Check that you may read it and that no other program locks it."),
            name=name,
            reason=exc.strerror or str(exc),
        ) from exc


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
                return "xlsx"
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace")
                if "opendocument.spreadsheet" in mimetype:
                    return "ods"
                return "opendocument"
    except zipfile.BadZipFile:
        return "broken"
    return "zip"


def _identify(data: bytes, path: Path, name: str) -> str:
    """'csv' or 'xlsx'; anything else raises a UserError that says what the file is instead."""
    if not data.strip():
        raise _error(QT_TRANSLATE_NOOP("Import", "“{name}” is empty. Export the registration list again and import the new file."), name=name)
    if data.startswith(_ZIP):
        kind = _zip_kind(path)
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
        if _ENCRYPTED_STREAM in data:
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
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _error(
            QT_TRANSLATE_NOOP("Import", "“{name}” is not a text file. Export the registration list as CSV or Excel (.xlsx) and import that file."),
            name=name,
        )
    return "csv"


def read_table(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SourceTable:
    """Read a CSV or XLSX registration list into a table (header found, blank rows and columns dropped).

    ``sheet`` picks a workbook's sheet by name; without it the sheet whose header is recognised best
    is taken. Raises UserError with a plain explanation for anything that is not a readable list.
    """
    path = Path(path).expanduser()
    name = path.name
    data = _load(path, name)
    kind = _identify(data, path, name)
    if kind == "xlsx":
        return read_xlsx(data, name, sheet, cancelled)
    return read_csv(data, name)
