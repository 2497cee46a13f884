"""Shared by the API tests: an invented client's token and a stand-in token checker."""

from __future__ import annotations

from secretpro.web.api_auth import ApiClient

TOKEN = "sp_test-token-for-an-invented-client"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def fake_verifier(token: str) -> ApiClient | None:
    return ApiClient(1, "logiciel-test", 1) if token == TOKEN else None
