"""Security headers on every page — public, logged-in, errors, redirects, downloads."""

from __future__ import annotations

from fastapi.testclient import TestClient
from httpx import Response
from security_support import World, example_values, page_routes


def _check(response: Response, where: str) -> None:
    headers = response.headers
    csp = headers.get("content-security-policy", "")
    directives = {part.strip().split(" ", 1)[0]: part.strip() for part in csp.split(";") if part.strip()}
    assert directives.get("default-src") == "default-src 'self'", where
    assert directives.get("frame-ancestors") == "frame-ancestors 'none'", where
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, where
    assert "script-src" not in directives or directives["script-src"] == "script-src 'self'", where
    assert headers.get("referrer-policy") == "no-referrer", where
    assert headers.get("x-content-type-options") == "nosniff", where
    assert headers.get("cache-control") == "no-store", where


def test_every_get_page_has_the_headers(world: World) -> None:
    values = example_values(world.case_a, world.user_id("worker_a"))
    clients = {
        "anonymous": world.client(),
        "supervisor": world.client("supervisor_a"),
        "admin": world.client("admin_a"),
    }
    checked = 0
    for name, client in clients.items():
        for route in page_routes(world.app):
            if route.method != "GET":
                continue
            response = client.get(route.url(values))
            _check(response, f"{name} GET {route.path} → {response.status_code}")
            checked += 1
        for path in ("/no-such-page", "/static/htmx.min.js", f"/cases/{world.case_b}"):
            _check(client.get(path), f"{name} {path}")
    assert checked > 30


def test_refusals_and_posts_have_the_headers(world: World) -> None:
    client = world.client("worker_a")
    _check(
        client.post(f"/cases/{world.case_a}/answers", data={"received_on": "2025-01-02", "summary": "s"}),
        "303",
    )
    _check(client.post("/guard", data={"text": "x"}, headers={"X-CSRF-Token": "bad"}), "403 csrf")
    _check(client.get("/exports/register.csv"), "403 role")
    _check(TestClient(world.app).post("/login", data={}), "403 anonymous")


def test_pages_have_no_inline_script_or_style(world: World) -> None:
    import re

    client = world.client("supervisor_a")
    for path in ("/login", "/", "/cases", f"/cases/{world.case_a}", "/interview/r1/decision", "/guard"):
        html = client.get(path, follow_redirects=True).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert " style=" not in html and "<style" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path
