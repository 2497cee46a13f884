"""'Modifier' beside each answer on the decision page: that question again, shown as answered, the
other answers kept; 'Garder la réponse donnée' leaves everything as it was."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from test_web_documents import R1_ALLOWED
from web_walk import outcome_of, question_on, walk

from secretpro.rules import today_in_brussels

LONG_AGO = (today_in_brussels() - timedelta(days=3 * 365)).isoformat()


def test_decision_lists_each_answer_with_modifier_before_the_reasons(client: TestClient) -> None:
    _, page = walk(client, "r1", R1_ALLOWED)
    for fact in R1_ALLOWED:
        assert (
            f'<input type="hidden" name="fact" value="{fact}"><button type="submit" name="action" value="change"'
            in page
        )
    assert page.index('id="answers-heading"') < page.index('id="reasons-heading"')


def test_changing_one_answer_keeps_the_others(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    page = client.post("/interview/r1/answer", data={"fact": "arrival_date", "action": "change"}).text
    assert question_on(page) == "arrival_date"
    assert f'value="{R1_ALLOWED["arrival_date"]}"' in page  # shown as it was answered
    assert "Modification d" in page and "Question 6" not in page
    page = client.post("/interview/r1/answer", data={"fact": "arrival_date", "value": LONG_AGO}).text
    assert outcome_of(page) == "forbidden"
    assert "Maroc" in page and "frais médicaux (loi du 02/04/1965)" in page  # the other answers are kept


def test_keeping_the_answer_given_changes_nothing(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    client.post("/interview/r1/answer", data={"fact": "nationality", "action": "change"})
    page = client.post("/interview/r1/answer", data={"fact": "", "action": "back"}).text
    assert outcome_of(page) == "allowed"
    assert len(question_on(client.get("/interview/r1").text) or "") == 0


def test_r4_a_particular_record_can_be_described(client: TestClient) -> None:
    _, page = walk(client, "r4", {"aid_type": "monthly_aid", "register": "waiting_register"})
    assert outcome_of(page) == "allowed"
    page = client.post("/interview/r4/answer", data={"fact": "fields", "action": "change"}).text
    assert question_on(page) == "fields"
    page = client.post("/interview/r4/answer", data={"fact": "fields", "value": ["aid_type", "address"]}).text
    assert outcome_of(page) == "forbidden"
