"""The review page of held messages (supervisors of the CPAS): the message with the guard's findings
highlighted; release it (a reason is required and recorded, encrypted, in the register), return it
to its sender, or replace the reply by the R3 refusal letter. The relay's outbox sends what was
decided. Mounted by ``web/app.py``; login, roles and CSRF are the web application's.
"""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from secretpro.i18n import N_, Language, translator
from secretpro.mail_relay import holding, notices
from secretpro.mail_relay.scanning import Found, PartReport
from secretpro.register.accounts import Account
from secretpro.register.errors import ConflictError, NotFoundError
from secretpro.web.accounts.context import register_of, supervisor
from secretpro.web.accounts.pages import gettext_of
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page

router = APIRouter()

HELD_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
REASON_REQUIRED = N_("Indiquez pourquoi ce message peut partir malgré les données trouvées.")
STATUS_LABELS: dict[str, str] = {
    "held": N_("Retenu, en attente d'examen"),
    "released": N_("Libéré par un responsable"),
    "returned": N_("Renvoyé à l'expéditeur"),
    "replaced": N_("Remplacé par la lettre de refus"),
}
PROFILE_LABELS: dict[str, str] = {
    "guarantor_inquiry": N_("E-mail à l'OE relatif au garant (R1)"),
    "strict": N_("Strict : toute autre réponse à un organisme extérieur"),
}


def _checked(held_id: str) -> str:
    if not HELD_ID.fullmatch(held_id):
        raise HTTPException(status_code=404)
    return held_id


def highlight(text: str, findings: tuple[Found, ...], language: Language) -> list[dict[str, Any]]:
    """The text cut into plain runs and marked findings (overlaps merged into the first)."""
    pieces: list[dict[str, Any]] = []
    cursor = 0
    for found in sorted(findings, key=lambda f: (f.start, -f.end)):
        if found.end <= cursor:
            continue
        start = max(found.start, cursor)
        if start > cursor:
            pieces.append({"text": text[cursor:start], "category": None})
        pieces.append(
            {
                "text": text[start : found.end],
                "category": found.category,
                "label": notices.category_name(found.category, language),
                "allowed": found.allowed,
            }
        )
        cursor = found.end
    if cursor < len(text):
        pieces.append({"text": text[cursor:], "category": None})
    return pieces


def _part_view(part: PartReport, language: Language) -> dict[str, Any]:
    _ = translator(language)
    return {
        "where": notices.where(part, language),
        "name": part.name,
        "holds": part.holds,
        "problem": _(part.problem) if part.problem else None,
        "pieces": highlight(part.text, part.findings, language),
        "categories": [
            notices.category_name(c, language) for c in sorted({f.category for f in part.blocked})
        ],
    }


def _summary_view(summary: holding.HeldSummary, language: Language) -> dict[str, Any]:
    _ = translator(language)
    return {
        "id": summary.id,
        "received": summary.received_at.strftime("%Y-%m-%d %H:%M UTC"),
        "status": summary.status,
        "status_label": _(STATUS_LABELS[summary.status]),
        "categories": [notices.category_name(c, language) for c in summary.categories],
        "delivered": summary.delivered_at is not None,
    }


@router.get("/mail/held", response_class=HTMLResponse)
def held_list(request: Request, account: Annotated[Account, Depends(supervisor)]) -> HTMLResponse:
    language = request_language(request)
    rows = holding.list_held(register_of(request), account.cpas_id)
    return render_page(
        request,
        "mail_relay/held_list.html",
        {"messages": [_summary_view(s, language) for s in rows]},
    )


def _held_page(
    request: Request, account: Account, held_id: str, *, error: str | None = None, status_code: int = 200
) -> HTMLResponse:
    language = request_language(request)
    _ = gettext_of(request)
    try:
        detail = holding.get_held(register_of(request), _checked(held_id), cpas_id=account.cpas_id)
    except NotFoundError:
        raise HTTPException(status_code=404) from None
    headers = message_from_bytes(detail.data, policy=policy.default)
    context = {
        "message": _summary_view(detail.summary, language),
        "mail_from": detail.envelope.mail_from,
        "rcpt_tos": detail.envelope.rcpt_tos,
        "subject": str(headers.get("Subject", "")),
        "profile_label": _(PROFILE_LABELS.get(detail.scan.profile, detail.scan.profile)),
        "parts": [_part_view(p, language) for p in detail.scan.parts],
        "error": error,
    }
    return render_page(request, "mail_relay/held.html", context, status_code=status_code)


@router.get("/mail/held/{held_id}", response_class=HTMLResponse)
def held_page(
    request: Request, held_id: str, account: Annotated[Account, Depends(supervisor)]
) -> HTMLResponse:
    return _held_page(request, account, held_id)


@router.post("/mail/held/{held_id}/{action}", response_class=HTMLResponse)
def decide(
    request: Request,
    held_id: str,
    action: str,
    account: Annotated[Account, Depends(supervisor)],
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    if action not in holding.ACTIONS:
        raise HTTPException(status_code=404)
    _ = gettext_of(request)
    clean_reason = " ".join(reason.split())
    if action == "release" and not clean_reason:
        return _held_page(request, account, held_id, error=_(REASON_REQUIRED), status_code=422)
    try:
        holding.decide_held(
            register_of(request),
            _checked(held_id),
            action,
            cpas_id=account.cpas_id,
            author_id=account.id,
            reason=clean_reason or None,
        )
    except NotFoundError:
        raise HTTPException(status_code=404) from None
    except ConflictError as error:
        return _held_page(request, account, held_id, error=error.translated(_), status_code=409)
    return RedirectResponse(f"/mail/held/{held_id}", status_code=303)
