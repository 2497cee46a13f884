"""A decision as a social worker reads it in a terminal: the outcome in plain words, what to do
next, what must not be sent, then why — each quotation of the notes shown once, in French, with its
translation, and each legal text with its caveat."""

from __future__ import annotations

import textwrap

from secretpro.i18n import Language, translator
from secretpro.rules.explanation import Explanation, LawExplained, ReasonExplained, field_label

WIDTH = 88


def _wrap(text: str, indent: str = "  ", subsequent: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=subsequent or indent + "  ")


def _reason_text(reason: ReasonExplained | None) -> str:
    return "" if reason is None else reason.get("translation") or reason["text"]


def render_text(explained: Explanation, language: Language) -> str:
    _ = translator(language)
    reasons = explained["reasons"]
    lines = [
        f"== {explained['outcome_label']} ==",
        *_wrap(_reason_text(explained["headline"]), ""),
        "",
    ]

    if explained["missing"]:
        lines.append(_("Questions qui peuvent encore changer la réponse (la plus décisive d'abord) :"))
        for number, missing in enumerate(explained["missing"], 1):
            lines.extend(_wrap(f"{number}. {missing['question']}"))
            lines.extend(_wrap(missing["why"], "     ", "     "))
        lines.append("")
    if explained["allowed_fields"]:
        lines.append(_("Ce qui peut être transmis, et rien d'autre :"))
        for name in explained["allowed_fields"]:
            lines.extend(_wrap(f"+ {field_label(name, language)}"))
        lines.append("")
    if explained["forbidden_fields"]:
        lines.append(_("Ce qui ne doit pas être transmis :"))
        for name in explained["forbidden_fields"]:
            lines.extend(_wrap(f"x {field_label(name, language)}"))
        lines.append("")
    if explained["obligations"]:
        lines.append(_("Ce qu'il faut faire :"))
        for number, step in enumerate(explained["obligations"], 1):
            lines.extend(_wrap(f"{number}. {step}"))
        lines.append("")

    lines.append(_("Pourquoi, étape par étape :"))
    shown_quotes: set[str] = set()
    laws: dict[str, LawExplained] = {}
    for reason in reasons:
        # The reason in the worker's language only; French stays for the notes' own words (quotations).
        lines.extend(_wrap(f"[{reason['step']}] {_reason_text(reason)}"))
        quote = reason["quote"]
        if quote and quote["id"] not in shown_quotes:
            shown_quotes.add(quote["id"])
            lines.extend(_wrap(f"« {quote['fr']} » [{quote['source']}]", "    ", "      "))
            if quote["translation"]:
                lines.extend(_wrap(f"({quote['translation']})", "    ", "      "))
        elif quote:
            lines.extend(
                _wrap(
                    _("(même passage de la note %(source)s, cité plus haut)") % {"source": quote["source"]},
                    "    ",
                )
            )
        for law in reason["laws"]:
            laws.setdefault(law["id"], law)
    lines.append("")
    if laws:
        lines.append(_("Textes cités :"))
        for law in laws.values():
            lines.extend(_wrap(f"§ {law['label']}"))
            if law["caveat"]:
                lines.extend(_wrap(f"! {law['caveat']}", "      ", "      "))
        lines.append("")
    lines.append(
        _("Date de référence : %(date)s — règle %(rule)s — version des règles %(version)s")
        % {
            "date": explained["reference_date"],
            "rule": explained["rule"],
            "version": explained["rules_version"],
        }
    )
    return "\n".join(lines) + "\n"
