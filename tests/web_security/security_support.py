"""Helpers of the web security tests: the routes of the application, with example path values."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

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
    }
