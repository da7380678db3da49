"""The benchmark table: runs every benchmarks/bench_*.py and prints its results as one Markdown table.

    python benchmarks/run.py                  every benchmark
    python benchmarks/run.py --only search    just bench_search.py (repeat --only for more)

Each module's ``run()`` returns rows ``{benchmark, target, result, ok}``. Every module runs in a
fresh interpreter, so one benchmark's 100,000 objects or warm caches never flatter or slow the
next, and a module that crashes gives a ❌ row saying so instead of stopping the others. The table
goes to stdout and to benchmarks/out/results.md (progress and the modules' own output go to
stderr); the exit status is 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _util  # noqa: E402  (makes the project importable too)

OUT = HERE / "out" / "results.md"
MODULE_TIMEOUT_S = 1800
MARK = {True: "✅", False: "❌", None: ""}


def available() -> list[str]:
    return sorted(path.stem for path in HERE.glob("bench_*.py"))


def _module_name(name: str) -> str:
    stem = Path(name).stem
    return stem if stem.startswith("bench_") else f"bench_{stem}"


def _failed(module: str, why: str) -> list[dict]:
    return [_util.row(module, "runs", f"failed: {why}", False)]


def run_module(module: str) -> list[dict]:
    """Run one module's ``run()`` in a child interpreter and read back its rows."""
    with tempfile.TemporaryDirectory(prefix="checkin-bench-") as tmp:
        answer = Path(tmp) / "rows.json"
        try:
            child = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", module, str(answer)],
                cwd=_util.ROOT, stdout=sys.stderr, timeout=MODULE_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            return _failed(module, f"no answer within {MODULE_TIMEOUT_S // 60} minutes")
        if child.returncode != 0 or not answer.exists():
            return _failed(module, f"exit status {child.returncode} (its error is printed above)")
        rows = json.loads(answer.read_text(encoding="utf-8"))
    if not isinstance(rows, list) or not all(isinstance(r, dict) and {"benchmark", "target", "result", "ok"} <= r.keys() for r in rows):
        return _failed(module, "run() did not return a list of {benchmark, target, result, ok}")
    return rows


def _child(module: str, answer: str) -> int:
    rows = importlib.import_module(module).run()
    Path(answer).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(rows: list[dict], machine: str) -> str:
    lines = [machine, "", "| Benchmark | Target | Result | |", "|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {_cell(r['benchmark'])} | {_cell(r['target'])} | {_cell(r['result'])} | {MARK.get(r['ok'], '❌')} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the Check-in Desk benchmarks and print the results table.")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark (search, import…)")
    parser.add_argument("--child", nargs=2, metavar=("MODULE", "ANSWER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(*args.child)
    modules = available()
    if args.only:
        unknown = [name for name in args.only if _module_name(name) not in modules]
        if unknown:
            parser.error(f"no benchmark called {', '.join(unknown)}; there are: {', '.join(m[6:] for m in modules)}")
        modules = list(dict.fromkeys(_module_name(name) for name in args.only))
    machine = _util.machine_line()
    rows: list[dict] = []
    for module in modules:
        print(f"· {module} …", file=sys.stderr, flush=True)
        rows += run_module(module)
    text = table(rows, machine)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
