"""Concurrent writers: 8 processes appending to one case leave one valid chain, no entry lost."""

from __future__ import annotations

import multiprocessing

from sqlalchemy import func, select

from secretpro.register import Register
from secretpro.register import entries as E
from secretpro.register.models import Entry

PROCESSES = 8
APPENDS = 25


def _append_many(url: str, key: str, case_id: str, worker: int) -> None:
    # Its own engine: connections must never be shared across processes.
    with Register.open(url, key=key) as register:
        for n in range(APPENDS):
            E.record_request(register, case_id, "incoming", {"worker": worker, "n": n})


def test_eight_processes_append_to_one_case(register: Register, db_url: str, key: str) -> None:
    cpas_id = E.ensure_cpas(register, "CPAS concurrent")
    case_id = E.create_case(register, cpas_id)
    register.engine.dispose()  # no pooled connection inherited by the children
    # fork: the children start at once with the modules already imported (spawn would spend
    # seconds re-importing SQLAlchemy in each, on a small CI machine, before any contention).
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_append_many, args=(db_url, key, case_id, w)) for w in range(PROCESSES)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=240)
    assert [p.exitcode for p in workers] == [0] * PROCESSES

    with register.reader() as session:
        count = session.scalar(select(func.count()).select_from(Entry).where(Entry.case_id == case_id))
        seqs = session.scalars(select(Entry.seq).where(Entry.cpas_id == cpas_id).order_by(Entry.seq)).all()
    # + 1: the case_opened entry of the case.
    assert count == PROCESSES * APPENDS + 1
    assert list(seqs) == list(range(1, PROCESSES * APPENDS + 2))
    payloads = {(v.payload or {})["request"]["worker"] for v in E.entries_for_case(register, case_id)}
    assert payloads == set(range(PROCESSES))
    result = register.verify()
    assert result.ok, result
    assert result.entries_checked == PROCESSES * APPENDS + 1
    # The seal only moved forward: whichever process sealed last, it holds the last position.
    sealed = register.seal().read()
    assert sealed is not None and sealed[cpas_id].seq == PROCESSES * APPENDS + 1
    assert sealed[cpas_id].head == result.heads[cpas_id].head


def test_threads_share_one_register(register: Register) -> None:
    """Within one process (the web server), threads share a Register."""
    from concurrent.futures import ThreadPoolExecutor

    cpas_id = E.ensure_cpas(register, "CPAS threads")
    case_id = E.create_case(register, cpas_id)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda n: E.record_request(register, case_id, "outgoing", {"n": n}), range(80)))
    assert len(E.entries_for_case(register, case_id)) == 80
    assert register.verify().ok
