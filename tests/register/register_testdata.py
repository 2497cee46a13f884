"""Test data of the register tests (a module, not conftest: test files import it)."""

from __future__ import annotations

from datetime import date

from secretpro.register import Register
from secretpro.register import entries as E

# Invented people; the national numbers are invented too, with valid check digits.
PERSON_NAME = "Aurélie Fictivenom"
PERSON_NN = "85073003328"
OTHER_NAME = "Bruno Inventé"
OTHER_NN = "90020199704"


def populate(register: Register) -> tuple[int, list[str], list[str]]:
    """One CPAS, two cases and eight entries of every kind; returns (cpas id, case ids, entry
    ids in chain order)."""
    cpas_id = E.ensure_cpas(register, "CPAS de Fictiville")
    first = E.open_case(register, cpas_id, PERSON_NN, subject_name=PERSON_NAME)
    second = E.open_case(register, cpas_id, OTHER_NN, subject_name=OTHER_NAME)
    decision = {
        "rule": "guarantor-inquiry",
        "outcome": "allowed",
        "reference_date": "2026-01-15",
        "rules_version": "test-1",
        "reasons": [{"source": "CVTS", "text": "..."}],
        "allowed_fields": ["beneficiary_name", "national_number"],
        "forbidden_fields": ["address"],
    }
    facts = {"aid_type": "medical_costs", "nationality": "MA", "national_number": PERSON_NN}
    ids = [
        E.record_request(
            register, first, "incoming", {"requester": "office_des_etrangers", "requested": ["address"]}
        ),
        E.record_decision(register, first, decision, facts=facts),
        E.record_document(register, first, "letter", "ab" * 32, ["beneficiary_name", "national_number"]),
        E.record_request(register, second, "outgoing", {"requested": ["identity"]}),
        E.record_answer(register, first, date(2026, 2, 1), f"Bien reçu pour {PERSON_NAME}."),
        E.record_decision(register, second, {**decision, "outcome": "forbidden"}),
    ]
    ids.append(E.record_correction(register, ids[1], {"outcome": "undetermined"}, reason="faits incomplets"))
    ids.append(E.record_document(register, second, "email", "cd" * 32, ["cpas"]))
    return cpas_id, [first, second], ids
