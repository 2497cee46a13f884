"""Test data of the supervision tests: one CPAS with invented people, requests, decisions of the
real rules, documents and answers (a module, not conftest: test files import it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secretpro.register import Register
from secretpro.register import entries as E
from secretpro.register.accounts import create_user
from secretpro.rules import decide
from secretpro.rules.explanation import explain

CPAS = "CPAS de Fictiville"
OTHER_CPAS = "OCMW Verzinneke"
PASSWORD = "correct horse battery staple 42"
# Invented people; the national numbers are invented too, with valid check digits.
PEOPLE = (("Aurélie Fictivenom", "85073003328"), ("Bruno Inventé", "90020199704"), ("Chloé Imaginaire", None))


@dataclass(frozen=True)
class Populated:
    cpas_id: int
    other_cpas_id: int
    worker_id: int
    colleague_id: int
    supervisor_id: int
    cases: tuple[str, ...]


def record_rule(register: Register, case_id: str, rule: str, facts: dict[str, object], author: int) -> str:
    decision = decide(rule, facts, reference_date=date(2026, 3, 2), today=date(2026, 3, 2))
    return E.record_decision(register, case_id, explain(decision, "fr"), author, facts=decision.facts)


def populate(register: Register) -> Populated:
    """Requests from the OE (7, over three months), the police (2) and a judge (1); R3 and R1
    decisions (forbidden ones decided at R3.2 and R1.x), an R3 allowed; a letter to the OE never
    answered, another answered."""
    cpas_id = E.ensure_cpas(register, CPAS)
    other = E.ensure_cpas(register, OTHER_CPAS)
    worker = create_user(register, username="anna", password=PASSWORD, role="social_worker", cpas_id=cpas_id)
    colleague = create_user(
        register, username="bert", password=PASSWORD, role="social_worker", cpas_id=cpas_id
    )
    boss = create_user(register, username="chef", password=PASSWORD, role="supervisor", cpas_id=cpas_id)
    cases = []
    for name, number in PEOPLE:
        if number:
            cases.append(E.open_case(register, cpas_id, number, subject_name=name, created_by=worker))
        else:
            cases.append(E.create_case(register, cpas_id, subject_name=name, created_by=colleague))
    first, second, third = cases
    oe = {"requester": "office_des_etrangers", "requested": ["address"]}
    days = [date(2026, 1, 5), date(2026, 1, 20), date(2026, 2, 3), date(2026, 2, 10), date(2026, 2, 11),
            date(2026, 2, 25), date(2026, 3, 1)]  # fmt: skip
    for day in days:
        E.record_request(register, first, "incoming", oe, author_id=worker, received_on=day)
    for day in (date(2026, 2, 4), date(2026, 3, 1)):
        E.record_request(
            register, second, "incoming", {"requester": "police", "requested": ["identity"]},
            author_id=colleague, received_on=day,
        )  # fmt: skip
    E.record_request(
        register, third, "incoming", {"requester": "prosecutor_or_judge", "legal_basis": "art. 46bis/1 CIC"},
        author_id=colleague, received_on=date(2026, 2, 14),
    )  # fmt: skip
    for _ in range(6):
        record_rule(register, first, "incoming-request", {**oe, "legal_basis_invoked": False}, worker)
    record_rule(
        register,
        second,
        "incoming-request",
        {"requester": "person_concerned", "requested": ["identity"]},
        colleague,
    )
    record_rule(
        register, third, "guarantor-inquiry",
        {"aid_type": "medical_costs", "nationality": "MA", "visa_issue_date": "2022-06-01",
         "in_asylum_procedure": False, "arrival_date": "2022-06-10"},
        colleague,
    )  # fmt: skip
    E.record_document(register, first, "letter", "ab" * 32, ["beneficiary_name"], author_id=worker)
    E.record_document(register, second, "letter", "cd" * 32, ["beneficiary_name"], author_id=colleague)
    E.record_answer(
        register, second, date(2026, 3, 1), "Réponse de l'OE pour Bruno Inventé.", author_id=colleague
    )
    # The other CPAS: one request that must never show in the first one's figures.
    elsewhere = E.create_case(register, other, subject_name="Dirk Verzonnen")
    E.record_request(register, elsewhere, "incoming", {"requester": "police"}, received_on=date(2026, 2, 2))
    return Populated(cpas_id, other, worker, colleague, boss, tuple(cases))
