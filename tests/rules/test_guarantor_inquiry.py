"""R1 — every step, every boundary, unknown facts in each position (invented cases)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from secretpro.rules import FactsError, Outcome, decide
from secretpro.rules.explanation import explain

REFERENCE = "2026-01-15"
ALLOWED = ["beneficiary_name", "national_number", "nationality", "cpas"]


def r1(**overrides: Any) -> Any:
    facts: dict[str, Any] = {
        "aid_type": "medical_costs",
        "nationality": "SN",
        "visa_issue_date": "2025-03-01",
        "in_asylum_procedure": False,
        "arrival_date": "2025-03-20",
        "reference_date": REFERENCE,
    }
    facts.update(overrides)
    return decide("guarantor-inquiry", {k: v for k, v in facts.items() if v != "DROP"})


def missing(decision: Any) -> list[str]:
    return [m.fact for m in decision.missing]


def test_all_conditions_met_allows_exactly_four_fields() -> None:
    decision = r1()
    assert decision.outcome is Outcome.ALLOWED
    assert list(decision.allowed_fields) == ALLOWED
    for field in ("address", "socio_administrative_situation", "medical_information"):
        assert field in decision.forbidden_fields
    assert decision.missing == ()
    assert any("trace" in o for o in decision.obligations)
    assert decision.rules_version.startswith("0.")


def test_step1_asylum_forbids_even_when_everything_else_fits() -> None:
    decision = r1(in_asylum_procedure=True)
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.reasons[-1].step == "R1.1"
    assert decision.reasons[-1].quote == "cvts_guarantor_never"
    assert decision.allowed_fields == ()


def test_step2_stay_of_exactly_two_years_counts_as_over() -> None:
    assert r1(arrival_date="2024-01-15", visa_issue_date="2024-01-10").outcome is Outcome.FORBIDDEN
    assert r1(arrival_date="2024-01-16", visa_issue_date="2024-01-16").outcome is Outcome.ALLOWED


def test_step2_stay_answer_used_only_when_arrival_date_unknown() -> None:
    assert r1(arrival_date=None, stay_over_two_years=True).outcome is Outcome.FORBIDDEN
    assert r1(arrival_date=None, stay_over_two_years=False).outcome is Outcome.ALLOWED
    # A yes/no answer that contradicts the arrival date: the reading that transmits less wins.
    contradicted = r1(stay_over_two_years=True)
    assert contradicted.outcome is Outcome.FORBIDDEN
    assert contradicted.headline is not None and "se contredisent" in contradicted.headline.text
    # An agreeing answer changes nothing.
    assert r1(stay_over_two_years=False).outcome is Outcome.ALLOWED
    # "Not over two years" against an arrival three years ago: the date says over, forbidden anyway.
    assert r1(stay_over_two_years=False, arrival_date="2022-12-01").outcome is Outcome.FORBIDDEN


@pytest.mark.parametrize(
    ("overrides", "asked"),
    [
        # A visa issued after the reference date did not exist on that date.
        ({"visa_issue_date": "2026-02-01"}, "visa_issue_date"),
        # An arrival after the reference date: the person was not here yet.
        ({"arrival_date": "2026-01-16"}, "arrival_date"),
        # An arrival before the visa was issued: this visa is not the one the person came with.
        ({"arrival_date": "2025-01-10", "visa_issue_date": "2025-03-01"}, "visa_issue_date"),
        ({"passport_issue_date": "2026-01-20"}, "passport_issue_date"),
    ],
)
def test_contradictory_dates_are_asked_back_never_allowed(overrides: dict[str, Any], asked: str) -> None:
    decision = r1(**overrides)
    assert decision.outcome is Outcome.UNDETERMINED
    assert asked in missing(decision)
    assert any("se contredisent" in reason.text for reason in decision.reasons)


def test_a_contradiction_does_not_hide_a_known_refusal() -> None:
    # Asylum procedure decides whatever the dates say.
    assert r1(visa_issue_date="2026-02-01", in_asylum_procedure=True).outcome is Outcome.FORBIDDEN


def test_a_date_after_today_is_bad_input() -> None:
    with pytest.raises(FactsError) as error:
        decide(
            "guarantor-inquiry",
            {"visa_issue_date": "2026-02-01", "reference_date": "2026-01-15"},
            today=date(2026, 1, 20),
        )
    assert error.value.field == "visa_issue_date"


def test_a_visa_issued_before_the_codification_still_counts() -> None:
    decision = decide(
        "guarantor-inquiry",
        {
            "aid_type": "medical_costs",
            "nationality": "MA",
            "visa_issue_date": "2018-06-01",
            "in_asylum_procedure": False,
            "arrival_date": "2018-06-10",
            "reference_date": "2019-03-01",
        },
    )
    assert decision.outcome is Outcome.ALLOWED


def test_exempt_countries_with_passports_still_under_visa_are_named_as_a_case_to_check() -> None:
    serbian = r1(
        nationality="RS", reference_date="2024-06-01", visa_issue_date="2024-01-10", arrival_date="2024-02-01"
    )
    assert serbian.outcome is Outcome.FORBIDDEN
    to_check = [reason for reason in serbian.reasons if reason.text.startswith("À vérifier")]
    assert to_check
    explained = explain(serbian, "nl")
    assert any("Koordinaciona uprava" in reason.get("translation", "") for reason in explained["reasons"])
    # After Regulation (EU) 2024/2495 the Koordinaciona uprava passports are no longer excluded.
    later = explain(r1(nationality="RS"), "fr")
    assert not any("Koordinaciona" in reason["text"] for reason in later["reasons"])


def test_georgia_stays_visa_free_for_ordinary_passports() -> None:
    decision = r1(nationality="GE", reference_date="2026-01-15")
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.headline is not None and decision.headline.step == "R1.4"


def test_country_and_act_are_named_in_the_readers_language() -> None:
    explained = explain(r1(nationality="MA"), "nl")
    texts = " ".join(reason.get("translation", "") for reason in explained["reasons"])
    assert "Marokko" in texts
    assert "Verordening (EU) 2018/1806, bijlage I" in texts


@pytest.mark.parametrize("aid", ["urgent_medical_aid", "monthly_aid", "other"])
def test_step3_only_requests_for_medical_costs(aid: str) -> None:
    decision = r1(aid_type=aid)
    assert decision.outcome is Outcome.NOT_APPLICABLE
    expected_quote = (
        "cvts_not_urgent_medical_aid" if aid == "urgent_medical_aid" else "cvts_guarantor_only_for"
    )
    assert decision.reasons[-1].quote == expected_quote


@pytest.mark.parametrize("country", ["BR", "US", "FR", "BE", "GB", "UA", "GE", "AL"])
def test_step4_visa_free_nationalities_are_forbidden(country: str) -> None:
    decision = r1(nationality=country)
    assert decision.outcome is Outcome.FORBIDDEN
    assert any(r.step == "R1.4" for r in decision.reasons)
    # The caveat about nationality versus travel document is part of the explanation.
    assert any("document de voyage" in r.text for r in decision.reasons)


def test_step4_nationality_is_case_insensitive() -> None:
    assert r1(nationality="sn").outcome is Outcome.ALLOWED


def test_step4_kosovo_before_and_after_leaving_annex_i() -> None:
    kosovo = {"nationality": "XK", "visa_issue_date": "2023-10-01", "arrival_date": "2023-10-05"}
    assert r1(**kosovo, reference_date="2023-12-31").outcome is Outcome.ALLOWED
    assert r1(**kosovo, reference_date="2024-01-01").outcome is Outcome.FORBIDDEN


def test_step4_visa_free_on_the_visa_date_forbids_even_if_required_now() -> None:
    # Vanuatu: visa-free in 2021, required for everyone from 4 February 2023.
    decision = r1(
        nationality="VU", visa_issue_date="2021-09-01", arrival_date="2021-09-10", reference_date="2023-03-01"
    )
    assert decision.outcome is Outcome.FORBIDDEN
    assert any("délivrance du visa" in r.text for r in decision.reasons)


def test_step4_vanuatu_partial_suspension_asks_for_the_passport_date() -> None:
    base = {
        "nationality": "VU",
        "visa_issue_date": "2022-06-01",
        "arrival_date": "2022-06-05",
        "reference_date": "2022-09-01",
    }
    undetermined = r1(**base)
    assert undetermined.outcome is Outcome.UNDETERMINED
    assert missing(undetermined) == ["passport_issue_date"]
    assert r1(**base, passport_issue_date="2016-01-01").outcome is Outcome.ALLOWED
    assert r1(**base, passport_issue_date="2014-01-01").outcome is Outcome.FORBIDDEN


def test_step5_visa_issued_exactly_two_years_before_is_not_less_than_two_years() -> None:
    assert r1(visa_issue_date="2024-01-15", arrival_date="2024-03-01").outcome is Outcome.FORBIDDEN
    assert r1(visa_issue_date="2024-01-16", arrival_date="2024-03-01").outcome is Outcome.ALLOWED


def test_step5_visa_issued_on_29_february() -> None:
    leap = {"visa_issue_date": "2024-02-29", "arrival_date": "2024-03-05"}
    assert r1(**leap, reference_date="2026-02-27").outcome is Outcome.ALLOWED
    assert r1(**leap, reference_date="2026-02-28").outcome is Outcome.FORBIDDEN
    assert r1(**leap, reference_date="2026-03-01").outcome is Outcome.FORBIDDEN


def test_arrival_on_29_february() -> None:
    leap = {"visa_issue_date": "2024-02-28", "arrival_date": "2024-02-29"}
    assert r1(**leap, reference_date="2026-02-27").outcome is Outcome.ALLOWED
    assert r1(**leap, reference_date="2026-02-28").outcome is Outcome.FORBIDDEN


@pytest.mark.parametrize(
    ("unknown", "expected_missing"),
    [
        ("in_asylum_procedure", ["in_asylum_procedure"]),
        ("arrival_date", ["arrival_date", "stay_over_two_years"]),
        ("aid_type", ["aid_type"]),
        ("nationality", ["nationality"]),
        ("visa_issue_date", ["visa_issue_date"]),
    ],
)
def test_each_unknown_fact_alone_makes_it_undetermined(unknown: str, expected_missing: list[str]) -> None:
    decision = r1(**{unknown: None})
    assert decision.outcome is Outcome.UNDETERMINED
    assert missing(decision) == expected_missing
    assert decision.allowed_fields == ()
    for field in ALLOWED:
        assert field in decision.forbidden_fields


def test_later_known_forbidding_step_decides_despite_earlier_unknowns() -> None:
    decision = r1(in_asylum_procedure=None, arrival_date=None, nationality="BR")
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.missing == ()
    decision = r1(in_asylum_procedure=None, aid_type="urgent_medical_aid")
    assert decision.outcome is Outcome.NOT_APPLICABLE


def test_missing_lists_every_unknown_in_step_order() -> None:
    decision = decide("guarantor-inquiry", {"reference_date": REFERENCE})
    assert decision.outcome is Outcome.UNDETERMINED
    assert missing(decision) == [
        "in_asylum_procedure",
        "arrival_date",
        "stay_over_two_years",
        "aid_type",
        "nationality",
        "visa_issue_date",
    ]


def test_missing_facts_carry_questions_and_reasons() -> None:
    for fact in decide("guarantor-inquiry", {"reference_date": REFERENCE}).missing:
        assert fact.question.endswith("?")
        assert fact.why


def test_reference_date_override_and_default() -> None:
    assert r1().reference_date == date(2026, 1, 15)
    decision = decide("guarantor-inquiry", {"reference_date": "2026-01-15"}, reference_date=date(2026, 2, 1))
    assert decision.reference_date == date(2026, 2, 1)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"visa_issue_date": "2025-02-30"}, "visa_issue_date"),
        ({"nationality": "ZZ"}, "nationality"),
        ({"nationality": "Maroc"}, "nationality"),
        ({"aid_type": "rent"}, "aid_type"),
        ({"in_asylum_procedure": "no"}, "in_asylum_procedure"),
        ({"national_number": "85073003329"}, "national_number"),
        ({"national_number": 85073003328}, "national_number"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
        ({"reference_date": "15/01/2026"}, "reference_date"),
    ],
)
def test_bad_input_names_the_field(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(FactsError) as error:
        r1(**overrides)
    assert error.value.field == field


def test_valid_national_and_bis_numbers_are_accepted() -> None:
    assert r1(national_number="85.07.30-033.28").outcome is Outcome.ALLOWED
    # BIS number: month + 40 (invented).
    assert r1(national_number="85473003317").outcome is Outcome.ALLOWED


def test_reference_date_before_the_visa_data_is_reported() -> None:
    with pytest.raises(FactsError) as error:
        r1(reference_date="2018-06-01", visa_issue_date="2018-01-01", arrival_date="2018-01-05")
    assert error.value.field in ("reference_date", "visa_issue_date")


@pytest.mark.parametrize("nationalities", [["MA", "FR"], ["FR", "MA"], ["DZ", "BR"]])
def test_a_dual_national_with_one_visa_free_nationality_is_not_asked_about(nationalities: list[str]) -> None:
    decision = r1(nationality=nationalities)
    assert decision.outcome is Outcome.FORBIDDEN
    assert any(reason.text.startswith("Plusieurs nationalités") for reason in decision.reasons)


def test_a_dual_national_of_two_visa_countries_goes_on() -> None:
    assert r1(nationality=["MA", "DZ"]).outcome is Outcome.ALLOWED
