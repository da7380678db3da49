"""Helpers shared by the subcommands: opening the event, JSON output, errors on stderr.

Every line a command writes for people goes through :func:`say` (or :func:`info`, :func:`fail`,
:func:`row`): names come from registration lists and scanners, and an escape code in one must not
recolour, retitle or clear the terminal. JSON output escapes them as JSON does (:func:`emit_json`)."""
from __future__ import annotations

import getpass
import json
import locale
import os
import sys
from datetime import datetime
from typing import Any

from checkin.domain.display import for_terminal, json_safe
from checkin.domain.model import Attendee
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError, install_translator
from checkin.services.event import open_event
from checkin.services.machine import url_with_password
from checkin.storage.database import Database


def install_cli_translator(language: str | None) -> None:
    """Messages in the user's language: --lang, else CHECKIN_LANG, else the system locale."""
    lang = language or os.environ.get("CHECKIN_LANG") or (locale.getlocale()[0] or os.environ.get("LANG", ""))
    lang = (lang or "en")[:2].lower()
    if lang == "en":
        return
    from checkin.translations import load_translator  # Qt Core only; no window

    translator = load_translator(lang)
    if translator is not None:
        install_translator(lambda context, text: translator.translate(context, text) or text, language=lambda: lang)


def require_db(args) -> str:
    """The event to open; a database URL without a password gets the one stored on this computer."""
    if not args.db:
        raise UserError(
            Message("CLI", QT_TRANSLATE_NOOP("CLI", "Which event? Give --db FILE.checkin (or a database URL), or set CHECKIN_DB."))
        )
    return url_with_password(args.db)


def open_db(args) -> Database:
    db, _event = open_event(require_db(args))
    return db


def emit_json(data: Any) -> None:
    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=2, default=str)) + "\n")


def say(text: str = "", file=None) -> None:
    """A line (or lines) for people on stdout (or ``file``): control characters in it shown as escapes."""
    (file or sys.stdout).write(for_terminal(str(text), keep="\n\t") + "\n")


def row(*cells: object) -> None:
    """A tab-separated line on stdout; a tab or line break inside a cell is escaped, so columns stay columns."""
    sys.stdout.write("\t".join(for_terminal(str(cell)) for cell in cells) + "\n")


def fail(text: str) -> None:
    say(f"checkin: {text}", file=sys.stderr)


def info(text: str) -> None:
    """Human-readable progress for people; goes to stderr so stdout stays clean for --json."""
    say(text, file=sys.stderr)


def login_name() -> str:
    """Who runs the command, for the logs; "" where the system has no login name (some containers)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def attendee_json(
    a: Attendee, session_titles: dict[str, str], badge_code: str = "", checked_in_at: datetime | None = None
) -> dict[str, Any]:
    """An attendee as every command prints it; ``checked_in_at``: their first entrance check-in, if any."""
    return {
        "id": a.id,
        "badge_code": badge_code,
        "first_name": a.first_name,
        "last_name": a.last_name,
        "organisation": a.organisation,
        "position": a.position,
        "city": a.city,
        "country": a.country,
        "category": a.category,
        "email": a.email,
        "badge_language": a.badge_language,
        "status": a.status.value,
        "source": a.source,
        "source_id": a.source_id,
        "ticket_codes": list(a.ticket_codes),
        "walk_in": a.walk_in,
        "missing_from_source": a.missing_from_source,
        "notes": a.notes,
        "sessions": sorted(session_titles[sid] for sid in a.session_ids if sid in session_titles),
        "checked_in": checked_in_at is not None,
        "checked_in_at": checked_in_at.isoformat() if checked_in_at is not None else None,
    }
