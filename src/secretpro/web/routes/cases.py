"""The case files ("Dossiers") in the web: list, case page, recording requests, answers and the
interview's decision.

Access control: every lookup passes the account's ``cpas_id`` to the register, so a case of another
CPAS is answered exactly like a missing one (404), whatever id is tried. Case ids are random and
opaque; names and national numbers travel only in POST bodies and appear only inside pages.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from secretpro.dates import DateError, read_iso_date, read_past_date
from secretpro.documents.vocabulary import choice_label
from secretpro.guard.model import category_label
from secretpro.i18n import N_, translator
from secretpro.register import (
    EntryKind,
    create_case,
    get_entry,
    open_case,
    record_answer,
    record_request,
)
from secretpro.register.accounts import Account
from secretpro.register.case_facets import CaseStatus
from secretpro.register.drafts import list_drafts
from secretpro.register.entries import OUTCOMES
from secretpro.register.errors import InvalidInputError, NotFoundError, RegisterError
from secretpro.rules import Outcome, today_in_brussels
from secretpro.rules.explanation import OUTCOME_LABELS
from secretpro.rules.incoming_request import FACTS as REQUEST_FACTS
from secretpro.rules.incoming_request import RULE as INCOMING_REQUEST
from secretpro.web.accounts.case_binding import CaseBinding, bind, bound_case, record_bound_decision, unbind
from secretpro.web.accounts.context import case_worker, register_of
from secretpro.web.accounts.free_text import blocking_categories
from secretpro.web.accounts.pages import gettext_of
from secretpro.web.accounts.views import STATUS_LABELS, CaseFilters, case_view, cases_list
from secretpro.web.interview import LIST_SEPARATOR, Answer, Interview
from secretpro.web.labels import PAGES_BY_CODE, PAGES_BY_RULE, RULE_PAGES, RulePage
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page
from secretpro.web.routes.drafts import drafts_view, forget_draft
from secretpro.web.routes.guard import CATEGORY_LABELS
from secretpro.web.routes.interviews import (
    current_decision,
    load_interview,
    render_decision,
    rule_page,
    store,
)

router = APIRouter()

CASE_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
Short = Annotated[str, Form(max_length=200)]
NationalNumber = Annotated[str, Form(max_length=40)]
Day = Annotated[str, Form(max_length=10)]
BAD_FILTER_DATE = N_("Période : date invalide, utilisez le sélecteur de date (AAAA-MM-JJ).")
BAD_DATE = N_("Date invalide : utilisez le sélecteur de date (AAAA-MM-JJ), pas dans le futur.")
EMPTY_ANSWER = N_("Résumez la réponse reçue (quelques mots suffisent).")
NEED_IDENTITY = N_("Indiquez au moins le numéro national (ou BIS) ou le nom de la personne.")
UNKNOWN_SENT = N_("En réponse à : choisissez une demande ou un document envoyé de ce dossier.")
# What was just done, said on the case page it leads back to (``?done=``: a code, nothing personal).
CONFIRMATIONS: dict[str, str] = {
    "request": N_("Demande inscrite au dossier."),
    "answer": N_("Réponse inscrite au dossier."),
    "decision": N_("Décision enregistrée au dossier."),
    "document": N_("Envoi inscrit au dossier."),
    "draft_deleted": N_("Brouillon supprimé."),
}
EntryId = Annotated[str, Query(max_length=32)]


def _choices(fact: str) -> tuple[str, ...]:
    for spec in REQUEST_FACTS:
        if spec.name == fact and spec.choices:
            return tuple(spec.choices)
    return ()


def _checked_case_id(case_id: str) -> str:
    if not CASE_ID.fullmatch(case_id):
        raise HTTPException(status_code=404)
    return case_id


def _parse_day(value: str) -> date | None:
    return read_past_date(value, today_in_brussels())


FilterCode = Annotated[str, Query(max_length=16)]
FilterDay = Annotated[str, Query(max_length=10)]
FormCode = Annotated[str, Form(max_length=16)]


@router.get("/cases", response_class=HTMLResponse)
def cases_page(
    request: Request,
    account: Annotated[Account, Depends(case_worker)],
    rule: FilterCode = "",
    outcome: FilterCode = "",
    status: FilterCode = "",
    since: FilterDay = "",
    until: FilterDay = "",
) -> HTMLResponse:
    """The list, narrowed by codes and days only (a link such as ``?status=awaiting``); a search by
    name or number goes through :func:`search_cases` so that it never appears in an address."""
    return _filtered_cases_page(request, account, "", rule, outcome, status, since, until)


@router.post("/cases/search", response_class=HTMLResponse)
def search_cases(
    request: Request,
    account: Annotated[Account, Depends(case_worker)],
    q: Short = "",
    rule: FormCode = "",
    outcome: FormCode = "",
    status: FormCode = "",
    since: Day = "",
    until: Day = "",
) -> HTMLResponse:
    """The search form: the text (a case reference, a name, a national number) in the body only."""
    return _filtered_cases_page(request, account, q, rule, outcome, status, since, until)


@router.get("/cases/search")
def search_again() -> RedirectResponse:
    """A reload or a bookmark of a search result: its text was never in the address."""
    return RedirectResponse("/cases", status_code=303)


def _filtered_cases_page(
    request: Request,
    account: Account,
    text: str,
    rule: str,
    outcome: str,
    status: str,
    since: str,
    until: str,
) -> HTMLResponse:
    _ = gettext_of(request)
    page = PAGES_BY_CODE.get(rule)
    (first, first_ok), (last, last_ok) = _filter_day(since), _filter_day(until)
    # Unknown codes are dropped (a stale link); a day that is not one is said.
    filters = CaseFilters(
        text=text.strip(),
        rule=page.rule if page is not None else "",
        outcome=outcome if outcome in OUTCOMES else "",
        status=status if status in {item.value for item in CaseStatus} else "",
        since=first,
        until=last,
    )
    shown = {
        "q": text,
        "rule": page.code if page is not None else "",
        "outcome": filters.outcome,
        "status": filters.status,
        "since": since.strip() if first else "",
        "until": until.strip() if last else "",
    }
    return _cases_page(
        request,
        account,
        filters=filters,
        shown=shown,
        filter_error=None if first_ok and last_ok else _(BAD_FILTER_DATE),
    )


def _filter_day(value: str) -> tuple[date | None, bool]:
    """The day typed (``None`` for none) and whether what was typed is a day."""
    if not value.strip():
        return None, True
    try:
        return read_iso_date(value), True
    except DateError:
        return None, False


def _cases_page(
    request: Request,
    account: Account,
    *,
    error: str | None = None,
    inputs: dict[str, str] | None = None,
    filters: CaseFilters | None = None,
    shown: dict[str, str] | None = None,
    filter_error: str | None = None,
) -> HTMLResponse:
    language = request_language(request)
    _ = translator(language)
    filters = filters or CaseFilters()
    return render_page(
        request,
        "accounts/cases.html",
        {
            "cases": cases_list(register_of(request), account.cpas_id, language, filters),
            "filtered": filters.active,
            "shown": shown or dict.fromkeys(("q", "rule", "outcome", "status", "since", "until"), ""),
            "filter_error": filter_error,
            "rules": [(page.code, f"{page.code.upper()} · {_(page.title)}") for page in RULE_PAGES],
            "outcomes": [(outcome.value, _(OUTCOME_LABELS[outcome])) for outcome in Outcome],
            "statuses": [(status.value, _(label)) for status, label in STATUS_LABELS.items()],
            "error": error,
            "inputs": inputs or {"subject_name": "", "national_number": ""},
            "can_export": account.role.value == "supervisor",
        },
        status_code=422 if error or filter_error else 200,
        switch_path="/cases",
    )


def _open_case(request: Request, account: Account, subject_name: str, national_number: str) -> str:
    register = register_of(request)
    name = subject_name.strip() or None
    number = national_number.strip()
    if number:
        return open_case(register, account.cpas_id, number, subject_name=name, created_by=account.id)
    return create_case(register, account.cpas_id, created_by=account.id, subject_name=name)


@router.post("/cases", response_class=HTMLResponse)
def new_case(
    request: Request,
    account: Annotated[Account, Depends(case_worker)],
    subject_name: Short = "",
    national_number: NationalNumber = "",
) -> Response:
    _ = gettext_of(request)
    inputs = {"subject_name": subject_name, "national_number": national_number}
    if not subject_name.strip() and not national_number.strip():
        return _cases_page(request, account, error=_(NEED_IDENTITY), inputs=inputs)
    try:
        case_id = _open_case(request, account, subject_name, national_number)
    except RegisterError as error:
        return _cases_page(request, account, error=error.translated(_), inputs=inputs)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


def _case_page(
    request: Request,
    account: Account,
    case_id: str,
    *,
    error: str | None = None,
    error_form: str | None = None,
    typed_findings: tuple[str, ...] = (),
    done: str = "",
    entry: str = "",
) -> HTMLResponse:
    language = request_language(request)
    _ = translator(language)
    try:
        case = case_view(register_of(request), _checked_case_id(case_id), account.cpas_id, language)
    except NotFoundError:
        raise HTTPException(status_code=404) from None
    confirmation = _(CONFIRMATIONS[done]) if done in CONFIRMATIONS and not error else None
    confirmed = next((e for e in case["entries"] if confirmation and e["id"] == entry), None)
    # After a decision, its documents are one step away: the decision page of its interview.
    decided = PAGES_BY_RULE.get(confirmed["rule"] or "") if confirmed is not None else None
    context: dict[str, Any] = {
        "case": case,
        "confirmation": confirmation,
        # Only an entry of this case is linked to (the id comes from the address).
        "confirmed_entry": confirmed["id"] if confirmed is not None else None,
        "documents_page": f"/interview/{decided.code}/decision#documents-heading" if decided else None,
        "situations": [(page.code, f"{page.code.upper()} · {_(page.title)}") for page in RULE_PAGES],
        # A case with a request logged most likely needs the answer to a request (R3).
        "default_situation": "r3" if case["requests"] else RULE_PAGES[0].code,
        "requesters": [
            (value, choice_label("requester", value, language)) for value in _choices("requester")
        ],
        "requested_items": [
            (value, choice_label("requested", value, language)) for value in _choices("requested")
        ],
        "today": today_in_brussels().isoformat(),
        "error": error,
        "error_form": error_form,
        "typed_findings": [category_label(code, language) for code in typed_findings],
        "can_export": account.role.value == "supervisor",
        # The account's own drafts of interviews of this case (work in progress, not in the chain).
        "drafts": drafts_view(
            list_drafts(
                register_of(request), user_id=account.id, cpas_id=account.cpas_id, case_id=case["id"]
            ),
            request,
        ),
    }
    return render_page(
        request,
        "accounts/case.html",
        context,
        status_code=422 if error else 200,
        switch_path=f"/cases/{case['id']}",
    )


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(
    request: Request,
    case_id: str,
    account: Annotated[Account, Depends(case_worker)],
    typed: Annotated[str, Query(max_length=200)] = "",
    done: Annotated[str, Query(max_length=16)] = "",
    entry: EntryId = "",
) -> HTMLResponse:
    # ``typed``: the guard's categories found in free text just recorded (never the text itself);
    # ``done`` and ``entry``: what was just recorded, to confirm it and link to it.
    found = tuple(code for code in typed.split(",") if code in CATEGORY_LABELS)
    return _case_page(request, account, case_id, typed_findings=found, done=done, entry=entry)


def _recorded(case_id: str, done: str, entry_id: str, free_text: str = "") -> RedirectResponse:
    """Back to the case, which confirms what was recorded; when the free text just recorded carries
    personal data, the page says which kinds (the register keeps the text encrypted; what leaves
    the CPAS shows it redacted)."""
    found = blocking_categories(free_text) if free_text.strip() else ()
    query = f"?done={done}&entry={entry_id}" + (f"&typed={','.join(found)}" if found else "")
    return RedirectResponse(f"/cases/{case_id}{query}", status_code=303)


def _require_case(request: Request, account: Account, case_id: str) -> str:
    from secretpro.register import get_case

    try:
        return get_case(register_of(request), _checked_case_id(case_id), cpas_id=account.cpas_id).id
    except NotFoundError:
        raise HTTPException(status_code=404) from None


@router.post("/cases/{case_id}/requests", response_class=HTMLResponse)
def add_request(
    request: Request,
    case_id: str,
    account: Annotated[Account, Depends(case_worker)],
    requester: Annotated[str, Form(max_length=40)] = "office_des_etrangers",
    requested: Annotated[list[str] | None, Form()] = None,
    legal_basis: Short = "",
    received_on: Day = "",
) -> Response:
    the_case = _require_case(request, account, case_id)
    _ = gettext_of(request)
    day = _parse_day(received_on)
    if day is None:
        return _case_page(request, account, the_case, error=_(BAD_DATE), error_form="request")
    allowed_requesters, allowed_items = _choices("requester"), _choices("requested")
    facts: dict[str, Any] = {
        "requester": requester if requester in allowed_requesters else "other",
        "requested": [item for item in dict.fromkeys(requested or []) if item in allowed_items][:20],
    }
    if legal_basis.strip():
        facts["legal_basis"] = legal_basis.strip()
    entry_id = record_request(
        register_of(request), the_case, "incoming", facts, author_id=account.id, received_on=day
    )
    return _recorded(the_case, "request", entry_id, legal_basis)


@router.post("/cases/{case_id}/answers", response_class=HTMLResponse)
def add_answer(
    request: Request,
    case_id: str,
    account: Annotated[Account, Depends(case_worker)],
    received_on: Day = "",
    summary: Annotated[str, Form(max_length=5000)] = "",
    answers_entry: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """The OE's answer, linked to the request or document sent of this case that it answers (none:
    it answers all that was sent before it)."""
    the_case = _require_case(request, account, case_id)
    _ = gettext_of(request)
    day = _parse_day(received_on)
    if day is None:
        return _case_page(request, account, the_case, error=_(BAD_DATE), error_form="answer")
    if not summary.strip():
        return _case_page(request, account, the_case, error=_(EMPTY_ANSWER), error_form="answer")
    linked = answers_entry.strip() or None
    try:
        entry_id = record_answer(
            register_of(request), the_case, day, summary.strip(), author_id=account.id, answers_entry=linked
        )
    except InvalidInputError:
        return _case_page(request, account, the_case, error=_(UNKNOWN_SENT), error_form="answer")
    return _recorded(the_case, "answer", entry_id, summary)


@router.post("/cases/record/{code}", response_class=HTMLResponse)
def record_interview_decision(
    request: Request,
    code: str,
    account: Annotated[Account, Depends(case_worker)],
    subject_name: Short = "",
    national_number: NationalNumber = "",
) -> Response:
    """The end of an interview: its decision goes into the case of this person (found by national
    number, or created)."""
    page = rule_page(code)
    _ = gettext_of(request)
    decision = current_decision(request, page)
    inputs = {"subject_name": subject_name, "national_number": national_number}
    if not subject_name.strip() and not national_number.strip():
        return _record_error(request, page.code, _(NEED_IDENTITY), inputs)
    try:
        case_id = _open_case(request, account, subject_name, national_number)
        response = RedirectResponse(f"/cases/{case_id}", status_code=303)
        # The documents downloaded next for this decision go into the same case.
        entry_id = record_bound_decision(request, response, page, CaseBinding(case_id, account.id), decision)
    except RegisterError as error:
        return _record_error(request, page.code, error.translated(_), inputs)
    _done_with_draft(request, response, page, account)
    response.headers["location"] = f"/cases/{case_id}?done=decision&entry={entry_id}"
    return response


@router.post("/cases/{case_id}/decisions")
def start_decision(
    request: Request,
    case_id: str,
    account: Annotated[Account, Depends(case_worker)],
    code: Annotated[str, Form(max_length=8)] = "",
    request_entry: Annotated[str, Form(max_length=32)] = "",
) -> Response:
    """ "Nouvelle décision" from a case: a fresh interview of the chosen situation that belongs to
    this case. Answering a logged request, it is decided as of the request's reception date and,
    for a request for information (R3), starts from what the request says."""
    the_case = _require_case(request, account, case_id)
    page = PAGES_BY_CODE.get(code.lower())
    if page is None:  # not a situation of the list: a form that was not ours (the case exists)
        raise HTTPException(status_code=422)
    interview = Interview(page.rule)
    answered: str | None = None
    if request_entry:
        try:
            entry = get_entry(register_of(request), request_entry, cpas_id=account.cpas_id, decrypt=True)
        except NotFoundError:
            raise HTTPException(status_code=404) from None
        if entry.case_id != the_case or entry.kind != EntryKind.REQUEST_INCOMING.value:
            raise HTTPException(status_code=404)
        answered = entry.id
        interview = _from_request(page, entry.payload or {})
    response = RedirectResponse(f"/interview/{page.code}", status_code=303)
    store(request, response, page, interview)
    bind(request, response, page, CaseBinding(the_case, account.id, request_entry=answered))
    return response


def _from_request(page: RulePage, payload: dict[str, Any]) -> Interview:
    """The interview a logged request starts: its reception day, and for R3 its requester, the
    items asked and the legal basis invoked (when one was typed) as answers the worker can modify."""
    day = _parse_day(str(payload.get("date") or ""))
    interview = Interview(page.rule).on(day)
    facts = payload.get("request")
    if page.rule != INCOMING_REQUEST or not isinstance(facts, dict):
        return interview
    answers: list[Answer] = []
    if facts.get("requester") in _choices("requester"):
        answers.append(Answer("requester", str(facts["requester"])))
    items = [str(item) for item in facts.get("requested") or [] if item in _choices("requested")]
    if items:
        answers.append(Answer("requested", LIST_SEPARATOR.join(items)))
    basis = facts.get("legal_basis")
    if isinstance(basis, str) and basis.strip():
        answers += [Answer("legal_basis_invoked", "true"), Answer("legal_basis", basis.strip())]
    return Interview(interview.rule, tuple(answers), interview.received_on)


@router.post("/cases/{case_id}/record/{code}")
def record_in_case(
    request: Request, case_id: str, code: str, account: Annotated[Account, Depends(case_worker)]
) -> Response:
    """The decision of an interview started from this case, recorded there (answering the request
    it was started from, if any)."""
    the_case = _require_case(request, account, case_id)
    page = rule_page(code)
    decision = current_decision(request, page)
    binding = bound_case(request, page)
    if binding is None or binding.case_id != the_case:
        binding = CaseBinding(the_case, account.id)
    response = RedirectResponse(f"/cases/{the_case}", status_code=303)
    entry_id = record_bound_decision(request, response, page, binding, decision)
    _done_with_draft(request, response, page, account)
    response.headers["location"] = f"/cases/{the_case}?done=decision&entry={entry_id}"
    return response


def _done_with_draft(request: Request, response: Response, page: RulePage, account: Account) -> None:
    """The decision is in the case now: the draft its interview was resumed from is deleted (the
    case's history holds the decision and its answers; "Mes brouillons" keeps what is unfinished)."""
    interview = load_interview(request, page)
    if interview.draft is not None:
        forget_draft(request, account, interview)
        store(request, response, page, replace(interview, draft=None))


@router.post("/cases/unbind/{code}")
def leave_case(request: Request, code: str, account: Annotated[Account, Depends(case_worker)]) -> Response:
    """The interview no longer belongs to a case (its decision is recorded nowhere unless asked)."""
    page = rule_page(code)
    response = RedirectResponse(f"/interview/{page.code}/decision", status_code=303)
    unbind(response, page)
    return response


def _record_error(request: Request, code: str, message: str, inputs: dict[str, str]) -> HTMLResponse:
    # The decision page again, the message beside the form and the entries kept (422).
    return render_decision(request, rule_page(code), record_error=message, record_inputs=inputs)
