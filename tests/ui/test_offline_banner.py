"""Back online says what was sent, kind by kind, in words a person reads: "5 scans, 1 walk-in and 2 badge prints"."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from checkin.sync.upload import SentCounts
from checkin.ui.station.offline_banner import BannerState, OfflineBanner


@pytest.fixture
def banner(qtbot):
    made = OfflineBanner()
    qtbot.addWidget(made)
    return made


@pytest.mark.parametrize("sent, check_ins, text", [
    (SentCounts(), False, "Back online"),
    (SentCounts(scans=1), False, "Back online — 1 scan sent"),
    (SentCounts(scans=5, walk_ins=1, prints=2), False, "Back online — 5 scans, 1 walk-in and 2 badge prints sent"),
    (SentCounts(scans=2, undos=1), True, "Back online — 2 check-ins and 1 undo sent"),
    (SentCounts(undos=2, walk_ins=3, prints=1, others=1), False,
     "Back online — 2 undos, 3 walk-ins, 1 badge print and 1 other record sent"),
])
def test_back_online_names_each_kind_sent_with_its_number(banner, sent, check_ins, text):
    banner.show_offline("Offline")
    banner.show_sent(sent, check_ins=check_ins)
    assert banner.state == BannerState.BACK_ONLINE and banner.text() == text


class PluralTranslator(QTranslator):
    """Gives the scans a plural form by the number Qt passes, as a French catalogue would."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if source_text in ("%n scan", "%n scans"):
            return "%n passage" if n <= 1 else "%n passages"
        return source_text

    def isEmpty(self):
        return False


def test_each_phrase_hands_its_number_to_the_translation(banner, qapp):
    translator = PluralTranslator()
    qapp.installTranslator(translator)
    try:
        assert banner.back_online_text(SentCounts(scans=3, prints=1)) == "Back online — 3 passages and 1 badge print sent"
        assert banner.back_online_text(SentCounts(scans=1)) == "Back online — 1 passage sent"
    finally:
        QCoreApplication.removeTranslator(translator)
