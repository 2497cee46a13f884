"""The JSON API: each endpoint, its 4xx shapes, size limits and tokens (invented people only)."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from api_support import AUTH
from fastapi.testclient import TestClient

from secretpro.rules import decide
from secretpro.rules.explanation import explain
from secretpro.web import api_models as models

FACTS: dict[str, Any] = {
    "aid_type": "medical_costs",
    "nationality": "MA",
    "visa_issue_date": "2025-06-01",
    "in_asylum_procedure": False,
    "arrival_date": "2025-06-10",
    "stay_over_two_years": None,
    "national_number": "85073003328",
    "reference_date": "2026-01-15",
}


def assert_error(response: Any, status: int, field: str | None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"field", "message"}
    assert body["error"]["field"] == field
    models.ErrorResponse.model_validate(body)
    return body["error"]


def test_decide_returns_the_decision_of_decide(client: TestClient) -> None:
    response = client.post("/api/v1/decide/guarantor-inquiry", json=FACTS, headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    assert body == explain(decide("guarantor-inquiry", FACTS), "fr") | {"reference_date": "2026-01-15"}
    assert body["outcome"] == "allowed"
    assert body["allowed_fields"] == ["beneficiary_name", "national_number", "nationality", "cpas"]
    models.Decision.model_validate(body)


def test_decide_date_and_language(client: TestClient) -> None:
    response = client.post(
        "/api/v1/decide/guarantor-inquiry",
        json=FACTS,
        params={"date": "2028-01-15", "lang": "nl"},
        headers=AUTH,
    )
    body = response.json()
    assert body["reference_date"] == "2028-01-15"
    assert body["outcome"] == "forbidden"
    assert body["language"] == "nl"


@pytest.mark.parametrize(
    ("rule", "facts"),
    [
        ("shared-secrecy", {"recipient": "office_des_etrangers"}),
        ("incoming-request", {"requester": "office_des_etrangers", "requested": ["address"]}),
        (
            "automatic-flow",
            {"aid_type": "monthly_aid", "register": "foreigners_register", "fields": ["aid_type"]},
        ),
        ("medical-certificate", {"asked_by": "oe_official", "request": "answer_medical_questions"}),
    ],
)
def test_decide_every_rule(client: TestClient, rule: str, facts: dict[str, Any]) -> None:
    response = client.post(f"/api/v1/decide/{rule}", json=facts, params={"date": "2026-01-15"}, headers=AUTH)
    assert response.status_code == 200, response.text
    models.Decision.model_validate(response.json())
    assert response.json()["outcome"] == decide(rule, facts).outcome.value


def test_undetermined_lists_missing_facts(client: TestClient) -> None:
    response = client.post(
        "/api/v1/decide/guarantor-inquiry",
        json={"aid_type": "medical_costs"},
        params={"date": "2026-01-15"},
        headers=AUTH,
    )
    body = response.json()
    assert body["outcome"] == "undetermined"
    assert [missing["fact"] for missing in body["missing"]][:1] == ["in_asylum_procedure"]


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"nationality": "ZZ"}, "nationality"),
        ({"aid_type": 3}, "aid_type"),
        ({"visa_issue_date": "2025-02-30"}, "visa_issue_date"),
        ({"national_number": "85073003329"}, "national_number"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_facts_are_422_naming_the_field(client: TestClient, facts: dict[str, Any], field: str) -> None:
    response = client.post("/api/v1/decide/guarantor-inquiry", json=facts, headers=AUTH)
    error = assert_error(response, 422, field)
    # The value sent is never repeated.
    for value in facts.values():
        assert str(value) not in error["message"] or str(value) in ("3",)


def test_malformed_json_is_400(client: TestClient) -> None:
    response = client.post(
        "/api/v1/decide/guarantor-inquiry",
        content=b'{"aid_type": "medical_costs",',
        headers=AUTH | {"Content-Type": "application/json"},
    )
    assert_error(response, 400, "body")


def test_not_an_object_is_422(client: TestClient) -> None:
    response = client.post("/api/v1/decide/guarantor-inquiry", json=["MA"], headers=AUTH)
    assert_error(response, 422, "body")


def test_bad_query_parameters_are_422(client: TestClient) -> None:
    url = "/api/v1/decide/guarantor-inquiry"
    assert_error(client.post(url, json=FACTS, params={"date": "15/01/2026"}, headers=AUTH), 422, "date")
    assert_error(client.post(url, json=FACTS, params={"lang": "de"}, headers=AUTH), 422, "lang")


def test_unknown_rule_is_404(client: TestClient) -> None:
    assert_error(client.post("/api/v1/decide/no-such-rule", json={}, headers=AUTH), 404, "rule")
    assert_error(client.post("/api/v1/batch/no-such-rule", content=b"case_id\n", headers=AUTH), 404, "rule")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer sp_wrong"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer "},
    ],
)
def test_token_required(client: TestClient, headers: dict[str, str]) -> None:
    for path, body in (
        ("/api/v1/decide/guarantor-inquiry", {"json": FACTS}),
        ("/api/v1/guard", {"json": {"text": "Bonjour"}}),
        ("/api/v1/batch/guarantor-inquiry", {"content": b"case_id\nA\n"}),
    ):
        response = client.post(path, headers=headers, **body)  # type: ignore[arg-type]
        assert_error(response, 401, "Authorization")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_json_size_limit_is_413(client: TestClient) -> None:
    big = {"aid_type": "medical_costs", "padding": "x" * (70 * 1024)}
    assert_error(client.post("/api/v1/decide/guarantor-inquiry", json=big, headers=AUTH), 413, "body")


def test_streamed_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(80):
            yield b" " * 1024

    response = client.post(
        "/api/v1/decide/guarantor-inquiry",
        content=chunks(),
        headers=AUTH | {"Content-Type": "application/json"},
    )
    assert_error(response, 413, "body")


def test_csv_size_limit_is_413(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    body = b"case_id\n" + b"A\n" * (10 * 1024 * 1024 + 10)
    assert_error(client.post("/api/v1/batch/guarantor-inquiry", content=body, headers=AUTH), 413, "body")


def test_batch_returns_csv_in_order(client: TestClient) -> None:
    upload = (
        "case_id,aid_type,nationality,visa_issue_date,in_asylum_procedure,arrival_date,national_number\n"
        "B2,medical_costs,MA,2025-06-01,false,2025-06-10,85073003328\n"
        "A1,urgent_medical_aid,,,,,\n"
        "C3,medical_costs,ZZ,,,,\n"
    )
    response = client.post(
        "/api/v1/batch/guarantor-inquiry",
        content=upload.encode(),
        params={"date": "2026-01-15"},
        headers=AUTH | {"Content-Type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [row["case_id"] for row in rows] == ["B2", "A1", "C3"]
    assert [row["outcome"] for row in rows] == ["allowed", "not_applicable", "error"]
    assert rows[2]["error"].startswith("nationality:")
    assert "allowed=1" in response.headers["X-Secretpro-Outcomes"]


def test_batch_bad_header_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/v1/batch/guarantor-inquiry",
        content=b"case_id,colour\nA,blue\n",
        headers=AUTH | {"Content-Type": "text/csv"},
    )
    assert_error(response, 422, "colour")
    response = client.post(
        "/api/v1/batch/guarantor-inquiry",
        content=b"\xff\xfe\x00a",
        headers=AUTH | {"Content-Type": "text/csv"},
    )
    assert_error(response, 422, "file")


def test_batch_wrong_content_type_is_415(client: TestClient) -> None:
    response = client.post("/api/v1/batch/guarantor-inquiry", json={"case_id": "A"}, headers=AUTH)
    assert_error(response, 415, "Content-Type")


def test_guard(client: TestClient) -> None:
    text = "Madame Aïcha Testelinckx, NISS 85073003328, habite rue de la Loi 16, 1000 Bruxelles."
    response = client.post("/api/v1/guard", json={"text": text, "profile": "guarantor_inquiry"}, headers=AUTH)
    assert response.status_code == 200, response.text
    report = models.GuardReport.model_validate(response.json())
    assert report.verdict == "block"
    assert any(finding.category == "ADDRESS" for finding in report.findings)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text


def test_guard_bad_request(client: TestClient) -> None:
    assert_error(
        client.post("/api/v1/guard", json={"text": "x", "profile": "lax"}, headers=AUTH), 422, "profile"
    )
    assert_error(client.post("/api/v1/guard", json={"profile": "strict"}, headers=AUTH), 422, "text")


def test_visa_list(client: TestClient) -> None:
    before = client.get("/api/v1/visa-list", params={"date": "2023-12-31", "lang": "fr"})
    after = client.get("/api/v1/visa-list", params={"date": "2024-01-01"})
    assert before.status_code == after.status_code == 200
    codes_before = {country["code"] for country in before.json()["countries"]}
    codes_after = {country["code"] for country in after.json()["countries"]}
    assert "XK" in codes_before and "XK" not in codes_after
    models.VisaList.model_validate(after.json())
    vanuatu = client.get("/api/v1/visa-list", params={"date": "2022-06-01", "lang": "en"}).json()
    (vu,) = [country for country in vanuatu["countries"] if country["code"] == "VU"]
    assert vu["status"] == "partial" and vu["passports_issued_from"] == "2015-05-25"
    assert_error(client.get("/api/v1/visa-list", params={"date": "2018-01-01"}), 422, "date")


def test_health(client: TestClient) -> None:
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
