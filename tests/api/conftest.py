"""Fixtures of the API tests: a bare FastAPI application with the API router and a token checker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import fake_verifier
from fastapi import FastAPI
from fastapi.testclient import TestClient

from secretpro.web.routes.api import router


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads or writes the real user's register or key."""
    for name in ("SECRETPRO_DATABASE_URL", "SECRETPRO_KEY", "SECRETPRO_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def app() -> FastAPI:
    application = FastAPI()
    application.include_router(router)
    application.state.api_token_verifier = fake_verifier
    return application


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client
