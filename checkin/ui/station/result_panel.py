"""The station's big verdict panel: green, amber or red, a symbol and a word, the name, why, and the notes.

Colour is never the only signal (✓ / ! / ✕ and a word, for colour-blind staff). Everything scales
with the panel, so a full-screen station reads from two metres. The name is never smaller than the
lines under it (organisation, reason, notes): it wraps onto two lines first, and when even two
lines must shrink, those lines shrink with it. The panel only shows: it never
takes the keyboard focus and never waits for a click, so the next scan replaces it at once.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.domain.verdicts import Direction, Verdict
from checkin.i18n import UserError
from checkin.services.scan_messages import reason_label
from checkin.services.scanning import ScanResult, Undone
from checkin.ui.plain_text import DataLabel
from checkin.ui.station.fit_text import FitTextLabel


class PanelState(Enum):
    READY = "ready"
    PENDING = "pending"
    ACCEPTED = "accepted"
    WARNING = "warning"
    REJECTED = "rejected"
    FAILED = "failed"  # the scan could not be recorded
    CONFIRM_UNDO = "confirm_undo"
    UNDONE = "undone"


# (background, text) per state: white on dark colours, near-black on amber (contrast ≥ 4.5:1).
_COLOURS = {
    PanelState.READY: ("#263238", "#ffffff"),
    PanelState.PENDING: ("#37474f", "#ffffff"),
    PanelState.ACCEPTED: ("#1b7a36", "#ffffff"),
    PanelState.WARNING: ("#f2a516", "#1f1600"),
    PanelState.REJECTED: ("#b3261e", "#ffffff"),
    PanelState.FAILED: ("#b3261e", "#ffffff"),
    PanelState.CONFIRM_UNDO: ("#2762b0", "#ffffff"),
    PanelState.UNDONE: ("#455a64", "#ffffff"),
}
_VERDICT_STATES = {Verdict.ACCEPTED: PanelState.ACCEPTED, Verdict.WARNING: PanelState.WARNING, Verdict.REJECTED: PanelState.REJECTED}
_NOTE_STYLE = "QLabel { background: #fffbe6; color: #1f1600; border-radius: 6px; padding: 0.3em 0.6em; }"
# A verdict decided against the station's own copy of the list: a dark tag, readable on every colour.
_OFFLINE_STYLE = ("QLabel { background: #1f1f1f; color: #ffffff; border: 2px solid #ffffff; border-radius: 6px;"
                  " padding: 0.2em 0.6em; }")


def _label(bold: bool = False) -> QLabel:
    label = DataLabel()  # names and notes are data, never markup
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if bold:
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
    return label


class _Headline(QWidget):
    """The verdict in a few words, drawn from a picture made once per text, size and colour.

    Glyphs this tall are outlines that Qt fills again at every paint (half a millisecond for a
    headline, on the way to every verdict), and the panel has only a dozen headlines."""

    def __init__(self):
        super().__init__()
        self._text = ""
        self._pictures: dict[tuple[str, str], QPixmap] = {}
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - the QLabel name, so it reads like one
        self._text = text
        self.setAccessibleName(text)
        self.update()

    def set_pixel_size(self, pixels: int) -> None:
        font = self.font()
        if font.pixelSize() != pixels:
            font.setPixelSize(pixels)
            self.setFont(font)
            self._pictures.clear()  # made at the old size
        self.setFixedHeight(QFontMetrics(font).height())

    def _picture(self) -> QPixmap:
        colour = self.palette().windowText().color().name()
        picture = self._pictures.get((self._text, colour))
        if picture is None:
            metrics = QFontMetrics(self.font())
            ratio = self.devicePixelRatioF()
            size = QSize(metrics.horizontalAdvance(self._text) + 2, metrics.height())
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            painter.setFont(self.font())
            painter.setPen(QColor(colour))
            painter.drawText(QRect(QPoint(0, 0), size), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self._text)
            painter.end()
            self._pictures[(self._text, colour)] = picture
        return picture

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._text:
            return
        picture = self._picture()
        width = picture.width() / picture.devicePixelRatio()
        height = picture.height() / picture.devicePixelRatio()
        scale = min(1.0, self.width() / width)  # a long translation shrinks rather than being cut
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 1.0)
        target = QRectF(0, (self.height() - height * scale) / 2, width * scale, height * scale)
        painter.drawPixmap(target, picture, QRectF(picture.rect()))
        painter.end()


class ResultPanel(QFrame):
    """Shows one state at a time; each ``show_…`` replaces whatever was there."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.state = PanelState.READY
        self._shown: tuple = ("ready", "")

        self.headline_label = _Headline()
        self.name_label = FitTextLabel()
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.installEventFilter(self)  # its new size may shrink the lines under it
        self._under_name_px = 10  # the size of the lines under the name, before they give way to it
        self.details_label = _label()
        self.message_label = _label()
        self.notes_label = _label(bold=True)
        self.notes_label.setStyleSheet(_NOTE_STYLE)
        # A code can be long (an Indico ticket's JSON): it shrinks to the panel's width, never widens it.
        self.code_label = FitTextLabel()
        mono = self.code_label.font()
        mono.setFamilies(["DejaVu Sans Mono", "monospace"])
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.code_label.setFont(mono)
        self.code_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hint_label = _label()
        self.offline_label = _label(bold=True)
        self.offline_label.setStyleSheet(_OFFLINE_STYLE)
        self.offline_label.setWordWrap(False)  # a short tag, on one line
        self.offline_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        self.offline_label.hide()

        column = QVBoxLayout(self)
        column.setSpacing(8)
        column.addWidget(self.offline_label)
        column.addWidget(self.headline_label)
        column.addWidget(self.name_label, 1)
        column.addWidget(self.details_label)
        column.addWidget(self.message_label)
        column.addWidget(self.notes_label)
        column.addWidget(self.code_label)
        column.addStretch(0)
        column.addWidget(self.hint_label)
        # Set, so that a long reason never makes the window grow past the screen: the texts scale
        # with the panel instead.
        self.setMinimumSize(360, 300)
        self._apply_sizes()
        self.show_ready("")

    # ---- what the station shows ---------------------------------------------------------------

    @property
    def shown_result(self) -> ScanResult | None:
        """The scan whose verdict is on the panel, if a verdict is."""
        kind, *args = self._shown
        return args[0] if kind == "result" else None

    def show_ready(self, door: str) -> None:
        """Waiting for the next scan; ``door`` says what this station guards."""
        self._shown = ("ready", door)
        self._set_state(PanelState.READY)
        self.headline_label.setText(self.tr("Ready"))
        self.name_label.setText(self.tr("Scan a badge"))
        self._set_texts(details=door, hint=self.tr("Hold the badge or the phone's QR code to the scanner or the camera."))

    def show_pending(self, code: str) -> None:
        """A scan is taking longer than usual (a busy shared database): say so, keep the code in view."""
        self._shown = ("pending", code)
        self._set_state(PanelState.PENDING)
        self.headline_label.setText(self.tr("Checking…"))
        self.name_label.setText("")
        self._set_texts(code=self._code_text(code))

    def show_result(self, result: ScanResult) -> None:
        self._shown = ("result", result)
        self._set_state(_VERDICT_STATES[result.verdict])
        self.headline_label.setText(headline(result))
        a = result.attendee
        if a is not None:
            self.name_label.setText(a.full_name or self.tr("(no name)"))
            details = " · ".join(part for part in (a.category, a.organisation) if part)
        else:
            self.name_label.setText(_capitalised(str(reason_label(result.reason.value))))
            details = ""
        code = self._code_text(result.record.code) if a is None and result.record.code else ""
        notes = self.tr("Note: {notes}").format(notes=a.notes) if a is not None and a.notes else ""
        self._set_texts(details=details, message=str(result.message), notes=notes, code=code,
                        hint=self.tr("Ctrl+Z undoes this scan."))
        if result.record.offline:
            self.offline_label.setText(self.tr("Decided offline — sent when the network is back"))
            self.offline_label.show()

    def show_failure(self, problem: UserError | str, code: str) -> None:
        """The scan was not recorded: what happened, what to do, and the code so nothing is lost."""
        self._shown = ("failure", problem, code)
        self._set_state(PanelState.FAILED)
        self.headline_label.setText(self.tr("✕ Not recorded"))
        self.name_label.setText(self.tr("Scan not saved"))
        self._set_texts(message=str(problem), code=self._code_text(code) if code else "")

    def show_undo_question(self, what: str) -> None:
        self._shown = ("question", what)
        self._set_state(PanelState.CONFIRM_UNDO)
        self.headline_label.setText(self.tr("Undo the last scan?"))
        self.name_label.setText(what)
        self._set_texts(
            message=self.tr("Press Ctrl+Z again to undo it. The scan stays in the log, marked as annulled."),
            hint=self.tr("Scanning the next badge keeps the last scan."),
        )

    def show_undone(self, undone: Undone | None) -> None:
        self._shown = ("undone", undone)
        self._set_state(PanelState.UNDONE)
        if undone is None:
            self.headline_label.setText(self.tr("Nothing to undo"))
            self.name_label.setText("")
            self._set_texts(message=self.tr("This station has no scan left to undo."))
            return
        self.headline_label.setText(self.tr("↶ Scan undone"))
        if undone.attendee is not None:
            self.name_label.setText(undone.attendee.full_name)
        else:
            self.name_label.setText(_capitalised(str(reason_label(undone.annulled.reason))))
        self._set_texts(message=self.tr("The scan is annulled: it no longer counts, and the log keeps both."))

    # ---- texts --------------------------------------------------------------------------------

    def _code_text(self, code: str) -> str:
        return self.tr("Code read: {code}").format(code=code)

    def _set_texts(self, details: str = "", message: str = "", notes: str = "", code: str = "", hint: str = "") -> None:
        self.offline_label.hide()  # shown again by show_result for a verdict decided offline
        for label, text in (
            (self.details_label, details), (self.message_label, message), (self.notes_label, notes),
            (self.code_label, code), (self.hint_label, hint),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        self._fit_lines_under_name()

    def _set_state(self, state: PanelState) -> None:
        if state is self.state and self.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            return  # a palette change reaches every label: only when the colour changes
        self.state = state
        background, text = _COLOURS[state]
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        self.setPalette(palette)
        self.setAccessibleDescription(state.value)
        self.update()

    def colour(self) -> QColor:
        """The panel's background colour now."""
        return QColor(_COLOURS[self.state][0])

    # ---- sizes and painting -------------------------------------------------------------------

    def _apply_sizes(self) -> None:
        # One unit from the panel's size: every text grows with a bigger window or full screen.
        unit = max(9.0, min(self.height() / 19.0, self.width() / 30.0))
        margin = int(unit * 1.2)
        self.layout().setContentsMargins(margin, int(unit * 0.8), margin, int(unit * 0.8))
        self.headline_label.set_pixel_size(max(10, int(unit * 1.9)))
        for label, factor in ((self.hint_label, 0.75), (self.offline_label, 0.6)):
            _set_pixel_size(label, max(10, int(unit * factor)))
        self._under_name_px = max(10, int(unit * 1.2))
        self.name_label.set_largest_size(unit * 4.4)
        self.name_label.set_room_for(self._under_name_px, lines=2)
        self._fit_lines_under_name()
        self.code_label.set_largest_size(unit * 0.85)
        self.code_label.setFixedHeight(int(unit * 0.85 * 1.3))

    def _fit_lines_under_name(self) -> None:
        """The organisation, reason and notes at their size, or at the name's if it had to be smaller."""
        size = self._under_name_px
        if self.name_label.text():
            size = min(size, int(self.name_label.layout_for_size()[0]))
        for label in (self.details_label, self.message_label, self.notes_label):
            _set_pixel_size(label, size)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.name_label and event.type() == QEvent.Type.Resize:
            self._fit_lines_under_name()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._apply_sizes()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()), 12, 12)
        painter.fillPath(path, self.colour())
        painter.end()

    def _redo(self) -> None:
        kind, *args = self._shown
        show = {"ready": self.show_ready, "pending": self.show_pending, "result": self.show_result,
                "failure": self.show_failure, "question": self.show_undo_question, "undone": self.show_undone}[kind]
        show(*args)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._redo()
        super().changeEvent(event)


def headline(result: ScanResult) -> str:
    """The verdict in a symbol and a few words: what the door staff do."""
    leaving = result.direction is Direction.OUT
    if result.verdict is Verdict.ACCEPTED:
        if leaving:
            return QCoreApplication.translate("ResultPanel", "✓ Exit recorded")
        return QCoreApplication.translate("ResultPanel", "✓ Accepted")
    if result.verdict is Verdict.WARNING:
        if leaving:
            return QCoreApplication.translate("ResultPanel", "! Check, then let out")
        return QCoreApplication.translate("ResultPanel", "! Check, then let in")
    return QCoreApplication.translate("ResultPanel", "✕ Not admitted")


def _set_pixel_size(label: QLabel, pixels: int) -> None:
    font = label.font()
    if font.pixelSize() != pixels:  # a font change relays the panel out
        font.setPixelSize(pixels)
        label.setFont(font)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
