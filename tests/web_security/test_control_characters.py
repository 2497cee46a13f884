"""NUL and other control characters are refused at the edge of the pages (422 naming the field),
on SQLite and PostgreSQL; an unexpected error is a 500 page whose text never reaches the log."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from security_support import PERSON_A, World, make_app

from secretpro.register import Register, generate_key

SECRET_VALUE = "Fatima-E-0475123456"


def assert_refused(response: Response, field: str, code: str = "U+0000") -> None:
    status, text = response.status_code, response.text
    assert status == 422, text[:500]
    assert f"« {field} »" in text
    assert code in text
    assert SECRET_VALUE not in text


def test_login_with_a_nul_byte(db_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    register = Register.open(db_url, key=generate_key())
    try:
        with TestClient(make_app(register), follow_redirects=False) as client:
            client.get("/login")
            token = client.cookies.get("sp_anon")
            assert token
            page = client.get("/login").text
            csrf = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
            for field, data in (
                ("username", {"username": SECRET_VALUE + "\x00", "password": "x" * 12}),
                ("password", {"username": "admin", "password": SECRET_VALUE + "\x00"}),
                ("next", {"username": "admin", "password": "x" * 12, "next": "/\x00" + SECRET_VALUE}),
            ):
                assert_refused(client.post("/login", data={**data, "csrf_token": csrf}), field)
    finally:
        register.close()
    assert SECRET_VALUE not in caplog.text


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b", "\x7f"])
def test_case_forms_refuse_control_characters(world: World, character: str) -> None:
    client = world.client("worker_a")
    response = client.post(
        "/cases", data={"subject_name": SECRET_VALUE + character, "national_number": PERSON_A[1]}
    )
    assert_refused(response, "subject_name", f"U+{ord(character):04X}")
    response = client.post(
        f"/cases/{world.case_a}/answers",
        data={"received_on": "2025-03-04", "summary": "Réponse\r\n\t" + SECRET_VALUE + character},
    )
    assert_refused(response, "summary", f"U+{ord(character):04X}")


def test_line_breaks_and_tabs_are_text(world: World) -> None:
    client = world.client("worker_a")
    response = client.post(
        f"/cases/{world.case_a}/answers",
        data={"received_on": "2025-03-04", "summary": "Ligne 1\r\n\tLigne 2"},
    )
    assert response.status_code in (200, 303), response.text[:300]


def test_query_string_and_path(world: World) -> None:
    client = world.client("worker_a")
    assert_refused(client.get("/login?next=%2F%00" + SECRET_VALUE), "next")
    assert_refused(client.get(f"/cases/{world.case_a}%00"), "URL")


def test_multipart_forms_are_checked_too(world: World) -> None:
    client = world.client("worker_a")
    response = client.post(
        "/cases",
        data={"subject_name": SECRET_VALUE + "\x00", "national_number": PERSON_A[1]},
        files={"attachment": ("note.txt", b"x", "text/plain")},
    )
    assert_refused(response, "subject_name")


def test_an_unexpected_error_is_a_500_page_and_its_text_is_not_logged(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    @world.app.get("/boom")
    def boom() -> None:
        raise RuntimeError("parameters: " + SECRET_VALUE)

    @world.app.get("/api/v1/boom")
    def api_boom() -> None:
        raise RuntimeError("parameters: " + SECRET_VALUE)

    caplog.set_level(logging.DEBUG)
    client = world.client("worker_a")  # raises server exceptions: none reaches the server
    page = client.get("/boom")
    assert page.status_code == 500
    assert "text/html" in page.headers["content-type"]
    assert page.headers["x-content-type-options"] == "nosniff"
    api = client.get("/api/v1/boom")
    assert api.status_code == 500
    assert api.json() == {"error": {"field": None, "message": "Internal error"}}
    assert SECRET_VALUE not in caplog.text
    assert "internal error RuntimeError on GET /boom" in caplog.text
