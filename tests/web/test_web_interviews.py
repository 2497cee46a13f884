"""Interviews ask only what the rule still needs, one question at a time, in the rule's order."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from web_walk import outcome_of, question_on, walk

from secretpro.rules import decide, today_in_brussels

TODAY = today_in_brussels()
RECENT = (TODAY - timedelta(days=120)).isoformat()
LONG_AGO = (TODAY - timedelta(days=3 * 365)).isoformat()

R1_ALLOWED = {
    "in_asylum_procedure": "false",
    "arrival_date": RECENT,
    "aid_type": "medical_costs",
    "nationality": "MA",
    "visa_issue_date": RECENT,
}

CASES = [
    # (code, answers, expected outcome)
    ("r1", R1_ALLOWED, "allowed"),
    ("r1", {"in_asylum_procedure": "true"}, "forbidden"),
    ("r1", {**R1_ALLOWED, "arrival_date": LONG_AGO}, "forbidden"),
    ("r1", {**R1_ALLOWED, "nationality": "BR"}, "forbidden"),
    ("r1", {**R1_ALLOWED, "aid_type": "urgent_medical_aid"}, "not-applicable"),
    ("r1", {**R1_ALLOWED, "visa_issue_date": None}, "undetermined"),
    ("r1", {**R1_ALLOWED, "arrival_date": None, "stay_over_two_years": None}, "undetermined"),
    (
        "r2",
        {
            "recipient": "other_cpas",
            "recipient_bound_by_secrecy": "true",
            "same_missions": "true",
            "in_person_interest": "true",
            "consent": "true",
            "only_necessary": "true",
        },
        "allowed",
    ),
    ("r2", {"recipient": "office_des_etrangers"}, "forbidden"),
    (
        "r2",
        {
            "recipient": "hospital_or_doctor",
            "recipient_bound_by_secrecy": "true",
            "same_missions": None,
            "in_person_interest": "true",
            "consent": None,
            "only_necessary": "true",
        },
        "undetermined",
    ),
    ("r3", {"requester": "person_concerned", "requested": ["identity"]}, "allowed"),
    (
        "r3",
        {
            "requester": "office_des_etrangers",
            "requested": ["address"],
            "legal_basis_invoked": "false",
            "shared_secrecy_claimed": "false",
        },
        "forbidden",
    ),
    (
        "r3",
        {
            "requester": "prosecutor_or_judge",
            "requested": ["identity"],
            "legal_basis_invoked": "true",
            "legal_basis": "art. 46bis/1 CIC",
            "legal_service_confirmed": None,
        },
        "undetermined",
    ),
    # Art. 46bis/1 CIC binds only on the procureur du Roi's request: invoked by the police, it obliges nothing.
    (
        "r3",
        {
            "requester": "police",
            "requested": ["identity"],
            "legal_basis_invoked": "true",
            "legal_basis": "art. 46bis/1 CIC",
        },
        "forbidden",
    ),
    (
        "r4",
        {
            "aid_type": "monthly_aid",
            "register": "foreigners_register",
            "fields": ["aid_type", "period", "cpas"],
        },
        "allowed",
    ),
    (
        "r4",
        {
            "aid_type": "medical_costs",
            "register": "foreigners_register",
            "fields": ["aid_type", "period", "cpas"],
        },
        "forbidden",
    ),
    ("r4", {"aid_type": None, "register": None, "fields": None}, "undetermined"),
    ("r5", {"request": "advice", "asked_by": "person", "person_wants_doctor_only": "true"}, "allowed"),
    (
        "r5",
        {"request": "send_certificate", "asked_by": "oe_official", "person_wants_doctor_only": None},
        "forbidden",
    ),
    (
        "r5",
        {
            "request": "answer_medical_questions",
            "asked_by": "oe_medical_officer",
            "consent": None,
            "person_wants_doctor_only": "false",
        },
        "undetermined",
    ),
]


@pytest.mark.parametrize(("code", "answers", "outcome"), CASES)
def test_each_interview_reaches_its_outcome(
    client: TestClient, code: str, answers: dict[str, str | list[str] | None], outcome: str
) -> None:
    asked, page = walk(client, code, answers)
    assert outcome_of(page) == outcome
    assert set(asked) <= set(answers)


RULE_OF = {
    "r1": "guarantor-inquiry",
    "r2": "shared-secrecy",
    "r3": "incoming-request",
    "r4": "automatic-flow",
    "r5": "medical-certificate",
}


@pytest.mark.parametrize(("code", "answers", "outcome"), CASES)
def test_the_missing_facts_drive_the_questions(
    client: TestClient, code: str, answers: dict[str, str | list[str] | None], outcome: str
) -> None:
    """A question about a missing fact is always the first missing fact not yet answered; any other
    question is about a fact the rule never lists as missing (the description of the request)."""
    asked, _ = walk(client, code, answers)
    given: dict[str, object] = {}
    answered: set[str] = set()
    for fact in asked:
        decision = decide(RULE_OF[code], given, reference_date=TODAY, from_text=True)
        pending = [item.fact for item in decision.missing if item.fact not in answered]
        if fact in pending:
            assert fact == pending[0], f"asked {fact}, the rule needed {pending[0]} first"
        else:
            assert all(item.fact != fact for item in decision.missing)
        answered.add(fact)
        value = answers[fact]
        if value is not None:
            given[fact] = "|".join(value) if isinstance(value, list) else value


def test_a_fact_that_cannot_change_the_outcome_is_not_asked(client: TestClient) -> None:
    # Asylum procedure decides alone: nothing else is asked.
    asked, page = walk(client, "r1", {"in_asylum_procedure": "true"})
    assert asked == ["in_asylum_procedure"]
    assert outcome_of(page) == "forbidden"


def test_dont_know_moves_on_and_back_undoes(client: TestClient) -> None:
    client.post("/interview/r1/restart")
    first = client.get("/interview/r1").text
    assert question_on(first) == "in_asylum_procedure"
    assert "Je ne sais pas" in first and "Pourquoi cette question" in first
    page = client.post("/interview/r1/answer", data={"fact": "in_asylum_procedure", "action": "unknown"}).text
    assert question_on(page) == "arrival_date"
    page = client.post("/interview/r1/answer", data={"fact": "arrival_date", "action": "unknown"}).text
    assert question_on(page) == "stay_over_two_years"
    page = client.post("/interview/r1/answer", data={"fact": "stay_over_two_years", "action": "back"}).text
    assert question_on(page) == "arrival_date"
    page = client.post("/interview/r1/answer", data={"fact": "arrival_date", "value": RECENT}).text
    assert question_on(page) == "aid_type"
    assert "Question 3" in page


def test_a_future_date_is_refused_with_a_plain_message(client: TestClient) -> None:
    client.post("/interview/r1/restart")
    client.post("/interview/r1/answer", data={"fact": "in_asylum_procedure", "value": "false"})
    future = (TODAY + timedelta(days=10)).isoformat()
    response = client.post("/interview/r1/answer", data={"fact": "arrival_date", "value": future})
    assert response.status_code == 422
    assert "futur" in response.text
    assert question_on(response.text) == "arrival_date"


def test_no_answer_asks_again(client: TestClient) -> None:
    client.post("/interview/r5/restart")
    response = client.post("/interview/r5/answer", data={"fact": "request"})
    assert response.status_code == 422
    assert question_on(response.text) == "request"


def test_a_forged_cookie_starts_over(client: TestClient) -> None:
    client.cookies.set("interview-r1", "forged.value.signature")
    assert question_on(client.get("/interview/r1").text) == "in_asylum_procedure"


def test_redirects_carry_no_answers_in_the_url(client: TestClient) -> None:
    client.post("/interview/r1/restart")
    response = client.post(
        "/interview/r1/answer", data={"fact": "in_asylum_procedure", "value": "false"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/interview/r1"


def test_country_select_lists_every_country_in_the_page_language(client: TestClient) -> None:
    walk_to = {"in_asylum_procedure": "false", "arrival_date": RECENT, "aid_type": "medical_costs"}
    client.post("/interview/r1/restart")
    for fact, value in walk_to.items():
        page = client.post("/interview/r1/answer", data={"fact": fact, "value": value}).text
    assert question_on(page) == "nationality"
    assert '<option value="XK">Kosovo</option>' in page
    assert '<option value="MA">Maroc</option>' in page
    client.cookies.set("lang", "nl")
    page = client.get("/interview/r1").text
    assert '<option value="MA">Marokko</option>' in page
    assert page.count("<option value=") >= 250


@pytest.mark.parametrize("recipient", ["police", "prosecutor_or_judge", "guarantor"])
def test_a_recipient_that_never_shares_the_missions_ends_the_interview(
    client: TestClient, recipient: str
) -> None:
    asked, page = walk(client, "r2", {"recipient": recipient})
    assert asked == ["recipient"]
    assert outcome_of(page) == "forbidden"
    # The headline under the outcome is the decisive step: the recipient's nature.
    assert 'class="outcome-headline"' in page
    assert (
        "quelles que soient les cases cochées" in page.split('class="outcome-headline"')[1].split("</p>")[0]
    )


def test_back_from_the_decision_page_returns_to_the_last_question(client: TestClient) -> None:
    _, page = walk(client, "r2", {"recipient": "police"})
    assert outcome_of(page) == "forbidden"
    # The decision page's "back" form sends an empty fact.
    back = client.post("/interview/r2/answer", data={"fact": "", "action": "back"})
    assert back.status_code == 200
    assert question_on(back.text) == "recipient"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_decision_page_in_dutch_or_english_repeats_no_french_reason(
    client: TestClient, language: str
) -> None:
    client.cookies.set("lang", language)
    try:
        _, page = walk(client, "r2", {"recipient": "police"})
    finally:
        client.cookies.set("lang", "fr")
    decision = decide("shared-secrecy", {"recipient": "police"})
    for reason in decision.reasons:
        assert html.escape(reason.text, quote=True) not in page, reason.text
    # The notes' own words stay in French, marked as such.
    assert '<blockquote lang="fr"' in page
