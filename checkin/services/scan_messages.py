"""What a verdict says to the door staff, in their language: one sentence per reason, with the facts."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from checkin.domain.model import Attendee
from checkin.domain.verdicts import Checkpoint, Decision, Direction, Presence, Reason, Verdict, time_window
from checkin.i18n import QT_TRANSLATE_NOOP, LocalTime, Message

_C = "Scanning"

_TEXTS = {
    Reason.UNKNOWN_CODE: QT_TRANSLATE_NOOP(
        "Scanning", "This code is not on this event's list. Search the person by name, or send them to the registration desk."
    ),
    Reason.FORGED_CODE: QT_TRANSLATE_NOOP(
        "Scanning", "This code was not issued for this event: it has been altered or made elsewhere. Ask for an identity document and call the organiser."
    ),
    Reason.REVOKED_CODE: QT_TRANSLATE_NOOP(
        "Scanning", "This badge was replaced on {date}. Ask for the new badge, or send the person to the registration desk."
    ),
    Reason.CANCELLED: QT_TRANSLATE_NOOP(
        "Scanning", "{name}'s registration is {status}. Send them to the registration desk."
    ),
    Reason.AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Scanning", "This scan matches several people ({names}). Search the person by name and check them in by hand."
    ),
    Reason.SESSION_FULL: QT_TRANSLATE_NOOP(
        "Scanning", "{session} is full: {inside} of {capacity} places taken. Wait for someone to leave."
    ),
    Reason.OUTSIDE_TIME_WINDOW: QT_TRANSLATE_NOOP(
        "Scanning", "{session} is open from {opens} to {closes}. Check the programme with the person."
    ),
    Reason.NOT_ARRIVED: QT_TRANSLATE_NOOP(
        "Scanning", "Not checked in at the entrance yet. Let them in and send them to the registration desk afterwards."
    ),
    Reason.EXIT_WITHOUT_ENTRY: QT_TRANSLATE_NOOP(
        "Scanning", "Leaving, but their entry was never scanned here."
    ),
}


def _local(moment: datetime, zone: ZoneInfo, now: datetime) -> LocalTime:
    """The time alone on the day of ``now``, else with the weekday and month ("Tue 8 Dec 08:31")."""
    local = moment.astimezone(zone)
    return LocalTime(local, same_day=local.date() == now.astimezone(zone).date())


def _where(checkpoint: Checkpoint) -> str:
    return checkpoint.session.title if checkpoint.session is not None else ""


def verdict_message(
    decision: Decision,
    checkpoint: Checkpoint,
    direction: Direction,
    zone: ZoneInfo,
    now: datetime,
    attendee: Attendee | None = None,
    previous: Presence | None = None,
    inside_count: int = 0,
    revoked_at: datetime | None = None,
    candidates: tuple[str, ...] = (),
) -> Message:
    """The sentence under the verdict: why, and what to do."""
    reason = decision.reason
    name = attendee.full_name if attendee is not None else ""
    session = _where(checkpoint)
    if reason is Reason.OK:
        return _ok(checkpoint, direction, session)
    if reason is Reason.ALREADY_CHECKED_IN:
        return _already(previous, checkpoint, decision, zone, now)
    if reason is Reason.NOT_REGISTERED:
        if attendee is not None and attendee.missing_from_source and not decision.lets_through:
            return Message(_C, QT_TRANSLATE_NOOP("Scanning", "{name} is no longer on the registration list: the registration was cancelled or removed there. Send them to the registration desk."), {"name": name})
        if decision.lets_through:
            free = "" if checkpoint.session.capacity is None else str(checkpoint.session.capacity - inside_count - 1)
            if free:
                text = QT_TRANSLATE_NOOP("Scanning", "Not registered for {session}; takes a free place ({free} left).")
            else:
                text = QT_TRANSLATE_NOOP("Scanning", "Not registered for {session}; let in because this door takes walk-ins.")
            return Message(_C, text, {"session": session, "free": free})
        return Message(_C, QT_TRANSLATE_NOOP("Scanning", "{name} is not registered for {session}."), {"name": name, "session": session})
    params: dict = {"name": name, "session": session}
    if reason is Reason.REVOKED_CODE:
        params["date"] = _local(revoked_at, zone, now) if revoked_at else "?"
    elif reason is Reason.CANCELLED and attendee is not None:
        params["status"] = Message(_C, _STATUS_WORDS.get(attendee.status.value, attendee.status.value))
    elif reason is Reason.AMBIGUOUS:
        params["names"] = ", ".join(candidates)
    elif reason is Reason.SESSION_FULL:
        params.update(inside=inside_count, capacity=checkpoint.session.capacity)
    elif reason is Reason.OUTSIDE_TIME_WINDOW:
        opens, closes = time_window(checkpoint.session, checkpoint.rules.tolerance_minutes)
        params.update(opens=_local(opens, zone, now), closes=_local(closes, zone, now))
    return Message(_C, _TEXTS[reason], params)


_STATUS_WORDS = {
    "cancelled": QT_TRANSLATE_NOOP("Scanning", "cancelled"),
    "withdrawn": QT_TRANSLATE_NOOP("Scanning", "withdrawn"),
}


def _ok(checkpoint: Checkpoint, direction: Direction, session: str) -> Message:
    if direction is Direction.OUT:
        if checkpoint.is_entrance:
            return Message(_C, QT_TRANSLATE_NOOP("Scanning", "Leaving the venue."))
        return Message(_C, QT_TRANSLATE_NOOP("Scanning", "Leaving {session}."), {"session": session})
    if checkpoint.is_entrance:
        return Message(_C, QT_TRANSLATE_NOOP("Scanning", "Welcome! Checked in."))
    return Message(_C, QT_TRANSLATE_NOOP("Scanning", "Registered for {session}."), {"session": session})


def _already(previous: Presence | None, checkpoint: Checkpoint, decision: Decision, zone: ZoneInfo, now: datetime) -> Message:
    when = _local(previous.first_in_at, zone, now) if previous is not None and previous.first_in_at else "?"
    station = previous.first_in_station if previous is not None else ""
    params = {"when": when, "station": station}
    if previous is not None and previous.inside:
        text = QT_TRANSLATE_NOOP("Scanning", "Already inside: checked in at {when} at {station}, no exit since.")
    elif decision.lets_through:
        text = QT_TRANSLATE_NOOP("Scanning", "Coming back in. First checked in at {when} at {station}.")
    else:
        text = QT_TRANSLATE_NOOP("Scanning", "Already checked in at {when} at {station}; this door admits each person once.")
    return Message(_C, text, params)


_REASON_LABELS = {
    Reason.OK: QT_TRANSLATE_NOOP("Scanning", "OK"),
    Reason.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("Scanning", "already checked in"),
    Reason.UNKNOWN_CODE: QT_TRANSLATE_NOOP("Scanning", "unknown code"),
    Reason.FORGED_CODE: QT_TRANSLATE_NOOP("Scanning", "forged code"),
    Reason.REVOKED_CODE: QT_TRANSLATE_NOOP("Scanning", "replaced badge"),
    Reason.CANCELLED: QT_TRANSLATE_NOOP("Scanning", "registration cancelled"),
    Reason.NOT_REGISTERED: QT_TRANSLATE_NOOP("Scanning", "not registered"),
    Reason.SESSION_FULL: QT_TRANSLATE_NOOP("Scanning", "full"),
    Reason.OUTSIDE_TIME_WINDOW: QT_TRANSLATE_NOOP("Scanning", "outside opening hours"),
    Reason.NOT_ARRIVED: QT_TRANSLATE_NOOP("Scanning", "not checked in at the entrance"),
    Reason.EXIT_WITHOUT_ENTRY: QT_TRANSLATE_NOOP("Scanning", "exit without entry"),
    Reason.AMBIGUOUS: QT_TRANSLATE_NOOP("Scanning", "ambiguous"),
}

_VERDICT_LABELS = {
    Verdict.ACCEPTED: QT_TRANSLATE_NOOP("Scanning", "Accepted"),
    Verdict.WARNING: QT_TRANSLATE_NOOP("Scanning", "Warning"),
    Verdict.REJECTED: QT_TRANSLATE_NOOP("Scanning", "Refused"),
}


def reason_label(reason: str) -> Message:
    """A few words for a reason code, for lists and logs (the verdict panel says a whole sentence)."""
    try:
        return Message(_C, _REASON_LABELS[Reason(reason)])
    except ValueError:
        return Message(_C, reason)


def verdict_label(verdict: str) -> Message:
    try:
        return Message(_C, _VERDICT_LABELS[Verdict(verdict)])
    except ValueError:
        return Message(_C, verdict)
