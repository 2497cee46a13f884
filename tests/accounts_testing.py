"""Test helpers: a register with accounts, and an in-process client that is logged in and sends its
CSRF token with every request (the ``X-CSRF-Token`` header, as htmx does).

Used by ``tests/web`` and ``tests/web_security``; nothing here runs in production.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from secretpro.register import Register, Role, ensure_cpas
from secretpro.register.accounts import create_user, find_account
from secretpro.web.accounts.runtime import runtime_of

TEST_PASSWORD = "correct horse battery staple"
CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF_INPUT.search(html)
    if match is None:
        raise AssertionError("no CSRF field on the page")
    return match.group(1)


def ensure_user(
    register: Register,
    username: str,
    *,
    role: Role | str = Role.SOCIAL_WORKER,
    cpas: str = "CPAS de Test",
    password: str = TEST_PASSWORD,
) -> int:
    """The id of ``username``, created (with its CPAS) when absent."""
    existing = find_account(register, username)
    if existing is not None:
        return existing.id
    return create_user(
        register, username=username, password=password, role=role, cpas_id=ensure_cpas(register, cpas)
    )


def log_in(client: TestClient, username: str, password: str = TEST_PASSWORD) -> str:
    """Log ``client`` in through the login form; returns the session's CSRF token, which is also
    set as the client's default ``X-CSRF-Token`` header."""
    client.headers.pop("x-csrf-token", None)
    form = client.get("/login")
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf_from(form.text), "next": "/"},
        follow_redirects=False,
    )
    if response.status_code != 303:
        raise AssertionError(f"login failed for {username}: {response.status_code}")
    token = csrf_from(client.get("/login", follow_redirects=True).text)
    client.headers["X-CSRF-Token"] = token
    return token


def logged_in_client(
    app: FastAPI,
    username: str = "worker",
    *,
    role: Role | str = Role.SOCIAL_WORKER,
    cpas: str = "CPAS de Test",
    password: str = TEST_PASSWORD,
    **client_options: Any,
) -> TestClient:
    """A ``TestClient`` on ``app`` logged in as ``username`` (created in the app's register when
    absent). Use it as a context manager like any ``TestClient``."""
    register = runtime_of(app).register(app)
    ensure_user(register, username, role=role, cpas=cpas, password=password)
    client = TestClient(app, **client_options)
    log_in(client, username, password)
    return client


def log_in_page(page: Any, base_url: str, username: str, password: str = TEST_PASSWORD) -> None:
    """Log a Playwright page in through the login form (labels are the French ones)."""
    page.goto(base_url + "/login")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)
