"""A case holds its story, in Chromium: a worker opens a case, logs the request received, decides on
it from the case, records the decision, downloads the refusal letter, records the OE's answer, reads
the timeline and each confirmation (role=status, focused), then searches and filters the case list
— with JavaScript on (htmx swaps, axe-core on each page) and once with it off (plain page loads).

Screenshots of the pages in French and Dutch go to ``$SECRETPRO_SCREENSHOTS`` when it is set."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from test_web_browser import no_axe_violations
from web_accounts import sign_in

pytestmark = pytest.mark.browser

RECEIVED = "2025-02-03"
SCREENSHOTS = os.environ.get("SECRETPRO_SCREENSHOTS")


def _signed_in(browser: Browser, base_url: str, *, javascript: bool) -> Iterator[Page]:
    context = browser.new_context(
        base_url=base_url, accept_downloads=True, locale="fr-BE", java_script_enabled=javascript
    )
    page = context.new_page()
    sign_in(page, base_url)
    yield page
    context.close()


@pytest.fixture
def worker(browser: Browser, live_server: str) -> Iterator[Page]:
    yield from _signed_in(browser, live_server, javascript=True)


@pytest.fixture
def worker_without_javascript(browser: Browser, live_server: str) -> Iterator[Page]:
    yield from _signed_in(browser, live_server, javascript=False)


def _shot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


def confirmed(page: Page, words: str, *, axe: bool = True) -> None:
    """The confirmation of what was just done: one status region, read first (it has the focus)."""
    status = page.locator(".confirmation[role=status]")
    expect(status).to_have_count(1)
    expect(status).to_contain_text(words)
    expect(status).to_be_focused()
    if axe:
        no_axe_violations(page)


def _open_case(page: Page, name: str) -> str:
    page.goto("/cases")
    page.get_by_label("Nom de la personne").fill(name)
    page.get_by_role("button", name="Ouvrir le dossier").click()
    expect(page.locator("h1")).to_have_text(name)
    found = re.search(r"/cases/([A-Za-z0-9_-]+)", page.url)
    assert found
    return found.group(1)


def _log_request(page: Page) -> None:
    form = page.locator("form[action$='/requests']")
    form.get_by_label("Demandeur").select_option("office_des_etrangers")
    form.get_by_label("Adresse").check()
    form.get_by_label("Reçue le").fill(RECEIVED)
    form.get_by_role("button", name="Inscrire la demande").click()


def test_a_worker_follows_a_case_from_request_to_answer(worker: Page) -> None:
    page = worker
    name = "Dossier Inventé Chromium"
    case_id = _open_case(page, name)
    expect(page.locator(".case-status")).to_have_text("Rien d'inscrit")

    _log_request(page)
    confirmed(page, "Demande inscrite au dossier.")
    expect(page.locator(".timeline")).to_contain_text("Demande reçue le 3 févr. 2025")
    expect(page.locator(".case-status")).to_have_text("Demande à traiter")
    assert "done=request" in page.url and name not in page.url

    # "Décider sur cette demande": R3 starts from the request (who asks, what) and decides at once.
    page.get_by_role("button", name=re.compile("^Décider sur cette demande")).click()
    expect(page.locator(".outcome-label")).to_contain_text("Transmission interdite")
    box = page.locator("section[aria-labelledby=record-heading]")
    expect(box).to_contain_text(name)
    expect(box).to_contain_text("en réponse à la demande reçue le 3 févr. 2025")
    expect(page.locator(".outcome-date")).to_contain_text("3 févr. 2025")
    no_axe_violations(page)
    _shot(page, "fr-decision-page-of-a-case")
    box.get_by_role("button", name="Enregistrer la décision dans ce dossier").click()

    confirmed(page, "Décision enregistrée au dossier.")
    assert f"/cases/{case_id}" in page.url
    decision = page.locator(".timeline .entry-decision")
    expect(decision).to_contain_text("R3 · Demande d'information entrante — Transmission interdite")
    expect(decision.get_by_role("link", name="la demande reçue le 3 févr. 2025")).to_have_count(1)
    for raw in ("reference_date", "decisive_step", "CVTS", "Sources des motifs"):
        expect(page.locator("main")).not_to_contain_text(raw)

    # Its documents are one step away; the letter downloaded is recorded with its hash.
    page.get_by_role("link", name="Préparer les documents de cette décision").click()
    expect(page.locator("#documents-heading")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Cette décision est enregistrée dans ce dossier.")
    letter = page.locator("form[action='/documents/r3/refusal-letter']")
    with page.expect_download() as download_info:
        letter.get_by_role("button", name=re.compile("^Télécharger en PDF")).click()
    content = download_info.value.path().read_bytes()
    page.goto(f"/cases/{case_id}")
    sent = page.locator(".timeline .entry-document_sent")
    expect(sent).to_contain_text("Lettre de refus motivé")
    expect(sent).to_contain_text(hashlib.sha256(content).hexdigest())
    expect(sent).to_contain_text(download_info.value.suggested_filename)
    expect(page.locator(".case-status")).to_contain_text("Réponse attendue depuis le")

    answer = page.locator("form[action$='/answers']")
    answer.get_by_label("Reçue le").fill("2025-02-20")
    answer.get_by_label("Ce que dit la réponse").fill("L'OE prend acte du refus.")
    answer.get_by_role("button", name="Inscrire la réponse").click()
    confirmed(page, "Réponse inscrite au dossier.")
    headings = page.locator(".timeline h3").all_inner_texts()
    assert [heading.split(" ")[0] for heading in headings] == ["Demande", "Décision", "Document", "Réponse"]
    _shot(page, "fr-case-page")

    # The list: the search by name is sent in the body, never in the address; then the filters.
    page.goto("/cases")
    page.get_by_label("Rechercher", exact=True).fill("dossier inventé chromium")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    expect(page.locator(".results-count")).to_contain_text("1 dossier(s) sur")
    expect(page.locator("table.cases tbody tr")).to_have_count(1)
    assert "chromium" not in page.url.lower()
    page.get_by_label("Rechercher", exact=True).fill("")
    page.get_by_label("Règle d'une décision").select_option("r3")
    page.get_by_label("Réponse de cette décision").select_option("forbidden")
    page.get_by_label("État", exact=True).select_option("answered")
    page.get_by_label("Activité depuis le").fill("2025-02-01")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    row = page.locator("table.cases tbody tr", has_text=name)
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Réponse reçue")
    expect(row).to_contain_text("R3 · Demande d'information entrante — Transmission interdite")
    no_axe_violations(page)
    _shot(page, "fr-case-list-filtered")
    page.get_by_label("Règle d'une décision").select_option("r1")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    expect(page.locator("table.cases tbody tr", has_text=name)).to_have_count(0)

    # On a phone, the case and the list fit the screen (long hashes wrap, the table scrolls in place).
    page.set_viewport_size({"width": 375, "height": 800})
    for path, shot in ((f"/cases/{case_id}", "fr-phone-case-page"), ("/cases", "fr-phone-case-list")):
        page.goto(path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        _shot(page, shot)
    page.set_viewport_size({"width": 1280, "height": 800})

    # The same pages in Dutch.
    page.goto(f"/cases/{case_id}")
    page.get_by_role("link", name="Nederlands").click()
    expect(page.locator(".timeline")).to_contain_text("Ontvangen verzoek op 3 feb 2025")
    expect(page.locator(".timeline")).to_contain_text("Doorgeven verboden")
    no_axe_violations(page)
    _shot(page, "nl-case-page")
    page.goto("/cases?status=answered")
    expect(page.locator("table.cases tbody tr", has_text=name)).to_have_count(1)
    _shot(page, "nl-case-list-filtered")
    page.goto("/lang/fr?next=/cases")


def test_the_same_story_without_javascript(worker_without_javascript: Page) -> None:
    page = worker_without_javascript
    name = "Dossier Inventé Sans Script"
    case_id = _open_case(page, name)
    _log_request(page)
    confirmed(page, "Demande inscrite au dossier.", axe=False)
    page.locator("form[action$='/decisions']").get_by_label("Situation").select_option("r3")
    page.get_by_role("button", name="Commencer la décision").click()
    expect(page.locator(".outcome-label")).to_contain_text("Transmission interdite")
    page.get_by_role("button", name="Enregistrer la décision dans ce dossier").click()
    confirmed(page, "Décision enregistrée au dossier.", axe=False)
    assert f"/cases/{case_id}" in page.url
    expect(page.locator(".timeline .entry-decision")).to_contain_text("En réponse à")
    _shot(page, "fr-case-page-without-javascript")
    page.goto("/cases")
    page.get_by_label("Rechercher", exact=True).fill("sans script")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    expect(page.locator("table.cases tbody tr")).to_have_count(1)
    assert page.url.endswith("/cases/search")
