"""The badge designer: a live preview with real attendees, copying a layout and adjusting it."""
from __future__ import annotations

import json

from PySide6.QtGui import QImage

from checkin.badges.layout import TextElement
from checkin.badges.layout_store import list_layouts, user_dir
from checkin.ui.badges.designer import BadgeDesignerDialog
from tests.printing.ui_fixtures import forum, lane  # noqa: F401 - fixtures


def ink(image: QImage) -> int:
    """How many sampled pixels are not white: a blank or failed preview has none."""
    step = 4
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 200
    )


def _designer(qtbot, lane, forum):
    db, attendees, _sessions = forum
    dialog = BadgeDesignerDialog(lane, db, attendees)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.image() is not None and not dialog.previewer.busy, timeout=30_000)
    return dialog


def test_the_preview_shows_a_real_attendees_badge(qtbot, lane, forum):
    dialog = _designer(qtbot, lane, forum)
    assert dialog.current_layout().name == "classic-a6-4up", "the event's layout is shown first"
    image = dialog.preview.image()
    # One A6 badge (105 × 148 mm) at the preview's 200 dpi, cropped out of the A4 sheet it is printed on.
    assert (image.width(), image.height()) == (827, 1165)
    assert ink(image) > 2000
    samples = [dialog.samples.combo.itemText(i) for i in range(dialog.samples.combo.count())]
    assert any("Αικατερίνη" in text for text in samples), samples
    assert any("Вячеслав" in text for text in samples), samples
    assert dialog.samples.combo.itemText(0).endswith("Jean-Christophe de La Rochefoucauld-Montmorency")


def test_choosing_another_attendee_renders_their_badge(qtbot, lane, forum):
    dialog = _designer(qtbot, lane, forum)
    before = dialog.preview.image()
    qtbot.keyClicks(dialog.samples.search_edit, "ana li")
    qtbot.waitUntil(lambda: "Ana Li" in dialog.samples.combo.currentText(), timeout=5_000)
    qtbot.waitUntil(lambda: dialog.preview.image() is not before and not dialog.previewer.busy, timeout=30_000)
    assert dialog.preview.image() != before
    assert ink(dialog.preview.image()) > 1000


def test_a_copied_layout_is_saved_listed_and_its_font_size_changes_the_preview(qtbot, lane, forum):
    dialog = _designer(qtbot, lane, forum)
    assert not dialog.editor.isEnabled(), "bundled layouts are read-only"
    dialog.copy_current("Forum badge (large names)")
    qtbot.waitUntil(lambda: "forum-badge-large-names" in dialog.layout_names(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.current_layout().name == "forum-badge-large-names" and dialog.editor.isEnabled(), timeout=10_000)
    assert dialog.layout_combo.currentData() == "forum-badge-large-names"
    assert "forum-badge-large-names" in [info.name for info in list_layouts()]
    qtbot.waitUntil(lambda: not dialog.previewer.busy, timeout=30_000)
    before = dialog.preview.image()

    editor = dialog.editor
    row = next(i for i, e in enumerate(dialog.current_layout().front) if isinstance(e, TextElement) and e.field == "first_name")
    editor.element_list.setCurrentRow(row)
    assert editor.element_form.size_max_box.isVisible()
    editor.element_form.size_min_box.setValue(8)
    editor.element_form.size_max_box.setValue(12)
    assert dialog.current_layout().front[row].size_max == 12
    assert dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview.image() is not before and not dialog.previewer.busy, timeout=30_000)
    assert dialog.preview.image() != before, "the smaller given name changed the badge"

    dialog.save()
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Saved “Forum badge (large names)”.", timeout=10_000)
    assert not dialog.save_button.isEnabled(), "nothing left to save"
    saved = json.loads((user_dir() / "forum-badge-large-names.json").read_text(encoding="utf-8"))
    assert saved["title"] == "Forum badge (large names)"
    assert [e for e in saved["front"] if e.get("field") == "first_name"][0]["size_max"] == 12


def test_an_element_moved_off_the_badge_is_refused_with_the_reason(qtbot, lane, forum):
    dialog = _designer(qtbot, lane, forum)
    dialog.copy_current("Moved")
    qtbot.waitUntil(lambda: dialog.current_layout().name == "moved" and dialog.editor.isEnabled(), timeout=10_000)
    dialog.editor.element_list.setCurrentRow(0)
    dialog.editor.element_form.x_box.setValue(90)  # a full-width band pushed off the right edge
    assert "reaches outside the 105 × 148 mm badge" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()


def test_closing_with_unsaved_changes_asks_first(qtbot, lane, forum):
    from PySide6.QtWidgets import QMessageBox

    dialog = _designer(qtbot, lane, forum)
    dialog.copy_current("Draft")
    qtbot.waitUntil(lambda: dialog.current_layout().name == "draft" and dialog.editor.isEnabled(), timeout=10_000)
    dialog.editor.element_list.setCurrentRow(0)
    dialog.editor.element_form.height_box.setValue(20)
    dialog.close()
    assert dialog.isVisible(), "not closed while the change is unsaved"
    box = dialog.findChild(QMessageBox)
    assert box is not None and box.isVisible() and "Draft" in box.text()
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
