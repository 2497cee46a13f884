"""A control character in a typed document field never breaks a document: it is dropped (the web
refuses it at the edge already; XML, hence DOCX, cannot hold most of them)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from docx import Document as read_docx
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from hypothesis_budget import examples
from secretpro.documents.build import build_document
from secretpro.documents.docx import render_docx
from secretpro.documents.model import Block, Document, DocumentKind
from secretpro.documents.pdf import render_pdf
from secretpro.rules import decide

DAY = date(2026, 3, 2)
CONTROLS = "\x00\x01\x08\x0b\x0c\x1b\x1f\x7f"


def refusal(reference: str) -> Document:
    decision = decide(
        "incoming-request",
        {"requester": "office_des_etrangers", "aid_type": "urgent_medical_aid"},
        reference_date=DAY,
    )
    # A reference is typed; the CPAS's name comes from the account (stripped all the same).
    return build_document(
        DocumentKind.REFUSAL_LETTER,
        decision,
        "fr",
        {"requester_reference": reference},
        DAY,
        cpas_name=f"CPAS{reference[-1:]} de Test",
    )


@pytest.mark.parametrize("character", list(CONTROLS))
def test_docx_and_pdf_of_a_field_with_a_control_character(character: str) -> None:
    document = refusal(f"CPAS de{character} Namur")
    docx = read_docx(io.BytesIO(render_docx(document)))
    text = " ".join(paragraph.text for paragraph in docx.paragraphs)
    assert "CPAS de Namur" in text
    pdf = PdfReader(io.BytesIO(render_pdf(document)))
    assert "CPAS de Namur" in " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


@settings(max_examples=examples(30), deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2000, exclude_categories=["Cs"]), max_size=40))
def test_any_block_text_renders_as_docx(text: str) -> None:
    document = refusal("CPAS de Namur")
    document = replace(document, blocks=(*document.blocks, Block("paragraph", text, "worker")))
    assert render_docx(document)[:2] == b"PK"
