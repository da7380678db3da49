"""Setting a station up: which door it guards, what it records, who runs it, badges and camera."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.badges.layout_store import load_layout
from checkin.domain.model import Session
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.printing import choices
from checkin.printing.backend import PrintBackend
from checkin.services.badges import default_layout_name
from checkin.storage.database import Database
from checkin.ui import journal_format
from checkin.ui.badges.desk_print import DeskPrintSetupDialog
from checkin.ui.labels import session_kind_label
from checkin.ui.station.config import StationConfig
from checkin.ui.workers import DatabaseLane, Operation
from checkin.ui.screen_fit import limit_minimum

_MODES = (DirectionMode.IN, DirectionMode.OUT, DirectionMode.BOTH)


def session_summary(session: Session, timezone: str) -> str:
    """"Workshop · Mon 23 Nov, 09:30–11:30 · Studio 211 · 35 places": what tells two sessions apart."""
    parts = [session_kind_label(session.kind)]
    if session.starts_at is not None:
        start = journal_format.event_time(session.starts_at, timezone)
        when = f"{journal_format.day_text(start)}, {start:%H:%M}"
        if session.ends_at is not None:
            when += f"–{journal_format.event_time(session.ends_at, timezone):%H:%M}"
        parts.append(when)
    if session.location:
        parts.append(session.location)
    if session.capacity is not None:
        parts.append(QCoreApplication.translate("StationSetupDialog", "capacity {count}").format(count=session.capacity))
    return " · ".join(parts)


class StationSetupDialog(QDialog):
    """Emits ``rules_requested(checkpoint_id)`` for the Door rules button; ``config()`` once accepted."""

    rules_requested = Signal(str)

    def __init__(self, lane: DatabaseLane, db: Database, sessions: Sequence[Session], timezone: str,
                 config: StationConfig, backend: PrintBackend, parent: QWidget | None = None):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._sessions = list(sessions)
        self._timezone = timezone
        self._backend = backend
        self._printer: tuple[str, str | None] | None = None  # (layout title, printer) once known
        self._printer_problem = ""
        self._station_id = config.station_id

        self.door_list = QListWidget()
        self.door_list.setWordWrap(True)
        self.door_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.door_list.setSpacing(2)
        self.door_list.setMinimumHeight(300)
        for checkpoint_id in [ENTRANCE, *(s.id for s in self._sessions)]:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, checkpoint_id)
            self.door_list.addItem(item)
        self._select_door(config.checkpoint_id)
        self.door_caption = QLabel()
        self.door_caption.setBuddy(self.door_list)

        self.mode_buttons = {mode: QRadioButton() for mode in _MODES}
        self._mode_group = QButtonGroup(self)
        for mode in _MODES:
            self._mode_group.addButton(self.mode_buttons[mode])
        self.mode_buttons[config.mode].setChecked(True)
        self.station_edit = QLineEdit(config.station)
        self.operator_edit = QLineEdit(config.operator)
        self.ready_spin = QSpinBox()
        self.ready_spin.setRange(1, 60)
        self.ready_spin.setValue(config.ready_seconds)
        self.auto_print_box = QCheckBox()
        self.auto_print_box.setChecked(config.auto_print)
        self.printer_label = QLabel()
        self.printer_label.setWordWrap(True)
        self.printer_button = QPushButton()
        self.printer_button.clicked.connect(self._on_printer_button_clicked)
        self.camera_box = QCheckBox()
        self.camera_box.setChecked(config.camera)
        self.rules_button = QPushButton()
        self.rules_button.clicked.connect(lambda: self.rules_requested.emit(self.checkpoint_id()))
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("QLabel { color: #b3261e; font-weight: 600; }")
        self.problem_label.hide()
        # First use on this computer: the name and operator are asked, never the host and login names.
        self.first_use_label = QLabel()
        self.first_use_label.setWordWrap(True)
        self.first_use_label.setVisible(not config.introduced)

        modes = QVBoxLayout()
        modes.setSpacing(2)
        for mode in _MODES:
            modes.addWidget(self.mode_buttons[mode])
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer_button)
        printer_row.addStretch(1)
        self._captions = {name: QLabel() for name in ("mode", "station", "operator", "ready", "badges", "camera")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        rows = (("mode", modes), ("station", self.station_edit), ("operator", self.operator_edit),
                ("ready", self.ready_spin), ("badges", self.auto_print_box), ("", self.printer_label), ("", printer_row),
                ("camera", self.camera_box))
        for name, field in rows:
            if name:
                form.addRow(self._captions[name], field)
            else:
                form.addRow("", field)
        self._captions["mode"].setBuddy(self.mode_buttons[config.mode])
        self._captions["station"].setBuddy(self.station_edit)
        self._captions["operator"].setBuddy(self.operator_edit)
        self._captions["ready"].setBuddy(self.ready_spin)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.rules_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.door_caption)
        left.addWidget(self.door_list, 1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.first_use_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        limit_minimum(self, width=1000)
        self._retranslate()
        self._load_printer_text()
        blank = next((edit for edit in (self.station_edit, self.operator_edit) if not edit.text().strip()), None)
        (blank or self.door_list).setFocus()

    # ---- reading the choices ------------------------------------------------------------------

    def _select_door(self, checkpoint_id: str) -> None:
        for row in range(self.door_list.count()):
            if self.door_list.item(row).data(Qt.ItemDataRole.UserRole) == checkpoint_id:
                self.door_list.setCurrentRow(row)
                return
        self.door_list.setCurrentRow(0)  # a session of another event, or deleted: the entrance

    def checkpoint_id(self) -> str:
        item = self.door_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ENTRANCE

    def config(self) -> StationConfig:
        mode = next(m for m, button in self.mode_buttons.items() if button.isChecked())
        return StationConfig(
            checkpoint_id=self.checkpoint_id(),
            mode=mode,
            station=self.station_edit.text().strip(),
            operator=self.operator_edit.text().strip(),
            auto_print=self.auto_print_box.isChecked(),
            camera=self.camera_box.isChecked(),
            ready_seconds=self.ready_spin.value(),
            station_id=self._station_id,
        )

    def accept(self) -> None:
        if not self.station_edit.text().strip():
            # Undo and the scan log tell stations apart by this name.
            self.problem_label.setText(self.tr("Give this station a name, e.g. “Main entrance, left”."))
            self.problem_label.show()
            self.station_edit.setFocus()
            return
        if not self.operator_edit.text().strip():
            self.problem_label.setText(self.tr("Say who is scanning at this station, e.g. “Léa”: the scan log names them."))
            self.problem_label.show()
            self.operator_edit.setFocus()
            return
        super().accept()

    # ---- the badge printer --------------------------------------------------------------------

    def _load_printer_text(self) -> None:
        db = self._db

        def layout_and_printer():
            layout = load_layout(choices.desk_layout() or default_layout_name(db))
            return layout.title or layout.name, choices.printer_for_stock(layout.stock)

        operation = Operation(layout_and_printer, parent=self)
        operation.on_success(self._on_printer_found)
        operation.on_user_error(self._on_printer_problem)
        operation.run_on(self._lane)

    def _on_printer_found(self, found: tuple[str, str | None]) -> None:
        self._printer, self._printer_problem = found, ""
        self._show_printer()

    def _on_printer_problem(self, error) -> None:
        self._printer_problem = str(error)
        self._show_printer()

    def _show_printer(self) -> None:
        if self._printer_problem:
            text = self._printer_problem
        elif self._printer is None:
            text = self.tr("Looking for the badge printer…")
        elif self._printer[1] is None:
            text = self.tr("No badge printer chosen yet: the first badge asks for one.")
        else:
            text = self.tr("Badges: {layout}, on {printer}").format(layout=self._printer[0], printer=self._printer[1])
        self.printer_label.setText(text)

    def _on_printer_button_clicked(self) -> None:
        dialog = DeskPrintSetupDialog(self._backend, choices.desk_layout() or "", self)
        dialog.accepted.connect(self._load_printer_text)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # ---- language -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check-in station"))
        self.door_caption.setText(self.tr("This station &guards:"))
        for row in range(self.door_list.count()):
            item = self.door_list.item(row)
            checkpoint_id = item.data(Qt.ItemDataRole.UserRole)
            if checkpoint_id == ENTRANCE:
                item.setText(self.tr("Entrance of the event\nEveryone checks in here once"))
            else:
                session = next(s for s in self._sessions if s.id == checkpoint_id)
                item.setText(f"{session.title}\n{session_summary(session, self._timezone)}")
        self.mode_buttons[DirectionMode.IN].setText(self.tr("&Entries"))
        self.mode_buttons[DirectionMode.OUT].setText(self.tr("E&xits"))
        self.mode_buttons[DirectionMode.BOTH].setText(self.tr("&Both: a scan lets the person in, the next one out"))
        captions = {
            "mode": self.tr("It records:"), "station": self.tr("&Station name:"), "operator": self.tr("&Operator:"),
            "ready": self.tr("Verdict shown for (&seconds):"), "badges": self.tr("Badges:"), "camera": self.tr("Camera:"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
        self.station_edit.setToolTip(self.tr("The scan log and Undo tell stations apart by this name"))
        self.station_edit.setPlaceholderText(self.tr("e.g. Main entrance, left"))
        self.operator_edit.setPlaceholderText(self.tr("Who scans, e.g. Léa"))
        self.first_use_label.setText(self.tr(
            "First time on this computer: give this station a name and say who is scanning. "
            "Both are remembered for next time."))
        self.auto_print_box.setText(self.tr("&Print the badge at a person's first entrance check-in"))
        self.printer_button.setText(self.tr("Badge &printer…"))
        self.camera_box.setText(self.tr("Scan with the &webcam too"))
        self.rules_button.setText(self.tr("Door &rules…"))
        self.rules_button.setToolTip(self.tr("For organisers: re-entry, walk-ins, opening times; for every station at this door"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the station"))
        self._show_printer()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
