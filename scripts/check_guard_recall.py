"""CI gate for the guard: score the development set and fail below the targets.

Usage: check_guard_recall.py DEV.jsonl SCORE_GUARD.py

Runs SCORE_GUARD.py in --python-module mode with scripts/guard_adapter.py (profile strict), prints
its summary and exits 1 when the forbidden categories together fall below recall 0.97 or
precision 0.90, or any forbidden category below recall 0.90.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

MIN_RECALL = 0.97
MIN_PRECISION = 0.90
MIN_CATEGORY_RECALL = 0.90
FORBIDDEN = ("ADDRESS", "HEALTH", "ADMIN_STATUS", "PHONE", "EMAIL", "IBAN", "BIRTH_DATE")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: check_guard_recall.py DEV.jsonl SCORE_GUARD.py", file=sys.stderr)
        return 2
    corpus, scorer = argv
    adapter = Path(__file__).with_name("guard_adapter.py")
    with tempfile.TemporaryDirectory() as tmp:
        summary_path = Path(tmp) / "summary.json"
        command = [
            sys.executable,
            scorer,
            corpus,
            "--python-module",
            str(adapter),
            "--json-out",
            str(summary_path),
        ]
        completed = subprocess.run(command, check=False)
        if completed.returncode != 0 or not summary_path.exists():
            print(f"check_guard_recall: the scorer failed (exit {completed.returncode})", file=sys.stderr)
            return 1
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
    forbidden = summary["forbidden"]
    recall, precision = forbidden["recall"] or 0.0, forbidden["precision"] or 0.0
    problems: list[str] = []
    if recall < MIN_RECALL:
        problems.append(f"forbidden recall {recall:.3f} < {MIN_RECALL}")
    if precision < MIN_PRECISION:
        problems.append(f"forbidden precision {precision:.3f} < {MIN_PRECISION}")
    for category in FORBIDDEN:
        value = summary["per_category"][category]["recall"]
        if value is not None and value < MIN_CATEGORY_RECALL:
            problems.append(f"{category} recall {value:.3f} < {MIN_CATEGORY_RECALL}")
    if problems:
        print("guard below target: " + "; ".join(problems), file=sys.stderr)
        return 1
    print(f"guard on target: forbidden recall {recall:.3f}, precision {precision:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
