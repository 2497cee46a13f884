"""Every generated document passes the guard with its own profile before it is offered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from secretpro.documents.build import build_document
from secretpro.documents.guarding import POLICIES, check
from secretpro.documents.model import DocumentKind
from secretpro.rules import decide

DAY = date(2026, 3, 2)
R1 = decide(
    "guarantor-inquiry",
    {
        "aid_type": "medical_costs",
        "nationality": "MA",
        "visa_issue_date": "2025-11-20",
        "in_asylum_procedure": False,
        "arrival_date": "2025-12-01",
    },
    reference_date=DAY,
)
EMAIL = {
    "beneficiary_name": "Amina Benali",
    "national_number": "85073003328",
    "nationality": "MA",
    "cpas": "CPAS de Schaerbeek",
}
CASES = [
    (DocumentKind.OE_EMAIL, R1, EMAIL),
    (
        DocumentKind.REFUSAL_LETTER,
        decide(
            "incoming-request",
            {"requester": "office_des_etrangers", "aid_type": "urgent_medical_aid"},
            reference_date=DAY,
        ),
        {"requester_reference": "OE 8.123.456", "case_reference": "SOC-2026-0042"},
    ),
    (
        DocumentKind.REFUSAL_LETTER,
        decide("shared-secrecy", {"recipient": "police", "consent": False}, reference_date=DAY),
        {},
    ),
    (DocumentKind.FILE_NOTE, R1, {"case_reference": "2026/117"}),
    (
        DocumentKind.CHECKLIST_9TER,
        decide("medical-certificate", {"request": "advice"}, reference_date=DAY),
        {},
    ),
    (
        DocumentKind.ENVELOPE_COVER,
        decide("medical-certificate", {"request": "advice"}, reference_date=DAY),
        {},
    ),
]


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize(("kind", "decision", "inputs"), CASES)
def test_generated_documents_pass_the_real_guard(
    kind: DocumentKind, decision: object, inputs: dict[str, str], language: str
) -> None:
    document = build_document(kind, decision, language, inputs, DAY, cpas_name="OCMW Gent", author="werker")  # type: ignore[arg-type]
    result = check(document)
    assert result.passed, [(f.category, f.text) for f in result.blocking]
    assert result.profile == POLICIES[kind].profile


def test_the_oe_email_uses_the_guarantor_profile_and_accepts_nothing_else() -> None:
    policy = POLICIES[DocumentKind.OE_EMAIL]
    assert policy.profile == "guarantor_inquiry" and not policy.template_wording_accepted and not policy.allow


def test_an_address_typed_by_the_worker_blocks_the_letter() -> None:
    decision = CASES[1][1]
    document = build_document(
        DocumentKind.REFUSAL_LETTER,
        decision,
        "fr",
        {"requester_reference": "rue Haute 12, 1000 Bruxelles"},
        DAY,
    )
    result = check(document)
    assert not result.passed
    assert any(finding.category == "ADDRESS" for finding in result.blocking)


def test_a_name_in_the_email_cpas_field_beyond_the_profile_blocks() -> None:
    document = build_document(
        DocumentKind.OE_EMAIL, R1, "fr", {**EMAIL, "cpas": "CPAS de Schaerbeek, tél. 0470 12 34 56"}, DAY
    )
    assert not check(document).passed


@dataclass
class _Report:
    verdict: str = "pass"
    findings: tuple[object, ...] = ()
    redacted: str = ""
