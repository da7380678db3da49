"""Switching the interface language live: every visible text, country names and core messages follow."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

from checkin.ui.attendee_columns import Column
from checkin.ui.desk_window import DeskWindow
from checkin.ui.language import LanguageSwitcher, standard_translators, ui_language

from tests.ui.sample_event import open_and_wait


class MarkingTranslator(QTranslator):
    """Stands in for the French catalogue: every string comes back ‹marked›, so an untranslated
    (or never retranslated) text is easy to spot."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"‹{source_text}›"

    def isEmpty(self):
        return False


@pytest.fixture
def marking_switcher(qapp):
    switcher = LanguageSwitcher(factory=lambda lang: [MarkingTranslator()] if lang == "fr" else [])
    switcher.apply("en")
    yield switcher
    switcher.apply("en")


@pytest.fixture
def marked_window(qtbot, settings, marking_switcher):
    window = DeskWindow(settings, marking_switcher)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_switching_to_french_retranslates_what_is_on_screen(qtbot, marked_window, event_file, settings):
    window = marked_window
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "koln")
    assert window.desk.detail_panel.place_label.text() == "Köln, Germany"

    window.menus.languages["fr"].trigger()
    desk = window.desk
    qtbot.waitUntil(lambda: desk.search_edit.placeholderText() == "‹Search name, organisation, city, email or code…›")
    assert ui_language() == "fr"
    assert settings.language() == "fr"
    assert window.menus.file_menu.title() == "‹&File›"
    assert window.menus.new_event.text() == "‹&New event…›"
    assert window.model.headerData(Column.FAMILY_NAME, Qt.Orientation.Horizontal) == "‹Family name›"
    assert window.model.index(0, Column.STATUS).data() == "‹Registered›"
    # Country names come from CLDR in the interface language, translation file or not.
    assert window.model.index(0, Column.COUNTRY).data() == "Allemagne"
    assert desk.detail_panel.place_label.text() == "Köln, Allemagne"
    assert desk.detail_panel.edit_button.text() == "‹&Edit…›"
    assert desk.category_combo.itemText(0) == "‹All categories›"
    assert desk.count_label.text() == "‹1 of 6 attendees›"
    assert desk.search_edit.text() == "koln"  # the search survives the switch

    window.menus.languages["en"].trigger()
    qtbot.waitUntil(lambda: desk.search_edit.placeholderText() == "Search name, organisation, city, email or code…")
    assert window.menus.file_menu.title() == "&File"
    assert window.model.index(0, Column.COUNTRY).data() == "Germany"
    assert desk.count_label.text() == "1 of 6 attendees"


def test_core_error_messages_come_in_the_chosen_language(qtbot, marked_window, tmp_path):
    marked_window.switch_language("fr")
    with qtbot.waitSignal(marked_window.error_shown) as shown:
        marked_window.open_event(str(tmp_path / "missing.checkin"))
    assert shown.args[0].startswith("‹There is no event file at")
    assert marked_window.start_screen.new_button.text() == "‹&New event…›"


def test_french_uses_qt_own_translations_for_standard_buttons(qapp):
    translators = standard_translators("fr")
    assert translators, "Qt's qtbase_fr catalogue ships with PySide6"
    assert translators[0].translate("QPlatformTheme", "Cancel") == "Annuler"
    assert standard_translators("en") == []
    assert QLocale().name().startswith("en")


@pytest.mark.parametrize("language, expected", [("en", "Wed 30 Sep 23:58"), ("fr", "mer. 30 sept. 23:58")])
def test_check_in_times_read_with_weekday_and_month_and_are_never_cut(qtbot, window, languages, event_file, language, expected):
    """"mar. 8 déc. 00…" was cut in French; "07/12" reads as July in half of Europe."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    languages.apply(language)
    open_and_wait(qtbot, window, event_file)
    person = window.model.all_attendees()[0]
    window.model.set_check_in(person.id, datetime(2026, 9, 30, 23, 58, tzinfo=ZoneInfo(window.loaded.event.timezone)))
    shown = window.model.index(window.model.position_of(person.id), Column.CHECKED_IN).data()
    assert shown == expected
    table = window.desk.table
    assert table.fontMetrics().horizontalAdvance(shown) + 8 <= table.columnWidth(Column.CHECKED_IN)
