"""Fixtures of the supervision tests: a populated register (SQLite and PostgreSQL) and, for the
pages, an application with a supervisor, an administrator and a social worker logged in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from supervision_testdata import PASSWORD, Populated, populate

from accounts_testing import log_in
from secretpro.register import Register, generate_key
from secretpro.register.accounts import create_user, set_display_name
from secretpro.web.app import create_app
from secretpro.web.settings import WebSettings


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "SECRETPRO_KEY_FILE", "SECRETPRO_CPAS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def register(db_url: str) -> Iterator[Register]:
    reg = Register.open(db_url, key=generate_key())
    try:
        yield reg
    finally:
        reg.close()


@pytest.fixture
def populated(register: Register) -> Populated:
    return populate(register)


@pytest.fixture(scope="module")
def web_register(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, Populated]:
    folder = tmp_path_factory.mktemp("supervision-web")
    url, key = f"sqlite+pysqlite:///{folder / 'secretpro.sqlite3'}", generate_key()
    register = Register.open(url, key=key)
    try:
        data = populate(register)
        # One worker has a display name (the dashboard names workers by it), the other has none.
        set_display_name(register, data.worker_id, "Anna Dubois")
        create_user(register, username="admin", password=PASSWORD, role="administrator", cpas_id=data.cpas_id)
        create_user(
            register, username="chefin", password=PASSWORD, role="supervisor", cpas_id=data.other_cpas_id
        )
    finally:
        register.close()
    return url, key, data


@pytest.fixture(scope="module")
def app_env(
    web_register: tuple[str, str, Populated], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    url, key, _data = web_register
    saved = {
        name: os.environ.get(name) for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "XDG_DATA_HOME")
    }
    os.environ.update(
        SECRETPRO_DATABASE_URL=url, SECRETPRO_KEY=key, XDG_DATA_HOME=str(tmp_path_factory.mktemp("xdg"))
    )
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _client(username: str) -> Iterator[TestClient]:
    with TestClient(create_app(WebSettings(secret_key="test-secret")), follow_redirects=True) as client:
        log_in(client, username, PASSWORD)
        yield client


@pytest.fixture(scope="module")
def supervisor_client(app_env: None) -> Iterator[TestClient]:
    yield from _client("chef")


@pytest.fixture(scope="module")
def admin_client(app_env: None) -> Iterator[TestClient]:
    yield from _client("admin")


@pytest.fixture(scope="module")
def worker_client(app_env: None) -> Iterator[TestClient]:
    yield from _client("anna")
