"""Loading the Qt translation files from resources/translations (Qt Core only, usable without a window)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

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
