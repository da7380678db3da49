"""Fuzzing the import with mutated CSV and XLSX files: every case a clear refusal or an import, never a
traceback, a hang or an event changed by a failed import.

    python -m tests.importing.fuzz --cases 5000            # thousands, from the command line
    python -m tests.importing.fuzz --cases 200 --seed 7 --keep /tmp/fuzz-failures

Case ``i`` of seed ``s`` is always the same file, so a failure is reproduced with ``--first i --cases 1``.
The cases run in a worker process under a memory limit (RLIMIT_AS); the parent gives each case a
time limit and replaces a worker that overran it or died.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import select
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
TEXT_SEEDS = (
    "liste_manuelle_fr.csv", "inscrits_excel_fr.csv", "export_excel_mac.csv", "pretix_style_checkin_list.csv",
    "indico_style_registrations.csv", "deelnemers_met_adressen.csv", "teilnehmer_unicode.txt",
    "inscritos_tabulado.tsv", "liste_avec_erreurs.csv", "uchastniki_cp1251.csv", "uchastniki_koi8r.csv",
    "symmetechontes_cp1253.csv", "symmetechontes_iso8859_7.csv",
)
# Bytes that mean something to a CSV reader, a decoder or an XML parser.
_INTERESTING = [b"\x00", b"\xff", b"\xfe", b"\x80", b"\x9d", b'"', b"'", b"\n", b"\r", b"\r\n", b";", b",", b"\t",
                b"|", b"<", b">", b"&", b"&amp;", b"]]>", b"\xef\xbb\xbf", b"\xc3", b"\xe2\x80", b"sep=;\n", b"=",
                b"\xd0\xcf\x11\xe0", b"PK\x03\x04", b"9999999999", b"-1", b"XFD1048576"]
_ENTITY = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'


# ---- seeds ----------------------------------------------------------------------------------------


def _workbook_seed() -> bytes:
    """A workbook as openpyxl writes it: a title sheet and the list with numbers, dates and marks."""
    import openpyxl

    book = openpyxl.Workbook()
    info = book.active
    info.title = "Infos"
    info["A1"] = "Security, Democracy & Cities"
    people = book.create_sheet("Participants")
    people.append(["Liste des participants"])
    people.append([])
    people.append(["ID", "Prénom", "Nom", "Organisme", "Pays", "Inscrit le", "Atelier Mobilité"])
    for number, (first, last, org) in enumerate([
        ("Hélène", "DURAND", "Mairie de Saint-Étienne"), ("Jürg", "MÜLLER", "Stadt Zürich"),
        ("Ольга", "Петренко", "Мэрия Киева"), ("Γιώργος", "Παπαδόπουλος", "Δήμος Αθηναίων"),
    ], start=12):
        people.append([number, first, last, org, "FR", datetime(2026, 2, number % 28 + 1), "X" if number % 2 else None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _excel_shaped_seed() -> bytes:
    """A workbook shaped as Excel writes it: shared strings, a styled date, a stale <dimension>."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Teilnehmer" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            "</styleSheet>"
        ),
    }
    people = [("Vorname", "Nachname", "Organisation", "Anmeldung")] + [
        (f"Person{i}", f"Familie{i}", "Stadt Köln" if i % 2 else "Landeshauptstadt München", None) for i in range(8)
    ]
    strings: list[str] = []
    rows = []
    for number, row in enumerate(people, start=1):
        cells = []
        for column, value in zip("ABCD", row):
            ref = f"{column}{number}"
            if value is None:
                cells.append(f'<c r="{ref}" s="1"><v>{46070 + number}</v></c>')
            else:
                strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>"
    )
    parts["xl/worksheets/sheet1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<dimension ref="A1:D3"/><sheetData>' + "".join(rows) + "</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def seeds() -> dict[str, list[bytes]]:
    return {
        "csv": [(DATA / name).read_bytes() for name in TEXT_SEEDS],
        "xlsx": [_workbook_seed(), _excel_shaped_seed()],
    }


# ---- mutations ------------------------------------------------------------------------------------


def _mutate_bytes(rng: random.Random, data: bytes, rounds: int | None = None) -> bytes:
    buffer = bytearray(data)
    for _ in range(rounds or rng.randint(1, 6)):
        if not buffer:
            buffer += rng.choice(_INTERESTING)
            continue
        at = rng.randrange(len(buffer))
        operation = rng.randrange(9)
        if operation == 0:  # flip a bit
            buffer[at] ^= 1 << rng.randrange(8)
        elif operation == 1:  # a random byte
            buffer[at] = rng.randrange(256)
        elif operation == 2:  # insert something meaningful
            buffer[at:at] = rng.choice(_INTERESTING)
        elif operation == 3:  # delete a chunk
            del buffer[at:at + rng.randint(1, 64)]
        elif operation == 4:  # duplicate a chunk
            chunk = buffer[at:at + rng.randint(1, 256)]
            buffer[at:at] = chunk * rng.randint(1, 50)
        elif operation == 5:  # cut the file short
            del buffer[at:]
        elif operation == 6:  # a long run of one byte: a huge cell, a long line
            buffer[at:at] = rng.choice([b"a", b" ", b";", b'"', b"\n", b"\x00"]) * rng.choice([100, 5000, 300_000])
        elif operation == 7:  # swap two chunks
            other = rng.randrange(len(buffer))
            size = rng.randint(1, 32)
            buffer[at:at + size], buffer[other:other + size] = buffer[other:other + size], buffer[at:at + size]
        else:  # overwrite with a meaningful sequence
            token = rng.choice(_INTERESTING)
            buffer[at:at + len(token)] = token
    return bytes(buffer)


def _rezip(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a part written twice is one of the mutations
        for info, data in entries:
            archive.writestr(info.filename, data)
    return out.getvalue()


def _patch_headers(rng: random.Random, data: bytes) -> bytes:
    """Alter a field of the local and central ZIP headers: method, version, flags, sizes, CRC."""
    buffer = bytearray(data)
    starts = [i for i in range(len(buffer) - 4) if buffer[i:i + 4] in (b"PK\x03\x04", b"PK\x01\x02")]
    for start in rng.sample(starts, min(len(starts), rng.randint(1, 3))):
        central = buffer[start:start + 4] == b"PK\x01\x02"
        offsets = {  # (offset, size) of: version needed, flags, method, crc, compressed size, size
            "version": (6 if central else 4, 2), "flags": (8 if central else 6, 2), "method": (10 if central else 8, 2),
            "crc": (16 if central else 14, 4), "compressed": (20 if central else 18, 4), "size": (24 if central else 22, 4),
        }
        which = rng.choice(list(offsets))
        offset, size = offsets[which]
        value = {
            "version": rng.choice([20, 45, 63, 99, 0xFFFF]), "flags": rng.choice([1, 8, 0x41, 0x800, 0xFFFF]),
            "method": rng.choice([1, 6, 9, 12, 14, 93, 95, 98, 99]), "crc": rng.randrange(2 ** 32),
            "compressed": rng.choice([0, 1, 2 ** 31, 2 ** 32 - 1]), "size": rng.choice([0, 1, 2 ** 30, 2 ** 32 - 1]),
        }[which]
        buffer[start + offset:start + offset + size] = struct.pack("<H" if size == 2 else "<I", value)
    return bytes(buffer)


def _mutate_xlsx(rng: random.Random, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    operation = rng.randrange(8)
    if operation == 0:  # raw bytes: broken directory, bad deflate streams, bad checksums
        return _mutate_bytes(rng, data)
    if operation == 1:
        return _patch_headers(rng, data)
    index = rng.randrange(len(entries))
    info, member = entries[index]
    if operation == 2:  # a part missing
        del entries[index]
    elif operation == 3:  # a part's XML damaged
        entries[index] = (info, _mutate_bytes(rng, member))
    elif operation == 4:  # XML entities
        entries[index] = (info, member.replace(b"?>", b"?>" + _ENTITY, 1).replace(b"<t>", b"<t>&b;", 1))
    elif operation == 5:  # row and cell references off the sheet, or a declared size out of date
        sheets = [i for i, (inf, _m) in enumerate(entries) if inf.filename.startswith("xl/worksheets/")]
        index = rng.choice(sheets)
        info, member = entries[index]
        replacement = rng.choice([
            (b'<row r="3"', b'<row r="1048577"'), (b'<row r="3"', b'<row r="99999999999"'), (b'r="B2"', b'r="XFD2"'),
            (b'r="B2"', b'r="ZZZZZ2"'), (b'<dimension ref="', b'<dimension ref="A1:A1" x="'), (b'<row r="2"', b'<row r="-5"'),
            (b"<sheetData>", b"<sheetData>" + b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
            (b"<v>", b"<v>1e999999"), (b't="s"><v>', b't="s"><v>999'), (b't="inlineStr"', b't="n"'),
        ])
        entries[index] = (info, member.replace(*replacement))
    elif operation == 6:  # a member that inflates far beyond its size: a small zip bomb
        entries[index] = (info, member + b" " * rng.choice([5_000_000, 30_000_000]))
    else:  # the same part twice, or an extra one
        entries.append((zipfile.ZipInfo(rng.choice([info.filename, "xl/worksheets/sheet9.xml"])), _mutate_bytes(rng, member)))
    return _rezip(entries)


def make_case(seed: int, index: int, pool: dict[str, list[bytes]]) -> tuple[str, bytes]:
    """(suffix, content) of case ``index``: the same for the same seed, whatever else runs."""
    rng = random.Random(seed * 1_000_003 + index)
    if rng.random() < 0.5:
        return ".csv", _mutate_bytes(rng, rng.choice(pool["csv"]))
    return ".xlsx", _mutate_xlsx(rng, rng.choice(pool["xlsx"]))


# ---- the worker: one import per case, in a fresh copy of a seeded event ----------------------------


def _fingerprint(path: Path) -> str:
    """Every row of every table, in order: what "the event did not change" is compared on."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for line in connection.iterdump():
            digest.update(line.encode())
    finally:
        connection.close()
    return digest.hexdigest()


def _base_event(folder: Path) -> Path:
    from checkin.services.event import new_event
    from checkin.services.importing import import_file

    path = folder / "base.checkin"
    db, _event = new_event(path, "Fuzz", date(2026, 3, 20), date(2026, 3, 22))
    try:
        for name in ("pretix_style_checkin_list.csv", "liste_manuelle_fr.csv"):
            import_file(db, DATA / name)
    finally:
        db.dispose()
    return path


def _run_case(base: Path, work: Path, case: Path) -> dict:
    from checkin.i18n import UserError
    from checkin.services.event import open_event
    from checkin.services.importing import import_file

    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, work)
    before = _fingerprint(work)
    db, _event = open_event(work)
    try:
        summary = import_file(db, case)
    except UserError as error:
        outcome = {"outcome": "refused", "message": str(error)}
    except BaseException as error:  # noqa: BLE001 - what the fuzz looks for
        if isinstance(error, KeyboardInterrupt):
            raise
        return {"outcome": "traceback", "message": "".join(traceback.format_exception(error))[-4000:]}
    else:
        return {"outcome": "imported", "message": f"{summary.rows} rows"}
    finally:
        db.dispose()
    if "\n" in outcome["message"] or not outcome["message"].strip():
        return {"outcome": "bad message", "message": outcome["message"]}
    if _fingerprint(work) != before:
        return {"outcome": "changed", "message": outcome["message"]}
    return outcome


def worker(memory_mb: int) -> None:
    """Reads case file paths on stdin, answers one JSON line per case on stdout."""
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    warnings.simplefilter("ignore")  # openpyxl's remarks on damaged styles; the outcome is what counts
    folder = Path(tempfile.mkdtemp(prefix="checkin-fuzz-worker-"))
    try:
        base = _base_event(folder)
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            request = json.loads(line)
            started = time.perf_counter()
            result = _run_case(base, folder / "work.checkin", Path(request["path"]))
            result.update(index=request["index"], seconds=round(time.perf_counter() - started, 3))
            print(json.dumps(result), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---- the parent: cases to the worker, a time limit on each -----------------------------------------


@dataclass
class Report:
    outcomes: dict[str, int] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)
    slowest: tuple[float, int] = (0.0, -1)

    def add(self, kind: str, result: dict) -> None:
        key = f"{kind} {result['outcome']}"
        self.outcomes[key] = self.outcomes.get(key, 0) + 1
        if result["outcome"] not in ("refused", "imported"):
            self.failures.append(result)
        if result.get("seconds", 0) > self.slowest[0]:
            self.slowest = (result["seconds"], result["index"])


class _Worker:
    def __init__(self, memory_mb: int, startup_seconds: float = 60.0):
        root = Path(__file__).resolve().parents[2]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.importing.fuzz", "--worker", "--memory-mb", str(memory_mb)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=root, text=True, bufsize=1,
        )
        if self.answer(startup_seconds) is None:
            self.stop()
            raise RuntimeError("the fuzz worker did not start")

    def answer(self, seconds: float) -> dict | None:
        ready, _w, _x = select.select([self.process.stdout], [], [], seconds)
        if not ready:
            return None
        line = self.process.stdout.readline()
        return json.loads(line) if line else None

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


def run(cases: int, seed: int = 1, first: int = 0, seconds: float = 10.0, memory_mb: int = 1536,
        keep: Path | None = None) -> Report:
    """Run cases ``first`` to ``first + cases - 1``; each gets ``seconds`` and ``memory_mb``."""
    pool = seeds()
    report = Report()
    folder = Path(tempfile.mkdtemp(prefix="checkin-fuzz-"))
    current: _Worker | None = None
    try:
        for index in range(first, first + cases):
            suffix, content = make_case(seed, index, pool)
            path = folder / f"case-{index}{suffix}"
            path.write_bytes(content)
            if current is None:
                current = _Worker(memory_mb)
            current.process.stdin.write(json.dumps({"index": index, "path": str(path)}) + "\n")
            current.process.stdin.flush()
            result = current.answer(seconds)
            if result is None:
                died = current.process.poll() is not None
                current.stop()
                current = None
                result = {"index": index, "outcome": "crashed" if died else "hang", "message": f"over {seconds} s" if not died else "the worker died"}
            report.add(suffix[1:], result)
            if result["outcome"] not in ("refused", "imported") and keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, keep / path.name)
            path.unlink()
    finally:
        if current is not None:
            current.process.stdin.close()
            current.process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.importing.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first", type=int, default=0, help="index of the first case (to replay one)")
    parser.add_argument("--seconds", type=float, default=10.0, help="time limit per case")
    parser.add_argument("--memory-mb", type=int, default=1536, help="address-space limit of the worker")
    parser.add_argument("--keep", type=Path, help="copy every failing case into this folder")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.memory_mb)
        return 0
    started = time.perf_counter()
    report = run(args.cases, args.seed, args.first, args.seconds, args.memory_mb, args.keep)
    print(f"{args.cases} cases in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{count} {outcome}" for outcome, count in sorted(report.outcomes.items()))
          + f"; slowest case {report.slowest[1]} ({report.slowest[0]:.2f} s)")
    for failure in report.failures:
        print(f"\ncase {failure['index']}: {failure['outcome']}\n{failure['message']}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
