"""The guard page in the worker's words: a reply (the strictest check) by default, kinds of message
instead of profile names, and for a blocked message the document to prepare instead of a "redacted"
text that still discloses; it fits a phone (Chromium at 375 px)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, expect
from test_web_browser import no_axe_violations
from web_accounts import sign_in

from secretpro.web.routes.guard import MESSAGE_KINDS

# Invented: nobody's name, a valid but invented national number, an invented address.
DISCLOSING = (
    "Bonjour, suite à votre demande concernant Mme Amina Benali (85.07.30-033.28) : elle habite rue Haute 12, "
    "1000 Bruxelles. Elle bénéficie d'une aide médicale urgente depuis janvier. Cordialement, CPAS de Test"
)
LONG_WORDS = (
    "Écrire à amina.benali.une.adresse.tres.longue@un-domaine-tout-aussi-long-et-invente.be, "
    "compte BE68539007547034, https://exemple.invalid/un/chemin/sans/espace/aucun/qui/ne/finit/jamais"
)


def visible_text(html: str) -> str:
    body = html.split("<main", 1)[1].split("</main>", 1)[0]
    return unescape(re.sub(r"<[^>]+>", " ", body))


def test_a_reply_is_checked_by_default(client: TestClient) -> None:
    page = client.get("/guard").text
    assert re.search(r'value="strict"[^>]* checked', page)
    assert not re.search(r'value="guarantor_inquiry"[^>]* checked', page)
    # A form sent without a kind (or an unknown one) is checked as a reply too.
    for data in ({"text": DISCLOSING}, {"text": DISCLOSING, "profile": "lax"}):
        result = client.post("/guard", data=data).text
        assert re.search(r'value="strict"[^>]* checked', result)
        assert 'href="/interview/r3"' in result


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_no_internal_name_is_shown(client: TestClient, language: str) -> None:
    client.cookies.set("lang", language)
    for page in (client.get("/guard").text, client.post("/guard", data={"text": DISCLOSING}).text):
        text = visible_text(page)
        for internal in ("strict", "Strict", "guarantor_inquiry", "profil", "Profil", "profiel", "profile"):
            assert internal not in text, (language, internal)
    assert len(MESSAGE_KINDS) == 2


def test_a_blocked_reply_points_to_the_refusal_letter_not_to_a_redacted_text(client: TestClient) -> None:
    page = client.post("/guard", data={"text": DISCLOSING, "profile": "strict"}).text
    assert "À ne pas envoyer" in page
    assert '<a class="button-link" href="/interview/r3">Préparer la lettre de refus motivé</a>' in page
    for placeholder in ("[DONNÉE MÉDICALE]", "[ADRESSE]", "[NOM]", 'id="redacted"', "expurgée, à copier"):
        assert placeholder not in page


def test_a_dutch_page_mixes_no_french_placeholder_into_the_text(client: TestClient) -> None:
    client.cookies.set("lang", "nl")
    page = client.post(
        "/guard", data={"text": "Zij woont in de Kerkstraat 12, 9000 Gent en is diabetica."}
    ).text
    assert "Niet versturen" in page and "[ADRESSE]" not in page and "[DONNÉE" not in page


def test_a_clean_reply_offers_nothing_instead(client: TestClient) -> None:
    page = client.post(
        "/guard", data={"text": "Bonjour, nous avons bien reçu votre courrier. CPAS de Test"}
    ).text
    assert "Rien d'interdit pour ce message." in unescape(page)
    assert 'href="/interview/r3"' not in page


# ---- Chromium, on a phone ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def phone(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(
        base_url=live_server,
        locale="fr-BE",
        viewport={"width": 375, "height": 740},
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    sign_in(page, live_server)
    yield page
    context.close()


def no_horizontal_overflow(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page is {width} px wide on a 375 px screen"


@pytest.mark.browser
def test_the_guard_page_fits_a_phone_and_leads_to_the_letter(phone: Page) -> None:
    page = phone
    page.goto("/guard")
    expect(
        page.get_by_label("Une réponse à une demande d'informations, ou tout autre message qui sort du CPAS")
    ).to_be_checked()
    no_horizontal_overflow(page)
    page.get_by_label("Texte de l'e-mail").fill(f"{DISCLOSING} {LONG_WORDS}")
    page.get_by_role("button", name="Vérifier").click()
    expect(page.locator("mark.finding-blocked").first).to_be_visible()
    no_horizontal_overflow(page)
    no_axe_violations(page)
    page.get_by_role("link", name="Préparer la lettre de refus motivé").click()
    page.wait_for_url("**/interview/r3")
    expect(page.locator("h1")).to_contain_text("Répondre à une demande")
    no_horizontal_overflow(page)


def test_a_text_with_windows_line_ends_is_checked(client: TestClient) -> None:
    # A browser sends a textarea's line ends as "\r\n"; the round-start guard of the thirty-ninth
    # round raised IndexError on a centre's name cut by one ("in het centrum\r\nvan Jette").
    text = "Mevrouw Claes woont in het centrum\r\nvan Jette.\r\nZe is opgesloten in\r\nSteenokkerzeel."
    response = client.post("/guard", data={"text": text, "profile": "strict"})
    assert response.status_code == 200
    assert "À ne pas envoyer" in response.text


def test_a_finding_that_goes_on_past_the_one_before_is_marked_to_its_end(client: TestClient) -> None:
    # (fortieth round) "est enfermé au centre fermé" (a status) then "centre fermé⏎de Vottem" (the
    # centre's address, which goes on past it): the page skipped the address, overlapping the status,
    # and showed "de Vottem" unmarked.
    text = "M. Dubois est enfermé au centre fermé\r\nde Vottem depuis lundi."
    response = client.post("/guard", data={"text": text, "profile": "strict"})
    assert response.status_code == 200
    marked = re.findall(r'<mark class="finding-blocked">(.*?)<span', response.text, re.DOTALL)
    assert any("Vottem" in unescape(piece) for piece in marked), marked
    assert not any("depuis" in unescape(piece) for piece in marked), marked
