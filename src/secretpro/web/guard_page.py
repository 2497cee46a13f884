"""The guard page: paste an e-mail, pick the profile, see what the guard finds and copy the redacted
version. The text comes by POST and is never stored or logged."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from secretpro.documents.guard_client import GuardFinding, guard_scan
from secretpro.guard.model import CATEGORY_TABLE, category_label
from secretpro.i18n import N_, Language, translator
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page

router = APIRouter()

MAX_TEXT = 50_000
PROFILES: dict[str, str] = {
    "guarantor_inquiry": N_(
        "Demande à l'OE relative au garant (nom, numéro national, nationalité, CPAS permis)"
    ),
    "strict": N_("Strict : toute réponse à un organisme extérieur (seul le nom du CPAS est permis)"),
}
CATEGORY_LABELS: dict[str, str] = {category.name: category.label for category in CATEGORY_TABLE}


def _pieces(text: str, findings: list[GuardFinding]) -> list[dict[str, Any]]:
    """The text cut into plain runs and findings, for ``<mark>``; overlapping findings are merged
    into the first one's mark (its category named first)."""
    pieces: list[dict[str, Any]] = []
    cursor = 0
    for finding in sorted(findings, key=lambda item: (item.start, -item.end)):
        if finding.start < cursor:
            continue
        pieces.append({"text": text[cursor : finding.start]})
        pieces.append(
            {
                "text": text[finding.start : finding.end],
                "category": finding.category,
                "allowed": finding.allowed,
            }
        )
        cursor = finding.end
    pieces.append({"text": text[cursor:]})
    return pieces


@router.get("/guard", response_class=HTMLResponse)
def guard_form(request: Request) -> HTMLResponse:
    return render_page(request, "guard.html", _context(request_language(request), "", "guarantor_inquiry"))


@router.post("/guard", response_class=HTMLResponse)
def guard_check(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_TEXT)] = "",
    profile: Annotated[str, Form(max_length=32)] = "guarantor_inquiry",
) -> HTMLResponse:
    language = request_language(request)
    if profile not in PROFILES:
        profile = "guarantor_inquiry"
    context = _context(language, text, profile)
    if text.strip():
        scan = guard_scan()
        if scan is None:
            context["unavailable"] = True
        else:
            report = scan(text, profile=profile)
            context["report"] = {
                "verdict": report.verdict,
                "pieces": _pieces(text, list(report.findings)),
                "findings": [
                    {
                        "text": finding.text
                        if hasattr(finding, "text")
                        else text[finding.start : finding.end],
                        "category": finding.category,
                        "label": category_label(finding.category, language),
                        "allowed": finding.allowed,
                    }
                    for finding in report.findings
                ],
                "redacted": report.redacted,
            }
    return render_page(request, "guard.html", context)


def _context(language: Language, text: str, profile: str) -> dict[str, Any]:
    _ = translator(language)
    return {
        "text": text,
        "profile": profile,
        "profiles": [(name, _(label)) for name, label in PROFILES.items()],
        "category_labels": {name: _(label) for name, label in CATEGORY_LABELS.items()},
        "report": None,
        "unavailable": False,
    }
