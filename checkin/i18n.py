"""Translatable messages for the core, which cannot import Qt.

Core code marks its user-visible strings with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` extracts them into ``resources/translations/*.ts``; the GUI and the CLI install a
Qt-backed translator with :func:`install_translator`, and a :class:`Message` renders in the language
that is active when it is shown, not when it was made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translate: Translator = _identity


def install_translator(translate: Translator | None) -> None:
    """Make ``translate(context, source_text)`` the function every Message goes through."""
    global _translate
    _translate = translate or _identity


def translate(context: str, text: str) -> str:
    return _translate(context, text)


# For documents written in a language of their own (an event's reports), whatever the interface
# language: the GUI and the CLI install a loader from language code to translator.
LanguageLoader = Callable[[str], "Translator | None"]
_language_loader: LanguageLoader | None = None
_language_translators: dict[str, Translator] = {}


def install_language_loader(loader: LanguageLoader | None) -> None:
    """Make ``loader(language)`` the source of translators for :func:`translate_in`."""
    global _language_loader
    _language_loader = loader
    _language_translators.clear()


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` ("fr"), not in the interface language; unchanged without a translation."""
    translator = _language_translators.get(language)
    if translator is None:
        loaded = _language_loader(language) if _language_loader is not None and language != "en" else None
        translator = loaded or _identity
        _language_translators[language] = translator
    return translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction without translating it now."""
    return text


@dataclass(frozen=True)
class Message:
    """A user-visible sentence with named ``{placeholders}``, translated when turned into text."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return _translate(self.context, self.text).format(**self.params)

    def in_language(self, language: str) -> str:
        """The sentence in ``language``, whatever the interface language (see install_language_loader)."""
        return translate_in(language, self.context, self.text).format(**self.params)

    def english(self) -> str:
        return self.text.format(**self.params)


class UserError(Exception):
    """A failure the user caused or can fix; its message says what happened and what to do."""

    def __init__(self, message: Message):
        super().__init__(message.english())
        self.message = message

    def __str__(self) -> str:
        return str(self.message)
