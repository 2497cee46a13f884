"""CSRF: every unsafe request to a page — every POST/PUT/PATCH/DELETE route of the application,
enumerated, so a new form is covered the day it is added — needs the session's token."""

from __future__ import annotations

import pytest
from security_support import PERSON_A, UNSAFE, World, example_values, page_routes

from accounts_testing import csrf_from
from secretpro.register import entries_for_case


def _unsafe_routes(world: World) -> list[str]:
    return [f"{route.method} {route.path}" for route in page_routes(world.app) if route.method in UNSAFE]


def test_the_application_has_forms_to_protect(world: World) -> None:
    found = _unsafe_routes(world)
    assert len(found) >= 15
    for expected in (
        "POST /guard",
        "POST /interview/{code}/answer",
        "POST /cases/{case_id}/answers",
        "POST /logout",
    ):
        assert expected in found


@pytest.mark.parametrize("token", ["missing", "wrong", "other-session", "empty"])
def test_every_unsafe_page_route_refuses_a_missing_or_wrong_token(world: World, token: str) -> None:
    client = world.client("supervisor_a")
    good = client.headers.pop("x-csrf-token")
    other = world.client("worker_a2").headers["x-csrf-token"]
    assert other != good
    values = example_values(world.case_a, world.user_id("worker_a2"))
    data = {
        "fact": "in_asylum_procedure", "value": "false", "text": PERSON_A[1], "received_on": "2025-01-02",
        "summary": "Tentative " + PERSON_A[0], "national_number": PERSON_A[1], "username": "x",
        "password": "y" * 20, "format": "pdf", "active": "false", "role": "administrator", "name": "t",
    }  # fmt: skip
    if token == "wrong":
        data["csrf_token"] = good[:-2] + ("AA" if not good.endswith("AA") else "BB")
    elif token == "other-session":
        data["csrf_token"] = other
    elif token == "empty":
        data["csrf_token"] = ""
    before = len(entries_for_case(world.register, world.case_a))
    for route in page_routes(world.app):
        if route.method not in UNSAFE:
            continue
        response = client.request(route.method, route.url(values), data=data)
        assert response.status_code == 403, (route, response.status_code)
        assert "csrf" not in response.headers.get("location", "")
        # The refusal repeats nothing that was sent.
        assert PERSON_A[0] not in response.text and PERSON_A[1] not in response.text
    assert len(entries_for_case(world.register, world.case_a)) == before
    assert client.get("/cases").status_code == 200  # still logged in: logout was refused too


def test_the_token_in_a_header_or_a_form_field_is_accepted(world: World) -> None:
    client = world.client("worker_a")
    token = client.headers.pop("x-csrf-token")
    answer = {"received_on": "2025-01-02", "summary": "Réponse"}
    assert (
        client.post(f"/cases/{world.case_a}/answers", data={**answer, "csrf_token": token}).status_code == 303
    )
    assert (
        client.post(
            f"/cases/{world.case_a}/answers", data=answer, headers={"X-CSRF-Token": token}
        ).status_code
        == 303
    )
    multipart = client.post(
        f"/cases/{world.case_a}/answers", data={**answer, "csrf_token": token}, files={"f": b""}
    )
    assert multipart.status_code == 303


def test_a_cross_site_request_is_refused_even_with_a_token(world: World) -> None:
    client = world.client("worker_a")
    response = client.post(
        f"/cases/{world.case_a}/answers",
        data={"received_on": "2025-01-02", "summary": "x"},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code == 403


def test_the_login_form_is_protected_too(world: World) -> None:
    anonymous = world.client()
    assert anonymous.post("/login", data={"username": "worker_a", "password": "x"}).status_code == 403
    form = anonymous.get("/login").text
    response = anonymous.post(
        "/login", data={"username": "worker_a", "password": "wrong password", "csrf_token": csrf_from(form)}
    )
    assert response.status_code == 401


def test_the_token_changes_at_login(world: World) -> None:
    anonymous = world.client()
    before = csrf_from(anonymous.get("/login").text)
    from accounts_testing import log_in

    after = log_in(anonymous, "worker_a")
    assert before != after


def test_every_form_of_the_pages_carries_the_token(world: World) -> None:
    """The forms as rendered: each ``<form method="post">`` holds the hidden field."""
    import re

    client = world.client("supervisor_a")
    pages = ["/", "/guard", f"/cases/{world.case_a}", "/cases", "/interview/r1", "/interview/r1/decision"]
    admin = world.client("admin_a")
    forms = 0
    for who, path in [(client, p) for p in pages] + [
        (admin, "/admin/users"),
        (admin, f"/admin/users/{world.user_id('worker_a')}"),
    ]:
        html = who.get(path).text
        for form in re.findall(r"<form[^>]*method=\"post\".*?</form>", html, flags=re.S):
            assert 'name="csrf_token"' in form, (path, form[:200])
            forms += 1
    assert forms >= 12
    assert 'hx-headers=\'{"X-CSRF-Token": ' in client.get("/").text.replace("&#34;", '"')
