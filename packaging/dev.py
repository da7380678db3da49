"""Quick start for Check-in Desk: sets up a local virtual environment, then runs the app or the tests.

    python3 packaging/dev.py demo     open the app on a freshly made demo event (demo/demo.checkin)
    python3 packaging/dev.py test     run the whole test suite
    python3 packaging/dev.py bench    run the benchmarks and print the results table
    python3 packaging/dev.py tr       refresh the translation files from the code (lupdate, lrelease)
    python3 packaging/dev.py shell    print how to activate the environment by hand

Only the standard library is used here, so this works on a fresh machine with Python 3.11+.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def _requirements_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_env() -> None:
    """Create .venv and install the project with its test extras when pyproject.toml changed."""
    if sys.version_info < (3, 11):
        sys.exit("Check-in Desk needs Python 3.11 or newer; this is " + sys.version.split()[0])
    if not PY.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = _requirements_digest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("Installing Check-in Desk and its dependencies (first run only) …", flush=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run(
        [str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True
    )
    STAMP.write_text(digest)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "demo"
    rest = argv[1:]
    ensure_env()
    if command == "demo":
        demo = ROOT / "demo" / "demo.checkin"
        if not demo.exists():
            demo.parent.mkdir(exist_ok=True)
            subprocess.run([str(PY), "-m", "checkin", "--db", str(demo), "demo", "--starts-on", "today"], check=True)
        return subprocess.call([str(PY), "-m", "checkin", "--db", str(demo), *rest])
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "bench":
        return subprocess.call([str(PY), str(ROOT / "benchmarks" / "run.py"), *rest], cwd=ROOT)
    if command == "tr":
        return subprocess.call([str(PY), str(ROOT / "packaging" / "translations.py"), *rest], cwd=ROOT)
    if command == "shell":
        print(f"source {BIN / 'activate'}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
