"""Every form's refusal (4xx) reaches the worker in Chromium, with JavaScript on (htmx swaps the
error page in) and off (a plain page load): an error region with role=alert, which takes the focus
so that a screen reader reads it and a keyboard user starts from it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from playwright.sync_api import Browser, Page, expect
from test_web_browser import R1_ALLOWED, answer, no_axe_violations, restart_interview, run_interview
from web_accounts import sign_in

from secretpro.rules import today_in_brussels

pytestmark = pytest.mark.browser

# A national number whose check digits are wrong (the valid invented one ends in 28).
BAD_NUMBER = "85.07.30-033.29"
# Pages of a context without JavaScript: axe-core cannot run there (the same HTML is checked with it on).
NO_SCRIPT: set[int] = set()


@pytest.fixture(scope="module", params=[True, False], ids=["js-on", "js-off"])
def worker(request: pytest.FixtureRequest, browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, locale="fr-BE", java_script_enabled=request.param)
    page = context.new_page()
    if not request.param:
        NO_SCRIPT.add(id(page))
    sign_in(page, live_server)
    yield page
    context.close()


def error_region_says(page: Page, words: str) -> None:
    alert = page.locator(".error-box[role=alert]")
    expect(alert).to_have_count(1)
    expect(alert).to_be_visible()
    expect(alert).to_contain_text(words)
    expect(alert).to_be_focused()
    if id(page) not in NO_SCRIPT:
        no_axe_violations(page)


def test_interview_answer_in_the_future(worker: Page) -> None:
    page = worker
    restart_interview(page, "r1")
    answer(page, "false")
    expect(page.locator("label.question")).to_contain_text("Depuis quelle date")
    page.locator("#answer").fill((today_in_brussels() + timedelta(days=30)).isoformat())
    page.get_by_role("button", name="Continuer").click()
    error_region_says(page, "futur")
    expect(page.locator("label.question")).to_contain_text("Depuis quelle date")


def test_oe_email_preview_with_a_bad_national_number(worker: Page) -> None:
    page = worker
    run_interview(page, "r1", R1_ALLOWED)
    form = page.locator("form[action$='/oe-email/preview']")
    form.get_by_label("Nom du bénéficiaire").fill("Amina Benali")
    form.get_by_label("Numéro national (ou numéro BIS)").fill(BAD_NUMBER)
    form.get_by_label("CPAS concerné").fill("CPAS de Schaerbeek")
    page.get_by_role("button", name="Préparer l'e-mail").click()
    error_region_says(page, "numéro national")
    expect(page.get_by_label("Nom du bénéficiaire")).to_have_value("Amina Benali")
    assert "Benali" not in page.url and "8507" not in page.url


def test_open_a_case_with_a_bad_national_number(worker: Page) -> None:
    page = worker
    page.goto("/cases")
    page.get_by_label("Numéro national (ou numéro BIS)").fill(BAD_NUMBER)
    page.get_by_role("button", name="Ouvrir le dossier").click()
    error_region_says(page, "national ou BIS")
    expect(page.get_by_label("Numéro national (ou numéro BIS)")).to_have_value(BAD_NUMBER)


def test_open_a_case_with_nothing(worker: Page) -> None:
    page = worker
    page.goto("/cases")
    page.get_by_role("button", name="Ouvrir le dossier").click()
    error_region_says(page, "Indiquez au moins")


def test_record_a_decision_with_a_bad_national_number(worker: Page) -> None:
    page = worker
    run_interview(page, "r2", {"recipient": "police"})
    record = page.locator("form[action='/cases/record/r2']")
    record.get_by_label("Numéro national (ou numéro BIS)").fill(BAD_NUMBER)
    record.get_by_label("Nom de la personne (facultatif)").fill("Amina Benali")
    record.get_by_role("button", name="Enregistrer au dossier").click()
    error_region_says(page, "national ou BIS")
    # Still the decision page, the entries kept, next to the form that was refused.
    expect(page.locator(".outcome")).to_have_class("outcome outcome-forbidden")
    expect(page.locator("#record-subject-name")).to_have_value("Amina Benali")
