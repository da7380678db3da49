"""A short sound per verdict (resources/sounds, made by make_sounds.py), and a mute switch."""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect

from checkin.domain.verdicts import Verdict
from checkin.resources import resource_path

_FILES = {Verdict.ACCEPTED: "accepted.wav", Verdict.WARNING: "warning.wav", Verdict.REJECTED: "rejected.wav"}


class VerdictSounds(QObject):
    """Plays the verdict's sound unless muted; ``played(Verdict)`` says which one was started.

    QSoundEffect decodes the file once and plays from memory on Qt's audio thread, so a sound
    never holds up the next scan. A computer without a sound device just stays quiet.
    """

    played = Signal(object)

    def __init__(self, muted: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.muted = muted
        self._effects: dict[Verdict, QSoundEffect] = {}
        for verdict, name in _FILES.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", name))))
            effect.setVolume(0.8)
            self._effects[verdict] = effect

    def play(self, verdict: Verdict) -> None:
        if self.muted:
            return
        effect = self._effects[verdict]
        effect.stop()  # a quick second scan restarts the sound rather than queueing it
        effect.play()
        self.played.emit(verdict)

    def source(self, verdict: Verdict) -> QUrl:
        return self._effects[verdict].source()
