"""The Sources page's links from each sentence to the rule steps that rest on it are complete: every
(step, quotation) a real decision shows is found by reading the rules' code."""

from __future__ import annotations

from datetime import date

import pytest

from secretpro.rules import decide
from secretpro.rules.sources import citations
from secretpro.web.citing_steps import citing_steps

DAY = date(2026, 3, 1)
FACTS: list[tuple[str, dict[str, object]]] = [
    ("guarantor-inquiry", {}),
    ("guarantor-inquiry", {"in_asylum_procedure": True}),
    ("guarantor-inquiry", {"in_asylum_procedure": False, "arrival_date": "2020-01-01"}),
    (
        "guarantor-inquiry",
        {"in_asylum_procedure": False, "arrival_date": "2025-12-01", "aid_type": "urgent_medical_aid"},
    ),
    ("guarantor-inquiry", {"in_asylum_procedure": False, "arrival_date": "2025-12-01", "aid_type": "other"}),
    (
        "guarantor-inquiry",
        {
            "in_asylum_procedure": False,
            "arrival_date": "2025-12-01",
            "aid_type": "medical_costs",
            "nationality": "BR",
        },
    ),
    (
        "guarantor-inquiry",
        {
            "in_asylum_procedure": False,
            "arrival_date": "2025-12-01",
            "aid_type": "medical_costs",
            "nationality": "MA",
            "visa_issue_date": "2025-11-01",
        },
    ),
    (
        "guarantor-inquiry",
        {
            "in_asylum_procedure": False,
            "arrival_date": "2025-12-01",
            "aid_type": "medical_costs",
            "nationality": "MA",
            "visa_issue_date": "2023-01-01",
        },
    ),
    ("shared-secrecy", {"recipient": "office_des_etrangers"}),
    ("shared-secrecy", {"consent": False, "same_missions": False}),
    (
        "shared-secrecy",
        {
            k: True
            for k in (
                "recipient_bound_by_secrecy",
                "same_missions",
                "in_person_interest",
                "consent",
                "only_necessary",
            )
        },
    ),
    ("incoming-request", {}),
    ("incoming-request", {"requester": "person_concerned"}),
    (
        "incoming-request",
        {"requester": "office_des_etrangers", "aid_type": "urgent_medical_aid", "requested": ["address"]},
    ),
    ("incoming-request", {"requester": "office_des_etrangers", "consent": True}),
    ("incoming-request", {"requester": "police", "legal_basis": "art. 46bis/1"}),
    ("incoming-request", {"requester": "police", "legal_basis": "x", "legal_service_confirmed": True}),
    ("incoming-request", {"requester": "police", "legal_basis": "x", "legal_service_confirmed": False}),
    (
        "incoming-request",
        {"requester": "hospital_or_doctor", "shared_secrecy_claimed": True, "consent": False},
    ),
    ("automatic-flow", {}),
    ("automatic-flow", {"aid_type": "medical_costs", "register": "none", "fields": ["address", "period"]}),
    (
        "automatic-flow",
        {"aid_type": "monthly_aid", "register": "waiting_register", "fields": ["aid_type", "period", "cpas"]},
    ),
    ("medical-certificate", {}),
    ("medical-certificate", {"request": "advice", "person_wants_doctor_only": True}),
    ("medical-certificate", {"request": "send_certificate", "asked_by": "oe_official"}),
    ("medical-certificate", {"request": "send_certificate", "asked_by": "person"}),
    ("medical-certificate", {"request": "answer_medical_questions", "asked_by": "oe_official"}),
    (
        "medical-certificate",
        {"request": "answer_medical_questions", "asked_by": "oe_medical_officer", "consent": True},
    ),
    (
        "medical-certificate",
        {"request": "answer_medical_questions", "asked_by": "oe_medical_officer", "consent": False},
    ),
]


@pytest.mark.parametrize(("rule", "facts"), FACTS)
def test_every_cited_step_is_indexed(rule: str, facts: dict[str, object]) -> None:
    index = citing_steps()
    for reason in decide(rule, facts, reference_date=DAY).reasons:
        if reason.quote is not None:
            steps = {(step.rule, step.step) for step in index.get(reason.quote, ())}
            assert (rule, reason.step) in steps or (
                reason.step.startswith("R2") and rule == "incoming-request"
            ), (
                reason.step,
                reason.quote,
            )


def test_the_index_only_names_known_quotes() -> None:
    assert set(citing_steps()) <= set(citations().quotes)


def test_every_registered_rule_is_read() -> None:
    from secretpro.cli import RULE_CHOICES
    from secretpro.rules import RULES
    from secretpro.web.citing_steps import rule_modules

    assert set(rule_modules()) == set(RULES)
    # The command line's choice of rules is the registry's (a sixth rule must appear there too).
    assert set(RULE_CHOICES) == set(RULES)
