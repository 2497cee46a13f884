"""The figures from the indexed summaries (``register/summaries.py``) equal a straightforward
recomputation from the entries' payloads (the way the figures were computed before 0008), on a
register with varied entries, corrections and a purged case, under many filters; the migration
fills the summaries of an existing register; the summaries hold no personal data and leave the
chain as it was (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from figures_reference import reference_figures
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from accounts_testing import log_in
from secretpro.register import Register, create_register_engine, generate_key
from secretpro.register import entries as E
from secretpro.register.accounts import create_user
from secretpro.register.chain import append_entry
from secretpro.register.db import alembic_config, writer
from secretpro.register.models import Entry, EntryKind, EntrySummary, new_opaque_id
from secretpro.register.privacy import protect
from secretpro.register.retention import purge_case
from secretpro.register.summaries import rebuild
from secretpro.rules import today_in_brussels
from secretpro.supervision import Figures, Filters, compute_figures
from secretpro.supervision.figures import OE, UNKNOWN
from secretpro.supervision.view import figures_view
from secretpro.web.app import create_app
from secretpro.web.routes import dashboard
from secretpro.web.settings import WebSettings

TODAY = date(2026, 6, 1)
PASSWORD = "correct horse battery staple 42"
# Invented people only (the national number is invented, with valid check digits).
NAMES = ("Aurélie Fictivenom", "Bruno Inventé", "Chloé Imaginaire", "Dirk Verzonnen")
INVENTED_NN = "85073003328"
REQUESTERS = (
    "office_des_etrangers",
    "police",
    "prosecutor_or_judge",
    "person_concerned",
    None,
    "",
    INVENTED_NN,
)
RULES = ("incoming-request", "guarantor-inquiry", "oe-request", None)
OUTCOMES = ("allowed", "forbidden", "forbidden", "not_applicable", "undetermined")
STEPS = ("R3.2", "R1.2", "R1.4", None)
RECIPIENTS = (None, OE, "police", "")


# --- a register with a bit of everything -------------------------------------------------------


def _append(
    register: Register,
    case_id: str,
    kind: EntryKind,
    payload: dict[str, Any],
    author: int | None,
    when: datetime,
    corrects: str | None = None,
) -> str:
    entry_id = new_opaque_id()
    protected = protect(payload, register.keyring, entry_id)

    def work(session: Session) -> str:
        return append_entry(
            session,
            register.keyring,
            case_id=case_id,
            kind=kind,
            payload=protected,
            author_id=author,
            corrects=corrects,
            entry_id=entry_id,
            now=when,
        ).id

    return register.write(work)


def _payload(kind: EntryKind, pick: random.Random, when: datetime) -> dict[str, Any]:
    if kind == EntryKind.REQUEST_INCOMING:
        request: dict[str, Any] = {"requested": ["address"]}
        requester = pick.choice(REQUESTERS)
        if requester is not None:
            request["requester"] = requester
        payload: dict[str, Any] = {"request": request}
        date_kind = pick.randrange(4)
        if date_kind == 0:
            payload["date"] = (when.date() - timedelta(days=pick.randrange(40))).isoformat()
        elif date_kind == 1:
            payload["date"] = "pas une date"
        return payload
    if kind == EntryKind.DECISION:
        decision: dict[str, Any] = {"reasons": [], "allowed_fields": [], "forbidden_fields": []}
        rule, step = pick.choice(RULES), pick.choice(STEPS)
        if rule is not None:
            decision["rule"] = rule
        decision["outcome"] = pick.choice(OUTCOMES)
        if step is not None:
            decision["decisive_step"] = step
        if pick.random() < 0.8:
            decision["rules_version"] = pick.choice(("2026.1", "2026.2"))
        requester = pick.choice(REQUESTERS)
        decision["facts"] = {"requester": requester} if requester is not None else {}
        return decision
    if kind in (EntryKind.REQUEST_OUTGOING, EntryKind.DOCUMENT_SENT):
        recipient = pick.choice(RECIPIENTS)
        if kind == EntryKind.REQUEST_OUTGOING and pick.random() < 0.5:
            return {"request": {"recipient": recipient, "requested": ["identity"]}}
        payload = {"document_kind": "letter", "sha256": "ab" * 32, "fields": ["beneficiary_name"]}
        if recipient is not None:
            payload["recipient"] = recipient
        return payload
    return {"received_on": when.date().isoformat(), "summary": f"Réponse de l'OE pour {pick.choice(NAMES)}."}


def _build(register: Register, seed: int = 20260601) -> tuple[int, int, list[int], list[str]]:
    """Two CPAS; in the first, 12 cases and about 220 entries from January to May 2026 by three
    workers (and no one), corrections (some twice, some to nothing, one of a correction), entries
    recorded near midnight (the Brussels day differs from the UTC day), one case purged."""
    pick = random.Random(seed)
    cpas_id = E.ensure_cpas(register, "CPAS de Fictiville")
    other = E.ensure_cpas(register, "OCMW Verzinneke")
    workers = [
        create_user(register, username=name, password=PASSWORD, role="social_worker", cpas_id=cpas_id)
        for name in ("anna", "bert", "carla")
    ]
    authors: list[int | None] = [*workers, None]
    cases = [E.create_case(register, cpas_id, subject_name=pick.choice(NAMES)) for _ in range(12)]
    elsewhere = E.create_case(register, other, subject_name=NAMES[3])
    kinds = [
        EntryKind.REQUEST_INCOMING,
        EntryKind.REQUEST_INCOMING,
        EntryKind.DECISION,
        EntryKind.DECISION,
        EntryKind.REQUEST_OUTGOING,
        EntryKind.DOCUMENT_SENT,
        EntryKind.ANSWER_RECEIVED,
    ]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    moments = sorted(start + timedelta(minutes=pick.randrange(150 * 24 * 60)) for _ in range(220))
    # Late evening in UTC: already the next day in Brussels.
    moments[40] = moments[40].replace(hour=23, minute=30)
    moments[90] = moments[90].replace(hour=22, minute=45)
    appended: list[tuple[str, EntryKind]] = []
    for when in moments:
        case_id, kind = pick.choice(cases), pick.choice(kinds)
        entry_id = _append(register, case_id, kind, _payload(kind, pick, when), pick.choice(authors), when)
        appended.append((entry_id, kind))
        if pick.random() < 0.08 and appended:
            target, target_kind = pick.choice(appended)
            with register.reader() as session:
                target_case = session.scalar(select(Entry.case_id).where(Entry.id == target))
            assert target_case is not None
            new = {} if pick.random() < 0.2 else _payload(target_kind, pick, when)
            correction = _append(
                register,
                target_case,
                EntryKind.CORRECTION,
                {"corrected_kind": target_kind.value, "payload": new, "note": "Erreur de saisie."},
                pick.choice(authors),
                when,
                corrects=target,
            )
            if pick.random() < 0.3:  # a correction of the correction: no figure changes
                _append(
                    register,
                    target_case,
                    EntryKind.CORRECTION,
                    {"corrected_kind": "correction", "payload": {"rule": "x"}},
                    None,
                    when,
                    corrects=correction,
                )
    # Corrections that change which exchange with the OE comes last in a case.
    letter = {"document_kind": "letter", "sha256": "ef" * 32, "fields": []}
    to_police, to_oe = {**letter, "recipient": "police"}, {**letter, "recipient": OE}
    now_awaited, earlier_awaited = cases[-2], cases[-1]
    first = datetime(2026, 5, 20, 9, tzinfo=UTC)
    wrong = _append(register, now_awaited, EntryKind.DOCUMENT_SENT, to_police, workers[0], first)
    _append(
        register, now_awaited, EntryKind.CORRECTION, {"payload": to_oe}, workers[0], first, corrects=wrong
    )
    _append(register, earlier_awaited, EntryKind.DOCUMENT_SENT, to_oe, workers[1], first - timedelta(days=60))
    wrong = _append(register, earlier_awaited, EntryKind.DOCUMENT_SENT, to_oe, workers[2], first)
    _append(
        register, earlier_awaited, EntryKind.CORRECTION, {"payload": to_police}, None, first, corrects=wrong
    )
    E.record_request(register, elsewhere, "incoming", {"requester": "police"}, received_on=date(2026, 2, 2))
    E.record_document(register, elsewhere, "letter", "cd" * 32, [], recipient=OE)
    purge_case(register, cases[0])
    return cpas_id, other, workers, cases


FILTERS = (
    Filters(),
    Filters(awaited_days=0),
    Filters(awaited_days=365),
    Filters(start=date(2026, 2, 1)),
    Filters(end=date(2026, 2, 28)),
    Filters(start=date(2026, 2, 1), end=date(2026, 3, 31)),
    Filters(start=date(2026, 3, 15), end=date(2026, 3, 15)),
    Filters(rule="incoming-request"),
    Filters(rule="guarantor-inquiry", start=date(2026, 2, 1)),
    Filters(rule=UNKNOWN),
    Filters(requester="office_des_etrangers"),
    Filters(requester="police", end=date(2026, 4, 1)),
    Filters(requester=UNKNOWN),
    Filters(rule="incoming-request", requester="police"),
)


def _equal(got: Figures, want: Figures) -> None:
    assert got.requests_by_requester == want.requests_by_requester
    assert got.requests_by_month == want.requests_by_month
    assert got.decisions == want.decisions
    assert got.refusals_by_reason == want.refusals_by_reason
    assert got.cases_per_worker == want.cases_per_worker
    assert got.awaiting == want.awaiting
    assert got.rules_versions == want.rules_versions


def test_summaries_give_the_figures_the_payloads_give(register: Register) -> None:
    cpas_id, other, workers, cases_ = _build(register)
    cases = 0
    for base in FILTERS:
        for worker in (None, *workers):
            filters = replace(base, worker=worker)
            want = reference_figures(register, cpas_id, filters, TODAY)
            _equal(compute_figures(register, cpas_id, filters, TODAY), want)
            cases += want.requests_total + want.decisions_total + len(want.awaiting)
    assert cases > 500  # the filters left something to compare
    everything = reference_figures(register, cpas_id, Filters(), TODAY)
    # The data covers what the comparison is about.
    awaited = {
        item.case_id: item.since
        for item in reference_figures(register, cpas_id, Filters(awaited_days=0), TODAY).awaiting
    }
    assert awaited[cases_[-2]] == date(2026, 5, 20) and awaited[cases_[-1]] == date(2026, 3, 21)
    assert everything.awaiting and everything.refusals_by_reason and len(everything.rules_versions) == 2
    assert UNKNOWN in everything.requests_by_requester and None in everything.cases_per_worker
    _equal(
        compute_figures(register, other, Filters(), TODAY),
        reference_figures(register, other, Filters(), TODAY),
    )
    # A page lists the longest waits only, and still counts them all.
    waits = reference_figures(register, cpas_id, Filters(awaited_days=0), TODAY).awaiting
    for limit in (1, 3, len(waits) + 5):
        some = compute_figures(register, cpas_id, Filters(awaited_days=0), TODAY, awaiting_limit=limit)
        assert some.awaiting == waits[:limit] and some.awaiting_total == len(waits)
        view = figures_view(some, Filters(awaited_days=0), "fr")
        assert (len(view.awaiting), view.awaiting_count) == (min(limit, len(waits)), len(waits))
    # The summaries are outside the chain: it verifies as before.
    assert register.verify().ok


def test_rebuild_writes_what_the_appends_wrote(register: Register) -> None:
    _build(register, seed=7)
    columns = [column for column in EntrySummary.__table__.columns]

    def table(engine: Engine) -> list[tuple[Any, ...]]:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(select(*columns).order_by(EntrySummary.entry_id))]

    appended = table(register.engine)
    with register.engine.begin() as conn:
        assert rebuild(conn, batch=37) == len(appended)  # several pages
    assert table(register.engine) == appended


def test_the_migration_fills_the_summaries_of_an_existing_register(db_url: str) -> None:
    key = generate_key()
    with Register.open(db_url, key=key) as register:
        cpas_id, _other, _workers, _cases = _build(register, seed=11)
        want = [reference_figures(register, cpas_id, filters, TODAY) for filters in FILTERS]
        heads = register.verify().heads
    # Back to revision 0007: no summary table (the later revisions undone first).
    engine = create_register_engine(db_url)
    try:
        with writer(engine).connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0008")
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE entry_summaries"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    finally:
        engine.dispose()
    with Register.open(db_url, key=key) as register:
        for filters, expected in zip(FILTERS, want, strict=True):
            _equal(compute_figures(register, cpas_id, filters, TODAY), expected)
        result = register.verify()
        assert result.ok and result.heads == heads  # no entry was rewritten


def test_summaries_hold_no_personal_data(register: Register) -> None:
    _build(register, seed=3)
    with register.engine.connect() as conn:
        cells = {str(value) for row in conn.execute(select(EntrySummary.__table__)) for value in row}
    for secret in (*NAMES, INVENTED_NN, "Réponse", "Erreur"):
        assert not any(secret in cell for cell in cells), secret


def test_the_page_lists_the_longest_waits_and_counts_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, key = f"sqlite+pysqlite:///{tmp_path / 'register.sqlite3'}", generate_key()
    with Register.open(url, key=key) as register:
        cpas_id, _other, _workers, _cases = _build(register, seed=5)
        create_user(register, username="chef", password=PASSWORD, role="supervisor", cpas_id=cpas_id)
        waits = compute_figures(register, cpas_id, Filters(), today_in_brussels()).awaiting
    assert len(waits) > 2
    monkeypatch.setenv("SECRETPRO_DATABASE_URL", url)
    monkeypatch.setenv("SECRETPRO_KEY", key)
    monkeypatch.setattr(dashboard, "AWAITING_SHOWN", 2)
    with TestClient(create_app(WebSettings(secret_key="test-secret")), follow_redirects=True) as client:
        log_in(client, "chef", PASSWORD)
        page = client.get("/supervision")
    assert page.status_code == 200
    assert f"Les 2 attentes les plus longues sur {len(waits)}" in page.text
    listed = [wait.case_id for wait in waits if f'href="/cases/{wait.case_id}"' in page.text]
    assert listed == [wait.case_id for wait in waits[:2]]
