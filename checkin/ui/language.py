"""The interface language: choosing it, installing Qt's and our translators, switching it live."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from checkin import i18n
from checkin.translations import LANGUAGES, load_translator

TranslatorFactory = Callable[[str], list[QTranslator]]


def ui_language() -> str:
    """The language the interface is in now ("en" or "fr"); follows :meth:`LanguageSwitcher.apply`."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"  # the "C" locale of a bare environment reads as English


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def standard_translators(language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, file dialogs) and Check-in Desk's, for ``language``."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    qt_base = QTranslator()
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        translators.append(qt_base)
    ours = load_translator(language)
    if ours is not None:
        translators.append(ours)
    return translators


class LanguageSwitcher(QObject):
    """Installs the translators for one language at a time; Qt then sends every widget a
    LanguageChange event, and each widget retranslates itself."""

    def __init__(self, factory: TranslatorFactory = standard_translators, parent: QObject | None = None):
        super().__init__(parent)
        self._factory = factory
        self._installed: list[QTranslator] = []
        self._language = "en"
        # Core messages (UserError texts) translate through the same Qt translators, and write
        # their dates in the interface language.
        i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text), ui_language)

    @property
    def language(self) -> str:
        return self._language

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        removed = bool(self._installed)
        for translator in self._installed:
            app.removeTranslator(translator)
        # Set before installing: the LanguageChange handlers read ui_language() for country names.
        QLocale.setDefault(QLocale(language))
        self._language = language
        self._installed = self._factory(language)
        for translator in self._installed:
            app.installTranslator(translator)
        if not removed and not self._installed:
            # Nothing installed or removed (English at start): Qt sends no LanguageChange by
            # itself, but country names and other locale-dependent texts still need refreshing.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
