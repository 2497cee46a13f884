"""Documents ready to send: filled with the sender's CPAS and the author (from the account), the day
and the references typed; a letter has an addressee and nothing meant for the worker, and the refusal
letter keeps to one page; the file note states a law's caveat once; the OE e-mail splits into the
subject and the plain-text body the worker pastes."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from secretpro.documents.build import build_document
from secretpro.documents.guarding import check
from secretpro.documents.model import Document, DocumentKind
from secretpro.documents.oe_email import email_parts
from secretpro.documents.offer import documents_for
from secretpro.documents.pdf import render_pdf
from secretpro.rules import Decision, Outcome, decide

DAY = date(2026, 3, 2)
CPAS = "CPAS de Saint-Josse-ten-Noode (test)"
AUTHOR = "travailleuse"
OURS = "SOC-2026-0042"
THEIRS = "OE 8.123.456"
R1 = decide(
    "guarantor-inquiry",
    {
        "aid_type": "medical_costs",
        "nationality": "MA",
        "visa_issue_date": "2025-11-20",
        "in_asylum_procedure": False,
        "arrival_date": "2025-12-01",
    },
    reference_date=DAY,
)
R3_OE = decide(
    "incoming-request",
    {
        "requester": "office_des_etrangers",
        "requested": ["address", "medical_information"],
        "aid_type": "urgent_medical_aid",
        "legal_basis_invoked": False,
    },
    reference_date=DAY,
)
# The longest letter the rules give: every condition fails, to the OE (its two paragraphs on flows).
R2_ALL_FAIL = decide(
    "shared-secrecy",
    {
        "recipient": "office_des_etrangers",
        **dict.fromkeys(
            (
                "recipient_bound_by_secrecy",
                "same_missions",
                "in_person_interest",
                "consent",
                "only_necessary",
            ),
            False,
        ),
    },
    reference_date=DAY,
)
R5_ADVICE = decide(
    "medical-certificate", {"request": "advice", "person_wants_doctor_only": True}, reference_date=DAY
)
EMAIL = {
    "beneficiary_name": "Amina Benali",  # an invented person
    "national_number": "85073003328",  # a valid invented number
    "nationality": "MA",
    "cpas": CPAS,
}
REFERENCES = {"case_reference": OURS, "requester_reference": THEIRS}
DAYS = {"fr": "2 mars 2026", "nl": "2 maart 2026", "en": "2 March 2026"}


def build(kind: DocumentKind, decision: Decision, language: str = "fr", **inputs: str) -> Document:
    return build_document(
        kind,
        decision,
        language,  # type: ignore[arg-type]
        {**REFERENCES, **inputs},
        DAY,
        cpas_name=CPAS,
        author=AUTHOR,
    )


def pdf(document: Document) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return text, len(reader.pages)


FILLED = [
    (DocumentKind.REFUSAL_LETTER, R3_OE, {}),
    (DocumentKind.FILE_NOTE, R1, {}),
    (DocumentKind.FILE_NOTE, R3_OE, {}),
    (DocumentKind.OE_EMAIL, R1, EMAIL),
    (DocumentKind.CHECKLIST_9TER, R5_ADVICE, {}),
]


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize(
    ("kind", "decision", "inputs"), FILLED, ids=[f"{k.value}-{d.rule}" for k, d, _ in FILLED]
)
def test_every_document_names_the_cpas_the_author_the_day_and_the_references(
    kind: DocumentKind, decision: Decision, inputs: dict[str, str], language: str
) -> None:
    document = build(kind, decision, language, **inputs)
    text, _pages = pdf(document)
    for expected in (CPAS, AUTHOR, OURS, THEIRS, DAYS[language]):
        assert expected in text, (expected, kind)
    assert check(document).passed


def test_the_envelope_cover_says_nothing_of_the_cpas() -> None:
    """It travels to the OE with the person's certificate: a CPAS on it would tell that the person is
    helped by one."""
    text, _pages = pdf(build(DocumentKind.ENVELOPE_COVER, R5_ADVICE))
    for absent in (CPAS, AUTHOR, OURS, THEIRS):
        assert absent not in text


@pytest.mark.parametrize(
    ("requester", "addressee"),
    [
        ("office_des_etrangers", "Office des étrangers"),
        ("police", "Service de police"),
        ("prosecutor_or_judge", "Autorité judiciaire (parquet ou juge)"),
        ("guarantor", "Au garant"),
    ],
)
def test_the_refusal_letter_is_addressed_to_the_requester(requester: str, addressee: str) -> None:
    decision = decide(
        "incoming-request", {"requester": requester, "requested": ["address"]}, reference_date=DAY
    )
    assert decision.outcome == Outcome.FORBIDDEN
    document = build(DocumentKind.REFUSAL_LETTER, decision)
    assert [block.text for block in document.blocks if block.kind == "addressee"] == [addressee]


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize("decision", [R3_OE, R2_ALL_FAIL], ids=["r3-to-the-oe", "r2-every-condition-fails"])
def test_the_refusal_letter_fits_one_page_and_carries_nothing_for_the_worker(
    decision: Decision, language: str
) -> None:
    document = build(DocumentKind.REFUSAL_LETTER, decision, language)
    text, pages = pdf(document)
    assert pages == 1
    assert document.title not in text  # the product's name for it, not a letter's
    for internal in (
        "Sources",
        "Bronnen",
        "Comité de vigilance",
        "Source:",
        "Attention",
        "service juridique",
    ):
        assert internal not in text, internal
    # The sender signs: the CPAS once at the head and once at the foot, never "Pour le CPAS, CPAS …".
    assert f"Pour le CPAS, {CPAS}" not in text and text.count(CPAS) == 2


def test_a_worker_whose_name_looks_like_a_person_does_not_block_the_letter() -> None:
    """The author and the CPAS come from the account: the sender's, never the person's data."""
    document = build_document(
        DocumentKind.REFUSAL_LETTER, R3_OE, "fr", {}, DAY, cpas_name=CPAS, author="Mohamed"
    )
    assert check(document).passed
    # The same name typed as a reference is the worker's text: held to the profile.
    typed = build_document(
        DocumentKind.REFUSAL_LETTER, R3_OE, "fr", {"requester_reference": "Mohamed"}, DAY, cpas_name=CPAS
    )
    assert not check(typed).passed


@pytest.mark.parametrize("decision", [R1, R3_OE, R5_ADVICE], ids=["r1", "r3", "r5"])
def test_the_file_note_states_each_caveat_once(decision: Decision) -> None:
    from secretpro.rules.explanation import explain

    document = build(DocumentKind.FILE_NOTE, decision)
    caveats = {
        law["caveat"] for reason in explain(decision)["reasons"] for law in reason["laws"] if law["caveat"]
    }
    assert caveats
    for caveat in caveats:
        assert sum(caveat in block.text for block in document.blocks) == 1, caveat


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("fr", "Enquête sociale relative au garant — demande de coordonnées"),
        ("nl", None),
        ("en", None),
    ],
)
def test_the_email_splits_into_subject_and_plain_body(language: str, subject: str | None) -> None:
    parts = email_parts(build(DocumentKind.OE_EMAIL, R1, language, **EMAIL))
    assert parts.to and parts.subject and ":" not in parts.subject
    if subject is not None:
        assert parts.subject == subject
        # A list on consecutive lines, as one writes an e-mail; paragraphs apart.
        assert "- Nom du bénéficiaire : Amina Benali\n- Numéro national" in parts.body
        assert (
            f"Votre référence : {THEIRS}\nNotre référence : {OURS}\n\nMadame, Monsieur,\n\nDans le cadre"
            in parts.body
        )
        assert parts.body.endswith(f"collaboration.\n\n{AUTHOR}\n{CPAS}\n2 mars 2026")
    assert parts.subject not in parts.body and parts.to not in parts.body.split("\n\n")[0]
    for expected in ("Amina Benali", "85.07.30-033.28", THEIRS, OURS, AUTHOR, CPAS):
        assert expected in parts.body
    assert "<" not in parts.body  # plain text, no markup
    assert not parts.body.startswith(("E-mail", "Objet", "Betreft", "Subject"))


@pytest.mark.parametrize(
    ("facts", "envelope"),
    [
        ({"request": "send_certificate", "asked_by": "oe_official"}, False),  # forbidden
        ({"request": "advice", "person_wants_doctor_only": True}, True),  # allowed
        ({"request": "answer_medical_questions", "asked_by": "oe_medical_officer"}, False),  # undetermined
    ],
)
def test_r5_offers_the_envelope_only_when_sending_is_allowed(
    facts: dict[str, object], envelope: bool
) -> None:
    decision = decide("medical-certificate", facts, reference_date=DAY)
    kinds = documents_for(decision)
    assert (DocumentKind.ENVELOPE_COVER in kinds) is envelope
    assert (decision.outcome == Outcome.ALLOWED) is envelope
    assert DocumentKind.CHECKLIST_9TER in kinds


def test_the_docx_letter_has_the_same_head_and_no_title() -> None:
    from docx import Document as read_docx

    from secretpro.documents.docx import render_docx

    document = build(DocumentKind.REFUSAL_LETTER, R3_OE)
    paragraphs = [p.text for p in read_docx(io.BytesIO(render_docx(document))).paragraphs]
    assert paragraphs[:6] == [
        CPAS,
        "Office des étrangers",
        f"Votre référence : {THEIRS}",
        f"Notre référence : {OURS}",
        f"Dossier suivi par : {AUTHOR}",
        "2 mars 2026",
    ]
    assert document.title not in paragraphs
