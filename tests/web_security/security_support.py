"""Helpers of the web security tests: invented people, the accounts of two CPAS, the application's
routes with example path values. (A uniquely named module: ``conftest`` names clash between test
folders run together.)"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from accounts_testing import logged_in_client
from secretpro.register import Register
from secretpro.register.accounts import find_account
from secretpro.web.app import create_app
from secretpro.web.settings import WebSettings

UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
PARAM = re.compile(r"\{([a-z_]+)(?::[a-z]+)?\}")


@dataclass(frozen=True)
class RouteInfo:
    method: str
    path: str
    params: tuple[str, ...]

    def url(self, values: dict[str, str]) -> str:
        return PARAM.sub(lambda match: values[match.group(1)], self.path)


def _flatten(candidates: Iterable[Any]) -> Iterator[Any]:
    """Every endpoint route, through included routers (FastAPI keeps them nested)."""
    for route in candidates:
        nested = getattr(route, "effective_candidates", None)
        if callable(nested):
            yield from _flatten(nested())
        elif isinstance(route, APIRoute) or (
            getattr(route, "methods", None) and getattr(route, "endpoint", None)
        ):
            yield route


def routes(app: FastAPI) -> Iterator[RouteInfo]:
    seen: set[tuple[str, str]] = set()
    for route in _flatten(app.routes):
        for method in sorted(route.methods or ()):
            if method == "HEAD" or (method, route.path) in seen:
                continue
            seen.add((method, route.path))
            yield RouteInfo(method, route.path, tuple(PARAM.findall(route.path)))


def page_routes(app: FastAPI) -> list[RouteInfo]:
    return [route for route in routes(app) if not route.path.startswith("/api/")]


def api_routes(app: FastAPI) -> list[RouteInfo]:
    return [route for route in routes(app) if route.path.startswith("/api/")]


def example_values(case_id: str, user_id: int) -> dict[str, str]:
    """A value for each path parameter of the application's routes."""
    return {
        "code": "r1",
        "case_id": case_id,
        "user_id": str(user_id),
        "token_id": "1",
        "kind": "file-note",
        "rule": "guarantor-inquiry",
        # A held message's id (mail relay review): unknown ids answer 404 after the checks tested.
        "held_id": "1",
        "action": "release",
        # An interview draft's id: unknown ids answer 404 after the checks tested.
        "draft_id": "nodraft1",
    }


CHROMIUM = "/usr/bin/chromium"
CPAS_A = "CPAS d'Ixelles (test)"
CPAS_B = "CPAS de Namur (test)"
# Invented people; the numbers are valid Belgian national numbers (checksum), of nobody we know.
PERSON_A = ("Jeanne Inventée-Dupont", "85073003328")
PERSON_B = ("Marcel Imaginaire", "90020200197")


@dataclass
class World:
    """Two CPAS, accounts of every role, and one case in each CPAS."""

    app: FastAPI
    register: Register
    db_file: Path
    case_a: str
    case_b: str
    clients: list[TestClient]

    def client(self, username: str | None = None, **options: Any) -> TestClient:
        """A client logged in as ``username`` (one of the accounts below), or anonymous."""
        options.setdefault("follow_redirects", False)
        if username is None:
            client = TestClient(self.app, **options)
        else:
            account = find_account(self.register, username)
            assert account is not None
            client = logged_in_client(self.app, username, **options)
        self.clients.append(client)
        return client

    def user_id(self, username: str) -> int:
        account = find_account(self.register, username)
        assert account is not None
        return account.id


ACCOUNTS: dict[str, tuple[str, str]] = {
    "worker_a": ("social_worker", CPAS_A),
    "worker_a2": ("social_worker", CPAS_A),
    "supervisor_a": ("supervisor", CPAS_A),
    "admin_a": ("administrator", CPAS_A),
    "worker_b": ("social_worker", CPAS_B),
    "supervisor_b": ("supervisor", CPAS_B),
    "admin_b": ("administrator", CPAS_B),
}


def make_app(register: Register, **settings: Any) -> FastAPI:
    app = create_app(WebSettings(secret_key="web-security-test-secret", **settings))
    app.state.register = register
    return app
