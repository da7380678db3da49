"""The import mapping step's model: one row per column of the list, its meaning (editable) and examples."""
from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate, QWidget

from checkin.domain.model import SessionKind
from checkin.importing.fields import FIELDS, Field, field_label
from checkin.importing.mapping import ColumnMapping, ColumnRole
from checkin.importing.sessions import guess_kind, session_title
from checkin.importing.table import SourceTable
from checkin.ui.labels import session_kind_label

_EXAMPLES = 3
_KIND_FIELDS = (Field.SESSION_LIST, Field.PRODUCT)


class MappingColumn(IntEnum):
    HEADER = 0
    MEANING = 1
    SESSION = 2
    EXAMPLES = 3


FIELD_ROLE = Qt.ItemDataRole.UserRole + 1  # the column's Field


class ImportMappingModel(QAbstractTableModel):
    mapping_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: SourceTable | None = None
        self._mapping: ColumnMapping | None = None
        self._examples: list[str] = []
        self._muted = QBrush()
        self._italic = QFont()

    def set_table(self, table: SourceTable, mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self._table = table
        self._mapping = mapping
        preview = table.preview()
        self._examples = []
        for column in range(len(table.headers)):
            values = [row[column] for row in preview if row[column].strip()]
            self._examples.append("  ·  ".join(v.replace("\n", " ") for v in values[:_EXAMPLES]))
        self._muted = QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self._italic = QFont(QApplication.font())
        self._italic.setItalic(True)
        self.endResetModel()

    def mapping(self) -> ColumnMapping | None:
        return self._mapping

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Take a whole mapping at once (a saved one laid over this file)."""
        self.beginResetModel()
        self._mapping = mapping
        self.endResetModel()
        self.mapping_changed.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.headers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(MappingColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == MappingColumn.HEADER:
            return self.tr("Column in the file")
        if section == MappingColumn.MEANING:
            return self.tr("Meaning")
        if section == MappingColumn.SESSION:
            return self.tr("Session")
        if section == MappingColumn.EXAMPLES:
            return self.tr("First rows")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        role = self._mapping.roles[index.row()]
        if index.column() == MappingColumn.MEANING or (
            index.column() == MappingColumn.SESSION and role.field is Field.SESSION_MARK
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        column_role = self._mapping.roles[row]
        ignored = column_role.field is Field.IGNORE
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == MappingColumn.HEADER:
                return self._table.column_name(row)
            if column == MappingColumn.MEANING:
                return field_label(column_role.field)
            if column == MappingColumn.SESSION:
                return self._session_text(column_role)
            if column == MappingColumn.EXAMPLES:
                return self._examples[row]
        if role == FIELD_ROLE:
            return column_role.field.value
        if role == Qt.ItemDataRole.ForegroundRole and ignored and column != MappingColumn.MEANING:
            return self._muted
        if role == Qt.ItemDataRole.FontRole and column == MappingColumn.HEADER and not self._table.headers[row]:
            return self._italic  # a column without a header, named by its letter
        if role == Qt.ItemDataRole.ToolTipRole and column == MappingColumn.MEANING:
            recognised = self._mapping.recognised
            if recognised and row < len(recognised) and not recognised[row]:
                return self.tr("Not recognised from the header: choose what this column holds, or leave it out.")
        return None

    def _session_text(self, role: ColumnRole) -> str:
        if role.field is Field.SESSION_MARK:
            return f"{role.session} ({session_kind_label(role.kind)})"
        if role.field in _KIND_FIELDS and role.kind is not SessionKind.OTHER:
            return session_kind_label(role.kind)
        return ""

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._mapping is None:
            return False
        row = index.row()
        header = self._table.column_name(row)
        current = self._mapping.roles[row]
        if index.column() == MappingColumn.MEANING:
            field = Field(value)
            if field is current.field:
                return False
            if field is Field.SESSION_MARK:
                title = current.session or session_title(header) or header
                new_role = ColumnRole(field, title, guess_kind(title))
            elif field in _KIND_FIELDS:
                new_role = ColumnRole(field, "", guess_kind(header))
            else:
                new_role = ColumnRole(field)
        elif index.column() == MappingColumn.SESSION and current.field is Field.SESSION_MARK:
            title = str(value).strip()
            if not title or title == current.session:
                return False
            new_role = ColumnRole(Field.SESSION_MARK, title, guess_kind(title))
        else:
            return False
        self._mapping = self._mapping.with_role(row, new_role)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(MappingColumn) - 1))
        self.mapping_changed.emit()
        return True


class MeaningDelegate(QStyledItemDelegate):
    """A combo box of every field a column can mean, kept open on each row (persistent editors)."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for info in FIELDS:
            combo.addItem(info.display_label, info.field.value)
            combo.setItemData(combo.count() - 1, info.display_hint, Qt.ItemDataRole.ToolTipRole)
        combo.setAccessibleName(self.tr("Meaning of column {column}").format(column=index.siblingAtColumn(0).data()))
        # Write each choice straight back: a persistent editor never "closes" to commit.
        combo.activated.connect(lambda _i, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        position = editor.findData(index.data(FIELD_ROLE))
        if position >= 0 and position != editor.currentIndex():
            editor.setCurrentIndex(position)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
