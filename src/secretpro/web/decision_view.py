"""The decision page's content: the explained decision, in words, with links to the sources, and the
documents it calls for — each checked by the guard before it is offered."""

from __future__ import annotations

from typing import Any

from secretpro.documents.build import REFERENCE_INPUTS, build_document
from secretpro.documents.guarding import Finding, GuardCheck, check
from secretpro.documents.model import DocumentKind
from secretpro.documents.offer import DOCUMENT_TITLES, documents_for
from secretpro.documents.vocabulary import field_label_for
from secretpro.guard.model import category_label
from secretpro.i18n import Language, translator
from secretpro.rules import Decision, Outcome, today_in_brussels
from secretpro.rules.explanation import explain
from secretpro.web.accounts.context import Sender
from secretpro.web.answers import answers_view, country_options
from secretpro.web.interview import Interview
from secretpro.web.labels import RulePage

OUTCOME_STYLE: dict[Outcome, tuple[str, str]] = {
    # class, icon: the outcome is also said in words, never by colour alone
    Outcome.ALLOWED: ("allowed", "✓"),
    Outcome.FORBIDDEN: ("forbidden", "✕"),
    Outcome.NOT_APPLICABLE: ("not-applicable", "–"),
    Outcome.UNDETERMINED: ("undetermined", "?"),
}


def guard_view(result: GuardCheck, language: Language) -> dict[str, Any]:
    _ = translator(language)
    return {
        "passed": result.passed,
        # What the document is checked as, in the worker's words: the guard's profile name is internal.
        "checked_as": _(result.policy.label),
        "why": _(result.policy.why),
        "blocking": [_finding(finding, language) for finding in result.blocking],
        "wording": [
            _finding(finding, language) for finding in result.findings if finding.status == "wording"
        ],
    }


def _finding(finding: Finding, language: Language) -> dict[str, str]:
    return {"label": category_label(finding.category, language), "text": finding.text}


def decision_context(
    page: RulePage, interview: Interview, decision: Decision, language: Language, sender: Sender
) -> dict[str, Any]:
    _ = translator(language)
    explained = explain(decision, language)
    # A law's caveat is shown where the law is first cited on the page, then only its name.
    seen: set[str] = set()
    for reason in explained["reasons"]:
        for law in reason["laws"]:
            law["first"] = law["id"] not in seen
            seen.add(law["id"])
    css_class, icon = OUTCOME_STYLE[decision.outcome]
    documents = []
    for kind in documents_for(decision):
        entry: dict[str, Any] = {"kind": kind.value, "title": _(DOCUMENT_TITLES[kind])}
        # Every document but the cover page (which says nothing of the CPAS) takes the references.
        entry["asks_references"] = kind != DocumentKind.ENVELOPE_COVER
        if kind != DocumentKind.OE_EMAIL:
            # Filled with the account's CPAS and name; the references typed later are checked
            # again on download.
            document = build_document(
                kind,
                decision,
                language,
                {},
                today_in_brussels(),
                cpas_name=sender.cpas_name,
                author=sender.author,
            )
            entry["guard"] = guard_view(check(document), language)
        documents.append(entry)
    # The OE e-mail carries one nationality: preselect only when a single one is known.
    nationality = decision.facts.get("nationality") or ""
    nationality = "" if "|" in nationality else nationality
    return {
        "page": page,
        "decision": explained,
        "outcome_class": css_class,
        "outcome_icon": icon,
        "allowed_fields": [field_label_for(name, language) for name in decision.allowed_fields],
        "forbidden_fields": [field_label_for(name, language) for name in decision.forbidden_fields],
        "answers": answers_view(interview, language),
        "documents": documents,
        "countries": country_options(language),
        "nationality": nationality,
        "reference_date": decision.reference_date,
        "reference_inputs": REFERENCE_INPUTS,
        "sender": sender,
    }
