"""Attendee, event and scanned text in widgets: always shown as the characters it is.

Qt takes text that merely looks like HTML for rich text: a QLabel left in its default AutoText, a
message box, a tooltip or an item's tooltip would load ``<img src=…>`` and make ``<a href=…>``
clickable. And a right-to-left override in a name reverses what follows it. So data reaches a
widget through these: a label in PlainText that shows :func:`checkin.domain.display.shown` text, a
message box in PlainText, and tooltips escaped whenever Qt would read them as rich text.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from checkin.domain.display import shown

__all__ = ["DataLabel", "message_box", "shown", "tooltip"]


class DataLabel(QLabel):
    """A label for data: plain text, direction controls and invisible characters left out."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(shown(text, multiline=True))


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (Qt shows a tooltip that looks like HTML as HTML)."""
    text = shown(text, multiline=True)
    if not GuiQt.mightBeRichText(text):
        return text
    return '<p style="white-space:pre-wrap">' + escape(text, quote=False) + "</p>"


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox:
    """A message box whose text (and informative text) is plain: it often names a person or a file."""
    box = QMessageBox(icon, shown(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shown(text, multiline=True))
    return box
