"""A fresh installation opens with one administrator: its password in a 0600 file whose path (not
the password) is shown, and a forced change of that password at the first login."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accounts_testing import csrf_from
from secretpro.register.accounts import authenticate, find_account, password_change_required
from secretpro.register.store import Register
from secretpro.web.app import create_app
from secretpro.web.first_administrator import FIRST_USERNAME, announce, ensure_first_administrator
from secretpro.web.settings import WebSettings

NEW_PASSWORD = "une phrase que moi seul connais"


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SECRETPRO_KEY_FILE", str(tmp_path / "key"))
    return f"sqlite:///{tmp_path / 'data' / 'register.sqlite3'}"


def test_first_start_creates_one_administrator_and_only_once(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ensure_first_administrator(url)
    assert path is not None
    assert path == tmp_path / "data" / "first-administrator-password.txt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    password = path.read_text().strip()
    assert len(password) >= 20
    assert ensure_first_administrator(url) is None
    with Register.open(url) as register:
        account = authenticate(register, FIRST_USERNAME, password)
        assert account is not None
        assert account.role == "administrator"
        assert password_change_required(register, account.id)
    announce(path, "127.0.0.1", 8000)
    shown = capsys.readouterr().err
    assert password not in shown
    assert str(path) in shown
    assert "http://127.0.0.1:8000/login" in shown
    for stored in (tmp_path / "data").glob("register.sqlite3*"):
        assert password.encode() not in stored.read_bytes()


def test_the_first_login_must_change_the_password(url: str) -> None:
    path = ensure_first_administrator(url)
    assert path is not None
    password = path.read_text().strip()
    with Register.open(url) as register:
        app = create_app(WebSettings(secret_key="first-run-test"))
        app.state.register = register
        client = TestClient(app, follow_redirects=False)
        token = csrf_from(client.get("/login").text)
        login = client.post("/login", data={"username": "admin", "password": password, "csrf_token": token})
        assert login.status_code == 303
        # Every page leads to the password page until the password is changed.
        for page in ("/admin/users", "/cases", "/"):
            response = client.get(page)
            assert response.status_code == 303 and response.headers["location"] == "/account/password"
        form = client.get("/account/password")
        assert form.status_code == 200
        assert "choisissez le vôtre" in form.text
        token = csrf_from(form.text)
        weak = client.post(
            "/account/password",
            data={
                "current": password,
                "new": "aaaaaaaaaaaa",
                "confirmation": "aaaaaaaaaaaa",
                "csrf_token": token,
            },
        )
        assert weak.status_code == 422 and "trop facile à deviner" in weak.text
        done = client.post(
            "/account/password",
            data={
                "current": password,
                "new": NEW_PASSWORD,
                "confirmation": NEW_PASSWORD,
                "csrf_token": token,
            },
        )
        assert done.status_code == 303 and done.headers["location"] == "/admin/users"
        assert client.get("/admin/users").status_code == 200  # a new session for this browser
        admin = find_account(register, "admin")
        assert admin is not None
        assert not password_change_required(register, admin.id)
        assert authenticate(register, "admin", password) is None
        assert authenticate(register, "admin", NEW_PASSWORD) is not None
