"""'Mon mot de passe': every user changes their own password; an administrator's reset or a new
account makes the user choose their own at the next login."""

from __future__ import annotations

from fastapi.testclient import TestClient
from security_support import World

from accounts_testing import TEST_PASSWORD, csrf_from, log_in
from secretpro.register.accounts import authenticate, password_change_required

NEW = "un autre chemin vers la mer"


def change(client: TestClient, current: str, new: str, confirmation: str | None = None) -> tuple[int, str]:
    token = csrf_from(client.get("/account/password").text)
    response = client.post(
        "/account/password",
        data={
            "current": current,
            "new": new,
            "confirmation": new if confirmation is None else confirmation,
            "csrf_token": token,
        },
    )
    return response.status_code, response.text


def test_every_role_has_the_page_in_its_menu(world: World) -> None:
    for name in ("worker_a", "supervisor_a", "admin_a"):
        page = world.client(name).get("/account/password")
        assert page.status_code == 200
        assert 'href="/account/password"' in page.text


def test_a_worker_changes_their_password_and_other_sessions_end(world: World) -> None:
    other_browser = world.client("worker_a")
    client = world.client("worker_a")
    assert change(client, "not my password", NEW)[0] == 401
    assert change(client, TEST_PASSWORD, NEW, "something else entirely 9")[0] == 422
    assert change(client, TEST_PASSWORD, "aaaaaaaaaaaa")[0] == 422
    status, _ = change(client, TEST_PASSWORD, NEW)
    assert status == 303
    assert client.get("/cases").status_code == 200
    assert other_browser.get("/cases").status_code == 303
    assert authenticate(world.register, "worker_a", NEW) is not None


def test_guessing_the_current_password_is_throttled(world: World) -> None:
    client = world.client("worker_a")
    statuses = [change(client, f"guess number {n}", NEW)[0] for n in range(6)]
    assert statuses == [401] * 5 + [429]


def test_a_reset_by_the_administrator_forces_a_change(world: World) -> None:
    admin = world.client("admin_a")
    target = world.user_id("worker_a")
    assert (
        admin.post(
            f"/admin/users/{target}/password", data={"password": "mot de passe donné par l'admin"}
        ).status_code
        == 303
    )
    assert password_change_required(world.register, target)
    client = TestClient(world.app, follow_redirects=False)
    world.clients.append(client)
    log_in(client, "worker_a", "mot de passe donné par l'admin")
    response = client.get("/cases")
    assert response.status_code == 303 and response.headers["location"] == "/account/password"
    assert change(client, "mot de passe donné par l'admin", NEW)[0] == 303
    assert client.get("/cases").status_code == 200
