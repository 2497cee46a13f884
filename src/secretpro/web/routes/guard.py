"""The guard page: paste a message, say what kind of message it is, see what the guard finds.
The text comes by POST and is never stored or logged.

It speaks the worker's words: a kind of message, never the guard's profile name; the reply (the
strictest) is the default, since a reply is what a worker most often writes. A blocked message gets
no "redacted" version — "Elle bénéficie d'une [DONNÉE MÉDICALE]" still says that she receives
something, and a reply with the names blacked out still confirms that the person is known to the
CPAS — but the document the tool prepares instead: the reasoned refusal letter (R3) for a reply,
the four-field e-mail (R1) for the guarantor inquiry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from secretpro.guard import ReportFinding, scan
from secretpro.guard.model import CATEGORY_TABLE, category_label
from secretpro.i18n import N_, Language, translator
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page

router = APIRouter()

MAX_TEXT = 50_000


@dataclass(frozen=True)
class MessageKind:
    """A kind of outgoing message as the worker knows it, and the guard profile that checks it."""

    profile: str
    label: str
    hint: str
    instead: str
    """What to do when the guard blocks it: the document the tool prepares for this message."""
    instead_link: str
    instead_path: str


MESSAGE_KINDS: tuple[MessageKind, ...] = (
    MessageKind(
        "strict",
        N_("Une réponse à une demande d'informations, ou tout autre message qui sort du CPAS"),
        N_(
            "Seul le nom du CPAS peut y figurer : ni nom, ni numéro, ni adresse, ni santé, ni situation de séjour."
        ),
        N_(
            "N'effacez pas seulement ces passages : même expurgée, une réponse confirme que la personne est "
            "connue du CPAS. Répondez plutôt par la lettre de refus motivé, que l'outil prépare."
        ),
        N_("Préparer la lettre de refus motivé"),
        "/interview/r3",
    ),
    MessageKind(
        "guarantor_inquiry",
        N_("La demande à l'OE des coordonnées du garant"),
        N_("Le nom, le numéro national ou BIS, la nationalité et le CPAS concerné, rien d'autre."),
        N_(
            "Cette demande ne peut contenir que quatre données. L'outil prépare l'e-mail qui les contient, "
            "et rien d'autre, après avoir vérifié que la demande peut être faite."
        ),
        N_("Préparer l'e-mail à l'OE"),
        "/interview/r1",
    ),
)
KINDS_BY_PROFILE = {kind.profile: kind for kind in MESSAGE_KINDS}
DEFAULT_PROFILE = MESSAGE_KINDS[0].profile
"""A reply: the strictest, and what a worker most often writes."""
CATEGORY_LABELS: dict[str, str] = {category.name: category.label for category in CATEGORY_TABLE}


def _pieces(text: str, findings: list[ReportFinding]) -> list[dict[str, Any]]:
    """The text cut into plain runs and findings, for ``<mark>``. A finding that overlaps the one
    before is marked from where that one ends: "est enfermé au centre fermé⏎de Vottem", a status then
    an address that goes on past it, marks "de Vottem" too (fortieth round: it was shown unmarked)."""
    pieces: list[dict[str, Any]] = []
    cursor = 0
    for finding in sorted(findings, key=lambda item: (item.start, -item.end)):
        if finding.end <= cursor:
            continue
        start = max(finding.start, cursor)
        pieces.append({"text": text[cursor:start]})
        pieces.append(
            {
                "text": text[start : finding.end],
                "category": finding.category,
                "allowed": finding.allowed,
            }
        )
        cursor = finding.end
    pieces.append({"text": text[cursor:]})
    return pieces


@router.get("/guard", response_class=HTMLResponse)
def guard_form(request: Request) -> HTMLResponse:
    return render_page(request, "guard.html", _context(request_language(request), "", DEFAULT_PROFILE))


@router.post("/guard", response_class=HTMLResponse)
def guard_check(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_TEXT)] = "",
    profile: Annotated[str, Form(max_length=32)] = DEFAULT_PROFILE,
) -> HTMLResponse:
    language = request_language(request)
    if profile not in KINDS_BY_PROFILE:
        profile = DEFAULT_PROFILE
    context = _context(language, text, profile)
    if text.strip():
        report = scan(text, profile=profile)
        context["report"] = {
            "verdict": report.verdict,
            "pieces": _pieces(text, list(report.findings)),
            "findings": [
                {
                    "text": finding.text if hasattr(finding, "text") else text[finding.start : finding.end],
                    "category": finding.category,
                    "label": category_label(finding.category, language),
                    "allowed": finding.allowed,
                }
                for finding in report.findings
            ],
        }
    return render_page(request, "guard.html", context)


def _context(language: Language, text: str, profile: str) -> dict[str, Any]:
    _ = translator(language)
    kind = KINDS_BY_PROFILE[profile]
    return {
        "text": text,
        "profile": profile,
        "kinds": [{"profile": k.profile, "label": _(k.label), "hint": _(k.hint)} for k in MESSAGE_KINDS],
        "instead": {"text": _(kind.instead), "link": _(kind.instead_link), "path": kind.instead_path},
        "category_labels": {name: _(label) for name, label in CATEGORY_LABELS.items()},
        "report": None,
    }
