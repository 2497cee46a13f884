"""Access control: login required everywhere but the public pages; a worker never reaches a case of
another CPAS — by the pages or the API, by guessing or enumerating ids; exports for supervisors;
users for administrators, of their own CPAS only."""

from __future__ import annotations

import secrets
import string

import pytest
from security_support import PERSON_A, PERSON_B, World, api_routes, example_values, page_routes

from secretpro.register import create_case
from secretpro.register.accounts import create_api_token, set_active, set_password

PUBLIC_GET = {
    "/login",
    "/favicon.ico",  # the icon browsers ask for before anyone logs in (public in the middleware)
    "/sources",
    "/lang/{code}",
    "/api/v1/health",
    "/api/v1/visa-list",
    "/api/v1/openapi.json",
}


def test_every_page_but_the_public_ones_needs_a_login(world: World) -> None:
    anonymous = world.client()
    values = example_values(world.case_a, world.user_id("worker_a"))
    checked = 0
    for route in page_routes(world.app):
        if (route.method == "GET" and route.path in PUBLIC_GET) or route.path == "/login":
            continue
        response = anonymous.request(route.method, route.url(values))
        assert response.status_code == 303, (route, response.status_code)
        assert response.headers["location"].startswith("/login"), route
        assert PERSON_A[0] not in response.text
        checked += 1
    assert checked >= 15
    for path in ("/login", "/sources", "/static/htmx.min.js", "/favicon.ico"):
        assert anonymous.get(path).status_code == 200, path


def test_the_login_redirect_keeps_only_the_path(world: World) -> None:
    response = world.client().get(f"/cases/{world.case_a}?q=x")
    assert response.headers["location"] == f"/login?next=/cases/{world.case_a}"


@pytest.mark.parametrize("worker", ["worker_a", "worker_a2", "supervisor_a"])
def test_the_cpas_cases_are_shared_by_its_workers_and_supervisor(world: World, worker: str) -> None:
    client = world.client(worker)
    page = client.get(f"/cases/{world.case_a}")
    assert page.status_code == 200
    assert PERSON_A[0] in page.text and PERSON_A[1] in page.text
    listing = client.get("/cases").text
    assert PERSON_A[0] in listing
    assert PERSON_B[0] not in listing and PERSON_B[1] not in listing and world.case_b not in listing


def _random_id() -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "".join(secrets.choice(alphabet) for _ in range(16))


def test_a_case_of_another_cpas_is_answered_exactly_like_a_missing_one(world: World) -> None:
    """Every route taking a case id, every method: the other CPAS's case and a random id give the
    same 404 page; nothing of case B is shown or recorded."""
    supervisor = world.client("supervisor_a")  # the widest rights in CPAS A
    entries_before = _entry_count(world, world.case_b)
    case_routes = [route for route in page_routes(world.app) if "case_id" in route.params]
    assert len(case_routes) >= 4
    values = example_values(world.case_a, 0)
    for route in case_routes:
        answers = []
        for case_id in (world.case_b, _random_id(), world.case_b.upper(), world.case_b + "x"):
            data = {"received_on": "2025-01-02", "summary": "tentative", "requester": "office_des_etrangers"}
            response = supervisor.request(
                route.method,
                route.url({**values, "case_id": case_id}),
                data=data if route.method == "POST" else None,
            )
            answers.append((response.status_code, response.text))
            assert PERSON_B[0] not in response.text and PERSON_B[1] not in response.text
        assert {status for status, _ in answers} == {404}, route
        assert len({text for _, text in answers}) == 1, (
            f"{route}: a foreign case is told apart from a missing one"
        )
        own = supervisor.request(route.method, route.url(values), data={"received_on": "x"})
        assert own.status_code != 404, route
    assert _entry_count(world, world.case_b) == entries_before


def _entry_count(world: World, case_id: str) -> int:
    from secretpro.register import entries_for_case

    return len(entries_for_case(world.register, case_id))


def test_enumerating_ids_finds_nothing_of_another_cpas(world: World) -> None:
    """Many guessed ids, including other cases of CPAS B: all 404, none different."""
    from secretpro.register.accounts import find_account

    cpas_b = find_account(world.register, "worker_b").cpas_id  # type: ignore[union-attr]
    others = [create_case(world.register, cpas_b) for _ in range(5)]
    worker = world.client("worker_a")
    for case_id in [*others, *(_random_id() for _ in range(30)), "1", "0", "%2e%2e", "a%2Fb"]:
        assert worker.get(f"/cases/{case_id}").status_code == 404, case_id


def test_the_api_gives_nothing_of_another_cpas(world: World) -> None:
    """The API authenticates by token; routes taking a case id (if any) answer 404 for another
    CPAS's case; a logged-in browser session opens nothing there."""
    token = create_api_token(world.register, world.user_id("worker_a"), "test").token
    api = world.client()
    for route in api_routes(world.app):
        if "case_id" in route.params:
            response = api.request(
                route.method,
                route.url({"case_id": world.case_b}),
                headers={"Authorization": f"Bearer {token}"},
            )
            assert response.status_code == 404, route
            assert PERSON_B[1] not in response.text
    browser = world.client("worker_a")
    for route in api_routes(world.app):
        if route.path in PUBLIC_GET or route.params:
            continue
        response = browser.request(route.method, route.path, headers={"X-CSRF-Token": "irrelevant"}, json={})
        assert response.status_code == 401, route  # the session cookie is not an API credential


@pytest.mark.parametrize(("username", "allowed"), [
    ("worker_a", False), ("admin_a", False), ("supervisor_a", True),
])  # fmt: skip
def test_exports_are_for_supervisors(world: World, username: str, allowed: bool) -> None:
    client = world.client(username)
    pdf = client.get(f"/cases/{world.case_a}/export.pdf")
    csv = client.get("/exports/register.csv")
    if allowed:
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        assert csv.status_code == 200
    else:
        assert pdf.status_code == 403 and csv.status_code == 403
        assert PERSON_A[0] not in pdf.text and "Accès refusé" in pdf.text


def test_the_csv_export_holds_only_the_own_cpas_and_no_identity(world: World) -> None:
    client = world.client("supervisor_a")
    client.post(
        f"/cases/{world.case_a}/answers", data={"received_on": "2025-01-02", "summary": "Réponse reçue"}
    )
    text = client.get("/exports/register.csv").content.decode("utf-8-sig")
    assert world.case_a in text and world.case_b not in text
    for secret in (*PERSON_A, *PERSON_B, "Réponse reçue"):
        assert secret not in text


@pytest.mark.parametrize("username", ["worker_a", "supervisor_a"])
def test_case_workers_cannot_manage_users(world: World, username: str) -> None:
    client = world.client(username)
    assert client.get("/admin/users").status_code == 403
    target = world.user_id("worker_a2")
    assert client.get(f"/admin/users/{target}").status_code == 403
    assert client.post(f"/admin/users/{target}/active", data={"active": "false"}).status_code == 403
    assert client.post("/admin/users", data={"username": "intrus", "password": "x" * 20}).status_code == 403


def test_administrators_see_no_case_file(world: World) -> None:
    admin = world.client("admin_a")
    assert admin.get("/cases").status_code == 403
    assert admin.get(f"/cases/{world.case_a}").status_code == 403


def test_an_administrator_manages_only_the_users_of_the_own_cpas(world: World) -> None:
    admin = world.client("admin_a")
    listing = admin.get("/admin/users").text
    assert "worker_a2" in listing and "worker_b" not in listing
    foreign = world.user_id("worker_b")
    assert admin.get(f"/admin/users/{foreign}").status_code == 404
    for action, data in (
        ("active", {"active": "false"}),
        ("role", {"role": "administrator"}),
        ("password", {"password": "nouveau mot de passe long"}),
        ("tokens", {"name": "vol"}),
        ("tokens/1/revoke", {}),
    ):
        assert admin.post(f"/admin/users/{foreign}/{action}", data=data).status_code == 404, action
    assert world.client("worker_b").get("/cases").status_code == 200  # still active, same password


def test_an_administrator_creates_a_user_who_can_log_in(world: World) -> None:
    admin = world.client("admin_a")
    response = admin.post(
        "/admin/users",
        data={"username": "nouvelle", "password": "phrase de passe neuve", "role": "social_worker"},
    )
    assert response.status_code == 303
    from accounts_testing import log_in

    newcomer = world.client()
    log_in(newcomer, "nouvelle", "phrase de passe neuve")
    # The administrator knows this password: the newcomer chooses their own first.
    first = newcomer.get(f"/cases/{world.case_a}")
    assert first.status_code == 303 and first.headers["location"] == "/account/password"
    from accounts_testing import csrf_from

    token = csrf_from(newcomer.get("/account/password").text)
    mine = "ma propre phrase de passe secrète"
    changed = newcomer.post(
        "/account/password",
        data={"current": "phrase de passe neuve", "new": mine, "confirmation": mine, "csrf_token": token},
    )
    assert changed.status_code == 303
    assert PERSON_A[0] in newcomer.get(f"/cases/{world.case_a}").text


def test_a_token_is_shown_once_and_can_be_revoked(world: World) -> None:
    admin = world.client("admin_a")
    target = world.user_id("worker_a")
    page = admin.post(f"/admin/users/{target}/tokens", data={"name": "logiciel"}).text
    assert "sp_" in page
    token = page.split("sp_", 1)[1].split("<", 1)[0]
    assert "sp_" + token not in admin.get(f"/admin/users/{target}").text
    from secretpro.register.accounts import authenticate_token, list_api_tokens

    assert authenticate_token(world.register, "sp_" + token) is not None
    token_id = list_api_tokens(world.register, target)[-1].id
    assert admin.post(f"/admin/users/{target}/tokens/{token_id}/revoke").status_code == 303
    assert authenticate_token(world.register, "sp_" + token) is None


def test_an_administrator_cannot_lock_themself_out(world: World) -> None:
    admin = world.client("admin_a")
    me = world.user_id("admin_a")
    assert admin.post(f"/admin/users/{me}/active", data={"active": "false"}).status_code == 422
    assert admin.post(f"/admin/users/{me}/role", data={"role": "social_worker"}).status_code == 422
    assert admin.get("/admin/users").status_code == 200


def test_a_deactivated_account_loses_its_session_at_once(world: World) -> None:
    worker = world.client("worker_a")
    assert worker.get("/cases").status_code == 200
    set_active(world.register, world.user_id("worker_a"), False)
    response = worker.get("/cases")
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_a_password_reset_ends_the_sessions(world: World) -> None:
    worker = world.client("worker_a")
    set_password(world.register, world.user_id("worker_a"), "un tout autre mot de passe")
    assert worker.get("/cases").status_code == 303
