"""The layout editor panel: the badge's elements, the selected element's form, and the category colours."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.badges.layout import Element, Layout
from checkin.ui.badges.element_form import ColourButton, ElementForm, element_title

FRONT, BACK = "front", "back"


class LayoutEditorPanel(QWidget):
    """Edits a copy of a layout in memory; ``layout_edited(Layout)`` follows every change.

    The layout is not checked here: the designer validates it and shows what is wrong.
    """

    layout_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout: Layout | None = None
        self._categories: list[str] = []
        self._loading = False

        self.side_combo = QComboBox()
        self.side_combo.addItem("", FRONT)
        self.side_combo.addItem("", BACK)
        self.side_combo.currentIndexChanged.connect(self._on_side_combo_current_index_changed)
        self.element_list = QListWidget()
        self.element_list.setMinimumHeight(120)
        self.element_list.currentRowChanged.connect(self._on_element_list_current_row_changed)
        self.element_form = ElementForm()
        self.element_form.element_edited.connect(self._on_element_form_element_edited)

        self._element_box = QGroupBox()
        QVBoxLayout(self._element_box).addWidget(self.element_form)
        elements_page = QWidget()
        elements = QVBoxLayout(elements_page)
        elements.addWidget(self.side_combo)
        elements.addWidget(self.element_list, 1)
        elements.addWidget(self._element_box)

        colours_page = QWidget()
        self._colours_hint = QLabel()
        self._colours_hint.setWordWrap(True)
        colours_list = QWidget()
        self._colours_form = QFormLayout(colours_list)
        self._colours_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Rebuilt with the rows for each layout (removing a form row deletes its widgets).
        self._default_caption = QLabel()
        self.default_colour_button = ColourButton()
        self.category_buttons: dict[str, ColourButton] = {}

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(colours_list)
        colours_column = QVBoxLayout(colours_page)
        colours_column.addWidget(self._colours_hint)
        colours_column.addWidget(scroll, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(elements_page, "")
        self.tabs.addTab(colours_page, "")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs)
        self._retranslate()

    def current_layout(self) -> Layout | None:
        return self._layout

    def set_categories(self, categories: Sequence[str]) -> None:
        """The event's categories, so each can get a colour even if the layout names none yet."""
        self._categories = list(categories)
        if self._layout is not None:
            self._fill_colours()

    def set_layout(self, layout: Layout) -> None:
        self._layout = layout
        self._loading = True
        try:
            self.side_combo.setVisible(bool(layout.back))
            self.side_combo.setCurrentIndex(0)
            self._fill_elements(keep_row=0)
            self._fill_colours()
        finally:
            self._loading = False
        self._on_element_list_current_row_changed(self.element_list.currentRow())

    def _side(self) -> str:
        return self.side_combo.currentData() or FRONT

    def _elements(self) -> tuple[Element, ...]:
        return getattr(self._layout, self._side()) if self._layout else ()

    def _fill_elements(self, keep_row: int) -> None:
        self.element_list.blockSignals(True)
        self.element_list.clear()
        for element in self._elements():
            QListWidgetItem(element_title(element), self.element_list)
        self.element_list.setCurrentRow(min(keep_row, self.element_list.count() - 1))
        self.element_list.blockSignals(False)

    def _fill_colours(self) -> None:
        while self._colours_form.rowCount():
            self._colours_form.removeRow(0)
        self._default_caption = QLabel(self.tr("Other categories:"))
        self.default_colour_button = ColourButton()
        self.default_colour_button.set_colour(self._layout.default_colour)
        self.default_colour_button.colour_changed.connect(self._on_default_colour_button_colour_changed)
        self.category_buttons = {}
        names = list(self._layout.category_colours)
        names += [c for c in self._categories if c and not any(c.casefold() == n.casefold() for n in names)]
        for name in names:
            button = ColourButton()
            button.set_colour(self._layout.colour_for(name))
            button.colour_changed.connect(lambda colour, name=name: self._set_category_colour(name, colour))
            self.category_buttons[name] = button
            self._colours_form.addRow(name, button)
        self._colours_form.addRow(self._default_caption, self.default_colour_button)

    def _set_category_colour(self, category: str, colour: str) -> None:
        colours = dict(self._layout.category_colours)
        colours[category] = colour
        self._changed(self._layout.with_changes(category_colours=colours))

    def _on_default_colour_button_colour_changed(self, colour: str) -> None:
        self._changed(self._layout.with_changes(default_colour=colour))

    def _on_side_combo_current_index_changed(self, _index: int) -> None:
        if not self._loading:
            self._fill_elements(keep_row=0)
            self._on_element_list_current_row_changed(self.element_list.currentRow())

    def _on_element_list_current_row_changed(self, row: int) -> None:
        elements = self._elements()
        self.element_form.set_element(elements[row] if 0 <= row < len(elements) else None)

    def _on_element_form_element_edited(self, element: Element) -> None:
        row = self.element_list.currentRow()
        elements = list(self._elements())
        elements[row] = element
        self.element_list.item(row).setText(element_title(element))
        self._changed(self._layout.with_changes(**{self._side(): tuple(elements)}))

    def _changed(self, layout: Layout) -> None:
        self._layout = layout
        self.layout_edited.emit(layout)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Elements"))
        self.tabs.setTabText(1, self.tr("Category colours"))
        self._element_box.setTitle(self.tr("Selected element"))
        self._colours_hint.setText(self.tr("Bands and texts set to “category colour” take the attendee's category colour."))
        self.side_combo.setItemText(0, self.tr("Front"))
        self.side_combo.setItemText(1, self.tr("Back"))
        self._default_caption.setText(self.tr("Other categories:"))
        for row in range(self.element_list.count()):
            self.element_list.item(row).setText(element_title(self._elements()[row]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
