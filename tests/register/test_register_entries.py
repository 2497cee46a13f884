"""The entries API: validation, scoping to a CPAS, corrections, unguessable ids, write retries."""

from __future__ import annotations

from datetime import date

import pytest
from register_testdata import PERSON_NN, populate
from sqlalchemy.orm import Session

from secretpro.register import Register
from secretpro.register import entries as E
from secretpro.register.canonical import GENESIS_HASH
from secretpro.register.chain import append_entry
from secretpro.register.errors import ConflictError, InvalidInputError, NotFoundError
from secretpro.register.models import Entry, EntryKind, utcnow


def test_decision_payload_keeps_what_the_register_needs(register: Register) -> None:
    _, _, ids = populate(register)
    decision = E.get_entry(register, ids[1], decrypt=True)
    assert decision.kind == "decision"
    assert decision.payload == {
        "rule": "guarantor-inquiry",
        "outcome": "allowed",
        "rules_version": "test-1",
        "reference_date": "2026-01-15",
        "reasons": ["CVTS"],
        "facts": {"aid_type": "medical_costs", "nationality": "MA", "national_number": PERSON_NN},
        "missing": [],
        "allowed_fields": ["beneficiary_name", "national_number"],
        "forbidden_fields": ["address"],
    }
    document = E.get_entry(register, ids[2])
    assert document.payload == {
        "document_kind": "letter",
        "sha256": "ab" * 32,
        "fields": ["beneficiary_name", "national_number"],
    }


def test_correction_is_a_new_entry(register: Register) -> None:
    _, _, ids = populate(register)
    original = E.get_entry(register, ids[1])
    correction = E.get_entry(register, ids[6], decrypt=True)
    assert correction.kind == "correction" and correction.corrects == ids[1]
    assert correction.payload == {
        "corrected_kind": "decision",
        "payload": {"outcome": "undetermined"},
        "note": "faits incomplets",
    }
    assert E.get_entry(register, ids[1]) == original
    with pytest.raises(NotFoundError):
        E.record_correction(register, "no-such-entry", {})


def test_validation(register: Register) -> None:
    cpas_id = E.ensure_cpas(register, "CPAS")
    case_id = E.create_case(register, cpas_id)
    with pytest.raises(InvalidInputError):
        E.record_decision(register, case_id, {"rule": "guarantor-inquiry", "outcome": "perhaps"})
    with pytest.raises(InvalidInputError):
        E.record_document(register, case_id, "letter", "not-a-hash", [])
    with pytest.raises(InvalidInputError):
        E.record_request(register, case_id, "sideways", {})  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        E.record_request(register, case_id, "incoming", {"x": object()})
    with pytest.raises(NotFoundError):
        E.record_answer(register, "unknown-case", date(2026, 1, 1), "x")
    E.create_case(register, cpas_id, national_number=PERSON_NN)
    with pytest.raises(ConflictError):
        E.create_case(register, cpas_id, national_number=PERSON_NN)
    assert register.verify().ok


def test_cases_are_scoped_to_their_cpas(register: Register) -> None:
    cpas_id, (case_id, _), ids = populate(register)
    other = E.ensure_cpas(register, "CPAS voisin")
    for call in (
        lambda: E.get_case(register, case_id, cpas_id=other),
        lambda: E.case_identity(register, case_id, cpas_id=other),
        lambda: E.entries_for_case(register, case_id, cpas_id=other),
        lambda: E.get_entry(register, ids[0], cpas_id=other),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert case_id not in str(caught.value)
    assert E.get_case(register, case_id, cpas_id=cpas_id).id == case_id
    assert [c.id for c in E.list_cases(register, other)] == []
    assert len(E.list_cases(register, cpas_id)) == 2


def test_ids_are_random_and_opaque(register: Register) -> None:
    _, cases, ids = populate(register)
    assert len(set(ids)) == len(ids)
    for identifier in (*cases, *ids):
        assert len(identifier) == 16 and not identifier.isdigit()


def test_write_retries_after_losing_the_chain_position(register: Register) -> None:
    """A unique violation on (cpas_id, seq) is a lost race: the whole transaction is re-run."""
    cpas_id = E.ensure_cpas(register, "CPAS")
    case_id = E.create_case(register, cpas_id)
    first = E.record_request(register, case_id, "incoming", {})
    attempts: list[int] = []

    def work(session: Session) -> str:
        attempts.append(1)
        if len(attempts) == 1:  # simulate a writer that read a stale head
            session.add(
                Entry(
                    id="dup",
                    cpas_id=cpas_id,
                    seq=2,
                    case_id=case_id,
                    kind="decision",
                    created_at=utcnow(),
                    payload="{}",
                    payload_hash="0" * 64,
                    prev_hash=GENESIS_HASH,
                    entry_hash="0" * 64,
                )
            )
            session.flush()
        return append_entry(
            session,
            register.keyring,
            case_id=case_id,
            kind=EntryKind.REQUEST_OUTGOING,
            payload={},
            author_id=None,
        ).id

    second = register.write(work)
    assert len(attempts) == 2
    assert [e.id for e in E.entries_for_case(register, case_id)] == [first, second]
    assert register.verify().ok


def test_a_decision_and_its_documents_are_linked_within_their_case(register: Register) -> None:
    cpas_id = E.ensure_cpas(register, "CPAS")
    case_id, other_case = E.create_case(register, cpas_id), E.create_case(register, cpas_id)
    request = E.record_request(
        register, case_id, "incoming", {"requester": "office_des_etrangers"}, received_on=date(2026, 1, 5)
    )
    decision = {"rule": "incoming-request", "outcome": "forbidden"}
    decided = E.record_decision(register, case_id, decision, answers_request=request)
    assert (E.get_entry(register, decided).payload or {})["answers_request"] == request
    sent = E.record_document(
        register,
        case_id,
        "refusal-letter",
        "ab" * 32,
        [],
        file_name="lettre-de-refus-2026-01-06.pdf",
        follows_decision=decided,
    )
    payload = E.get_entry(register, sent).payload or {}
    assert payload["follows_decision"] == decided and payload["file_name"] == "lettre-de-refus-2026-01-06.pdf"
    # A link leaves neither its case nor the kind it names.
    for call in (
        lambda: E.record_decision(register, other_case, decision, answers_request=request),
        lambda: E.record_decision(register, case_id, decision, answers_request=decided),
        lambda: E.record_decision(register, case_id, decision, answers_request="no-such-entry"),
        lambda: E.record_document(register, case_id, "letter", "ab" * 32, [], follows_decision=request),
        lambda: E.record_document(register, other_case, "letter", "ab" * 32, [], follows_decision=decided),
    ):
        with pytest.raises(InvalidInputError):
            call()
    for bad_name in ("../secret.pdf", "a/b.pdf", "", "x" * 121, "lettre\n.pdf"):
        with pytest.raises(InvalidInputError):
            E.record_document(register, case_id, "letter", "ab" * 32, [], file_name=bad_name)
    assert register.verify().ok
