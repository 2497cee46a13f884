"""Documents from the decision page: offered only after the guard, downloaded by POST, named after
nothing personal; the guard page highlights findings."""

from __future__ import annotations

import io
from datetime import timedelta
from html import unescape

import pytest
from fastapi.testclient import TestClient
from guard_stub import StubGuard, install_guard
from pypdf import PdfReader
from web_walk import walk

from secretpro.rules import today_in_brussels

RECENT = (today_in_brussels() - timedelta(days=100)).isoformat()
R1_ALLOWED = {
    "in_asylum_procedure": "false",
    "arrival_date": RECENT,
    "aid_type": "medical_costs",
    "nationality": "MA",
    "visa_issue_date": RECENT,
}
EMAIL = {
    "beneficiary_name": "Amina Benali",
    "national_number": "85073003328",
    "nationality": "MA",
    "cpas": "CPAS de Schaerbeek",
}
R3_FORBIDDEN = {
    "requester": "office_des_etrangers",
    "requested": ["address"],
    "legal_basis_invoked": None,
    "shared_secrecy_claimed": None,
}


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages
    )


def test_oe_email_preview_then_pdf(client: TestClient) -> None:
    _, page = walk(client, "r1", R1_ALLOWED)
    assert 'action="/documents/r1/oe-email/preview"' in page
    preview = client.post("/documents/r1/oe-email/preview", data={**EMAIL, "doc_lang": "fr"})
    assert preview.status_code == 200
    assert "Amina Benali" in preview.text and 'id="email-text" readonly' in preview.text
    response = client.post("/documents/r1/oe-email", data={**EMAIL, "doc_lang": "fr", "format": "pdf"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and "Benali" not in disposition and "8507" not in disposition
    text = pdf_text(response.content)
    assert (
        "Amina Benali" in text
        and "85.07.30-033.28" in text
        and "Maroc" in text
        and "CPAS de Schaerbeek" in text
    )
    assert "rue" not in text.lower() and "médicale" not in text


def test_oe_email_with_a_wrong_number_is_sent_back(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    response = client.post("/documents/r1/oe-email/preview", data={**EMAIL, "national_number": "85073003329"})
    assert response.status_code == 422
    assert "numéro national ou BIS valide" in response.text
    assert 'href="#national_number"' in response.text


def test_oe_email_is_not_offered_when_the_decision_does_not_allow_it(client: TestClient) -> None:
    walk(client, "r1", {"in_asylum_procedure": "true"})
    response = client.post("/documents/r1/oe-email", data={**EMAIL, "format": "pdf"})
    assert response.status_code == 409
    assert "application/pdf" not in response.headers["content-type"]


def test_refusal_letter_docx(client: TestClient) -> None:
    _, page = walk(client, "r3", R3_FORBIDDEN)
    assert 'action="/documents/r3/refusal-letter"' in page
    response = client.post("/documents/r3/refusal-letter", data={"format": "docx", "doc_lang": "nl"})
    assert response.status_code == 200
    assert "wordprocessingml" in response.headers["content-type"]
    assert 'filename="weigeringsbrief-' in response.headers["content-disposition"]


@pytest.mark.parametrize("code", ["r1", "r2", "r3", "r4", "r5"])
def test_file_note_for_every_outcome(client: TestClient, code: str) -> None:
    client.post(f"/interview/{code}/restart")
    response = client.post(f"/documents/{code}/file-note", data={"format": "pdf"})
    assert response.status_code == 200
    assert "Indéterminé" in pdf_text(response.content)


def test_a_document_that_fails_the_guard_is_not_offered(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A finding across two blocks is held against the document (no template exception for it).
    guard = StubGuard(blocking=r"Monsieur,\s+Nous")
    install_guard(monkeypatch, guard)
    _, page = walk(client, "r3", R3_FORBIDDEN)
    assert "Le garde-fou bloque ce document" in page
    assert 'action="/documents/r3/refusal-letter"' not in page
    response = client.post("/documents/r3/refusal-letter", data={"format": "pdf"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "Document non proposé" in response.text
    assert guard.calls and guard.calls[-1][1] == "strict"


def test_an_email_the_guard_blocks_is_not_offered(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_guard(monkeypatch, StubGuard(blocking=r"Benali"))
    walk(client, "r1", R1_ALLOWED)
    preview = client.post("/documents/r1/oe-email/preview", data=EMAIL)
    assert "Le garde-fou bloque ce document" in preview.text
    assert 'id="email-text"' not in preview.text and 'value="pdf"' not in preview.text
    response = client.post("/documents/r1/oe-email", data={**EMAIL, "format": "pdf"})
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")


def test_a_reference_with_an_address_is_refused_at_download(client: TestClient) -> None:
    walk(client, "r3", R3_FORBIDDEN)
    response = client.post(
        "/documents/r3/refusal-letter",
        data={"format": "pdf", "requester_reference": "rue Haute 12, 1000 Bruxelles"},
    )
    assert response.status_code == 422
    assert "Document non proposé" in response.text


def test_unknown_document_or_format(client: TestClient) -> None:
    walk(client, "r3", R3_FORBIDDEN)
    assert client.post("/documents/r3/nothing", data={"format": "pdf"}).status_code == 404
    assert client.post("/documents/r3/refusal-letter", data={"format": "exe"}).status_code == 404


def test_guard_page_highlights_and_points_to_the_email_instead(client: TestClient) -> None:
    text = "Bonjour, Mme Amina Benali, 85073003328, habite rue Haute 12, 1000 Bruxelles."
    page = client.post("/guard", data={"text": text, "profile": "guarantor_inquiry"}).text
    assert '<mark class="finding-blocked">rue Haute 12, 1000 Bruxelles' in page
    assert "[Adresse — interdit]" in page
    # No "redacted" version to copy: the e-mail the tool prepares holds the four fields only.
    assert "[ADRESSE]" not in page and 'id="redacted"' not in page
    assert 'href="/interview/r1"' in page


def test_a_reload_of_the_email_preview_goes_back_to_the_form(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    response = client.get("/documents/r1/oe-email/preview", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/interview/r1/decision#doc-oe-email"


def test_r5_forbidden_offers_no_envelope_cover(client: TestClient) -> None:
    _, page = walk(
        client,
        "r5",
        {"request": "send_certificate", "asked_by": "oe_official", "person_wants_doctor_only": None},
    )
    assert 'class="outcome outcome-forbidden"' in page
    assert "/envelope-cover" not in page and "/checklist-9ter" in page
    refused = client.post("/documents/r5/envelope-cover", data={"format": "pdf"})
    assert refused.status_code == 409


def test_documents_are_filled_with_the_accounts_cpas_and_author(client: TestClient) -> None:
    _, page = walk(client, "r3", R3_FORBIDDEN)
    # Nothing to type again: the page says what the documents carry, and asks only the references.
    assert 'name="cpas_name"' not in page
    assert "votre CPAS (CPAS de Test), votre nom d'utilisateur (travailleuse)" in unescape(page)
    assert 'name="requester_reference"' in page and 'name="case_reference"' in page
    # A value typed in a field the form no longer has changes nothing: the account's CPAS signs.
    response = client.post(
        "/documents/r3/refusal-letter",
        data={
            "format": "pdf",
            "cpas_name": "CPAS usurpé",
            "requester_reference": "OE 8.123.456",
            "case_reference": "SOC-2026-0042",
        },
    )
    text = pdf_text(response.content)
    for expected in (
        "CPAS de Test",
        "Dossier suivi par : travailleuse",
        "Votre référence : OE 8.123.456",
        "Notre référence : SOC-2026-0042",
        "Office des étrangers",
    ):
        assert expected in text, expected
    assert "CPAS usurpé" not in text
    _, page = walk(client, "r1", R1_ALLOWED)
    assert 'id="cpas" name="cpas" required maxlength="200" value="CPAS de Test"' in page


def test_the_email_preview_names_no_internal_profile_and_gives_subject_and_body(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    preview = unescape(
        client.post(
            "/documents/r1/oe-email/preview", data={**EMAIL, "requester_reference": "OE 8.123.456"}
        ).text
    )
    assert "guarantor_inquiry" not in preview and "profil " not in preview
    assert "comme demande de coordonnées du garant à l'OE" in preview
    assert (
        'id="email-subject" readonly value="Enquête sociale relative au garant — demande de coordonnées"'
        in preview
    )
    body = preview.split('id="email-text"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0]
    assert body.startswith("Votre référence : OE 8.123.456")
    assert "Amina Benali" in body and "travailleuse" in body
    assert "Objet" not in body and "E-mail à l'Office" not in body
    assert "Copier le texte de l'e-mail" in preview and "Copier l'objet" in preview
