"""Login, throttling, the session cookie and logout."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from security_support import PERSON_A, World, make_app
from sqlalchemy import select, update

from accounts_testing import TEST_PASSWORD, csrf_from, log_in
from secretpro.register import Register, generate_key
from secretpro.register.models import LoginThrottle, utcnow


def _attempt(client: TestClient, username: str, password: str, **headers: str) -> tuple[int, str]:
    form = client.get("/login").text
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf_from(form)},
        headers=headers,
    )
    return response.status_code, response.text


def test_no_account_yet_says_how_to_create_the_first_administrator(tmp_path: Path) -> None:
    with Register.open(f"sqlite+pysqlite:///{tmp_path / 'empty.sqlite3'}", key=generate_key()) as register:
        page = TestClient(make_app(register)).get("/login").text
    assert "secretpro user add" in page and "--role administrator" in page


def test_the_first_administrator_from_the_command_line_can_log_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secretpro.register.commands import user_add_command

    url = f"sqlite+pysqlite:///{tmp_path / 'first.sqlite3'}"
    monkeypatch.setenv("SECRETPRO_DATABASE_URL", url)
    monkeypatch.setenv("SECRETPRO_KEY", generate_key())
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(TEST_PASSWORD + "\n"))
    assert user_add_command("premiere", "administrator", "CPAS de Test", password_from_stdin=True) == 0
    with Register.open(url) as register:
        client = TestClient(make_app(register), follow_redirects=False)
        log_in(client, "premiere")
        assert client.get("/admin/users").status_code == 200
        assert "secretpro user add" not in client.get("/login", follow_redirects=True).text


def test_wrong_password_and_unknown_user_look_the_same(world: World) -> None:
    client = world.client()
    wrong = _attempt(client, "worker_a", "not the password")
    unknown = _attempt(client, "nobody_here", "not the password")
    assert wrong[0] == unknown[0] == 401
    message = "Nom d'utilisateur ou mot de passe incorrect."
    assert message in wrong[1].replace("&#39;", "'") and message in unknown[1].replace("&#39;", "'")
    assert "nobody_here" not in unknown[1] and "not the password" not in unknown[1]


@pytest.mark.parametrize("username", ["worker_a", "no_such_user"])
def test_five_failures_lock_the_username_even_for_the_right_password(world: World, username: str) -> None:
    client = world.client()
    for _ in range(5):
        assert _attempt(client, username, "wrong password")[0] == 401
    status, page = _attempt(client, username, TEST_PASSWORD)
    assert status == 429
    assert "Trop de tentatives" in page
    # Another username from the same address is not locked by these five.
    assert _attempt(world.client(), "worker_a2", TEST_PASSWORD)[0] == 303


def test_the_lock_ends_and_doubles_next_time(world: World) -> None:
    client = world.client()
    for _ in range(5):
        _attempt(client, "worker_a", "wrong")
    with world.register.reader() as session:
        rows = session.scalars(select(LoginThrottle)).all()
    first = max((row.locked_until - row.window_start) for row in rows if row.locked_until is not None)
    assert timedelta(seconds=55) <= first <= timedelta(seconds=65)
    _expire_locks(world)
    assert _attempt(client, "worker_a", TEST_PASSWORD)[0] == 303  # and a success clears the username
    for _ in range(5):
        _attempt(world.client(), "worker_a", "wrong")
    with world.register.reader() as session:
        row = session.scalars(select(LoginThrottle).where(LoginThrottle.key.like("u:%"))).one()
    assert row.lock_count == 1  # cleared by the success: starts again at one minute


def test_the_backoff_doubles_without_a_success(world: World) -> None:
    client = world.client()
    durations = []
    for _ in range(3):
        for _ in range(5):
            _attempt(client, "worker_a", "wrong")
        with world.register.reader() as session:
            row = session.scalars(select(LoginThrottle).where(LoginThrottle.key.like("u:%"))).one()
        assert row.locked_until is not None
        durations.append(round((row.locked_until - row.updated_at).total_seconds()))
        _expire_locks(world)
    assert durations == [60, 120, 240]


def _expire_locks(world: World) -> None:
    def work(session: object) -> None:
        session.execute(update(LoginThrottle).values(locked_until=utcnow() - timedelta(seconds=1)))  # type: ignore[attr-defined]

    world.register.write(work)


def test_many_failures_from_one_address_lock_the_address(world: World) -> None:
    client = world.client()
    for number in range(50):
        assert _attempt(client, f"guess{number}", "wrong")[0] == 401
    assert _attempt(client, "worker_a", TEST_PASSWORD)[0] == 429


def test_the_throttle_table_holds_no_username_or_address(world: World) -> None:
    _attempt(world.client(), "worker_a", "wrong")
    with world.register.reader() as session:
        keys = session.scalars(select(LoginThrottle.key)).all()
    assert keys and all("worker_a" not in key and "testclient" not in key for key in keys)


def test_the_session_cookie_flags(world: World) -> None:
    client = world.client()
    form = client.get("/login").text
    response = client.post(
        "/login", data={"username": "worker_a", "password": TEST_PASSWORD, "csrf_token": csrf_from(form)}
    )
    cookies = [value for name, value in response.headers.multi_items() if name == "set-cookie"]
    session = next(cookie for cookie in cookies if cookie.startswith("sp_session="))
    flags = {part.strip().split("=")[0].lower() for part in session.split(";")[1:]}
    assert {"httponly", "samesite", "path"} <= flags
    assert "samesite=strict" in session.lower() and "path=/" in session.lower()
    assert "max-age" not in flags and "expires" not in flags and "domain" not in flags
    value = session.split(";")[0].split("=", 1)[1]
    assert "worker_a" not in value and PERSON_A[0] not in value
    assert len(value) < 300  # the user id, a nonce, a fingerprint and a signature: nothing more


def test_secure_cookies_over_https(world: World) -> None:
    app = make_app(world.register, secure_cookies=True)
    client = TestClient(app, base_url="https://testserver", follow_redirects=False)
    form = client.get("/login")
    anonymous = form.headers["set-cookie"]
    assert anonymous.startswith("__Host-sp_anon=") and "Secure" in anonymous
    response = client.post(
        "/login", data={"username": "worker_a", "password": TEST_PASSWORD, "csrf_token": csrf_from(form.text)}
    )
    session = next(
        v
        for n, v in response.headers.multi_items()
        if n == "set-cookie" and v.startswith("__Host-sp_session=")
    )
    assert "; Secure" in session and "HttpOnly" in session and "Domain" not in session


def test_the_session_ends_after_the_idle_timeout(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    client = world.client("worker_a")
    assert client.get("/cases").status_code == 200
    later = time.time() + 31 * 60
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get("/cases")
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    assert "sp_session=;" in response.headers["set-cookie"]


def test_activity_keeps_the_session_alive_but_not_beyond_a_working_day(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = world.client("worker_a")
    start = time.time()
    for minutes in range(20, 10 * 60, 20):
        monkeypatch.setattr(time, "time", lambda m=minutes: start + m * 60)
        assert client.get("/cases").status_code == 200, minutes
    monkeypatch.setattr(time, "time", lambda: start + 10 * 3600 + 60)
    assert client.get("/cases").status_code == 303


def test_a_forged_or_foreign_cookie_is_ignored(world: World) -> None:
    client = world.client("worker_a")
    value = client.cookies["sp_session"]
    client.cookies.set("sp_session", value[:-3] + "AAA")
    assert client.get("/cases").status_code == 303
    other_app = make_app(world.register)
    other_app.state.accounts = __import__(
        "secretpro.web.accounts.runtime", fromlist=["x"]
    ).AccountsRuntime.create(
        __import__("secretpro.web.accounts.config", fromlist=["x"]).AccountSettings(
            secret_key="another secret"
        )
    )
    stranger = TestClient(other_app, follow_redirects=False)
    stranger.cookies.set("sp_session", value)
    assert stranger.get("/cases").status_code == 303


def test_logout_ends_the_session_and_the_interviews(world: World) -> None:
    client = world.client("worker_a")
    client.post("/interview/r1/answer", data={"fact": "in_asylum_procedure", "value": "false"})
    assert "interview-r1" in client.cookies
    response = client.post("/logout")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert client.get("/cases").status_code == 303
    assert "interview-r1" not in client.cookies


def test_a_login_never_redirects_off_site(world: World) -> None:
    client = world.client()
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        form = client.get("/login").text
        response = client.post(
            "/login",
            data={
                "username": "worker_a",
                "password": TEST_PASSWORD,
                "csrf_token": csrf_from(form),
                "next": target,
            },
        )
        assert response.status_code == 303
        assert response.headers["location"].startswith("/") and not response.headers["location"].startswith(
            "//"
        )
        client.post("/logout", headers={"X-CSRF-Token": csrf_from(client.get("/cases").text)})


def test_login_goes_back_to_the_page_asked_for(world: World) -> None:
    client = world.client()
    asked = client.get(f"/cases/{world.case_a}").headers["location"]
    form = client.get(asked).text
    assert f'value="/cases/{world.case_a}"' in form
    response = client.post(
        "/login",
        data={
            "username": "worker_a",
            "password": TEST_PASSWORD,
            "csrf_token": csrf_from(form),
            "next": f"/cases/{world.case_a}",
        },
    )
    assert response.headers["location"] == f"/cases/{world.case_a}"
