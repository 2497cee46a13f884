"""A Dutch (or English) reader gets no French apart from the notes' own words, which are marked.

Every rule is decided on a spread of cases; the text rendering and the JSON explanation in Dutch and
English are searched for French words, once the marked quotations (« … » and the ``quote.fr`` and
law ``text`` fields) are taken out.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from secretpro.decision_text import render_text
from secretpro.rules import decide
from secretpro.rules.explanation import explain

# Words that are French and neither Dutch nor English (nor part of a proper name the outputs use).
FRENCH_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "du",
        "est",
        "une",
        "sont",
        "pas",
        "qui",
        "avec",
        "pour",
        "dans",
        "aucune",
        "aucun",
        "être",
        "doit",
        "peut",
        "cette",
        "selon",
        "demande",
        "personne",
        "transmis",
        "secret",
        "partagé",
        "étrangers",
        "vérifier",
    ]
)
CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "guarantor-inquiry",
        {
            "aid_type": "medical_costs",
            "nationality": "MA",
            "visa_issue_date": "2025-06-01",
            "in_asylum_procedure": False,
            "arrival_date": "2025-06-10",
        },
    ),
    ("guarantor-inquiry", {"aid_type": "medical_costs", "nationality": "RS", "reference_date": "2024-06-01"}),
    (
        "guarantor-inquiry",
        {"in_asylum_procedure": False, "arrival_date": "2025-06-10", "stay_over_two_years": True},
    ),
    ("guarantor-inquiry", {"visa_issue_date": "2025-06-01", "arrival_date": "2025-01-10"}),
    ("guarantor-inquiry", {}),
    ("shared-secrecy", {"recipient": "police"}),
    ("shared-secrecy", {"recipient": "guarantor"}),
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
    ("shared-secrecy", {"recipient": "other_cpas"}),
    (
        "incoming-request",
        {"requester": "office_des_etrangers", "requested": ["address"], "aid_type": "urgent_medical_aid"},
    ),
    (
        "incoming-request",
        {"requester": "police", "requested": ["identity"], "legal_basis": "art. 46bis/1 CIC"},
    ),
    ("incoming-request", {"requester": "person_concerned"}),
    (
        "automatic-flow",
        {
            "aid_type": "monthly_aid",
            "register": "foreigners_register",
            "fields": ["aid_type", "period", "cpas", "national_number"],
        },
    ),
    ("automatic-flow", {"aid_type": "medical_costs", "register": "none", "fields": ["address"]}),
    ("medical-certificate", {"request": "advice", "person_wants_doctor_only": True}),
    ("medical-certificate", {"request": "send_certificate", "asked_by": "lawyer"}),
    ("medical-certificate", {"request": "answer_medical_questions", "asked_by": "oe_official"}),
]


def _without_quotations(text: str, explained: dict[str, Any] | None = None) -> str:
    """The text without the notes' quotations and the titles of acts in quotation marks."""
    flat = " ".join(text.split())
    for reason in (explained or {}).get("reasons", []):
        if reason["quote"]:
            flat = flat.replace(" ".join(reason["quote"]["fr"].split()), " ")
    return re.sub(r"«[^«»]*»|„[^”]*”|“[^”]*”", " ", flat)


def _french_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower()) if word in FRENCH_WORDS}


def _explained_text(explained: dict[str, Any]) -> str:
    """The JSON explanation without the fields that hold French by design (marked French source)."""
    parts: list[str] = [explained["outcome_label"]]
    for reason in explained["reasons"]:
        parts.append(reason.get("translation", ""))
        if reason["quote"]:
            parts.append(reason["quote"]["translation"] or "")
        parts += [law["label"] + " " + law["caveat"] for law in reason["laws"]]
    parts += [item["question"] + " " + item["why"] for item in explained["missing"]]
    parts += explained["obligations"]
    return "\n".join(parts)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("rule", "facts"), CASES)
def test_no_french_outside_marked_quotations(language: str, rule: str, facts: dict[str, Any]) -> None:
    decision = decide(rule, {"reference_date": "2026-01-15", **facts})
    explained = explain(decision, language)  # type: ignore[arg-type]
    text = _without_quotations(render_text(explained, language), explained)  # type: ignore[arg-type]
    # Legal articles are named in their own language only inside quotations; labels are translated.
    assert not _french_words(text), text
    assert not _french_words(_without_quotations(_explained_text(explained)))
