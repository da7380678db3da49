"""File dialogs that never read the files they list: choosing a file must not end this process's
hold on the open event file (see checkin.storage.event_file).

Qt's file dialog asks its icon provider for each listed file's icon and type; for a name it does not
know (``.checkin``, ``-wal``, ``-shm``) the provider sniffs the MIME type by opening and reading the
file, and closing that descriptor drops every POSIX lock SQLite holds on it. GTK's native dialog,
which runs inside this process on Linux, does the same. So on Linux and macOS the window uses
Qt's own dialog with an icon provider that looks only at whether an entry is a folder; Windows
locks are per handle, and its native dialog stays.

Same arguments and results as QFileDialog's static functions.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class _NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the entry's kind alone: never opens a file."""

    def icon(self, what):  # noqa: D401 - Qt's overloads: icon(IconType) and icon(QFileInfo)
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        return QCoreApplication.translate("FileDialogs", "Folder") if info.isDir() else QCoreApplication.translate("FileDialogs", "File")


_provider: _NameOnlyIconProvider | None = None


def _safe_dialog(parent: QWidget | None, caption: str, directory: str, filters: str) -> QFileDialog | None:
    """A dialog that reads no file's contents, or None where the native one is safe (Windows)."""
    global _provider
    if os.name == "nt":
        return None
    if _provider is None:
        _provider = _NameOnlyIconProvider()
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_provider)
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def _pick_file(parent, caption, directory, filters, accept_mode, file_mode, native) -> tuple[str, str]:
    dialog = _safe_dialog(parent, caption, directory, filters)
    if dialog is None:
        return native(parent, caption, directory, filters)
    dialog.setAcceptMode(accept_mode)
    dialog.setFileMode(file_mode)
    return _run(dialog)


def open_file_name(parent: QWidget | None, caption: str = "", directory: str = "", filters: str = "") -> tuple[str, str]:
    return _pick_file(parent, caption, directory, filters, QFileDialog.AcceptMode.AcceptOpen,
                      QFileDialog.FileMode.ExistingFile, QFileDialog.getOpenFileName)


def save_file_name(parent: QWidget | None, caption: str = "", directory: str = "", filters: str = "") -> tuple[str, str]:
    return _pick_file(parent, caption, directory, filters, QFileDialog.AcceptMode.AcceptSave,
                      QFileDialog.FileMode.AnyFile, QFileDialog.getSaveFileName)


def existing_directory(parent: QWidget | None, caption: str = "", directory: str = "") -> str:
    dialog = _safe_dialog(parent, caption, directory, "")
    if dialog is None:
        return QFileDialog.getExistingDirectory(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)[0]
