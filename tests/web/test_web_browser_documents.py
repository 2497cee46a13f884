"""Documents ready to send, in Chromium: the refusal letter downloaded from the decision page carries
the account's CPAS and name, the references typed and its addressee, on one page; the OE e-mail
preview speaks the worker's words and copies its subject and plain-text body; R5 forbidden offers
no envelope cover page."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader
from test_web_browser import R1_ALLOWED, no_axe_violations, run_interview
from web_accounts import sign_in

pytestmark = pytest.mark.browser

R3_FORBIDDEN = {
    "requester": "office_des_etrangers",
    "requested": ["address"],
    "legal_basis_invoked": None,
    "shared_secrecy_claimed": None,
}


@pytest.fixture(scope="module")
def worker(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, accept_downloads=True, locale="fr-BE")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    sign_in(page, live_server)
    yield page
    context.close()


def test_the_refusal_letter_is_ready_to_send(worker: Page) -> None:
    page = worker
    run_interview(page, "r3", R3_FORBIDDEN)
    letter = page.locator("form[action$='/refusal-letter']")
    expect(letter.locator("input[name=cpas_name]")).to_have_count(0)  # never typed again
    expect(page.locator("#documents-heading + p")).to_contain_text("CPAS de Test")
    letter.get_by_label("Référence du demandeur (facultatif)").fill("OE 8.123.456")
    letter.get_by_label("Référence du dossier au CPAS (facultatif)").fill("SOC-2026-0042")
    no_axe_violations(page)
    with page.expect_download() as download_info:
        letter.get_by_role("button", name="Télécharger en PDF").click()
    reader = PdfReader(io.BytesIO(download_info.value.path().read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join((reader.pages[0].extract_text() or "").split())
    for expected in (
        "CPAS de Test",
        "Office des étrangers",
        "Votre référence : OE 8.123.456",
        "Notre référence : SOC-2026-0042",
        "Dossier suivi par : travailleuse",
        "Objet : votre demande d'informations",
    ):
        assert expected in text, expected
    assert "Refus motivé" not in text and "Comité de vigilance" not in text


def test_the_email_preview_copies_subject_and_body(worker: Page) -> None:
    page = worker
    run_interview(page, "r1", R1_ALLOWED)
    form = page.locator("form[action$='/oe-email/preview']")
    expect(form.get_by_label("CPAS concerné")).to_have_value("CPAS de Test")
    form.get_by_label("Nom du bénéficiaire").fill("Amina Benali")
    form.get_by_label("Numéro national (ou numéro BIS)").fill("85.07.30-033.28")
    form.get_by_label("Référence du demandeur (facultatif)").fill("OE 8.123.456")
    page.get_by_role("button", name="Préparer l'e-mail").click()
    expect(page.locator("#email-subject")).to_have_value(
        "Enquête sociale relative au garant — demande de coordonnées"
    )
    content = page.content()
    assert "guarantor_inquiry" not in content and "profil" not in content.lower()
    expect(page.locator(".guard-passed")).to_contain_text("demande de coordonnées du garant à l'OE")
    page.get_by_role("button", name="Copier l'objet").click()
    assert page.evaluate("navigator.clipboard.readText()") == page.locator("#email-subject").input_value()
    page.get_by_role("button", name="Copier le texte de l'e-mail").click()
    body = page.evaluate("navigator.clipboard.readText()")
    assert body.startswith("Votre référence : OE 8.123.456\n\nMadame, Monsieur,")
    assert "- Nom du bénéficiaire : Amina Benali\n- Numéro national" in body
    assert body.rstrip().endswith("travailleuse\nCPAS de Test\n" + body.rstrip().rsplit("\n", 1)[1])
    no_axe_violations(page)
    page.reload()  # the data were never in the address: back to the decision's e-mail form
    expect(page.locator("#doc-oe-email")).to_be_visible()


def test_r5_forbidden_offers_no_envelope_cover_page(worker: Page) -> None:
    page = worker
    run_interview(
        page,
        "r5",
        {"request": "send_certificate", "asked_by": "oe_official", "person_wants_doctor_only": None},
    )
    expect(page.locator(".outcome")).to_have_class("outcome outcome-forbidden")
    expect(page.locator("#doc-checklist-9ter")).to_be_visible()
    expect(page.locator("#doc-envelope-cover")).to_have_count(0)
