"""The day the request was received: every interview is decided as of it (default today), it is
shown on the question and decision pages and in the documents, and it cannot be in the future."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from test_web_documents import R1_ALLOWED, R3_FORBIDDEN, pdf_text
from web_walk import walk

from secretpro.documents.vocabulary import long_date, medium_date
from secretpro.rules import today_in_brussels

TODAY = today_in_brussels()
LAST_MONTH = TODAY - timedelta(days=30)


def test_default_is_today(client: TestClient) -> None:
    client.post("/interview/r1/restart")
    page = client.get("/interview/r1").text
    assert 'action="/interview/r1/date"' in page
    assert f'name="received_on" value="{TODAY.isoformat()}" max="{TODAY.isoformat()}"' in page
    assert "(aujourd'hui)" in page


def test_a_request_of_last_month_is_decided_as_of_its_day(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    response = client.post("/interview/r1/date", data={"received_on": LAST_MONTH.isoformat()})
    assert response.status_code == 200
    assert 'class="outcome outcome-allowed"' in response.text  # the answers are kept
    assert f"Date de référence : {medium_date(LAST_MONTH, 'fr')}" in response.text
    assert "(aujourd'hui)" not in response.text
    # The documents are built from the decision as of that day.
    note = client.post("/documents/r1/file-note", data={"format": "pdf", "doc_lang": "fr"})
    assert long_date(LAST_MONTH, "fr") in pdf_text(note.content)


def test_the_refusal_letter_names_the_day_the_request_was_received(client: TestClient) -> None:
    walk(client, "r3", R3_FORBIDDEN)
    client.post("/interview/r3/date", data={"received_on": LAST_MONTH.isoformat()})
    letter = client.post("/documents/r3/refusal-letter", data={"format": "pdf", "doc_lang": "fr"})
    assert f"votre demande d'informations du {long_date(LAST_MONTH, 'fr')}" in pdf_text(letter.content)


def test_a_future_day_is_refused_and_the_answers_kept(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    response = client.post(
        "/interview/r1/date", data={"received_on": (TODAY + timedelta(days=1)).isoformat()}
    )
    assert response.status_code == 422
    assert 'role="alert" id="date-error"' in response.text
    assert 'class="outcome outcome-allowed"' in response.text
    assert client.post("/interview/r1/date", data={"received_on": "hier"}).status_code == 422


def test_a_day_the_rule_cannot_decide_on_is_refused_with_its_message(client: TestClient) -> None:
    # R1 reads the visa list, which is not modelled before 18 December 2018: the answers are kept.
    walk(client, "r1", R1_ALLOWED)
    response = client.post("/interview/r1/date", data={"received_on": "2017-01-01"})
    assert response.status_code == 422
    assert 'id="date-error"' in response.text and "18/12/2018" in response.text
    assert 'class="outcome outcome-allowed"' in client.get("/interview/r1/decision").text
