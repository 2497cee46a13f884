"""Batch benchmark for R2–R5 (issue 12): 1,000,000 generated rows per rule, screened by
``secretpro.batch`` (the rule's own ``decide`` once per distinct key, gathered back to every row),
against a baseline run in the same process on the same file: ``pl.read_csv`` of it, every column as
text. Best of 3 each, in alternating rounds after an untimed warm-up.

Rows: each fact is left empty with probability 1/2, else one of its values (a yes/no, a choice, or
one to three choices joined by "|"), seed 20261204; R3's questions on shared secrecy are answered
only when the requester is another CPAS or a hospital, as the interview asks them. Real exports
repeat more (a CPAS meets few distinct situations), so the number of distinct cases here is on the
high side; it is printed.

Usage: ``.venv/bin/python benchmarks/batch_other_rules.py [--write]`` (``BENCH_BATCH_ROWS`` changes
the row count).
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import polars as pl

from results_section import write_section
from secretpro.batch import screen
from secretpro.batch.csv_input import read_cases
from secretpro.rules import RULES
from secretpro.rules.facts import Kind

ROWS = int(os.environ.get("BENCH_BATCH_ROWS", "1000000"))
SEED = 20261204
REFERENCE = date(2026, 1, 15)
OTHER_RULES = ("shared-secrecy", "incoming-request", "automatic-flow", "medical-certificate")

SHARED_SECRECY_REQUESTERS = ("other_cpas", "hospital_or_doctor")
SHARED_SECRECY_FACTS = (
    "legal_service_confirmed",
    "shared_secrecy_claimed",
    "recipient_bound_by_secrecy",
    "same_missions",
    "in_person_interest",
    "only_necessary",
)

lines: list[str] = []


def say(text: str = "") -> None:
    print(text, flush=True)
    lines.append(text)


def values_of(rule: str) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    out: dict[str, list[str]] = {}
    for spec in RULES[rule].facts:
        if spec.kind is Kind.BOOLEAN:
            out[spec.name] = ["yes", "no"]
        elif spec.kind is Kind.CHOICE:
            out[spec.name] = list(spec.choices)
        elif spec.kind is Kind.CHOICES:
            out[spec.name] = ["|".join(rng.sample(spec.choices, rng.randint(1, 3))) for _ in range(12)]
        else:  # free text: a handful of typed legal bases
            out[spec.name] = ["art. 74/14", "loi du 15 décembre 1980", "art. 46bis C.i.cr."]
    return out


def write_rows(rule: str, path: Path) -> None:
    rng = random.Random(SEED)
    values = values_of(rule)
    columns: dict[str, list[str | None]] = {"case_id": [f"case-{n}" for n in range(ROWS)]}
    for name, options in values.items():
        columns[name] = [rng.choice(options) if rng.random() < 0.5 else None for _ in range(ROWS)]
    if rule == "incoming-request":
        asked = [requester in SHARED_SECRECY_REQUESTERS for requester in columns["requester"]]
        for name in SHARED_SECRECY_FACTS:
            columns[name] = [
                value if keep else None for value, keep in zip(columns[name], asked, strict=True)
            ]
    pl.DataFrame(columns).write_csv(path)


def timed(action: object) -> float:
    gc.collect()
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    say(f"Batch, rules R2–R5 (issue 12) — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    say(f"Machine: nproc {os.cpu_count()}; Polars {pl.__version__}; load average at start: {load}")
    say(f"{ROWS:,} rows per rule; baseline = pl.read_csv of the same file (every column as text)")
    with tempfile.TemporaryDirectory(prefix="secretpro-batch-bench-") as tmp:
        for rule in OTHER_RULES:
            path = Path(tmp) / f"{rule}.csv"
            write_rows(rule, path)
            facts = [spec.name for spec in RULES[rule].facts]

            def baseline(path: Path = path) -> None:
                pl.read_csv(path, infer_schema=False)

            def batch(path: Path = path, rule: str = rule) -> None:
                screen(rule, read_cases(rule, path), REFERENCE)

            baseline()
            batch()
            read_s, batch_s = [], []
            for round_number in range(3):
                pair = (baseline, batch) if round_number % 2 == 0 else (batch, baseline)
                for action in pair:
                    (read_s if action is baseline else batch_s).append(timed(action))
            distinct = pl.read_csv(path, infer_schema=False).select(facts).unique().height
            say(
                f"  {rule:<20} read {min(read_s):.3f} s, read + screen {min(batch_s):.3f} s, "
                f"ratio {min(batch_s) / min(read_s):.2f}  ({distinct:,} distinct cases decided)"
            )
    if "--write" in sys.argv:
        write_section("batch other rules", lines, ".venv/bin/python benchmarks/batch_other_rules.py --write")
    return 0


if __name__ == "__main__":
    sys.exit(main())
