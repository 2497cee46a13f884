"""The OpenAPI schema documents requests, responses and the 4xx errors; the API works inside the
web application and with tokens from a real register."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from api_support import AUTH, TOKEN
from fastapi import FastAPI
from fastapi.testclient import TestClient

from secretpro.web.routes.api import openapi_schema, router


def test_openapi_is_served_and_lists_the_errors(client: TestClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema == openapi_schema()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    expected = {
        "/api/v1/decide/guarantor-inquiry",
        "/api/v1/decide/shared-secrecy",
        "/api/v1/decide/incoming-request",
        "/api/v1/decide/automatic-flow",
        "/api/v1/decide/medical-certificate",
        "/api/v1/batch/{rule}",
        "/api/v1/guard",
        "/api/v1/visa-list",
        "/api/v1/health",
    }
    assert expected <= set(paths)
    decide = paths["/api/v1/decide/guarantor-inquiry"]["post"]
    for status in ("200", "400", "401", "413", "422"):
        assert status in decide["responses"], status
    assert decide["responses"]["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorResponse"
    }
    body = decide["requestBody"]["content"]["application/json"]["schema"]
    assert body["additionalProperties"] is False
    assert "nationality" in body["properties"]
    assert decide["security"] == [{"bearerAuth": []}]
    assert schema["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert "Decision" in schema["components"]["schemas"]
    assert "HTTPValidationError" not in schema["components"]["schemas"]


def test_openapi_schema_is_valid() -> None:
    schemathesis = pytest.importorskip("schemathesis")
    app = FastAPI()
    app.include_router(router)
    loaded = schemathesis.openapi.from_dict(openapi_schema())
    assert loaded is not None


def _walk_refs(node: Any, refs: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                refs.add(value)
            else:
                _walk_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _walk_refs(value, refs)


def test_openapi_references_resolve() -> None:
    schema = openapi_schema()
    refs: set[str] = set()
    _walk_refs(schema, refs)
    components = schema["components"]["schemas"]
    for ref in refs:
        assert ref.startswith("#/components/schemas/")
        assert ref.rsplit("/", 1)[1] in components, ref


def test_api_inside_the_web_application() -> None:
    app_module = pytest.importorskip("secretpro.web.app")
    settings_module = pytest.importorskip("secretpro.web.settings")
    app = app_module.create_app(settings_module.WebSettings(secret_key="test-secret"))
    app.state.api_token_verifier = lambda token: None
    with TestClient(app) as client:
        assert client.get("/api/v1/health").json()["status"] == "ok"
        response = client.post("/api/v1/decide/guarantor-inquiry", json={}, headers=AUTH)
        assert response.status_code == 401
        assert response.json()["error"]["field"] == "Authorization"


def test_tokens_from_the_register(tmp_path: Path) -> None:
    from secretpro.register import Register, ensure_cpas, generate_key
    from secretpro.register.accounts import create_api_token, create_user, revoke_api_token

    register = Register.open(f"sqlite:///{tmp_path / 'register.db'}", key=generate_key())
    cpas = ensure_cpas(register, "CPAS de Testville")
    user = create_user(
        register, username="logiciel", password="un mot de passe long", role="social_worker", cpas_id=cpas
    )
    new = create_api_token(register, user, "logiciel de gestion")
    app = FastAPI()
    app.include_router(router)
    app.state.register = register
    with TestClient(app) as client:
        url = "/api/v1/decide/guarantor-inquiry"
        ok = client.post(url, json={}, headers={"Authorization": f"Bearer {new.token}"})
        assert ok.status_code == 200, ok.text
        assert client.post(url, json={}, headers=AUTH).status_code == 401
        revoke_api_token(register, new.id)
        app.state.api_cached_verifier.seconds = 0  # the cache would keep it for a few seconds
        app.state.api_cached_verifier._known.clear()
        assert client.post(url, json={}, headers={"Authorization": f"Bearer {new.token}"}).status_code == 401
    assert TOKEN not in (tmp_path / "register.db").read_bytes().decode("latin-1")
    assert new.token not in (tmp_path / "register.db").read_bytes().decode("latin-1")
