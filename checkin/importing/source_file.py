"""Opening a registration list without ever blocking or reading without end: regular files only, up to a size limit."""
from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError

MAX_SIZE_ENV = "CHECKIN_IMPORT_MAX_MB"
DEFAULT_MAX_MB = 200
_MB = 1024 * 1024


def _error(text: str, **params) -> UserError:
    return UserError(Message("Import", text, params))


def max_import_bytes(max_mb: float | None = None) -> int:
    """The largest file an import reads: ``max_mb``, else $CHECKIN_IMPORT_MAX_MB, else 200 MB."""
    if max_mb is None:
        configured = os.environ.get(MAX_SIZE_ENV, "").strip()
        try:
            max_mb = float(configured) if configured else DEFAULT_MAX_MB
        except ValueError:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "{variable} is “{value}”: it must be a number of megabytes, such as 200."),
                variable=MAX_SIZE_ENV, value=configured,
            ) from None
    if not max_mb > 0:
        raise _error(QT_TRANSLATE_NOOP("Import", "The import size limit must be more than 0 MB (it is {value})."), value=max_mb)
    return int(max_mb * _MB)


def _too_large(name: str, limit: int) -> UserError:
    return _error(
        QT_TRANSLATE_NOOP("Import", "“{name}” is larger than {limit} MB, the most an import reads. Check that this is the registration list; to import a larger one, raise the limit (--max-size, or the {variable} environment variable)."),
        name=name, limit=f"{limit / _MB:.3f}".rstrip("0").rstrip("."), variable=MAX_SIZE_ENV,
    )


class _Bounded(io.RawIOBase):
    """A file that refuses to be read past ``limit`` bytes: one still being written to (a log, a
    download in progress) cannot grow an import without end after its size was checked."""

    def __init__(self, file: BinaryIO, name: str, limit: int):
        self._file = file
        self._name = name
        self._limit = limit

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = self._file.readinto(buffer)
        if self._file.tell() > self._limit:
            raise _too_large(self._name, self._limit)
        return count

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def close(self) -> None:
        self._file.close()
        super().close()


def open_source(path: Path, limit: int) -> tuple[BinaryIO, int]:
    """(the opened file, its size) for a regular file of at most ``limit`` bytes; a UserError else.

    The kind and size are checked before opening, so a pipe or a device is refused without a read
    that could wait forever or never end; the open itself does not wait (O_NONBLOCK) in case the
    path was swapped for a pipe in between, and the opened file is checked again.
    """
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise _error(QT_TRANSLATE_NOOP("Import", "There is no file at {path}. Check the name and the folder."), path=str(path)) from None
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    _check(info, path, name, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    try:
        info = os.fstat(fd)
        _check(info, path, name, limit)
        file = os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
    return io.BufferedReader(_Bounded(file, name, limit), 256 * 1024), info.st_size


def _check(info: os.stat_result, path: Path, name: str, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise _error(QT_TRANSLATE_NOOP("Import", "{path} is a folder. Choose the registration list file inside it."), path=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise _error(
            QT_TRANSLATE_NOOP("Import", "“{name}” is not a file but a device or a pipe, which could be read without end. Save the registration list as a file and import that."),
            name=name,
        )
    if info.st_size > limit:
        raise _too_large(name, limit)


def _unreadable(name: str, exc: OSError) -> UserError:
    return _error(
        QT_TRANSLATE_NOOP("Import", "“{name}” could not be opened ({reason}). Check that you may read it and that no other program locks it."),
        name=name,
        reason=exc.strerror or str(exc),
    )
