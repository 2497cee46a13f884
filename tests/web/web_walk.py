"""Walking an interview through the in-process client, as a worker would: one question at a time."""

from __future__ import annotations

import re
from collections.abc import Mapping

from fastapi.testclient import TestClient

FACT_FIELD = re.compile(r'<input type="hidden" name="fact" value="([a-z_]+)">')


def question_on(html: str) -> str | None:
    """The fact the page asks about, or ``None`` when it is not a question page."""
    if 'class="question-form"' not in html:
        return None
    match = FACT_FIELD.search(html)
    return match.group(1) if match else None


def walk(
    client: TestClient, code: str, answers: Mapping[str, str | list[str] | None]
) -> tuple[list[str], str]:
    """Answer each question from ``answers`` (``None`` = "I don't know") until the decision page;
    returns the facts asked, in order, and the decision page."""
    client.post(f"/interview/{code}/restart")
    page = client.get(f"/interview/{code}").text
    asked: list[str] = []
    while (fact := question_on(page)) is not None:
        asked.append(fact)
        assert fact in answers, f"{code}: unexpected question {fact} after {asked[:-1]}"
        value = answers[fact]
        data: dict[str, str | list[str]] = (
            {"fact": fact, "action": "unknown"} if value is None else {"fact": fact, "value": value}
        )
        response = client.post(f"/interview/{code}/answer", data=data)
        assert response.status_code == 200, response.text[:500]
        page = response.text
        assert len(asked) < 30
    assert 'class="outcome ' in page
    return asked, page


def outcome_of(page: str) -> str:
    match = re.search(r'class="outcome outcome-([a-z-]+)"', page)
    assert match, "not a decision page"
    return match.group(1)
