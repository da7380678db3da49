"""The command line: `checkin` alone opens the window; subcommands drive the same core for scripts."""
from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy.exc import SQLAlchemyError

from checkin import __version__
from checkin.cli import badge_commands, common, event_commands, export_commands, file_commands, import_commands, list_commands, print_commands, scan_commands, station_commands, sync_commands
from checkin.i18n import UserError
from checkin.storage import failures

# Modules that add subcommands: each has register(subparsers).
COMMAND_MODULES = [event_commands, file_commands, import_commands, list_commands, badge_commands, print_commands, scan_commands, export_commands, station_commands, sync_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checkin",
        description="Check-in Desk: conference check-in. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Check-in Desk {__version__}")
    parser.add_argument(
        "--db",
        default=os.environ.get("CHECKIN_DB"),
        metavar="PATH_OR_URL",
        help="event file (*.checkin) or SQLAlchemy URL such as postgresql+psycopg://user@host/event "
        "(default: $CHECKIN_DB)",
    )
    parser.add_argument("--lang", default=None, help="interface language: en or fr (default: from the system)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    for command in sub.choices.values():
        # `checkin demo --db F` works as well as `checkin --db F demo`; given here, it wins.
        command.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH_OR_URL", help="the event, as for checkin --db")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from checkin.ui.app import run_app  # the window is only loaded when it is wanted

        return run_app(db=args.db, language=args.lang)
    common.install_cli_translator(args.lang)
    try:
        return args.func(args) or 0
    except UserError as exc:
        common.fail(str(exc))
        return 1
    except SQLAlchemyError as exc:
        # The disk filled, the file is read-only or damaged, the server went away mid-command.
        explained = failures.explain(exc)
        if explained is None:
            raise
        common.fail(str(UserError(explained)))
        return 1
    except KeyboardInterrupt:
        common.fail("Interrupted.")
        return 130
    except BrokenPipeError:
        # The reader went away (`checkin attendees | head`): nothing more to say, and no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
