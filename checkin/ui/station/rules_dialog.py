"""The organiser's rules for one door: re-entry, walk-ins into free places, opening times, entrance first."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.verdicts import Checkpoint, CheckpointRules, Reentry
from checkin.i18n import UserError
from checkin.services.scanning import checkpoint_for, set_rules
from checkin.storage.database import Database
from checkin.ui.workers import DatabaseLane, Operation

_REENTRY = (Reentry.ACCEPT, Reentry.WARN, Reentry.REJECT)


class DoorRulesDialog(QDialog):
    """Reads the door's rules through the lane, saves them with ``set_rules``; emits ``saved(CheckpointRules)``.

    Every station guarding the door follows the new rules from its next scan.
    """

    saved = Signal(object)

    def __init__(self, lane: DatabaseLane, db: Database, checkpoint_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._checkpoint_id = checkpoint_id
        self._checkpoint: Checkpoint | None = None

        self.door_label = QLabel()
        self.door_label.setWordWrap(True)
        self.door_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.door_label.font()
        font.setBold(True)
        self.door_label.setFont(font)
        self.reentry_combo = QComboBox()
        self.walk_ins_box = QCheckBox()
        self.tolerance_spin = QSpinBox()
        self.tolerance_spin.setRange(0, 240)
        self.tolerance_spin.setSingleStep(5)
        self.arrival_box = QCheckBox()
        self.session_note = QLabel()
        self.session_note.setWordWrap(True)
        self.session_note.setEnabled(False)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { color: #b3261e; font-weight: 600; }")
        self.problem_label.hide()

        self._captions = {name: QLabel() for name in ("reentry", "tolerance")}
        self._captions["reentry"].setBuddy(self.reentry_combo)
        self._captions["tolerance"].setBuddy(self.tolerance_spin)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self._captions["reentry"], self.reentry_combo)
        form.addRow("", self.walk_ins_box)
        form.addRow(self._captions["tolerance"], self.tolerance_spin)
        form.addRow("", self.arrival_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)  # until the current rules are read
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.door_label)
        layout.addLayout(form)
        layout.addWidget(self.session_note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._retranslate()

        operation = Operation(lambda: checkpoint_for(db, checkpoint_id), parent=self)
        operation.on_success(self._on_checkpoint_loaded).on_user_error(self._show_problem).run_on(lane)

    @property
    def loaded(self) -> bool:
        return self._checkpoint is not None

    def _on_checkpoint_loaded(self, checkpoint: Checkpoint) -> None:
        self._checkpoint = checkpoint
        rules = checkpoint.rules
        self.reentry_combo.setCurrentIndex(_REENTRY.index(rules.reentry))
        self.walk_ins_box.setChecked(rules.allow_unregistered)
        self.tolerance_spin.setValue(rules.tolerance_minutes)
        self.arrival_box.setChecked(rules.require_arrival)
        # The entrance has no programme slot and no registration list of its own.
        for widget in (self.walk_ins_box, self.tolerance_spin, self.arrival_box, self._captions["tolerance"]):
            widget.setEnabled(not checkpoint.is_entrance)
        self.buttons.setEnabled(True)
        self._retranslate()

    def rules(self) -> CheckpointRules:
        return CheckpointRules(
            reentry=_REENTRY[self.reentry_combo.currentIndex()],
            allow_unregistered=self.walk_ins_box.isChecked(),
            tolerance_minutes=self.tolerance_spin.value(),
            require_arrival=self.arrival_box.isChecked(),
        )

    def save(self) -> None:
        if self._checkpoint is None:
            return
        rules, db, checkpoint_id = self.rules(), self._db, self._checkpoint_id
        self.buttons.setEnabled(False)
        operation = Operation(lambda: set_rules(db, checkpoint_id, rules), parent=self)
        operation.on_success(lambda _none: self._on_saved(rules)).on_user_error(self._show_problem)
        operation.on_finished(lambda: self.buttons.setEnabled(True)).run_on(self._lane)

    def _on_saved(self, rules: CheckpointRules) -> None:
        self.saved.emit(rules)
        self.accept()

    def _show_problem(self, error: UserError) -> None:
        self.problem_label.setText(str(error))
        self.problem_label.show()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Door rules"))
        checkpoint = self._checkpoint
        if checkpoint is None:
            self.door_label.setText(self.tr("Reading the door's rules…"))
        elif checkpoint.is_entrance:
            self.door_label.setText(self.tr("Entrance of the event"))
        else:
            self.door_label.setText(checkpoint.session.title)
        index = max(0, self.reentry_combo.currentIndex())
        self.reentry_combo.clear()
        self.reentry_combo.addItems([
            self.tr("Let them in again"),
            self.tr("Let them in again, with a warning"),
            self.tr("Refuse: one entry per person"),
        ])
        self.reentry_combo.setCurrentIndex(index)
        self._captions["reentry"].setText(self.tr("A &second entry:"))
        self._captions["tolerance"].setText(self.tr("Doors open &early / close late by:"))
        self.tolerance_spin.setSuffix(self.tr(" min"))
        self.walk_ins_box.setText(self.tr("People not registered for it may take &free places (walk-ins)"))
        self.arrival_box.setText(self.tr("&Warn when someone has not checked in at the entrance yet"))
        self.session_note.setText(
            self.tr("Only the second entry applies to the entrance; the other rules are for sessions.")
            if checkpoint is not None and checkpoint.is_entrance
            else self.tr("These rules apply to every station at this door, from its next scan.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
