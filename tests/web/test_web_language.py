"""The page language: the switch's choice (cookie) first, else the browser's Accept-Language (a Dutch
browser gets Dutch at once), else French."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from playwright.sync_api import Browser, expect
from web_accounts import PASSWORD, USERNAME

from secretpro.i18n import LANGUAGES
from secretpro.web.language import browser_language


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "fr"),
        ("", "fr"),
        ("nl-BE,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl"),
        ("nl", "nl"),
        ("NL-be", "nl"),
        ("en-GB,en;q=0.9", "en"),
        ("fr-BE,fr;q=0.9,nl;q=0.8", "fr"),
        ("de-DE,de;q=0.9,en;q=0.5,nl;q=0.4", "en"),  # the best of those we have
        ("en;q=0.4,nl;q=0.8", "nl"),  # weight, not order
        ("en,nl", "en"),  # equal weights: the first listed
        ("ja,zh;q=0.9", "fr"),  # nothing we have: French
        ("nl;q=0,en;q=0.1", "en"),  # q=0: not Dutch
        ("nl;q=0", "fr"),
        ("de, fr;q=0, *;q=0.1", "nl"),  # any but French
        ("*", "fr"),
        ("nl;q=abc,en", "en"),  # a malformed weight drops that range only
        ("nl;q=2", "fr"),
        ("nl, nl-BE;q=0", "nl"),  # the first range naming a language sets its weight
        (",,;;q=,", "fr"),
    ],
)
def test_browser_language(header: str | None, expected: str) -> None:
    assert browser_language(header) == expected


@given(st.text(max_size=300))
def test_any_header_gives_a_supported_language(header: str) -> None:
    assert browser_language(header) in LANGUAGES


TAGS = st.sampled_from(["fr", "fr-BE", "nl", "nl-BE", "en", "en-GB", "de", "ja", "ar-MA"])
WEIGHTS = st.sampled_from([None, "1", "0.9", "0.5", "0.5", "0.1", "0"])


@given(st.lists(st.tuples(TAGS, WEIGHTS), max_size=6, unique_by=lambda item: item[0].split("-")[0]))
def test_the_most_wanted_supported_language_wins(ranges: list[tuple[str, str | None]]) -> None:
    """Generated headers, one range per language: the answer is the supported language of highest
    weight, the first listed among equals, French when none is wanted."""
    header = ", ".join(tag if weight is None else f"{tag};q={weight}" for tag, weight in ranges)
    wanted = [
        (float(weight or 1), -rank, tag.split("-")[0])
        for rank, (tag, weight) in enumerate(ranges)
        if tag.split("-")[0] in LANGUAGES and float(weight or 1) > 0
    ]
    assert browser_language(header) == (max(wanted)[2] if wanted else "fr")


def test_a_dutch_browser_gets_dutch_pages_until_a_choice_is_made(client: TestClient) -> None:
    page = client.get("/sources", headers={"Accept-Language": "nl-BE,nl;q=0.9,fr;q=0.5"})
    assert '<html lang="nl">' in page.text and "Bronnen" in page.text
    assert "Accept-Language" in page.headers.get("vary", "")
    assert '<html lang="en">' in client.get("/", headers={"Accept-Language": "en-GB"}).text
    assert '<html lang="fr">' in client.get("/", headers={"Accept-Language": "ja"}).text
    # The switch's choice wins over the browser's from then on.
    client.get("/lang/fr?next=/sources")
    assert '<html lang="fr">' in client.get("/sources", headers={"Accept-Language": "nl-BE"}).text


@pytest.mark.browser
@pytest.mark.parametrize(("locale", "lang"), [("nl-BE", "nl"), ("en-GB", "en"), ("de-DE", "fr")])
def test_chromium_gets_its_language_until_the_worker_chooses(
    browser: Browser, live_server: str, locale: str, lang: str
) -> None:
    context = browser.new_context(base_url=live_server, locale=locale)
    page = context.new_page()
    page.goto("/login")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    if lang == "nl":
        expect(page.locator("form button[type=submit]").first).to_have_text("Aanmelden")
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{live_server}/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    if lang != "fr":
        page.get_by_role("link", name="Français").click()
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        page.goto("/sources")
        expect(page.locator("html")).to_have_attribute("lang", "fr")  # the choice outlives the browser's
    context.close()
