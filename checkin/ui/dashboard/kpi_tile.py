"""A headline number for the wall: a caption, the number itself in large type, and a line of detail."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFontMetrics, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.ui.dashboard.look import scaled

VALUE_FACTOR = 3.2
CAPTION_FACTOR = 1.1


class KpiTile(QFrame):
    """Texts are set by the window; the sizes follow the tile's font (which follows the window's).

    The number is as large as :data:`VALUE_FACTOR` times the text, or smaller when it would not fit
    the tile ("98,121 / 100,000" on a narrow window): it never pushes the window wider.
    """

    def __init__(self, accent: QColor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption_label = QLabel()
        self.value_label = QLabel()
        self.detail_label = QLabel()
        for label in (self.caption_label, self.value_label, self.detail_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        value_palette = self.value_label.palette()
        value_palette.setColor(QPalette.ColorRole.WindowText, accent)
        self.value_label.setPalette(value_palette)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)
        self._apply_font()

    def set_texts(self, caption: str, value: str, detail: str = "") -> None:
        self.caption_label.setText(caption)
        self.value_label.setText(value)
        self.detail_label.setText(detail)
        self._fit_value()

    def _apply_font(self) -> None:
        font = self.font()
        fonts = {
            self.caption_label: scaled(font, CAPTION_FACTOR, bold=True),
            self.value_label: scaled(font, VALUE_FACTOR, bold=True),
            self.detail_label: scaled(font, CAPTION_FACTOR),
        }
        for label, label_font in fonts.items():
            label.setFont(label_font)
            # Heights from the full-size fonts: a number shrunk to fit, or not there yet, leaves the tile as it is.
            label.setFixedHeight(QFontMetrics(label_font).height())
        margin = round(self.fontMetrics().height() * 0.6)
        self.layout().setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.setFixedHeight(self.layout().sizeHint().height())
        self._fit_value()

    def _fit_value(self) -> None:
        font = scaled(self.font(), VALUE_FACTOR, bold=True)
        needed = QFontMetricsF(font).horizontalAdvance(self.value_label.text())
        room = self.contentsRect().width() - sum(self.layout().getContentsMargins()[::2])
        if needed > room > 0:
            font.setPointSizeF(font.pointSizeF() * room / needed)
        if font != self.value_label.font():
            self.value_label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_value()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()
        super().changeEvent(event)
