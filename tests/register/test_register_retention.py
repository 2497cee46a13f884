"""Retention: old cases are purged, their entries' payloads erased, a tombstone appended, and the
chain still verifies."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from register_testdata import OTHER_NN, PERSON_NN
from sqlalchemy import Engine, text

from secretpro.register import BadEntry, EntryKind, Register, chain, purge_older_than
from secretpro.register import entries as E
from secretpro.register.errors import ConflictError
from secretpro.register.models import utcnow
from secretpro.register.retention import purge_candidates


def _old_and_new_cases(register: Register, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    cpas_id = E.ensure_cpas(register, "CPAS de Fictiville")
    long_ago = utcnow() - timedelta(days=800)
    with monkeypatch.context() as m:
        # Recording two years ago: the clock of entries and cases is moved back.
        m.setattr(chain, "utcnow", lambda: long_ago)
        m.setattr(E, "utcnow", lambda: long_ago)
        old = E.open_case(register, cpas_id, PERSON_NN, subject_name="Aurélie Fictivenom")
        E.record_request(register, old, "incoming", {"requested": ["address"]})
        E.record_decision(register, old, {"rule": "incoming-request", "outcome": "forbidden"})
    new = E.open_case(register, cpas_id, OTHER_NN, subject_name="Bruno Inventé")
    E.record_request(register, new, "incoming", {"requested": ["identity"]})
    return cpas_id, old, new


def test_purge_removes_old_cases_and_chain_still_verifies(
    register: Register, monkeypatch: pytest.MonkeyPatch, raw_engine: Engine
) -> None:
    cpas_id, old, new = _old_and_new_cases(register, monkeypatch)
    assert purge_candidates(register, 365) == [old]
    report = purge_older_than(register, 365)
    assert (report.cases, report.entries, report.case_ids) == (1, 2, (old,))

    result = register.verify()
    assert result.ok, result
    entries = E.entries_for_case(register, old)
    assert [e.kind for e in entries] == ["request_incoming", "decision", "tombstone"]
    assert [e.payload for e in entries[:2]] == [None, None]
    assert entries[2].payload is not None
    assert (
        entries[2].payload.items() >= {"purged_case": old, "erased_entries": 2, "retention_days": 365}.items()
    )
    assert isinstance(entries[2].payload["case_digest"], str)
    assert E.case_identity(register, old) == E.CaseIdentity(None, None)
    assert E.get_case(register, old).removed_at is not None
    assert E.find_case_by_national_number(register, cpas_id, PERSON_NN) is None
    with raw_engine.connect() as conn:
        row = conn.execute(
            text("SELECT subject_name_enc, subject_nn_enc, subject_nn_lookup FROM case_files WHERE id = :i"),
            {"i": old},
        ).one()
    assert tuple(row) == (None, None, None)
    # The recent case is untouched; nothing more to purge.
    assert E.case_identity(register, new).national_number == OTHER_NN
    assert purge_older_than(register, 365).cases == 0
    # A purged case takes no new entries; the same person gets a new case.
    with pytest.raises(ConflictError):
        E.record_request(register, old, "incoming", {})
    assert E.open_case(register, cpas_id, PERSON_NN) not in (old, new)
    assert register.verify().ok


def test_purge_does_not_hide_other_tampering(
    register: Register, monkeypatch: pytest.MonkeyPatch, raw_engine: Engine
) -> None:
    cpas_id, _, new = _old_and_new_cases(register, monkeypatch)
    purge_older_than(register, 365)
    new_entry = E.entries_for_case(register, new)[0]
    with raw_engine.begin() as conn:
        conn.execute(text("UPDATE entries SET payload = NULL WHERE id = :i"), {"i": new_entry.id})
    result = register.verify()
    assert (result.first_bad, result.reason) == (
        BadEntry(cpas_id, new_entry.seq, new_entry.id),
        "payload_removed",
    )


def test_tombstone_cannot_be_erased(
    register: Register, monkeypatch: pytest.MonkeyPatch, raw_engine: Engine
) -> None:
    cpas_id, old, _ = _old_and_new_cases(register, monkeypatch)
    purge_older_than(register, 365)
    tombstone = next(e for e in E.entries_for_case(register, old) if e.kind == EntryKind.TOMBSTONE)
    with raw_engine.begin() as conn:
        conn.execute(text("UPDATE entries SET payload = NULL WHERE id = :i"), {"i": tombstone.id})
    assert register.verify().first_bad == BadEntry(cpas_id, tombstone.seq, tombstone.id)


def test_purge_with_a_later_clock(register: Register) -> None:
    cpas_id = E.ensure_cpas(register, "CPAS")
    case_id = E.create_case(register, cpas_id, national_number=PERSON_NN)
    E.record_answer(register, case_id, datetime(2026, 1, 1).date(), "réponse")
    assert purge_older_than(register, 30).cases == 0
    assert purge_older_than(register, 30, now=utcnow() + timedelta(days=31)).case_ids == (case_id,)
    assert register.verify().ok
