"""A register with one invented social worker, and logging it in: a test client (with its CSRF token) or a browser page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi.testclient import TestClient

from secretpro.register import Register, ensure_cpas, generate_key
from secretpro.register.accounts import create_user

USERNAME = "travailleuse"
PASSWORD = "une phrase de passe inventée pour les tests"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

if TYPE_CHECKING:  # (only the browser tests pass a page; the others need no Playwright)
    from playwright.sync_api import Page


def make_register(folder: Path, key: str | None = None) -> tuple[str, str]:
    """Creates the register file with one social worker; returns its URL and key (base64)."""
    url = f"sqlite+pysqlite:///{folder / 'secretpro.sqlite3'}"
    key = key or generate_key()
    register = Register.open(url, key=key)
    try:
        cpas_id = ensure_cpas(register, "CPAS de Test")
        create_user(register, username=USERNAME, password=PASSWORD, role="social_worker", cpas_id=cpas_id)
    finally:
        register.engine.dispose()
    return url, key


def log_in(client: TestClient) -> None:
    """Logs in through the login form, then sends the session's CSRF token with every request."""
    form = client.get("/login").text
    token = CSRF.search(form)
    assert token, "no CSRF field on the login page"
    response = client.post(
        "/login", data={"username": USERNAME, "password": PASSWORD, "csrf_token": token.group(1), "next": "/"}
    )
    assert response.status_code == 200, response.status_code
    session_token = CSRF.search(client.get("/guard").text)
    assert session_token
    client.headers["X-CSRF-Token"] = session_token.group(1)


def sign_in(page: Page, base_url: str) -> None:
    """Logs the invented worker in through the login page in a browser, and waits for the home page."""
    page.goto("/login")
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}/")
