"""The full-width banner that says a station or desk is working offline, and then that it is back.

Offline is shown unmistakably: a strong orange band across the whole window, white bold text, that
stays as long as the shared database does not answer and counts what waits to be sent. Back online
is calmer: a green band saying what was sent ("5 scans, 1 walk-in and 2 badge prints"), which fades
away by itself.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QSizePolicy, QWidget

from checkin.sync.upload import SentCounts

OFFLINE_COLOURS = ("#c43e00", "#ffffff")  # background, text: contrast 5.0:1
ONLINE_COLOURS = ("#1b7a36", "#ffffff")
BACK_ONLINE_MS = 6000  # how long "Back online" stays before it fades
FADE_MS = 1500


class BannerState(Enum):
    HIDDEN = "hidden"
    OFFLINE = "offline"
    BACK_ONLINE = "back_online"


class OfflineBanner(QLabel):
    """Shows one of the two messages it is given; the owner words them (station or desk)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = BannerState.HIDDEN
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Connection"))
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.setFont(font)
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(1.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self._on_fade_finished)
        self._linger = QTimer(self, singleShot=True, interval=BACK_ONLINE_MS)
        self._linger.timeout.connect(self._fade.start)
        self.hide()

    def show_offline(self, text: str) -> None:
        """Offline: stays until :meth:`show_back_online` or :meth:`clear`."""
        self._show(BannerState.OFFLINE, text, OFFLINE_COLOURS)

    def show_back_online(self, text: str) -> None:
        """Back online: fades after a few seconds."""
        self._show(BannerState.BACK_ONLINE, text, ONLINE_COLOURS)
        self._linger.start()

    def show_sent(self, sent: SentCounts | None, check_ins: bool = False) -> None:
        """Back online, saying what the uploads sent; ``check_ins``: the desk calls its scans check-ins."""
        self.show_back_online(self.back_online_text(sent or SentCounts(), check_ins))

    def back_online_text(self, sent: SentCounts, check_ins: bool = False) -> str:
        # One phrase per kind sent. The English form is chosen here (no English translation file
        # carries plural forms); each is also passed its number, so a translation gives every form
        # its language needs.
        n = sent.scans
        if check_ins:
            scans = self.tr("%n check-in", "", n) if n == 1 else self.tr("%n check-ins", "", n)
        else:
            scans = self.tr("%n scan", "", n) if n == 1 else self.tr("%n scans", "", n)
        n = sent.undos
        undos = self.tr("%n undo", "", n) if n == 1 else self.tr("%n undos", "", n)
        n = sent.walk_ins
        walk_ins = self.tr("%n walk-in", "", n) if n == 1 else self.tr("%n walk-ins", "", n)
        n = sent.prints
        prints = self.tr("%n badge print", "", n) if n == 1 else self.tr("%n badge prints", "", n)
        n = sent.others
        others = self.tr("%n other record", "", n) if n == 1 else self.tr("%n other records", "", n)
        counted = (sent.scans, sent.undos, sent.walk_ins, sent.prints, sent.others)
        phrases = [phrase for phrase, count in zip((scans, undos, walk_ins, prints, others), counted) if count]
        if not phrases:
            return self.tr("Back online")
        listed = phrases[0] if len(phrases) == 1 else self.tr(
            "{items} and {last}", "the end of a list: 5 scans, 1 walk-in and 2 badge prints"
        ).format(items=", ".join(phrases[:-1]), last=phrases[-1])
        return self.tr("Back online — {sent} sent").format(sent=listed)

    def clear(self) -> None:
        self._linger.stop()
        self._fade.stop()
        self.state = BannerState.HIDDEN
        self.hide()

    def _show(self, state: BannerState, text: str, colours: tuple[str, str]) -> None:
        self._linger.stop()
        self._fade.stop()
        self._effect.setOpacity(1.0)
        if state != self.state:
            background, foreground = colours
            margin = max(6, self.fontMetrics().height() // 2)
            self.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; padding: {margin}px; }}")
        self.state = state
        self.setText(text)
        self.show()

    def _on_fade_finished(self) -> None:
        if self.state == BannerState.BACK_ONLINE:
            self.clear()
