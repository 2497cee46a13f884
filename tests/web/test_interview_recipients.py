"""The interview does not ask the five conditions of shared secrecy of a recipient whose nature settles them."""

from __future__ import annotations

from datetime import date

import pytest

from secretpro.rules import Outcome
from secretpro.web.interview import Interview, step

DAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    "recipient", ["office_des_etrangers", "police", "prosecutor_or_judge", "guarantor", "spp_is"]
)
def test_no_condition_is_asked_for_a_recipient_that_never_shares_the_missions(recipient: str) -> None:
    now = step(Interview("shared-secrecy").with_answer("recipient", recipient), DAY)
    assert now.decision.outcome is Outcome.FORBIDDEN
    assert now.questions == ()


def test_the_conditions_are_asked_for_another_cpas() -> None:
    now = step(Interview("shared-secrecy").with_answer("recipient", "other_cpas"), DAY)
    assert now.question is not None
    assert now.question.fact == "recipient_bound_by_secrecy"


def test_a_police_request_claiming_shared_secrecy_asks_no_condition() -> None:
    interview = (
        Interview("incoming-request")
        .with_answer("requester", "police")
        .with_answer("requested", "address")
        .with_answer("legal_basis", "")
        .with_answer("shared_secrecy_claimed", "true")
    )
    now = step(interview, DAY)
    assert now.decision.outcome is Outcome.FORBIDDEN
    assert not any(
        q.fact in ("same_missions", "recipient_bound_by_secrecy", "consent") for q in now.questions
    )


def test_the_lawyer_asking_for_the_certificate_is_asked_the_persons_consent() -> None:
    interview = (
        Interview("medical-certificate")
        .with_answer("request", "send_certificate")
        .with_answer("asked_by", "lawyer")
    )
    now = step(interview, DAY)
    assert now.question is not None and now.question.fact == "consent"
