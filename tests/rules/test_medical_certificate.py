"""R5 — the 9ter medical certificate."""

from __future__ import annotations

from typing import Any

import pytest

from secretpro.rules import Outcome, decide


def r5(**facts: Any) -> Any:
    return decide("medical-certificate", facts)


@pytest.mark.parametrize("asker", ["oe_official", "oe_medical_officer", "other"])
def test_the_certificate_is_not_sent_to_anyone_but_the_person(asker: str) -> None:
    decision = r5(asked_by=asker, request="send_certificate")
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.reasons[-1].quote == "med_hand_to_person"


def test_the_certificate_goes_to_the_person() -> None:
    decision = r5(asked_by="person", request="send_certificate")
    assert decision.outcome is Outcome.ALLOWED
    assert decision.headline is not None and decision.headline.quote == "med_hand_to_person"


def test_the_lawyer_receives_the_certificate_only_with_the_persons_consent() -> None:
    base = {"asked_by": "lawyer", "request": "send_certificate"}
    assert r5(**base, consent=True).outcome is Outcome.ALLOWED
    refused = r5(**base, consent=False)
    assert refused.outcome is Outcome.FORBIDDEN
    assert refused.allowed_fields == ()
    assert refused.headline is not None and "ne consent pas" in refused.headline.text
    unknown = r5(**base)
    assert unknown.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in unknown.missing] == ["consent"]
    assert "avocat" in unknown.missing[0].question


def test_a_non_medical_official_meets_the_order_of_physicians_position() -> None:
    decision = r5(asked_by="oe_official", request="answer_medical_questions")
    assert any(r.quote == "med_order_of_physicians" for r in decision.reasons)
    assert decision.headline is not None and decision.headline.quote == "med_only_oe_doctor_asks"


def test_the_sealed_envelope_is_said_to_rest_on_no_clear_law() -> None:
    advice = r5(request="advice", person_wants_doctor_only=True)
    assert any(r.quote == "med_no_clear_legislation" for r in advice.reasons)
    assert any(r.quote == "med_council_of_state_secrecy_duty" for r in advice.reasons)
    sent = r5(asked_by="person", request="send_certificate", person_wants_doctor_only=True)
    assert any(r.quote == "med_no_clear_legislation" for r in sent.reasons)


def test_a_non_medical_official_may_not_ask_medical_questions() -> None:
    decision = r5(asked_by="oe_official", request="answer_medical_questions", consent=True)
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.headline is not None and decision.headline.quote == "med_only_oe_doctor_asks"


def test_the_medical_officer_needs_the_persons_consent() -> None:
    base = {"asked_by": "oe_medical_officer", "request": "answer_medical_questions"}
    assert r5(**base, consent=True).outcome is Outcome.ALLOWED
    assert r5(**base, consent=False).outcome is Outcome.FORBIDDEN
    unknown = r5(**base)
    assert unknown.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in unknown.missing] == ["consent"]
    assert any("pli fermé" in o for o in r5(**base, consent=True).obligations)


def test_advice_gives_the_guidance_and_the_sealed_envelope_on_request() -> None:
    plain = r5(request="advice")
    assert plain.outcome is Outcome.ALLOWED
    assert len(plain.obligations) == 6
    sealed = r5(request="advice", person_wants_doctor_only=True)
    assert any("enveloppe fermée avec la page de garde" in o for o in sealed.obligations)
    assert any(r.quote == "med_never_against_foreigner" for r in plain.reasons)


def test_unknown_request_or_asker_is_undetermined() -> None:
    assert [m.fact for m in r5().missing] == ["request", "asked_by"]
    assert [m.fact for m in r5(request="send_certificate").missing] == ["asked_by"]


def test_the_persons_own_request_does_not_depend_on_a_consent_answer() -> None:
    # Consent concerns third parties: when the person asks, a "no" elsewhere in the form changes nothing.
    assert r5(asked_by="person", request="send_certificate", consent=False).outcome is Outcome.ALLOWED
