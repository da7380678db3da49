"""Refresh the translation files: extract every marked string from checkin/ (lupdate), compile .qm (lrelease).

    python packaging/translations.py            update resources/translations/*.ts and *.qm
    python packaging/translations.py --report   list the strings that still need a translation

Translators edit the .ts files (Qt Linguist: `pyside6-linguist`), then run this again.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "checkin").rglob("*.py"))


def ts_path(language: str) -> Path:
    return TS_DIR / f"checkin_{language}.ts"


def update_ts(ts: Path) -> None:
    """Bring ``ts`` in line with the code: new strings added (unfinished), vanished ones dropped."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", ts.stem.split("_", 1)[1], *sources(), "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                missing.append((name, message.findtext("source")))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in LANGUAGES:
        ts = ts_path(language)
        update_ts(ts)
        release(ts, ts.with_suffix(".qm"))
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} string(s) to translate")
        if args.report:
            for context, source in missing:
                print(f"  [{context}] {source}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
