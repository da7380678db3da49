"""Writing a document file whole or not at all, with a clear message when the destination is unusable."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError


def cannot_write(path: Path, reason: str) -> UserError:
    return UserError(
        Message(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "Cannot write “{path}”: {reason}. Choose another folder or file name."),
            {"path": str(path), "reason": reason},
        )
    )


def check_destination(path: Path) -> Path:
    """``path`` made absolute, or a UserError if its folder is missing or it names a folder."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise cannot_write(path, str(Message("Reports", QT_TRANSLATE_NOOP("Reports", "it is a folder"))))
    if not path.parent.is_dir():
        raise cannot_write(path, str(Message("Reports", QT_TRANSLATE_NOOP("Reports", "the folder does not exist"))))
    return path


@contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it replaces ``path`` only if the block succeeds.

    So a failed or interrupted export never leaves half a file, nor destroys the previous one.
    """
    target = check_destination(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise cannot_write(target, exc.strerror or str(exc)) from exc
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise cannot_write(target, exc.strerror or str(exc)) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
