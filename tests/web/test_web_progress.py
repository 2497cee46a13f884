"""Progress tells the truth: "dernière question" only when every answer ends the interview, and
R4 does not ask the worker what the flow carries (the flow's own fields, shown with the answers)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_web_interviews import CASES
from web_walk import question_on

LAST = "dernière question"


@pytest.mark.parametrize(("code", "answers", "outcome"), CASES)
def test_last_question_is_really_the_last(
    client: TestClient, code: str, answers: dict[str, str | list[str] | None], outcome: str
) -> None:
    client.post(f"/interview/{code}/restart")
    page = client.get(f"/interview/{code}").text
    while (fact := question_on(page)) is not None:
        said_last = LAST in page
        value = answers[fact]
        data: dict[str, str | list[str]] = (
            {"fact": fact, "action": "unknown"} if value is None else {"fact": fact, "value": value}
        )
        page = client.post(f"/interview/{code}/answer", data=data).text
        if said_last:
            assert question_on(page) is None, f"{code}: '{LAST}' before {question_on(page)}"


def test_r3_does_not_call_its_first_question_the_last(client: TestClient) -> None:
    client.post("/interview/r3/restart")
    page = client.get("/interview/r3").text
    assert question_on(page) == "requester"
    assert LAST not in page
    assert "selon votre réponse, la dernière ou d'autres suivront" in page


def test_r4_tells_what_the_flow_carries_instead_of_asking(client: TestClient) -> None:
    client.post("/interview/r4/restart")
    asked = []
    page = client.get("/interview/r4").text
    for value in ("monthly_aid", "waiting_register"):
        fact = question_on(page)
        asked.append(fact)
        page = client.post("/interview/r4/answer", data={"fact": fact, "value": value}).text
    assert question_on(page) is None and "fields" not in asked
    assert 'class="outcome outcome-allowed"' in page
    assert "(contenu du flux, non demandé)" in page
    for label in ("aide équivalente", "Période", "CPAS concerné"):
        assert label in page
