"""`checkin import`: loading or re-loading a registration list (CSV or XLSX) into the event."""
from __future__ import annotations

from checkin.cli import common
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.importing import ImportSummary, detect_mapping, load_mapping, read_table, save_mapping
from checkin.importing.source_file import DEFAULT_MAX_MB, MAX_SIZE_ENV
from checkin.importing.text_encoding import encoding_label
from checkin.services.importing import import_table


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="import or re-import a registration list (CSV or XLSX)",
        description="Import a registration list exported from pretix or Indico, or kept in a spreadsheet. "
        "Re-importing an updated list updates the people already there and reports who left it.",
    )
    p.add_argument("file", help="the list: .csv (any usual encoding and separator) or .xlsx")
    p.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read (default: the one that looks like the list)")
    p.add_argument(
        "--encoding", metavar="NAME",
        help="read a CSV file in this encoding (utf-8, cp1252, mac_roman, cp1251, koi8-r, iso8859-5, cp1253, "
        "iso8859-7, ...) instead of the detected one",
    )
    p.add_argument(
        "--max-size", metavar="MB", type=float,
        help=f"refuse files larger than this (default: ${MAX_SIZE_ENV}, else {DEFAULT_MAX_MB} MB)",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.add_argument("--mapping", metavar="FILE.json", help="use a saved column mapping instead of detecting one")
    p.add_argument("--save-mapping", metavar="FILE.json", help="save the column mapping used, to edit or reuse")
    p.set_defaults(func=run_import)


def run_import(args) -> int:
    db = common.open_db(args)
    try:
        table = read_table(args.file, args.sheet, encoding=args.encoding, max_mb=args.max_size)
        mapping = load_mapping(args.mapping).fitted_to(table.headers) if args.mapping else detect_mapping(table)
        if args.save_mapping:
            save_mapping(mapping, args.save_mapping)
        summary = import_table(db, table, mapping, dry_run=args.dry_run, station="cli")
    finally:
        db.dispose()
    if args.json:
        common.emit_json(summary.to_json())
    else:
        _report(summary)
    return 0


def _say(text: str, **params) -> None:
    common.info(str(Message("CLI", text, params)))


def _report(summary: ImportSummary) -> None:
    if summary.dry_run:
        _say(QT_TRANSLATE_NOOP("CLI", "Dry run: nothing was written."))
    read_as = summary.profile
    if summary.format == "csv":
        read_as += f", {summary.encoding}, " + ("tab" if summary.delimiter == "\t" else f"“{summary.delimiter}”")
    elif summary.sheet:
        read_as += f", {summary.sheet}"
    _say(QT_TRANSLATE_NOOP("CLI", "{file} ({read_as}): {rows} rows."), file=summary.file, read_as=read_as, rows=summary.rows)
    if summary.format == "csv" and not summary.encoding_sure:
        _say(
            QT_TRANSLATE_NOOP("CLI", "The text encoding could not be told for certain; it was read as {encoding}. If names look wrong, import it again with --encoding (for example --encoding cp1251, koi8-r or cp1253)."),
            encoding=encoding_label(summary.encoding),
        )
    _say(
        QT_TRANSLATE_NOOP("CLI", "Added: {added}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}, no longer on the list: {missing}."),
        added=summary.added, updated=summary.updated, unchanged=summary.unchanged, skipped=summary.skipped,
        missing=summary.missing_from_source,
    )
    _say(
        QT_TRANSLATE_NOOP("CLI", "Sessions created: {sessions}, session registrations: {registrations}."),
        sessions=summary.sessions_created, registrations=summary.registrations,
    )
    for person in summary.missing:
        _say(QT_TRANSLATE_NOOP("CLI", "No longer on the list: {name}"), name=person.name)
    for problem in summary.problems:
        if problem.row is None:
            common.info(str(problem.message))
        else:
            _say(QT_TRANSLATE_NOOP("CLI", "Row {row}: {message}"), row=problem.row, message=problem.message)
