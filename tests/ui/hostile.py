"""Hostile text for the window tests: markup, direction overrides, invisible characters and escape codes
in every field a registration list fills; and a walk over a window that finds any place showing them
as anything but text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLabel, QMainWindow, QWidget

from checkin.domain.model import Attendee, new_id

MARKUP_NAME = '<b>Bold</b><img src="file:///etc/passwd"><a href="x">link</a>'
# Stored with a right-to-left override, "evil" would read "live" on a screen.
OVERRIDDEN = "\u202eevil\u202c"
OVERRIDDEN_SHOWN = "evil"
ORGANISATION = "\x1b[31mRed\x1b[0m <i>Org</i>\u200b"
CATEGORY = "<u>VIP</u>\u2066"
NOTES = "<h1>big</h1>\u202e note"
SESSION_TITLE = "<s>Workshop</s>\u202e"
EVENT_NAME = "<b>Summit</b>\u202e"

# What must never reach a widget from data: direction controls, invisible format characters, escapes.
HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Markup from the data, unescaped: it would be interpreted by a rich-text label or tooltip.
LIVE_MARKUP = ("<img", "<a href", "<b>Bold", "<u>VIP", "<h1>", "<s>Workshop", "<b>Summit", "<i>Org")


def hostile_person(**fields) -> Attendee:
    return Attendee(id=new_id(), first_name=MARKUP_NAME, last_name=OVERRIDDEN, organisation=ORGANISATION,
                    category=CATEGORY, notes=NOTES, city="<b>Gent</b>", country="BE", **fields)


def hostile_full_name_shown() -> str:
    return f"{MARKUP_NAME} {OVERRIDDEN_SHOWN}"


@dataclass(frozen=True)
class Problem:
    where: str
    what: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}: {self.text!r}"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or ''})"


def _looks_rich(text: str) -> bool:
    return QtGui.mightBeRichText(text)


def _check_plain(where: str, text: str, problems: list[Problem]) -> None:
    if text and HIDDEN.search(text):
        problems.append(Problem(where, "direction or invisible control shown", text))


def _check_rich(where: str, text: str, rich: bool, problems: list[Problem]) -> None:
    if rich and any(marker in text for marker in LIVE_MARKUP):
        problems.append(Problem(where, "data shown as rich text", text))


def _walk_model(where: str, model: QAbstractItemModel, problems: list[Problem], parent=QModelIndex(), limit: int = 200) -> None:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)  # private in a list model
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(columns):
            index = model.index(row, column, parent)
            display = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):
                _check_plain(f"{where}[{row},{column}]", display, problems)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                _check_plain(f"{where}[{row},{column}] tooltip", tip, problems)
                _check_rich(f"{where}[{row},{column}] tooltip", tip, _looks_rich(tip), problems)
    for section in range(columns):
        header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            _check_plain(f"{where} header {section}", header, problems)


def problems_in(top: QWidget) -> list[Problem]:
    """Every place in ``top`` (and its children) that shows data as markup or with hidden controls.

    Inputs (line edits, text edits, editable boxes) are left out: they hold the stored value as it is,
    so that editing a name changes only what the person changes."""
    problems: list[Problem] = []
    widgets = [top, *top.findChildren(QWidget)]
    inputs = {id(w.view()) for w in widgets if isinstance(w, QComboBox) and w.isEditable()}
    for widget in widgets:
        if id(widget) in inputs:
            continue
        where = _name(widget)
        if widget.isWindow() or isinstance(widget, QMainWindow):
            _check_plain(f"{where} title", widget.windowTitle(), problems)
        tip = widget.toolTip()
        _check_plain(f"{where} tooltip", tip, problems)
        _check_rich(f"{where} tooltip", tip, _looks_rich(tip), problems)
        if isinstance(widget, QLabel):
            text = widget.text()
            fmt = widget.textFormat()
            rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and _looks_rich(text))
            _check_rich(where, text, rich, problems)
            _check_plain(where, text, problems)
        elif isinstance(widget, QAbstractButton):
            _check_plain(where, widget.text(), problems)
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            # An editable box is an input, like a line edit: it holds the value being edited, exactly.
            _walk_model(f"{where} items", widget.model(), problems)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
            _walk_model(f"{where} model", widget.model(), problems)
        elif hasattr(widget, "text") and callable(widget.text) and not hasattr(widget, "setReadOnly"):
            # The station's painted labels (the name, the headline, the history tiles).
            text = widget.text()
            if isinstance(text, str):
                _check_plain(where, text, problems)
    if isinstance(top, QMainWindow) and top.statusBar() is not None:
        _check_plain("status bar", top.statusBar().currentMessage(), problems)
    return problems


def all_texts(top: QWidget) -> list[str]:
    """What the labels and painted labels of ``top`` show, to look for a name in."""
    texts = []
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, QLabel) or (hasattr(widget, "text") and callable(widget.text) and not hasattr(widget, "setReadOnly")):
            text = widget.text()
            if isinstance(text, str) and text:
                texts.append(text)
    return texts
