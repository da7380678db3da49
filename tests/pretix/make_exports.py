"""Make the pretix test files with pretix itself: install it, build an event, write its exports.

Run from the repository: ``python tests/pretix/make_exports.py`` (about 10 minutes on a 2-core
machine, most of it installing pretix and running its migrations). It

1. installs pretix from PyPI into a throwaway virtual environment outside the repository
   (``--venv``, default ``/tmp/pretix-venv``; kept between runs, so a second run starts at step 2),
2. writes a ``pretix.cfg`` for an SQLite database in a temporary data folder and runs
   ``python -m pretix migrate``,
3. runs ``pretix_event.py`` inside that environment as a Django script: it creates the event with
   pretix's own models and services, and writes every export with pretix's own exporters into
   ``tests/pretix/exports/`` and what it made into ``tests/pretix/exports/truth.json``; and the
   words pretix's exporters write in each of its European interface languages (the header rows of
   every export, order states, name parts) into ``checkin/importing/pretix_words.json``, which the
   importer reads to recognise pretix's exports whatever language the organiser's pretix speaks.

The suite reads only the committed files, so it runs without pretix installed. Run this again
when pretix changes its exports, and commit what it wrote.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "exports"
WORDS = HERE.parent.parent / "checkin" / "importing" / "pretix_words.json"
PRETIX_SPEC = "pretix"
CONFIG = """\
[pretix]
instance_name=Check-in Desk test data
url=http://localhost
currency=EUR
datadir={data}
ecb_rates=off

[locale]
default=en
timezone=Europe/Brussels

[database]
backend=sqlite3
name={data}/db.sqlite3

[mail]
from=tickets@example.org
host=localhost
port=1

[django]
secret=not-a-secret-only-test-data
debug=off
"""


def run(command: list[str], **kwargs) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def ensure_venv(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        # pretix supports the Python this repository runs on (3.11); any 3.10+ works.
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(python), "-m", "pip", "install", "--upgrade", "pip", "wheel"])
    check = subprocess.run([str(python), "-c", "import pretix"], capture_output=True)
    if check.returncode != 0:
        run([str(python), "-m", "pip", "install", PRETIX_SPEC])
    return python


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=Path(tempfile.gettempdir()) / "pretix-venv")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    python = ensure_venv(args.venv)
    with tempfile.TemporaryDirectory(prefix="pretix-data-") as data:
        config = Path(data) / "pretix.cfg"
        config.write_text(CONFIG.format(data=data), encoding="utf-8")
        env = dict(os.environ, PRETIX_CONFIG_FILE=str(config), DJANGO_SETTINGS_MODULE="pretix.settings")
        run([str(python), "-m", "pretix", "migrate", "--noinput"], env=env, cwd=data)
        args.out.mkdir(parents=True, exist_ok=True)
        run([str(python), str(HERE / "pretix_event.py"), str(args.out), str(args.seed)], env=env, cwd=data)
    (args.out / "pretix_words.json").replace(WORDS)
    print(f"pretix's exports are in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
