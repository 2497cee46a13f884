"""Register benchmark (issue 11): appends per second and ``verify`` time on SQLite.

1. Appends: ``record_request`` on one case, one transaction each (as the web and the CLI append),
   with the seal file written after each commit, against the same appends with the seal step
   switched off (the baseline), in alternating rounds in the same process.
2. ``verify`` at 10^4 and 10^5 entries (spread over 100 cases, so the case digests are checked
   too): the full verification (keyed MACs, case files, seal) against a baseline that only
   streams the same rows from the database (same query, same batch size). Best of 3 each.

Usage: ``.venv/bin/python benchmarks/register_chain.py [--write]`` (``--write`` replaces the
register section of ``benchmarks/RESULTS.md``; ``--postgres-only`` skips SQLite). Options (environment): ``BENCH_REGISTER_SIZES``
(default ``10000,100000``), ``BENCH_REGISTER_APPENDS`` (default 2000),
``BENCH_REGISTER_POSTGRES_URL`` (a PostgreSQL server URL: both measures are also run there, each
in a fresh database dropped afterwards; ``scripts/with-postgres.sh`` exports one as
``SECRETPRO_TEST_POSTGRES_URL``).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench_postgres import fresh_postgres
from results_section import write_section
from secretpro.register import Register, generate_key
from secretpro.register import entries as E
from secretpro.register.chain import _ENTRY_COLUMNS, append_entry
from secretpro.register.models import Entry, EntryKind

SIZES = [int(n) for n in os.environ.get("BENCH_REGISTER_SIZES", "10000,100000").split(",")]
APPENDS = int(os.environ.get("BENCH_REGISTER_APPENDS", "2000"))
ROUNDS = 4
CASES = 100

lines: list[str] = []


def say(text: str = "") -> None:
    print(text, flush=True)
    lines.append(text)


def best_of(runs: int, work: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def bench_appends(workdir: Path, url: str) -> None:
    with Register.open(
        url, key=generate_key(), seal_path=workdir / f"appends-{uuid.uuid4().hex[:8]}.seal"
    ) as register:
        cpas_id = E.ensure_cpas(register, "CPAS bench")
        case_id = E.create_case(register, cpas_id)
        sealing = register._seal_quietly
        per_round = max(1, APPENDS // ROUNDS)
        timings = {"seal": 0.0, "baseline": 0.0}
        counts = {"seal": 0, "baseline": 0}
        order = ["seal", "baseline"]
        E.record_request(register, case_id, "incoming", {"warm": True})  # warm-up
        for round_no in range(ROUNDS):
            for mode in order if round_no % 2 == 0 else reversed(order):
                register._seal_quietly = sealing if mode == "seal" else (lambda _appended: None)  # type: ignore[method-assign]
                start = time.perf_counter()
                for n in range(per_round):
                    E.record_request(
                        register, case_id, "incoming", {"n": n, "requester": "office_des_etrangers"}
                    )
                timings[mode] += time.perf_counter() - start
                counts[mode] += per_round
        register._seal_quietly = sealing  # type: ignore[method-assign]
        register.seal().advance(register.verify(use_seal=False).heads)
        assert register.verify().ok
    sealed = counts["seal"] / timings["seal"]
    baseline = counts["baseline"] / timings["baseline"]
    say(
        f"Appends (record_request, one transaction each), {counts['seal']:,} of each, {ROUNDS} alternating rounds:"
    )
    say(f"  with the seal written after each commit: {sealed:,.0f} appends/s ({1000 / sealed:.2f} ms each)")
    say(
        f"  baseline, seal step switched off:        {baseline:,.0f} appends/s ({1000 / baseline:.2f} ms each)"
    )
    say(f"  ratio sealed / baseline throughput: {sealed / baseline:.2f}")


def _grow(register: Register, cases: list[str], target: int) -> None:
    """Append entries in transactions of 5,000 until the register holds ``target`` entries."""
    keyring = register.keyring
    with register.reader() as session:
        have = session.query(Entry).count()
    while have < target:
        batch = min(5000, target - have)
        start = have

        def work(session: Session, batch: int = batch, start: int = start) -> None:
            for n in range(batch):
                append_entry(
                    session,
                    keyring,
                    case_id=cases[(start + n) % len(cases)],
                    kind=EntryKind.REQUEST_INCOMING,
                    payload={"request": {"n": start + n, "requested": ["address"]}},
                    author_id=None,
                )

        register.write(work)
        have += batch


def _stream(register: Register) -> int:
    count = 0
    engine = register.engine.execution_options(yield_per=1000)
    with Session(engine) as session, session.begin():
        for _row in session.execute(select(*_ENTRY_COLUMNS).order_by(Entry.cpas_id, Entry.seq)):
            count += 1
    return count


def bench_verify(workdir: Path, url: str) -> None:
    say("verify (keyed MACs, case digests, seal) vs streaming the same rows only, best of 3:")
    with Register.open(
        url, key=generate_key(), seal_path=workdir / f"verify-{uuid.uuid4().hex[:8]}.seal"
    ) as register:
        cpas_id = E.ensure_cpas(register, "CPAS bench")
        cases = [E.create_case(register, cpas_id) for _ in range(CASES)]
        previous: tuple[float, int] | None = None
        for size in SIZES:
            build = time.perf_counter()
            _grow(register, cases, size)
            build = time.perf_counter() - build
            result = register.verify()
            assert result.ok and result.entries_checked == size, result
            verify_s = best_of(3, register.verify)
            stream_s = best_of(3, lambda: _stream(register))
            growth = ""
            if previous is not None:
                growth = f"; ×{verify_s / previous[0]:.1f} time for ×{size / previous[1]:.1f} entries"
            say(
                f"  {size:>9,} entries: verify {verify_s:.3f} s ({size / verify_s:,.0f} entries/s), "
                f"stream only {stream_s:.3f} s, ratio {verify_s / stream_s:.2f}{growth}"
                f"  (built in {build:.0f} s)"
            )
            previous = (verify_s, size)


def main() -> int:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    say(f"Register (issue 11) — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    say(
        f"Machine: nproc {os.cpu_count()}, {platform.processor() or platform.machine()}; Python {platform.python_version()}; load average at start: {load}"
    )
    with tempfile.TemporaryDirectory(prefix="secretpro-register-bench-") as tmp:
        workdir = Path(tmp)
        if "--postgres-only" not in sys.argv:
            say("SQLite:")
            bench_appends(workdir, f"sqlite+pysqlite:///{workdir / 'appends.sqlite3'}")
            bench_verify(workdir, f"sqlite+pysqlite:///{workdir / 'verify.sqlite3'}")
        server = os.environ.get("BENCH_REGISTER_POSTGRES_URL", "").strip()
        if server:
            say("PostgreSQL:")
            with fresh_postgres(server) as url:
                bench_appends(workdir, url)
            with fresh_postgres(server) as url:
                bench_verify(workdir, url)
    if "--write" in sys.argv:
        write_section("register", lines, ".venv/bin/python benchmarks/register_chain.py --write")
    return 0


if __name__ == "__main__":
    sys.exit(main())
