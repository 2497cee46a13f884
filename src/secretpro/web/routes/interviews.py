"""Interview routes: one question at a time (POST, then redirect to the GET page), then the decision.

The answers live in a signed cookie per interview; every page is a plain form, htmx only makes the
swap quicker. Nothing personal is asked here.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from secretpro.i18n import N_, translator
from secretpro.rules import Decision, FactsError, today_in_brussels
from secretpro.rules.explanation import explain
from secretpro.web.accounts.case_binding import binding_view
from secretpro.web.accounts.context import document_sender
from secretpro.web.answers import answers_view, error_message, input_view
from secretpro.web.decision_view import decision_context
from secretpro.web.drafts_view import draft_box
from secretpro.web.interview import (
    LIST_SEPARATOR,
    UNKNOWN_ANSWER,
    Interview,
    check_answer,
    progress,
    step,
)
from secretpro.web.labels import PAGES_BY_CODE, RulePage
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page
from secretpro.web.state import InterviewCookies

router = APIRouter()

BAD_RECEPTION_DATE = N_(
    "Date de réception invalide : utilisez le sélecteur de date (AAAA-MM-JJ) ; elle ne peut pas être dans le futur."
)


def rule_page(code: str) -> RulePage:
    page = PAGES_BY_CODE.get(code.lower())
    if page is None:
        raise HTTPException(status_code=404)
    return page


def cookies(request: Request) -> InterviewCookies:
    jar: InterviewCookies = request.app.state.interview_cookies
    return jar


def load_interview(request: Request, page: RulePage) -> Interview:
    return cookies(request).load(request.cookies.get(InterviewCookies.name(page.code)), page.rule)


def store(request: Request, response: Response, page: RulePage, interview: Interview) -> None:
    response.set_cookie(
        InterviewCookies.name(page.code),
        cookies(request).dump(interview),
        httponly=True,
        samesite="strict",
        secure=request.app.state.settings.secure_cookies,
        path="/",
    )


def _current_step(request: Request, page: RulePage) -> tuple[Interview, Any]:
    interview = load_interview(request, page)
    try:
        return interview, step(interview, interview.reference_date)
    except FactsError:
        # A stored answer no longer holds (e.g. the date moved on): start this interview again.
        interview = Interview(page.rule, received_on=interview.received_on)
        return interview, step(interview, interview.reference_date)


def current_decision(request: Request, page: RulePage) -> Decision:
    """The decision of the interview in progress, as of its reception date (409 if it no longer holds)."""
    interview = load_interview(request, page)
    try:
        return step(interview, interview.reference_date).decision
    except FactsError:
        raise HTTPException(status_code=409) from None


def date_context(interview: Interview, error: str | None) -> dict[str, Any]:
    today = today_in_brussels()
    return {
        "received_on": interview.reference_date,
        "received_today": interview.reference_date == today,
        "today": today.isoformat(),
        "date_error": error,
    }


@router.get("/interview/{code}", response_class=HTMLResponse)
def question_page(request: Request, code: str) -> Response:
    page = rule_page(code)
    _interview, current = _current_step(request, page)
    if current.question is None:
        return RedirectResponse(f"/interview/{page.code}/decision", status_code=303)
    return render_question_page(request, page)


def render_question_page(
    request: Request,
    page: RulePage,
    *,
    draft_error: str | None = None,
    draft_inputs: dict[str, str] | None = None,
) -> HTMLResponse:
    """The question on screen; with ``draft_error``, a 422 that says why "Enregistrer comme
    brouillon" was refused, beside its fields."""
    interview, current = _current_step(request, page)
    # An answer being changed is shown as it was given.
    shown = interview.value_of(current.question.fact) if interview.revisit and current.question else None
    return _render_question(
        request,
        page,
        interview,
        current,
        error=None,
        value=shown,
        draft_error=draft_error,
        draft_inputs=draft_inputs,
    )


def _render_question(
    request: Request,
    page: RulePage,
    interview: Interview,
    current: Any,
    *,
    error: str | None,
    value: str | None,
    date_error: str | None = None,
    draft_error: str | None = None,
    draft_inputs: dict[str, str] | None = None,
) -> HTMLResponse:
    language = request_language(request)
    question = current.question
    context = {
        "draft": draft_box(request, page, interview, error=draft_error, inputs=draft_inputs),
        **date_context(interview, date_error),
        "page": page,
        "question": question,
        "input": input_view(question, language, value),
        "number": current.number,
        "progress": progress(interview, current),
        "answers": answers_view(interview, language),
        "can_go_back": bool(interview.answers),
        "revisiting": interview.revisit is not None,
        "error": error,
        "outcome_so_far": explain(current.decision, language)["outcome_label"],
    }
    return render_page(
        request,
        "question.html",
        context,
        status_code=422 if error or date_error or draft_error else 200,
        switch_path=f"/interview/{page.code}",
    )


@router.post("/interview/{code}/answer")
def answer(
    request: Request,
    code: str,
    # "Back" sends no fact: an empty field is read as missing, so it must not be required.
    fact: Annotated[str, Form(max_length=64)] = "",
    action: Annotated[str, Form(max_length=16)] = "answer",
    value: Annotated[list[str] | None, Form()] = None,
) -> Response:
    page = rule_page(code)
    interview, current = _current_step(request, page)
    redirect = RedirectResponse(f"/interview/{page.code}", status_code=303)
    if action == "back":
        store(request, redirect, page, interview.back())
        return redirect
    if action == "change":  # "modifier" beside an answer: that question again, the others kept
        store(request, redirect, page, interview.change(fact))
        return redirect
    # Only the question on screen may be answered: a stale form (another tab) just shows it again.
    if current.question is None or current.question.fact != fact:
        return redirect
    if action == "unknown":
        store(request, redirect, page, interview.with_answer(fact, UNKNOWN_ANSWER))
        return redirect
    given = LIST_SEPARATOR.join(item.strip() for item in (value or []) if item.strip())
    # An empty text is not "don't know" (that has its own button): the question is asked again.
    if not given and current.question.spec.kind.name != "CHOICES":
        return _render_question(request, page, interview, current, error=_no_answer(request), value=None)
    problem = _check(interview, fact, given)
    if problem is not None:
        return _render_question(
            request,
            page,
            interview,
            current,
            error=error_message(problem, request_language(request)),
            value=given,
        )
    store(request, redirect, page, interview.with_answer(fact, given))
    return redirect


def _no_answer(request: Request) -> str:
    return translator(request_language(request))(
        N_("Choisissez une réponse, ou « Je ne sais pas » si vous ne la connaissez pas.")
    )


def _check(interview: Interview, fact: str, value: str) -> FactsError | None:
    return check_answer(interview, fact, value, interview.reference_date)


@router.post("/interview/{code}/restart")
def restart(request: Request, code: str) -> Response:
    page = rule_page(code)
    response = RedirectResponse(f"/interview/{page.code}", status_code=303)
    response.delete_cookie(InterviewCookies.name(page.code), path="/")
    return response


@router.post("/interview/{code}/date")
def set_reception_date(
    request: Request, code: str, received_on: Annotated[str, Form(max_length=10)] = ""
) -> Response:
    """The day the request was received: the rule decides as of that day (not in the future)."""
    page = rule_page(code)
    interview, current = _current_step(request, page)
    language = request_language(request)
    day = _past_day(received_on)
    problem: str | None = None
    if day is None:
        problem = translator(language)(BAD_RECEPTION_DATE)
    else:
        moved = interview.on(day)
        try:
            step(moved, moved.reference_date)
        except FactsError as error:
            # An answer given (e.g. an arrival date) comes after that day: say which, keep the answers.
            problem = error_message(error, language)
    if problem is not None:
        if current.question is not None:
            return _render_question(
                request, page, interview, current, error=None, value=None, date_error=problem
            )
        return render_decision(request, page, date_error=problem)
    redirect = RedirectResponse(f"/interview/{page.code}", status_code=303)
    store(request, redirect, page, interview.on(day))
    return redirect


def _past_day(value: str) -> date | None:
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        return None
    return day if day <= today_in_brussels() else None


@router.get("/interview/{code}/decision", response_class=HTMLResponse)
def decision_page(request: Request, code: str) -> Response:
    return render_decision(request, rule_page(code))


def render_decision(
    request: Request,
    page: RulePage,
    *,
    record_error: str | None = None,
    record_inputs: dict[str, str] | None = None,
    date_error: str | None = None,
    draft_error: str | None = None,
    draft_inputs: dict[str, str] | None = None,
) -> HTMLResponse:
    """The decision page; with ``record_error``, a 422 that shows why "Enregistrer au dossier" was
    refused beside its form, the worker's entries kept."""
    interview, current = _current_step(request, page)
    language = request_language(request)
    sender = document_sender(request)
    context = decision_context(page, interview, current.decision, language, sender)
    context.update(date_context(interview, date_error))
    context["can_go_back"] = bool(interview.answers)
    context["cpas_name"] = sender.cpas_name
    context["open_questions"] = [q.fact for q in current.questions]
    context["record_error"] = record_error
    context["record_inputs"] = record_inputs or {"national_number": "", "subject_name": ""}
    # The case this interview was started from: its decision is recorded there, its documents too.
    context["bound_case"] = binding_view(request, page, current.decision)
    context["draft"] = draft_box(request, page, interview, error=draft_error, inputs=draft_inputs)
    return render_page(
        request,
        "decision.html",
        context,
        status_code=422 if record_error or date_error or draft_error else 200,
        switch_path=f"/interview/{page.code}/decision",
    )
