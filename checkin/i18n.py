"""Translatable messages for the core, which cannot import Qt.

Core code marks its user-visible strings with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` extracts them into ``resources/translations/*.ts``; the GUI and the CLI install a
Qt-backed translator with :func:`install_translator`, and a :class:`Message` renders in the language
that is active when it is shown, not when it was made.

Dates are written here too, one way for the whole application: the weekday and the month by name
in the user's language ("Tue 8 Dec 08:31", "mar. 8 déc. 08:31"), never "07/12", which half of
Europe reads as the 12th of July.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translate: Translator = _identity
_language: Callable[[], str] = lambda: "en"  # noqa: E731 - the default of an installable function


def install_translator(translate: Translator | None, language: Callable[[], str] | None = None) -> None:
    """Make ``translate(context, source_text)`` the function every Message goes through, and
    ``language()`` ("fr") the language dates are written in (English by default)."""
    global _translate, _language
    _translate = translate or _identity
    _language = language or (lambda: "en")


def interface_language() -> str:
    """The language messages and dates are shown in now ("en", "fr")."""
    return _language()


def day_text(day: date | datetime, language: str | None = None) -> str:
    """"Tue 8 Dec" / "mar. 8 déc.": the weekday and the month by name, the day before the month."""
    from babel.dates import format_date  # only where dates are shown

    plain = day.date() if isinstance(day, datetime) else day
    return format_date(plain, "EEE d MMM", locale=language or interface_language())


def day_time_text(moment: datetime, language: str | None = None) -> str:
    """"Tue 8 Dec 08:31" / "mar. 8 déc. 08:31", on the clock of ``moment``'s own time zone."""
    return f"{day_text(moment, language)} {moment:%H:%M}"


@dataclass(frozen=True)
class LocalTime:
    """A moment for a sentence: "08:31" on the day it happened, "Tue 8 Dec 08:31" another day,
    written in the language the sentence is shown in. ``moment`` is on the clock it is read on."""

    moment: datetime
    same_day: bool = False

    def __str__(self) -> str:
        return self.in_language(interface_language())

    def in_language(self, language: str) -> str:
        return f"{self.moment:%H:%M}" if self.same_day else day_time_text(self.moment, language)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


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
        """The sentence in ``language``, whatever the interface language (see install_language_loader);
        the words and dates inside it too."""
        params = {key: _in_language(value, language) for key, value in self.params.items()}
        return translate_in(language, self.context, self.text).format(**params)

    def english(self) -> str:
        return self.text.format(**{key: _in_language(value, "en") for key, value in self.params.items()})


def _in_language(value: Any, language: str) -> Any:
    """A parameter of a sentence, in ``language`` when it is a word or a date that has one."""
    return value.in_language(language) if isinstance(value, (Message, LocalTime)) else value


class UserError(Exception):
    """A failure the user caused or can fix; its message says what happened and what to do."""

    def __init__(self, message: Message):
        super().__init__(message.english())
        self.message = message

    def __str__(self) -> str:
        return str(self.message)
