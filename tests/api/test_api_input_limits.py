"""Crafted JSON on the API: 422 with the API's error shape (never a 500), naming the field."""

from __future__ import annotations

import json

import pytest
from api_support import AUTH
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

ENDPOINTS = ["/api/v1/decide/guarantor-inquiry", "/api/v1/decide/incoming-request", "/api/v1/guard"]
JSON_HEADERS = {**AUTH, "Content-Type": "application/json"}


def post(client: TestClient, path: str, body: bytes) -> tuple[int, dict[str, object]]:
    response = client.post(path, content=body, headers=JSON_HEADERS)
    return response.status_code, response.json()


@pytest.mark.parametrize("path", ENDPOINTS)
@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        (b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}", "body", "nested"),
        (b"[" * 30_000, "body", "nested"),
        (b'{"aid_type": ' + b"9" * 5000 + b"}", "body", "number too long"),
        (b'{"text": 1e999}', "body", "NaN or infinity"),
        (b'{"text": "Mme X\\u0000", "profile": "strict"}', "text", "U+0000"),
        (b'{"text": "\\ud800", "profile": "strict"}', "text", "U+D800"),
    ],
    ids=["deep", "unterminated", "5000-digits", "infinite", "nul", "lone-surrogate"],
)
def test_crafted_json_is_a_422_naming_the_field(
    client: TestClient, path: str, body: bytes, field: str, words: str
) -> None:
    status, answer = post(client, path, body)
    assert status == 422, answer
    assert answer["error"]["field"] == field  # type: ignore[index]
    message = answer["error"]["message"]  # type: ignore[index]
    assert words in message
    assert "Mme" not in message


def test_control_character_in_a_fact_names_the_fact(client: TestClient) -> None:
    status, answer = post(client, ENDPOINTS[0], b'{"nationality": "MA\\u001b[2J"}')
    assert status == 422
    assert answer == {
        "error": {
            "field": "nationality",
            "message": "contains an invisible character that is not allowed (U+001B): "
            "type the value again without it",
        }
    }


def test_line_breaks_and_tabs_in_a_guarded_text_are_fine(client: TestClient) -> None:
    status, answer = post(
        client, "/api/v1/guard", json.dumps({"text": "Bonjour,\r\n\tmerci.", "profile": "strict"}).encode()
    )
    assert status == 200, answer


@settings(max_examples=examples(60), deadline=None, suppress_health_check=list(HealthCheck))
@given(
    path=st.sampled_from(ENDPOINTS),
    body=st.one_of(
        st.integers(min_value=1, max_value=4000).map(lambda n: b'{"text": ' + b"[" * n + b"]" * n + b"}"),
        st.integers(min_value=1, max_value=6000).map(lambda n: b'{"aid_type": ' + b"1" * n + b"}"),
        st.text(max_size=12).map(lambda t: json.dumps({"text": t, "profile": "strict"}).encode()),
        st.binary(max_size=200),
    ),
)
def test_no_crafted_body_gets_a_server_error(client: TestClient, path: str, body: bytes) -> None:
    response = client.post(path, content=body, headers=JSON_HEADERS)
    assert response.status_code < 500
    if response.status_code >= 400:
        assert set(response.json()) == {"error"}
