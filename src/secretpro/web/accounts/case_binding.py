"""An interview started from a case stays with that case ("Nouvelle décision" from a case file).

A signed cookie per interview (``case-<code>``) names the case, the account that started it, the
incoming request the decision answers and, once the decision is recorded, its entry and a
fingerprint of what was decided. The decision page then records into that case without asking for
the person again, and each document downloaded for the decision is recorded in the case (kind,
file name, SHA-256, the names of the fields it carries, never its content), linked to the decision
as long as the decision is the one recorded.

Signed, not encrypted: it holds opaque ids only, never a name or a number. The account and its CPAS
are checked on every use, so a binding left in the browser by another account is ignored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from secretpro.documents.model import Document, DocumentKind
from secretpro.register import case_identity, get_case, get_entry, record_decision, record_document
from secretpro.register.accounts import Account
from secretpro.register.canonical import canonical_json
from secretpro.register.entries import decision_payload
from secretpro.register.errors import NotFoundError
from secretpro.rules import Decision
from secretpro.rules.explanation import explain
from secretpro.web.labels import RulePage

from .context import register_of
from .views import DOCUMENT_RECIPIENTS

# As long as an interview's own cookie (``web/state.py``): a case picked up again after lunch.
MAX_AGE_SECONDS = 24 * 3600
# The inputs a document may carry besides its wording (their names are recorded, never their values).
DOCUMENT_INPUTS = (
    "beneficiary_name",
    "national_number",
    "nationality",
    "cpas",
    "case_reference",
    "requester_reference",
)


@dataclass(frozen=True)
class CaseBinding:
    case_id: str
    user_id: int
    request_entry: str | None = None
    decision_entry: str | None = None
    fingerprint: str | None = None
    """Of the decision recorded as ``decision_entry`` (see :func:`fingerprint`)."""


def cookie_name(page: RulePage) -> str:
    return f"case-{page.code}"


@cache
def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="secretpro.case-binding")


def _serializer_of(request: Request) -> URLSafeTimedSerializer:
    return _serializer(request.app.state.settings.secret_key)


def _account(request: Request) -> Account | None:
    account = getattr(request.state, "account", None)
    return account if isinstance(account, Account) else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= 64 else None


def bound_case(request: Request, page: RulePage) -> CaseBinding | None:
    """The case this interview was started from, if it is still one of the account's own."""
    account = _account(request)
    raw = request.cookies.get(cookie_name(page))
    if account is None or not raw:
        return None
    try:
        data = _serializer_of(request).loads(raw, max_age=MAX_AGE_SECONDS)
    except BadSignature:
        return None
    if not isinstance(data, dict) or data.get("u") != account.id or _text(data.get("c")) is None:
        return None
    try:
        case = get_case(register_of(request), str(data["c"]), cpas_id=account.cpas_id)
    except NotFoundError:
        return None
    if case.removed_at is not None:
        return None
    return CaseBinding(case.id, account.id, _text(data.get("q")), _text(data.get("d")), _text(data.get("f")))


def bind(request: Request, response: Response, page: RulePage, binding: CaseBinding) -> None:
    data = {
        "c": binding.case_id,
        "u": binding.user_id,
        "q": binding.request_entry,
        "d": binding.decision_entry,
        "f": binding.fingerprint,
    }
    response.set_cookie(
        cookie_name(page),
        str(_serializer_of(request).dumps(data)),
        max_age=MAX_AGE_SECONDS,
        httponly=True,
        samesite="strict",
        secure=request.app.state.settings.secure_cookies,
        path="/",
    )


def unbind(response: Response, page: RulePage) -> None:
    response.delete_cookie(cookie_name(page), path="/")


def fingerprint(decision: Decision) -> str:
    """What was decided, as the register would keep it (rule, outcome, facts, day, rules version):
    a decision changed since it was recorded (an answer modified) no longer matches."""
    payload = decision_payload(explain(decision, "fr"), decision.facts)
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()[:32]


def record_bound_decision(
    request: Request, response: Response, page: RulePage, binding: CaseBinding, decision: Decision
) -> str:
    """Records ``decision`` in the bound case (answering its request, if any) and remembers it, so
    that the documents downloaded next follow it. Returns the decision's entry id."""
    entry_id = record_decision(
        register_of(request),
        binding.case_id,
        explain(decision, "fr"),
        binding.user_id,
        facts=decision.facts,
        answers_request=binding.request_entry,
    )
    bind(
        request, response, page, replace(binding, decision_entry=entry_id, fingerprint=fingerprint(decision))
    )
    return entry_id


def is_recorded(binding: CaseBinding, decision: Decision) -> bool:
    return binding.decision_entry is not None and binding.fingerprint == fingerprint(decision)


def recipient_of(kind: DocumentKind, decision: Decision) -> str | None:
    """Who receives the document: a refusal letter goes to whoever asked (the requester of an
    incoming request, the would-be recipient of a sharing), the others have a fixed addressee."""
    if kind is DocumentKind.REFUSAL_LETTER:
        asked = decision.facts.get("requester") or decision.facts.get("recipient")
        return str(asked) if asked else None
    return DOCUMENT_RECIPIENTS.get(kind)


def carried_fields(kind: DocumentKind, inputs: dict[str, str]) -> list[str]:
    """The names of what the worker typed that the document carries (never the values)."""
    used: Iterable[str] = (
        DOCUMENT_INPUTS if kind is DocumentKind.OE_EMAIL else ("case_reference", "requester_reference")
    )
    if kind is DocumentKind.ENVELOPE_COVER:
        used = ()
    return [name for name in used if inputs.get(name, "").strip()]


def record_sent_document(
    request: Request,
    page: RulePage,
    decision: Decision,
    document: Document,
    content: bytes,
    file_name: str | None,
    inputs: dict[str, str],
) -> tuple[str, str] | None:
    """Records a document just produced (a file downloaded, or an e-mail's text the worker says
    they sent) for a decision of an interview bound to a case: (case id, entry id); ``None`` when
    the interview belongs to no case. The bytes are hashed, never kept."""
    binding = bound_case(request, page)
    if binding is None:
        return None
    entry_id = record_document(
        register_of(request),
        binding.case_id,
        document.kind.value,
        hashlib.sha256(content).hexdigest(),
        carried_fields(document.kind, inputs),
        author_id=binding.user_id,
        recipient=recipient_of(document.kind, decision),
        file_name=file_name,
        follows_decision=binding.decision_entry if is_recorded(binding, decision) else None,
    )
    return binding.case_id, entry_id


def binding_view(request: Request, page: RulePage, decision: Decision) -> dict[str, Any] | None:
    """What the decision page says of the case the interview belongs to."""
    binding = bound_case(request, page)
    account = _account(request)
    if binding is None or account is None:
        return None
    register = register_of(request)
    identity = case_identity(register, binding.case_id, cpas_id=account.cpas_id)
    request_day: date | None = None
    if binding.request_entry is not None:
        try:
            entry = get_entry(register, binding.request_entry, cpas_id=account.cpas_id)
            request_day = date.fromisoformat(str((entry.payload or {}).get("date")))
        except (NotFoundError, ValueError):
            request_day = None
    recorded = is_recorded(binding, decision)
    return {
        "id": binding.case_id,
        "name": identity.subject_name,
        "request_day": request_day,
        "recorded": recorded,
        "changed": binding.decision_entry is not None and not recorded,
        "decision_entry": binding.decision_entry,
    }
