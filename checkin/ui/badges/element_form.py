"""The form that edits one badge element: what a text box shows, its font sizes, colour, position and size."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from checkin.badges.layout import ALIGNMENTS, CATEGORY, FIELDS, FREE_TEXT, Element, ImageElement, QrElement, RectElement, TextElement


def field_title(name: str) -> str:
    titles = {
        "first_name": QCoreApplication.translate("BadgeFields", "Given name"),
        "last_name": QCoreApplication.translate("BadgeFields", "Family name"),
        "full_name": QCoreApplication.translate("BadgeFields", "Full name"),
        "organisation": QCoreApplication.translate("BadgeFields", "Organisation"),
        "position": QCoreApplication.translate("BadgeFields", "Position"),
        "city": QCoreApplication.translate("BadgeFields", "City"),
        "country": QCoreApplication.translate("BadgeFields", "Country"),
        "city_country": QCoreApplication.translate("BadgeFields", "City, country"),
        "category": QCoreApplication.translate("BadgeFields", "Category"),
        "sessions": QCoreApplication.translate("BadgeFields", "Sessions"),
        "event_name": QCoreApplication.translate("BadgeFields", "Event name"),
        "event_dates": QCoreApplication.translate("BadgeFields", "Event dates"),
        "code": QCoreApplication.translate("BadgeFields", "Badge code (text)"),
        FREE_TEXT: QCoreApplication.translate("BadgeFields", "Free text"),
    }
    return titles.get(name, name)


def element_title(element: Element) -> str:
    if isinstance(element, TextElement):
        return QCoreApplication.translate("BadgeFields", "Text: {field}").format(field=field_title(element.field))
    if isinstance(element, QrElement):
        return QCoreApplication.translate("BadgeFields", "QR code")
    if isinstance(element, ImageElement):
        return QCoreApplication.translate("BadgeFields", "Event logo")
    return QCoreApplication.translate("BadgeFields", "Colour band")


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ColourButton(QPushButton):
    """Shows a #rrggbb colour; a click opens the colour picker. ``colour_changed(str)`` follows a pick."""

    colour_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._colour = "#000000"
        self.clicked.connect(self._on_clicked)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        self.setIcon(swatch(colour))
        self.setText(colour)

    def _on_clicked(self) -> None:
        picked = QColorDialog.getColor(QColor(self._colour), self)
        if picked.isValid() and picked.name() != self._colour:
            self.set_colour(picked.name())
            self.colour_changed.emit(self._colour)


def _mm_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 400)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    return box


def _pt_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(3, 200)
    box.setDecimals(1)
    box.setSingleStep(1)
    box.setSuffix(" pt")
    return box


class ElementForm(QWidget):
    """Edits one element; ``element_edited(element)`` carries the changed copy (elements are frozen)."""

    element_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._element: Element | None = None
        self._loading = False
        self.field_combo = QComboBox()
        for name in (*FIELDS, FREE_TEXT):
            self.field_combo.addItem("", name)
        self.text_edit = QLineEdit()
        self.size_max_box = _pt_box()
        self.size_min_box = _pt_box()
        self.bold_box = QCheckBox()
        self.uppercase_box = QCheckBox()
        self.lines_box = QSpinBox()
        self.lines_box.setRange(1, 12)
        self.align_combo = QComboBox()
        for name in ALIGNMENTS:
            self.align_combo.addItem("", name)
        self.colour_button = ColourButton()
        self.category_colour_box = QCheckBox()
        colour_row = QHBoxLayout()
        colour_row.setContentsMargins(0, 0, 0, 0)
        colour_row.addWidget(self.colour_button)
        colour_row.addWidget(self.category_colour_box)
        colour_row.addStretch(1)
        self._colour_row = QWidget()
        self._colour_row.setLayout(colour_row)
        self.x_box, self.y_box, self.width_box, self.height_box, self.size_box = (_mm_box() for _ in range(5))

        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows = {
            "field": self.field_combo, "text": self.text_edit, "size_max": self.size_max_box, "size_min": self.size_min_box,
            "bold": self.bold_box, "uppercase": self.uppercase_box, "max_lines": self.lines_box, "align": self.align_combo,
            "colour": self._colour_row, "x": self.x_box, "y": self.y_box, "width": self.width_box,
            "height": self.height_box, "size": self.size_box,
        }
        self._captions = {name: QLabel() for name in self._rows}
        for name, widget in self._rows.items():
            self._captions[name].setBuddy(widget)
            self._form.addRow(self._captions[name], widget)

        self.field_combo.currentIndexChanged.connect(lambda _i: self._edit(field=self.field_combo.currentData()))
        self.text_edit.textEdited.connect(lambda text: self._edit(text=text))
        self.size_max_box.valueChanged.connect(lambda v: self._edit(size_max=v))
        self.size_min_box.valueChanged.connect(lambda v: self._edit(size_min=v))
        self.bold_box.toggled.connect(lambda on: self._edit(bold=on))
        self.uppercase_box.toggled.connect(lambda on: self._edit(uppercase=on))
        self.lines_box.valueChanged.connect(lambda v: self._edit(max_lines=v))
        self.align_combo.currentIndexChanged.connect(lambda _i: self._edit(align=self.align_combo.currentData()))
        self.colour_button.colour_changed.connect(self._on_colour_button_colour_changed)
        self.category_colour_box.toggled.connect(self._on_category_colour_box_toggled)
        for name, box in (("x", self.x_box), ("y", self.y_box), ("width", self.width_box), ("height", self.height_box), ("size", self.size_box)):
            box.valueChanged.connect(lambda v, name=name: self._edit(**{name: v}))
        self._retranslate()
        self.set_element(None)

    def set_element(self, element: Element | None) -> None:
        self._element = element
        self._loading = True
        try:
            self._show_rows(element)
            if element is not None:
                self._fill(element)
        finally:
            self._loading = False

    def _show_rows(self, element: Element | None) -> None:
        common = {"x", "y"}
        if isinstance(element, TextElement):
            shown = common | {"field", "size_max", "size_min", "bold", "uppercase", "max_lines", "align", "colour", "width", "height"}
            if element.field == FREE_TEXT:
                shown.add("text")
        elif isinstance(element, QrElement):
            shown = common | {"size", "colour"}
        elif isinstance(element, (ImageElement, RectElement)):
            shown = common | {"width", "height"} | ({"colour"} if isinstance(element, RectElement) else set())
        else:
            shown = set()
        for name, widget in self._rows.items():
            self._form.setRowVisible(widget, name in shown)

    def _fill(self, e: Element) -> None:
        self.x_box.setValue(e.x)
        self.y_box.setValue(e.y)
        if isinstance(e, QrElement):
            self.size_box.setValue(e.size)
        else:
            self.width_box.setValue(e.width)
            self.height_box.setValue(e.height)
        colour = e.fill if isinstance(e, RectElement) else getattr(e, "colour", "#000000")
        self.category_colour_box.setChecked(colour == CATEGORY)
        self.colour_button.setVisible(colour != CATEGORY)
        self.colour_button.set_colour("#000000" if colour == CATEGORY else colour)
        if isinstance(e, TextElement):
            self.field_combo.setCurrentIndex(self.field_combo.findData(e.field))
            self.text_edit.setText(e.text)
            self.size_max_box.setValue(e.size_max)
            self.size_min_box.setValue(e.size_min)
            self.bold_box.setChecked(e.bold)
            self.uppercase_box.setChecked(e.uppercase)
            self.lines_box.setValue(e.max_lines)
            self.align_combo.setCurrentIndex(self.align_combo.findData(e.align))

    def _edit(self, **changes) -> None:
        if self._loading or self._element is None:
            return
        element = replace(self._element, **changes)
        if element == self._element:
            return
        self._element = element
        if "field" in changes:
            self._show_rows(element)
        self.element_edited.emit(element)

    def _colour_key(self) -> str:
        return "fill" if isinstance(self._element, RectElement) else "colour"

    def _on_colour_button_colour_changed(self, colour: str) -> None:
        self._edit(**{self._colour_key(): colour})

    def _on_category_colour_box_toggled(self, on: bool) -> None:
        self.colour_button.setVisible(not on)
        self._edit(**{self._colour_key(): CATEGORY if on else self.colour_button.colour()})

    def _retranslate(self) -> None:
        captions = {
            "field": self.tr("Shows:"), "text": self.tr("Text:"), "size_max": self.tr("Largest size:"),
            "size_min": self.tr("Smallest size:"), "bold": self.tr("Bold:"), "uppercase": self.tr("Capitals:"),
            "max_lines": self.tr("Lines at most:"), "align": self.tr("Alignment:"), "colour": self.tr("Colour:"),
            "x": self.tr("From the left:"), "y": self.tr("From the top:"), "width": self.tr("Width:"),
            "height": self.tr("Height:"), "size": self.tr("Size (with margin):"),
        }
        for name, caption in self._captions.items():
            caption.setText(captions[name])
        for index in range(self.field_combo.count()):
            self.field_combo.setItemText(index, field_title(self.field_combo.itemData(index)))
        aligns = {"left": self.tr("Left"), "center": self.tr("Centred"), "right": self.tr("Right")}
        for index in range(self.align_combo.count()):
            self.align_combo.setItemText(index, aligns[self.align_combo.itemData(index)])
        self.category_colour_box.setText(self.tr("Category colour"))
        self.text_edit.setPlaceholderText(self.tr("e.g. {city} · {country}"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
