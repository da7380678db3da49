"""The detail panel: everything about the selected attendee, their history, and what to do next."""
from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.countries import country_name
from checkin.domain.model import Attendee, JournalEntry, Session, Status
from checkin.ui import journal_format
from checkin.ui.labels import language_name, session_kind_label, status_label
from checkin.ui.language import ui_language
from checkin.ui.plain_text import DataLabel

_FLAG_STYLE = "QLabel { background: #b3261e; color: white; border-radius: 4px; padding: 3px 8px; font-weight: 600; }"
_PENDING_STYLE = "QLabel { background: #8a6d00; color: white; border-radius: 4px; padding: 3px 8px; font-weight: 600; }"
_ACTIVE_STYLE = (
    "QLabel { background: #e3f1e6; color: #1d5a2c; border: 1px solid #a9d3b3; border-radius: 4px; padding: 2px 8px; }"
)
# The result of the last actions on this person (check-in, walk-in, print, undo), where the eye is.
_NOTICE_STYLES = {
    "done": "QLabel { background: #e3f1e6; color: #1d5a2c; border: 1px solid #a9d3b3; border-radius: 4px; padding: 6px 8px; font-weight: 600; }",
    "warning": "QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #e3c35a; border-radius: 4px; padding: 6px 8px; font-weight: 600; }",
    "failed": "QLabel { background: #fbe4e2; color: #8c1d18; border: 1px solid #e6a9a4; border-radius: 4px; padding: 6px 8px; font-weight: 600; }",
}
# A hint (what to press next, a print on its way) gives way to the next notice about that person.
_NOTICE_STYLES["hint"] = _NOTICE_STYLES["warning"]
_NOTICE_LINES = 3
_WARNING_STYLE = (
    "QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #e3c35a; border-radius: 4px; padding: 6px 8px; }"
)


def _text_label(selectable: bool = True) -> QLabel:
    label = DataLabel()  # names are data, never markup
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _section_title() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class AttendeeDetailPanel(QWidget):
    """Shows one attendee. Its buttons only ask: the window (or a later part) does the work.

    Later parts connect ``print_requested`` / ``check_in_requested`` and call
    :meth:`set_available_requests` so their button appears; until then it stays hidden.
    """

    edit_requested = Signal(str)  # attendee id
    print_requested = Signal(str)
    check_in_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._attendee: Attendee | None = None
        self._sessions: Mapping[str, Session] = {}
        self._timezone = "Europe/Brussels"
        self._journal: list[JournalEntry] | None = None
        # attendee id → the latest action results, newest first: (text, kind) with kind in _NOTICE_STYLES
        self._notices: dict[str, list[tuple[str, str]]] = {}
        self.setMinimumWidth(320)

        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)

        self.name_label = _text_label()
        name_font = QFont(self.font())
        name_font.setPointSizeF(self.font().pointSizeF() * 1.7)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.name_label.setObjectName("attendeeName")
        self.notice_label = _text_label()
        self.notice_label.setObjectName("actionNotice")
        self.notice_label.hide()
        self.status_flag = QLabel()
        self.status_flag.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.missing_warning = _text_label(selectable=False)
        self.missing_warning.setStyleSheet(_WARNING_STYLE)
        self.role_label = _text_label()
        self.place_label = _text_label()

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._field_names = ("category", "email", "badge_language", "codes", "source")
        self._form_labels = {name: QLabel() for name in self._field_names}
        self._form_values = {name: _text_label() for name in self._field_names}
        for name in self._field_names:
            self._form_labels[name].setEnabled(False)  # the muted colour of a caption
            self._form.addRow(self._form_labels[name], self._form_values[name])
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self._form_values["codes"].setFont(mono)

        self._sessions_title = _section_title()
        self.sessions_label = _text_label()
        self._notes_title = _section_title()
        self.notes_label = _text_label()
        self._history_title = _section_title()
        self.history_label = _text_label()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(6)
        column.addWidget(self.notice_label)
        column.addWidget(self.name_label)
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.status_flag)
        flag_row.addStretch(1)
        column.addLayout(flag_row)
        column.addWidget(self.missing_warning)
        column.addWidget(self.role_label)
        column.addWidget(self.place_label)
        column.addSpacing(6)
        column.addLayout(self._form)
        for widget in (
            self._sessions_title, self.sessions_label, self._notes_title, self.notes_label,
            self._history_title, self.history_label,
        ):
            column.addWidget(widget)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda: self._request(self.print_requested))
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(lambda: self._request(self.check_in_requested))
        self.print_button.hide()
        self.check_in_button.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(14, 6, 14, 12)
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(0)
        details_layout.addWidget(scroll, 1)
        details_layout.addLayout(buttons)

        self._pages = QStackedLayout(self)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(details)
        self._retranslate()
        self.show_attendee(None)

    # ---- what the window calls ----------------------------------------------------------------

    def set_event_context(self, sessions: Sequence[Session], timezone: str) -> None:
        self._sessions = {s.id: s for s in sessions}
        self._timezone = timezone

    def set_available_requests(self, print_badge: bool | None = None, check_in: bool | None = None) -> None:
        """Show the Print badge / Check in buttons once something handles their signals (None: unchanged)."""
        if print_badge is not None:
            self.print_button.setVisible(print_badge)
        if check_in is not None:
            self.check_in_button.setVisible(check_in)

    def attendee(self) -> Attendee | None:
        return self._attendee

    def show_attendee(self, attendee: Attendee | None) -> None:
        """Show ``attendee`` (None: the empty state); the history follows with :meth:`show_journal`."""
        if attendee is None or self._attendee is None or attendee.id != self._attendee.id:
            self._journal = None
        self._attendee = attendee
        self._render()

    def show_notice(self, attendee_id: str, text: str, kind: str = "done") -> None:
        """Say what just happened to ``attendee_id`` (checked in, printed…) at the top of their details;
        kept with that person, newest first, while other people are shown."""
        lines = [line for line in self._notices.get(attendee_id, []) if line[0] != text and line[1] != "hint"]
        self._notices[attendee_id] = [(text, kind), *lines][:_NOTICE_LINES]
        if self._attendee is not None and self._attendee.id == attendee_id:
            self._render_notice()

    def notice_text(self) -> str:
        """The notice shown now ("" when none)."""
        return self.notice_label.text() if not self.notice_label.isHidden() else ""

    def clear_notices(self) -> None:
        self._notices.clear()
        self._render_notice()

    def _render_notice(self) -> None:
        lines = self._notices.get(self._attendee.id, []) if self._attendee is not None else []
        self.notice_label.setVisible(bool(lines))
        if lines:
            self.notice_label.setText("\n".join(text for text, _kind in lines))
            self.notice_label.setStyleSheet(_NOTICE_STYLES[lines[0][1]])

    def show_journal(self, attendee_id: str, entries: list[JournalEntry]) -> None:
        if self._attendee is not None and self._attendee.id == attendee_id:
            self._journal = entries
            self._render_history()

    # ---- rendering ----------------------------------------------------------------------------

    def _render(self) -> None:
        a = self._attendee
        if a is None:
            self._pages.setCurrentIndex(0)
            return
        self._pages.setCurrentIndex(1)
        self._render_notice()
        self.name_label.setText(a.full_name or self.tr("(no name)"))
        self._render_status(a)
        self.missing_warning.setText(
            self.tr("Missing from the latest import: this person was not on the last registration list loaded.")
        )
        self.missing_warning.setVisible(a.missing_from_source)
        self.role_label.setText(" · ".join(p for p in (a.position, a.organisation) if p))
        self.role_label.setVisible(bool(a.position or a.organisation))
        place = ", ".join(p for p in (a.city, country_name(a.country, ui_language()) if a.country else "") if p)
        self.place_label.setText(place)
        self.place_label.setVisible(bool(place))
        values = {
            "category": a.category,
            "email": a.email,
            "badge_language": language_name(a.badge_language) if a.badge_language else "",
            "codes": "\n".join(a.ticket_codes),
            "source": self._source_text(a),
        }
        for name, value in values.items():
            self._form_values[name].setText(value)
            self._form.setRowVisible(self._form_values[name], bool(value))
        self.sessions_label.setText(self._sessions_text(a))
        self.notes_label.setText(a.notes)
        self._notes_title.setVisible(bool(a.notes))
        self.notes_label.setVisible(bool(a.notes))
        self._render_history()

    def _render_status(self, a: Attendee) -> None:
        text = status_label(a.status)
        if a.walk_in:
            text = self.tr("{status} · walk-in").format(status=text)
        self.status_flag.setText(text)
        if a.status in (Status.CANCELLED, Status.WITHDRAWN):
            self.status_flag.setStyleSheet(_FLAG_STYLE)
        elif a.status is Status.PENDING:
            self.status_flag.setStyleSheet(_PENDING_STYLE)
        else:
            self.status_flag.setStyleSheet(_ACTIVE_STYLE)

    def _source_text(self, a: Attendee) -> str:
        if a.walk_in:
            return self.tr("Added at the desk")
        if a.source and a.source_id:
            return self.tr("{source}, id {id}").format(source=a.source, id=a.source_id)
        return a.source

    def _sessions_text(self, a: Attendee) -> str:
        sessions = [self._sessions[sid] for sid in a.session_ids if sid in self._sessions]
        if not sessions:
            return self.tr("Not registered for any session.")
        sessions.sort(key=lambda s: (s.starts_at is None, s.starts_at, s.title))
        lines = []
        for s in sessions:
            detail = session_kind_label(s.kind)
            if s.starts_at is not None:
                start = journal_format.event_time(s.starts_at, self._timezone)
                detail += f" · {journal_format.day_text(start)}, {start:%H:%M}"
                if s.ends_at is not None:
                    detail += f"–{journal_format.event_time(s.ends_at, self._timezone):%H:%M}"
            if s.location:
                detail += f" · {s.location}"
            lines.append(f"{s.title}\n    {detail}")
        return "\n".join(lines)

    def _render_history(self) -> None:
        if self._attendee is None:
            return
        if self._journal is None:
            self.history_label.setText(self.tr("Loading…"))
            return
        if not self._journal:
            self.history_label.setText(self.tr("Nothing recorded yet."))
            return
        titles = {sid: s.title for sid, s in self._sessions.items()}
        lines = []
        for entry in reversed(self._journal):  # newest first: what just happened matters most
            line = f"{journal_format.entry_time(entry.at, self._timezone)}  {journal_format.describe(entry, titles)}"
            by = journal_format.who(entry)
            lines.append(f"{line} ({by})" if by else line)
        self.history_label.setText("\n".join(lines))

    # ---- buttons and language -----------------------------------------------------------------

    def _request(self, signal) -> None:
        if self._attendee is not None:
            signal.emit(self._attendee.id)

    def _on_edit_button_clicked(self) -> None:
        self._request(self.edit_requested)

    def _retranslate(self) -> None:
        self._empty.setText(self.tr("Select an attendee to see their details."))
        captions = {
            "category": self.tr("Category"),
            "email": self.tr("Email"),
            "badge_language": self.tr("Badge language"),
            "codes": self.tr("Ticket codes"),
            "source": self.tr("Source"),
        }
        for name, caption in captions.items():
            self._form_labels[name].setText(caption)
        self._sessions_title.setText(self.tr("Sessions"))
        self._notes_title.setText(self.tr("Notes"))
        self._history_title.setText(self.tr("History"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change this attendee's details (Ctrl+E)"))
        self.print_button.setText(self.tr("&Print badge"))
        self.print_button.setToolTip(self.tr("Print this attendee's badge on this desk's printer (Ctrl+P)"))
        self.check_in_button.setText(self.tr("Check &in"))
        self.check_in_button.setToolTip(self.tr("Check this attendee in at the entrance (Ctrl+Return)"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
