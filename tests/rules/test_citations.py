"""Every quotation is verbatim in its note, every reason cites something that exists, every law its caveat."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import secretpro.rules
from secretpro.rules.sources import citations, locate, seed_text

RULES_DIR = Path(secretpro.rules.__file__).parent


@pytest.mark.parametrize("quote_id", sorted(citations().quotes))
def test_each_quotation_is_found_verbatim_in_its_note(quote_id: str) -> None:
    assert locate(quote_id) is not None, f"{quote_id} is not a verbatim quotation of its note"


def test_each_quotation_has_both_translations() -> None:
    for quote in citations().quotes.values():
        assert quote.translation["nl"].strip()
        assert quote.translation["en"].strip()


def test_article_458_carries_the_new_penal_code_caveat() -> None:
    caveat = citations().laws["cp_458"].caveat
    assert "1867" in caveat
    assert "8 avril 2026" in caveat
    assert "29 février 2024" in caveat


def test_the_r1_filter_is_presented_as_an_administrative_instruction() -> None:
    assert "instruction administrative" in citations().laws["spp_is_instruction"].caveat


def test_every_reason_in_the_rules_cites_known_quotes_and_laws() -> None:
    known_quotes, known_laws = set(citations().quotes), set(citations().laws)
    for module in RULES_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Reason":
                if (
                    len(node.args) >= 3
                    and isinstance(node.args[2], ast.Constant)
                    and node.args[2].value is not None
                ):
                    assert node.args[2].value in known_quotes, f"{module.name}: {node.args[2].value}"
                if len(node.args) >= 4 and isinstance(node.args[3], ast.Tuple):
                    for law in node.args[3].elts:
                        assert isinstance(law, ast.Constant)
                        assert law.value in known_laws, f"{module.name}: {law.value}"


def test_both_notes_are_shipped() -> None:
    assert "Comité de Vigilance" in seed_text("CVTS")
    assert "Medimmigrant" in seed_text("MED")


def test_every_quotation_is_cited_by_a_step() -> None:
    """A seed passage that gives an obligation, a right or an argument is used by the rules."""
    cited: set[str] = set()
    for module in RULES_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                cited.add(node.value)
    unused = sorted(set(citations().quotes) - cited)
    assert not unused, f"quotations cited by no step: {unused}"


def test_every_quotation_is_reached_by_some_decision() -> None:
    """Not only named in the code: some decision of the rules shows each quotation."""
    from secretpro.rules import decide

    samples = [
        (
            "guarantor-inquiry",
            {
                "aid_type": "medical_costs",
                "nationality": "MA",
                "visa_issue_date": "2025-06-01",
                "in_asylum_procedure": False,
                "arrival_date": "2025-06-10",
                "reference_date": "2026-01-15",
            },
        ),
        ("guarantor-inquiry", {"in_asylum_procedure": True, "reference_date": "2026-01-15"}),
        (
            "guarantor-inquiry",
            {
                "in_asylum_procedure": False,
                "arrival_date": "2025-06-10",
                "aid_type": "urgent_medical_aid",
                "reference_date": "2026-01-15",
            },
        ),
        (
            "guarantor-inquiry",
            {
                "in_asylum_procedure": False,
                "arrival_date": "2025-06-10",
                "aid_type": "medical_costs",
                "nationality": "MA",
                "visa_issue_date": "2023-06-01",
                "reference_date": "2026-01-15",
            },
        ),
        (
            "guarantor-inquiry",
            {
                "in_asylum_procedure": False,
                "arrival_date": "2025-06-10",
                "aid_type": "medical_costs",
                "nationality": "BR",
                "reference_date": "2026-01-15",
            },
        ),
        ("guarantor-inquiry", {"reference_date": "2026-01-15"}),
        ("shared-secrecy", {"recipient": "office_des_etrangers"}),
        ("shared-secrecy", {"recipient": "other_cpas", "consent": False}),
        (
            "shared-secrecy",
            {
                "recipient": "other_cpas",
                "recipient_bound_by_secrecy": True,
                "same_missions": True,
                "in_person_interest": True,
                "consent": True,
                "only_necessary": True,
            },
        ),
        (
            "incoming-request",
            {"requester": "office_des_etrangers", "requested": ["address"], "aid_type": "urgent_medical_aid"},
        ),
        ("incoming-request", {"requester": "police", "requested": ["address"]}),
        ("automatic-flow", {"aid_type": "medical_costs", "register": "none", "fields": ["address"]}),
        ("medical-certificate", {"request": "advice", "person_wants_doctor_only": True}),
        ("medical-certificate", {"request": "answer_medical_questions", "asked_by": "oe_official"}),
        ("medical-certificate", {"request": "send_certificate", "asked_by": "person"}),
    ]
    shown = {reason.quote for rule, facts in samples for reason in decide(rule, facts).reasons}
    unused = sorted(set(citations().quotes) - shown)
    assert not unused, f"quotations no sample decision shows: {unused}"
