"""R3 — a request for information reaches the CPAS."""

from __future__ import annotations

from typing import Any

import pytest

from secretpro.rules import Outcome, decide


def r3(**facts: Any) -> Any:
    return decide("incoming-request", facts)


@pytest.mark.parametrize("item", ["medical_information", "address", "socio_administrative_situation"])
def test_the_oe_never_gets_medical_data_addresses_or_status(item: str) -> None:
    decision = r3(requester="office_des_etrangers", requested=[item], consent=True)
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.reasons[-1].quote == "cvts_shared_not_justified"
    assert any("aide médicale" in o for o in decision.obligations)


def test_the_oe_asking_about_urgent_medical_aid_cites_the_royal_decree() -> None:
    decision = r3(requester="office_des_etrangers", requested=["identity"], aid_type="urgent_medical_aid")
    assert decision.outcome is Outcome.FORBIDDEN
    assert any("ar_1996" in r.laws for r in decision.reasons)


def test_the_oe_even_invoking_a_law_gets_no_medical_information() -> None:
    decision = r3(
        requester="office_des_etrangers", requested=["medical_information"], legal_basis="art. 74/22"
    )
    assert decision.outcome is Outcome.FORBIDDEN


def test_default_is_professional_secrecy() -> None:
    decision = r3(requester="police", requested=["address"], consent=False)
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.reasons[-1].quote == "cvts_article_458"
    assert "cp_458" in decision.reasons[-1].laws


def test_consent_alone_does_not_lift_secrecy() -> None:
    decision = r3(requester="guarantor", requested=["identity"], consent=True)
    assert decision.outcome is Outcome.FORBIDDEN
    assert any("consentement seul" in r.text for r in decision.reasons)


def test_a_legal_obligation_is_never_presumed() -> None:
    decision = r3(requester="prosecutor_or_judge", requested=["identity"], legal_basis="art. 46bis/1 CIC")
    assert decision.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in decision.missing] == ["legal_service_confirmed"]
    assert "cic_46bis1" in decision.reasons[-1].laws


def test_a_confirmed_obligation_allows_only_what_the_text_requires() -> None:
    decision = r3(
        requester="prosecutor_or_judge",
        requested=["identity", "medical_information"],
        legal_basis="art. 46bis/1 CIC",
        legal_service_confirmed=True,
    )
    assert decision.outcome is Outcome.ALLOWED
    assert decision.allowed_fields == ("identity",)
    assert "medical_information" in decision.forbidden_fields
    refused = r3(
        requester="police", requested=["identity"], legal_basis="loi X", legal_service_confirmed=False
    )
    assert refused.outcome is Outcome.FORBIDDEN


def test_the_person_asking_for_their_own_file_is_a_right_of_access() -> None:
    decision = r3(requester="person_concerned", requested=["medical_information", "address"])
    assert decision.outcome is Outcome.ALLOWED
    assert decision.allowed_fields == ("medical_information", "address")
    assert "gdpr_15" in decision.reasons[-1].laws


def test_shared_secrecy_claimed_is_evaluated_with_r2() -> None:
    conditions = dict(
        recipient_bound_by_secrecy=True, same_missions=True, in_person_interest=True, only_necessary=True
    )
    allowed = r3(requester="hospital_or_doctor", shared_secrecy_claimed=True, consent=True, **conditions)
    assert allowed.outcome is Outcome.ALLOWED
    refused = r3(requester="hospital_or_doctor", shared_secrecy_claimed=True, consent=False, **conditions)
    assert refused.outcome is Outcome.FORBIDDEN
    unknown = r3(requester="hospital_or_doctor", shared_secrecy_claimed=True, **conditions)
    assert unknown.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in unknown.missing] == ["consent"]


def test_unknown_requester_is_undetermined() -> None:
    decision = r3(requested=["address"])
    assert decision.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in decision.missing] == ["requester"]


@pytest.mark.parametrize(
    "requester",
    ["office_des_etrangers", "police", "spp_is", "other_cpas", "hospital_or_doctor", "guarantor", "other"],
)
def test_art_46bis1_invoked_by_anyone_but_the_prosecutor_obliges_nothing(requester: str) -> None:
    decision = decide(
        "incoming-request",
        {"requester": requester, "requested": ["identity"], "legal_basis": "art. 46bis/1 CIC"},
    )
    assert decision.outcome is Outcome.FORBIDDEN


def test_art_46bis1_invoked_by_the_prosecutor_is_checked_with_the_legal_service() -> None:
    decision = decide(
        "incoming-request",
        {"requester": "prosecutor_or_judge", "requested": ["identity"], "legal_basis": "art. 46bis/1 CIC"},
    )
    assert decision.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in decision.missing] == ["legal_service_confirmed"]


@pytest.mark.parametrize("requester", ["office_des_etrangers", "police", "prosecutor_or_judge", "guarantor"])
def test_shared_secrecy_claimed_by_a_recipient_that_never_shares_missions_is_refused(requester: str) -> None:
    ticked = dict.fromkeys(
        ("recipient_bound_by_secrecy", "same_missions", "in_person_interest", "consent", "only_necessary"),
        True,
    )
    decision = decide(
        "incoming-request",
        {"requester": requester, "requested": ["address"], "shared_secrecy_claimed": True, **ticked},
    )
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.missing == ()


def test_no_basis_a_basis_and_dont_know_are_three_answers() -> None:
    base = {"requester": "police", "requested": ["address"]}
    none = decide("incoming-request", {**base, "legal_basis_invoked": False})
    assert none.outcome is Outcome.FORBIDDEN
    unknown = decide("incoming-request", base)
    assert unknown.outcome is Outcome.FORBIDDEN
    assert any("préciser la disposition" in obligation for obligation in unknown.obligations)
    assert not any("préciser la disposition" in obligation for obligation in none.obligations)
    named_later = decide("incoming-request", {**base, "legal_basis_invoked": True})
    assert named_later.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in named_later.missing] == ["legal_basis"]
    given = decide("incoming-request", {**base, "legal_basis": "art. 29 Code d'instruction criminelle"})
    assert given.outcome is Outcome.UNDETERMINED
    assert (
        given.headline is not None
        and ("basis", "art. 29 Code d'instruction criminelle") in given.headline.params
    )
