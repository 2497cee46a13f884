"""What each document says, in each language and format: PDF text (pypdf) and DOCX text carry the
allowed fields and none of the forbidden ones."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document as read_docx
from pypdf import PdfReader

from secretpro.documents.build import build_document
from secretpro.documents.docx import render_docx
from secretpro.documents.model import Document, DocumentKind
from secretpro.documents.offer import documents_for
from secretpro.documents.pdf import render_pdf
from secretpro.rules import Decision, decide

DAY = date(2026, 3, 2)
R1_FACTS = {
    "aid_type": "medical_costs",
    "nationality": "MA",
    "visa_issue_date": "2025-11-20",
    "in_asylum_procedure": False,
    "arrival_date": "2025-12-01",
}
EMAIL_INPUTS = {
    "beneficiary_name": "Amina Benali",  # an invented person
    "national_number": "85073003328",  # valid invented number (stdnum.be.nn)
    "nationality": "MA",
    "cpas": "CPAS de Schaerbeek",
}


def pdf_text(document: Document) -> str:
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def docx_text(document: Document) -> str:
    parsed = read_docx(io.BytesIO(render_docx(document)))
    return " ".join(" ".join(paragraph.text.split()) for paragraph in parsed.paragraphs)


def r1_allowed() -> Decision:
    return decide("guarantor-inquiry", R1_FACTS, reference_date=DAY)


@pytest.mark.parametrize("read", [pdf_text, docx_text], ids=["pdf", "docx"])
@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_oe_email_carries_exactly_the_four_fields(read: object, language: str) -> None:
    decision = r1_allowed()
    assert DocumentKind.OE_EMAIL in documents_for(decision)
    document = build_document(DocumentKind.OE_EMAIL, decision, language, EMAIL_INPUTS, DAY)  # type: ignore[arg-type]
    text = read(document)  # type: ignore[operator]
    assert "Amina Benali" in text
    assert "85.07.30-033.28" in text
    assert {"fr": "Maroc", "nl": "Marokko", "en": "Morocco"}[language] in text
    assert "CPAS de Schaerbeek" in text
    # Nothing the interview knew goes out: no aid, no dates, no status, no address.
    for forbidden in (
        "médica",
        "medisch",
        "medical",
        "2025",
        "asile",
        "asiel",
        "asylum",
        "visa",
        "rue",
        "straat",
    ):
        assert forbidden not in text.lower(), forbidden
    assert {"fr": "2 mars 2026", "nl": "2 maart 2026", "en": "2 March 2026"}[language] in text


def test_oe_email_refuses_an_invalid_national_number() -> None:
    from secretpro.rules import FactsError

    with pytest.raises(FactsError) as raised:
        build_document(
            DocumentKind.OE_EMAIL, r1_allowed(), "fr", {**EMAIL_INPUTS, "national_number": "85073003329"}, DAY
        )
    assert raised.value.field == "national_number"


@pytest.mark.parametrize("read", [pdf_text, docx_text], ids=["pdf", "docx"])
def test_refusal_letter_to_the_oe(read: object) -> None:
    decision = decide(
        "incoming-request",
        {"requester": "office_des_etrangers", "aid_type": "urgent_medical_aid"},
        reference_date=DAY,
    )
    assert DocumentKind.REFUSAL_LETTER in documents_for(decision)
    text = read(
        build_document(DocumentKind.REFUSAL_LETTER, decision, "fr", {}, DAY, cpas_name="CPAS de Namur")
    )  # type: ignore[operator]
    assert "art. 458 du Code pénal" in text
    # The internal note on the new Penal Code's numbering stays in the explanation, never in a letter.
    assert "vérifier la disposition en vigueur" not in text
    for condition in (
        "tenue au secret professionnel",
        "mêmes missions",
        "intérêt de l'usager",
        "consentement",
        "mission commune",
    ):
        assert condition in text
    # No *automatic* flow covers medical costs, and none covers AMU (the guarantor inquiry exists).
    assert "Aucun flux automatique vers l'Office des étrangers ne couvre les frais médicaux" in text
    assert "Aucun flux d'information vers l'Office des étrangers ne couvre l'aide médicale" not in text
    assert "CPAS de Namur" in text
    assert "2 mars 2026" in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_refusal_letter_in_other_languages(language: str) -> None:
    decision = decide("shared-secrecy", {"recipient": "police", "consent": False}, reference_date=DAY)
    text = pdf_text(build_document(DocumentKind.REFUSAL_LETTER, decision, language, {}, DAY))
    assert {"nl": "beroepsgeheim", "en": "professional secrecy"}[language] in text
    assert {"nl": "toestemming", "en": "consent"}[language] in text


def test_file_note_names_no_one_and_records_the_rules_version() -> None:
    decision = decide("guarantor-inquiry", {**R1_FACTS, "national_number": "85073003328"}, reference_date=DAY)
    text = pdf_text(build_document(DocumentKind.FILE_NOTE, decision, "fr", {}, DAY))
    assert decision.rules_version in text
    assert "Transmission permise" in text
    assert "85073003328" not in text and "85.07.30" not in text
    assert "R1.6" in text


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_9ter_checklist_and_envelope(language: str) -> None:
    decision = decide(
        "medical-certificate", {"request": "advice", "person_wants_doctor_only": True}, reference_date=DAY
    )
    kinds = documents_for(decision)
    assert DocumentKind.CHECKLIST_9TER in kinds and DocumentKind.ENVELOPE_COVER in kinds
    checklist = pdf_text(build_document(DocumentKind.CHECKLIST_9TER, decision, language, {}, DAY))
    assert {"fr": "29 janvier 2011", "nl": "29 januari 2011", "en": "29 January 2011"}[language] in checklist
    cover = pdf_text(build_document(DocumentKind.ENVELOPE_COVER, decision, language, {}, DAY))
    assert "fonctionnaire médecin de l'Office des étrangers" in cover


def test_documents_for_each_outcome() -> None:
    assert documents_for(decide("guarantor-inquiry", {"in_asylum_procedure": True}, reference_date=DAY)) == (
        DocumentKind.FILE_NOTE,
    )
    assert DocumentKind.REFUSAL_LETTER in documents_for(
        decide("shared-secrecy", {"recipient": "office_des_etrangers"}, reference_date=DAY)
    )
    assert DocumentKind.REFUSAL_LETTER not in documents_for(
        decide("shared-secrecy", {"recipient": "other_cpas"}, reference_date=DAY)
    )


def test_pdf_uses_the_page_font_in_margin_boxes() -> None:
    document = build_document(DocumentKind.ENVELOPE_COVER, r1_allowed(), "fr", {}, DAY)
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].get_object().values()
    }
    # The page number (a margin box) is set in the body font too: no serif fallback anywhere.
    assert fonts and all("DejaVu-Sans" in font for font in fonts), fonts


@pytest.mark.parametrize(
    ("facts", "present", "absent"),
    [
        ({"legal_basis_invoked": False}, "n'invoque aucune disposition légale", "référence exacte"),
        ({}, "référence exacte", "n'invoque aucune disposition légale"),
        (
            {"legal_basis": "art. 29 CIC", "legal_service_confirmed": False},
            "Le texte que vous invoquez (« art. 29 CIC »)",
            "n'invoque aucune disposition légale",
        ),
    ],
)
def test_the_refusal_letter_answers_the_legal_basis_as_it_was_given(
    facts: dict[str, object], present: str, absent: str
) -> None:
    decision = decide(
        "incoming-request", {"requester": "police", "requested": ["address"], **facts}, reference_date=DAY
    )
    document = build_document(DocumentKind.REFUSAL_LETTER, decision, "fr", {}, DAY)
    text = " ".join(block.text for block in document.blocks)
    assert present in text
    assert absent not in text
