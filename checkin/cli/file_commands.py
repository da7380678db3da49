"""`checkin backup`, `backups`, `restore` and `check`: copies of an event file that are whole, and
SQLite's own check of one."""
from __future__ import annotations

from checkin.cli import common
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.storage import backup


def register(sub) -> None:
    b = sub.add_parser("backup", help="save a whole, consistent copy of the event file (safe while it is open)")
    b.add_argument("--out", required=True, metavar="FILE.checkin", help="where to write the copy")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=run_backup)

    listing = sub.add_parser("backups", help="list the automatic backups of the event, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_backups)

    r = sub.add_parser("restore", help="make a new event file from a backup (never over an existing file)")
    r.add_argument("backup", metavar="BACKUP.checkin", help="a backup (see checkin backups) or any saved copy")
    r.add_argument("--out", required=True, metavar="FILE.checkin", help="the new event file to create")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=run_restore)

    c = sub.add_parser("check", help="check the event file for damage (SQLite's integrity check)")
    c.add_argument("--quick", action="store_true", help="the quicker check done when a file is opened")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=run_check)


def run_backup(args) -> int:
    db = common.open_db(args)
    try:
        path = backup.copy_event(db, args.out)
    finally:
        db.dispose()
    if args.json:
        common.emit_json({"path": str(path), "size": path.stat().st_size})
    else:
        common.say(str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "Saved a copy of the event to {path}."), {"path": str(path)})))
    return 0


def run_backups(args) -> int:
    db = common.open_db(args)
    try:
        found = backup.list_backups(backup.event_id(db))
    finally:
        db.dispose()
    if args.json:
        common.emit_json([{"path": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason, "size": b.size} for b in found])
        return 0
    if not found:
        common.say(str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "No automatic backups of this event yet. The window makes one every few minutes while things change, and before each import."))))
        return 0
    for entry in found:
        common.row(entry.taken_at.strftime("%Y-%m-%d %H:%M:%S"), entry.reason, f"{entry.size // 1024} KiB", entry.path)
    return 0


def run_restore(args) -> int:
    path = backup.restore(args.backup, args.out)
    if args.json:
        common.emit_json({"path": str(path)})
    else:
        common.say(str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "Restored the backup as a new event file: {path}. Open that file to carry on."), {"path": str(path)})))
    return 0


def run_check(args) -> int:
    path = common.require_db(args)
    if "://" in path:
        raise UserError(Message("CLI", QT_TRANSLATE_NOOP("CLI", "“checkin check” checks event files; a shared database server checks itself.")))
    problems = backup.check_file(path, full=not args.quick)
    if args.json:
        common.emit_json({"ok": not problems, "problems": problems})
    elif problems:
        common.fail(str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "The event file is damaged: {problem}. Restore the latest backup (checkin backups, then checkin restore)."), {"problem": problems[0]})))
    else:
        common.say(str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "The event file is sound."))))
    return 0 if not problems else 1
