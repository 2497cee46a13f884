"""The "Enregistrer comme brouillon" box of the question and decision pages, and an interview as a
draft's state (``register/drafts.py`` keeps it encrypted; the web reads and writes it here).

A draft holds what the interview's cookies hold: the rule, the answers, the reception date, an
answer being changed, and the case the interview belongs to with the incoming request it answers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Request

from secretpro.documents.vocabulary import medium_date
from secretpro.i18n import N_, Language, translator
from secretpro.register import case_identity
from secretpro.register.accounts import Account
from secretpro.register.drafts import MAX_NAME, get_draft
from secretpro.register.errors import NotFoundError
from secretpro.rules import today_in_brussels
from secretpro.web.accounts.case_binding import bound_case
from secretpro.web.accounts.context import CASE_ROLES, register_of
from secretpro.web.interview import Interview
from secretpro.web.labels import RulePage
from secretpro.web.language import request_language
from secretpro.web.state import from_payload, to_payload


def default_name(page: RulePage, language: Language, day: date | None = None) -> str:
    """ "R1 · Enquête sur un garant — 4 déc. 2026": the rule's title and the day."""
    _ = translator(language)
    return f"{page.code.upper()} · {_(page.title)} — {medium_date(day or today_in_brussels(), language)}"


def draft_state(interview: Interview, request_entry: str | None) -> dict[str, Any]:
    state = to_payload(interview)
    state.pop("k", None)  # the draft's own id is its row's, not part of what it holds
    if request_entry is not None:
        state["q"] = request_entry
    return state


def interview_of(state: dict[str, Any], rule: str, draft_id: str) -> Interview:
    interview = from_payload(state, rule)
    return Interview(interview.rule, interview.answers, interview.received_on, interview.revisit, draft_id)


def request_entry_of(state: dict[str, Any]) -> str | None:
    value = state.get("q")
    return value if isinstance(value, str) and 0 < len(value) <= 32 else None


def _account(request: Request) -> Account | None:
    account = getattr(request.state, "account", None)
    return account if isinstance(account, Account) and account.role in CASE_ROLES else None


def draft_box(
    request: Request,
    page: RulePage,
    interview: Interview,
    *,
    error: str | None = None,
    inputs: dict[str, str] | None = None,
) -> dict[str, Any] | None:
    """What the save-as-draft box shows (``None`` for an account that keeps no cases): the name
    (the draft's own when the interview was resumed from one, else the rule's title and the day),
    the case it would belong to, and the error of a refused save beside the fields."""
    account = _account(request)
    if account is None:
        return None
    language = request_language(request)
    register = register_of(request)
    name, current = default_name(page, language), None
    if interview.draft is not None:
        try:
            current = get_draft(register, interview.draft, user_id=account.id, cpas_id=account.cpas_id)
            name = current.name
        except NotFoundError:
            current = None
    binding = bound_case(request, page)
    cases: list[tuple[str, str]] = []
    if binding is not None:
        identity = case_identity(register, binding.case_id, cpas_id=account.cpas_id)
        label = identity.subject_name or translator(language)(N_("Dossier sans nom"))
        cases.append((binding.case_id, f"{label} · {binding.case_id}"))
    typed = inputs or {}
    return {
        "name": typed.get("name", name),
        "case": typed.get("case", binding.case_id if binding is not None else ""),
        "cases": cases,
        "replaces": current.name if current is not None else None,
        "error": error,
        "error_field": typed.get("error_field", ""),
        "max_name": MAX_NAME,
        "open": error is not None,
    }
