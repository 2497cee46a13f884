"""Supervisors' dashboard benchmark (issue 14): ``/supervision`` on a register of 10^5 cases.

1. Builds a register with ``BENCH_SUPERVISION_CASES`` cases (default 100,000) in one CPAS over the
   36 months before today, by 25 workers: each case opened, one request received (a second one
   for 15 %), a decision of one of the five rules, a document sent (60 %, most to the OE), a request
   sent to the OE (20 %), the OE's answer for 88 % of what was sent to it, a correction of the
   decision for 1 %; plus a small second CPAS. The rows are written in bulk (chain MACs computed,
   so the register verifies) with the register set back to revision 0007, then migration 0008
   fills the summaries of this existing register, as on an upgrade (its time is printed).
2. Times ``GET /supervision`` server side: the real application (``create_app``, every middleware,
   a logged-in supervisor) called in process through Starlette's ``TestClient`` (no network, no
   browser), best of ``BENCH_SUPERVISION_RUNS`` (default 7) after one warm-up, with no filter and
   with a few filters; next to it, ``compute_figures`` alone (the database part).
3. Baselines measured in the same process: ``GET /`` (the home page, same client, same
   middlewares and login) and ``SELECT count(*)`` of the CPAS's entries. Also, once, the figures
   computed the way they were before the summaries (every payload read and parsed,
   ``tests/supervision/figures_reference.py``), which must give the same figures.

Usage: ``.venv/bin/python benchmarks/supervision_dashboard.py [--write]`` (``--write`` replaces the
supervision section of ``benchmarks/RESULTS.md``). ``BENCH_SUPERVISION_POSTGRES_URL``: a
PostgreSQL server URL, to measure there too (a fresh database, dropped afterwards;
``scripts/with-postgres.sh`` exports one as ``SECRETPRO_TEST_POSTGRES_URL``).
"""

from __future__ import annotations

import base64
import os
import platform
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import func, insert, select, text, update

from bench_postgres import fresh_postgres
from results_section import write_section
from secretpro.register import Register, generate_key, upgrade_to_head
from secretpro.register import entries as E
from secretpro.register.accounts import create_user
from secretpro.register.canonical import GENESIS_HASH, canonical_json, case_digest, entry_material, sha256_hex
from secretpro.register.chain import CASE_DIGEST
from secretpro.register.crypto import KeyRing
from secretpro.register.db import alembic_config
from secretpro.register.models import CaseFile, ChainHead, Entry, EntrySummary, new_opaque_id
from secretpro.register.privacy import ENC_KEY
from secretpro.rules import today_in_brussels
from secretpro.supervision import Filters, compute_figures

HERE = Path(__file__).resolve().parent
# The test helpers: the figures computed from the payloads, and logging in through the login form.
sys.path[:0] = [str(HERE.parent / "tests" / "supervision"), str(HERE.parent / "tests")]
from figures_reference import reference_figures  # noqa: E402

from accounts_testing import log_in  # noqa: E402

CASES = int(os.environ.get("BENCH_SUPERVISION_CASES", "100000"))
RUNS = int(os.environ.get("BENCH_SUPERVISION_RUNS", "7"))
WORKERS = 25
MONTHS = 36
TARGET_MS = 200.0
PASSWORD = "correct horse battery staple 42"
SEED = 20260115
BATCH = 10_000

# Weights of the mix (codes of the rules' own vocabularies).
REQUESTERS = {
    "office_des_etrangers": 50,
    "police": 15,
    "prosecutor_or_judge": 8,
    "person_concerned": 8,
    "spp_is": 5,
    "other_cpas": 5,
    "hospital_or_doctor": 4,
    "guarantor": 3,
    None: 2,
}
RULES = {
    "incoming-request": 50,
    "guarantor-inquiry": 20,
    "shared-secrecy": 15,
    "automatic-flow": 10,
    "medical-certificate": 5,
}
OUTCOMES = {"forbidden": 45, "allowed": 40, "not_applicable": 8, "undetermined": 7}
STEPS = ("R3.2", "R3.1", "R1.2", "R1.4", "R2.3", "R4.1")
RECIPIENTS = {"office_des_etrangers": 70, None: 10, "police": 10, "other_cpas": 10}

lines: list[str] = []


def say(line: str = "") -> None:
    print(line, flush=True)
    lines.append(line)


def weighted(pick: random.Random, weights: dict[Any, int]) -> Any:
    return pick.choices(list(weights), weights=list(weights.values()))[0]


# ---------------------------------------------------------------------------------------- build


@dataclass
class Built:
    cpas_id: int
    workers: list[int]
    entries: int
    summaries: int
    build_s: float
    rebuild_s: float


def _events(pick: random.Random, now: datetime, workers: list[int]) -> list[tuple[float, int, str, int]]:
    """What happens to each case, as ``(moment, case number, what, author)``, in time order."""
    events: list[tuple[float, int, str, int]] = []
    start, span = now - timedelta(days=MONTHS * 30.4), MONTHS * 30.4 * 86400
    limit = now.timestamp()
    for case in range(CASES):
        opened = start.timestamp() + pick.random() * span
        author = pick.choice(workers)
        other = pick.choice(workers) if pick.random() < 0.1 else author
        decided = opened + pick.uniform(600, 5 * 86400)
        happened = [(opened, "open", author), (opened + pick.uniform(60, 3600), "request", author)]
        if pick.random() < 0.15:
            happened.append((opened + pick.uniform(10, 200) * 86400, "request", author))
        happened.append((decided, "decision", other))
        if pick.random() < 0.01:
            happened.append((decided + pick.uniform(1, 10) * 86400, "correction", other))
        sent_to_oe = None
        if pick.random() < 0.6:
            moment = decided + pick.uniform(0, 3) * 86400
            recipient = weighted(pick, RECIPIENTS)
            happened.append((moment, f"document:{recipient or ''}", author))
            if recipient in (None, "office_des_etrangers"):
                sent_to_oe = moment
        if pick.random() < 0.2:
            moment = opened + pick.uniform(1, 10) * 86400
            happened.append((moment, "outgoing", author))
            sent_to_oe = max(sent_to_oe or 0.0, moment)
        if sent_to_oe is not None and pick.random() < 0.88:
            happened.append((sent_to_oe + pick.uniform(3, 60) * 86400, "answer", author))
        events.extend((moment, case, what, who) for moment, what, who in happened if moment < limit)
    events.sort()
    return events


def _payload(pick: random.Random, what: str, moment: datetime, requester: str | None) -> dict[str, Any]:
    if what == "request":
        request: dict[str, Any] = {"requested": pick.sample(["address", "identity", "aid_amount"], 2)}
        if requester is not None:
            request["requester"] = requester
        return {"request": request, "date": (moment.date() - timedelta(days=pick.randrange(4))).isoformat()}
    if what in ("decision", "correction"):
        outcome = weighted(pick, OUTCOMES)
        decision: dict[str, Any] = {
            "rule": weighted(pick, RULES),
            "outcome": outcome,
            "rules_version": "2026.1" if moment.year >= 2026 else "2025.2",
            "reference_date": moment.date().isoformat(),
            "reasons": ["art. 458 Code pénal", "art. 36 loi organique"],
            "facts": {"requester": requester, "requested": ["address"]} if requester else {},
            "missing": [],
            "allowed_fields": ["address"] if outcome == "allowed" else [],
            "forbidden_fields": ["address"] if outcome == "forbidden" else [],
        }
        if outcome == "forbidden":
            decision["decisive_step"] = pick.choice(STEPS)
        return decision
    if what.startswith("document:"):
        recipient = what.split(":", 1)[1] or None
        document: dict[str, Any] = {
            "document_kind": "letter",
            "sha256": "ab" * 32,
            "fields": ["beneficiary_name"],
        }
        if recipient is not None:
            document["recipient"] = recipient
        return document
    if what == "outgoing":
        return {"request": {"recipient": "office_des_etrangers", "requested": ["identity"]}}
    # An answer: its text is encrypted in the register; random bytes of a typical size stand for it.
    blob = base64.b64encode(pick.randbytes(120)).decode()
    return {"received_on": moment.date().isoformat(), "summary": {ENC_KEY: blob}}


def build(url: str, key: str, workdir: Path) -> Built:
    """The register at ``url``: accounts through the application's functions, cases and entries in
    bulk (one chain, real MACs), then the summaries filled as migration 0008 fills them."""
    keyring = KeyRing.from_base64(key)
    pick = random.Random(SEED)
    started = time.perf_counter()
    with Register.open(url, key=key, seal_path=workdir / f"{uuid.uuid4().hex[:8]}.seal") as register:
        cpas_id = E.ensure_cpas(register, "CPAS de Fictiville")
        other = E.ensure_cpas(register, "OCMW Verzinneke")
        workers = [
            create_user(
                register,
                username=f"travailleur{n:02d}",
                password=PASSWORD,
                role="social_worker",
                cpas_id=cpas_id,
            )
            for n in range(WORKERS)
        ]
        create_user(register, username="chef", password=PASSWORD, role="supervisor", cpas_id=cpas_id)
        # The small other CPAS, through the ordinary functions (its figures must stay apart).
        for _ in range(20):
            case = E.create_case(register, other)
            E.record_request(
                register, case, "incoming", {"requester": "police"}, received_on=date(2026, 1, 5)
            )
        now = datetime.now(UTC)
        events = _events(pick, now, workers)
        case_ids = [new_opaque_id() for _ in range(CASES)]
        requesters = [weighted(pick, REQUESTERS) for _ in range(CASES)]
        decisions: dict[int, str] = {}
        seq, prev = 0, GENESIS_HASH
        with register.engine.begin() as conn:
            for offset in range(0, len(events), BATCH):
                cases, entries = [], []
                for stamp, case, what, author in events[offset : offset + BATCH]:
                    moment = datetime.fromtimestamp(stamp, UTC)
                    entry_id, corrects = new_opaque_id(), None
                    if what == "open":
                        cases.append(
                            {
                                "id": case_ids[case],
                                "cpas_id": cpas_id,
                                "created_at": moment,
                                "created_by": author,
                            }
                        )
                        kind = "case_opened"
                        payload: dict[str, Any] = {
                            CASE_DIGEST: case_digest(
                                case_id=case_ids[case],
                                cpas_id=cpas_id,
                                created_at=moment,
                                created_by=author,
                                subject_name_enc=None,
                                subject_nn_enc=None,
                                subject_nn_lookup=None,
                                removed_at=None,
                            )
                        }
                    elif what == "correction":
                        kind, corrects = "correction", decisions[case]
                        new = _payload(pick, what, moment, requesters[case])
                        payload = {"corrected_kind": "decision", "payload": new}
                    else:
                        kind = {
                            "request": "request_incoming",
                            "decision": "decision",
                            "outgoing": "request_outgoing",
                            "answer": "answer_received",
                        }.get(what, "document_sent")
                        payload = _payload(pick, what, moment, requesters[case])
                        if kind == "decision":
                            decisions[case] = entry_id
                    seq += 1
                    body = canonical_json(payload)
                    row = {
                        "id": entry_id,
                        "cpas_id": cpas_id,
                        "seq": seq,
                        "case_id": case_ids[case],
                        "kind": kind,
                        "created_at": moment,
                        "author_id": author,
                        "payload": body,
                        "payload_hash": sha256_hex(body),
                        "corrects": corrects,
                        "prev_hash": prev,
                    }
                    row["entry_hash"] = prev = keyring.chain_mac(
                        entry_material(
                            entry_id=entry_id,
                            cpas_id=cpas_id,
                            seq=seq,
                            case_id=row["case_id"],
                            kind=kind,
                            created_at=moment,
                            author_id=author,
                            payload_hash=row["payload_hash"],
                            corrects=corrects,
                            prev_hash=row["prev_hash"],
                        )
                    )
                    entries.append(row)
                if cases:
                    conn.execute(insert(CaseFile), cases)
                conn.execute(insert(Entry), entries)
            conn.execute(
                update(ChainHead).where(ChainHead.cpas_id == cpas_id).values(seq=seq, head_hash=prev)
            )
            # The bulk rows bypassed the append hook: back to revision 0007 by the migrations' own
            # downgrades, so that migration 0008 fills the summaries of this existing register, as it
            # would on an upgrade. (Dropping entry_summaries and rewriting the version by hand left
            # 0009's tables in place: the upgrade then failed on "table interview_drafts already exists".)
            command.downgrade(alembic_config(conn), "0007")
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        upgrade_to_head(register.engine)
        rebuild_s = time.perf_counter() - started
        with register.reader() as session:
            summaries = session.scalar(select(func.count()).select_from(EntrySummary)) or 0
        if register.engine.dialect.name == "postgresql":
            # What autovacuum does soon after a load of this size: the planner's statistics.
            with register.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
    return Built(cpas_id, workers, seq, summaries, build_s, rebuild_s)


# --------------------------------------------------------------------------------------- timing


def best_ms(work: Callable[[], Any], runs: int = RUNS) -> tuple[float, float]:
    """Best wall-clock time and best CPU time of this process (the server thread, the database and
    the in-process client), in ms, after one warm-up run (caches, compiled statements, templates).
    On a shared machine the CPU time shows what other processes' load adds to the wall clock."""
    work()
    wall = cpu = float("inf")
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return wall * 1000, cpu * 1000


def bench(url: str, label: str, workdir: Path) -> None:
    from fastapi.testclient import TestClient

    from secretpro.web.app import create_app
    from secretpro.web.routes.dashboard import AWAITING_SHOWN
    from secretpro.web.settings import WebSettings

    key = generate_key()
    built = build(url, key, workdir)
    say(
        f"{label}: {CASES:,} cases in one CPAS ({built.entries:,} entries, {built.summaries:,} summary rows), "
        f"{WORKERS} workers, {MONTHS} months; built in {built.build_s:.0f} s; migration 0008 (summaries "
        f"filled, indexes built) in {built.rebuild_s:.1f} s"
    )
    today = today_in_brussels()
    quarter, year = today - timedelta(days=91), today - timedelta(days=365)
    filters = [
        ("no filter", "", Filters()),
        ("last 3 months", f"from={quarter.isoformat()}", Filters(start=quarter)),
        ("last 12 months", f"from={year.isoformat()}", Filters(start=year)),
        ("rule incoming-request", "rule=incoming-request", Filters(rule="incoming-request")),
        ("requester police", "requester=police", Filters(requester="police")),
        ("one worker", f"worker={built.workers[3]}", Filters(worker=built.workers[3])),
        (
            "worker + year 2 + rule + requester",
            f"worker={built.workers[3]}&from={today - timedelta(days=730)}&to={today - timedelta(days=365)}"
            "&rule=incoming-request&requester=office_des_etrangers",
            Filters(
                worker=built.workers[3],
                start=today - timedelta(days=730),
                end=today - timedelta(days=365),
                rule="incoming-request",
                requester="office_des_etrangers",
            ),
        ),
    ]
    saved = {
        name: os.environ.get(name) for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "XDG_DATA_HOME")
    }
    os.environ.update(SECRETPRO_DATABASE_URL=url, SECRETPRO_KEY=key, XDG_DATA_HOME=str(workdir / "xdg"))
    try:
        with (
            Register.open(url, key=key, seal_path=workdir / "reader.seal") as register,
            TestClient(create_app(WebSettings(secret_key="bench-secret")), follow_redirects=True) as client,
        ):
            log_in(client, "chef", PASSWORD)
            first = client.get("/supervision")
            assert first.status_code == 200 and "Demandes reçues par demandeur" in first.text, (
                first.status_code
            )
            home_ms, home_cpu = best_ms(lambda: client.get("/"))
            count_query = select(func.count()).select_from(Entry).where(Entry.cpas_id == built.cpas_id)

            def count() -> None:
                with register.reader() as session:
                    session.scalar(count_query)

            count_ms, _count_cpu = best_ms(count)
            say(
                f"  baselines, same process: GET / (home page, same client and middlewares) {home_ms:.1f} ms "
                f"(CPU {home_cpu:.1f} ms); "
                f"SELECT count(*) of the CPAS's entries {count_ms:.1f} ms"
            )
            say(f"  GET /supervision, server side in process (TestClient), best of {RUNS}:")
            worst = 0.0
            for name, query, chosen in filters:
                path = "/supervision" + (f"?{query}" if query else "")

                def page(path: str = path) -> None:
                    answer = client.get(path)
                    assert answer.status_code == 200, answer.status_code

                page_ms, page_cpu = best_ms(page)
                figures_ms, _figures_cpu = best_ms(
                    lambda chosen=chosen: compute_figures(
                        register, built.cpas_id, chosen, today, awaiting_limit=AWAITING_SHOWN
                    )
                )
                figures = compute_figures(
                    register, built.cpas_id, chosen, today, awaiting_limit=AWAITING_SHOWN
                )
                worst = max(worst, page_ms)
                say(
                    f"    {name + ':':36} page {page_ms:6.1f} ms (CPU {page_cpu:5.1f} ms; figures {figures_ms:5.1f} ms); "
                    f"×{page_ms / home_ms:.1f} the home page, ×{page_ms / count_ms:.0f} the count; "
                    f"{figures.requests_total:,} requests, {figures.decisions_total:,} decisions, "
                    f"{figures.awaiting_total:,} answers awaited"
                )
            started = time.perf_counter()
            before = reference_figures(register, built.cpas_id, Filters(), today)
            before_s = time.perf_counter() - started
            after = compute_figures(register, built.cpas_id, Filters(), today)
            same = all(
                getattr(before, name) == getattr(after, name)
                for name in (
                    "requests_by_requester",
                    "requests_by_month",
                    "decisions",
                    "refusals_by_reason",
                    "cases_per_worker",
                    "awaiting",
                    "rules_versions",
                )
            )
            say(
                f"  before the summaries (every payload read and parsed, no filter): figures in {before_s * 1000:,.0f} ms; "
                f"same figures as the summaries: {'yes' if same else 'NO'}"
            )
            say(
                f"  target < {TARGET_MS:.0f} ms server side: {'met' if worst < TARGET_MS else 'NOT met'} (slowest {worst:.1f} ms)"
            )
            assert same, "the summaries' figures differ from the payloads'"
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def main() -> int:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    say(f"Supervisors' dashboard (issue 14) — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    say(
        f"Machine: nproc {os.cpu_count()}, {platform.processor() or platform.machine()}; "
        f"Python {platform.python_version()}; load average at start: {load}"
    )
    with tempfile.TemporaryDirectory(prefix="secretpro-supervision-bench-") as tmp:
        workdir = Path(tmp)
        bench(f"sqlite+pysqlite:///{workdir / 'register.sqlite3'}", "SQLite", workdir)
        server = os.environ.get("BENCH_SUPERVISION_POSTGRES_URL", "").strip()
        if server:
            with fresh_postgres(server) as url:
                bench(url, "PostgreSQL", workdir)
    if "--write" in sys.argv:
        command = ".venv/bin/python benchmarks/supervision_dashboard.py --write"
        if server:
            command = (
                "scripts/with-postgres.sh bash -c 'BENCH_SUPERVISION_POSTGRES_URL=$SECRETPRO_TEST_POSTGRES_URL "
                f"{command}'"
            )
        write_section("supervision", lines, command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
