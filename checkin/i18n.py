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

    def english(self) -> str:
        return self.text.format(**self.params)


class UserError(Exception):
    """A failure the user caused or can fix; its message says what happened and what to do."""

    def __init__(self, message: Message):
        super().__init__(message.english())
        self.message = message

    def __str__(self) -> str:
        return str(self.message)
