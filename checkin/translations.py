"""Loading the Qt translation files from resources/translations (Qt Core only, usable without a window)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

from checkin.i18n import Translator, install_language_loader
from checkin.resources import resource_path

LANGUAGES = {"en": "English", "fr": "Français"}


def translations_dir() -> Path:
    return resource_path("translations")


def load_translator(language: str) -> QTranslator | None:
    """A translator for ``language`` ("fr"), or None for English or when no file exists."""
    if language == "en":
        return None
    translator = QTranslator()
    if translator.load(str(translations_dir() / f"checkin_{language}.qm")):
        return translator
    return None


def _language_translator(language: str) -> Translator | None:
    translator = load_translator(language)
    if translator is None:
        return None
    return lambda context, text: translator.translate(context, text) or text


def install_document_languages() -> None:
    """Let the core write documents (reports, certificates) in any language that has a .qm file."""
    install_language_loader(_language_translator)
