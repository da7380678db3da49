"""The last step of an import: what it did, in plain words, with the rows that need a second look."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from checkin.importing.summary import ImportSummary
from checkin.importing.text_encoding import encoding_label

_SHOWN_MISSING = 10


def number(value: int) -> str:
    return QLocale().toString(value)


class ImportResultPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title_label = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QFormLayout()
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_caption = QLabel()
        self.problems_text = QPlainTextEdit()
        self.problems_text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(self.counts)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.problems_caption)
        layout.addWidget(self.problems_text, 1)
        layout.addStretch(0)  # takes the room when there are no problems to list

    def show_cancelled(self) -> None:
        self._clear()
        self.title_label.setText(self.tr("The import was cancelled. Nothing was written."))

    def show_summary(self, summary: ImportSummary) -> None:
        self._clear()
        self.title_label.setText(
            self.tr("{file} is imported: {rows} rows read.").format(file=summary.file, rows=number(summary.rows))
        )
        counts = (
            (self.tr("People added:"), summary.added),
            (self.tr("People updated:"), summary.updated),
            (self.tr("Unchanged:"), summary.unchanged),
            (self.tr("No longer on the list:"), summary.missing_from_source),
            (self.tr("Sessions created:"), summary.sessions_created),
            (self.tr("Session registrations:"), summary.registrations),
            (self.tr("Rows skipped:"), summary.skipped),
        )
        for caption, value in counts:
            self.counts.addRow(caption, QLabel(number(value)))
        if summary.format == "csv" and summary.encoding:
            encoding = QLabel(str(encoding_label(summary.encoding)))
            encoding.setTextFormat(Qt.TextFormat.PlainText)
            self.counts.addRow(self.tr("Text encoding:"), encoding)
        names = [m.name for m in summary.missing[:_SHOWN_MISSING]]
        if names:
            text = self.tr(
                "They stay in the event, marked “missing from the latest import”; nothing recorded for them is lost: {names}"
            ).format(names=", ".join(names))
            more = len(summary.missing) - len(names)
            if more:
                text += " " + self.tr("and {count} more.").format(count=number(more))
            self.missing_label.setText(text)
            self.missing_label.show()
        problems = summary.problems
        if problems:
            self.problems_caption.setText(self.tr("Rows to check ({count}):").format(count=number(len(problems))))
            self.problems_text.setPlainText(
                "\n".join(
                    self.tr("Row {row}: {problem}").format(row=p.row, problem=p.message) if p.row else str(p.message)
                    for p in problems
                )
            )
            self.problems_caption.show()
            self.problems_text.show()

    def _clear(self) -> None:
        while self.counts.rowCount():
            self.counts.removeRow(0)
        for widget in (self.missing_label, self.problems_caption, self.problems_text):
            widget.hide()
