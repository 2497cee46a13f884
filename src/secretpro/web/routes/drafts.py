"""Drafts ("Mes brouillons"): an interview in progress saved by name, resumed after a logout or on
another day, deleted when done with.

Saving takes the interview of the page's rule as its cookies hold it (answers, reception date, an
answer being changed, the case it was started from and the request it answers) and keeps it in the
register, encrypted (``register/drafts.py``); "Reprendre" puts all of it back. A draft belongs to
its author in their CPAS: any other id is answered 404. It is deleted when its decision is recorded
in a case (``routes/cases.py``): the decision and its answers are then in the case's history, and
"Mes brouillons" lists only what is still to finish.
"""

from __future__ import annotations

import contextlib
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from secretpro.i18n import N_, translator
from secretpro.register import case_identity, get_case
from secretpro.register.accounts import Account
from secretpro.register.drafts import Draft, delete_draft, get_draft, list_drafts, save_draft
from secretpro.register.errors import NotFoundError, RegisterError
from secretpro.rules import FactsError
from secretpro.web.accounts.case_binding import CaseBinding, bind, bound_case, unbind
from secretpro.web.accounts.context import case_worker, register_of
from secretpro.web.accounts.views import when
from secretpro.web.drafts_view import draft_state, interview_of, request_entry_of
from secretpro.web.interview import Interview, step
from secretpro.web.labels import PAGES_BY_RULE, RulePage
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page
from secretpro.web.routes.interviews import (
    load_interview,
    render_decision,
    render_question_page,
    rule_page,
    store,
)

router = APIRouter()

DRAFT_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
UNKNOWN_CASE = N_(
    "Dossier du brouillon : ce dossier est introuvable ; choisissez celui de la liste ou « Aucun dossier »."
)
# What was just done, said on the page it leads back to (``?done=``: a code, nothing personal).
DONE: dict[str, str] = {
    "saved": N_("Brouillon enregistré. Vous pouvez vous déconnecter : il vous attend ici."),
    "deleted": N_("Brouillon supprimé."),
}
# Longer than allowed on purpose: a name too long is refused with a message naming the field.
DraftName = Annotated[str, Form(max_length=2000)]


def _checked(draft_id: str) -> str:
    if not DRAFT_ID.fullmatch(draft_id):
        raise HTTPException(status_code=404)
    return draft_id


def _own_draft(request: Request, account: Account, draft_id: str) -> Draft:
    try:
        return get_draft(
            register_of(request), _checked(draft_id), user_id=account.id, cpas_id=account.cpas_id
        )
    except NotFoundError:
        raise HTTPException(status_code=404) from None


def drafts_view(drafts: list[Draft], request: Request) -> list[dict[str, Any]]:
    """The drafts as the lists show them: name, situation, case (its person's name, inside the page
    only), when saved."""
    language = request_language(request)
    _ = translator(language)
    register = register_of(request)
    rows = []
    for draft in drafts:
        page = PAGES_BY_RULE.get(draft.rule)
        case_name = None
        if draft.case_id is not None:
            try:
                case_name = case_identity(register, draft.case_id, cpas_id=draft.cpas_id).subject_name
            except NotFoundError:
                case_name = None
        rows.append(
            {
                "id": draft.id,
                "name": draft.name,
                "situation": f"{page.code.upper()} · {_(page.title)}" if page is not None else draft.rule,
                "case_id": draft.case_id,
                "case_name": case_name,
                "saved": when(draft.updated_at, language),
            }
        )
    return rows


@router.get("/drafts", response_class=HTMLResponse)
def drafts_page(
    request: Request,
    account: Annotated[Account, Depends(case_worker)],
    done: Annotated[str, Query(max_length=16)] = "",
) -> HTMLResponse:
    _ = translator(request_language(request))
    drafts = list_drafts(register_of(request), user_id=account.id, cpas_id=account.cpas_id)
    return render_page(
        request,
        "drafts.html",
        {
            "drafts": drafts_view(drafts, request),
            "confirmation": _(DONE[done]) if done in DONE else None,
            "confirmed_entry": None,
            "documents_page": None,
        },
    )


@router.post("/interview/{code}/draft", response_class=HTMLResponse)
def save_interview_draft(
    request: Request,
    code: str,
    account: Annotated[Account, Depends(case_worker)],
    name: DraftName = "",
    case: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """Saves the interview of this rule as a draft (overwriting the one it was resumed from)."""
    page = rule_page(code)
    interview = load_interview(request, page)
    _ = translator(request_language(request))
    inputs = {"name": name, "case": case}
    register = register_of(request)
    binding = bound_case(request, page)
    case_id = case.strip() or None
    if case_id is not None:
        try:
            case_id = get_case(register, _checked_case(case_id), cpas_id=account.cpas_id).id
        except (NotFoundError, HTTPException):
            return _refused(request, page, interview, _(UNKNOWN_CASE), {**inputs, "error_field": "case"})
    request_entry = binding.request_entry if binding is not None and binding.case_id == case_id else None
    try:
        draft_id = save_draft(
            register,
            user_id=account.id,
            cpas_id=account.cpas_id,
            rule=page.rule,
            name=name,
            state=draft_state(interview, request_entry),
            case_id=case_id,
            draft_id=interview.draft,
        )
    except NotFoundError:  # the case was purged meanwhile
        return _refused(request, page, interview, _(UNKNOWN_CASE), {**inputs, "error_field": "case"})
    except RegisterError as error:
        return _refused(request, page, interview, error.translated(_), {**inputs, "error_field": "name"})
    response = RedirectResponse(f"/drafts?done=saved#draft-{draft_id}", status_code=303)
    store(request, response, page, _with_draft(interview, draft_id))
    return response


def _checked_case(case_id: str) -> str:
    if not DRAFT_ID.fullmatch(case_id):
        raise HTTPException(status_code=404)
    return case_id


def _with_draft(interview: Interview, draft_id: str) -> Interview:
    return Interview(interview.rule, interview.answers, interview.received_on, interview.revisit, draft_id)


def _refused(
    request: Request, page: RulePage, interview: Interview, message: str, inputs: dict[str, str]
) -> HTMLResponse:
    """The page the box was on, again (422), the message beside the field and what was typed kept."""
    try:
        current = step(interview, interview.reference_date)
    except FactsError:
        current = None
    if current is not None and current.question is not None:
        return render_question_page(request, page, draft_error=message, draft_inputs=inputs)
    return render_decision(request, page, draft_error=message, draft_inputs=inputs)


@router.post("/drafts/{draft_id}/resume")
def resume_draft(
    request: Request, draft_id: str, account: Annotated[Account, Depends(case_worker)]
) -> Response:
    """The interview exactly as saved: rule, answers, reception date, its case and request."""
    draft = _own_draft(request, account, draft_id)
    page = PAGES_BY_RULE.get(draft.rule)
    if page is None:  # a rule no longer offered: nothing to resume into
        raise HTTPException(status_code=404)
    interview = interview_of(draft.state, draft.rule, draft.id)
    response = RedirectResponse(f"/interview/{page.code}", status_code=303)
    store(request, response, page, interview)
    case_id = None
    if draft.case_id is not None:
        try:
            info = get_case(register_of(request), draft.case_id, cpas_id=account.cpas_id)
            case_id = info.id if info.removed_at is None else None
        except NotFoundError:
            case_id = None
    if case_id is not None:
        bind(request, response, page, CaseBinding(case_id, account.id, request_entry_of(draft.state)))
    else:
        unbind(response, page)
    return response


@router.post("/drafts/{draft_id}/delete")
def remove_draft(
    request: Request,
    draft_id: str,
    account: Annotated[Account, Depends(case_worker)],
    back: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """Deletes the draft, then back to the list it was deleted from (a case's page, or "Mes
    brouillons")."""
    draft = _own_draft(request, account, draft_id)
    delete_draft(register_of(request), draft.id, user_id=account.id, cpas_id=account.cpas_id)
    if back == "case" and draft.case_id is not None:
        return RedirectResponse(f"/cases/{draft.case_id}?done=draft_deleted#drafts-heading", status_code=303)
    return RedirectResponse("/drafts?done=deleted", status_code=303)


def forget_draft(request: Request, account: Account, interview: Interview) -> None:
    """The draft an interview was resumed from, deleted once its decision is recorded in a case."""
    if interview.draft is None:
        return
    with contextlib.suppress(NotFoundError):
        delete_draft(register_of(request), interview.draft, user_id=account.id, cpas_id=account.cpas_id)
