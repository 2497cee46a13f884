"""Fixtures for the web tests: an in-process client, a stand-in guard, and (for the browser tests) a
real uvicorn server on a free loopback port driven by Debian's Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from guard_stub import StubGuard, install_guard
from web_accounts import log_in, make_register

from live_server import running_server, server_env
from secretpro.web.app import create_app
from secretpro.web.settings import WebSettings

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def register_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """One register (SQLite) with one invented social worker, shared by the in-process tests."""
    return make_register(tmp_path_factory.mktemp("web-register"))


@pytest.fixture(scope="session")
def logged_in_client(
    register_files: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """One application and one login for the session (a login costs an argon2 hash)."""
    url, key = register_files
    saved = {
        name: os.environ.get(name) for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "XDG_DATA_HOME")
    }
    os.environ.update(
        SECRETPRO_DATABASE_URL=url, SECRETPRO_KEY=key, XDG_DATA_HOME=str(tmp_path_factory.mktemp("xdg"))
    )
    try:
        with TestClient(
            create_app(WebSettings(secret_key="test-secret")), follow_redirects=True
        ) as test_client:
            log_in(test_client)
            yield test_client
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def client(logged_in_client: TestClient) -> TestClient:
    """The logged-in client with no language choice and no interview under way."""
    for cookie in list(logged_in_client.cookies.jar):
        if cookie.name == "lang" or cookie.name.startswith("interview-"):
            logged_in_client.cookies.delete(cookie.name, domain=cookie.domain, path=cookie.path)
    return logged_in_client


@pytest.fixture
def passing_guard(monkeypatch: pytest.MonkeyPatch) -> StubGuard:
    guard = StubGuard()
    install_guard(monkeypatch, guard)
    return guard


# ---- browser tests -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The application under uvicorn in its own process, with its own data directory."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (apt-get install chromium)")
    data = tmp_path_factory.mktemp("secretpro-data")
    url, key = make_register(data)
    env = server_env(url, key, Path(data), "browser-test-secret")
    with running_server(env, data / "server.log") as base:
        yield base
