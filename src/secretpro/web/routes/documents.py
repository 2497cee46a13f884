"""Documents: previews and downloads, by POST only (names and numbers travel in the body, never in
a URL), each rebuilt from the interview's decision and checked by the guard before it is sent. The
CPAS and the author come from the logged-in account; only the references are typed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from secretpro.documents.build import build_document
from secretpro.documents.formats import FORMATS
from secretpro.documents.guarding import check
from secretpro.documents.model import Document, DocumentKind
from secretpro.documents.oe_email import email_parts
from secretpro.documents.offer import DOCUMENT_TITLES, documents_for
from secretpro.i18n import LANGUAGES, Language, translator
from secretpro.rules import Decision, FactsError, today_in_brussels
from secretpro.web.accounts.case_binding import binding_view, record_sent_document
from secretpro.web.accounts.context import document_sender
from secretpro.web.answers import country_options, error_message
from secretpro.web.decision_view import guard_view
from secretpro.web.labels import RulePage
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page
from secretpro.web.routes.interviews import current_decision, rule_page

router = APIRouter()

Short = Annotated[str, Form(max_length=200)]
Reference = Annotated[str, Form(max_length=100)]


def _decision(request: Request, page: RulePage) -> Decision:
    return current_decision(request, page)


def _document_kind(value: str, decision: Decision) -> DocumentKind:
    try:
        kind = DocumentKind(value)
    except ValueError:
        raise HTTPException(status_code=404) from None
    if kind not in documents_for(decision):
        raise HTTPException(status_code=409)
    return kind


def _language(value: str, request: Request) -> Language:
    return next((code for code in LANGUAGES if code == value), request_language(request))


def document_inputs(
    beneficiary_name: Short = "",
    national_number: Annotated[str, Form(max_length=40)] = "",
    nationality: Annotated[str, Form(max_length=4)] = "",
    cpas: Short = "",
    case_reference: Reference = "",
    requester_reference: Reference = "",
) -> dict[str, str]:
    """What the worker types for a document (the OE e-mail's four data, the two references): the
    same form fields for the preview, "J'ai envoyé cet e-mail" and every download."""
    return {
        "beneficiary_name": beneficiary_name,
        "national_number": national_number,
        "nationality": nationality,
        "cpas": cpas,
        "case_reference": case_reference,
        "requester_reference": requester_reference,
    }


DocumentInputs = Annotated[dict[str, str], Depends(document_inputs)]


@router.get("/documents/{code}/oe-email/preview")
def oe_email_preview_again(code: str) -> RedirectResponse:
    """A reload or a bookmark of the preview: its data were never in the address, so back to the
    decision's e-mail form (not a 405)."""
    page = rule_page(code)
    return RedirectResponse(f"/interview/{page.code}/decision#doc-oe-email", status_code=303)


def _oe_email(request: Request, decision: Decision, language: Language, inputs: dict[str, str]) -> Document:
    """The R1 e-mail from the worker's entries, signed with the account's CPAS and name (the preview
    and "J'ai envoyé cet e-mail" build the same one)."""
    sender = document_sender(request)
    return build_document(
        DocumentKind.OE_EMAIL,
        decision,
        language,
        inputs,
        today_in_brussels(),
        cpas_name=sender.cpas_name,
        author=sender.author,
    )


@router.post("/documents/{code}/oe-email/preview", response_class=HTMLResponse)
def oe_email_preview(
    request: Request,
    code: str,
    inputs: DocumentInputs,
    doc_lang: Annotated[str, Form(max_length=2)] = "",
) -> HTMLResponse:
    page = rule_page(code)
    decision = _decision(request, page)
    _document_kind(DocumentKind.OE_EMAIL.value, decision)
    language = request_language(request)
    document_language = _language(doc_lang, request)
    context: dict[str, object] = {
        "page": page,
        "inputs": inputs,
        "doc_lang": document_language,
        "countries": country_options(language),
        "errors": {},
    }
    try:
        document = _oe_email(request, decision, document_language, inputs)
    except FactsError as error:
        context["errors"] = {error.field: error_message(error, language)}
        return render_page(
            request, "oe_email.html", context, status_code=422, switch_path=f"/interview/{page.code}/decision"
        )
    context["document"] = document
    # The worker pastes the subject and the plain-text body into their own mail program.
    context["email"] = email_parts(document)
    context["guard"] = guard_view(check(document), language)
    # An interview of a case: the worker says when the e-mail is sent, and it is recorded there.
    context["bound_case"] = binding_view(request, page, decision)
    return render_page(request, "oe_email.html", context, switch_path=f"/interview/{page.code}/decision")


@router.post("/documents/{code}/oe-email/sent")
def oe_email_sent(
    request: Request,
    code: str,
    inputs: DocumentInputs,
    doc_lang: Annotated[str, Form(max_length=2)] = "",
) -> Response:
    """ "J'ai envoyé cet e-mail": the e-mail is built again from the same entries, checked by the
    guard again, and recorded in the interview's case (the SHA-256 of its subject and text, the
    names of its fields), then the case confirms it."""
    page = rule_page(code)
    decision = _decision(request, page)
    _document_kind(DocumentKind.OE_EMAIL.value, decision)
    try:
        document = _oe_email(request, decision, _language(doc_lang, request), inputs)
    except FactsError:
        raise HTTPException(status_code=422) from None
    if not check(document).passed:
        raise HTTPException(status_code=422)
    parts = email_parts(document)
    sent = f"{parts.subject}\n\n{parts.body}".encode()
    recorded = record_sent_document(request, page, decision, document, sent, None, inputs)
    if recorded is None:  # the interview belongs to no case (any more): back to the decision
        return RedirectResponse(f"/interview/{page.code}/decision", status_code=303)
    case_id, entry_id = recorded
    return RedirectResponse(f"/cases/{case_id}?done=document&entry={entry_id}", status_code=303)


@router.post("/documents/{code}/{kind}")
def download(
    request: Request,
    code: str,
    kind: str,
    format: Annotated[str, Form(max_length=8)],
    inputs: DocumentInputs,
    doc_lang: Annotated[str, Form(max_length=2)] = "",
) -> Response:
    page = rule_page(code)
    decision = _decision(request, page)
    document_kind = _document_kind(kind, decision)
    renderer = FORMATS.get(format)
    if renderer is None:
        raise HTTPException(status_code=404)
    language = request_language(request)
    sender = document_sender(request)
    try:
        document = build_document(
            document_kind,
            decision,
            _language(doc_lang, request),
            inputs,
            today_in_brussels(),
            cpas_name=sender.cpas_name,
            author=sender.author,
        )
    except FactsError:
        raise HTTPException(status_code=422) from None
    result = check(document)
    if not result.passed:
        _ = translator(language)
        return render_page(
            request,
            "not_offered.html",
            {"page": page, "title": _(DOCUMENT_TITLES[document_kind]), "guard": guard_view(result, language)},
            status_code=422,
            switch_path=f"/interview/{page.code}/decision",
        )
    filename = f"{document.filename_stem}.{renderer.extension}"
    content = renderer.render(document)
    # An interview started from a case: the document is recorded there (hash and field names only).
    record_sent_document(request, page, decision, document, content, filename, inputs)
    return Response(
        content,
        media_type=renderer.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
