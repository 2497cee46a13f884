"""Every page renders in French, Dutch and English, with the right ``lang``, strict headers and
friendly errors."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_walk import walk

from secretpro.rules.sources import citations

PAGES = [
    "/",
    "/sources",
    "/guard",
    *(f"/interview/r{n}" for n in range(1, 6)),
    *(f"/interview/r{n}/decision" for n in range(1, 6)),
]
WORDS = {"fr": "Accueil", "nl": "Startpagina", "en": "Home"}


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_in_each_language(client: TestClient, path: str, language: str) -> None:
    client.cookies.set("lang", language)
    response = client.get(path)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.text
    assert WORDS[language] in response.text
    assert 'class="skip-link" href="#main"' in response.text
    assert "<script>" not in response.text and " style=" not in response.text


def test_language_switch_sets_the_cookie_and_comes_back(client: TestClient) -> None:
    response = client.get("/lang/nl?next=/sources", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/sources"
    assert "lang=nl" in response.headers["set-cookie"]
    assert '<html lang="nl">' in client.get("/sources").text


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil"])
def test_language_switch_is_no_open_redirect(client: TestClient, target: str) -> None:
    response = client.get("/lang/en", params={"next": target}, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-store"


def test_a_large_body_is_refused(client: TestClient) -> None:
    response = client.post("/guard", data={"text": "x" * 300_000})
    assert response.status_code == 413
    assert "content-security-policy" in response.headers


def test_friendly_404(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert "Page introuvable" in response.text


def test_friendly_422_repeats_nothing(client: TestClient) -> None:
    # A malformed form (an over-long field) is refused by validation without echoing what was typed.
    response = client.post(
        "/interview/r1/answer", data={"fact": "x" * 100, "value": "Jean Dupont 85073003328"}
    )
    assert response.status_code == 422
    assert "Dupont" not in response.text and "85073003328" not in response.text


def test_unknown_rule_is_404(client: TestClient) -> None:
    assert client.get("/interview/r9").status_code == 404


def test_htmx_is_vendored_and_pinned(client: TestClient) -> None:
    script = client.get("/static/htmx.min.js")
    assert script.status_code == 200 and "htmx" in script.text[:200]
    assert "2.0.11" in client.get("/static/htmx.LICENSE.txt").text


def test_sources_page_highlights_and_anchors_every_quote(client: TestClient) -> None:
    page = client.get("/sources").text
    for quote_id in citations().quotes:
        assert f'<mark id="{quote_id}" class="cited"' in page, quote_id
    assert "lois du 29 février 2024" in page  # art. 458 caveat beside it
    assert 'href="/interview/r1"' in page


def test_every_reason_links_to_its_sentence(client: TestClient) -> None:
    _, page = walk(
        client,
        "r3",
        {
            "requester": "office_des_etrangers",
            "requested": ["address"],
            "legal_basis_invoked": None,
            "shared_secrecy_claimed": None,
        },
    )
    quotes = re.findall(r'<blockquote lang="fr" cite="/sources#([a-z0-9_]+)">', page)
    links = re.findall(r'<a href="/sources#([a-z0-9_]+)">', page)
    assert quotes and quotes == links
    assert all(quote_id in citations().quotes for quote_id in quotes)


def test_the_header_names_the_user_and_the_cpas(client: TestClient) -> None:
    assert "Connecté : travailleuse · CPAS de Test" in client.get("/").text
